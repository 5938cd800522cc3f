// Deno: the .wasm files are imported as WebAssembly.Modules (source phase imports), so no file
// read permission is needed and start-up is synchronous. The parser half is instantiated on the
// first parseBody or parseResponse.
import { initSync } from "./glue.js";
import { startingOnFirstCall } from "./parse.js";
import source module from "./ec2_register_image_bg.wasm";
import source parseModule from "./ec2_register_image_parse_bg.wasm";

initSync({ module });

export * from "./api.js";
export const { parseBody, parseResponse } = startingOnFirstCall(() => parseModule);
