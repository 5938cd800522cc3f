// registerImageSchema as a Standard Schema v1: the spec's contract, its types (tsc against
// @standard-schema/spec), and a real form library (TanStack Form's core) validating with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRegisterImageSchema, registerImageSchema, validate } from "../../pkg/node.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

test("the ~standard contract: value on success, issues with key/index paths on errors", () => {
  const std = registerImageSchema["~standard"];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, "ec2-register-image");
  const good = { Name: "my-ami", ImageLocation: "b/m.xml" };
  assert.deepEqual(std.validate(good), { value: good });
  // Warnings only (no ImageLocation, no root mapping): still a value.
  assert.deepEqual(std.validate({ Name: "my-ami" }), { value: { Name: "my-ami" } });
  const bad = std.validate({ Name: "ab", BlockDeviceMappings: [{ DeviceName: "/dev/sda1", Ebs: { VolumeSize: 8, Iops: 0 } }], TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "" }] }] });
  assert.deepEqual(bad.issues, [
    { message: "must be 3-128 characters; it has 2", path: ["Name"], code: "TooShort", severity: "error" },
    { message: "must not be empty", path: ["TagSpecifications", 0, "Tags", 0, "Key"], code: "TooShort", severity: "error" },
    { message: "must be at least 1; got 0", path: ["BlockDeviceMappings", 0, "Ebs", "Iops"], code: "OutOfRange", severity: "error" },
  ]);
  // A value AWS may have added is a warning: it passes. The same letters in capitals do not.
  const added = { Name: "my-ami", ImageLocation: "b/m.xml", Architecture: "arm64e", BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8, VolumeType: "gp4", Throughput: 500 } }] };
  assert.deepEqual(std.validate(added), { value: added });
  assert.deepEqual(std.validate({ ...added, Architecture: "ARM64" }).issues.map((i) => i.path), [["Architecture"]]);
  // Not an object at all: the input itself (path []) and the missing Name.
  assert.deepEqual(std.validate(42).issues.map((i) => i.path), [[], ["Name"]]);
});

test("types: assignable to @standard-schema/spec's StandardSchemaV1", () => {
  const dir = join(root, "target", "js-test", "standard-schema");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "types.ts"),
    `import type { StandardSchemaV1 } from "@standard-schema/spec";
     import { createRegisterImageSchema, registerImageSchema, validate, type RegisterImageInput } from "../../../pkg/index.js";
     const schema: StandardSchemaV1<RegisterImageInput, RegisterImageInput> = registerImageSchema;
     type FormValues = { Name: string; BlockDeviceMappings: { DeviceName: string; Ebs: { VolumeSize: string } }[] };
     const forms: StandardSchemaV1<FormValues, RegisterImageInput> = createRegisterImageSchema<FormValues>({ form: true, strict: true });
     const read: unknown = validate({ Name: "" }, { form: true }).value;
     export { schema, forms, read };`,
  );
  try {
    execFileSync(join(root, "node_modules", ".bin", "tsc"), ["--noEmit", "--strict", "--exactOptionalPropertyTypes", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "types.ts"], { cwd: dir, encoding: "utf8" });
  } catch (e) {
    assert.fail(e.stdout);
  }
});

test("TanStack Form validates a form with it and maps issues to fields", async () => {
  const { FormApi } = await import("@tanstack/form-core");
  const form = new FormApi({
    defaultValues: { Name: "ab", ImageLocation: "b/m.xml" },
    validators: { onChange: registerImageSchema },
  });
  form.mount();
  await form.validate("change");
  assert.equal(form.state.isValid, false);
  const errors = form.getAllErrors();
  assert.deepEqual(errors.fields.Name.errors.map((e) => e.message ?? e), ["must be 3-128 characters; it has 2"]);
  form.setFieldValue("Name", "good name");
  await form.validate("change");
  assert.equal(form.state.isValid, true);
});

