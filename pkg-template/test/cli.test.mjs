// The `ec2-register-image` command as users run it: `npm pack` of pkg/, installed from the
// tarball (offline) into a fresh project, invoked through `npx ec2-register-image`, and through
// the bin link npm made (node_modules/.bin/ec2-register-image: what npx and `npm run` scripts
// execute, without npm's own start-up of a second or more on this shared machine). Every exit
// code, every format, standard input, colours, the body of every public vector byte-identical,
// every vector's body decoded back to its input, and big inputs without quadratic steps.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalized } from "./normalized.mjs";
import { AWS_MODEL, validate } from "../../pkg/node.mjs";
import { scanJson, locate } from "../../pkg/bin/json-positions.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = join(root, "pkg");
// Not package.test.mjs's target/js-test: node --test runs the files side by side.
const work = join(root, "target", "cli-test");
const project = join(work, "project");
const vectors = JSON.parse(readFileSync(join(root, "tests", "data", "vectors.json"), "utf8"));
const vectorFile = (n) => `v${String(n).padStart(2, "0")}.json`;
const vectorFiles = vectors.map((_, n) => vectorFile(n));

// A clean environment: no colour settings, no GitHub workspace, and npm never asks a registry.
const env = { ...process.env, npm_config_offline: "true", npm_config_update_notifier: "false" };
for (const name of ["NO_COLOR", "FORCE_COLOR", "GITHUB_WORKSPACE", "GITHUB_ACTIONS"]) delete env[name];

const binLink = () => join(project, "node_modules", ".bin", "ec2-register-image");

