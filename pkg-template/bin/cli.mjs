#!/usr/bin/env node
// The `ec2-register-image` command: checks `aws ec2 register-image --cli-input-json` files,
// prints the exact request body for one, and decodes a captured body back into its input.
// Plain Node, no dependency. The library is imported by the package's own name (a Node package
// self-reference), so the command uses whichever entry `exports` gives Node, like any user.
import { readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { locate, scanJson } from "./json-positions.mjs";

const NAME = "ec2-register-image";

const HELP = `${NAME}: check AWS EC2 RegisterImage inputs, print their exact request body,
decode a captured body.

Usage:
  ${NAME} check [--strict] [--format text|json|github] FILE...
  ${NAME} check --fix [--strict] FILE
  ${NAME} check --fix --write [--strict] [--format text|json|github] FILE...
  ${NAME} body [--region REGION] [--strict] FILE
  ${NAME} decode [FILE]
  ${NAME} --help | --version

Commands:
  check    Check each FILE, the JSON that \`aws ec2 register-image --cli-input-json\` takes
           (the AWS SDK's RegisterImageCommandInput), against every rule AWS documents.
             --format text     one line per issue, FILE: PATH: severity Code: message,
                               then a one-line summary (the default)
             --format json     an array of { file, issues } (issues carry line and column)
             --format github   GitHub Actions annotations (::error and ::warning)
             --strict          warnings fail too
             --fix             make every sure repair (an enumeration value in another
                               case, "8" for 8, "true" for true, BlockDeviceMapping for
                               BlockDeviceMappings) and print the repaired JSON of FILE on
                               standard output; the report of what is left goes to stderr
             --write           with --fix: write each repaired FILE in place instead
  body     Print the exact EC2 Query request body for FILE, byte for byte what the AWS SDK
           sends (no newline after it unless on a terminal); warnings go to stderr.
             --region REGION   the region it is for; refused unless a region name
             --strict          warnings block the body too
  decode   Read a captured RegisterImage request body from FILE (or standard input) and
           print the input it holds as JSON.

  FILE \`-\` is standard input.

Exit status:
  0  no file has an error (nor, with --strict, a warning)
  1  a file has an error (or, with --strict, a warning); for decode, not a RegisterImage body
  2  a usage error, or a file that cannot be read, is a directory, is binary or is not JSON

Examples:
  npx ${NAME} check ami/*.json
  npx ${NAME} check --format github ami/*.json        # a GitHub Actions step
  npx ${NAME} check --fix ami.json > ami.fixed.json
  npx ${NAME} check --fix --write ami/*.json
  jq '.Name = "web-2026-05-01"' base.json | npx ${NAME} check --strict -
  npx ${NAME} body --region eu-west-1 ami.json > body.txt
  npx ${NAME} decode captured-body.txt > ami.json

Colours only on a terminal; NO_COLOR turns them off, FORCE_COLOR on.
`;

/** Exit 2: the command line is wrong. */
class UsageError extends Error {}

/** Exit 2: a FILE that cannot be read, or is not JSON text; `where` is `{ line, column }`. */
class InputError extends Error {
  constructor(file, message, where) {
    super(message);
    this.file = file;
    this.where = where;
  }
}

const COMMANDS = {
  check: { flags: ["strict", "fix", "write"], values: { format: ["text", "json", "github"] }, operands: "many" },
  body: { flags: ["strict"], values: { region: null }, operands: "one" },
  decode: { flags: [], values: {}, operands: "optional" },
};

function parseArgs(argv) {
  if (argv.length === 0) throw new UsageError("no command given");
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  if (options.includes("--help") || options.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  const [command, ...rest] = argv;
  const spec = COMMANDS[command];
  if (spec === undefined) {
    const near = command.length >= 2 ? Object.keys(COMMANDS).find((c) => c.startsWith(command.slice(0, 2))) : undefined;
    throw new UsageError(`unknown command "${command}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  const given = {};
  const operands = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--") {
      operands.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq === -1 ? undefined : eq) : "";
    if (spec.flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`${command}: --${name} takes no value`);
      given[name] = true;
    } else if (Object.hasOwn(spec.values, name)) {
      const value = eq !== -1 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "") throw new UsageError(`${command}: --${name} needs a value`);
      const allowed = spec.values[name];
      if (allowed && !allowed.includes(value)) {
        throw new UsageError(`${command}: --${name} must be ${allowed.join(", ")}; got "${value}"`);
      }
      given[name] = value;
    } else {
      throw new UsageError(`${command}: unknown option ${arg}`);
    }
  }
  if (spec.operands === "many" && operands.length === 0) throw new UsageError(`${command}: give at least one FILE (- for standard input)`);
  if (spec.operands === "one" && operands.length !== 1) throw new UsageError(`${command}: give exactly one FILE (- for standard input)`);
  if (spec.operands === "optional" && operands.length > 1) throw new UsageError(`${command}: give at most one FILE`);
  if (operands.filter((o) => o === "-").length > 1) throw new UsageError(`${command}: standard input (-) can be read only once`);
  if (given.write && !given.fix) throw new UsageError(`${command}: --write writes what --fix repairs; give --fix --write`);
  if (given.fix && !given.write && operands.length !== 1) {
    throw new UsageError(`${command}: --fix prints one repaired FILE on standard output; give one FILE, or --write to repair each in place`);
  }
  if (given.write && operands.includes("-")) throw new UsageError(`${command}: --write cannot write standard input; give --fix without --write`);
  return { command, options: given, operands };
}

// ---- colours ---------------------------------------------------------------------------------

function colourful(stream) {
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return stream.isTTY === true;
}
const paint = (on) => {
  const sgr = (open) => (on ? (text) => `\x1b[${open}m${text}\x1b[0m` : (text) => text);
  return { red: sgr("31"), yellow: sgr("33"), green: sgr("32"), bold: sgr("1"), dim: sgr("2") };
};
const out = paint(colourful(process.stdout));
const err = paint(colourful(process.stderr));

// ---- reading FILEs ---------------------------------------------------------------------------

let stdinUsed = false;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** `{ file, text }` for an operand: its UTF-8 text (a leading BOM dropped), or an InputError. */
async function readSource(operand) {
  const file = operand === "-" ? "<stdin>" : operand;
  let bytes;
  if (operand === "-") {
    stdinUsed = true;
    bytes = await readStdin();
  } else {
    try {
      bytes = readFileSync(operand);
    } catch (e) {
      const why = {
        EISDIR: "is a directory; give the files in it (such as dir/*.json)",
        ENOENT: "does not exist",
        EACCES: "cannot be read (permission denied)",
      }[e.code];
      throw new InputError(file, why ?? `cannot be read (${e.code ?? e.message})`);
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, "is UTF-16 text; save it as UTF-8");
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(file, "is a binary file, not text");
  try {
    return { file, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    throw new InputError(file, "is not UTF-8 text (a binary file?)");
  }
}

/** The JSON value of a FILE's text, or an InputError naming the line and column. */
function parseJson(file, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const found = scanJson(text, null).error;
    if (found === undefined) throw new InputError(file, `not JSON: ${e.message}`);
    throw new InputError(file, `not JSON: ${found.message}`, { line: found.line, column: found.column });
  }
}

// ---- output ----------------------------------------------------------------------------------

const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Text for one line: control characters (a key can hold a newline) as JSON escapes. */
const oneLine = (text) => text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

function issueLine(file, issue, paint) {
  const severity = issue.severity === "error" ? paint.red("error") : paint.yellow("warning");
  return oneLine(`${file}: ${issue.path === "" ? "(input)" : issue.path}: `) + `${severity} ${issue.code}: ${oneLine(issue.message)}`;
}

function inputErrorLine(e, paint) {
  const where = e.where ? `:${e.where.line}:${e.where.column}` : "";
  return `${oneLine(e.file)}${where}: ${paint.red("error")}: ${e.message}`;
}

// GitHub's workflow command escaping (toolkit's command.ts): data escapes %, CR and LF; property
// values also : and ,.
const escapeData = (s) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** A FILE as GitHub wants it in an annotation: relative to the workspace, with `/`. */
function annotationFile(file) {
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const rel = relative(base, resolve(file));
  const path = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
  return path.split(sep).join("/");
}

function annotation(level, file, where, title, message) {
  const props = [];
  if (file !== "<stdin>") props.push(`file=${escapeProperty(annotationFile(file))}`);
  if (where) props.push(`line=${where.line}`, `col=${where.column}`);
  props.push(`title=${escapeProperty(title)}`);
  return `::${level} ${props.join(",")}::${escapeData(message)}`;
}

function write(stream, text) {
  if (text !== "") stream.write(text);
}

// ---- commands --------------------------------------------------------------------------------

/**
 * `input` with every sure repair made, again while a repair brings new ones (a renamed member's
 * value is read once it is renamed): `{ input, made, issues }`, `issues` those of the result.
 */
function repaired(lib, input) {
  let made = 0;
  let issues = lib.validate(input);
  for (let pass = 0; pass < 4; pass++) {
    const fixable = issues.filter((i) => i.fix).length;
    if (fixable === 0) break;
    input = lib.applyFixes(input); // all of validate(input)'s fixes: the ones just counted
    made += fixable;
    issues = lib.validate(input);
  }
  return { input, made, issues };
}

/** `input` as JSON text laid out like `text` (its indent, its final newline). */
function jsonLike(text, input) {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? (text.trim().includes("\n") ? 2 : 0);
  return JSON.stringify(input, null, indent) + (text.endsWith("\n") ? "\n" : "");
}

async function check({ strict = false, format = "text", fix = false, write: inPlace = false }, files) {
  const lib = await import(NAME);
  // With --fix alone, standard output is the repaired JSON: the report goes to stderr.
  const reportToStderr = fix && !inPlace;
  const report = reportToStderr ? process.stderr : process.stdout;
  const colours = reportToStderr ? err : out;
  let fixesMade = 0;
  const results = [];
  let errors = 0;
  let warnings = 0;
  let failedFiles = 0;
  let flaggedFiles = 0;
  let unreadable = 0;
  for (const operand of files) {
    let source;
    let input;
    try {
      source = await readSource(operand);
      input = parseJson(source.file, source.text);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      unreadable++;
      process.stderr.write(`${inputErrorLine(e, err)}\n`);
      if (format === "json") results.push({ file: e.file, error: { message: e.message, ...e.where } });
      if (format === "github") write(report, `${annotation("error", e.file, e.where, "Not checked", `${e.file}: ${e.message}`)}\n`);
      continue;
    }
    let issues;
    if (fix) {
      const { input: fixed, made, issues: left } = repaired(lib, input);
      const text = made > 0 ? jsonLike(source.text, fixed) : source.text;
      if (!inPlace) write(process.stdout, text);
      else if (made > 0) {
        try {
          writeFileSync(operand, text);
        } catch (e) {
          throw new InputError(source.file, `cannot be written (${e.code ?? e.message})`);
        }
      }
      fixesMade += made;
      input = fixed;
      issues = left;
      source = { ...source, text };
    } else issues = lib.validate(input);
    const e = issues.filter((i) => i.severity === "error").length;
    const w = issues.length - e;
    errors += e;
    warnings += w;
    if (e > 0 || (strict && w > 0)) failedFiles++;
    if (issues.length > 0) flaggedFiles++;
    if (format !== "text" && issues.length > 0) {
      // Each issue's keys: no path text is parsed, nothing validated again.
      issues = locate(source.text, issues);
    }
    if (format === "json") results.push({ file: source.file, issues });
    else if (format === "github") {
      const lines = issues.map((i) => annotation(i.severity, source.file, i.line ? i : undefined, `${i.code}: ${i.path || "(input)"}`, i.message));
      write(report, lines.map((l) => `${l}\n`).join(""));
    } else write(report, issues.map((i) => `${issueLine(source.file, i, colours)}\n`).join(""));
  }
  if (format === "json") write(report, `${JSON.stringify(results, null, 2)}\n`);
  else {
    const counts = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean);
    const found = counts.length === 0 ? "no issues" : `${counts.join(" and ")} in ${plural(flaggedFiles, "file")}`;
    const notRead = unreadable > 0 ? `; ${plural(unreadable, "file")} not checked` : "";
    const strictNote = strict && errors === 0 && warnings > 0 ? " (--strict: warnings fail)" : "";
    const fixNote = fix ? `; ${fixesMade} ${fixesMade === 1 ? "fix" : "fixes"} made${inPlace ? " in place" : ""}` : "";
    const checked = `${plural(files.length - unreadable, "file")} checked${fix ? " after fixing" : ""}`;
    const summary = `${checked}: ${found}${notRead}${strictNote}${fixNote}`;
    const p = format === "text" ? colours : paint(false);
    const colour = unreadable > 0 || failedFiles > 0 ? p.red : warnings > 0 ? p.yellow : p.green;
    write(report, `${colour(summary)}\n`);
  }
  return unreadable > 0 ? 2 : failedFiles > 0 ? 1 : 0;
}

async function body({ region, strict = false }, [operand]) {
  const lib = await import(NAME);
  if (region !== undefined) {
    try {
      lib.endpointFor(region);
    } catch {
      throw new UsageError(`body: --region must be a region name such as us-east-1; got "${region}"`);
    }
  }
  const { file, text } = await readSource(operand);
  const input = parseJson(file, text);
  let request;
  try {
    request = lib.buildRequest(input, { strict });
  } catch (e) {
    if (!(e instanceof lib.RegisterImageValidationError)) throw e;
    process.stderr.write(e.issues.map((i) => `${issueLine(file, i, err)}\n`).join(""));
    process.stderr.write(`${err.red(`${file}: no body: ${e.message}`)}\n`);
    return 1;
  }
  // The warnings a body was built despite, on stderr, so that stdout is the body alone.
  process.stderr.write(lib.validate(input).map((i) => `${issueLine(file, i, err)}\n`).join(""));
  process.stdout.write(process.stdout.isTTY ? `${request.body}\n` : request.body);
  return 0;
}

async function decode(_options, [operand = "-"]) {
  const lib = await import(NAME);
  const { file, text } = await readSource(operand);
  // A saved body often ends with a newline; a body itself never has a raw one (it is %0A).
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  let input;
  try {
    input = lib.parseBody(text.slice(0, end));
  } catch (e) {
    if (!(e instanceof lib.RegisterImageValidationError)) throw e;
    process.stderr.write(e.issues.map((i) => `${issueLine(file, i, err)}\n`).join(""));
    process.stderr.write(`${err.red(`${file}: not a RegisterImage request body (${plural(e.issues.length, "issue")})`)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(input, null, 2)}\n`);
  return 0;
}

async function version() {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  // The AWS model the checks know: a value outside its lists is only a warning.
  const { AWS_MODEL: m } = await import(NAME);
  process.stdout.write(`${version}\nAWS model: botocore ${m.botocore} (${m.botocoreDate}), @aws-sdk/client-ec2 ${m.sdk} (${m.sdkDate})\n`);
  return 0;
}

async function main(argv) {
  // `| head` closing the pipe early is not an error.
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    const { command, options, operands } = parseArgs(argv);
    if (command === "help") {
      process.stdout.write(HELP);
      return 0;
    }
    if (command === "version") return version();
    return await { check, body, decode }[command](options, operands);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${NAME}: ${e.message}\nRun \`${NAME} --help\` for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${inputErrorLine(e, err)}\n`);
      return 2;
    }
    process.stderr.write(`${NAME}: internal error (please report it): ${e?.stack ?? e}\n`);
    return 2;
  }
}

// exitCode, not exit(): a large report to a pipe is written out in full before Node ends.
process.exitCode = await main(process.argv.slice(2));
if (stdinUsed) process.stdin.destroy();
