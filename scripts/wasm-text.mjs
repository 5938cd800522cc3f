// The encoding side of pkg-template/wasm-text.js, for scripts/build-pkg.mjs and the tests: bytes
// to the text wasm-inline.js and wasm-parse-inline.js hold (the format is described there). The
// LZMA stream comes from python3's lzma module (liblzma, xz's): raw LZMA1 at the strongest preset,
// with each literal context (lc, lp) and position bits (pb) the decoder reads tried, the smallest
// kept. liblzma's output may change with its version; the build checks that it decodes.
import { execFileSync } from "node:child_process";

const PYTHON = `
import json, lzma, sys
data = sys.stdin.buffer.read()
def raw(lc, lp, pb):
    filters = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": lc, "lp": lp, "pb": pb, "dict_size": 1 << 20}]
    return bytes([(pb * 5 + lp) * 9 + lc]) + lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters)
only = json.loads(sys.argv[1])
tries = [only] if only else [(lc, lp, pb) for lc in range(5) for lp in range(5 - lc) for pb in range(5)]
sys.stdout.buffer.write(min((raw(*t) for t in tries), key=len))
`;

/**
 * `bytes` as wasm-text.js's text: the LZMA properties byte, the size, the stream, zeros to a
 * multiple of 3 bytes, in base64. `only`, [lc, lp, pb] with lc + lp <= 4, fixes the settings.
 * @param {Uint8Array} bytes
 * @param {[number, number, number]} [only]
 */
export function encode(bytes, only) {
  const compressed = execFileSync("python3", ["-c", PYTHON, JSON.stringify(only ?? null)], { input: bytes, maxBuffer: 1 << 28 });
  const size = Buffer.alloc(4);
  size.writeUInt32LE(bytes.length);
  const data = Buffer.concat([compressed.subarray(0, 1), size, compressed.subarray(1)]);
  return Buffer.concat([data, Buffer.alloc((3 - (data.length % 3)) % 3)]).toString("base64");
}