/** `ec2-register-image ...args` in the project, through the bin link: `{ status, stdout, stderr }`. */
function cli(args, { input, env: extra = {}, cwd = project, npx = false } = {}) {
  const [command, ...first] = npx ? ["npx", "ec2-register-image"] : [binLink()];
  const r = spawnSync(command, [...first, ...args], { cwd, input, encoding: "utf8", env: { ...env, ...extra }, maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Many runs of `cli` at once (the machine's cores), in order of `argsList`. */
async function binAll(argsList) {
  const results = new Array(argsList.length);
  let next = 0;
  const worker = async () => {
    while (next < argsList.length) {
      const k = next++;
      results[k] = await new Promise((resolve, reject) => {
        execFile(binLink(), argsList[k], { cwd: project, env, encoding: "utf8" }, (error, stdout, stderr) => {
          if (error && typeof error.code !== "number") reject(error);
          else resolve({ status: error ? error.code : 0, stdout, stderr });
        });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return results;
}

const usage = "Run `ec2-register-image --help` for usage.\n";
const API = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/";
const write = (name, content) => writeFileSync(join(project, name), content);
const text = (name) => readFileSync(join(project, name), "utf8");

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: pkg, encoding: "utf8" }).trim();
  // Not "type": "module": the command must not depend on its caller's package.
  write("package.json", JSON.stringify({ name: "ami-repo", private: true }));
  execFileSync("npm", ["install", "--offline", "--silent", "--no-audit", "--no-fund", join(work, tarball)], { cwd: project, env });
  // The vectors as people keep them: pretty-printed --cli-input-json files.
  for (const [n, v] of vectors.entries()) {
    write(vectorFile(n), JSON.stringify(v.input, null, 2));
    write(`v${String(n).padStart(2, "0")}.body`, v.body);
  }
  write(
    "bad.json",
    `{
  "Name": "ab",
  "BlockDeviceMappings": [{ "DeviceName": "/dev/sda1", "Ebs": { "VolumeSize": "8" } }],
  "Archtecture": "x86_64"
}
`,
  );
  write("warn.json", JSON.stringify({ Name: "only a warning", BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8 } }] }, null, 2));
  write("clean.json", JSON.stringify({ Name: "web-2026", ImageLocation: "my-bucket/web/image.manifest.xml" }));
  write("trailing-comma.json", '{\n  "Name": "web",\n  "BlockDeviceMappings": [\n    { "DeviceName": "/dev/sda1" },\n  ]\n}\n');
  write("single-quotes.json", "{ 'Name': 'web' }");
  write("comment.json", '{\n  // our web AMI\n  "Name": "web"\n}');
  write("truncated.json", '{\n  "Name": "web",\n  "BlockDeviceMappings": [{ "DeviceName": "/dev/sda1"');
  write("empty.json", "");
  write("newline-in-string.json", '{ "Name": "we\nb" }');
  writeFileSync(join(project, "binary.json"), Buffer.from([0x7b, 0x22, 0x00, 0x01, 0x02, 0xff, 0x7d]));
  writeFileSync(join(project, "latin1.json"), Buffer.from('{"Name": "caf\xe9"}', "latin1"));
  writeFileSync(join(project, "utf16.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"Name":"web"}', "utf16le")]));
  writeFileSync(join(project, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text("clean.json"))]));
  mkdirSync(join(project, "ami"), { recursive: true });
});

/** `--version`: the package's version, then the AWS model it knows. */
const versionText = (version) =>
  `${version}\nAWS model: botocore ${AWS_MODEL.botocore} (${AWS_MODEL.botocoreDate}), @aws-sdk/client-ec2 ${AWS_MODEL.sdk} (${AWS_MODEL.sdkDate})\n`;

test("npx ec2-register-image: the installed command, found offline, same answers as its bin link", () => {
  const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
  assert.deepEqual(cli(["--version"], { npx: true }), { status: 0, stdout: versionText(version), stderr: "" });
  for (const [args, input] of [
    [["check", "bad.json", "clean.json"]],
    [["check", "--format", "github", "-"], text("bad.json")],
    [["check", "--format", "json", "comment.json", "warn.json"]],
    [["body", "--region", "eu-west-1", vectorFile(5)]],
    [["decode"], vectors[5].body],
    [["chek"]],
  ]) {
    assert.deepEqual(cli(args, { input, npx: true }), cli(args, { input }), args.join(" "));
  }
  // From a folder below the project, as in a repository's ami/ folder.
  assert.equal(cli(["body", "../clean.json"], { npx: true, cwd: join(project, "ami") }).stdout, cli(["body", "clean.json"]).stdout);
});

test("--version is the package's; --help shows usage, exit codes and examples", () => {
  const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
  assert.deepEqual(cli(["--version"]), { status: 0, stdout: versionText(version), stderr: "" });
  assert.match(versionText(version), /^\d+\.\d+\.\d+\nAWS model: botocore \d+\.\d+\.\d+ \(\d{4}-\d\d-\d\d\), @aws-sdk\/client-ec2 3\.\d+\.\d+ \(\d{4}-\d\d-\d\d\)\n$/);
  const help = cli(["--help"]);
  assert.equal(help.status, 0);
  assert.equal(help.stderr, "");
  for (const part of [
    "ec2-register-image check [--strict] [--format text|json|github] FILE...",
    "ec2-register-image body [--region REGION] [--strict] FILE",
    "ec2-register-image decode [FILE]",
    "Exit status:",
    "npx ec2-register-image check --format github ami/*.json",
    "NO_COLOR",
  ]) {
    assert.ok(help.stdout.includes(part), part);
  }
  assert.equal(cli(["check", "--help"]).stdout, help.stdout);
  assert.equal(cli(["help"]).stdout, help.stdout);
});

test("usage errors: exit 2, a message and a pointer to --help on stderr, nothing on stdout", () => {
  const cases = [
    [[], "no command given"],
    [["chek", "a.json"], 'unknown command "chek"; did you mean "check"?'],
    [["lint"], 'unknown command "lint"'],
    [["check"], "check: give at least one FILE (- for standard input)"],
    [["check", "--format", "xml", "clean.json"], 'check: --format must be text, json, github; got "xml"'],
    [["check", "--format"], "check: --format needs a value"],
    [["check", "--strict=yes", "clean.json"], "check: --strict takes no value"],
    [["check", "--write", "clean.json"], "check: --write writes what --fix repairs; give --fix --write"],
    [["check", "--fix=yes", "clean.json"], "check: --fix takes no value"],
    [["check", "-", "-"], "check: standard input (-) can be read only once"],
    [["body"], "body: give exactly one FILE (- for standard input)"],
    [["body", "clean.json", "v00.json"], "body: give exactly one FILE (- for standard input)"],
    [["body", "--region", "US-EAST-1", "clean.json"], 'body: --region must be a region name such as us-east-1; got "US-EAST-1"'],
    [["body", "--region=us_east_1", "clean.json"], 'body: --region must be a region name such as us-east-1; got "us_east_1"'],
    [["decode", "a", "b"], "decode: give at most one FILE"],
    [["decode", "--format", "json"], "decode: unknown option --format"],
  ];
  for (const [args, message] of cases) {
    assert.deepEqual(cli(args), { status: 2, stdout: "", stderr: `ec2-register-image: ${message}\n${usage}` }, args.join(" "));
  }
});

test("check, text: one line per issue, then a summary; exit 1 on an error", () => {
  const r = cli(["check", "bad.json", "clean.json"]);
  // Messages as the library gives them (proven in its own tests); here, the lines around them.
  assert.equal(
    r.stdout,
    `bad.json: Archtecture: error UnknownField: unknown member "Archtecture"; did you mean "Architecture"?
bad.json: BlockDeviceMappings[0].Ebs.VolumeSize: error WrongType: must be a whole number; got the string "8"
bad.json: Name: error TooShort: must be 3-128 characters; it has 2
bad.json: RootDeviceName: warning Required: give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume
2 files checked: 3 errors and 1 warning in 1 file
`,
  );
  assert.equal(r.stderr, "");
  assert.equal(r.status, 1);
  // A value that is not an object: its path is the input itself.
  write("list.json", "[]");
  assert.match(cli(["check", "list.json"]).stdout, /^list\.json: \(input\): error WrongType: must be an object; got a list\n/);
});

test("check: warnings pass, and fail with --strict", () => {
  const warning =
    "warn.json: RootDeviceName: warning Required: give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume\n";
  assert.deepEqual(cli(["check", "warn.json", "clean.json"]), { status: 0, stdout: `${warning}2 files checked: 1 warning in 1 file\n`, stderr: "" });
  assert.deepEqual(cli(["check", "--strict", "warn.json", "clean.json"]), {
    status: 1,
    stdout: `${warning}2 files checked: 1 warning in 1 file (--strict: warnings fail)\n`,
    stderr: "",
  });
  assert.deepEqual(cli(["check", "clean.json", "--strict"]), { status: 0, stdout: "1 file checked: no issues\n", stderr: "" });
  // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON.
  assert.deepEqual(cli(["check", "--strict", "bom.json"]), { status: 0, stdout: "1 file checked: no issues\n", stderr: "" });
});

test("a value AWS may have added: check warns, body sends it; --strict blocks; a case slip is an error", () => {
  const input = { Name: "web-2026", ImageLocation: "b/m.xml", Architecture: "arm64e" };
  const [issue] = validate(input);
  assert.equal(issue.severity, "warning");
  assert.match(issue.message, new RegExp(`AWS model of botocore ${AWS_MODEL.botocore.replaceAll(".", "\\.")}`));
  const run = (args) => cli(args, { input: JSON.stringify(input) });
  assert.deepEqual(run(["check", "-"]), { status: 0, stdout: `<stdin>: Architecture: warning NotAllowedValue: ${issue.message}\n1 file checked: 1 warning in 1 file\n`, stderr: "" });
  assert.equal(run(["check", "--strict", "-"]).status, 1);
  const body = run(["body", "-"]);
  assert.equal(body.status, 0);
  assert.equal(body.stdout, "Action=RegisterImage&Version=2016-11-15&Name=web-2026&ImageLocation=b%2Fm.xml&Architecture=arm64e");
  assert.equal(run(["body", "--strict", "-"]).stdout, "");
  const slip = cli(["check", "-"], { input: JSON.stringify({ ...input, Architecture: "X86_64" }) });
  assert.equal(slip.status, 1);
  assert.match(slip.stdout, /Architecture: error NotAllowedValue: must be one of .*; got "X86_64"; did you mean "x86_64"\?/);
});

test("check: every public vector in one run, in each format", () => {
  const expected = vectors.map((v) => validate(v.input));
  const warned = expected.filter((issues) => issues.length > 0).length;
  const warnings = expected.flat().length;
  assert.ok(expected.flat().every((i) => i.severity === "warning"), "the vectors have no errors");
  assert.ok(warned > 0, "some vectors have warnings, so every format shows some");

  const textRun = cli(["check", ...vectorFiles]);
  assert.equal(textRun.status, 0);
  const lines = expected.flatMap((issues, n) => issues.map((i) => `${vectorFile(n)}: ${i.path}: warning ${i.code}: ${i.message}\n`));
  assert.equal(textRun.stdout, `${lines.join("")}40 files checked: ${warnings} warnings in ${warned} files\n`);

  const strictRun = cli(["check", "--strict", "--format", "json", ...vectorFiles]);
  assert.equal(strictRun.status, 1);
  const json = JSON.parse(strictRun.stdout);
  assert.equal(strictRun.stderr, "");
  assert.equal(json.length, 40);
  for (const [n, entry] of json.entries()) {
    assert.equal(entry.file, vectorFile(n));
    // Each issue as validate gives it, plus where its member's name is in the file.
    const source = text(vectorFile(n));
    const want = expected[n].map((issue) => {
      // Each member's name found after its parent's (the vectors' warnings are in first items).
      let key = 0;
      for (const part of issue.path.split(/\.|(?=\[)/)) {
        if (part.startsWith("[")) assert.equal(part, "[0]", `vector ${n}: ${issue.path}`);
        else key = source.indexOf(`"${part}":`, key);
      }
      assert.ok(key > 0, `vector ${n}: ${issue.path} is in the file`);
      const before = source.slice(0, key).split("\n");
      return { ...issue, line: before.length, column: before.at(-1).length + 1 };
    });
    assert.deepEqual(entry.issues, want, `vector ${n}`);
  }

  const github = cli(["check", "--format=github", ...vectorFiles]);
  assert.equal(github.status, 0);
  const annotations = json.flatMap((entry) =>
    entry.issues.map((i) => `::warning file=${entry.file},line=${i.line},col=${i.column},title=${i.code}%3A ${i.path}::${i.message}\n`),
  );
  assert.equal(github.stdout, `${annotations.join("")}40 files checked: ${warnings} warnings in ${warned} files\n`);
});

test("check, json: { file, issues } with line and column; unreadable files as { file, error }", () => {
  const r = cli(["check", "--format", "json", "bad.json", "clean.json", "trailing-comma.json"]);
  assert.equal(r.status, 2);
  assert.deepEqual(JSON.parse(r.stdout), [
    {
      file: "bad.json",
      issues: [
        { path: "Archtecture", code: "UnknownField", message: 'unknown member "Archtecture"; did you mean "Architecture"?', severity: "error", docs: `${API}API_RegisterImage.html`, fix: { rename: "Architecture" }, keys: ["Archtecture"], line: 4, column: 3 },
        { path: "BlockDeviceMappings[0].Ebs.VolumeSize", code: "WrongType", message: 'must be a whole number; got the string "8"', severity: "error", docs: `${API}API_EbsBlockDevice.html`, fix: { replace: 8 }, keys: ["BlockDeviceMappings", 0, "Ebs", "VolumeSize"], line: 3, column: 65 },
        { path: "Name", code: "TooShort", message: "must be 3-128 characters; it has 2", severity: "error", docs: `${API}API_RegisterImage.html`, keys: ["Name"], line: 2, column: 3 },
        {
          path: "RootDeviceName",
          code: "Required",
          message: "give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume",
          severity: "warning",
          docs: `${API}API_RegisterImage.html`,
          keys: ["RootDeviceName"],
          line: 1,
          column: 1,
        },
      ],
    },
    { file: "clean.json", issues: [] },
    { file: "trailing-comma.json", error: { message: "not JSON: a comma before ] (JSON allows no trailing comma)", line: 5, column: 3 } },
  ]);
  assert.equal(r.stderr, "trailing-comma.json:5:3: error: not JSON: a comma before ] (JSON allows no trailing comma)\n");
});

test("check, github: workflow annotations, escaped as GitHub's toolkit escapes them", () => {
  const r = cli(["check", "--format", "github", "bad.json", "clean.json"]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stdout,
    `::error file=bad.json,line=4,col=3,title=UnknownField%3A Archtecture::unknown member "Archtecture"; did you mean "Architecture"?
::error file=bad.json,line=3,col=65,title=WrongType%3A BlockDeviceMappings[0].Ebs.VolumeSize::must be a whole number; got the string "8"
::error file=bad.json,line=2,col=3,title=TooShort%3A Name::must be 3-128 characters; it has 2
::warning file=bad.json,line=1,col=1,title=Required%3A RootDeviceName::give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume
2 files checked: 3 errors and 1 warning in 1 file
`,
  );
  // Properties escape % CR LF : and ,; the message escapes % CR LF. A key can hold all of them.
  write("odd,name:100%.json", JSON.stringify({ Name: "web-2026", ImageLocation: "b/m.xml", "a\r\nb%,c:": 1 }));
  const odd = cli(["check", "--format", "github", "odd,name:100%.json"]);
  assert.equal(odd.status, 1);
  const [first] = odd.stdout.split("\n");
  assert.equal(
    first.slice(0, first.indexOf(";")),
    '::error file=odd%2Cname%3A100%25.json,line=1,col=46,title=UnknownField%3A a%0D%0Ab%25%2Cc%3A::unknown member "a\\r\\nb%25,c:"',
  );
  // ... and in text, the path's line break is shown escaped so that one issue stays one line.
  assert.match(cli(["check", "odd,name:100%.json"]).stdout, /^odd,name:100%\.json: a\\r\\nb%,c:: error UnknownField: /);
  // Paths relative to the workspace, with /, whatever the path given.
  const nested = cli(["check", "--format", "github", join(project, "ami", "..", "bad.json")], {
    cwd: join(project, "ami"),
    env: { GITHUB_WORKSPACE: project },
  });
  assert.match(nested.stdout, /^::error file=bad\.json,line=4,col=3,/);
  assert.match(cli(["check", "--format", "github", "./ami/../bad.json"]).stdout, /^::error file=bad\.json,/);
});

test("exit 2: files that cannot be read or are not JSON, each named with its position; the rest still checked", () => {
  const files = [
    "trailing-comma.json",
    "single-quotes.json",
    "comment.json",
    "truncated.json",
    "empty.json",
    "newline-in-string.json",
    "missing.json",
    "ami",
    "binary.json",
    "latin1.json",
    "utf16.json",
    "bad.json",
  ];
  const r = cli(["check", ...files]);
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    `trailing-comma.json:5:3: error: not JSON: a comma before ] (JSON allows no trailing comma)
single-quotes.json:1:3: error: not JSON: member names take double quotes, not single
comment.json:2:3: error: not JSON: comments are not allowed in JSON
truncated.json:3:54: error: not JSON: the text ends inside an object (opened at line 3, column 27)
empty.json:1:1: error: not JSON: the text is empty
newline-in-string.json:1:14: error: not JSON: a string is not closed on its line (a missing "?)
missing.json: error: does not exist
ami: error: is a directory; give the files in it (such as dir/*.json)
binary.json: error: is a binary file, not text
latin1.json: error: is not UTF-8 text (a binary file?)
utf16.json: error: is UTF-16 text; save it as UTF-8
`,
  );
  assert.match(r.stdout, /^bad\.json: Archtecture: error UnknownField/);
  assert.match(r.stdout, /\n1 file checked: 3 errors and 1 warning in 1 file; 11 files not checked\n$/);
  // Not JSON wins over issues, in every format.
  const github = cli(["check", "--format", "github", "comment.json", "missing.json"]);
  assert.equal(github.status, 2);
  assert.equal(
    github.stdout,
    `::error file=comment.json,line=2,col=3,title=Not checked::comment.json: not JSON: comments are not allowed in JSON
::error file=missing.json,title=Not checked::missing.json: does not exist
0 files checked: no issues; 2 files not checked
`,
  );
  const json = cli(["check", "--format", "json", "missing.json"]);
  assert.deepEqual(JSON.parse(json.stdout), [{ file: "missing.json", error: { message: "does not exist" } }]);
  assert.equal(json.status, 2);
  // After --, a FILE may start with -.
  assert.deepEqual(cli(["check", "--", "--help"]), { status: 2, stdout: "0 files checked: no issues; 1 file not checked\n", stderr: "--help: error: does not exist\n" });
});

test("the JSON position scanner agrees with JSON.parse on what is JSON", () => {
  let seed = 20260501;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ["{", "}", "[", "]", ",", ":", '"', "\\", "0", "1", "-", ".", "e", "+", "true", "nul", " ", "\n", "\u0001", "u", "'", "/"];
  let valid = 0;
  for (let k = 0; k < 30_000; k++) {
    const v = vectors[random(vectors.length)].input;
    let t = random(2) ? JSON.stringify(v) : JSON.stringify(v, null, 2);
    if (random(4) === 0) t = t.slice(0, random(80));
    for (let e = random(3); e >= 0; e--) {
      const at = random(t.length + 1);
      t = t.slice(0, at) + (random(3) ? pieces[random(pieces.length)] : "") + t.slice(at + random(2));
    }
    let parses = true;
    try {
      JSON.parse(t);
    } catch {
      parses = false;
    }
    if (parses) valid++;
    assert.equal(scanJson(t, null).error === undefined, parses, JSON.stringify(t));
  }
  assert.ok(valid > 200, `only ${valid} valid texts`);
  // Positions are 1-based lines and UTF-16 columns; a repeated member is found where JSON.parse takes it.
  const input = '{\n  "Name": "a",\n  "Name": "ab",\n  "T": [0, {"é😀": 1}]\n}';
  assert.deepEqual(
    locate(input, [["Name"], ["T", 1, "é😀"], ["T", 1, "Missing"], ["T", 5]].map((keys) => ({ keys }))).map((i) => [i.line, i.column]),
    [[3, 3], [4, 13], [4, 12], [4, 3]],
  );
  // A key may hold "." or "[": the library gives the keys, so nothing is ambiguous.
  assert.deepEqual(locate('{"A": 1,\n "a.b[0]": 2}', [{ keys: ["a.b[0]"] }]).map((i) => [i.line, i.column]), [[2, 2]]);
});

test("check --fix: the repaired JSON on stdout (laid out like the file), the file untouched; --write repairs in place", () => {
  const mistaken = '{\n    "Name": "web",\n    "Architecture": "X86_64",\n    "ImageLocation": "b/m.xml",\n    "dryRun": "false",\n    "BlockDeviceMapping": [{"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": "8", "Iops": 0}}]\n}\n';
  const repaired = {
    Name: "web",
    Architecture: "x86_64",
    ImageLocation: "b/m.xml",
    DryRun: false,
    BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8, Iops: 0 } }],
  };
  write("fix-me.json", mistaken);
  const r = cli(["check", "--fix", "fix-me.json"]);
  assert.equal(r.status, 1, "an error no fix can make is left (Iops 0)");
  assert.equal(r.stdout, `${JSON.stringify(repaired, null, 4)}\n`);
  assert.equal(r.stderr, [
    "fix-me.json: BlockDeviceMappings[0].Ebs.Iops: error OutOfRange: must be at least 1; got 0",
    "fix-me.json: BlockDeviceMappings[0].Ebs.Iops: warning Conflict: Iops applies to io1, io2, gp3 volumes only; set VolumeType (the default type, gp2 in the CreateVolume docs, takes no Iops)",
    "1 file checked after fixing: 1 error and 1 warning in 1 file; 5 fixes made",
    "",
  ].join("\n"));
  assert.equal(text("fix-me.json"), mistaken, "never over the file without --write");
  // Standard input; nothing to fix prints the file as it is.
  assert.equal(cli(["check", "--fix", "-"], { input: mistaken }).stdout, r.stdout);
  write("clean-fix.json", '{"Name":"web","ImageLocation":"b/m.xml"}');
  assert.deepEqual(cli(["check", "--fix", "clean-fix.json"]), { status: 0, stdout: '{"Name":"web","ImageLocation":"b/m.xml"}', stderr: "1 file checked after fixing: no issues; 0 fixes made\n" });

  write("fix-a.json", mistaken);
  write("fix-b.json", mistaken.replace(', "Iops": 0', ""));
  const w = cli(["check", "--fix", "--write", "fix-a.json", "fix-b.json", "clean-fix.json"]);
  assert.equal(w.status, 1);
  assert.equal(w.stderr, "");
  assert.match(w.stdout, /^fix-a\.json: BlockDeviceMappings\[0\]\.Ebs\.Iops: error OutOfRange/);
  assert.match(w.stdout, /3 files checked after fixing: 1 error and 1 warning in 1 file; 10 fixes made in place\n$/);
  assert.equal(text("fix-a.json"), r.stdout);
  assert.deepEqual(JSON.parse(text("fix-b.json")), { ...repaired, BlockDeviceMappings: [{ DeviceName: "/dev/sdb", Ebs: { VolumeSize: 8 } }] });
  assert.equal(text("clean-fix.json"), '{"Name":"web","ImageLocation":"b/m.xml"}', "a file with nothing to fix is not rewritten");
  // JSON format with --write: the positions are those of the repaired file.
  write("fix-c.json", mistaken);
  const [result] = JSON.parse(cli(["check", "--fix", "--write", "--format", "json", "fix-c.json"]).stdout);
  assert.deepEqual(result.issues.map((i) => [i.path, i.line]), [["BlockDeviceMappings[0].Ebs.Iops", 11], ["BlockDeviceMappings[0].Ebs.Iops", 11]]);

  for (const [args, message] of [
    [["check", "--write", "fix-a.json"], "--write writes what --fix repairs"],
    [["check", "--fix", "fix-a.json", "fix-b.json"], "--fix prints one repaired FILE on standard output"],
    [["check", "--fix", "--write", "-"], "--write cannot write standard input"],
  ]) {
    const u = cli(args, { input: "{}" });
    assert.equal(u.status, 2, args.join(" "));
    assert.equal(u.stdout, "");
    assert.match(u.stderr, new RegExp(message));
  }
});

