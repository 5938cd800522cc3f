// parseBody and parseResponse for browser.js: the parser half of the wasm travels as text in
// wasm-parse-inline.js and is compiled on the first call. Nothing here runs at import, so a
// bundler drops this module (and the text) from a page that calls neither function.
import { initSync } from "./glue-parse.js";
import { decode } from "./wasm-text.js";
import text from "./wasm-parse-inline.js";
import * as parse from "./parse.js";

let started = false;

function start() {
  if (!started) {
    initSync({ module: decode(text) });
    started = true;
  }
}

/** @type {typeof parse.parseBody} */
export function parseBody(body) {
  start();
  return parse.parseBody(body);
}

/** @type {typeof parse.parseResponse} */
export function parseResponse(xml) {
  start();
  return parse.parseResponse(xml);
}
