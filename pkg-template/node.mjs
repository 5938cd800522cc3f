// Node.js, ESM: the CommonJS entry's exports, so that `import` and `require` in one process share
// one wasm instance and one RegisterImageValidationError class.
export {
  API_VERSION,
  RegisterImageValidationError,
  applyFixes,
  buildRequest,
  endpointFor,
  parseBody,
  parseResponse,
  registerImageSchema,
  validate,
} from "./node.cjs";
