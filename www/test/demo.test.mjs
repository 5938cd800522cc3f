// End-to-end test of the demo page (www/) in Debian's Chromium, driven by playwright-core.
//
//   node scripts/build-pkg.mjs && node --test www/test/
//
// Copies pkg/ to www/pkg/ (as `make demo` does), serves www/ on a free port of 127.0.0.1, and
// writes screenshots to target/demo-artifacts/. Every page must log no console error or warning
// and request nothing outside that server.

import { normalized } from "../../pkg-template/test/normalized.mjs";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, serve } from "../../pkg-template/test/pages.mjs";

const www = fileURLToPath(new URL("..", import.meta.url));
const root = resolve(www, "..");
const artifacts = join(root, "target", "demo-artifacts");
const vectors = JSON.parse(readFileSync(join(root, "tests", "data", "vectors.json"), "utf8"));

/** `aws ec2 register-image --generate-cli-skeleton` (AWS CLI 2): placeholders, all members. */
const SKELETON = {
  ImageLocation: "",
  BillingProducts: [""],
  BootMode: "legacy-bios",
  TpmSupport: "v2.0",
  UefiData: "",
  ImdsSupport: "v2.0",
  TagSpecifications: [{ ResourceType: "capacity-reservation", Tags: [{ Key: "", Value: "" }] }],
  DryRun: true,
  Name: "",
  Description: "",
  Architecture: "i386",
  KernelId: "",
  RamdiskId: "",
  RootDeviceName: "",
  BlockDeviceMappings: [
    {
      Ebs: {
        DeleteOnTermination: true, Iops: 0, SnapshotId: "", VolumeSize: 0, VolumeType: "standard", KmsKeyId: "",
        Throughput: 0, OutpostArn: "", Encrypted: true, AvailabilityZone: "", VolumeInitializationRate: 0,
        AvailabilityZoneId: "", EbsCardIndex: 0,
      },
      NoDevice: "",
      DeviceName: "",
      VirtualName: "",
    },
  ],
  VirtualizationType: "",
  SriovNetSupport: "",
  EnaSupport: true,
};

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 375, height: 812 };

let server;
let origin;
let browser;

