// wasm-opt (npm `binaryen`; Debian's binaryen 108 corrupts wasm-bindgen output) and the passes
// the package's .wasm goes through, for scripts/build-pkg.mjs and bench/profile.mjs, which keeps
// the names on the same build.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const WASM_OPT = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin", "wasm-opt");

export const WASM_OPT_PASSES = [
  // The control flow flattened and rebuilt by binaryen's own relooper, then -Oz twice: the
  // request half 0.27 KB gzip smaller than -Oz alone, the parser half 0.36 (2026-12-04, README
  // "Proof and figures"), and buildRequest no slower (bench/bench.mjs).
  "--flatten",
  "--rereloop",
  "-Oz",
  "-Oz",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
  // One or two letters for the name of each export (`__wbindgen_malloc`, `build`, ...) and
  // import (`__wbg_new_37eb45aaf5eeb820`, from "./ec2_register_image_bg.js"), in the .wasm and
  // in the glue: only the glue uses them (0.3 KB of a page, 2026-12-04). wasm-opt prints the new
  // names as JSON.
  "--minify-imports-and-exports-and-modules",
];