test("standard input: check -, body -, decode with no FILE", () => {
  const input = text("bad.json");
  const r = cli(["check", "-"], { input });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^<stdin>: Archtecture: error UnknownField: /);
  assert.match(r.stdout, /\n1 file checked: 3 errors and 1 warning in 1 file\n$/);
  const github = cli(["check", "--format", "github", "clean.json", "-"], { input });
  assert.match(github.stdout, /^::error line=4,col=3,title=UnknownField%3A Archtecture::/, "no file= for standard input");
  assert.deepEqual(JSON.parse(cli(["check", "--format", "json", "-"], { input: "[]" }).stdout)[0].file, "<stdin>");
  assert.deepEqual(cli(["check", "-"], { input: "{,}" }), {
    status: 2,
    stdout: "0 files checked: no issues; 1 file not checked\n",
    stderr: "<stdin>:1:2: error: not JSON: expected a member name in double quotes\n",
  });
  assert.deepEqual(cli(["body", "-"], { input: JSON.stringify(vectors[3].input) }), { status: 0, stdout: vectors[3].body, stderr: "" });
  const decoded = cli(["decode"], { input: `${vectors[3].body}\n` });
  assert.deepEqual(JSON.parse(decoded.stdout), normalized(vectors[3].input));
  assert.equal(cli(["decode", "-"], { input: vectors[3].body }).stdout, decoded.stdout);
});

