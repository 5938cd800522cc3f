// Cloudflare Workers (workerd) and other runtimes that import a .wasm file as a
// WebAssembly.Module: synchronous start, no fetch. The parser half is instantiated on the first
// parseBody or parseResponse, so a Worker that only builds requests starts with one module.
import { initSync } from "./glue.js";
import { initSync as initParse } from "./glue-parse.js";
import { startingOnFirstCall } from "./parse.js";
import { buildRequest } from "./api.js";
import module from "./ec2_register_image_bg.wasm";
import parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });

// workerd runs this at the Worker's startup (Cloudflare starts a Worker during the TLS handshake),
// not in its first request. V8 compiles wasm lazily, a function on its first call: one request
// built here compiles what every request runs, which takes that off the first request
// (bench/cold-start.mjs measures both).
buildRequest({ Name: "warm-up", ImageLocation: "b/m.xml" }, { region: "us-east-1" });

export * from "./api.js";
export const { parseBody, parseResponse } = startingOnFirstCall(() => initParse({ module: parseModule }));
