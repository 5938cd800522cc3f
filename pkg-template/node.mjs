// Node.js, ESM: reads the .wasm synchronously at import.
import { readFileSync } from "node:fs";
import { initSync } from "./glue.js";

initSync({ module: readFileSync(new URL("./ec2_register_image_bg.wasm", import.meta.url)) });

export * from "./api.js";
