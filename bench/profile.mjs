// Where buildRequest's time goes: the README's profile table, printed.
//
// A copy of pkg/ whose request half keeps its function names (wasm-bindgen's output from the last
// `make pkg`, target/pkg-build, through the same wasm-opt passes plus --debuginfo), then
// `buildRequest(input, { region })` on 64 copies of the small or large input under
// `node --cpu-prof`, self time grouped into the rows below. A profile attributes time to what it
// can see, so a few percent move between rows from run to run, and profiled calls are slower than
// unprofiled ones.
//
//   make pkg && node bench/profile.mjs [small|large]
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WASM_OPT, WASM_OPT_PASSES } from "../scripts/wasm-opt.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const which = process.argv[2] === "large" ? "large" : "small";
const work = join(root, "target", "profile");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, "pkg"), join(work, "pkg"), { recursive: true });
// The passes of scripts/build-pkg.mjs, names kept: the minified import and export names come out
// the same, so the package's glue still fits.
execFileSync(WASM_OPT, [
  ...WASM_OPT_PASSES, "--debuginfo",
  join(root, "target", "pkg-build", "ec2_register_image_bg.wasm"), "-o", join(work, "pkg", "ec2_register_image_bg.wasm"),
], { stdio: ["ignore", "ignore", "inherit"] });

const calls = which === "small" ? 1_500_000 : 150_000;
writeFileSync(join(work, "loop.mjs"), `
import { buildRequest } from "./pkg/node.mjs";
import { ${which} as input } from "../../bench/inputs.mjs";
const copies = Array.from({ length: 64 }, () => structuredClone(input));
let sink = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < ${calls}; i++) sink += buildRequest(copies[i & 63], { region: "us-east-1" }).body.length;
console.log(Number(process.hrtime.bigint() - start) / ${calls}, sink);
`);
const perCall = Number(execFileSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", work, join(work, "loop.mjs")], { encoding: "utf8" }).split(" ")[0]);
const profile = JSON.parse(readFileSync(join(work, readdirSync(work).find((f) => f.endsWith(".cpuprofile"))), "utf8"));

// Each function, by its name and file, in the first row whose pattern it matches.
const rows = [
  ["allocator (rlsf, Vec growth, drops)", /rlsf|RawVec|raw_vec|__rust_alloc|__rust_dealloc|__rust_realloc|grow_amortized|finish_grow|drop_glue/],
  ["JS tape walk (tape.js)", /^(value|text|entry|toTape|plainObjectPrototype|room|unsupported|wellFormed) (node\.cjs|tape\.js)$|^encodeInto /],
  ["reader (src/read.rs, the model's fields)", /::read::|Shape>::member|memcmp|::model::/],
  ["tape read where it lies (js/src/tape.rs)", /ec2_register_image_js\[\w+\]::tape::/],
  ["rules (check, validate, faulty, FirstSeen)", /check_tape|check_reading|::validate::|::seen::|::collect::|::api::/],
  ["encode (src/encode.rs, src/query.rs, integers)", /::encode::|::query::|::text::/],
  ["wasm-bindgen glue, body string decode", /getStringFromWasm0|decode|passArray8ToWasm0|passStringToWasm0|getUint8ArrayMemory0|shim|__wbindgen|takeFromExternrefTable0|handleError|::wasm::|js-to-wasm|GenericJSToWasmWrapper/],
  ["api.js (buildRequest, endpoint cache), bench loop", /^(buildRequest|endpoint|bodyOf|readOptions|issuesOf|\(anon\)) (node\.cjs|api\.js|loop\.mjs)$/],
  ["garbage collector", /garbage collector/],
];
const time = new Map([...rows.map(([row]) => [row, 0]), ["other", 0]]);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
let total = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url } = nodes.get(id).callFrame;
  const name = `${functionName || "(anon)"} ${url.split("/").pop()}`;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const row = rows.find(([, pattern]) => pattern.test(name))?.[0] ?? "other";
  time.set(row, time.get(row) + dt);
});
console.log(`| where the time goes (${which} input, buildRequest) | ns per call (share) |\n|---|---|`);
for (const [row, t] of time) console.log(`| ${row} | ${Math.round((perCall * t) / total)} ns (${Math.round((100 * t) / total)}%) |`);
console.log(`| all, profiled (${calls.toLocaleString("en")} calls on 64 copies) | ${Math.round(perCall)} ns |`);
