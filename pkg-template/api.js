// The public JavaScript API over the raw wasm exports. Every decision is made in Rust; this file
// only shapes values and throws the one error class. The ESM entries import it as it is;
// node.cjs has it bundled in by esbuild (scripts/build-pkg.mjs).
import * as wasm from "./glue.js";

const API_VERSION = "2016-11-15";

// Marks the errors of every copy of this class: the ESM and the CommonJS entries, a bundle, two
// versions in one node_modules. `instanceof RegisterImageValidationError` asks for the mark, so an
// error thrown through one copy is an instance of any other.
const BRAND = Symbol.for("ec2-register-image.RegisterImageValidationError");

/** Thrown by `buildRequest` when the input has errors (or warnings, with `strict`). */
class RegisterImageValidationError extends Error {
  constructor(message, issues) {
    super(message);
    this.name = "RegisterImageValidationError";
    this.issues = issues;
  }

  static [Symbol.hasInstance](value) {
    // A subclass keeps the ordinary prototype-chain test.
    if (this !== RegisterImageValidationError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && value[BRAND] === true;
  }
}
Object.defineProperty(RegisterImageValidationError.prototype, BRAND, { value: true });

/** The text a wasm export gives back, or the `{ message, issues }` it gives instead, thrown. */
function text(result) {
  if (typeof result !== "string") throw new RegisterImageValidationError(result.message, result.issues);
  return result;
}

function readOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") {
    throw new TypeError("ec2-register-image: options must be an object such as { region: \"us-east-1\" }");
  }
  return options;
}

/** Every issue of `input`: `[{ path, code, message, severity, docs, fix? }]`, empty when all is well. */
function validate(input, options) {
  readOptions(options);
  return wasm.validate(input, false);
}

function endpoint(region, fips, dualStack) {
  const url = typeof region === "string" ? wasm.endpointUrl(region, fips === true, dualStack === true) : undefined;
  if (url === undefined) {
    throw new TypeError(`ec2-register-image: region must be a region name such as "us-east-1"; got ${JSON.stringify(String(region))}`);
  }
  return url;
}

/**
 * The EC2 endpoint URL for `region`, as the AWS SDK resolves it: `https://ec2.us-east-1.amazonaws.com/`,
 * with `{ fips: true }` and/or `{ dualStack: true }` variants. Throws a TypeError for a string
 * that is not a region name.
 */
function endpointFor(region, options) {
  const { fips, dualStack } = readOptions(options);
  return endpoint(region, fips, dualStack);
}

/**
 * `{ url, method, headers, body }` for `input`, ready to sign and send. Throws
 * `RegisterImageValidationError` when an error (or, with `strict: true`, a warning) is found.
 */
function buildRequest(input, options) {
  const { region, strict, fips, dualStack } = readOptions(options);
  const url = region === undefined || region === null ? undefined : endpoint(region, fips, dualStack);
  const request = {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: text(wasm.build(input, strict === true)),
  };
  return url === undefined ? request : { url, ...request };
}

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
  return JSON.parse(text(wasm.parseBody(body)));
}

/** `input` with the fixes of `issues` (default: all of `validate(input)`'s) made; see index.d.ts. */
function applyFixes(input, issues) {
  if (issues !== undefined && !Array.isArray(issues)) throw new TypeError("ec2-register-image: applyFixes takes an array of issues");
  // The same issues with paths as keys and indexes, made by the library: no path text is parsed.
  const keyed = wasm.validate(input, true);
  const same = (i) => JSON.stringify([i.path, i.code, i.fix]);
  const wanted = issues && new Set(issues.filter((i) => i?.fix).map(same));
  const shown = issues && wasm.validate(input, false);
  // Copy on write: `input` is never changed; what no fix touches is shared (all of it, with no fix).
  const copies = new Set();
  const own = (v) => {
    if (copies.has(v) || v === null || typeof v !== "object") return v;
    const copy = Array.isArray(v) ? v.slice() : {};
    if (!Array.isArray(v)) for (const k of Object.keys(v)) put(copy, k, v[k]);
    copies.add(copy);
    return copy;
  };
  const has = (o, k) => o !== null && typeof o === "object" && (Array.isArray(o) ? k < o.length : Object.hasOwn(o, k));
  let fixed = input;
  keyed.forEach(({ path, fix }, n) => {
    if (!fix || (wanted && !wanted.has(same(shown[n])))) return;
    let parent = (fixed = own(fixed));
    const last = path.pop();
    for (const k of path) {
      if (!has(parent, k)) return;
      const child = own(parent[k]);
      put(parent, k, child);
      parent = child;
    }
    if (!has(parent, last)) return;
    if ("replace" in fix) return put(parent, last, fix.replace);
    if (Object.hasOwn(parent, fix.rename)) return;
    // Renamed where it stands: the keys keep their order.
    const entries = Object.entries(parent);
    for (const [k] of entries) delete parent[k];
    for (const [k, v] of entries) put(parent, k === last ? fix.rename : k, v);
  });
  return fixed;
}

/** Sets an own property, even `__proto__`. */
function put(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A Standard Schema v1 (https://standardschema.dev) for form libraries: `{ value }` when the
 * input has no error, else `{ issues: [{ message, path }] }`. Warnings do not fail it.
 */
const registerImageSchema = {
  "~standard": {
    version: 1,
    vendor: "ec2-register-image",
    validate(value) {
      // Paths as lists of keys, made by the library (a key may hold "." or "[").
      const errors = wasm.validate(value, true).filter((issue) => issue.severity === "error");
      if (errors.length === 0) return { value };
      return { issues: errors.map(({ message, path }) => ({ message, path })) };
    },
  },
};

export { API_VERSION, RegisterImageValidationError, applyFixes, buildRequest, endpointFor, parseBody, parseResponse, registerImageSchema, validate };
