// Cloudflare Workers (workerd) and other runtimes that import a .wasm file as a
// WebAssembly.Module: synchronous start, no fetch. The parser half is instantiated on the first
// parseBody or parseResponse, so a Worker that only builds requests starts with one module.
import { initSync } from "./glue.js";
import { initSync as initParse } from "./glue-parse.js";
import { startingOnFirstCall } from "./parse.js";
import module from "./ec2_register_image_bg.wasm";
import parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });

export * from "./api.js";
export const { parseBody, parseResponse } = startingOnFirstCall(() => initParse({ module: parseModule }));
