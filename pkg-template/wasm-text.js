// The .wasm as text, for browser.js: scripts/build-pkg.mjs compresses each half with LZMA and
// writes it into wasm-inline.js and wasm-parse-inline.js as base64, and `decode` turns it back
// into the .wasm's bytes at import, with an LZMA decoder in WebAssembly (unlzma.wat), whose own
// bytes, base64 too, the build writes below. A page's server gzips the text again: 13% smaller
// than the .wasm itself gzipped, and decoded and compiled in about the time the plain text before
// it took (README "Proof and figures"). Plain ASCII: safe whatever charset a page declares, and
// left alone by minifiers.

const UNLZMA = "@UNLZMA@";

/**
 * The bytes of the .wasm that `text` (wasm-inline.js or wasm-parse-inline.js) holds: in order, the
 * LZMA properties byte, the size (u32, little-endian), the raw LZMA stream, then zeros up to a
 * multiple of 3 bytes, in base64 without padding.
 * @param {string} text
 * @returns {Uint8Array}
 */
export function decode(text) {
  const unlzma = new WebAssembly.Module(Uint8Array.from(atob(UNLZMA), (c) => c.charCodeAt(0)));
  const { m, t, d } = /** @type {{ m: WebAssembly.Memory, t: WebAssembly.Global, d: (n: number) => number }} */ (
    /** @type {unknown} */ (new WebAssembly.Instance(unlzma).exports)
  );
  // The text at t, then its output after it: the memory grows to hold the text, d grows it for the rest.
  const start = t.value;
  const short = start + text.length - m.buffer.byteLength;
  if (short > 0) m.grow(Math.ceil(short / 65536));
  new TextEncoder().encodeInto(text, new Uint8Array(m.buffer, start));
  const size = d(text.length);
  // A copy, so that the decoder's memory goes with it.
  return new Uint8Array(m.buffer, start + text.length, size).slice();
}
