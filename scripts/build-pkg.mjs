#!/usr/bin/env node
// Assembles the npm package in pkg/ from pkg-template/ and the release wasm:
//   cargo +nightly build of the JS face, js/ (wasm32, release, std rebuilt, see WASM_BUILD) -> wasm-bindgen (web glue, no default .wasm URL) -> wasm-opt
//   (scripts/wasm-opt.mjs) -> the ESM entries as they
//   are, the CommonJS entry bundled by esbuild, index.d.cts, the licenses, package.json with the
//   crate's version.
//   Prints raw/gzip/brotli of what each entry loads.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { encode } from "./wasm-text.mjs";
import { WASM_OPT, WASM_OPT_PASSES } from "./wasm-opt.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const template = join(root, "pkg-template");
const build = join(root, "target", "pkg-build");
const name = "ec2_register_image";

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { cwd: root, stdio: "inherit", env });

// Two halves, each its own .wasm and glue: the request half (validate, build, endpointUrl) and
// the parser half (parseBody, parseResponse), so that a page that only builds requests never
// downloads the parsers (features wasm-core and wasm-parse of js/Cargo.toml).
const halves = [
  { feature: "wasm-core", out: name, glue: "glue.js", inline: "wasm-inline.js" },
  { feature: "wasm-parse", out: `${name}_parse`, glue: "glue-parse.js", inline: "wasm-parse-inline.js" },
];
// Nightly, for two unstable flags that take an eighth off the wasm (the request half from 85.9 KB
// to 74.2 KB, 2026-12-01; README "Proof and figures"): std rebuilt with the crate (-Zbuild-std), so LTO keeps only what is
// used, and `-Cpanic=immediate-abort`, so a panic (a bug: the crate never panics on input, and
// panic = "abort" already traps) takes no message formatting, hence no core::fmt, with it.
// And `-Zcross-crate-inline-threshold=always`: every function inlinable across crates, as the
// crate's own were when the JS face was part of it; without it the split into the core and js/
// cost 0.7 KB of the request half (59,434 -> 60,095 B, gzip 26,441 -> 26,685), with it the half
// is smaller than before the split (README "Proof and figures"), and no slower (bench/bench.mjs).
// The tests build with stable; the wasm tests run the same code (tests/, js/src/wasm_tests.rs).
const WASM_BUILD = ["--release", "--target", "wasm32-unknown-unknown", "--package", "ec2-register-image-js", "--lib", "--no-default-features", "-Zbuild-std=std,panic_abort"];
console.log(`building the wasm with ${execFileSync("rustc", ["+nightly", "--version"], { encoding: "utf8" }).trim()}`);
rmSync(build, { recursive: true, force: true });
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
for (const half of halves) {
  // A target folder per half, so the two builds do not undo each other's incremental state.
  const target = join(root, "target", `pkg-${half.feature}`);
  run("cargo", ["+nightly", "build", ...WASM_BUILD, "--features", `${half.feature},small-alloc`, "--target-dir", target], {
    ...process.env,
    RUSTFLAGS: "-Zunstable-options -Cpanic=immediate-abort -Zcross-crate-inline-threshold=always",
  });
  const wasm = join(target, "wasm32-unknown-unknown", "release", `${name}_js.wasm`);
  // One glue per half for every entry: each entry passes the .wasm (bytes, a Module or a URL)
  // itself, so the glue names no .wasm file a bundler would copy for nothing.
  run("wasm-bindgen", ["--target", "web", "--omit-default-module-path", "--out-dir", build, "--out-name", half.out, wasm]);
  // The exports' and imports' new names, as JSON, for the glue below.
  const minified = execFileSync(WASM_OPT, [
    ...WASM_OPT_PASSES,
    // Read by wasm-bindgen, which has run: nothing reads them now.
    "--strip-target-features",
    "--strip-producers",
    join(build, `${half.out}_bg.wasm`),
    "-o",
    join(pkg, `${half.out}_bg.wasm`),
  ], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  Object.assign(half, JSON.parse(minified), { module: importModule(readFileSync(join(pkg, `${half.out}_bg.wasm`))) });
}

// The ESM glue names `./ec2_register_image.d.ts` (not shipped: index.d.ts types the API) in a
// @ts-self-types directive, which goes.
for (const half of halves) {
  const glue = readFileSync(join(build, `${half.out}.js`), "utf8");
  const selfTypes = `/* @ts-self-types="./${half.out}.d.ts" */\n`;
  if (!glue.startsWith(selfTypes)) throw new Error(`wasm-bindgen's glue no longer starts with ${JSON.stringify(selfTypes)}`);
  writeFileSync(join(pkg, half.glue), withMinifiedNames(withoutLeftovers(glue.slice(selfTypes.length)), half));
}

/** The module name of a .wasm's first import (wasm-opt names them all alike). */
function importModule(wasm) {
  let at = 8;
  const leb = () => {
    let n = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      n += (byte & 127) * 2 ** shift;
      if (byte < 128) return n;
    }
  };
  const text = () => {
    const length = leb();
    return wasm.subarray(at, (at += length)).toString();
  };
  while (at < wasm.length) {
    const id = wasm[at++];
    const end = leb() + at;
    if (id === 2 && leb() > 0) return text();
    at = end;
  }
  throw new Error("a half of the .wasm imports nothing");
}

