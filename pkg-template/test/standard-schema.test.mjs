// registerImageSchema as a Standard Schema v1: the spec's contract, its types (tsc against
// @standard-schema/spec), and a real form library (TanStack Form's core) validating with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { registerImageSchema } from "../../pkg/node.mjs";

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
    { message: "must be 3-128 characters; it has 2", path: ["Name"] },
    { message: "must not be empty", path: ["TagSpecifications", 0, "Tags", 0, "Key"] },
    { message: "must be at least 1; got 0", path: ["BlockDeviceMappings", 0, "Ebs", "Iops"] },
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
     import { registerImageSchema, type RegisterImageInput } from "../../../pkg/index.js";
     const schema: StandardSchemaV1<RegisterImageInput, RegisterImageInput> = registerImageSchema;
     export { schema };`,
  );
  try {
    execFileSync(join(root, "node_modules", ".bin", "tsc"), ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "types.ts"], { cwd: dir, encoding: "utf8" });
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
