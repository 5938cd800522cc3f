// Browsers and bundlers, with no configuration: the request half of the .wasm travels inside
// wasm-inline.js as text (LZMA in base64, wasm-text.js) and is decoded and compiled synchronously
// at import; the parser half (parseBody, parseResponse) likewise on their first call, and a
// bundler leaves it out of a page that calls neither. No fetch, no top-level await, no file for a bundler to copy.
// (Chromium compiles up to 8 MB synchronously on the main thread; these are ~0.1 MB.)
// `ec2-register-image/streaming` fetches the .wasm files instead.
import text from "./wasm-inline.js";
import { decode } from "./wasm-text.js";
import { initSync } from "./glue.js";

initSync({ module: decode(text) });

export * from "./api.js";
export { parseBody, parseResponse } from "./parse-inline.js";
