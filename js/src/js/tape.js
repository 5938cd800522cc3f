// Imported by src/wasm.rs (`#[wasm_bindgen(module = "/src/js/tape.js")]`); wasm-bindgen copies it
// into the package's snippets/. Checked by `make lint` (tsc --checkJs).
//
// The input as a tape of bytes for src/tape.rs (its grammar and tags): one copy across the
// boundary, each string written by native TextEncoder.encodeInto, each number as its 8 bytes.
// The walk keeps the bounds of src/value.rs, so a cycle, shared objects or a sparse array of
// length 2**32 - 1 cost no more than a small input: at most MAX_DEPTH levels, MAX_ITEMS + 1
// items of an array (enough for the reader to refuse it), MAX_VALUES values in all. What the
// input throws (a getter, a Proxy trap) propagates; nothing of a call outlives it.
const MAX_DEPTH = 32, MAX_ITEMS = 1000, MAX_VALUES = 10000;
const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, LONE_SURROGATE = 5, UNSUPPORTED = 6,
  ARRAY = 7, OBJECT = 8, END = 9;
// Indexes into UNSUPPORTED_REASONS of src/tape.rs.
const FUNCTION = 0, SYMBOL = 1, BIGINT = 2, DATE = 3, MAP = 4, SET = 5, CYCLE = 6, DEEP = 7, PAST = 8;
const encoder = new TextEncoder();
/** @type {(s: string) => boolean} */
const wellFormed = typeof String.prototype.isWellFormed === "function"
  ? (s) => s.isWellFormed()
  : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
// One buffer reused between calls (a call made from inside a getter gets its own).
/** @type {Uint8Array | undefined} */
let spare = new Uint8Array(4096);

class Tape {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
    this.at = 0;
    this.left = MAX_VALUES;
    /** @type {object[]} */
    this.ancestors = [];
  }
  /** @param {number} n */
  room(n) {
    if (this.at + n <= this.bytes.length) return;
    const bytes = new Uint8Array(Math.max(2 * this.bytes.length, this.at + n));
    bytes.set(this.bytes.subarray(0, this.at));
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
  }
  /** @param {number} tag @param {number} [reason] */
  tag(tag, reason) {
    this.room(2);
    this.bytes[this.at++] = tag;
    if (tag === UNSUPPORTED) this.bytes[this.at++] = /** @type {number} */ (reason);
  }
  // The byte length, then UTF-8 (a UTF-16 unit takes at most 3 bytes). Short ASCII strings,
  // most keys and values, are cheaper to copy here than to hand to encodeInto.
  /** @param {string} s */
  text(s) {
    const n = s.length, start = this.at + 4;
    this.room(4 + 3 * n);
    let i = 0;
    if (n <= 32) {
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 127) break;
        this.bytes[start + i] = c;
      }
    }
    const length = i === n ? n : i + encoder.encodeInto(i ? s.slice(i) : s, this.bytes.subarray(start + i)).written;
    this.view.setUint32(this.at, length, true);
    this.at = start + length;
  }
  /** @param {any} v any JS value @param {number} depth @returns {void} */
  value(v, depth) {
    if (this.left === 0) return this.tag(UNSUPPORTED, PAST);
    this.left--;
    switch (typeof v) {
      case "undefined": return this.tag(NULL);
      case "boolean": return this.tag(v ? TRUE : FALSE);
      case "number":
        this.tag(NUMBER);
        this.room(8);
        this.view.setFloat64(this.at, v, true);
        this.at += 8;
        return;
      case "string":
        if (!wellFormed(v)) return this.tag(LONE_SURROGATE);
        this.tag(STRING);
        return this.text(v);
      case "function": return this.tag(UNSUPPORTED, FUNCTION);
      case "symbol": return this.tag(UNSUPPORTED, SYMBOL);
      case "bigint": return this.tag(UNSUPPORTED, BIGINT);
    }
    if (v === null) return this.tag(NULL);
    if (depth >= MAX_DEPTH) return this.tag(UNSUPPORTED, DEEP);
    if (this.ancestors.includes(v)) return this.tag(UNSUPPORTED, CYCLE);
    if (v instanceof Date) return this.tag(UNSUPPORTED, DATE);
    if (v instanceof Map) return this.tag(UNSUPPORTED, MAP);
    if (v instanceof Set) return this.tag(UNSUPPORTED, SET);
    this.ancestors.push(v);
    if (Array.isArray(v)) {
      // Never trusted for an allocation or a loop: `a.length = 2 ** 32 - 1`, or a Proxy's.
      const length = v.length;
      const n = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), MAX_ITEMS + 1) : 0;
      this.tag(ARRAY);
      for (let i = 0; i < n; i++) {
        if (this.left === 0) this.tag(UNSUPPORTED, PAST);
        else this.value(v[i], depth + 1);
      }
    } else {
      this.tag(OBJECT);
      for (const key of Object.keys(v)) {
        const item = this.left === 0 ? null : v[key];
        // `undefined` is no value, as for the AWS SDK and JSON.
        if (item === undefined) continue;
        this.tag(STRING);
        this.text(key);
        this.value(item, depth + 1);
      }
    }
    this.tag(END);
    this.ancestors.pop();
  }
}

/** @param {unknown} input @returns {Uint8Array} */
export function toTape(input) {
  const tape = new Tape(spare ?? new Uint8Array(4096));
  spare = undefined;
  try {
    tape.value(input, 0);
    // The glue copies it into wasm memory before any other JavaScript runs.
    return tape.bytes.subarray(0, tape.at);
  } finally {
    spare = tape.bytes.length <= 1 << 20 ? tape.bytes : new Uint8Array(4096);
  }
}
