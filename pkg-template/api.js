// The public JavaScript API over the raw wasm exports of the request half (glue.js); parse.js has
// parseBody and parseResponse over the parser half. Every decision is made in Rust; these files
// only shape values and throw the one error class. An input crosses into wasm as the tape
// tape.js writes (js/src/tape.rs reads it), so what reading the input throws is thrown there.
// The ESM entries import it as it is; node.cjs has it bundled in by esbuild (build-pkg.mjs).
import * as wasm from "./glue.js";
import { toTape } from "./tape.js";

const API_VERSION = "2016-11-15";
// The AWS model this release knows (src/model.rs AWS_MODEL; tests/generated.rs writes this line).
const AWS_MODEL = /* @__PURE__ */ Object.freeze({ botocore: "1.44.8", botocoreDate: "2026-11-20", sdk: "3.1178.0", sdkDate: "2026-11-25" });

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

/** Every issue of `input` (see `validate`), from the wasm. */
function issuesOf(input) {
  return wasm.validate(toTape(input));
}

/** The body for `input`; the wasm throws `{ message, issues }` for one it refuses. */
function bodyOf(input, strict) {
  const tape = toTape(input);
  try {
    return wasm.build(tape, strict);
  } catch (refused) {
    if (Array.isArray(refused?.issues)) throw new RegisterImageValidationError(refused.message, refused.issues);
    throw refused;
  }
}

function readOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") {
    throw new TypeError("ec2-register-image: options must be an object such as { region: \"us-east-1\" }");
  }
  return options;
}

/**
 * Every issue of `input`: `[{ path, keys, code, message, severity, docs, fix? }]`, empty when all
 * is well; `path` the text (`BlockDeviceMappings[0].Ebs.Iops`), `keys` the same place as its keys
 * (`["BlockDeviceMappings", 0, "Ebs", "Iops"]`). `{ pathKeys: true }` (the older form) makes
 * `path` the keys too.
 */
function validate(input, options) {
  const { pathKeys, form } = readOptions(options);
  const issues = form === true ? readForm(input).issues : issuesOf(input);
  if (pathKeys === true) for (const issue of issues) issue.path = issue.keys;
  return issues;
}

/**
 * A form's values read as the input they mean: `{ value, issues }`, `issues` those of `value`
 * (also as `issues.value`). A member set to `""` (an empty field, an unset select) is absent; a
 * string of digits where a whole number goes (`"8"` from a number field) is that number, as the
 * `WrongType` fix `{ replace: 8 }` says. Nothing else is converted (`"true"`, `" 8"`, `"8.5"`
 * stay errors). `input` is never changed.
 */
function readForm(input) {
  const value = withoutEmpty(input);
  let issues = issuesOf(value);
  const numbers = issues.filter((i) => i.code === "WrongType" && typeof i.fix?.replace === "number" && /^[0-9]+$/.test(String(at(value, i.keys))));
  const read = numbers.length === 0 ? value : applyFixes(value, numbers);
  if (read !== value) issues = issuesOf(read);
  issues.value = read;
  return { value: read, issues };
}

/** `v` with every object member that is `""` left out (list items stay: their indexes are paths). */
function withoutEmpty(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    const items = v.map(withoutEmpty);
    return items.some((item, n) => item !== v[n]) ? items : v;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return v;
  let copy;
  for (const k of Object.keys(v)) {
    const item = v[k] === "" ? undefined : withoutEmpty(v[k]);
    if (item === v[k]) continue;
    if (copy === undefined) {
      copy = {};
      for (const key of Object.keys(v)) put(copy, key, v[key]);
    }
    if (item === undefined) delete copy[k];
    else put(copy, k, item);
  }
  return copy ?? v;
}

/** The value at `keys` in `v`, or undefined. */
function at(v, keys) {
  for (const k of keys) v = v !== null && typeof v === "object" ? v[k] : undefined;
  return v;
}

// Endpoint URLs by region and variant: they depend on nothing else, and a Worker or a page asks
// for the same few again and again (a wasm call and two string copies each, a tenth of a small
// buildRequest). Any well-formed name resolves, so the map is emptied when it grows past 256.
const endpoints = new Map();
// The last one resolved: most callers ask for one region again and again.
let lastEndpoint;

function endpoint(region, fips, dualStack) {
  fips = fips === true;
  dualStack = dualStack === true;
  const l = lastEndpoint;
  if (l !== undefined && region === l.region && fips === l.fips && dualStack === l.dualStack) return l.url;
  if (typeof region !== "string") return badRegion(region);
  const key = `${fips ? "f" : ""}${dualStack ? "d" : ""}:${region}`;
  let url = endpoints.get(key);
  if (url === undefined) {
    url = wasm.endpointUrl(region, fips, dualStack);
    if (url === undefined) return badRegion(region);
    if (endpoints.size >= 256) endpoints.clear();
    endpoints.set(key, url);
  }
  lastEndpoint = { region, fips, dualStack, url };
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
  const body = bodyOf(input, strict === true);
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  if (url === undefined) return { method: "POST", headers, body };
  return { url, method: "POST", headers, body };
}

/** `input` with the fixes of `issues` (default: all of `validate(input)`'s) made; see index.d.ts. */
function applyFixes(input, issues) {
  if (issues !== undefined && !Array.isArray(issues)) throw new TypeError("ec2-register-image: applyFixes takes an array of issues");
  // Each issue's keys, made by the library: no path text is parsed. An issue given is known by
  // its keys (or, from an older caller, its path text), code and fix.
  const all = issuesOf(input);
  const same = (path, i) => JSON.stringify([path, i.code, i.fix]);
  const wanted = issues && new Set(issues.filter((i) => i?.fix).map((i) => same(i.keys ?? i.path, i)));
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
  all.forEach((issue) => {
    const { keys: path, fix } = issue;
    if (!fix || (wanted && !wanted.has(same(path, issue)) && !wanted.has(same(issue.path, issue)))) return;
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
 * input has no error, else `{ issues: [{ message, path, code, severity }] }`, `path` as keys.
 * `form: true` reads form values first (see `readForm`; `value` is the input they mean);
 * `strict: true` fails on warnings too, so a form shows them beside their fields.
 */
function createRegisterImageSchema(options) {
  const { form, strict } = readOptions(options);
  return {
    "~standard": {
      version: 1,
      vendor: "ec2-register-image",
      validate(input) {
        const { value, issues } = form === true ? readForm(input) : { value: input, issues: issuesOf(input) };
        const failures = strict === true ? issues : issues.filter((issue) => issue.severity === "error");
        if (failures.length === 0) return { value };
        // Paths as lists of keys, made by the library (a key may hold "." or "[").
        return { issues: failures.map(({ message, keys, code, severity }) => ({ message, path: keys, code, severity })) };
      },
    },
  };
}

/** `createRegisterImageSchema()`: errors fail, warnings do not, the value is taken as it is. */
const registerImageSchema = /* @__PURE__ */ createRegisterImageSchema();

export { API_VERSION, AWS_MODEL, RegisterImageValidationError, applyFixes, buildRequest, createRegisterImageSchema, endpointFor, registerImageSchema, validate };
