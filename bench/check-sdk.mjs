// Checks the SDK reference encoder against the golden vectors:
//   1. sdkBody(input)            === vector.body   (fast, synchronous path)
//   2. sdkBodyViaClient(input)   === vector.body   (real EC2Client + command)
//   3. sdkBody(input with every object's keys shuffled) === vector.body
//      (member order comes from the schema, not from the input)
// and, on the same inputs, that the two paths agree with each other.
// Usage: node check-sdk.mjs [path/to/vectors.json]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sdkBody, sdkBodyViaClient } from "./sdk.mjs";

const file =
  process.argv[2] ?? fileURLToPath(new URL("../tests/data/vectors.json", import.meta.url));
const vectors = JSON.parse(readFileSync(file, "utf8"));
if (!Array.isArray(vectors) || vectors.length === 0) {
  throw new Error(`${file}: expected a non-empty array of {input, body}`);
}

// Deterministic deep key shuffle (arrays keep their order).
let seed = 0x9e3779b9;
const rand = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
};
const shuffleKeys = (v) => {
  if (Array.isArray(v)) return v.map(shuffleKeys);
  if (v === null || typeof v !== "object") return v;
  const keys = Object.keys(v);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  // Reverse as well, so even 2-key objects are guaranteed to change order.
  if (keys.length > 1 && keys.every((k, i) => k === Object.keys(v)[i])) keys.reverse();
  return Object.fromEntries(keys.map((k) => [k, shuffleKeys(v[k])]));
};

let passed = 0;
let failed = 0;
const firstDiff = (a, b) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at char ${i}:\n      got:      ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))}\n      expected: ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
};

for (const [idx, { input, body }] of vectors.entries()) {
  const problems = [];
  let fast;
  let slow;
  try {
    fast = sdkBody(input);
  } catch (e) {
    problems.push(`sdkBody threw: ${e.message}`);
  }
  try {
    slow = await sdkBodyViaClient(input);
  } catch (e) {
    problems.push(`sdkBodyViaClient threw: ${e.message}`);
  }
  try {
    const shuffled = sdkBody(shuffleKeys(input));
    if (shuffled !== body) problems.push(`sdkBody(key-shuffled input) != vector ${firstDiff(shuffled, body)}`);
  } catch (e) {
    problems.push(`sdkBody(key-shuffled input) threw: ${e.message}`);
  }
  if (fast !== undefined && fast !== body) problems.push(`sdkBody != vector ${firstDiff(fast, body)}`);
  if (slow !== undefined && slow !== body) problems.push(`sdkBodyViaClient != vector ${firstDiff(slow, body)}`);
  if (fast !== undefined && slow !== undefined && fast !== slow) {
    problems.push(`sdkBody != sdkBodyViaClient ${firstDiff(fast, slow)}`);
  }
  if (problems.length === 0) {
    passed++;
  } else {
    failed++;
    console.error(`vector #${idx} FAILED`);
    for (const p of problems) console.error(`  - ${p}`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