before(async () => {
  const pkg = join(root, "pkg");
  if (!existsSync(join(pkg, "browser.js"))) throw new Error(`${pkg} is missing or incomplete: run make pkg (or node scripts/build-pkg.mjs) first`);
  rmSync(join(www, "pkg"), { recursive: true, force: true });
  cpSync(pkg, join(www, "pkg"), { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  server = await serve(www);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// ---- Tests -----------------------------------------------------------------------------------

test("the example loads clean: body one parameter per line, raw body, JSON and snippets", async () => {
  await withPage(async (page) => {
    assert.match(await text(page, "#status"), /^No issues/);
    const body = await page.inputValue("#body-raw");
    assert.match(body, /^Action=RegisterImage&Version=2016-11-15&Name=web-server%20%282026-11-26%29&/);
    const lines = await page.locator("#body .line").allInnerTexts();
    assert.equal(lines.length, body.split("&").length);
    assert.ok(lines.includes("Name = web-server (2026-11-26)"), lines.join("\n"));
    assert.ok(lines.includes("TagSpecification.1.Tag.2.Value = (empty)"), lines.join("\n"));
    assert.match(await text(page, "#endpoint"), /POST https:\/\/ec2\.us-east-1\.amazonaws\.com\/ · content-type: application\/x-www-form-urlencoded/);

    const input = await jsonView(page);
    assert.equal(input.Name, "web-server (2026-11-26)");
    const worker = await text(page, "#worker");
    assert.match(worker, /import \{ AwsClient \} from "aws4fetch";/);
    assert.match(worker, /buildRequest\(input, \{ region: "us-east-1" \}\)/);
    assert.deepEqual(evalObjectLiteral(worker), input);
    const cli = await text(page, "#cli");
    assert.deepEqual(parseCli(cli), { region: "us-east-1", input });

    // The region changes the endpoint and both snippets.
    await page.selectOption("#region", "cn-north-1");
    assert.match(await text(page, "#endpoint"), /https:\/\/ec2\.cn-north-1\.amazonaws\.com\.cn\//);
    assert.match(await text(page, "#worker"), /region: "cn-north-1"/);
    assert.equal(parseCli(await text(page, "#cli")).region, "cn-north-1");
    await page.selectOption("#region", "us-east-1");

    // Copy buttons put the exact text on the clipboard.
    await page.click("text=Copy the body");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), body);
    assert.equal(await text(page, "button[data-copy=body-raw]"), "Copied ✓");
    await page.click("text=Copy the command");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cli);

    await page.screenshot({ path: join(artifacts, "desktop.png") });
    await fullScreenshot(page, "desktop-full.png");
  }, { permissions: ["clipboard-read", "clipboard-write"] });
});

test("every public vector, imported as JSON, gives the AWS SDK's body and reads back unchanged", async () => {
  await withPage(async (page) => {
    for (const [i, vector] of vectors.entries()) {
      await importJson(page, vector.input);
      assert.equal(await page.inputValue("#body-raw"), vector.body, `vector ${i}`);
      assert.deepEqual(await jsonView(page), vector.input, `vector ${i}: the form reads back the input`);
      assert.equal(await page.locator("#kept").isHidden(), true, `vector ${i}: nothing without a field`);
      assert.equal(await page.locator("#import-status").textContent(), "Filled the form.");
    }
  });
});

test("a captured request body, pasted into the import box, fills the form (parseBody)", async () => {
  await withPage(async (page) => {
    for (const [i, vector] of vectors.entries()) {
      // botocore's spelling of a space, in any parameter order: still the same input.
      const captured = i % 2 ? vector.body : vector.body.split("&").reverse().join("&").replaceAll("%20", "+");
      await importJson(page, captured);
      assert.equal(await page.locator("#import-status").textContent(), "Filled the form.", `vector ${i}`);
      assert.equal(await page.inputValue("#body-raw"), vector.body, `vector ${i}`);
      assert.deepEqual(await jsonView(page), normalized(vector.input), `vector ${i}`);
    }
    const before = await jsonView(page);
    await importJson(page, "Action=RegisterImage&Version=2016-11-15&Name=web&BlockDeviceMapping.0.DeviceName=%2Fdev%2Fxvda");
    assert.equal(
      await text(page, "#import-status"),
      "Not a RegisterImage request body: BlockDeviceMapping.0: list indexes start at 1; got 0.",
    );
    assert.equal(await page.getAttribute("#import-json", "aria-invalid"), "");
    assert.deepEqual(await jsonView(page), before, "a refused body leaves the form alone");
  });
});

test("typing a small vector by hand gives the AWS SDK's body", async () => {
  const vector = vectors[2]; // two mappings: an EBS volume from a snapshot and an instance store
  assert.deepEqual(Object.keys(vector.input).sort(), ["Architecture", "BlockDeviceMappings", "Description", "Name", "RootDeviceName", "VirtualizationType"]);
  await withPage(async (page) => {
    await page.click("#clear");
    assert.deepEqual(await jsonView(page), {});
    const { input } = vector;
    await page.locator('[name="Name"]').pressSequentially(input.Name);
    await page.locator('[name="Description"]').pressSequentially(input.Description);
    await page.fill('[name="Architecture"]', input.Architecture);
    await page.fill('[name="VirtualizationType"]', input.VirtualizationType);
    await page.fill('[name="RootDeviceName"]', input.RootDeviceName);

    const [ebs, store] = input.BlockDeviceMappings;
    await page.click("text=+ Add a mapping");
    assert.equal(await page.evaluate(() => document.activeElement.name), "BlockDeviceMappings[0].DeviceName", "focus goes to the new row");
    await page.keyboard.type(ebs.DeviceName);
    await page.fill('[name="BlockDeviceMappings[0].Ebs.SnapshotId"]', ebs.Ebs.SnapshotId);
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', String(ebs.Ebs.VolumeSize));

    await page.click("text=+ Add a mapping");
    await page.fill('[name="BlockDeviceMappings[1].DeviceName"]', store.DeviceName);
    await page.check('[name="BlockDeviceMappings[1]"][value="instance"]');
    await page.selectOption('[name="BlockDeviceMappings[1].VirtualName"]', store.VirtualName);

    assert.equal(await page.inputValue("#body-raw"), vector.body);
    assert.deepEqual(await jsonView(page), input);
  });
});

test("bad values get aria-invalid and a message beside them, and clear when fixed", async () => {
  await withPage(async (page) => {
    await page.click("#clear");
    const name = page.locator('[name="Name"]');
    await name.pressSequentially("ab");
    await expectIssue(page, "Name", "error", "must be 3-128 characters; it has 2");
    assert.equal(await page.inputValue("#body-raw"), "", "no body while there are errors");
    assert.equal(await text(page, "#body"), "(no body)");
    assert.equal(await page.locator('#issues li[data-path="Name"]').count(), 1, "in the summary too");
    await name.press("c");
    await expectNoIssue(page, "Name");

    // A number field sends what does not parse as it is, so the library names it.
    await page.click("text=+ Add a mapping");
    await page.fill('[name="BlockDeviceMappings[0].DeviceName"]', "/dev/xvda");
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', "8x");
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.VolumeSize", "error", 'must be a whole number; got the string "8x"');
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', "8.5");
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.VolumeSize", "error", "must be a whole number; got the number 8.5");
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', "8");
    await expectNoIssue(page, "BlockDeviceMappings[0].Ebs.VolumeSize");
    assert.equal((await jsonView(page)).BlockDeviceMappings[0].Ebs.VolumeSize, 8);

    // An issue of a whole group: beside the group, and in the summary as having no field.
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', "");
    const ebsIssue = page.locator('#issues li[data-path="BlockDeviceMappings[0].Ebs"]');
    assert.equal(await ebsIssue.getAttribute("data-field"), "no");
    assert.match(await ebsIssue.textContent(), /no field of its own.*needs a SnapshotId or a VolumeSize/);
    assert.match(await text(page, "fieldset.row .panel > .messages"), /needs a SnapshotId or a VolumeSize/);
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]', "8");
    assert.equal(await ebsIssue.count(), 0);

    // A warning looks different and is not aria-invalid (the value keeps to the contract).
    await page.fill('[name="BlockDeviceMappings[0].Ebs.VolumeType"]', "standard");
    await page.fill('[name="BlockDeviceMappings[0].Ebs.Iops"]', "100");
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.Iops", "warning", "Iops applies to io1, io2, gp3");
    assert.notEqual(await page.inputValue("#body-raw"), "", "warnings do not block the body");
    await page.fill('[name="BlockDeviceMappings[0].Ebs.Iops"]', "");
    await expectNoIssue(page, "BlockDeviceMappings[0].Ebs.Iops");

    // A list's own issue (no mapping for the root device) is in the summary only.
    await page.fill('[name="RootDeviceName"]', "/dev/sda1");
    const listIssue = page.locator('#issues li[data-path="BlockDeviceMappings"]');
    assert.equal(await listIssue.getAttribute("data-field"), "no");
    assert.match(await listIssue.textContent(), /no block device mapping for the RootDeviceName "\/dev\/sda1"/);
    await page.fill('[name="RootDeviceName"]', "/dev/xvda");
    assert.equal(await listIssue.count(), 0);

    // Three-state booleans: unset is absent, not false.
    const ena = '[name="EnaSupport"]';
    assert.equal((await jsonView(page)).EnaSupport, undefined);
    await page.selectOption(ena, "false");
    assert.equal((await jsonView(page)).EnaSupport, false);
    await page.selectOption(ena, "true");
    assert.equal((await jsonView(page)).EnaSupport, true);
    await page.selectOption(ena, "");
    assert.equal("EnaSupport" in (await jsonView(page)), false);

    // The summary's link takes focus to the field.
    await page.fill('[name="BlockDeviceMappings[0].Ebs.SnapshotId"]', "snap-1");
    await page.click('#issues li[data-path="BlockDeviceMappings[0].Ebs.SnapshotId"] button');
    assert.equal(await page.evaluate(() => document.activeElement.name), "BlockDeviceMappings[0].Ebs.SnapshotId");
    await fullScreenshot(page, "issues-desktop.png");
  });
});

test("adding and removing mappings and tags renumbers every path", async () => {
  await withPage(async (page) => {
    await page.click("#clear");
    await page.fill('[name="Name"]', "renumbered");
    for (const device of ["/dev/sda", "/dev/sdb", "/dev/sdc"]) {
      await page.click("text=+ Add a mapping");
      await page.keyboard.type(device);
    }
    await page.fill('[name="BlockDeviceMappings[2].Ebs.VolumeSize"]', "30");
    await page.click('button[aria-label="Remove BlockDeviceMappings[1]"]');

    assert.equal(await page.inputValue('[name="BlockDeviceMappings[1].DeviceName"]'), "/dev/sdc");
    assert.equal(await page.inputValue('[name="BlockDeviceMappings[1].Ebs.VolumeSize"]'), "30");
    assert.equal(await page.locator('[name^="BlockDeviceMappings[2]"]').count(), 0);
    assert.deepEqual(await page.locator("#form fieldset.row > legend").allTextContents(), ["BlockDeviceMappings[0]", "BlockDeviceMappings[1]"]);
    assert.equal(await page.evaluate(() => document.activeElement.name), "BlockDeviceMappings[1].DeviceName", "focus moves to the row that moved up");
    assert.deepEqual((await jsonView(page)).BlockDeviceMappings.map((m) => m.DeviceName), ["/dev/sda", "/dev/sdc"]);

    // Issues follow the new paths: a duplicate is reported at the later mapping.
    await page.fill('[name="BlockDeviceMappings[1].DeviceName"]', "/dev/sda");
    await expectIssue(page, "BlockDeviceMappings[1].DeviceName", "error", '"/dev/sda" is already mapped by BlockDeviceMappings[0]');
    await page.click('button[aria-label="Remove BlockDeviceMappings[0]"]');
    await expectNoIssue(page, "BlockDeviceMappings[0].DeviceName");
    await page.click('button[aria-label="Remove BlockDeviceMappings[0]"]');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "+ Add a mapping", "the last removal leaves focus on Add");
    assert.equal("BlockDeviceMappings" in (await jsonView(page)), false);

    // Tags: a new specification tags the image, with a tag to fill in.
    await page.click("text=+ Add a tag specification");
    await page.fill('[name="TagSpecifications[0].Tags[0].Key"]', "first");
    await page.click("text=+ Add a tag");
    await page.keyboard.type("second");
    await page.fill('[name="TagSpecifications[0].Tags[1].Value"]', "2");
    await page.click('button[aria-label="Remove TagSpecifications[0].Tags[0]"]');
    assert.equal(await page.inputValue('[name="TagSpecifications[0].Tags[0].Key"]'), "second");
    assert.deepEqual((await jsonView(page)).TagSpecifications, [{ ResourceType: "image", Tags: [{ Key: "second", Value: "2" }] }]);
    // "No Value" leaves the member out; an empty Value is the empty string.
    await page.fill('[name="TagSpecifications[0].Tags[0].Value"]', "");
    assert.deepEqual((await jsonView(page)).TagSpecifications[0].Tags, [{ Key: "second", Value: "" }]);
    await page.getByLabel("No Value").check();
    assert.deepEqual((await jsonView(page)).TagSpecifications[0].Tags, [{ Key: "second" }]);

    // Billing products.
    await page.click("text=+ Add a billing product");
    await page.keyboard.type("bp-1");
    await page.click("text=+ Add a billing product");
    await page.keyboard.type("bp-2");
    await page.click('button[aria-label="Remove BillingProducts[0]"]');
    assert.equal(await page.inputValue('[name="BillingProducts[0]"]'), "bp-2");
    assert.deepEqual((await jsonView(page)).BillingProducts, ["bp-2"]);
  });
});

