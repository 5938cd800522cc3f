// The .wasm as text (wasm-text.js, its decoder unlzma.wat, scripts/wasm-text.mjs): the texts the
// package ships decode to its .wasm files, and the decoder reads whatever liblzma writes, not
// only today's two halves: every literal and position setting it accepts, literals alone, long
// matches, far distances (the slots with direct bits), texts larger than its first memory page.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { encode } from "../../scripts/wasm-text.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = join(root, "pkg");
const { decode } = await import(pathToFileURL(join(pkg, "wasm-text.js")).href);

/** Deterministic bytes (xorshift32), so that a failure repeats. */
function noise(length, seed = 1) {
  const bytes = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x;
  }
  return bytes;
}

/** A 40 KB block of noise, then copies of it with a byte changed now and then: matches 40 KB and more back. */
function farRepeats() {
  const block = noise(40_000, 7);
  const bytes = repeated(block, 6);
  for (let i = block.length; i < bytes.length; i += 997) bytes[i] ^= 0x5a;
  return bytes;
}

/** `bytes` `times` times over. */
function repeated(bytes, times) {
  const out = new Uint8Array(bytes.length * times);
  for (let k = 0; k < times; k++) out.set(bytes, k * bytes.length);
  return out;
}

/** Words from a small vocabulary: literals in context, short matches, the rep distances. */
function prose(length) {
  const words = ["Ebs", "Iops", "SnapshotId", "DeviceName", "/dev/sda1", "gp3", "x86_64", "arm64", "true", "&", "=", "."];
  const r = noise(length, 3);
  let text = "";
  for (let i = 0; text.length < length; i++) text += words[r[i] % words.length] + (r[i] & 1 ? " " : "");
  return new TextEncoder().encode(text.slice(0, length));
}

test("the texts the package ships decode to its .wasm files", async () => {
  for (const [inline, wasm] of [
    ["wasm-inline.js", "ec2_register_image_bg.wasm"],
    ["wasm-parse-inline.js", "ec2_register_image_parse_bg.wasm"],
  ]) {
    const { default: text } = await import(pathToFileURL(join(pkg, inline)).href);
    assert.match(text, /^[A-Za-z0-9+/]+$/, `${inline}: base64 without padding`);
    assert.ok(Buffer.from(decode(text)).equals(readFileSync(join(pkg, wasm))), `${inline} decodes to ${wasm}`);
  }
});

test("decode gives a copy of its own, not a view of the decoder's memory", () => {
  const bytes = prose(5_000);
  const decoded = decode(encode(bytes));
  assert.deepEqual([decoded.byteOffset, decoded.buffer.byteLength], [0, bytes.length]);
});

test("decodes what liblzma writes: each kind of input, each setting", () => {
  const inputs = {
    "one byte": new Uint8Array([42]),
    "noise (literals)": noise(100_000),
    zeros: new Uint8Array(300_000),
    prose: prose(200_000),
    "far repeats": farRepeats(),
    "more than a megabyte": repeated(farRepeats().subarray(0, 100_000), 12),
  };
  for (const [name, bytes] of Object.entries(inputs)) {
    assert.ok(Buffer.from(decode(encode(bytes, [3, 0, 2]))).equals(bytes), name);
  }
  // lc 0-4, lp 0-4, pb 0-4 with lc + lp <= 4: the corners and a few between.
  const mixed = new Uint8Array([...prose(30_000), ...noise(10_000, 5), ...farRepeats().subarray(0, 90_000)]);
  for (const settings of [
    [0, 0, 0],
    [4, 0, 0],
    [0, 4, 0],
    [0, 0, 4],
    [4, 0, 4],
    [0, 4, 4],
    [2, 2, 2],
    [1, 3, 1],
    [3, 1, 3],
  ]) {
    assert.ok(Buffer.from(decode(encode(mixed, settings))).equals(mixed), `lc, lp, pb = ${settings}`);
  }
});
