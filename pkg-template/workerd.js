// Cloudflare Workers (workerd) and other runtimes that import a .wasm file as a
// WebAssembly.Module: synchronous start, no fetch. The parser half is instantiated on the first
// parseBody or parseResponse, so a Worker that only builds requests starts with one instance
// (workerd compiles both modules, which are module imports).
import { initSync } from "./glue.js";
import { startingOnFirstCall } from "./parse.js";
import { buildRequest } from "./api.js";
import module from "./ec2_register_image_bg.wasm";
import parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });

// workerd runs this at the Worker's startup (Cloudflare starts a Worker during the TLS handshake),
// not in its first request. V8 compiles wasm lazily, a function on its first call: one request
// built here compiles what every request runs, about 2 ms less on the first request for 3-6 ms
// more at startup (bench/cold-start.mjs measures both; README "Proof and figures").
buildRequest({ Name: "warm-up", ImageLocation: "b/m.xml" }, { region: "us-east-1" });

export * from "./api.js";
export const { parseBody, parseResponse } = startingOnFirstCall(() => parseModule);
