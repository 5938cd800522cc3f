// Deno: the .wasm files are imported as WebAssembly.Modules (source phase imports), so no file
// read permission is needed and start-up is synchronous.
import { initSync } from "./glue.js";
import { initSync as initParse } from "./glue-parse.js";
import source module from "./ec2_register_image_bg.wasm";
import source parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });
initParse({ module: parseModule });

export * from "./api.js";
export * from "./parse.js";
