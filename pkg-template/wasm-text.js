// The .wasm as text, for browser.js: scripts/build-pkg.mjs writes it into wasm-inline.js, and
// `decode` turns it back into bytes at import. The 93 characters a "..." literal holds as they
// are (printable ASCII but `"` and `\`), in order, are the digits: bytes 0-90 are one digit each
// (that covers the wasm's common bytes: 0, small LEB128 numbers, most opcodes), bytes 91-255 two,
// the first of them 91 or 92. Byte-aligned, so gzip still finds the .wasm's repeats: 2-4% larger
// than the .wasm when compressed, where base64 is 32% and hex 11% larger. Plain ASCII: safe
// whatever charset a page declares, and left alone by minifiers.

export const DIRECT = 91;
export const PER_ESCAPE = 83;

/**
 * A digit's value: its character code less the two characters skipped, `"` (34) and backslash (92).
 * @param {number} code
 */
function digit(code) {
  return code - 32 - (code > 34 ? 1 : 0) - (code > 92 ? 1 : 0);
}

/** @param {string} text @returns {Uint8Array} */
export function decode(text) {
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; n++) {
    const first = digit(text.charCodeAt(i++));
    bytes[n] = first < DIRECT ? first : DIRECT + (first - DIRECT) * PER_ESCAPE + digit(text.charCodeAt(i++));
  }
  return bytes.subarray(0, n);
}
