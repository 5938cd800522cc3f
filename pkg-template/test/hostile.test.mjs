// Hostile JavaScript values through validate() and buildRequest() of the built package: each is
// answered with issues (or, for a value that cannot be read, the plain JS error reading it
// throws), never a WebAssembly trap and never a hang: every call is timed and must return within
// 1 s. Then the same instance still encodes every public vector byte-exactly, and a randomized
// property checks that no input at all makes the package throw a WebAssembly.RuntimeError.
//
// The calls run in a worker thread, watched from the test thread: a call that hangs (a
// synchronous loop cannot be interrupted from its own thread) fails its test after 10 s
// instead of hanging the suite.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { AWS_MODEL } from "../../pkg/node.mjs";

const PACKAGE_VERSION = JSON.parse(readFileSync(new URL("../../pkg/package.json", import.meta.url), "utf8")).version;
const LIMIT_MS = 1000; // every call
const WATCHDOG_MS = 10_000; // silence from the worker before it is stopped as hung
const PROPERTY_CASES = 2000;
const SEED = Number(process.env.HOSTILE_SEED ?? 20261126);

const base = { Name: "hostile-test", ImageLocation: "bucket/image.manifest.xml" };
const BASE_BODY = "Action=RegisterImage&Version=2016-11-15&Name=hostile-test&ImageLocation=bucket%2Fimage.manifest.xml";
const MB10 = 10 * 1024 * 1024;
/** `base` with one EBS volume whose members are `ebs` (VolumeSize 8 unless replaced). */
const volume = (ebs) => ({ ...base, BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8, ...ebs } }] });
const at = "BlockDeviceMappings[0].Ebs.";
const nested = (depth, leaf, wrap) => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
};
const shared = (times) => nested(times, 1, (v) => ({ l: v, r: v })); // 2**times leaves, one object per level
const rootIssues = (message) => [["", "WrongType", message], ["Name", "Required"], ["RootDeviceName", "Required"]];

/**
 * Each case: `make(ctx)` builds the value (in the worker; `ctx.thrown` is set to an error the
 * value will throw), and one of
 * - `issues`: `[path, code, message?]` of every issue, in order (then buildRequest throws
 *   RegisterImageValidationError with the same issues if one is an error, else gives `body`);
 * - `throws`: buildRequest and validate throw exactly `ctx.thrown` (`"same"`) or an error
 *   matching `{ name, message }`.
 * `repeat`: call that many times (each timed), for leaks that show only after many calls.
 */
