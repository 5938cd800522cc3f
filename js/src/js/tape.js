// The package's tape.js (scripts/build-pkg.mjs copies it), imported by its api.js, which hands
// each input to the wasm exports as this tape; the wasm tests import it too (js/src/wasm_tests.rs).
// Checked by `make lint` (tsc --checkJs).
//
// The input as a tape of bytes for src/tape.rs (its grammar and tags): one copy across the
// boundary, each string written by native TextEncoder.encodeInto, each number as its 8 bytes.
// The walk keeps the bounds of src/value.rs, so a cycle, shared objects or a sparse array of
// length 2**32 - 1 cost no more than a small input: at most MAX_DEPTH levels, MAX_ITEMS + 1
// items of an array (enough for the reader to refuse it), MAX_VALUES values in all. What the
// input throws (a getter, a Proxy trap) propagates; nothing of a call outlives it.
const MAX_DEPTH = 32, MAX_ITEMS = 1000, MAX_VALUES = 10000;
const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, LONE_SURROGATE = 5, UNSUPPORTED = 6,
  ARRAY = 7, OBJECT = 8;
// Indexes into UNSUPPORTED_REASONS of src/tape.rs.
const FUNCTION = 0, SYMBOL = 1, BIGINT = 2, DATE = 3, MAP = 4, SET = 5, CYCLE = 6, DEEP = 7, PAST = 8;
const encoder = new TextEncoder();
/** @type {(s: string) => boolean} */
const wellFormed = typeof String.prototype.isWellFormed === "function"
  ? (s) => s.isWellFormed()
  : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
