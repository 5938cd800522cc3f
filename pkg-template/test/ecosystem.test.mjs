// The npm ecosystem's own checks on the package: publint --strict, arethetypeswrong on the
// tarball, TypeScript consumers of every module kind on the newest and the oldest TypeScript the
// README claims, one RegisterImageValidationError class across entries, Bun as a runtime.
//
// Run by `make test` (after `make pkg`): node --test pkg-template/test/
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = join(root, "pkg");
const work = join(root, "target", "ecosystem-test");
const devPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The TypeScript versions the README claims: the pinned current one and the oldest. */
const TYPESCRIPTS = { typescript: devPackage.devDependencies.typescript, "typescript-5.0": devPackage.devDependencies["typescript-5.0"] };

const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${e.status}):\n${e.stdout}\n${e.stderr}`);
  }
};

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: pkg, encoding: "utf8" }).trim();
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumers", private: true, type: "module" }));
  run("npm", ["install", "--silent", "--no-audit", "--no-fund", join(work, tarball)], work);
});

test("publint --strict: no errors, warnings or suggestions", () => {
  const out = run(join(root, "node_modules", ".bin", "publint"), ["--strict"], pkg);
  console.log(out.trim());
  assert.match(out, /All good!/);
});

test("arethetypeswrong --pack: no problems, every entrypoint (the .wasm subpaths typed as a WebAssembly.Module)", () => {
  const out = run(join(root, "node_modules", ".bin", "attw"), ["--pack", ".", "--format", "table-flipped"], pkg);
  console.log(out.trim());
  assert.match(out, /No problems found/);
  assert.match(out, /ec2_register_image_bg\.wasm/);
  assert.match(out, /ec2_register_image_parse_bg\.wasm/);
  assert.doesNotMatch(out, /💀|⚠️|❌/);
});

// Each consumer: a file, the folder's package.json "type", and the tsc options.
const consumers = {
  "CommonJS (.cts, node16)": { file: "consumer.cts", type: "module", options: { module: "node16", moduleResolution: "node16" } },
  "ESM (.mts, node16)": { file: "consumer.mts", type: "module", options: { module: "node16", moduleResolution: "node16" } },
  "ESM (.ts in a module project, nodenext)": { file: "consumer.ts", type: "module", options: { module: "nodenext", moduleResolution: "nodenext" } },
  "CommonJS (.ts in a commonjs project, nodenext)": { file: "consumer.ts", type: "commonjs", options: { module: "nodenext", moduleResolution: "nodenext" } },
  "bundler resolution (.ts, esnext)": { file: "consumer.ts", type: "module", options: { module: "esnext", moduleResolution: "bundler" } },
};
const CONSUMER = `import { buildRequest, validate, RegisterImageValidationError, API_VERSION, AWS_MODEL, registerImageSchema } from "ec2-register-image";
import type { RegisterImageInput, Issue, RegisterImageRequestWithUrl, IssueCode } from "ec2-register-image";
import * as streaming from "ec2-register-image/streaming";

const input: RegisterImageInput = { Name: "typed", ImageLocation: "b/m.xml", Architecture: "arm64" };
const request: RegisterImageRequestWithUrl = buildRequest(input, { region: "us-east-1" });
const url: string = request.url;
const issues: Issue[] = validate({ anything: 1 });
const code: IssueCode | undefined = issues[0]?.code;
const version: "2016-11-15" = API_VERSION;
const vendor: string = registerImageSchema["~standard"].vendor;
try {
  buildRequest({ Name: "x" });
} catch (e) {
  if (e instanceof RegisterImageValidationError) {
    const first: Issue | undefined = e.issues[0];
    console.log(first?.path);
  }
}
const same: typeof buildRequest = streaming.buildRequest;
// @ts-expect-error: not an Architecture (a number)
const wrong: RegisterImageInput = { Name: "typed", Architecture: 64 };
// @ts-expect-error: the Name key is required, as in the SDK's RegisterImageCommandInput
const unnamed: RegisterImageInput = { ImageLocation: "b/m.xml" };
// A value AWS may add type-checks, as in the SDK (validate() warns about it).
const added: RegisterImageInput = { Name: "typed", Architecture: "arm64e", BlockDeviceMappings: [{ Ebs: { VolumeType: "gp4" } }] };
const model: string = AWS_MODEL.botocore;
export { url, code, version, vendor, same, wrong, unnamed, added, model };
`;

for (const [ts, version] of Object.entries(TYPESCRIPTS)) {
  for (const [label, { file, type, options }] of Object.entries(consumers)) {
    test(`TypeScript ${version.replace(/^npm:typescript@/, "")}: tsc --noEmit --strict, ${label}`, () => {
      const dir = join(work, `${ts}-${label.replace(/\W+/g, "-")}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type }));
      writeFileSync(join(dir, file), CONSUMER);
      // No @types from the repository: the consumer needs none, and TypeScript 5.0 cannot read
      // today's @types/node. skipLibCheck stays off, so the package's declarations are checked.
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], types: [], ...options }, files: [file] }),
      );
      run("node", [join(root, "node_modules", ts, "bin", "tsc"), "-p", "."], dir);
    });
  }
}

