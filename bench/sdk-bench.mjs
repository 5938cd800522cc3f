// Times the SDK reference encoder (sdkBody, synchronous) on the small and
// large inputs, in one process. Run with `node --expose-gc sdk-bench.mjs` to
// collect garbage between runs (optional).
// Env: BENCH_RUNS (default 7), BENCH_MIN_MS (default 200).
import { sdkBody, sdkBodyViaClient } from "./sdk.mjs";
import { small, large } from "./inputs.mjs";
import { measureStats, formatStats, getSink } from "./timing.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const minMs = Number(process.env.BENCH_MIN_MS ?? 200);
const inputs = { small, large };

// Sanity: the fast path must equal what a real client sends for these inputs.
for (const [name, input] of Object.entries(inputs)) {
  const fast = sdkBody(input);
  const slow = await sdkBodyViaClient(input);
  if (fast !== slow) throw new Error(`sdkBody(${name}) differs from sdkBodyViaClient(${name})`);
}

console.log(
  `node ${process.version}, @aws-sdk/client-ec2 sdkBody, ${runs} runs x >=${minMs} ms, median` +
    (typeof globalThis.gc === "function" ? ", gc between runs" : ""),
);
for (const [name, input] of Object.entries(inputs)) {
  const bytes = sdkBody(input).length;
  const s = measureStats(`sdk ${name} (${bytes} B)`, () => sdkBody(input), { runs, minMs });
  console.log(formatStats(s));
}
if (getSink() === 0.5) console.log("(unreachable)");
