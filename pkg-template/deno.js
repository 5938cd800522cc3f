// Deno: reads the .wasm synchronously at import.
import { initSync } from "./glue.js";

initSync({ module: Deno.readFileSync(new URL("./ec2_register_image_bg.wasm", import.meta.url)) });

export * from "./api.js";
