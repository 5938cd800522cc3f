// Browsers and bundlers (Vite, webpack, esbuild): fetches the .wasm next to this file once, at
// import (top-level await), so callers never call init().
import init from "./glue.js";

await init({ module_or_path: new URL("./ec2_register_image_bg.wasm", import.meta.url) });

export * from "./api.js";
