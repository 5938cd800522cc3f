// Browsers and bundlers, with no configuration: the request half of the .wasm travels inside
// wasm-inline.js as an ASCII string (wasm-text.js) and is compiled synchronously at import; the
// parser half (parseBody, parseResponse) likewise on their first call, and a bundler leaves it
// out of a page that calls neither. No fetch, no top-level await, no file for a bundler to copy.
// (Chromium compiles up to 8 MB synchronously on the main thread; these are ~0.1 MB.)
// `ec2-register-image/streaming` fetches the .wasm files instead.
// The .wasm first (wasm-bytes.js says why).
import module from "./wasm-bytes.js";
import { initSync } from "./glue.js";

initSync({ module });

export * from "./api.js";
export { parseBody, parseResponse } from "./parse-inline.js";