test("importing the CLI skeleton fills the form, keeps what has no field, and shows what to fix", async () => {
  await withPage(async (page) => {
    await importJson(page, SKELETON);
    assert.deepEqual(await jsonView(page), SKELETON, "the library judges exactly what was imported");
    assert.match(await text(page, "#import-status"), /2 members with no field of their own/);

    // Placeholders show as such and get the library's messages.
    assert.equal(await page.getAttribute('[name="Name"]', "placeholder"), '""');
    await expectIssue(page, "Name", "error", "must be 3-128 characters; it has 0");
    await expectIssue(page, "KernelId", "error", 'must be aki- followed by 8 or 17 lower-case hexadecimal digits');
    await expectIssue(page, "TagSpecifications[0].ResourceType", "error", 'must be "image"');
    assert.equal(await page.inputValue('[name="TagSpecifications[0].ResourceType"]'), "capacity-reservation");
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.VolumeSize", "error", "must be at least 1; got 0");
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.KmsKeyId", "warning", "KmsKeyId is documented as supported only");
    assert.equal(await page.inputValue('[name="DryRun"]'), "true");
    assert.equal(await page.inputValue('[name="BlockDeviceMappings[0].Ebs.VolumeType"]'), "standard");

    // An Ebs mapping cannot also show NoDevice and VirtualName: they are kept, and listed.
    assert.deepEqual(await page.locator("#kept-list li").evaluateAll((lis) => lis.map((li) => li.dataset.path)), ["BlockDeviceMappings[0].NoDevice", "BlockDeviceMappings[0].VirtualName"]);
    const virtualNameIssue = page.locator('#issues li[data-path="BlockDeviceMappings[0].VirtualName"]').first();
    assert.equal(await virtualNameIssue.getAttribute("data-field"), "no");
    await fullScreenshot(page, "skeleton-desktop.png");

    await page.click('button[aria-label="Remove BlockDeviceMappings[0].VirtualName"]');
    assert.equal("VirtualName" in (await jsonView(page)).BlockDeviceMappings[0], false);
    assert.equal(await page.locator('#issues li[data-path="BlockDeviceMappings[0].VirtualName"]').count(), 0);

    // A kept "" goes with "Clear", with Backspace, or by typing.
    await page.click('.field:has([name="Name"]) .kept button');
    assert.equal("Name" in (await jsonView(page)), false);
    await expectIssue(page, "Name", "error", "is required");
    await page.focus('[name="KernelId"]');
    await page.keyboard.press("Backspace");
    assert.equal("KernelId" in (await jsonView(page)), false);
    await page.locator('[name="Description"]').pressSequentially("typed");
    assert.equal((await jsonView(page)).Description, "typed");
  });
});

