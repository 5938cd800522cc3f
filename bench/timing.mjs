// Small, dependency-free micro-benchmark helper, shared by every benchmark
// that must run in the same Node process (SDK reference vs. our wasm package).
//
//   const ns = measure("sdk small", () => sdkBody(small), { runs: 7, minMs: 200 });
//
// Method: warm up (JIT) for `warmupMs`, calibrate an iteration count so that
// one run takes at least `minMs`, then time `runs` runs of that many calls and
// report the median ns/op. `fn` must be synchronous. Its return value is folded
// into a sink so the call cannot be optimised away (strings are also read, so
// a lazily concatenated result is flattened inside the timed region).
// Run node with --expose-gc to collect garbage before every timed run.
//
// To compare implementations, prefer measureInterleaved(): on a noisy machine
// it keeps a burst of neighbour load from landing on one contender only.

let sink = 0;
/** Read this after benchmarking if you want to be certain results are used. */
export const getSink = () => sink;

function consume(v) {
  if (typeof v === "string") sink = (sink + v.length + v.charCodeAt(v.length >> 1)) | 0;
  else if (v != null && typeof v.length === "number") sink = (sink + v.length) | 0;
  else sink = (sink + (v ? 1 : 0)) | 0;
}

function runBatch(fn, iters) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iters; i++) consume(fn());
  return Number(process.hrtime.bigint() - t0);
}

const maybeGc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

function checkArgs(runs, minMs, warmupMs) {
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError("timing: runs must be an integer >= 1");
  if (!(minMs > 0)) throw new RangeError("timing: minMs must be > 0");
  if (!(warmupMs >= 0)) throw new RangeError("timing: warmupMs must be >= 0");
}

function warmUpAndCalibrate(fn, minMs, warmupMs) {
  // Warm-up: keep calling until warmupMs has elapsed (at least one call).
  const warmupNs = warmupMs * 1e6;
  let spent = 0;
  let batch = 1;
  do {
    spent += runBatch(fn, batch);
    if (batch < 1 << 20) batch *= 2;
  } while (spent < warmupNs);

  // Calibrate: grow iters until one batch takes >= minMs.
  const targetNs = minMs * 1e6;
  let iters = 1;
  for (;;) {
    const t = runBatch(fn, iters);
    if (t >= targetNs) return iters;
    // Aim a bit past the target, growing at most 10x per step.
    const grow = t > 0 ? Math.min(10, Math.max(1.5, (targetNs * 1.1) / t)) : 10;
    iters = Math.ceil(iters * grow);
  }
}

function summarize(name, samplesNs, iters) {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  return {
    name,
    medianNs: median(sorted),
    minNs: sorted[0],
    maxNs: sorted[sorted.length - 1],
    iters,
    runs: samplesNs.length,
    samplesNs,
  };
}

/**
 * Full statistics for one function.
 * @returns {{name:string, medianNs:number, minNs:number, maxNs:number,
 *            iters:number, runs:number, samplesNs:number[]}}
 */
export function measureStats(name, fn, { runs = 7, minMs = 200, warmupMs = 200 } = {}) {
  if (typeof fn !== "function") throw new TypeError("measure: fn must be a function");
  checkArgs(runs, minMs, warmupMs);
  const iters = warmUpAndCalibrate(fn, minMs, warmupMs);
  const samplesNs = [];
  for (let r = 0; r < runs; r++) {
    maybeGc();
    samplesNs.push(runBatch(fn, iters) / iters);
  }
  return summarize(name, samplesNs, iters);
}

/** Median ns/op of `fn`. Options: {runs = 7, minMs = 200, warmupMs = 200}. */
export function measure(name, fn, opts) {
  return measureStats(name, fn, opts).medianNs;
}

/**
 * measureStats for several functions whose timed runs are interleaved
 * round-robin (A1 B1 C1, B2 C2 A2, ...), so drift and noisy neighbours hit
 * every contender alike. Each function is warmed up and calibrated first.
 * @param {Record<string, () => unknown>} fns  name -> function
 * @returns {Record<string, ReturnType<typeof measureStats>>}
 */
export function measureInterleaved(fns, { runs = 7, minMs = 200, warmupMs = 200 } = {}) {
  const names = Object.keys(fns);
  if (names.length === 0) throw new TypeError("measureInterleaved: no functions");
  checkArgs(runs, minMs, warmupMs);
  const iters = {};
  const samples = {};
  for (const n of names) {
    if (typeof fns[n] !== "function") throw new TypeError(`measureInterleaved: ${n} is not a function`);
    iters[n] = warmUpAndCalibrate(fns[n], minMs, warmupMs);
    samples[n] = [];
  }
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length];
      maybeGc();
      samples[n].push(runBatch(fns[n], iters[n]) / iters[n]);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(n, samples[n], iters[n])]));
}

/** One aligned result line, e.g. for console.log. */
export function formatStats(s) {
  const spread = s.medianNs > 0 ? ((s.maxNs - s.minNs) / s.medianNs) * 100 : 0;
  return (
    `${s.name.padEnd(24)} ${s.medianNs.toFixed(1).padStart(12)} ns/op` +
    `  (min ${s.minNs.toFixed(1)}, max ${s.maxNs.toFixed(1)}, spread ${spread.toFixed(1)}%,` +
    ` ${s.runs} runs x ${s.iters} iters)`
  );
}
