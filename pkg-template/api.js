// The public JavaScript API over the raw wasm exports of the request half (glue.js); parse.js has
// parseBody and parseResponse over the parser half. Every decision is made in Rust; these files
// only shape values and throw the one error class. The ESM entries import it as it is;
// node.cjs has it bundled in by esbuild (scripts/build-pkg.mjs).
import * as wasm from "./glue.js";

const API_VERSION = "2016-11-15";
// The AWS model this release knows (src/model.rs AWS_MODEL; tests/generated.rs writes this line).
const AWS_MODEL = Object.freeze({ botocore: "1.44.8", botocoreDate: "2026-11-20", sdk: "3.1178.0", sdkDate: "2026-11-25" });

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

/**
 * Every issue of `input`: `[{ path, code, message, severity, docs, fix? }]`, empty when all is
 * well. With `{ pathKeys: true }`, each `path` is the list of keys (`["BlockDeviceMappings", 0,
 * "Ebs", "Iops"]`) instead of its text.
 */
function validate(input, options) {
  const { pathKeys } = readOptions(options);
  return wasm.validate(input, pathKeys === true);
}

// Endpoint URLs by region and variant: they depend on nothing else, and a Worker or a page asks
// for the same few again and again (a wasm call and two string copies each, a tenth of a small
// buildRequest). Any well-formed name resolves, so the map is emptied when it grows past 256.
const endpoints = new Map();

function endpoint(region, fips, dualStack) {
  if (typeof region !== "string") return badRegion(region);
  const key = `${fips === true ? "f" : ""}${dualStack === true ? "d" : ""}:${region}`;
  let url = endpoints.get(key);
  if (url === undefined) {
    url = wasm.endpointUrl(region, fips === true, dualStack === true);
    if (url === undefined) return badRegion(region);
    if (endpoints.size >= 256) endpoints.clear();
    endpoints.set(key, url);
  }
  return url;
}

function badRegion(region) {
  throw new TypeError(`ec2-register-image: region must be a region name such as "us-east-1"; got ${JSON.stringify(String(region))}`);
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
  const body = text(wasm.build(input, strict === true));
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  if (url === undefined) return { method: "POST", headers, body };
  return { url, method: "POST", headers, body };
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

export { API_VERSION, AWS_MODEL, RegisterImageValidationError, applyFixes, buildRequest, endpointFor, registerImageSchema, validate };