test("unknown members and wrong types are kept and reported; bad JSON is refused", async () => {
  await withPage(async (page) => {
    const input = {
      Name: "abc",
      name: "lower-case",
      DryRun: "yes",
      BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: "8", Size: 1 } }],
      TagSpecifications: "image",
    };
    await importJson(page, input);
    assert.deepEqual(await jsonView(page), input);
    await expectIssue(page, "DryRun", "error", 'must be a boolean (true or false); got the string "yes"');
    assert.equal(await page.locator('[name="DryRun"] option:checked').textContent(), '"yes" (imported)');
    await expectIssue(page, "BlockDeviceMappings[0].Ebs.VolumeSize", "error", 'got the string "8"');
    assert.equal(await page.inputValue('[name="BlockDeviceMappings[0].Ebs.VolumeSize"]'), '"8"');
    for (const path of ["name", "BlockDeviceMappings[0].Ebs.Size", "TagSpecifications"]) {
      assert.equal(await page.locator(`#kept-list li[data-path="${path}"]`).count(), 1, path);
      assert.equal(await page.locator(`#issues li[data-path="${path}"]`).getAttribute("data-field"), "no", path);
    }
    assert.match(await text(page, '#issues li[data-path="name"]'), /unknown member "name"; did you mean "Name"\?/);

    await importJson(page, "{ not json");
    assert.match(await text(page, "#import-status"), /^Not JSON/);
    assert.equal(await page.getAttribute("#import-json", "aria-invalid"), "");
    await importJson(page, [1, 2]);
    assert.match(await text(page, "#import-status"), /Expected a JSON object.*an array/);
    assert.deepEqual(await jsonView(page), input, "a refused import leaves the form alone");
  });
});

