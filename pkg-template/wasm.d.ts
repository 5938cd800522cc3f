// The types of the package's two .wasm subpaths (ec2_register_image_bg.wasm, the request half;
// ec2_register_image_parse_bg.wasm, the parser half), so that every subpath of the package is
// typed (arethetypeswrong): what a runtime or bundler that imports a .wasm file as a module gives
// (workerd and wrangler do), the compiled module. scripts/build-pkg.mjs writes this file as
// <name>.wasm.d.ts and, for `require`, as <name>.wasm.d.cts with `export =`.
declare const wasm: WebAssembly.Module;
export default wasm;
