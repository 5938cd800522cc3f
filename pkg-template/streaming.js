// `ec2-register-image/streaming`: for pages that prefer streaming compilation. Fetches the .wasm
// of the request half next to this module once, at import (top-level await: the bundler must
// allow it and copy the .wasm, as Vite 8 does with its defaults), so callers never call init().
// parseBody and parseResponse come as in browser.js: compiled on their first call, and left out
// of a page that calls neither.
import init from "./glue.js";

await init({ module_or_path: new URL("./ec2_register_image_bg.wasm", import.meta.url) });

export * from "./api.js";
export { parseBody, parseResponse } from "./parse-inline.js";
