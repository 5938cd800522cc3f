// The source of node.cjs (Node.js `require`, and `import` through node.mjs): `make pkg` bundles
// it with esbuild, together with the two glues, the tape walker, api.js and parse.js, into one
// CommonJS file.
// `__dirname` is that file's folder, the package root.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { initSync } from "./glue.js";
import { startingOnFirstCall } from "./parse.js";

initSync({ module: readFileSync(join(__dirname, "ec2_register_image_bg.wasm")) });

export * from "./api.js";
// The parser half is read and instantiated on the first parseBody or parseResponse.
export const { parseBody, parseResponse } = startingOnFirstCall(() =>
  readFileSync(join(__dirname, "ec2_register_image_parse_bg.wasm")),
);
