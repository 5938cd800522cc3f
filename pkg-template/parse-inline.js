// parseBody and parseResponse for browser.js: the parser half of the wasm travels as text in
// wasm-parse-inline.js and is compiled on the first call. Nothing here runs at import but a pure
// call, so a bundler drops this module (and the text) from a page that calls neither function.
import { decode } from "./wasm-text.js";
import text from "./wasm-parse-inline.js";
import { startingOnFirstCall } from "./parse.js";

export const { parseBody, parseResponse } = /* @__PURE__ */ startingOnFirstCall(() => decode(text));
