// Cold start: from import to the first result.
//  - Node: a fresh process per sample times `await import("ec2-register-image")` (the node.mjs
//    entry, which compiles the .wasm synchronously) plus the first validate() call.
//  - workerd (Miniflare): the first request to a fresh Worker less the median of later requests
//    to the same Worker, less the same for an empty Worker: what the package adds to a first
//    request. workerd.js compiles and warms the wasm at the Worker's startup (its top level), so
//    the startup is printed too, package less empty.
// Run after `make pkg`: node bench/cold-start.mjs
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];

const probe = `
  const t0 = performance.now();
  const lib = await import(${JSON.stringify(join(root, "pkg", "node.mjs"))});
  const t1 = performance.now();
  lib.validate({ Name: "cold-start", ImageLocation: "b/m.xml" });
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));`;
const samples = Array.from({ length: 9 }, () =>
  JSON.parse(execFileSync("node", ["--input-type=module", "-e", probe], { encoding: "utf8" })),
);
const importMs = median(samples.map((s) => s.importMs));
const firstCallMs = median(samples.map((s) => s.firstCallMs));
console.log(`node ${process.version}: import ${importMs.toFixed(2)} ms + first validate ${firstCallMs.toFixed(2)} ms = ${(importMs + firstCallMs).toFixed(2)} ms (median of 9 processes)`);

const dir = join(root, "target", "cold-start");
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, "worker.mjs"),
  `import { buildRequest } from "../../pkg/workerd.js";
   export default { fetch: () => Response.json(buildRequest({ Name: "cold-start", ImageLocation: "b/m.xml" }, { region: "us-east-1" })) };`,
);
// The same answer without the package: what any Worker's first request costs.
writeFileSync(
  join(dir, "empty.mjs"),
  `export default { fetch: () => Response.json({ body: "Action=RegisterImage&Version=2016-11-15&Name=cold-start" }) };`,
);
const { Miniflare } = await import("miniflare");
// One Worker's start (new Miniflare to ready: workerd's process, the script's evaluation, the
// package's top level with its warm-up), its first request, and the median of 20 later ones.
const sample = async (script) => {
  let t = performance.now();
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(dir, script),
    modulesRoot: root,
    modulesRules: [
      { type: "ESModule", include: ["**/*.js", "**/*.mjs"] },
      { type: "CompiledWasm", include: ["**/*.wasm"] },
    ],
    compatibilityDate: "2026-04-01",
    cf: false,
  });
  await mf.ready;
  const start = performance.now() - t;
  t = performance.now();
  await (await mf.dispatchFetch("http://localhost/")).text();
  const first = performance.now() - t;
  const later = [];
  for (let j = 0; j < 20; j++) {
    t = performance.now();
    await (await mf.dispatchFetch("http://localhost/")).text();
    later.push(performance.now() - t);
  }
  await mf.dispose();
  return { start, first: first - median(later) };
};
// The package's and the empty Worker in turns, so that the machine's drift hits both alike.
const WORKERS = 25;
const runs = { pkg: [], empty: [] };
for (let i = 0; i < WORKERS; i++) {
  runs.pkg.push(await sample("worker.mjs"));
  runs.empty.push(await sample("empty.mjs"));
}
const med = (list, key) => median(list.map((r) => r[key]));
/** "package - empty = difference" for `key`, in ms with `digits` decimals. */
const less = (key, digits) => {
  const [pkg, empty] = [med(runs.pkg, key), med(runs.empty, key)];
  return `${pkg.toFixed(digits)} - ${empty.toFixed(digits)} = ${(pkg - empty).toFixed(digits)} ms`;
};
const version = (await import("miniflare/package.json", { with: { type: "json" } })).default.version;
console.log(
  `workerd (Miniflare ${version}), medians of ${WORKERS} Workers each, package Worker less empty Worker: ` +
    `first request (less later ones) ${less("first", 2)} (the package's cold start); ` +
    `startup ${less("start", 1)} (workerd's own start is most of it, and noisy)`,
);
