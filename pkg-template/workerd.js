// Cloudflare Workers (workerd) and other runtimes that import a .wasm file as a
// WebAssembly.Module: synchronous start, no fetch.
import { initSync } from "./glue.js";
import module from "./ec2_register_image_bg.wasm";

initSync({ module });

export * from "./api.js";