const cases = [
  // The input itself is not an object.
  { name: "null", make: () => null, issues: [["Name", "Required"], ["RootDeviceName", "Required"]] },
  { name: "undefined", make: () => undefined, issues: [["Name", "Required"], ["RootDeviceName", "Required"]] },
  { name: "a number", make: () => 42, issues: rootIssues("must be an object; got the number 42") },
  { name: "a string", make: () => "RegisterImage", issues: rootIssues('must be an object; got the string "RegisterImage"') },
  { name: "an array", make: () => [base], issues: rootIssues("must be an object; got a list") },
  { name: "a Map", make: () => new Map(Object.entries(base)), issues: rootIssues("must be an object; got a Map (use a plain object)") },
  { name: "a Date", make: () => new Date(0), issues: rootIssues("must be an object; got a Date") },
  { name: "a function (with the members as properties)", make: () => Object.assign(() => 1, base), issues: rootIssues("must be an object; got a function") },
  { name: "a symbol", make: () => Symbol("input"), issues: rootIssues("must be an object; got a symbol") },
  { name: "a BigInt", make: () => 10n, issues: rootIssues("must be an object; got a BigInt") },

  // Values no member can hold.
  { name: "a Date as Name", make: () => ({ ...base, Name: new Date(0) }), issues: [["Name", "WrongType", "must be a string; got a Date"]] },
  { name: "a function as Description", make: () => ({ ...base, Description: () => "x" }), issues: [["Description", "WrongType", "must be a string; got a function"]] },
  { name: "a symbol as Architecture", make: () => ({ ...base, Architecture: Symbol("x86_64") }), issues: [["Architecture", "WrongType", "must be a string; got a symbol"]] },
  { name: "a Map as BlockDeviceMappings", make: () => ({ ...base, BlockDeviceMappings: new Map([[0, { DeviceName: "/dev/sdb" }]]) }), issues: [["BlockDeviceMappings", "WrongType", "must be a list; got a Map (use a plain object)"]] },
  { name: "a Set as TagSpecifications", make: () => ({ ...base, TagSpecifications: new Set([{ ResourceType: "image" }]) }), issues: [["TagSpecifications", "WrongType", "must be a list; got a Set (use an array)"]] },
  { name: "an object with toString as Name", make: () => ({ ...base, Name: { toString: () => "hostile-test" } }), issues: [["Name", "WrongType", "must be a string; got an object"]] },
  { name: "an object with toString and valueOf as Iops", make: () => volume({ Iops: { toString: () => "3000", valueOf: () => 3000 } }), issues: [[at + "Iops", "WrongType", "must be a whole number; got an object"]] },
  { name: "a BigInt as Iops", make: () => volume({ Iops: 3000n }), issues: [[at + "Iops", "WrongType", "must be a whole number; got a BigInt"]] },

  // Numbers.
  { name: "NaN", make: () => volume({ Iops: NaN }), issues: [[at + "Iops", "WrongType", "must be a whole number; got the number NaN"]] },
  { name: "Infinity", make: () => volume({ Iops: Infinity }), issues: [[at + "Iops", "WrongType", "must be a whole number; got the number Infinity"]] },
  { name: "-Infinity", make: () => volume({ Throughput: -Infinity }), issues: [[at + "Throughput", "WrongType", "must be a whole number; got the number -Infinity"]] },
  { name: "2**31", make: () => volume({ Iops: 2 ** 31 }), issues: [[at + "Iops", "OutOfRange", "must be a 32-bit integer (-2147483648 to 2147483647); got 2147483648"]] },
  { name: "2**53 + 2", make: () => volume({ VolumeSize: 2 ** 53 + 2 }), issues: [[at + "VolumeSize", "OutOfRange", "must be a 32-bit integer (-2147483648 to 2147483647); got 9007199254740994"]] },
  {
    name: "1000000.0000000001 (one step above a million) is not the whole number 1000000",
    make: () => volume({ VolumeSize: 1000000.0000000001 }),
    issues: [[at + "VolumeSize", "WrongType", "must be a whole number; got the number 1000000 plus a fraction below 0.000001"]],
  },
  { name: "Number.MIN_VALUE is not the whole number 0", make: () => volume({ EbsCardIndex: Number.MIN_VALUE }), issues: [[at + "EbsCardIndex", "WrongType", "must be a whole number; got the number 0 plus a fraction below 0.000001"]] },

  // Cycles and shared objects.
  {
    name: "a cycle under an unknown key",
    make: () => { const o = { ...base }; o.Self = o; return o; },
    issues: [["Self", "UnknownField"]],
  },
  {
    name: "a cycle in a member (the input as its own block device mapping)",
    make: () => { const o = { ...base }; o.BlockDeviceMappings = [o]; return o; },
    issues: [["BlockDeviceMappings[0]", "WrongType", "must be an object; got a value that contains itself"]],
  },
  {
    name: "two references to itself (2**32 paths to the depth limit)",
    make: () => { const o = { ...base }; o.a = o; o.b = o; return o; },
    issues: [["a", "UnknownField"], ["b", "UnknownField"]],
  },
  {
    name: "an object shared 2**40 ways, next to a cycle",
    make: () => { const o = { ...base }; o.Self = o; o.Shared = shared(40); return o; },
    issues: [["Self", "UnknownField"], ["Shared", "UnknownField"]],
  },
  {
    name: "an object shared 2**40 ways, no cycle (JSON.stringify alone would expand it)",
    make: () => ({ ...base, Shared: shared(40) }),
    issues: [["Shared", "UnknownField"]],
  },

  // Depth.
  { name: "5,000-deep nesting under an unknown key", make: () => ({ ...base, Deep: nested(5000, 1, (v) => ({ a: v })) }), issues: [["Deep", "UnknownField"]] },
  {
    name: "5,000-deep lists as BlockDeviceMappings",
    make: () => ({ ...base, BlockDeviceMappings: nested(5000, 1, (v) => [v]) }),
    issues: [["BlockDeviceMappings[0]", "WrongType", "must be an object; got a list"]],
  },
  { name: "200,000-deep nesting (deeper than JSON.stringify's stack)", make: () => ({ ...base, Deep: nested(200_000, 1, (v) => [v]) }), issues: [["Deep", "UnknownField"]] },

  // Values that cannot be read: the error reading them throws, as it is.
  {
    name: "a throwing getter",
    make: (ctx) => ({ ...base, get Description() { throw (ctx.thrown = new Error("getter says no")); } }),
    throws: "same",
  },
  {
    name: "a Proxy whose ownKeys trap throws, 1,100 times (past wasm-bindgen's 1,024 table slots)",
    make: (ctx) => ({ ...base, Ebs: new Proxy({}, { ownKeys() { throw (ctx.thrown = new Error("no keys")); } }) }),
    throws: "same",
    repeat: 1100,
  },
  {
    name: "a revoked Proxy, 1,100 times",
    make: () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return { ...base, BlockDeviceMappings: [proxy] }; },
    throws: { name: "TypeError", message: /revoked/ },
    repeat: 1100,
  },

  // Prototype keys: never followed, never set.
  {
    name: "__proto__ and constructor keys",
    make: () => JSON.parse(`{"Name": "hostile-test", "ImageLocation": "bucket/image.manifest.xml", "__proto__": {"Name": "x", "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}`),
    issues: [["__proto__", "UnknownField"], ["constructor", "UnknownField"]],
  },
  {
    name: "__proto__ inside a block device mapping",
    make: () => ({ ...base, BlockDeviceMappings: [JSON.parse(`{"__proto__": {"DeviceName": "/dev/sdb"}}`)] }),
    issues: [["BlockDeviceMappings[0].__proto__", "UnknownField"], ["BlockDeviceMappings[0].DeviceName", "Required"]],
  },
  { name: "inherited members are not read", make: () => Object.assign(Object.create({ Name: "inherited" }), { ImageLocation: base.ImageLocation }), issues: [["Name", "Required"]] },

  // Sparse arrays.
  { name: "holes in a list are left out", make: () => ({ ...base, BillingProducts: [, "bp-1", , "bp-2", ,] }), issues: [], body: `${BASE_BODY}&BillingProduct.1=bp-1&BillingProduct.2=bp-2` },
  { name: "an issue after holes has the input's index", make: () => ({ ...base, BlockDeviceMappings: [, , {}] }), issues: [["BlockDeviceMappings[2].DeviceName", "Required"]] },
  {
    name: "a sparse array of length 2**32 - 1",
    make: () => { const a = []; a.length = 2 ** 32 - 1; a[7] = "bp-1"; return { ...base, BillingProducts: a }; },
    issues: [["BillingProducts", "TooMany", "lists are read up to 1000 items; this one has more"]],
  },

  // Size.
  { name: "a 10 MB Description", make: () => ({ ...base, Description: "d".repeat(MB10) }), issues: [["Description", "TooLong", "must be at most 255 characters; it has 10485760"]] },
  { name: "a 10 MB Name", make: () => ({ ...base, Name: "n".repeat(MB10) }), issues: [["Name", "TooLong", "must be 3-128 characters; it has 10485760"]] },
  {
    name: "a 10 MB tag value (a warning: the body is built)",
    make: () => ({ ...base, TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "k", Value: "v".repeat(MB10) }] }] }),
    issues: [["TagSpecifications[0].Tags[0].Value", "TooLong", "tag values are at most 256 characters (EC2 User Guide, 2026-11-26); it has 10485760"]],
    body: `${BASE_BODY}&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.1.Key=k&TagSpecification.1.Tag.1.Value=${"v".repeat(MB10)}`,
  },
  {
    name: "a 10 MB unknown key (its message stays short)",
    make: () => ({ ...base, ["k".repeat(MB10)]: 1 }),
    issues: [["k".repeat(MB10), "UnknownField", `unknown member "${"k".repeat(40)}…"; allowed here: Name, ImageLocation, BillingProducts, BootMode, TpmSupport, UefiData, ImdsSupport, TagSpecifications, DryRun, Description, Architecture, KernelId, RamdiskId, RootDeviceName, BlockDeviceMappings, VirtualizationType, SriovNetSupport, EnaSupport. ec2-register-image ${PACKAGE_VERSION} (AWS model of botocore ${AWS_MODEL.botocore}, ${AWS_MODEL.botocoreDate}) knows these; if AWS has added it since, a newer release may know it`]],
  },
  { name: "a million values under an unknown key (1,000 lists of 1,000)", make: () => ({ ...base, Big: Array.from({ length: 1000 }, () => new Array(1000).fill(1)) }), issues: [["Big", "UnknownField"]] },
  { name: "a 100,000-entry list of numbers", make: () => ({ ...base, BlockDeviceMappings: new Array(100_000).fill(1) }), issues: [["BlockDeviceMappings", "TooMany", "lists are read up to 1000 items; this one has more"]] },
  { name: "a 100,000-entry list of strings", make: () => ({ ...base, BillingProducts: Array.from({ length: 100_000 }, (_, i) => `bp-${i}`) }), issues: [["BillingProducts", "TooMany", "lists are read up to 1000 items; this one has more"]] },
  {
    name: "a 1,000-entry list is still read",
    make: () => ({ ...base, BillingProducts: Array.from({ length: 1000 }, (_, i) => `bp-${i}`) }),
    issues: [],
    body: BASE_BODY + Array.from({ length: 1000 }, (_, i) => `&BillingProduct.${i + 1}=bp-${i}`).join(""),
  },
];

