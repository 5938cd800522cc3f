// End to end against a real EC2 API implementation: moto (PyPI `moto[server]`, installed by
// `scripts/setup.sh moto`), started here on 127.0.0.1 on a free port and stopped after. A Worker in
// workerd (Miniflare) builds the request with the package's workerd entry, points it at moto,
// signs it with aws4fetch (service ec2) and POSTs it; moto's XML reply carries the new `ami-` ID,
// and with `DryRun: true` moto's DryRunOperation error.
//
// moto reads only Name, Description and DryRun of a RegisterImage call and checks no signature:
// this proves that transport, form encoding and signing fit a real EC2 Query server, not the
// validation. DescribeImages then reads back what moto stored, so the percent-encoding of the
// body is proven to decode to exactly the Name and Description sent.
//
// The Rust crate's way too: examples/sign.rs (cargo, feature `http`) builds the request, signs it
// with aws-sigv4 and POSTs it to the same moto.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { AwsClient } from "aws4fetch";
import { startMoto } from "./moto-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "target", "moto-test");

let moto; // { origin: http://127.0.0.1:<port>, log: what moto printed, stop }
let mf; // Miniflare

before(async () => {
  moto = await startMoto();

  // The Worker: Miniflare does not resolve bare specifiers, so the package's workerd entry and
  // aws4fetch's ES module are imported by path.
  mkdirSync(work, { recursive: true });
  const script = join(work, "worker.mjs");
  const from = (path) => "./" + relative(work, join(root, path)).split("\\").join("/");
  writeFileSync(
    script,
    `import { AwsClient } from "${from("node_modules/aws4fetch/dist/aws4fetch.esm.mjs")}";
     import { buildRequest, parseResponse } from "${from("pkg/workerd.js")}";

     export default {
       async fetch(request, env) {
         const input = await request.json();
         let built;
         try {
           built = buildRequest(input, { region: "us-east-1" });
         } catch (e) {
           return Response.json({ name: e.name, issues: e.issues }, { status: 400 });
         }
         const { url, method, headers, body } = built;
         // The EC2 endpoint's path and query, on moto's origin.
         const target = new URL(url);
         const moto = new URL(env.MOTO_ORIGIN);
         target.protocol = moto.protocol;
         target.host = moto.host;
         const aws = new AwsClient({ accessKeyId: "test", secretAccessKey: "test", service: "ec2", region: "us-east-1" });
         const signed = await aws.sign(target.href, { method, headers, body });
         const reply = await fetch(signed);
         const xml = await reply.text();
         let parsed;
         try { parsed = parseResponse(xml); } catch (e) { parsed = { error: e.message }; }
         return Response.json({
           url, target: target.href, status: reply.status, xml, parsed, body,
           authorization: signed.headers.get("authorization"),
           contentType: signed.headers.get("content-type"),
         });
       },
     };`,
  );
  const { Miniflare } = await import("miniflare");
  mf = new Miniflare({
    modules: true,
    scriptPath: script,
    modulesRoot: root,
    modulesRules: [
      { type: "ESModule", include: ["**/*.js", "**/*.mjs"] },
      { type: "CompiledWasm", include: ["**/*.wasm"] },
    ],
    compatibilityDate: "2026-04-01",
    cf: false,
    bindings: { MOTO_ORIGIN: moto.origin },
  });
});

after(async () => {
  await mf?.dispose();
  await moto?.stop();
});

/** Runs `input` through the Worker. */
async function register(input) {
  const res = await mf.dispatchFetch("http://worker/", { method: "POST", body: JSON.stringify(input) });
  const text = await res.text();
  assert.equal(res.status, 200, text);
  return JSON.parse(text);
}

// Every character the Name rule allows, and a Description with what a form decoder must not
// misread: `&`, `=`, `+`, `%`, `;`, a space, non-ASCII.
const name = "moto e2e (test) [1] ./-'@_";
const description = "a & b = c + d % 20; é 😀 /dev/xvda";
const input = {
  Name: name,
  Description: description,
  Architecture: "x86_64",
  VirtualizationType: "hvm",
  EnaSupport: true,
  RootDeviceName: "/dev/xvda",
  BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: "snap-0123456789abcdef0", VolumeType: "gp3", DeleteOnTermination: true } }],
  TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "team", Value: "platform" }] }],
};

