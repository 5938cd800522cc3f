// buildRequest (validate + encode + endpoint, through the JS-wasm boundary) against the AWS SDK's
// own RegisterImage serializer alone (sdk.mjs), in ONE process, interleaved runs, median ns/op.
// The SDK validates nothing; ours does every documented check on top of encoding. As users call
// it: `buildRequest(input, { region })` on 64 distinct copies of the input, cycled (one reused
// object would let the engine keep its shapes warm), and the SDK serializes the same copies.
//
//   make bench            (builds pkg/ first)
//   node --expose-gc bench/bench.mjs
// Env: BENCH_RUNS (default 11), BENCH_MIN_MS (default 200).
import { buildRequest, validate } from "../pkg/node.mjs";
import { sdkBody, sdkBodyViaClient } from "./sdk.mjs";
import { small, large } from "./inputs.mjs";
import { measureInterleaved, formatStats, getSink } from "./timing.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 11);
const minMs = Number(process.env.BENCH_MIN_MS ?? 200);

console.log(`node ${process.version}; ${runs} interleaved runs of >= ${minMs} ms each; median ns/op`);
const COPIES = 64;
const REGION = { region: "us-east-1" };
for (const [name, input] of Object.entries({ small, large })) {
  const copies = Array.from({ length: COPIES }, () => structuredClone(input));
  let n = 0;
  const next = () => copies[n++ & (COPIES - 1)];
  const ours = buildRequest(input, REGION).body;
  if (ours !== sdkBody(input) || ours !== (await sdkBodyViaClient(input))) {
    throw new Error(`bench: our body for ${name} differs from the SDK's`);
  }
  if (validate(input).length !== 0) throw new Error(`bench: ${name} has issues`);
  const stats = measureInterleaved(
    {
      [`sdk serializer  ${name}`]: () => sdkBody(next()),
      [`buildRequest    ${name}`]: () => buildRequest(next(), REGION).body,
      [`validate        ${name}`]: () => validate(next()),
    },
    { runs, minMs },
  );
  const [sdk, build, check] = Object.values(stats);
  for (const s of [sdk, build, check]) console.log(formatStats(s));
  // Runs are interleaved, so run r of each function saw the same machine: the median of the
  // per-run ratios is steadier on a shared machine than the ratio of the medians.
  const paired = (a) => {
    const ratios = a.samplesNs.map((ns, r) => ns / sdk.samplesNs[r]).sort((x, y) => x - y);
    return ratios[ratios.length >> 1].toFixed(2);
  };
  console.log(
    `ratio ${name} (${ours.length} B body): buildRequest / sdk = ${(build.medianNs / sdk.medianNs).toFixed(2)}` +
      ` (paired ${paired(build)}), validate / sdk = ${(check.medianNs / sdk.medianNs).toFixed(2)} (paired ${paired(check)})`,
  );
}
if (getSink() === 0.5) console.log("(unreachable)");