class Tape {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
    this.at = 0;
    this.left = MAX_VALUES;
    /** @type {object[]} */
    this.ancestors = [];
    // Whether Object.prototype has no enumerable property (see `value`), asked once a call.
    this.plain = true;
  }
  /** @param {number} n */
  room(n) {
    if (this.at + n <= this.bytes.length) return;
    const bytes = new Uint8Array(Math.max(2 * this.bytes.length, this.at + n));
    bytes.set(this.bytes.subarray(0, this.at));
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer);
  }
  /** @param {number} reason */
  unsupported(reason) {
    this.bytes[this.at++] = UNSUPPORTED;
    this.bytes[this.at++] = reason;
  }
  // STRING, the byte length, then UTF-8 (a UTF-16 unit takes at most 3 bytes); or, for a value
  // with a lone surrogate, LONE_SURROGATE alone. A key has no tag, and one with a lone surrogate
  // is written as encodeInto writes it, U+FFFD (the reader never takes it for a member's name).
  // Short ASCII strings, most keys and values, are copied here (and so known well-formed) rather
  // than handed to encodeInto. The tape makes room for one byte per UTF-16 unit and grows as
  // encodeInto fills it: a 10 MB string takes 10 MB, not the 30 its widest UTF-8 could.
  /** @param {string} s @param {boolean} key */
  text(s, key) {
    const n = s.length, tag = key ? this.at - 1 : this.at, start = tag + 5;
    this.room(5 + n);
    const bytes = this.bytes;
    if (!key) bytes[tag] = STRING;
    let i = 0;
    if (n <= 32) {
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 127) break;
        bytes[start + i] = c;
      }
    }
    if (i !== n && !key && !wellFormed(s)) {
      bytes[tag] = LONE_SURROGATE;
      this.at = tag + 1;
      return;
    }
    let length = i;
    while (i !== n) {
      const { read, written } = encoder.encodeInto(i ? s.slice(i) : s, this.bytes.subarray(start + length));
      i += read;
      length += written;
      // What is left takes at most 3 bytes a unit; the room keeps what is written.
      if (i !== n) {
        this.at = start + length;
        this.room(3 * (n - i));
      }
    }
    this.view.setUint32(tag + 1, length, true);
    this.at = start + length;
  }
  /** An object's entry, unless its value is `undefined`: 1 if written. @param {any} v @param {string} key @param {number} depth @returns {number} */
  entry(v, key, depth) {
    const item = this.left === 0 ? null : v[key];
    // `undefined` is no value, as for the AWS SDK and JSON.
    if (item === undefined) return 0;
    this.text(key, true);
    this.value(item, depth + 1);
    return 1;
  }
  /** @param {any} v any JS value @param {number} depth @returns {void} */
  value(v, depth) {
    // Room for any tag and its fixed payload (a number's 8 bytes); text makes its own.
    if (this.at + 16 > this.bytes.length) this.room(16);
    if (this.left === 0) return this.unsupported(PAST);
    this.left--;
    switch (typeof v) {
      case "string": return this.text(v, false);
      case "number":
        this.bytes[this.at] = NUMBER;
        this.view.setFloat64(this.at + 1, v, true);
        this.at += 9;
        return;
      case "undefined": this.bytes[this.at++] = NULL; return;
      case "boolean": this.bytes[this.at++] = v ? TRUE : FALSE; return;
      case "function": return this.unsupported(FUNCTION);
      case "symbol": return this.unsupported(SYMBOL);
      case "bigint": return this.unsupported(BIGINT);
    }
    if (v === null) { this.bytes[this.at++] = NULL; return; }
    if (depth >= MAX_DEPTH) return this.unsupported(DEEP);
    if (this.ancestors.includes(v)) return this.unsupported(CYCLE);
    const proto = Object.getPrototypeOf(v);
    // A plain object or a list is none of these: no need to ask.
    const plain = proto === Object.prototype || proto === null;
    if (!plain && proto !== Array.prototype) {
      if (v instanceof Date) return this.unsupported(DATE);
      if (v instanceof Map) return this.unsupported(MAP);
      if (v instanceof Set) return this.unsupported(SET);
    }
    this.ancestors.push(v);
    // The tag, then the count and the size, written when known.
    const header = this.at;
    this.at += 9;
    let count = 0;
    if (Array.isArray(v)) {
      // Never trusted for an allocation or a loop: `a.length = 2 ** 32 - 1`, or a Proxy's.
      const length = v.length;
      count = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), MAX_ITEMS + 1) : 0;
      this.bytes[header] = ARRAY;
      for (let i = 0; i < count; i++) {
        if (this.left === 0) {
          this.room(2);
          this.unsupported(PAST);
        } else this.value(v[i], depth + 1);
      }
    } else {
      this.bytes[header] = OBJECT;
      // for-in where it lists what Object.keys lists (the prototype is none, or an
      // Object.prototype no one has added an enumerable property to): V8 reads the values
      // through its enum cache, not by key. 10% of the walk of the benchmark's large input.
      if (this.plain && plain) {
        for (const key in v) count += this.entry(v, key, depth);
      } else {
        for (const key of Object.keys(v)) count += this.entry(v, key, depth);
      }
    }
    this.view.setUint32(header + 1, count, true);
    this.view.setUint32(header + 5, this.at - header - 9, true);
    this.ancestors.pop();
  }
}

/** Whether Object.prototype has no enumerable property, as it has unless someone added one. */
function plainObjectPrototype() {
  for (const _ in Object.prototype) return false;
  return true;
}

// One tape reused between calls (a call made from inside a getter gets its own).
/** @type {Tape | undefined} */
let spare = new Tape(new Uint8Array(4096));

/** @param {unknown} input @returns {Uint8Array} */
export function toTape(input) {
  const tape = spare ?? new Tape(new Uint8Array(4096));
  spare = undefined;
  tape.at = 0;
  tape.left = MAX_VALUES;
  if (tape.ancestors.length !== 0) tape.ancestors.length = 0; // a walk a throw cut short
  tape.plain = plainObjectPrototype();
  try {
    tape.value(input, 0);
    // The glue copies it into wasm memory before any other JavaScript runs.
    return tape.bytes.subarray(0, tape.at);
  } finally {
    spare = tape.bytes.length <= 1 << 20 ? tape : new Tape(new Uint8Array(4096));
  }
}