test("a Worker registers an AMI with moto: signed with aws4fetch, the ami- ID read from the XML reply", async () => {
  const r = await register(input);
  assert.equal(r.url, "https://ec2.us-east-1.amazonaws.com/");
  assert.equal(r.target, `${moto.origin}/`);
  assert.equal(r.contentType, "application/x-www-form-urlencoded");
  assert.match(r.authorization, /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/ec2\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
  assert.equal(r.status, 200, r.xml);
  assert.match(r.xml, /<imageId>ami-[0-9a-f]{8,17}<\/imageId>/);
  const imageId = r.xml.match(/<imageId>(ami-[0-9a-f]+)<\/imageId>/)[1];
  assert.deepEqual(r.parsed, { ok: true, ImageId: imageId, RequestId: r.parsed.RequestId });

  // What moto stored: the Name and Description decoded from our body, character for character.
  const aws = new AwsClient({ accessKeyId: "test", secretAccessKey: "test", service: "ec2", region: "us-east-1" });
  const described = await aws.fetch(`${moto.origin}/`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `Action=DescribeImages&Version=2016-11-15&ImageId.1=${imageId}`,
  });
  const xml = await described.text();
  assert.equal(described.status, 200, xml);
  const field = (tag) => xml.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1];
  const unescape = (s) => s?.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]);
  assert.equal(field("imageId"), imageId);
  assert.equal(unescape(field("name")), name);
  assert.equal(unescape(field("description")), description);
});

test("DryRun: true gets moto's DryRunOperation error", async () => {
  const r = await register({ ...input, DryRun: true });
  assert.match(r.body, /&DryRun=true&/);
  assert.equal(r.status, 412, r.xml);
  assert.match(r.xml, /<Code>DryRunOperation<\/Code>/);
  assert.equal(r.parsed.ok, false);
  assert.deepEqual(r.parsed.Errors.map((e) => e.Code), ["DryRunOperation"]);
  assert.doesNotMatch(r.xml, /<imageId>/);
});

test("an invalid input never reaches moto", async () => {
  const posts = () => moto.log.join("").split("\"POST / ").length - 1; // moto logs every request
  const before = posts();
  const res = await mf.dispatchFetch("http://worker/", { method: "POST", body: JSON.stringify({ ...input, Name: "x#" }) });
  assert.equal(res.status, 400);
  const answer = await res.json();
  assert.equal(answer.name, "RegisterImageValidationError");
  assert.deepEqual(answer.issues.map((i) => `${i.path} ${i.code}`), ["Name TooShort", "Name InvalidCharacter"]);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(posts(), before);
  assert.ok(before >= 1, "moto's log shows the requests it got");
});

/** Runs `input` through the Rust example (examples/sign.rs): its stdout (the reply as JSON) and stderr. */
function registerWithRust(input) {
  const run = (stdio) =>
    execFileSync("cargo", ["run", "--quiet", "--example", "sign", "--features", "http"], {
      cwd: root,
      input: JSON.stringify(input),
      encoding: "utf8",
      stdio,
      timeout: 600_000, // a first build compiles aws-sigv4
      env: { ...process.env, AWS_ENDPOINT_URL: moto.origin, AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test" },
    });
  try {
    return { stdout: run(["pipe", "pipe", "pipe"]), status: 0 };
  } catch (e) {
    return { stdout: e.stdout, stderr: e.stderr, status: e.status };
  }
}

test("Rust: examples/sign.rs signs with aws-sigv4 and registers an AMI with moto", async () => {
  const r = registerWithRust(input);
  assert.equal(r.status, 0, r.stderr);
  const reply = JSON.parse(r.stdout);
  assert.equal(reply.ok, true, r.stdout);
  assert.match(reply.ImageId, /^ami-[0-9a-f]{8,17}$/);
  // What moto stored: the same Name and Description.
  const aws = new AwsClient({ accessKeyId: "test", secretAccessKey: "test", service: "ec2", region: "us-east-1" });
  const described = await aws.fetch(`${moto.origin}/`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `Action=DescribeImages&Version=2016-11-15&ImageId.1=${reply.ImageId}`,
  });
  const xml = await described.text();
  const unescape = (s) => s?.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]);
  assert.equal(unescape(xml.match(/<name>([^<]*)<\/name>/)?.[1]), name);
  assert.equal(unescape(xml.match(/<description>([^<]*)<\/description>/)?.[1]), description);
});

test("Rust: DryRun gets DryRunOperation; an invalid input is refused before sending", () => {
  const dry = registerWithRust({ ...input, DryRun: true });
  assert.equal(dry.status, 0, dry.stderr);
  assert.deepEqual(JSON.parse(dry.stdout).Errors.map((e) => e.Code), ["DryRunOperation"]);
  const posts = () => moto.log.join("").split("\"POST / ").length - 1;
  const before = posts();
  const invalid = registerWithRust({ ...input, Name: "x#" });
  assert.notEqual(invalid.status, 0);
  assert.match(invalid.stderr, /error Name: .* \(TooShort\)/);
  assert.match(invalid.stderr, /RegisterImage input has 2 errors/);
  assert.equal(posts(), before);
});
