// Issues' `docs` and `fix`, and applyFixes: every kind of fix, the cases with none, the input
// never changed (deep-frozen, compared before and after), only the issues given fixed, keys that
// are not plain identifiers, and a property: inputs with injected fixable mistakes come back as
// they were, with only unfixable issues left. Run by `make test-js`: node --test pkg-template/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyFixes, buildRequest, validate } from "../../pkg/node.mjs";
import * as cjs from "../../pkg/node.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const vectors = JSON.parse(readFileSync(join(root, "tests", "data", "vectors.json"), "utf8"));
const API = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/";

function deepFreeze(value) {
  if (value !== null && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const base = () => ({ Name: "web", ImageLocation: "b/m.xml" });

test("every issue links its AWS docs; a fix only where one change surely repairs it", () => {
  const issues = validate({
    Name: "ab",
    Architecture: "X86_64",
    BootMode: "uefi ",
    DryRun: "true",
    BlockDeviceMapping: [],
    BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: "8", volumeType: "GP3", AvailabilityZoneI: "x", Iops: 200000 } }],
    TagSpecifications: [{ ResourceType: "Image", Tags: [{ Key: "k".repeat(130) }] }],
    Colour: 1,
  });
  const shown = issues.map(({ path, code, fix, docs }) => [path, code, fix, docs.replace(API, "API/")]);
  const TAGS = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions";
  assert.deepEqual(shown, [
    // BlockDeviceMappings is given too: no rename.
    ["BlockDeviceMapping", "UnknownField", undefined, "API/API_RegisterImage.html"],
    // Nothing near.
    ["Colour", "UnknownField", undefined, "API/API_RegisterImage.html"],
    ["DryRun", "WrongType", { replace: true }, "API/API_RegisterImage.html"],
    ["BlockDeviceMappings[0].Ebs.volumeType", "UnknownField", { rename: "VolumeType" }, "API/API_EbsBlockDevice.html"],
    // AvailabilityZone and AvailabilityZoneId are as near: no fix.
    ["BlockDeviceMappings[0].Ebs.AvailabilityZoneI", "UnknownField", undefined, "API/API_EbsBlockDevice.html"],
    ["BlockDeviceMappings[0].Ebs.VolumeSize", "WrongType", { replace: 8 }, "API/API_EbsBlockDevice.html"],
    ["Name", "TooShort", undefined, "API/API_RegisterImage.html"],
    ["BootMode", "NotAllowedValue", { replace: "uefi" }, "API/API_RegisterImage.html"],
    ["TagSpecifications[0].ResourceType", "NotAllowedValue", { replace: "image" }, "API/API_TagSpecification.html"],
    ["TagSpecifications[0].Tags[0].Key", "TooLong", undefined, TAGS],
    ["Architecture", "NotAllowedValue", { replace: "x86_64" }, "API/API_RegisterImage.html"],
    // VolumeSize "8" is given, if unreadable: no "needs a SnapshotId or a VolumeSize". This goes
    // once VolumeType is read.
    ["BlockDeviceMappings[0].Ebs.Iops", "Conflict", undefined, "API/API_EbsBlockDevice.html"],
    ["RootDeviceName", "Required", undefined, "API/API_RegisterImage.html"],
  ]);
  const [rename] = validate({ ...base(), BlockDeviceMapping: [] });
  assert.deepEqual(rename.fix, { rename: "BlockDeviceMappings" });
  // Once read: a service limit, explained on the EBS volume types page.
  const fixed = validate(applyFixes({ ...base(), BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: "8", volumeType: "GP3", Iops: 200000 } }] }));
  assert.deepEqual(fixed.map((i) => [i.path, i.code, i.fix]), [["BlockDeviceMappings[0].Ebs.VolumeType", "NotAllowedValue", { replace: "gp3" }]]);
  const limits = validate(applyFixes(applyFixes({ ...base(), BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: "8", volumeType: "GP3", Iops: 200000 } }] })));
  assert.deepEqual(limits.map((i) => [i.path, i.code, i.docs]), [
    ["BlockDeviceMappings[0].Ebs.Iops", "OutOfRange", "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html"],
    ["BlockDeviceMappings[0].Ebs.Iops", "OutOfRange", "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html"],
  ]);
  for (const issue of issues) assert.ok(!("fix" in issue) || issue.fix !== undefined, "an absent fix is not a key");
  // Two edits from io1 and from io2; one letter from gp2 and gp3; another value: no fix.
  for (const VolumeType of ["i9", "gp4", "gp", "x86"]) {
    const [issue] = validate({ ...base(), BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8, VolumeType } }] });
    assert.equal(issue.code, "NotAllowedValue");
    assert.equal(issue.fix, undefined, VolumeType);
  }
});

