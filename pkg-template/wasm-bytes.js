// The request half's bytes for browser.js, decoded from its text at import. A module of its own,
// imported first: bundlers place modules in import order, and minifiers that move the text to
// where it is used (terser, as Rollup, webpack and Parcel run it) keep it near the page's start,
// where gzip compresses the page best (pkg-template/test/bundlers.test.mjs: 0.2-0.3 KB smaller).
import text from "./wasm-inline.js";
import { decode } from "./wasm-text.js";

export default decode(text);
