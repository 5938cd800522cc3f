// parseResponse on EC2's documented replies (../shared/spec/register-image.md §6) and on
// what else a Worker may receive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseResponse, buildRequest } from "../../pkg/node.mjs";

test("the documented success and error replies", () => {
  assert.deepEqual(
    parseResponse(`<RegisterImageResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <imageId>ami-1a2b3c4d</imageId>
</RegisterImageResponse>`),
    { ok: true, ImageId: "ami-1a2b3c4d", RequestId: "59dbff89-35bd-4eac-99ed-be587EXAMPLE" },
  );
  assert.deepEqual(
    parseResponse(`<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>DryRunOperation</Code><Message>Request would have succeeded, but DryRun flag is set.</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>`),
    { ok: false, Errors: [{ Code: "DryRunOperation", Message: "Request would have succeeded, but DryRun flag is set." }], RequestId: "ea966190-f9aa-478e-9ede-example" },
  );
});

test("anything else is a clear Error, and the instance lives on", () => {
  assert.throws(() => parseResponse("<html><body>Bad Gateway</body></html>"), { message: "not an EC2 RegisterImage reply: the root element is <html>, not <RegisterImageResponse> or <Response>" });
  assert.throws(() => parseResponse("<RegisterImageResponse><imageId>ami-1"), { message: "not an EC2 RegisterImage reply: <imageId> is not closed" });
  assert.throws(() => parseResponse("<a>".repeat(200_000)), /nested deeper than 32 levels/);
  assert.throws(() => parseResponse(undefined), TypeError);
  assert.equal(buildRequest({ Name: "still fine", ImageLocation: "b/m.xml" }).body, "Action=RegisterImage&Version=2016-11-15&Name=still%20fine&ImageLocation=b%2Fm.xml");
});
