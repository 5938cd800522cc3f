// parseBody and parseResponse over the raw exports of the parser half of the wasm
// (glue-parse.js), which every entry instantiates on the first call through
// `startingOnFirstCall`, so importing the package costs only the request half. Each entry says
// where the module comes from: a module import (workerd, Deno), a file (Node), or text that
// parse-inline.js decodes (browsers, so that a page that only builds requests never downloads it).
import * as wasm from "./glue-parse.js";
import { RegisterImageValidationError } from "./api.js";

/**
 * Reads EC2's reply to RegisterImage (the response body, success or error):
 * `{ ok: true, ImageId, RequestId }` or `{ ok: false, Errors: [{ Code, Message }], RequestId }`.
 * Throws an Error for anything else (an HTML error page, a truncated body).
 */
function parseResponse(xml) {
  if (typeof xml !== "string") throw new TypeError("ec2-register-image: parseResponse takes the response body as a string");
  return wasm.parseResponse(xml);
}

/**
 * The input a RegisterImage request body holds, in the AWS SDK's shape (`Iops=3000` is the number
 * 3000; `+` and `%20` are both a space; any parameter order). Throws `RegisterImageValidationError`
 * when the body is not a RegisterImage 2016-11-15 request, has unknown parameters, list indexes
 * that are zero, repeated or not contiguous, broken percent-escapes or values of the wrong type;
 * each issue's `path` is the body parameter (`BlockDeviceMapping.1.Ebs.Iops`). The documented
 * rules are not checked here: `validate` or `buildRequest` the result.
 */
function parseBody(body) {
  if (typeof body !== "string") throw new TypeError("ec2-register-image: parseBody takes the request body as a string");
  const result = wasm.parseBody(body);
  if (typeof result !== "string") throw new RegisterImageValidationError(result.message, result.issues);
  return JSON.parse(result);
}

/**
 * `parseBody` and `parseResponse` that instantiate the parser half from `moduleOf()` (its bytes
 * or a compiled module) once, before the first of them runs.
 * @param {() => BufferSource | WebAssembly.Module} moduleOf
 */
function startingOnFirstCall(moduleOf) {
  let started = false;
  const ready = () => {
    if (!started) {
      wasm.initSync({ module: moduleOf() });
      started = true;
    }
  };
  return {
    /** @type {typeof parseBody} */
    parseBody: (body) => (ready(), parseBody(body)),
    /** @type {typeof parseResponse} */
    parseResponse: (xml) => (ready(), parseResponse(xml)),
  };
}

export { startingOnFirstCall };
