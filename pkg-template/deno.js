// Deno: the .wasm is imported as a WebAssembly.Module (a source phase import), so no file read
// permission is needed and start-up is synchronous.
import { initSync } from "./glue.js";
import source module from "./ec2_register_image_bg.wasm";

initSync({ module });

export * from "./api.js";
