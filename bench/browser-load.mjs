// The default browser entry (the .wasm inline as text, compiled synchronously) against
// `ec2-register-image/streaming` (the .wasm fetched and compiled while it downloads), in Chromium.
// Each page is bundled by esbuild and served gzip -9 from 127.0.0.1; for each, the median of 11
// cold loads (cache disabled) of the time from navigation start until buildRequest works, on
// loopback and throttled to 10 Mbit/s with 40 ms round trips. Then, inside a page, the inline
// entry's own steps: decode the text, new WebAssembly.Module, new WebAssembly.Instance.
// Run after `make pkg`: node bench/browser-load.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const dir = join(root, "target", "browser-load");
rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const pages = { inline: "browser.js", streaming: "streaming.js" };
for (const [name, entry] of Object.entries(pages)) {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, "main.js"),
    `import { buildRequest } from ${JSON.stringify(join(pkg, entry))};
     buildRequest({ Name: "bench", ImageLocation: "b/m.xml" });
     window.ready = performance.now();`,
  );
  buildSync({ entryPoints: [join(out, "main.js")], bundle: true, format: "esm", minify: true, outfile: join(out, "dist", "main.js"), logLevel: "warning" });
  if (name === "streaming") copyFileSync(join(pkg, "ec2_register_image_bg.wasm"), join(out, "dist", "ec2_register_image_bg.wasm"));
  writeFileSync(join(out, "dist", "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>`);
}
// The inline entry's steps, timed one by one.
const steps = join(dir, "steps");
mkdirSync(steps, { recursive: true });
writeFileSync(
  join(steps, "main.js"),
  `import { decode } from ${JSON.stringify(join(pkg, "wasm-text.js"))};
   import text from ${JSON.stringify(join(pkg, "wasm-inline.js"))};
   import * as glue from ${JSON.stringify(join(pkg, "glue.js"))};
   const t0 = performance.now();
   const bytes = decode(text);
   const t1 = performance.now();
   const module = new WebAssembly.Module(bytes);
   const t2 = performance.now();
   glue.initSync({ module });
   const t3 = performance.now();
   window.ready = { decode: t1 - t0, compile: t2 - t1, instantiate: t3 - t2 };`,
);
buildSync({ entryPoints: [join(steps, "main.js")], bundle: true, format: "esm", minify: true, outfile: join(steps, "dist", "main.js"), logLevel: "warning" });
writeFileSync(join(steps, "dist", "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>`);

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer((req, res) => {
  const path = join(dir, new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html"));
  try {
    const body = gzipSync(readFileSync(path), { level: 9 });
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream", "content-encoding": "gzip" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
try {
  console.log(`Chromium ${browser.version()}, median of 11 cold loads, ms from navigation start until buildRequest works:`);
  for (const [label, network] of [["loopback", null], ["10 Mbit/s, 40 ms RTT", { latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 }]]) {
    const row = [];
    for (const name of Object.keys(pages)) {
      const times = [];
      for (let i = 0; i < 11; i++) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
        await page.goto(`${origin}/${name}/dist/`);
        times.push(await page.waitForFunction(() => window.ready).then((h) => h.jsonValue()));
        await page.close();
      }
      row.push(`${name} ${median(times).toFixed(1)}`);
    }
    console.log(`  ${label.padEnd(22)} ${row.join("   ")}`);
  }
  const runs = [];
  for (let i = 0; i < 11; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/steps/dist/`);
    runs.push(await page.waitForFunction(() => window.ready).then((h) => h.jsonValue()));
    await page.close();
  }
  const step = (key) => median(runs.map((r) => r[key])).toFixed(2);
  console.log(`  inline entry's steps (median of 11): decode ${step("decode")} ms, new WebAssembly.Module ${step("compile")} ms, instantiate ${step("instantiate")} ms`);
} finally {
  await browser.close();
  server.close();
}