test("every issue of every public vector's mistakes has docs on docs.aws.amazon.com", () => {
  const broken = vectors.map(({ input }) => ({ ...input, Name: "a", Colour: 1, BlockDeviceMappings: [{ Ebs: { VolumeType: "gp9", Iops: 0.5 } }] }));
  let count = 0;
  for (const input of [...vectors.map((v) => v.input), ...broken]) {
    for (const issue of validate(input)) {
      assert.match(issue.docs, /^https:\/\/docs\.aws\.amazon\.com\/\S+$/);
      count++;
    }
  }
  assert.ok(count > 200, `${count}`);
});

test("applyFixes makes every kind of fix on a new input and never changes its argument", () => {
  const input = deepFreeze({
    name: "web",
    ImageLocation: "b/m.xml",
    Architecture: " ARM64",
    BlockDeviceMappings: [null, { DeviceName: "/dev/sdb", Ebs: { VolumeSize: "100", Encrypted: "False", Iops: 3000, VolumeType: "Gp3" } }],
    TagSpecifications: [{ ResourceType: "image", Tag: [{ Key: "team", Value: "web" }] }],
    EnaSupport: true,
    VirtualizationType: "HVM",
  });
  const before = structuredClone(input);
  const fixed = applyFixes(input);
  assert.deepEqual(input, before);
  assert.deepEqual(fixed, {
    Name: "web",
    ImageLocation: "b/m.xml",
    Architecture: "arm64",
    BlockDeviceMappings: [null, { DeviceName: "/dev/sdb", Ebs: { VolumeSize: 100, Encrypted: false, Iops: 3000, VolumeType: "gp3" } }],
    TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "team", Value: "web" }] }],
    EnaSupport: true,
    VirtualizationType: "hvm",
  });
  // Renamed where it stood: the key order is kept.
  assert.deepEqual(Object.keys(fixed), Object.keys(before).map((k) => (k === "name" ? "Name" : k)));
  assert.deepEqual(validate(fixed), []);
  // Shared where nothing was fixed; new where something was.
  assert.notEqual(fixed, input);
  assert.equal(fixed.TagSpecifications[0].Tag, undefined);
  assert.equal(fixed.TagSpecifications[0].Tags, input.TagSpecifications[0].Tag);
  assert.notEqual(fixed.BlockDeviceMappings[1], input.BlockDeviceMappings[1]);
  // The CommonJS entry is the same function.
  assert.deepEqual(cjs.applyFixes(input), fixed);
});

test("applyFixes(input, issues) makes only the fixes of the issues given", () => {
  const input = deepFreeze({ ...base(), Architecture: "X86_64", BootMode: "UEFI", DryRun: "false" });
  const issues = validate(input);
  assert.equal(issues.filter((i) => i.fix).length, 3);
  assert.deepEqual(applyFixes(input, issues.filter((i) => i.path === "BootMode")), { ...input, BootMode: "uefi" });
  assert.deepEqual(applyFixes(input, []), input);
  assert.deepEqual(applyFixes(input, issues), { ...base(), Architecture: "x86_64", BootMode: "uefi", DryRun: false });
  // Issues of another input (or made up) fix nothing they do not match.
  const other = validate({ ...base(), Architecture: "ARM64" });
  assert.deepEqual(applyFixes(input, other), input);
  assert.deepEqual(applyFixes(input, [{ path: "Architecture", code: "NotAllowedValue", fix: { replace: "i386" } }]), input);
  // JSON round trip of the issues (a worker, a saved report): still matched.
  assert.deepEqual(applyFixes(input, JSON.parse(JSON.stringify(issues))), applyFixes(input));
  assert.throws(() => applyFixes(input, "all"), TypeError);
});

test("applyFixes: keys with dots or brackets, __proto__, a rename whose member is given, any value", () => {
  const tricky = JSON.parse('{"Name": "web", "ImageLocation": "b/m.xml", "a.b[0]": {"Iop": 1}, "__proto__": {"x": 1}, "Architecture": "X86_64"}');
  const fixed = applyFixes(deepFreeze(tricky));
  assert.deepEqual(Object.keys(fixed), ["Name", "ImageLocation", "a.b[0]", "__proto__", "Architecture"]);
  assert.equal(Object.getPrototypeOf(fixed), Object.prototype);
  assert.equal(fixed.Architecture, "x86_64");
  // name cannot become Name, which is given.
  const both = { Name: "web", name: "x", ImageLocation: "b/m.xml" };
  assert.equal(validate(both).find((i) => i.path === "name").fix, undefined);
  assert.deepEqual(applyFixes(both), both);
  for (const value of [null, undefined, 42, "x", [1, 2], new Date(0)]) assert.deepEqual(applyFixes(value), value);
});

