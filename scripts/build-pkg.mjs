#!/usr/bin/env node
// Assembles the npm package in pkg/ from pkg-template/ and the release wasm:
//   cargo build (wasm32, release) -> wasm-bindgen (web + nodejs glue, one .wasm) -> wasm-opt -Oz
//   (npm `binaryen`; Debian's binaryen 108 corrupts wasm-bindgen output) -> entries, CJS twin of
//   the API, package.json with the crate's version. Prints the sizes of what a user loads.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const template = join(root, "pkg-template");
const build = join(root, "target", "pkg-build");
const name = "ec2_register_image";

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--lib"]);
const wasm = join(root, "target", "wasm32-unknown-unknown", "release", `${name}.wasm`);
rmSync(build, { recursive: true, force: true });
for (const target of ["web", "nodejs"]) {
  run("wasm-bindgen", ["--target", target, "--out-dir", join(build, target), "--out-name", name, wasm]);
}

rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
run(join(root, "node_modules", ".bin", "wasm-opt"), [
  "-Oz",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
  join(build, "web", `${name}_bg.wasm`),
  "-o",
  join(pkg, `${name}_bg.wasm`),
]);

// The ESM glue (browser, workerd, Deno, Node ESM) and the CommonJS glue (Node require). Both
// bind the same .wasm: wasm-bindgen emits byte-identical modules for the two targets.
const same = readFileSync(join(build, "web", `${name}_bg.wasm`)).equals(readFileSync(join(build, "nodejs", `${name}_bg.wasm`)));
if (!same) throw new Error("wasm-bindgen emitted different .wasm files for web and nodejs");
copyFileSync(join(build, "web", `${name}.js`), join(pkg, "glue.js"));
// The `inline_js` snippets (src/wasm.rs) are ES modules: the ESM glue imports them as they are;
// for the CommonJS glue each gets a .cjs twin (its `export function`s become module.exports).
cpSync(join(build, "web", "snippets"), join(pkg, "snippets"), { recursive: true });
let nodeGlue = readFileSync(join(build, "nodejs", `${name}.js`), "utf8");
for (const dir of readdirSync(join(build, "nodejs", "snippets"))) {
  for (const file of readdirSync(join(build, "nodejs", "snippets", dir)).filter((f) => f.endsWith(".js"))) {
    const esm = readFileSync(join(build, "nodejs", "snippets", dir, file), "utf8");
    const names = [...esm.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    if (names.length === 0 || /^(import|export) (?!function )/m.test(esm)) {
      throw new Error(`snippet ${dir}/${file}: only \`export function\` declarations can be turned into CommonJS`);
    }
    const cjs = file.replace(/\.js$/, ".cjs");
    writeFileSync(
      join(pkg, "snippets", dir, cjs),
      `"use strict";\n${esm.replace(/^export function /gm, "function ")}\nmodule.exports = { ${names.join(", ")} };\n`,
    );
    const from = `./snippets/${dir}/${file}`;
    if (!nodeGlue.includes(from)) throw new Error(`node glue does not require ${from}`);
    nodeGlue = nodeGlue.replaceAll(from, `./snippets/${dir}/${cjs}`);
  }
}
writeFileSync(join(pkg, "node-glue.cjs"), nodeGlue);

for (const file of ["api.js", "browser.js", "workerd.js", "node.mjs", "deno.js", "index.d.ts", "input.d.ts", "README.md"]) {
  copyFileSync(join(template, file), join(pkg, file));
}

// api.cjs: the same API for `require`, by replacing its one import and its one export line.
const api = readFileSync(join(template, "api.js"), "utf8");
const importLine = 'import * as wasm from "./glue.js";';
const exportLine = /^export \{ ([\w, ]+) \};$/m;
if (!api.includes(importLine) || !exportLine.test(api)) {
  throw new Error("pkg-template/api.js must keep exactly one import line and one `export { ... };` line");
}
writeFileSync(
  join(pkg, "api.cjs"),
  '"use strict";\n' +
    api.replace(importLine, 'const wasm = require("./node-glue.cjs");').replace(exportLine, "module.exports = { $1 };"),
);
writeFileSync(join(pkg, "node.cjs"), '"use strict";\n// Node.js, CommonJS: node-glue.cjs reads the .wasm synchronously.\nmodule.exports = require("./api.cjs");\n');

const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
writeFileSync(join(pkg, "package.json"), readFileSync(join(template, "package.json"), "utf8").replace("@VERSION@", version));

// What one entry loads: the .wasm plus the JS of the browser entry.
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const wasmBytes = readFileSync(join(pkg, `${name}_bg.wasm`));
const snippets = readdirSync(join(pkg, "snippets"), { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => join("snippets", f));
const js = Buffer.concat(["browser.js", "glue.js", "api.js", ...snippets].map((f) => readFileSync(join(pkg, f))));
const report = { wasm: sizes(wasmBytes), js: sizes(js) };
console.log(`pkg/ built: version ${version}`);
console.log(`  wasm  raw ${report.wasm.raw}  gzip ${report.wasm.gzip}  brotli ${report.wasm.brotli}`);
console.log(`  js    raw ${report.js.raw}  gzip ${report.js.gzip}  brotli ${report.js.brotli}  (browser entry + glue + api)`);