/** `text` with `from`, which it must hold exactly once, replaced by `to`; `what` names `text`. */
function replaceOnce(text, from, to, what) {
  if (text.split(from).length !== 2) throw new Error(`${what} no longer holds, once:\n${from}`);
  return text.replace(from, () => to);
}

// The glue with the minified names: it reads the exports as `wasm.name` only, and names the
// imports once each, as keys of the object it gives the .wasm (`name: function`).
function withMinifiedNames(glue, { imports, exports, module }) {
  const rename = (from, to) => (glue = replaceOnce(glue, from, to, "wasm-bindgen's glue"));
  if (new Set(imports.map(([from]) => from)).size !== 1) throw new Error("the glue gives the .wasm its imports from one module");
  rename(`${JSON.stringify(imports[0][0])}: import0`, `${JSON.stringify(module)}: import0`);
  for (const [, name, short] of imports) rename(`        ${name}: function`, `        ${short}: function`);
  for (const [name, short] of exports) glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, "g"), `wasm.${short}`);
  const other = glue.match(/wasm\[|exports\.\w|\}\s*=\s*wasm\b/);
  if (other) throw new Error(`the glue reads the exports other than as wasm.name: ${other[0]}`);
  return glue;
}

// What wasm-bindgen's glue holds for callers other than this package's entries, which every
// page would download: each text must be there exactly once (a new wasm-bindgen shows here).
function withoutLeftovers(glue) {
  const leftovers = [
    // passStringToWasm0 without a realloc: every call passes wasm.__wbindgen_realloc.
    [
      `    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

`,
      "",
    ],
    // For engines without TextEncoder.encodeInto, which the tape walker (js/src/js/tape.js) uses
    // as it is: every engine the package supports has it.
    [
      `if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}
`,
      "",
    ],
    // A view of the memory is stale when the memory has grown: its buffer is then another
    // (the engines without ArrayBuffer.prototype.detached are told apart this way already).
    // Only a glue that writes through a DataView has it (the request half's does not).
    [
      "cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)",
      "cachedDataViewMemory0.buffer !== wasm.memory.buffer",
      "optional",
    ],
    // initSync's older call, with the module itself: the entries pass { module }.
    [
      `    if (module !== undefined) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
            ({module} = module)
        } else {
            console.warn('using deprecated parameters for \`initSync()\`; pass a single object instead')
        }
    }
`,
      "    ({ module } = module);\n",
    ],
  ];
  for (const [text, replacement, optional] of leftovers) {
    if (optional && !glue.includes(text)) continue;
    glue = replaceOnce(glue, text, replacement, "wasm-bindgen's glue");
  }
  return glue;
}
// The input tape's JS half, which api.js imports (js/src/tape.rs is the other).
copyFileSync(join(root, "js", "src", "js", "tape.js"), join(pkg, "tape.js"));

for (const file of ["api.js", "parse.js", "parse-inline.js", "browser.js", "streaming.js", "workerd.js", "node.mjs", "deno.js", "index.d.ts", "input.d.ts", "streaming.d.ts", "README.md"]) {
  copyFileSync(join(template, file), join(pkg, file));
}
for (const file of ["LICENSE-MIT", "LICENSE-APACHE"]) copyFileSync(join(root, file), join(pkg, file));
cpSync(join(template, "bin"), join(pkg, "bin"), { recursive: true }); // the `ec2-register-image` command
copyFileSync(join(root, "schema.json"), join(pkg, "schema.json")); // generated by tests/generated.rs

// The same declarations for `require` (TypeScript reads a .d.ts in a "type": "module" package as
// ESM): index.d.cts and input.d.cts, the first importing the second.
const inputImport = 'from "./input.js";';
const declarations = readFileSync(join(template, "index.d.ts"), "utf8");
if (declarations.split(inputImport).length !== 3) throw new Error(`index.d.ts must name ./input.js in exactly two lines ending ${inputImport}`);
writeFileSync(join(pkg, "index.d.cts"), declarations.replaceAll(inputImport, 'from "./input.cjs";'));
copyFileSync(join(template, "input.d.ts"), join(pkg, "input.d.cts"));

