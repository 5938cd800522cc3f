// The source of node.cjs (Node.js `require`, and `import` through node.mjs): `make pkg` bundles
// it with esbuild, together with glue.js, the tape walker and api.js, into one CommonJS file.
// `__dirname` is that file's folder, the package root.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./glue.js";

initSync({ module: readFileSync(join(__dirname, "ec2_register_image_bg.wasm")) });

export * from "./api.js";