test("Fix beside a fixable issue and Fix all: keyboard, announced, form, body and link follow; every issue links its AWS docs", async () => {
  const input = {
    Name: "web-2026",
    Architecture: "X86_64",
    BootMode: "UEFI",
    DryRun: "false",
    RootDeviceName: "/dev/xvda",
    BlockDeviceMapping: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: "snap-0123456789abcdef0", VolumeSize: "8", VolumeType: "GP3" } }],
    VirtualizationType: "hvm",
  };
  const fixed = {
    Name: "web-2026",
    BootMode: "uefi",
    DryRun: false,
    Architecture: "x86_64",
    RootDeviceName: "/dev/xvda",
    BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: "snap-0123456789abcdef0", VolumeSize: 8, VolumeType: "gp3" } }],
    VirtualizationType: "hvm",
  };
  await withPage(async (page) => {
    await importJson(page, input);
    // Every issue, in the summary and beside its field, links its AWS docs in a new tab.
    const links = await page.locator("#summary a.docs, #form a.docs").evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel, a.textContent]));
    assert.ok(links.length >= 5, JSON.stringify(links));
    for (const [href, target, rel, label] of links) {
      assert.match(href, /^https:\/\/docs\.aws\.amazon\.com\/\S+$/);
      assert.deepEqual([target, rel, label], ["_blank", "noopener", "AWS docs"]);
    }
    const items = await page.locator("#issues li").count();
    assert.equal(await page.locator("#issues li a.docs").count(), items, "one docs link per issue in the summary");
    // A Fix button for each fixable issue: Architecture, BootMode, DryRun, BlockDeviceMapping.
    const fixes = await page.locator("#issues li button.fix").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
    assert.deepEqual(fixes.sort(), [
      'Fix Architecture: use "x86_64"',
      "Fix BlockDeviceMapping: rename it to BlockDeviceMappings",
      'Fix BootMode: use "uefi"',
      "Fix DryRun: use false",
    ]);
    assert.equal(await text(page, "#fix-all"), "Fix all (4)");
    assert.equal(await page.locator('#form [name="Architecture"]').evaluate((el) => el.closest(".field").querySelector("button.fix").textContent), "Fix");
    await page.screenshot({ path: join(artifacts, "fix-before.png") });
    await page.locator('#form fieldset:has([name="Architecture"])').screenshot({ path: join(artifacts, "fix-field.png") });

    // One fix, from the keyboard, beside the field: announced, focus on the fixed field.
    const archFix = page.locator('#form .field:has([name="Architecture"]) button.fix');
    await archFix.focus();
    await page.keyboard.press("Enter");
    assert.equal(await text(page, "#fix-status"), 'Fixed Architecture: use "x86_64".');
    assert.equal(await page.getAttribute("#fix-status", "role"), "status");
    assert.equal(await page.evaluate(() => document.activeElement.name), "Architecture");
    assert.equal(await page.inputValue('[name="Architecture"]'), "x86_64");
    await expectNoIssue(page, "Architecture");
    assert.equal(await text(page, "#fix-all"), "Fix all (3)");

    // Fix all: the rest, and the renamed list's own fixes after it (VolumeSize "8", "GP3").
    await page.locator("#fix-all").focus();
    await page.keyboard.press("Space");
    assert.match(await text(page, "#fix-status"), /^Fixed 3 issues: .*BlockDeviceMapping: rename it to BlockDeviceMappings.*\.$/);
    assert.equal(await text(page, "#fix-all"), "Fix all (2)");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fix-all", "focus stays on Fix all while fixes are left");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "fix-status", "then on the announcement");
    assert.equal(await text(page, "#fix-status"), 'Fixed 2 issues: BlockDeviceMappings[0].Ebs.VolumeSize: use 8; BlockDeviceMappings[0].Ebs.VolumeType: use "gp3".');
    assert.equal(await page.locator("#fix-all").isHidden(), true);
    assert.equal(await page.locator("#issues button.fix, #form button.fix").count(), 0);
    assert.match(await text(page, "#status"), /^No issues/);
    assert.deepEqual(await jsonView(page), fixed);
    assert.match(await page.inputValue("#body-raw"), /&BlockDeviceMapping\.1\.Ebs\.VolumeSize=8&BlockDeviceMapping\.1\.Ebs\.VolumeType=gp3/);
    assert.equal(await page.locator("#kept").isHidden(), true, "the renamed list is in the form, not kept");
    const link = await settledUrl(page);
    assert.deepEqual(JSON.parse(new URLSearchParams(new URL(link).hash.slice(1)).get("input")), fixed);
    await page.screenshot({ path: join(artifacts, "fix-after.png") });
    // Typing clears the announcement.
    await page.locator('[name="Description"]').pressSequentially("x");
    assert.equal(await text(page, "#fix-status"), "");
  });
});

test("the URL fragment reproduces the form, the region and what was imported", async () => {
  let link;
  await withPage(async (page) => {
    await importJson(page, vectors[1].input);
    await page.selectOption("#region", "eu-west-1");
    await page.fill('[name="Description"]', "from a link");
    link = await settledUrl(page);
    assert.match(link, /#input=%7B.*&region=eu-west-1$/);
  });
  const expected = { ...vectors[1].input, Description: "from a link" };
  await withPage(async (page) => {
    assert.deepEqual(await jsonView(page), expected);
    assert.equal(await page.inputValue("#region"), "eu-west-1");
    assert.match(await text(page, "#endpoint"), /ec2\.eu-west-1\.amazonaws\.com/);
    assert.match(await page.inputValue("#body-raw"), /&Description=from%20a%20link&/);

    // A link followed in the same tab (hashchange) replaces the form too.
    await importJson(page, SKELETON);
    const skeletonLink = await settledUrl(page);
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash.replace("from%20a%20link", "changed"));
    await page.waitForFunction(() => document.querySelector('[name="Description"]').value === "changed");
    assert.deepEqual(await jsonView(page), { ...expected, Description: "changed" });
    link = skeletonLink;
  }, { url: link });
  await withPage(async (page) => {
    assert.deepEqual(await jsonView(page), SKELETON, "kept values and placeholders survive the link");
    assert.equal(await page.locator("#kept-list li").count(), 2);
  }, { url: link });
});