/** A small seeded PRNG (mulberry32), so that a failure can be replayed with HOSTILE_SEED. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEMBERS = {
  root: ["Name", "ImageLocation", "BillingProducts", "BootMode", "TpmSupport", "UefiData", "ImdsSupport", "TagSpecifications", "DryRun", "Description", "Architecture", "KernelId", "RamdiskId", "RootDeviceName", "BlockDeviceMappings", "VirtualizationType", "SriovNetSupport", "EnaSupport"],
  nested: ["Ebs", "NoDevice", "DeviceName", "VirtualName", "DeleteOnTermination", "Iops", "SnapshotId", "VolumeSize", "VolumeType", "Throughput", "Encrypted", "ResourceType", "Tags", "Key", "Value"],
  odd: ["__proto__", "constructor", "toString", "", "\u0000", "a\uD800", "Name ", "name", "0", "length"],
};

/**
 * Random inputs built from every kind of hostile value, at random places, run through validate
 * and buildRequest: any error is the hostile value's own (a getter's, a trap's, a revoked
 * Proxy's TypeError) or, from buildRequest, a RegisterImageValidationError with exactly
 * validate's issues; never a WebAssembly.RuntimeError; every call within 1 s; a body is plain
 * ASCII.
 */
function property(lib, call, vectors) {
  const rnd = random(SEED);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const problems = [];
  let slowest = 0, errors = 0, bodies = 0, thrown = 0;
  const scalars = [null, undefined, true, false, 0, -0, 1, 8, 3000, -1, 0.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MIN_VALUE, 1e300, 10n, "", "abc", "hostile-test", "gp3", "image", "/dev/xvda", "snap-0123456789abcdef0", "ephemeral0", "\uD800", "a\uDC00b", "&Action=DeleteVolume", "%26=", "é 😀", "x".repeat(300)];
  const value = (depth, ancestors, hostile) => {
    const r = rnd();
    if (depth > 6 || r < 0.35) return pick(scalars);
    if (r < 0.40) return pick([() => 1, Symbol("s"), new Date(0), new Map([["Name", "x"]]), new Set([1]), { toString: () => "abc" }, new String("abc"), new Number(8)]);
    if (r < 0.43 && ancestors.length > 0) return pick(ancestors); // a cycle
    if (r < 0.45) return hostile.thrower();
    if (r < 0.47) { const a = []; a.length = pick([5, 1001, 2 ** 32 - 1]); a[2] = value(depth + 1, ancestors, hostile); return a; }
    if (r < 0.65) {
      const a = [];
      const n = Math.floor(rnd() * 4);
      for (let i = 0; i < n; i++) a.push(value(depth + 1, [...ancestors, a], hostile));
      if (rnd() < 0.2) delete a[0];
      return a;
    }
    const o = rnd() < 0.1 ? Object.create({ Name: "inherited" }) : {};
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      const key = pick(rnd() < 0.1 ? MEMBERS.odd : rnd() < 0.5 ? MEMBERS.root : MEMBERS.nested);
      Object.defineProperty(o, key, { value: value(depth + 1, [...ancestors, o], hostile), enumerable: true, configurable: true, writable: true });
    }
    return o;
  };
  for (let n = 0; n < PROPERTY_CASES; n++) {
    const own = new Set();
    const hostile = {
      thrower: () => {
        const e = new Error("hostile");
        own.add(e);
        return pick([
          () => ({ get Name() { throw e; } }),
          () => new Proxy({}, { ownKeys() { throw e; } }),
          () => new Proxy([], { get(t, k) { if (k === "length") throw e; return t[k]; } }),
          () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; },
        ])();
      },
    };
    // Half the time a public vector with a few places replaced by hostile values, so that good
    // inputs, refused ones and unreadable ones all come up.
    let input;
    if (rnd() < 0.5) {
      input = value(0, [], hostile);
    } else {
      input = structuredClone(pick(vectors).input);
      for (let k = Math.floor(rnd() * 3); k > 0; k--) {
        // Down a random path of objects and lists, then replace or add one member there.
        let holder = input;
        for (let next; (next = Object.values(holder).filter((v) => v !== null && typeof v === "object")).length > 0 && rnd() < 0.6; ) holder = pick(next);
        const keys = Object.keys(holder);
        const key = Array.isArray(holder) ? Math.floor(rnd() * (holder.length + 1)) : rnd() < 0.7 && keys.length > 0 ? pick(keys) : pick([...MEMBERS.root, ...MEMBERS.nested, ...MEMBERS.odd]);
        Object.defineProperty(holder, key, { value: value(1, [input, holder], hostile), enumerable: true, configurable: true, writable: true });
      }
    }
    const v = call(() => lib.validate(input));
    const b = call(() => lib.buildRequest(input));
    slowest = Math.max(slowest, v.ms, b.ms);
    const fail = (why) => problems.length < 5 && problems.push(`case ${n} (HOSTILE_SEED=${SEED}): ${why}`);
    const ownError = (e) => e.message === "hostile" || (e.name === "TypeError" && /revoked/.test(e.message));
    for (const [what, r] of [["validate", v], ["buildRequest", b]]) {
      if (r.ms >= LIMIT_MS) fail(`${what} took ${r.ms.toFixed(0)} ms`);
      if (r.error?.runtimeError) fail(`${what} trapped: ${r.error.message}`);
    }
    if (v.error) {
      thrown++;
      if (!ownError(v.error)) fail(`validate threw ${v.error.name}: ${v.error.message}`);
      if (!b.error || b.error.validationError || b.error.message !== v.error.message) fail(`buildRequest did not throw what validate threw: ${JSON.stringify(b.error ?? "a body")}`);
      continue;
    }
    const hasError = v.value.some((i) => i.severity === "error");
    if (hasError) {
      errors++;
      if (!b.error?.validationError) fail(`buildRequest did not refuse an input with errors: ${JSON.stringify(b.error ?? b.value?.body)}`);
      else if (JSON.stringify(b.error.issues) !== JSON.stringify(v.value)) fail("buildRequest's issues differ from validate's");
    } else {
      bodies++;
      const body = b.value?.body;
      if (typeof body !== "string" || !/^Action=RegisterImage&Version=2016-11-15(&[A-Za-z0-9._~%-]+=[A-Za-z0-9._~%-]*)*$/.test(body)) fail(`unexpected body: ${JSON.stringify(b.error ?? body)?.slice(0, 200)}`);
    }
  }
  return { problems, slowest, cases: PROPERTY_CASES, errors, bodies, thrown };
}