test("body: every public vector's body byte-identical, with and without --region", async () => {
  const runs = await binAll(vectors.map((_, n) => (n % 2 ? ["body", vectorFile(n)] : ["body", "--region", "eu-west-1", vectorFile(n)])));
  for (const [n, v] of vectors.entries()) {
    // No newline after the body: it is what gets signed and sent.
    assert.equal(runs[n].stdout, v.body, `vector ${n}`);
    assert.equal(runs[n].status, 0, `vector ${n}`);
    const warnings = validate(v.input).map((i) => `${vectorFile(n)}: ${i.path}: warning ${i.code}: ${i.message}\n`);
    assert.equal(runs[n].stderr, warnings.join(""), `vector ${n}: its warnings on stderr`);
  }
  // Any region name the SDK resolves, including one newer than this package.
  assert.equal(cli(["body", "--region", "ap-southeast-7", "clean.json"]).stdout, "Action=RegisterImage&Version=2016-11-15&Name=web-2026&ImageLocation=my-bucket%2Fweb%2Fimage.manifest.xml");
});

test("body: an input with an error gives no body (exit 1, the issues on stderr); --strict blocks on warnings", () => {
  const r = cli(["body", "bad.json"]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.equal(
    r.stderr,
    `bad.json: Archtecture: error UnknownField: unknown member "Archtecture"; did you mean "Architecture"?
bad.json: BlockDeviceMappings[0].Ebs.VolumeSize: error WrongType: must be a whole number; got the string "8"
bad.json: Name: error TooShort: must be 3-128 characters; it has 2
bad.json: RootDeviceName: warning Required: give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume
bad.json: no body: RegisterImage input has 3 errors and 1 warning; first: Archtecture: unknown member "Archtecture"; did you mean "Architecture"? (UnknownField)
`,
  );
  const warned = cli(["body", "warn.json"]);
  assert.equal(warned.status, 0);
  assert.equal(warned.stdout, "Action=RegisterImage&Version=2016-11-15&Name=only%20a%20warning&BlockDeviceMapping.1.Ebs.VolumeSize=8&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fsdb");
  assert.match(warned.stderr, /^warn\.json: RootDeviceName: warning Required: /);
  const strict = cli(["body", "--strict", "warn.json"]);
  assert.equal(strict.status, 1);
  assert.equal(strict.stdout, "");
  assert.match(strict.stderr, /\nwarn\.json: no body: RegisterImage input has 1 warning; first: RootDeviceName: /);
  assert.deepEqual(cli(["body", "comment.json"]), { status: 2, stdout: "", stderr: "comment.json:2:3: error: not JSON: comments are not allowed in JSON\n" });
  assert.deepEqual(cli(["body", "ami"]), { status: 2, stdout: "", stderr: "ami: error: is a directory; give the files in it (such as dir/*.json)\n" });
});

test("decode: every public vector's body back to its input (2-space JSON); not a body is exit 1", async () => {
  const runs = await binAll(vectors.map((_, n) => ["decode", `v${String(n).padStart(2, "0")}.body`]));
  for (const [n, v] of vectors.entries()) {
    assert.equal(runs[n].status, 0, `vector ${n}: ${runs[n].stderr}`);
    const input = JSON.parse(runs[n].stdout);
    // Empty lists and nulls write nothing into a body, so they cannot come back.
    assert.deepEqual(input, normalized(v.input), `vector ${n}`);
    assert.equal(runs[n].stdout, `${JSON.stringify(input, null, 2)}\n`);
    assert.equal(runs[n].stderr, "");
  }
  // What decode prints, body prints back.
  write("decoded.json", runs[0].stdout);
  assert.equal(cli(["body", "decoded.json"]).stdout, vectors[0].body);

  write("describe.body", "Action=DescribeImages&Version=2016-11-15&Owner.1=self\n");
  assert.deepEqual(cli(["decode", "describe.body"]), {
    status: 1,
    stdout: "",
    stderr: `describe.body: Owner.1: error UnknownField: unknown parameter "Owner": it is not a list
describe.body: Action: error NotAllowedValue: must be RegisterImage for a RegisterImage request; got "DescribeImages"
describe.body: not a RegisterImage request body (2 issues)
`,
  });
  assert.equal(cli(["decode", "binary.json"]).status, 2);
  assert.equal(cli(["decode", "missing.body"]).stderr, "missing.body: error: does not exist\n");
});

test("colours: only on a terminal or with FORCE_COLOR; never with NO_COLOR, never in json or github", () => {
  const red = "\x1b[31merror\x1b[0m";
  assert.ok(!cli(["check", "bad.json"]).stdout.includes("\x1b["), "a pipe gets no colour");
  const forced = cli(["check", "bad.json"], { env: { FORCE_COLOR: "1" } }).stdout;
  assert.ok(forced.includes(`bad.json: Name: ${red} TooShort`), forced);
  assert.ok(forced.endsWith("\x1b[31m1 file checked: 3 errors and 1 warning in 1 file\x1b[0m\n"));
  assert.ok(!cli(["check", "bad.json"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout.includes("\x1b["));
  assert.ok(!cli(["check", "bad.json"], { env: { FORCE_COLOR: "0" } }).stdout.includes("\x1b["));
  for (const format of ["json", "github"]) {
    assert.ok(!cli(["check", "--format", format, "bad.json"], { env: { FORCE_COLOR: "1" } }).stdout.includes("\x1b["), format);
  }
  assert.ok(cli(["body", "bad.json"], { env: { FORCE_COLOR: "1" } }).stderr.includes(red));
  // A real terminal, through util-linux's script(1).
  const tty = (command, extra = {}) =>
    execFileSync("script", ["-qec", command, "/dev/null"], { cwd: project, env: { ...env, ...extra }, encoding: "utf8" });
  const onTty = tty(`${binLink()} check bad.json; true`);
  assert.ok(onTty.includes(`bad.json: Name: ${red} TooShort`), onTty);
  assert.ok(!tty(`${binLink()} check bad.json; true`, { NO_COLOR: "1" }).includes("\x1b["));
  // On a terminal, body ends its line.
  assert.ok(tty(`${binLink()} body clean.json`).endsWith("manifest.xml\r\n"));
  // npx on a terminal too (npm draws a spinner there, so only the colours are looked for).
  assert.match(tty("npx ec2-register-image check bad.json; true"), /bad\.json: Name: \x1b\[31merror\x1b\[0m TooShort/);
});

test("large inputs and many files: linear, a few seconds at most", () => {
  // 2,000 files in one run.
  for (let k = 0; k < 2000; k++) write(join("ami", `f${k}.json`), text(vectorFile(k % 40)));
  const files = Array.from({ length: 2000 }, (_, k) => join("ami", `f${k}.json`));
  let start = performance.now();
  const many = cli(["check", "--format", "github", ...files]);
  const manySeconds = (performance.now() - start) / 1000;
  assert.equal(many.status, 0);
  assert.match(many.stdout, /\n2000 files checked: \d+ warnings in \d+ files\n$/);

  // 20 MB on one line with 24,000 issues, each placed by line and column (VolumeSize "8" is
  // given, so no mapping is also told it needs one).
  const big = { Name: "big one", RootDeviceName: "/dev/sd0", Description: "x".repeat(10_000_000), BlockDeviceMappings: [] };
  for (let k = 0; k < 1000; k++) big.BlockDeviceMappings.push({ DeviceName: `/dev/sd${k}`, Ebs: { VolumeSize: "8", Iops: "x", Foo: 1 }, Bar: 2 });
  for (let k = 0; k < 20_000; k++) big[`Unknown${k}`] = k;
  write("big.json", JSON.stringify(big));
  start = performance.now();
  const r = cli(["check", "--format", "github", "big.json"]);
  const bigSeconds = (performance.now() - start) / 1000;
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines.at(-1), "1 file checked: 24001 errors in 1 file");
  assert.equal(lines.length, 24_002);
  const last = text("big.json").lastIndexOf('"Unknown19999"');
  assert.ok(lines.includes(`::error file=big.json,line=1,col=${last + 1},title=UnknownField%3A Unknown19999::unknown member "Unknown19999"; allowed here: Name, ImageLocation, BillingProducts, BootMode, TpmSupport, UefiData, ImdsSupport, TagSpecifications, DryRun, Description, Architecture, KernelId, RamdiskId, RootDeviceName, BlockDeviceMappings, VirtualizationType, SriovNetSupport, EnaSupport. ec2-register-image ${JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version} (AWS model of botocore ${AWS_MODEL.botocore}, ${AWS_MODEL.botocoreDate}) knows these; if AWS has added it since, a newer release may know it`));

  // Nesting 200,000 deep: no stack overflow, a position for the missing bracket.
  write("deep.json", "[".repeat(200_000) + "]".repeat(199_999));
  const deep = cli(["check", "deep.json"]);
  assert.equal(deep.status, 2);
  assert.equal(deep.stderr, "deep.json:1:400000: error: not JSON: the text ends inside an array (opened at line 1, column 1)\n");
  console.log(`cli: 2,000 files ${manySeconds.toFixed(2)} s; 20 MB with 25,001 issues ${bigSeconds.toFixed(2)} s`);
  assert.ok(manySeconds < 20 && bigSeconds < 20, `${manySeconds} s, ${bigSeconds} s`);
});

test("a reader that closes the pipe early ends the command quietly", () => {
  const r = spawnSync("bash", ["-c", `npx ec2-register-image check --format json ${vectorFiles.join(" ")} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
    cwd: project,
    env,
    encoding: "utf8",
  });
  assert.equal(r.stdout, "0\n");
  assert.equal(r.stderr, "");
});
