// Real form libraries in a real browser: the README's "Forms" examples (the ```jsx blocks, as
// written) for react-hook-form with @hookform/resolvers' standardSchemaResolver and for TanStack
// Form, each with React 19, built by Vite 8 against the packed package and driven in Chromium. A
// bad value shows its message under its field (and only there), corrected it submits, and a
// warning shows in the field's `.warning` element, where the README says.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serve } from "./pages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "target", "forms-test");

/** The ```jsx blocks of the "Forms" section of `file`. */
function formExamples(file) {
  const text = readFileSync(file, "utf8");
  const section = text.slice(text.indexOf("### Forms ("), text.indexOf("\n## ", text.indexOf("### Forms (")));
  return [...section.matchAll(/^```jsx\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

const examples = formExamples(join(root, "pkg-template", "README.md"));

test("README.md and the npm README show the same form examples", () => {
  assert.equal(examples.length, 2);
  assert.deepEqual(formExamples(join(root, "README.md")), examples);
});

let browser;
before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: join(root, "pkg"), encoding: "utf8" }).trim();
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "forms", private: true }));
  execFileSync("npm", ["install", "--silent", "--no-audit", "--no-fund", join(work, tarball)], { cwd: work });
  browser = await launchChromium();
});
after(() => browser?.close());

/** Builds `code` (a main.jsx) with Vite's defaults and opens the page: `{ page, problems, close }`. */
async function open(name, code) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `form-${name}`, private: true, type: "module" }));
  writeFileSync(join(dir, "main.jsx"), code);
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>`,
  );
  const { build } = await import("vite");
  await build({ root: dir, configFile: false, logLevel: "error" });
  const server = await serve(join(dir, "dist"));
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("form");
  return {
    page,
    problems,
    close: async () => {
      await page.close();
      server.close();
    },
  };
}

/** The texts of the `.error` and `.warning` elements after the field named `name`. */
async function shown(page, name) {
  const p = page.locator("p", { has: page.locator(`input[name="${name}"]`) });
  return { error: (await p.locator(".error").textContent()).trim(), warning: (await p.locator(".warning").textContent()).trim() };
}

const BODY = "Action=RegisterImage&Version=2016-11-15&Name=web%20server&RootDeviceName=%2Fdev%2Fxvda&BlockDeviceMapping.1.Ebs.VolumeSize=8&BlockDeviceMapping.1.Ebs.VolumeType=gp3&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda&VirtualizationType=hvm";

for (const [label, n, volume] of [
  ["react-hook-form + standardSchemaResolver", 0, "BlockDeviceMappings.0.Ebs.VolumeSize"],
  ["TanStack Form", 1, "BlockDeviceMappings[0].Ebs.VolumeSize"],
]) {
  test(`${label}, React 19, Vite 8, Chromium: messages under their fields, one per mistake; corrected, it submits; a warning beside its field`, async () => {
    const { page, problems, close } = await open(label.replace(/\W+/g, "-"), examples[n]);
    const submit = () => page.click('button[type="submit"]');
    const output = () => page.locator("output").textContent();
    try {
      // Too short a Name; a fraction for VolumeSize: an error under each, and no second one on the
      // volume ("needs a SnapshotId or a VolumeSize"), which react-hook-form wrote over the
      // field's own and TanStack Form kept on a field with no input (issue 21).
      await page.fill('input[name="Name"]', "ab");
      await page.fill(`input[name="${volume}"]`, "8.5");
      await submit();
      await page.waitForFunction(() => document.querySelector(".error")?.textContent !== "").catch(async (e) => {
        throw new Error(`${e.message}; page problems: ${JSON.stringify(problems)}; page: ${await page.content()}`);
      });
      assert.deepEqual(await shown(page, "Name"), { error: "must be 3-128 characters; it has 2", warning: "" });
      assert.deepEqual(await shown(page, volume), { error: 'must be a whole number; got the string "8.5"', warning: "" });
      assert.equal(await output(), "");

      // Corrected: a number field's "8" is read as 8, and the form submits.
      await page.fill('input[name="Name"]', "web server");
      await page.fill(`input[name="${volume}"]`, "8");
      await submit();
      await page.waitForFunction(() => document.querySelector("output").textContent !== "");
      assert.equal(await output(), BODY);
      assert.deepEqual(await shown(page, volume), { error: "", warning: "" });

      // A service limit: a warning beside its field as it is typed; the form still submits.
      await page.fill(`input[name="${volume}"]`, "99999");
      await page.waitForFunction((name) => document.querySelector(`input[name="${name}"]`).closest("p").querySelector(".warning").textContent !== "", volume);
      const { error, warning } = await shown(page, volume);
      assert.equal(error, "");
      assert.match(warning, /^gp3 is 1-65536 GiB as documented on \d{4}-\d\d-\d\d; got 99999/);
      await submit();
      await page.waitForFunction(() => document.querySelector("output").textContent.includes("99999"));
      assert.equal(await output(), BODY.replace("VolumeSize=8", "VolumeSize=99999"));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}
