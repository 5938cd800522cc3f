#!/usr/bin/env node
// Assembles the npm package in pkg/ from pkg-template/ and the release wasm:
//   cargo build (wasm32, release) -> wasm-bindgen (web glue, no default .wasm URL) -> wasm-opt -Oz
//   (npm `binaryen`; Debian's binaryen 108 corrupts wasm-bindgen output) -> the ESM entries as they
//   are, the CommonJS entry bundled by esbuild, index.d.cts, package.json with the crate's version.
//   Prints raw/gzip/brotli of what each entry loads.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const template = join(root, "pkg-template");
const build = join(root, "target", "pkg-build");
const name = "ec2_register_image";

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--lib"]);
const wasm = join(root, "target", "wasm32-unknown-unknown", "release", `${name}.wasm`);
rmSync(build, { recursive: true, force: true });
// One glue for every entry: each passes the .wasm (bytes, a Module or a URL) itself, so the glue
// names no .wasm file a bundler would copy for nothing.
run("wasm-bindgen", ["--target", "web", "--omit-default-module-path", "--out-dir", build, "--out-name", name, wasm]);

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
  join(build, `${name}_bg.wasm`),
  "-o",
  join(pkg, `${name}_bg.wasm`),
]);

// The ESM glue imports the JS that src/wasm.rs names (src/js/*.js) from snippets/. It names
// `./ec2_register_image.d.ts` (not shipped: index.d.ts types the API) in a @ts-self-types
// directive, which goes.
const glue = readFileSync(join(build, `${name}.js`), "utf8");
const selfTypes = `/* @ts-self-types="./${name}.d.ts" */\n`;
if (!glue.startsWith(selfTypes)) throw new Error(`wasm-bindgen's glue no longer starts with ${JSON.stringify(selfTypes)}`);
writeFileSync(join(pkg, "glue.js"), glue.slice(selfTypes.length));
cpSync(join(build, "snippets"), join(pkg, "snippets"), { recursive: true });

for (const file of ["api.js", "browser.js", "workerd.js", "node.mjs", "deno.js", "index.d.ts", "input.d.ts", "README.md"]) {
  copyFileSync(join(template, file), join(pkg, file));
}

// node.cjs: esbuild bundles node-cjs.js with what it imports (glue, snippets, api.js) into one
// CommonJS file; node.mjs re-exports it, so Node has one instance whichever way it loads.
buildSync({
  stdin: { contents: readFileSync(join(template, "node-cjs.js"), "utf8"), resolveDir: pkg, sourcefile: "node-cjs.js" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  outfile: join(pkg, "node.cjs"),
  logLevel: "warning",
  banner: { js: "// Node.js, CommonJS: built by scripts/build-pkg.mjs (esbuild) from node-cjs.js, glue.js, snippets/ and api.js." },
});

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
