// endpointFor (and buildRequest's url) against the AWS SDK's own EC2 endpoint resolution, for
// every region the SDK's partition table names, in all four FIPS / dual-stack modes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { endpointFor, buildRequest } from "../../pkg/node.mjs";

const require = createRequire(import.meta.url);
const { EC2Client } = require("@aws-sdk/client-ec2");
// The client's own endpoint rules (the SDK's defaultEndpointResolver), no network involved.
const resolve = new EC2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } }).config.endpointProvider;
// The SDK's partition table: the JSON object literal in @aws-sdk/core's partitions.js.
const source = readFileSync(require.resolve("@aws-sdk/core/package.json").replace("package.json", "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"), "utf8");
const { partitions } = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1));

test("every region the SDK knows, in every mode, resolves as the SDK resolves it", () => {
  let compared = 0;
  for (const partition of partitions) {
    for (const Region of [...Object.keys(partition.regions), "xx-unknown-9"]) {
      for (const UseFIPS of [false, true]) {
        for (const UseDualStack of [false, true]) {
          const sdk = resolve({ Region, UseFIPS, UseDualStack }).url.href;
          assert.equal(endpointFor(Region, { fips: UseFIPS, dualStack: UseDualStack }), sdk, `${Region} fips=${UseFIPS} dualStack=${UseDualStack}`);
          compared++;
        }
      }
    }
  }
  assert.ok(compared >= 4 * 50, `compared ${compared}`);
  console.log(`compared ${compared} endpoints across ${partitions.length} partitions`);
});

test("buildRequest uses the same endpoint; bad regions are TypeErrors", () => {
  const input = { Name: "abc", ImageLocation: "b/m.xml" };
  assert.equal(buildRequest(input, { region: "us-gov-west-1", fips: true }).url, "https://ec2.us-gov-west-1.amazonaws.com/");
  assert.equal(buildRequest(input, { region: "eu-west-1", dualStack: true }).url, "https://ec2.eu-west-1.api.aws/");
  assert.equal(buildRequest(input).url, undefined);
  for (const bad of ["", "US-EAST-1", "us-east-1.evil.com", "us-east-1/", 42, {}]) {
    assert.throws(() => endpointFor(bad), TypeError);
    assert.throws(() => buildRequest(input, { region: bad }), TypeError);
  }
});