test("accessible: labels, names, keyboard order, visible focus; fits 375 and 360 pixels", async () => {
  for (const viewport of [DESKTOP, MOBILE, { width: 360, height: 740 }]) {
    await withPage(async (page) => {
      await importJson(page, vectors[1].input); // all three kinds of rows, tags and more
      await page.click("text=+ Add a billing product");
      const controls = await page.locator("input, select, textarea").evaluateAll((els) =>
        els.map((el) => ({ id: el.id, name: el.name, type: el.type, labelled: el.labels.length > 0 && el.labels[0].textContent.trim() !== "" })),
      );
      const unlabelled = controls.filter((c) => !c.labelled);
      assert.deepEqual(unlabelled, [], "every control has a label");
      const path = /^[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*$/;
      const named = await page.locator("#form [name]").evaluateAll((els) => els.map((el) => el.getAttribute("name")));
      assert.ok(named.length > 30);
      for (const name of named) assert.match(name, path);

      // Tab from the first field to the end of the form: focus follows the reading order.
      await page.focus('[name="Name"]');
      const visited = [];
      for (;;) {
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          const label = el.name || el.getAttribute("aria-label") || el.textContent.trim().slice(0, 30);
          return { inForm: !!el.closest("#form"), label, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, outline: getComputedStyle(el).outlineStyle };
        });
        if (!at.inForm) break;
        visited.push(at);
        await page.keyboard.press("Tab");
      }
      assert.ok(visited.length > 40, `${visited.length} stops in the form`);
      assert.equal(visited.at(-1).label, "+ Add a billing product");
      for (const [i, el] of visited.entries()) {
        assert.notEqual(el.outline, "none", `focus is visible on ${el.label}`);
        if (i === 0) continue;
        const prev = visited[i - 1];
        const below = el.top >= prev.bottom - 4;
        const rightOnSameLine = el.left >= prev.right - 4 && el.top < prev.bottom && el.bottom > prev.top;
        assert.ok(below || rightOnSameLine, `${viewport.width}px: ${prev.label} → ${el.label} goes back (${JSON.stringify({ prev, el })})`);
      }

      // The kind of a mapping is a radio group: arrow keys change it.
      await page.focus('[name="BlockDeviceMappings[0]"][value="ebs"]');
      await page.keyboard.press("ArrowRight");
      assert.equal(await page.locator('[name="BlockDeviceMappings[0].VirtualName"]').isVisible(), true);
      assert.equal(await page.locator('[name^="BlockDeviceMappings[0].Ebs."]').count(), 0);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${viewport.width}px: the page scrolls sideways by ${overflow}px`);
      if (viewport === MOBILE) {
        await page.goto(`${origin}/`);
        await page.waitForSelector('#form [name="Name"]');
        await page.screenshot({ path: join(artifacts, "mobile.png") });
        await fullScreenshot(page, "mobile-full.png");
      }
    }, { viewport });
  }
});

test("the form is the member table's (www/members.js): every member, its kind, values, hint, section and place", async () => {
  await withPage(async (page) => {
    await page.click("#clear");
    await page.click("text=+ Add a mapping");
    const { SHAPES } = await page.evaluate(() => import("./members.js"));
    // A member's `ui`: "Title: flags" at the top level, flags alone in EbsBlockDevice; `#N` is its place.
    const place = (ui) => Number(ui.match(/#(\d+)/)?.[1] ?? Infinity);
    const flags = (ui) => ui.slice(ui.indexOf(":") + 1).split(" ");
    const byPlace = (members) => [...members].sort((a, b) => place(a.ui) - place(b.ui));
    const expectField = async (m, path, wordFlags) => {
      const field = await page.locator(`#form [name="${path}"]`).evaluate((el) => ({
        tag: el.tagName.toLowerCase(),
        inputmode: el.getAttribute("inputmode"),
        label: el.labels[0].textContent,
        hints: [...el.closest(".field").querySelectorAll(".hint")].map((p) => p.textContent),
        options: el.tagName === "SELECT" ? [...el.options].map((o) => o.value) : null,
        offered: el.list ? [...el.list.options].map((o) => o.value) : null,
        wide: el.closest(".field").classList.contains("wide"),
        folded: !!el.closest("details.more"),
      }));
      assert.equal(field.label, m.name, path);
      assert.deepEqual(field.hints, [m.doc], `${path}: its doc is its hint`);
      const kind = { string: wordFlags.includes("textarea") ? ["textarea", null, null] : ["input", null, null], integer: ["input", "numeric", null], boolean: ["select", null, ["", "true", "false"]], enum: ["input", null, null] }[m.type];
      assert.deepEqual([field.tag, field.inputmode, field.options], kind, `${path}: a ${m.type}`);
      // An enumeration offers its known values and takes any other (AWS may have added it).
      assert.deepEqual(field.offered, m.type === "enum" ? m.values : null, `${path}: the values offered`);
      assert.equal(field.wide, wordFlags.includes("wide"), `${path}: wide`);
      assert.equal(field.folded, wordFlags.includes("more"), `${path}: folded`);
    };

    // The top level: a section per title (a list's own), where its first member's place puts it,
    // holding its members by place; unplaced members follow in SDK order.
    const scalar = (m) => ["string", "integer", "boolean", "enum"].includes(m.type);
    const sections = [];
    for (const m of byPlace(SHAPES.RegisterImageInput.members)) {
      const title = m.ui.split(":")[0];
      const group = sections.find((s) => s.title === title && !s.list);
      if (!scalar(m)) sections.push({ title, members: [m.name], list: true });
      else if (group) group.members.push(m.name);
      else sections.push({ title, members: [m.name] });
      if (scalar(m)) await expectField(m, m.name, flags(m.ui));
    }
    const shown = await page.locator("#form > fieldset").evaluateAll((sets) =>
      sets.map((set) => ({ title: set.querySelector("legend").textContent, list: set.classList.contains("list") || undefined, names: [...set.querySelectorAll("[name]")].map((el) => el.name.match(/^\w+/)[0]) })),
    );
    assert.deepEqual(shown.map((s) => s.title), sections.map((s) => s.title));
    for (const [i, section] of sections.entries()) {
      if (section.list) assert.ok(shown[i].list && shown[i].names.every((n) => n === section.members[0]), section.title);
      else assert.deepEqual(shown[i].names, section.members, section.title);
    }

    // An EBS volume: every member by place, the `more` ones folded and named in the fold's summary.
    const ebs = byPlace(SHAPES.EbsBlockDevice.members);
    for (const m of ebs) await expectField(m, `BlockDeviceMappings[0].Ebs.${m.name}`, m.ui.split(" "));
    const names = await page.locator('#form [name^="BlockDeviceMappings[0].Ebs."]').evaluateAll((els) => els.map((el) => el.name.split(".").at(-1)));
    assert.deepEqual(names, ebs.map((m) => m.name));
    const folded = ebs.filter((m) => m.ui.split(" ").includes("more")).map((m) => m.name);
    assert.equal(await text(page, "details.more > summary"), `More EBS fields: ${folded.join(", ")}`);

    // Rows specially laid out still take their members' kinds, values and hints from the table.
    const member = (shape, name) => SHAPES[shape].members.find((m) => m.name === name);
    await expectField(member("BlockDeviceMapping", "DeviceName"), "BlockDeviceMappings[0].DeviceName", []);
    await page.click("text=+ Add a tag specification");
    const resourceType = member("TagSpecification", "ResourceType");
    assert.deepEqual(await page.locator('[name="TagSpecifications[0].ResourceType"]').evaluate((el) => [...el.list.options].map((o) => o.value)), resourceType.values);
    assert.equal(await text(page, '.field:has([name="TagSpecifications[0].ResourceType"]) .hint'), resourceType.doc);
  });
});

test("an instance store volume past ephemeral23 is kept and warned about; an empty DeviceName is an error", async () => {
  await withPage(async (page) => {
    const input = {
      Name: "high-ephemeral",
      RootDeviceName: "/dev/xvda",
      BlockDeviceMappings: [
        { DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8 } },
        { DeviceName: "/dev/sdb", VirtualName: "ephemeral24" },
      ],
    };
    await importJson(page, input);
    assert.deepEqual(await jsonView(page), input);
    const virtualName = '[name="BlockDeviceMappings[1].VirtualName"]';
    assert.equal(await page.locator(`${virtualName} option:checked`).textContent(), '"ephemeral24" (imported)');
    assert.equal(await page.locator(`${virtualName} option`).first().textContent(), "ephemeral0", "the documented names are still offered");
    await expectIssue(page, "BlockDeviceMappings[1].VirtualName", "warning", 'got "ephemeral24"');
    assert.match(await page.inputValue("#body-raw"), /&BlockDeviceMapping\.2\.VirtualName=ephemeral24(&|$)/, "a warning does not block the body");
    // Choosing a documented name replaces the imported one.
    await page.selectOption(virtualName, "ephemeral1");
    assert.equal((await jsonView(page)).BlockDeviceMappings[1].VirtualName, "ephemeral1");
    await expectNoIssue(page, "BlockDeviceMappings[1].VirtualName");

    // An empty DeviceName is kept as imported and refused.
    await importJson(page, { ...input, BlockDeviceMappings: [input.BlockDeviceMappings[0], { DeviceName: "", VirtualName: "ephemeral0" }] });
    assert.equal(await page.getAttribute('[name="BlockDeviceMappings[1].DeviceName"]', "placeholder"), '""');
    await expectIssue(page, "BlockDeviceMappings[1].DeviceName", "error", "every block device mapping needs a DeviceName");
    assert.equal(await page.inputValue("#body-raw"), "");
  });
});

// ---- Helpers ---------------------------------------------------------------------------------

/** Opens the page, runs `body(page)`, then checks the page logged and requested nothing amiss. */
test("a value AWS may have added: typed into a list's box, a warning, the body built; a case slip is an error with Fix; the footer names the model", async () => {
  await withPage(async (page) => {
    await page.click("#clear");
    await page.fill('[name="Name"]', "web");
    await page.fill('[name="ImageLocation"]', "b/m.xml");
    const architecture = '[name="Architecture"]';
    assert.deepEqual(await page.locator(architecture).evaluate((el) => [el.tagName, el.list?.options.length]), ["INPUT", 5], "a text box offering the 5 known values");
    await page.fill(architecture, "arm64e");
    await expectIssue(page, "Architecture", "warning", '"arm64e" is not one of the Architecture values known to ec2-register-image');
    assert.match(await page.inputValue("#body-raw"), /&Architecture=arm64e(&|$)/, "sent as written");
    await page.fill(architecture, "X86_64");
    await expectIssue(page, "Architecture", "error", 'did you mean "x86_64"?');
    assert.equal(await page.inputValue("#body-raw"), "", "no body with an error");
    await page.locator('.field:has([name="Architecture"]) button', { hasText: "Fix" }).first().click();
    assert.equal(await page.inputValue(architecture), "x86_64");
    await expectNoIssue(page, "Architecture");
    const { AWS_MODEL } = await page.evaluate(() => import("./pkg/browser.js"));
    assert.equal(await text(page, "#aws-model-name"), `botocore ${AWS_MODEL.botocore} (${AWS_MODEL.botocoreDate}), @aws-sdk/client-ec2 ${AWS_MODEL.sdk} (${AWS_MODEL.sdkDate})`);
    assert.match(AWS_MODEL.botocore, /^\d+\.\d+\.\d+$/);
  });
});

async function withPage(body, { url = `${origin}/`, viewport = DESKTOP, permissions = [] } = {}) {
  const context = await browser.newContext({ viewport, permissions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => r.url().startsWith(`${origin}/`) || problems.push(`request outside the page: ${r.url()}`));
  try {
    await page.goto(url);
    await page.waitForSelector('#form [name="Name"]', { timeout: 10_000 }).catch((e) => {
      throw new Error(`the form did not appear: ${e.message}; ${problems.join("; ")}`);
    });
    await body(page);
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, [], "no console errors or warnings, no requests elsewhere");
}

/** The whole page, from the top (the request column is sticky: it follows the scroll). */
async function fullScreenshot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, name), fullPage: true });
}