test("one RegisterImageValidationError class: Node import, require and the browser entry in one process", () => {
  writeFileSync(
    join(work, "one-class.mjs"),
    `import * as esm from "ec2-register-image";
     import * as browser from "./node_modules/ec2-register-image/browser.js";
     import { createRequire } from "node:module";
     const cjs = createRequire(import.meta.url)("ec2-register-image");
     const thrown = (lib) => { try { lib.buildRequest({ Name: "ab" }); } catch (e) { return e; } };
     const entries = { esm, cjs, browser };
     const result = {};
     for (const [by, lib] of Object.entries(entries)) {
       const e = thrown(lib);
       for (const [as, other] of Object.entries(entries)) result[by + " instanceof " + as] = e instanceof other.RegisterImageValidationError;
       result[by + " instanceof Error"] = e instanceof Error;
     }
     class Mine extends esm.RegisterImageValidationError {}
     result["subclass keeps the prototype test"] = !(thrown(esm) instanceof Mine) && new Mine("m", []) instanceof Mine;
     result["plain Error is not one"] = !(new Error("x") instanceof cjs.RegisterImageValidationError);
     result["Node: one class for import and require"] = esm.RegisterImageValidationError === cjs.RegisterImageValidationError;
     console.log(JSON.stringify(result));`,
  );
  const result = JSON.parse(run("node", ["one-class.mjs"], work));
  for (const [claim, holds] of Object.entries(result)) assert.equal(holds, true, claim);
  assert.equal(Object.keys(result).length, 15);
});

test("Bun runs the package (node entries), import and require", () => {
  writeFileSync(
    join(work, "bun.mjs"),
    `import { buildRequest } from "ec2-register-image";
     import { createRequire } from "node:module";
     const cjs = createRequire(import.meta.url)("ec2-register-image");
     console.log(buildRequest({ Name: "bun", ImageLocation: "b/m.xml" }).body === cjs.buildRequest({ Name: "bun", ImageLocation: "b/m.xml" }).body ? buildRequest({ Name: "bun", ImageLocation: "b/m.xml" }).body : "differ");`,
  );
  const out = run(join(root, "node_modules", ".bin", "bun"), ["bun.mjs"], work).trim();
  assert.equal(out, "Action=RegisterImage&Version=2016-11-15&Name=bun&ImageLocation=b%2Fm.xml");
});

test("ec2-register-image/schema.json from the installed tarball: import with type json, require, and TypeScript's resolveJsonModule", () => {
  writeFileSync(
    join(work, "schema.mjs"),
    `import schema from "ec2-register-image/schema.json" with { type: "json" };
     import { createRequire } from "node:module";
     const required = createRequire(import.meta.url)("ec2-register-image/schema.json");
     console.log(JSON.stringify([schema.$schema, schema.required, required === schema || JSON.stringify(required) === JSON.stringify(schema)]));`,
  );
  const out = run("node", ["schema.mjs"], work).trim();
  assert.equal(out, JSON.stringify(["https://json-schema.org/draft/2020-12/schema", ["Name"], true]));
  const dir = join(work, "schema-ts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(join(dir, "consumer.ts"), `import schema from "ec2-register-image/schema.json" with { type: "json" };\nexport const id: string = schema.$id;\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2022", types: [], module: "nodenext", moduleResolution: "nodenext", resolveJsonModule: true }, files: ["consumer.ts"] }),
  );
  run("node", [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], dir);
});

test("the tarball holds the licenses and names no file it lacks", () => {
  const files = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: pkg, encoding: "utf8" }))[0].files.map((f) => f.path);
  for (const license of ["LICENSE-MIT", "LICENSE-APACHE"]) assert.ok(files.includes(license), license);
  assert.match(readFileSync(join(pkg, "LICENSE-MIT"), "utf8"), /Copyright \(c\) 2026 the ec2-register-image developers/);
  // Every relative specifier, @ts-self-types or /// reference in a shipped text file names a shipped file.
  const missing = [];
  for (const file of files.filter((f) => /\.(c|m)?(js|ts)$/.test(f))) {
    const text = readFileSync(join(pkg, file), "utf8");
    for (const [, spec] of text.matchAll(/(?:from|import|require\(|@ts-self-types=|path=)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dirname(file), spec).replace(/\.cjs$/, (m) => (files.includes(join(dirname(file), spec)) ? m : ".d.cts")).replace(/\.js$/, (m) => (files.includes(join(dirname(file), spec)) ? m : ".d.ts"));
      if (!files.includes(target)) missing.push(`${file} names ${spec}`);
    }
  }
  assert.deepEqual(missing, []);
  const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
  assert.deepEqual(manifest.engines, { node: ">=20" });
});
