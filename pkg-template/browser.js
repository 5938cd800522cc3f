// Browsers and bundlers, with no configuration: the .wasm travels inside wasm-inline.js as an
// ASCII string (wasm-text.js) and is compiled synchronously at import. No fetch, no top-level
// await, no file for a bundler to copy. (Chromium compiles up to 8 MB synchronously on the main
// thread; this is ~0.13 MB.) `ec2-register-image/streaming` fetches the .wasm instead.
import { initSync } from "./glue.js";
import { decode } from "./wasm-text.js";
import text from "./wasm-inline.js";

initSync({ module: decode(text) });

export * from "./api.js";
