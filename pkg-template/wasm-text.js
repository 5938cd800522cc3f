// The .wasm as text, for browser.js: scripts/build-pkg.mjs writes it into wasm-inline.js, and
// `decode` turns it back into bytes at import. The 93 characters a "..." literal holds as they
// are (printable ASCII but `"` and `\`), in order, are the digits. The text begins with a table:
// MASK_DIGITS digits of 6 bits each, bit b (bit b % 6 of digit b / 6) set when byte b is one of the
// .wasm's DIRECT most frequent bytes. Those are one digit each (0-90, in byte order: they cover
// 0, small LEB128 numbers, common opcodes), the other bytes two (in byte order, from 91 * 83;
// the first digit 91 or 92). Byte-aligned, so gzip still finds the .wasm's repeats: with the
// frequent bytes chosen this way the text compresses 0.4% smaller than the .wasm itself (bytes
// 0-90 as one digit whatever the .wasm: 2% larger; base64 32% and hex 11% larger). Plain ASCII:
// safe whatever charset a page declares, and left alone by minifiers.

export const DIRECT = 91;
export const PER_ESCAPE = 83;
export const MASK_DIGITS = 43;

/**
 * A digit's value: its character code less the two characters skipped, `"` (34) and backslash (92).
 * @param {number} code
 */
function digit(code) {
  return code - 32 - (code > 34 ? 1 : 0) - (code > 92 ? 1 : 0);
}

/** @param {string} text @returns {Uint8Array} */
export function decode(text) {
  // The byte of each code: the one-digit bytes first, then the others.
  const byteOf = new Uint8Array(256);
  let one = 0;
  let two = DIRECT;
  for (let b = 0; b < 256; b++) byteOf[(digit(text.charCodeAt((b / 6) | 0)) >> b % 6) & 1 ? one++ : two++] = b;
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = MASK_DIGITS; i < text.length; n++) {
    const first = digit(text.charCodeAt(i++));
    bytes[n] = byteOf[first < DIRECT ? first : DIRECT + (first - DIRECT) * PER_ESCAPE + digit(text.charCodeAt(i++))];
  }
  return bytes.subarray(0, n);
}