// What a form gives: strings from text and number fields, "" from an empty field or unset select.
const formValues = () => ({
  Name: "web server",
  Description: "",
  Architecture: "",
  RootDeviceName: "/dev/xvda",
  VirtualizationType: "hvm",
  BlockDeviceMappings: [{ DeviceName: "/dev/xvda", VirtualName: "", Ebs: { VolumeSize: "8", VolumeType: "gp3", Iops: "", SnapshotId: "" } }],
});

test("form mode: \"\" is absent, a string of digits a whole number, nothing else converted; the input read is returned", () => {
  const input = formValues();
  const before = JSON.stringify(input);
  const read = { Name: "web server", RootDeviceName: "/dev/xvda", VirtualizationType: "hvm", BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8, VolumeType: "gp3" } }] };
  // As values: every "" would be a mistake (Iops, Architecture, VirtualName, SnapshotId) and "8"
  // a WrongType.
  assert.deepEqual(validate(input).map((i) => `${i.path} ${i.code}`).sort(), [
    "Architecture NotAllowedValue",
    "BlockDeviceMappings[0].Ebs.Iops WrongType",
    "BlockDeviceMappings[0].Ebs.SnapshotId Malformed",
    "BlockDeviceMappings[0].Ebs.VolumeSize WrongType",
    "BlockDeviceMappings[0].VirtualName Conflict",
    "BlockDeviceMappings[0].VirtualName NotAllowedValue",
  ]);
  const issues = validate(input, { form: true });
  assert.deepEqual([...issues], []);
  assert.deepEqual(issues.value, read);
  assert.equal(JSON.stringify(input), before, "the form's values are not changed");
  const schema = createRegisterImageSchema({ form: true })["~standard"];
  assert.deepEqual(schema.validate(input), { value: read });
  // Nothing else: a boolean's text, spaces, a fraction, a sign stay errors, with their paths.
  for (const [VolumeSize, code] of [[" 8", "WrongType"], ["8.5", "WrongType"], ["-8", "WrongType"], ["8 GiB", "WrongType"], ["0", "OutOfRange"]]) {
    const values = formValues();
    values.BlockDeviceMappings[0].Ebs.VolumeSize = VolumeSize;
    values.BlockDeviceMappings[0].Ebs.Encrypted = "true";
    const found = validate(values, { form: true }).map((i) => `${i.path} ${i.code}`).sort();
    assert.deepEqual(found, ["BlockDeviceMappings[0].Ebs.Encrypted WrongType", `BlockDeviceMappings[0].Ebs.VolumeSize ${code}`], VolumeSize);
    assert.deepEqual(schema.validate(values).issues.map((i) => i.path.join(".")).sort(), ["BlockDeviceMappings.0.Ebs.Encrypted", "BlockDeviceMappings.0.Ebs.VolumeSize"]);
  }
  // List items stay (their indexes are paths); "" as a value of a list of strings is still read.
  assert.deepEqual(validate({ Name: "abc", ImageLocation: "b/m.xml", BillingProducts: [""] }, { form: true }).value.BillingProducts, [""]);
});

test("warnings within reach: the default schema passes them, a strict one fails with them beside their fields", () => {
  const values = formValues();
  values.BlockDeviceMappings[0].Ebs.VolumeSize = "99999";
  const lenient = createRegisterImageSchema({ form: true })["~standard"].validate(values);
  assert.equal(lenient.issues, undefined);
  assert.equal(lenient.value.BlockDeviceMappings[0].Ebs.VolumeSize, 99999);
  const strict = createRegisterImageSchema({ form: true, strict: true })["~standard"].validate(values);
  assert.deepEqual(strict.issues.map(({ path, code, severity }) => [path, code, severity]), [[["BlockDeviceMappings", 0, "Ebs", "VolumeSize"], "OutOfRange", "warning"]]);
  assert.match(strict.issues[0].message, /^gp3 is 1-65536 GiB/);
  // Without the schema: validate's warnings, by path, for a form that shows them and still submits.
  const warnings = validate(values, { form: true }).filter((i) => i.severity === "warning");
  assert.deepEqual(warnings.map((i) => i.path), ["BlockDeviceMappings[0].Ebs.VolumeSize"]);
});
