// Cloudflare Workers (workerd) and other runtimes that import a .wasm file as a
// WebAssembly.Module: synchronous start, no fetch.
import { initSync } from "./glue.js";
import { initSync as initParse } from "./glue-parse.js";
import module from "./ec2_register_image_bg.wasm";
import parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });
initParse({ module: parseModule });

export * from "./api.js";
export * from "./parse.js";
