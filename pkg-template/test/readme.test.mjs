// The READMEs' JavaScript examples run as written: every ```js block of README.md and
// pkg-template/README.md (the npm README), against the packed package installed from its tarball.
//  - A Worker example (`export default { async fetch(request, env) ...`) is bundled by
//    `wrangler deploy --dry-run` and run in Miniflare; its outgoing requests to EC2 go to a local
//    moto server instead (Miniflare's outboundService), so the signed request really registers.
//  - A browser example (it uses `document`) is bundled by esbuild into the page the ```html block
//    before it describes, opened in Chromium, and typed into.
//  - Any other example runs in Node.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMoto } from "./moto-server.mjs";
import { launchChromium, serve } from "./pages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "target", "readme-test");
const bin = (name) => join(root, "node_modules", ".bin", name);

const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", WRANGLER_SEND_METRICS: "false" } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${e.status}):\n${e.stdout}\n${e.stderr}`);
  }
};

/** The fenced blocks of a Markdown file, in order: `{ lang, code, heading }`. */
function blocks(file) {
  const out = [];
  let heading = "";
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (/^#+ /.test(lines[i])) heading = lines[i].replace(/^#+ /, "");
    const open = lines[i].match(/^```(\w+)$/);
    if (!open) continue;
    const start = i + 1;
    while (lines[++i] !== "```") if (i >= lines.length) throw new Error(`${file}: unclosed block at line ${start}`);
    out.push({ lang: open[1], code: lines.slice(start, i).join("\n") + "\n", heading, line: start });
  }
  return out;
}

let moto;
before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: join(root, "pkg"), encoding: "utf8" }).trim();
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "readme", private: true, type: "module" }));
  run("npm", ["install", "--silent", "--no-audit", "--no-fund", join(work, tarball)], work);
  moto = await startMoto();
});
after(async () => {
  await moto?.stop();
});

const readmes = { "README.md": join(root, "README.md"), "npm README": join(root, "pkg-template", "README.md") };
let count = 0;
for (const [readme, file] of Object.entries(readmes)) {
  const all = blocks(file);
  for (const [n, block] of all.entries()) {
    if (block.lang !== "js") continue;
    count++;
    const name = `${readme} line ${block.line} (${block.heading})`;
    const dir = join(work, `${readme.replace(/\W+/g, "-")}-${block.line}`);
    if (/export default \{\s*async fetch\(request, env\)/.test(block.code)) {
      test(`${name}: a Worker, bundled by wrangler, run in Miniflare against moto`, () => worker(dir, block.code));
    } else if (/\bdocument\./.test(block.code)) {
      const html = all[n - 1]?.lang === "html" ? all[n - 1].code : assert.fail(`${name}: a browser example needs the html block before it`);
      test(`${name}: a browser page, bundled by esbuild, in Chromium`, () => page(dir, html, block.code));
    } else {
      test(`${name}: runs in Node`, () => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "example.mjs"), block.code);
        run("node", ["example.mjs"], dir);
      });
    }
  }
}
test("the READMEs have JavaScript examples to run", () => assert.ok(count >= 6, `${count} blocks`));

async function worker(dir, code) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "worker.js"), code);
  writeFileSync(join(dir, "wrangler.json"), JSON.stringify({ name: "readme", main: "worker.js", compatibility_date: "2026-04-01" }));
  run(bin("wrangler"), ["deploy", "--dry-run", "--outdir", "dist"], dir);
  const { Miniflare } = await import("miniflare");
  const sent = [];
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(dir, "dist", "worker.js"),
    modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate: "2026-04-01",
    cf: false,
    bindings: { AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", REGION: "us-east-1" },
    // The Worker's fetch to https://ec2.<region>.amazonaws.com/ goes to moto, headers and body as signed.
    outboundService: async (request) => {
      const url = new URL(request.url);
      sent.push(`${request.method} ${url.origin}${url.pathname} ${request.headers.get("authorization")?.split(" ")[0]}`);
      const headers = new Headers(request.headers);
      headers.delete("host");
      return fetch(moto.origin + url.pathname, { method: request.method, headers, body: await request.arrayBuffer() });
    },
  });
  const post = async (body) => {
    const res = await mf.dispatchFetch("http://worker/", { method: "POST", body });
    return { status: res.status, text: await res.text() };
  };
  try {
    if (code.includes("parseBody(")) {
      // The gateway: a body as the AWS CLI sends it, that meets the policy; one that does not.
      const good = await post(
        "Action=RegisterImage&Version=2016-11-15&Name=team-web-20261126&ImageLocation=b%2Fm.xml" +
          "&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.1.Key=owner&TagSpecification.1.Tag.1.Value=me" +
          "&TagSpecification.1.Tag.2.Key=cost-center&TagSpecification.1.Tag.2.Value=42",
      );
      assert.equal(good.status, 200, good.text);
      assert.match(good.text, /ami-[0-9a-f]{8,17}/);
      const policy = await post("Action=RegisterImage&Version=2016-11-15&Name=web&ImageLocation=b%2Fm.xml");
      assert.equal(policy.status, 403, policy.text);
      assert.match(policy.text, /team-web-20261126/);
      const other = await post("Action=DescribeImages&Version=2016-11-15");
      assert.equal(other.status, 400, other.text);
    } else {
      const good = await post(JSON.stringify({ Name: "readme example", ImageLocation: "my-bucket/image.manifest.xml" }));
      assert.equal(good.status, 200, good.text);
      assert.match(good.text, /ami-[0-9a-f]{8,17}/);
      const bad = await post(JSON.stringify({ Name: "ab" }));
      assert.equal(bad.status, 400, bad.text);
      assert.match(bad.text, /"code":"TooShort"/);
    }
    // Only the valid requests were sent, each to EC2's endpoint, signed.
    assert.deepEqual(sent, ["POST https://ec2.us-east-1.amazonaws.com/ AWS4-HMAC-SHA256"]);
  } finally {
    await mf.dispose();
  }
}

async function page(dir, html, code) {
  mkdirSync(join(dir, "dist"), { recursive: true });
  writeFileSync(join(dir, "main.js"), code);
  run(bin("esbuild"), ["main.js", "--bundle", "--format=esm", "--platform=browser", "--outfile=dist/main.js", "--log-level=warning"], dir);
  writeFileSync(join(dir, "dist", "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">\n${html}<script type="module" src="./main.js"></script>`);
  const server = await serve(join(dir, "dist"));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const problems = [];
    tab.on("pageerror", (e) => problems.push(String(e)));
    tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForLoadState("load");
    const name = tab.locator('[name="Name"]');
    await name.fill("ab");
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    assert.equal(await tab.locator('[name="Name"] + output').textContent(), "must be 3-128 characters; it has 2");
    await name.fill("web server (2026)");
    assert.equal(await name.getAttribute("aria-invalid"), "false");
    assert.equal(await tab.locator('[name="Name"] + output').textContent(), "");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
}