// Mistakes with a sure repair, made in a valid-looking input: each comes back as it was.
test("property: injected fixable mistakes are undone, and only unfixable issues are left", () => {
  let seed = 12345;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pick = (list) => list[random(list.length)];
  let mistakes = 0;
  for (let round = 0; round < 300; round++) {
    const clean = {
      Name: pick(["web", "ab", "my image (2026)"]),
      ...(random(2) ? { ImageLocation: "b/m.xml" } : {}),
      Architecture: pick(["x86_64", "arm64", "i386"]),
      BootMode: pick(["uefi", "legacy-bios", "uefi-preferred"]),
      DryRun: random(2) === 1,
      BlockDeviceMappings: Array.from({ length: random(3) }, (_, n) => ({
        DeviceName: `/dev/sd${"bcd"[n]}`,
        Ebs: { VolumeSize: random(2000), VolumeType: pick(["gp3", "io2", "st1", "standard"]), DeleteOnTermination: random(2) === 0, Iops: random(5000) },
      })),
      TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "k", Value: "v" }] }],
      VirtualizationType: pick(["hvm", "paravirtual"]),
    };
    const mistaken = structuredClone(clean);
    const slips = [
      () => (mistaken.Architecture = mistaken.Architecture.toUpperCase()),
      () => (mistaken.BootMode = ` ${mistaken.BootMode} `),
      () => (mistaken.DryRun = String(mistaken.DryRun)),
      () => (mistaken.VirtualizationType = mistaken.VirtualizationType.toUpperCase()),
      () => mistaken.BlockDeviceMappings.forEach((m) => (m.Ebs.VolumeSize = String(m.Ebs.VolumeSize))),
      () => mistaken.BlockDeviceMappings.forEach((m) => (m.Ebs.VolumeType = m.Ebs.VolumeType.toUpperCase())),
      () => mistaken.BlockDeviceMappings.forEach((m) => (m.Ebs.DeleteOnTermination = String(m.Ebs.DeleteOnTermination).toUpperCase())),
      () => renameKey(mistaken, "TagSpecifications", "tagSpecifications"),
      () => renameKey(mistaken.TagSpecifications?.[0] ?? {}, "Tags", "Tag"),
      () => renameKey(mistaken, "Name", "name"),
    ];
    for (const slip of slips) if (random(3) === 0) slip(), mistakes++;
    deepFreeze(mistaken);
    const copy = structuredClone(mistaken);
    const fixed = applyFixes(mistaken);
    assert.deepEqual(mistaken, copy);
    // One pass undoes every mistake but a rename whose value had a mistake too (it is read, and
    // fixed, once renamed): a second pass.
    const again = applyFixes(fixed);
    assert.deepEqual(again, clean, JSON.stringify(mistaken));
    const left = validate(again);
    assert.deepEqual(left, validate(clean));
    assert.ok(left.every((i) => i.fix === undefined));
  }
  assert.ok(mistakes > 500, `${mistakes}`);
});

function renameKey(object, from, to) {
  if (!Object.hasOwn(object, from)) return;
  const entries = Object.entries(object);
  for (const [k] of entries) delete object[k];
  for (const [k, v] of entries) object[k === from ? to : k] = v;
}

test("both path forms on every issue: path (text) and keys; { pathKeys: true } gives the keys as path", () => {
  const input = { Name: "ab", "a.b[0]": 1, BlockDeviceMappings: [null, { DeviceName: "", Ebs: { VolumeSize: "8" } }] };
  const shown = validate(input);
  const keyed = validate(input, { pathKeys: true });
  assert.deepEqual(
    keyed.map((i) => i.path),
    [["a.b[0]"], ["BlockDeviceMappings", 1, "Ebs", "VolumeSize"], ["Name"], ["BlockDeviceMappings", 1, "DeviceName"], ["RootDeviceName"]],
  );
  assert.deepEqual(shown.map((i) => i.path), ["a.b[0]", "BlockDeviceMappings[1].Ebs.VolumeSize", "Name", "BlockDeviceMappings[1].DeviceName", "RootDeviceName"]);
  assert.deepEqual(keyed.map(({ path, ...rest }) => rest), shown.map(({ path, ...rest }) => rest));
  // Every issue has both forms: `keys` is what pathKeys gave as `path`.
  assert.deepEqual(shown.map((i) => i.keys), keyed.map((i) => i.path));
  try {
    buildRequest(input);
    assert.fail("built");
  } catch (e) {
    assert.deepEqual(e.issues.map((i) => [i.path, i.keys]), shown.map((i) => [i.path, i.keys]));
  }
});
