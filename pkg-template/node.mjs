// Node.js, ESM: the CommonJS entry's exports, so that `import` and `require` in one process share
// one wasm instance and one RegisterImageValidationError class. Loaded by require rather than by
// `export ... from "./node.cjs"`: Node's ESM loader takes 8-10 ms longer to import a CommonJS file
// (bench/cold-start.mjs: import 27 ms that way, 18 ms this way, on the development machine).
import { createRequire } from "node:module";

export const {
  API_VERSION,
  AWS_MODEL,
  RegisterImageValidationError,
  applyFixes,
  buildRequest,
  createRegisterImageSchema,
  endpointFor,
  parseBody,
  parseResponse,
  registerImageSchema,
  validate,
} = createRequire(import.meta.url)("./node.cjs");