// ---------------------------------------------------------------------------------------------
// The worker: every call, timed, in one instance of the package.
// ---------------------------------------------------------------------------------------------

if (!isMainThread) {
  const lib = await import("../../pkg/node.mjs");
  const post = (message) => parentPort.postMessage(message);

  /** Calls `f`, timed; an error is described (it cannot cross to the test thread as is). */
  const call = (f, ctx) => {
    const start = performance.now();
    let value, error;
    try {
      value = f();
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - start;
    if (error === undefined) return { ms, value };
    return {
      ms,
      error: {
        name: error?.name,
        message: String(error?.message),
        runtimeError: error instanceof WebAssembly.RuntimeError,
        validationError: error instanceof lib.RegisterImageValidationError,
        same: ctx !== undefined && error === ctx.thrown,
        issues: error?.issues,
      },
    };
  };

  for (const c of cases) {
    post({ type: "start", name: c.name });
    const runs = [];
    for (let i = 0; i < (c.repeat ?? 1); i++) {
      const ctx = {};
      const input = c.make(ctx);
      const validate = call(() => lib.validate(input), ctx);
      const build = call(() => lib.buildRequest(input, { region: "us-east-1" }), ctx);
      runs.push({ validate, build });
      if (validate.error?.runtimeError || build.error?.runtimeError) break;
    }
    // The slowest run, and the last (where a leak would show).
    const slowest = Math.max(...runs.flatMap((r) => [r.validate.ms, r.build.ms]));
    const last = runs.at(-1);
    const differ = runs.filter((r) => JSON.stringify(r.validate.error ?? r.validate.value) !== JSON.stringify(runs[0].validate.error ?? runs[0].validate.value)).length;
    post({ type: "case", name: c.name, runs: runs.length, slowest, differ, validate: last.validate, build: last.build });
  }

  post({ type: "start", name: "prototypes" });
  post({ type: "prototypes", polluted: Object.getOwnPropertyNames(Object.prototype).filter((k) => k === "polluted" || k === "DeviceName" || k === "Name") });

  const vectors = JSON.parse(readFileSync(new URL("../../tests/data/vectors.json", import.meta.url), "utf8"));
  post({ type: "start", name: "property" });
  post({ type: "property", ...property(lib, call, vectors) });

  post({ type: "start", name: "vectors" });
  const start = performance.now();
  const failures = [];
  for (const [n, v] of vectors.entries()) {
    const r = call(() => lib.buildRequest(v.input, { region: "us-east-1" }).body);
    if (r.value !== v.body) failures.push({ n, got: r.error ?? r.value?.slice(0, 200) });
  }
  post({ type: "vectors", count: vectors.length, failures, ms: performance.now() - start });
  post({ type: "done" });
}

// ---------------------------------------------------------------------------------------------
// The test thread: one worker for the whole file, watched; one test per case.
// ---------------------------------------------------------------------------------------------

if (isMainThread) {
  const { test, after } = await import("node:test");
  const assert = (await import("node:assert/strict")).default;

  const results = new Map(); // name -> message
  const waiting = new Map(); // name -> resolve
  let current = "(start-up)";
  let stopped; // why the worker stopped early
  const deliver = (name, message) => {
    results.set(name, message);
    waiting.get(name)?.(message);
  };
  const worker = new Worker(new URL(import.meta.url));
  let watchdog;
  const watch = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stopped = `stopped: "${current}" did not return within ${WATCHDOG_MS / 1000} s (a hang)`;
      worker.terminate();
    }, WATCHDOG_MS);
  };
  watch();
  worker.on("message", (m) => {
    watch();
    if (m.type === "start") current = m.name;
    else if (m.type === "case") deliver(m.name, m);
    else if (m.type === "done") clearTimeout(watchdog);
    else deliver(m.type, m);
  });
  const finished = new Promise((resolve) => {
    worker.on("error", (e) => { stopped ??= `the worker failed in "${current}": ${e.stack ?? e}`; });
    worker.on("exit", () => {
      clearTimeout(watchdog);
      stopped ??= results.has("vectors") ? undefined : `the worker exited in "${current}"`;
      for (const [name, resolve] of waiting) if (!results.has(name)) resolve(undefined);
      resolve();
    });
  });
  after(() => worker.terminate());
  /** The worker's message for `name`, or a failure saying why there is none. */
  const result = async (name) => {
    const m = results.get(name) ?? (await Promise.race([new Promise((resolve) => waiting.set(name, resolve)), finished.then(() => results.get(name))]));
    if (m === undefined) assert.fail(current === name || !stopped ? stopped ?? `no result for "${name}"` : `not run: the worker was ${stopped}`);
    return m;
  };

  const timings = []; // [slowest call in ms, case]
  const describe = (r) => (r.error ? `${r.error.name}: ${r.error.message}` : JSON.stringify(r.value)?.slice(0, 300));
  const summary = (issues) => issues.map((i) => ({ path: i.path.length > 100 ? `${i.path.slice(0, 20)}… (${i.path.length} characters)` : i.path, code: i.code }));

  for (const c of cases) {
    test(c.name, async () => {
      const m = await result(c.name);
      for (const [what, r] of [["validate", m.validate], ["buildRequest", m.build]]) {
        assert.ok(!r.error?.runtimeError, `${what} trapped: ${r.error?.message}`);
      }
      timings.push([m.slowest, c.name]);
      assert.ok(m.slowest < LIMIT_MS, `a call took ${m.slowest.toFixed(0)} ms`);
      assert.equal(m.runs, c.repeat ?? 1, "every repetition ran");
      assert.equal(m.differ, 0, "every repetition gave the same answer");

      if (c.throws !== undefined) {
        for (const [what, r] of [["validate", m.validate], ["buildRequest", m.build]]) {
          assert.ok(r.error, `${what} did not throw: ${describe(r)}`);
          if (c.throws === "same") assert.ok(r.error.same, `${what} threw ${r.error.name}: ${r.error.message}, not the value's own error`);
          else {
            assert.equal(r.error.name, c.throws.name, `${what}: ${r.error.message}`);
            assert.match(r.error.message, c.throws.message);
          }
          assert.ok(!r.error.validationError, `${what} threw a RegisterImageValidationError`);
        }
        return;
      }

      assert.ok(!m.validate.error, `validate threw ${describe(m.validate)}`);
      const issues = m.validate.value;
      assert.deepEqual(summary(issues), summary(c.issues.map(([path, code]) => ({ path, code }))));
      for (const [n, [, , message]] of c.issues.entries()) {
        // 500: the longest, an unknown member at the top, lists the 18 members and names the model.
        assert.ok(issues[n].message.length <= 500, `issue ${n} has a message of ${issues[n].message.length} characters: ${issues[n].message.slice(0, 80)}…`);
        if (message !== undefined) assert.equal(issues[n].message, message, `the message of issue ${n}`);
      }
      if (issues.some((i) => i.severity === "error")) {
        assert.ok(m.build.error?.validationError, `buildRequest did not refuse it: ${describe(m.build)}`);
        assert.equal(m.build.error.name, "RegisterImageValidationError");
        assert.deepEqual(m.build.error.issues, issues);
      } else {
        assert.ok(!m.build.error, `buildRequest threw ${describe(m.build)}`);
        assert.equal(m.build.value.url, "https://ec2.us-east-1.amazonaws.com/");
        const body = m.build.value.body;
        if (c.body !== undefined) assert.ok(body === c.body, `body of ${body.length} characters: ${body.slice(0, 200)}…`);
      }
    });
  }

  // The walk reads a plain object's keys with for-in (src/js/tape.js), which would also list
  // what someone added to Object.prototype: the walk sees that and lists own keys only.
  test("an enumerable property added to Object.prototype is not read as a member", async () => {
    const lib = await import("../../pkg/node.mjs");
    const input = { ...base, BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8 } }] };
    const body = lib.buildRequest(input).body;
    try {
      Object.prototype.VolumeType = "io2";
      Object.prototype.Colour = "red";
      assert.deepEqual(lib.validate(input), []);
      assert.equal(lib.buildRequest(input).body, body);
    } finally {
      delete Object.prototype.VolumeType;
      delete Object.prototype.Colour;
    }
  });

  test("nothing was added to Object.prototype", async () => {
    assert.deepEqual((await result("prototypes")).polluted, []);
    assert.equal({}.polluted, undefined);
  });

  test(`property: ${PROPERTY_CASES} random hostile inputs never trap, hang or disagree`, async () => {
    const m = await result("property");
    assert.deepEqual(m.problems, []);
    assert.ok(m.slowest < LIMIT_MS, `slowest call ${m.slowest.toFixed(0)} ms`);
    // The generator reaches every outcome.
    assert.ok(m.errors > 0 && m.bodies > 0 && m.thrown > 0, JSON.stringify(m));
    console.log(`property: ${m.cases} inputs (seed ${SEED}): ${m.errors} refused, ${m.bodies} encoded, ${m.thrown} unreadable; slowest call ${m.slowest.toFixed(1)} ms`);
  });

  test("after all of it, the same instance encodes every public vector byte-exactly", async () => {
    const m = await result("vectors");
    assert.equal(m.count, 40);
    assert.deepEqual(m.failures, []);
    const slowest = timings.sort((a, b) => b[0] - a[0]).slice(0, 4).map(([ms, name]) => `${name} ${ms.toFixed(0)} ms`);
    console.log(`slowest calls (limit ${LIMIT_MS} ms): ${slowest.join("; ")}`);
  });
}