// The .wasm subpaths' types, for import and for require (see pkg-template/wasm.d.ts).
const wasmTypes = readFileSync(join(template, "wasm.d.ts"), "utf8");
if (!wasmTypes.includes("export default wasm;")) throw new Error("wasm.d.ts must end with export default wasm;");
for (const half of ["ec2_register_image_bg", "ec2_register_image_parse_bg"]) {
  writeFileSync(join(pkg, `${half}.wasm.d.ts`), wasmTypes);
  writeFileSync(join(pkg, `${half}.wasm.d.cts`), wasmTypes.replace("export default wasm;", "export = wasm;"));
}

// wasm-inline.js and wasm-parse-inline.js: each half's .wasm compressed with LZMA, as base64
// (scripts/wasm-text.mjs encodes, pkg-template/wasm-text.js decodes and describes the format), for
// browser.js, the default browser entry, which decodes and compiles the first at import and the
// second on the first parseBody or parseResponse (as streaming.js does). The decoder,
// pkg-template/unlzma.wat, assembled by wasm-opt, goes into wasm-text.js as base64.
const unlzma = execFileSync(WASM_OPT, [join(template, "unlzma.wat"), "-Oz", "--mvp-features", "-o", "-"]);
const wasmText = readFileSync(join(template, "wasm-text.js"), "utf8");
writeFileSync(join(pkg, "wasm-text.js"), replaceOnce(wasmText, '"@UNLZMA@"', JSON.stringify(unlzma.toString("base64")), "pkg-template/wasm-text.js"));
const { decode } = await import(pathToFileURL(join(pkg, "wasm-text.js")).href);
for (const half of halves) {
  const wasmBytes = readFileSync(join(pkg, `${half.out}_bg.wasm`));
  const text = encode(wasmBytes);
  if (!Buffer.from(decode(text)).equals(wasmBytes)) throw new Error(`wasm-text.js does not decode ${half.inline} back to ${half.out}_bg.wasm`);
  writeFileSync(
    join(pkg, half.inline),
    `// ${half.out}_bg.wasm (${wasmBytes.length} bytes) as text for browser.js (see wasm-text.js). Generated by scripts/build-pkg.mjs.\n` +
      `export default "${text}";\n`,
  );
}

// node.cjs: esbuild bundles node-cjs.js with what it imports (glue, api.js, tape.js) into one
// CommonJS file; node.mjs requires it and exports what it exports, so Node has one instance
// whichever way it loads.
buildSync({
  stdin: { contents: readFileSync(join(template, "node-cjs.js"), "utf8"), resolveDir: pkg, sourcefile: "node-cjs.js" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  outfile: join(pkg, "node.cjs"),
  logLevel: "warning",
  banner: { js: "// Node.js, CommonJS: built by scripts/build-pkg.mjs (esbuild) from node-cjs.js, glue.js, glue-parse.js, api.js, tape.js and parse.js." },
});

const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
writeFileSync(join(pkg, "package.json"), readFileSync(join(template, "package.json"), "utf8").replace("@VERSION@", version));

// What each entry loads, each file compressed on its own as a server would send it.
const sizes = (files) =>
  files
    .map((f) => readFileSync(join(pkg, f)))
    .reduce(
      (sum, buf) => ({
        raw: sum.raw + buf.length,
        gzip: sum.gzip + gzipSync(buf, { level: 9 }).length,
        brotli: sum.brotli + brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
const shared = ["glue.js", "api.js", "tape.js"];
const parser = ["glue-parse.js", "parse.js"];
const wasmFiles = [`${name}_bg.wasm`, `${name}_parse_bg.wasm`];
const entries = {
  "browser.js (default: wasm inline)": ["browser.js", "wasm-text.js", "wasm-inline.js", ...shared],
  "  + parseBody/parseResponse": ["parse-inline.js", "wasm-parse-inline.js", ...parser],
  "streaming.js (./streaming)": ["streaming.js", ...shared, wasmFiles[0]],
  "workerd.js": ["workerd.js", ...shared, ...parser, ...wasmFiles],
  "deno.js": ["deno.js", ...shared, ...parser, ...wasmFiles],
  "node.mjs + node.cjs": ["node.mjs", "node.cjs", ...wasmFiles],
  ".wasm, request half": [wasmFiles[0]],
  ".wasm, parser half": [wasmFiles[1]],
};
console.log(`pkg/ built: version ${version}; bytes each entry loads (raw / gzip -9 / brotli 11, file by file):`);
for (const [entry, files] of Object.entries(entries)) {
  const { raw, gzip, brotli } = sizes(files);
  console.log(`  ${entry.padEnd(36)} ${String(raw).padStart(7)} / ${String(gzip).padStart(6)} / ${String(brotli).padStart(6)}`);
}
