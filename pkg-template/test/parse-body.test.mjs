// parseBody: every public vector's body (the AWS SDK for JavaScript's) and the body botocore
// sends for the same input read back to the input, and give the SDK's body again; bodies that
// are not well-formed RegisterImage requests throw RegisterImageValidationError with issues.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseBody, buildRequest, RegisterImageValidationError } from "../../pkg/node.mjs";
import { normalized } from "./normalized.mjs";

const vectors = JSON.parse(readFileSync(new URL("../../tests/data/vectors.json", import.meta.url), "utf8"));

function issues(body) {
  try {
    parseBody(body);
  } catch (e) {
    assert.ok(e instanceof RegisterImageValidationError);
    return e.issues.map((i) => `${i.path} ${i.code}: ${i.message}`);
  }
  assert.fail(`parseBody accepted ${body}`);
}

test("every vector's body reads back to its input and its body", () => {
  for (const [n, v] of vectors.entries()) {
    const input = parseBody(v.body);
    assert.deepEqual(input, normalized(v.input), `vector ${n}`);
    assert.equal(buildRequest(input).body, v.body, `vector ${n}`);
  }
});

test("botocore's bodies (spaces as +) read back to the same inputs", () => {
  const bodies = JSON.parse(
    execFileSync("python3", [new URL("./botocore-bodies.py", import.meta.url).pathname], {
      input: JSON.stringify(vectors.map((v) => v.input)),
    }),
  );
  assert.equal(bodies.length, vectors.length);
  let plus = 0;
  for (const [n, v] of vectors.entries()) {
    if (bodies[n].includes("+")) plus++;
    assert.deepEqual(parseBody(bodies[n]), normalized(v.input), `vector ${n}: ${bodies[n]}`);
    assert.equal(buildRequest(parseBody(bodies[n])).body, v.body, `vector ${n}`);
  }
  assert.ok(plus > 5, `only ${plus} botocore bodies have a + space`);
});

test("parameters in any order", () => {
  for (const v of vectors) {
    const shuffled = v.body.split("&").reverse().join("&");
    assert.deepEqual(parseBody(shuffled), parseBody(v.body));
  }
});

test("bodies that are not well-formed RegisterImage requests", () => {
  assert.deepEqual(issues("Action=DescribeImages&Version=2016-11-15"), [
    'Action NotAllowedValue: must be RegisterImage for a RegisterImage request; got "DescribeImages"',
  ]);
  const head = "Action=RegisterImage&Version=2016-11-15&Name=web";
  assert.deepEqual(issues(`${head}&BlockDeviceMapping.0.DeviceName=%2Fdev%2Fsda1`), [
    "BlockDeviceMapping.0 Malformed: list indexes start at 1; got 0",
  ]);
  assert.deepEqual(issues(`${head}&BlockDeviceMapping.1.DeviceName=a&BlockDeviceMapping.3.DeviceName=b`), [
    "BlockDeviceMapping Malformed: list indexes must run 1, 2, 3, ... without a gap; BlockDeviceMapping.2 is missing",
  ]);
  assert.deepEqual(issues(`${head}&Description=50%&Architecture=x86_64`), [
    "Description Malformed: has a % that is not followed by two hex digits (a space is + or %20, a % is %25)",
  ]);
  assert.deepEqual(issues(`${head}&Archtecture=x86_64&BlockDeviceMapping.1.Ebs.VolumeSize=eight`), [
    'Archtecture UnknownField: unknown member "Archtecture"; did you mean "Architecture"?',
    'BlockDeviceMapping.1.Ebs.VolumeSize WrongType: must be a whole number; got the string "eight"',
  ]);
  assert.deepEqual(issues(`${head}&Name=again`), ["Name Duplicate: is given more than once"]);
  assert.deepEqual(issues(`${head}&Description=\uD800`), [
    " InvalidCharacter: contains a lone UTF-16 surrogate, which no request body can hold",
  ]);
  assert.throws(() => parseBody(new URLSearchParams("Action=RegisterImage")), TypeError);
  // The error names the count and the first issue, like buildRequest's.
  assert.throws(() => parseBody("Name=x"), {
    name: "RegisterImageValidationError",
    message: /^RegisterImage input has 2 errors; first: Action: is missing/,
  });
});

test("a parsed body is checked by buildRequest: rules are not parseBody's job", () => {
  const input = parseBody("Action=RegisterImage&Version=2016-11-15&Name=ab&ImageLocation=b%2Fm.xml");
  assert.deepEqual(input, { Name: "ab", ImageLocation: "b/m.xml" });
  assert.throws(() => buildRequest(input), RegisterImageValidationError);
});