async function importJson(page, value) {
  if (!(await page.locator("#import").evaluate((d) => d.open))) await page.click("#import summary");
  await page.fill("#import-json", typeof value === "string" ? value : JSON.stringify(value, null, 2));
  await page.click("#import-button");
}

async function jsonView(page) {
  return JSON.parse(await page.textContent("#json"));
}

async function text(page, selector) {
  return (await page.textContent(selector)).trim();
}

/** The page's URL once the fragment has caught up with the form (it is written after a pause). */
async function settledUrl(page) {
  const expected = await page.evaluate(() => JSON.parse(document.getElementById("json").textContent));
  await page.waitForFunction((want) => {
    const input = new URLSearchParams(location.hash.slice(1)).get("input");
    return input !== null && input === JSON.stringify(want);
  }, expected);
  return page.url();
}

/** The field named `path` shows one issue of `severity` whose message contains `message`. */
async function expectIssue(page, path, severity, message) {
  const field = page.locator(`#form [name="${path}"]`);
  assert.equal(await field.getAttribute("aria-invalid"), severity === "error" ? "true" : null, `${path}: aria-invalid`);
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const messages = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)).filter((el) => el?.classList.contains("messages")).map((el) => [...el.children].map((li) => ({ severity: li.className, text: li.textContent }))), describedBy.split(" "));
  assert.equal(messages.length, 1, `${path}: aria-describedby names its messages (${describedBy})`);
  assert.ok(messages[0].some((m) => m.severity === severity && m.text.includes(message)), `${path}: ${JSON.stringify(messages[0])} has a ${severity} with ${message}`);
  assert.equal(await page.locator(`#issues li[data-path="${path}"][data-field="yes"]`).count() > 0, true, `${path} is in the summary`);
}

async function expectNoIssue(page, path) {
  const field = page.locator(`#form [name="${path}"]`);
  assert.equal(await field.getAttribute("aria-invalid"), null, `${path}: aria-invalid gone`);
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  assert.ok(!describedBy.includes("-msg"), `${path}: no message described (${describedBy})`);
  assert.equal(await page.locator(`#issues li[data-path="${path}"]`).count(), 0, `${path}: gone from the summary`);
}

/** The `const input = {...};` of the Worker snippet, evaluated. */
function evalObjectLiteral(snippet) {
  const literal = snippet.match(/const input = (\{[\s\S]*?\n\});/)[1];
  return JSON.parse(literal); // the snippet writes the input as JSON, which is also JavaScript
}

/** The region and input of `aws ec2 register-image --region R --cli-input-json '...'`. */
function parseCli(command) {
  const match = command.match(/^aws ec2 register-image --region (\S+) --cli-input-json '(.*)'$/s);
  assert.ok(match, command);
  return { region: match[1], input: JSON.parse(match[2].replaceAll("'\\''", "'")) };
}
