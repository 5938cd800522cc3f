// End to end against a real EC2 API implementation: moto (PyPI `moto[server]`, installed by
// scripts/setup.sh), started here on 127.0.0.1 on a free port and stopped after. A Worker in
// workerd (Miniflare) builds the request with the package's workerd entry, points it at moto,
// signs it with aws4fetch (service ec2) and POSTs it; moto's XML reply carries the new `ami-` ID,
// and with `DryRun: true` moto's DryRunOperation error.
//
// moto reads only Name, Description and DryRun of a RegisterImage call and checks no signature:
// this proves that transport, form encoding and signing fit a real EC2 Query server, not the
// validation. DescribeImages then reads back what moto stored, so the percent-encoding of the
// body is proven to decode to exactly the Name and Description sent.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { AwsClient } from "aws4fetch";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "target", "moto-test");
const SETUP = "moto (PyPI moto[server]) is not installed: run scripts/setup.sh";

/**
 * How to start moto: the venv scripts/setup.sh makes (target/moto-venv), else `moto_server` on
 * the PATH, else `python3 -m moto.server`.
 */
function motoCommand() {
  const venv = join(root, "target", "moto-venv", "bin", "python");
  for (const [cmd, args] of [[venv, ["-m", "moto.server"]], ["moto_server", []], ["python3", ["-m", "moto.server"]]]) {
    const probe = spawnSync(cmd, [...args, "--help"], { encoding: "utf8", timeout: 30_000 });
    if (probe.status === 0 && /--port|-p PORT/.test(probe.stdout)) return [cmd, args];
  }
  return undefined;
}

/** A port nobody listens on now, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let moto; // the child process
let motoExit; // resolves when it exits
let origin; // http://127.0.0.1:<port>
let mf; // Miniflare
const log = [];

before(async () => {
  const command = motoCommand();
  if (!command) assert.fail(SETUP);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const [cmd, args] = command;
  // Its own process group, so that `after` can stop moto and anything its launcher (a pyenv
  // shim, say) started, by moto's own PID.
  moto = spawn(cmd, [...args, "-H", "127.0.0.1", "-p", String(port)], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  motoExit = new Promise((resolve) => moto.once("exit", (code, signal) => resolve({ code, signal })));
  for (const stream of [moto.stdout, moto.stderr]) stream.on("data", (d) => log.push(String(d)));
  let exited;
  motoExit.then((e) => (exited = e));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) assert.fail(`moto exited (${JSON.stringify(exited)}) before answering:\n${log.join("")}`);
    try {
      const res = await fetch(`${origin}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) assert.fail(`moto did not answer on ${origin} within 30 s:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }

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
    bindings: { MOTO_ORIGIN: origin },
  });
});

after(async () => {
  await mf?.dispose();
  if (moto?.pid !== undefined && moto.exitCode === null && moto.signalCode === null) {
    const stop = (signal) => {
      try {
        process.kill(-moto.pid, signal); // moto's process group: moto and what its launcher started
      } catch {
        moto.kill(signal);
      }
    };
    stop("SIGTERM");
    const stopped = await Promise.race([motoExit, new Promise((r) => setTimeout(() => r(undefined), 5000))]);
    if (!stopped) stop("SIGKILL");
    await motoExit;
  }
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
  assert.equal(r.target, `${origin}/`);
  assert.equal(r.contentType, "application/x-www-form-urlencoded");
  assert.match(r.authorization, /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/ec2\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
  assert.equal(r.status, 200, r.xml);
  assert.match(r.xml, /<imageId>ami-[0-9a-f]{8,17}<\/imageId>/);
  const imageId = r.xml.match(/<imageId>(ami-[0-9a-f]+)<\/imageId>/)[1];
  assert.deepEqual(r.parsed, { ok: true, ImageId: imageId, RequestId: r.parsed.RequestId });

  // What moto stored: the Name and Description decoded from our body, character for character.
  const aws = new AwsClient({ accessKeyId: "test", secretAccessKey: "test", service: "ec2", region: "us-east-1" });
  const described = await aws.fetch(`${origin}/`, {
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
  const posts = () => log.join("").split("\"POST / ").length - 1; // moto logs every request
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
