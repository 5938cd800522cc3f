// The demo page: the form, live checks with the library, the body and snippets, the import box
// and the URL fragment. Everything runs here; nothing is sent anywhere.

import { h, isObject } from "./dom.js";
import { setIssueActions } from "./field.js";
import { createForm } from "./form.js";
import { bodyLines, cliSnippet, workerSnippet } from "./output.js";
import { DEFAULT_REGION, EXAMPLE, REGIONS } from "./schema.js";

const $ = (id) => document.getElementById(id);

// A dynamic import, so that a missing ./pkg/ (served without `make demo`) says what to do.
const { validate, buildRequest, parseBody, applyFixes, RegisterImageValidationError, API_VERSION, AWS_MODEL } = await import("./pkg/browser.js").catch((error) => {
  $("status").textContent = "Could not load the validator from ./pkg/: run `make demo`, which builds the package and copies it there.";
  throw error;
});

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const form = createForm($("form"));
let fragmentTimer; // see saveFragment
let shownIssues = []; // the issues on the page, of form.read() as it is

setIssueActions(issueActions);
setUp();

function setUp() {
  $("api-version").textContent = API_VERSION;
  $("aws-model-name").textContent = `botocore ${AWS_MODEL.botocore} (${AWS_MODEL.botocoreDate}), @aws-sdk/client-ec2 ${AWS_MODEL.sdk} (${AWS_MODEL.sdkDate})`;
  $("region").append(...REGIONS.map((r) => h("option", { value: r }, r)));
  $("region").value = DEFAULT_REGION;
  if (!loadFragment()) form.fill(EXAMPLE);
  update();

  $("form").addEventListener("input", update);
  $("form").addEventListener("input", () => ($("fix-status").textContent = ""));
  $("region").addEventListener("input", update);
  $("example").addEventListener("click", () => replaceInput(EXAMPLE));
  $("fix-all").addEventListener("click", () => fix(shownIssues.filter((i) => i.fix)));
  $("clear").addEventListener("click", () => replaceInput({}));
  $("import-button").addEventListener("click", importJson);
  $("import-json").addEventListener("keydown", (e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && importJson());
  // A link pasted into this tab's address bar: follow it. (replaceState fires no hashchange.)
  window.addEventListener("hashchange", () => loadFragment() && update());
  document.addEventListener("click", copyOnClick);
  // The skip link would overwrite the state fragment; move focus instead.
  $("skip").addEventListener("click", (e) => {
    e.preventDefault();
    $("outputs").focus();
  });
}

function replaceInput(input) {
  form.fill(input);
  update();
}

/** Reads the form, checks it, and refreshes everything that depends on it. */
function update() {
  const input = form.read();
  const region = $("region").value;
  const issues = validate(input);
  shownIssues = issues;
  const placed = placeIssues(issues);
  const errors = issues.filter((i) => i.severity === "error").length;
  showSummary(placed, errors);
  showKept(form.extras());
  showRequest(errors ? null : buildRequest(input, { region }));
  showSnippets(input, region, errors > 0);
  saveFragment(input, region);
}

// ---- Issues ------------------------------------------------------------------------------------

/** Shows each issue at its field or group; returns `[{ issue, place }]` for the summary. */
function placeIssues(issues) {
  const byPath = new Map();
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  const places = new Map();
  for (const place of form.places()) {
    place.show(byPath.get(place.path) ?? []);
    places.set(place.path, place);
  }
  return issues.map((issue) => ({ issue, place: places.get(issue.path) }));
}

function showSummary(placed, errors) {
  const warnings = placed.length - errors;
  $("summary").dataset.state = errors ? "error" : warnings ? "warning" : "ok";
  const counts = [errors && count(errors, "error"), warnings && count(warnings, "warning")].filter(Boolean).join(" and ");
  $("status").textContent = !placed.length
    ? "No issues: the body is ready to sign and send."
    : `${counts}. ${errors ? "No body until the errors are fixed." : "Warnings do not block the body."}`;
  $("issues").replaceChildren(...placed.map(summaryItem));
  const fixable = placed.filter(({ issue }) => issue.fix).length;
  $("fix-all").hidden = fixable === 0;
  $("fix-all").textContent = `Fix all (${fixable})`;
}

// ---- Fixes and docs ----------------------------------------------------------------------------

/** After each message: a Fix button when the issue has a sure repair, and its AWS docs link. */
function issueActions(issue) {
  const where = issue.path === "" ? "the input" : issue.path;
  const fixButton = issue.fix && h("button", { type: "button", class: "fix", "aria-label": `Fix ${where}: ${change(issue.fix)}`, title: change(issue.fix), onclick: () => fix([issue]) }, "Fix");
  const docs = h("a", { class: "docs", href: issue.docs, target: "_blank", rel: "noopener", "aria-label": `AWS docs for ${where} (opens in a new tab)` }, "AWS docs");
  return [" ", fixButton, fixButton && " ", docs];
}

/** What a fix does, in words. */
function change(fix) {
  return "rename" in fix ? `rename it to ${fix.rename}` : `use ${JSON.stringify(fix.replace)}`;
}

/** Makes the fixes of `issues` to the input on the page; the form, body and fragment follow. */
function fix(issues) {
  if (issues.length === 0) return;
  const fixed = applyFixes(form.read(), issues);
  form.fill(fixed);
  update();
  importStatus("", "ok"); // what it said of the import (members kept) may no longer hold
  const said = issues.map((i) => `${i.path || "the input"}: ${change(i.fix)}`).join("; ");
  $("fix-status").textContent = issues.length === 1 ? `Fixed ${said}.` : `Fixed ${issues.length} issues: ${said}.`;
  // Keyboard users stay near what they fixed: one fix, the field it fixed (a value fixed in
  // place) or the next Fix button; Fix all, itself while fixes are left (a renamed member's
  // own); else the announcement.
  const place = issues.length === 1 && form.places().find((p) => p.field && p.path === issues[0].path);
  const next = issues.length === 1 ? $("issues").querySelector("button.fix") : $("fix-all").hidden ? null : $("fix-all");
  if (place) place.focus();
  else (next ?? $("fix-status")).focus();
}

// Every issue, linked to where it is shown; one with no field of its own says so, since this
// summary is the only place that shows it in full.
function summaryItem({ issue, place }) {
  const where = issue.path === "" ? "the input" : issue.path;
  const target = place
    ? h("button", { type: "button", class: "link path", onclick: () => place.focus() }, where)
    : h("code", { class: "path" }, where);
  return h(
    "li",
    { class: issue.severity, "data-path": issue.path, "data-field": place?.field ? "yes" : "no" },
    h("span", { class: "severity" }, issue.severity === "error" ? "Error" : "Warning"),
    " ",
    target,
    place?.field ? "" : h("span", { class: "no-field" }, " (no field of its own)"),
    `: ${issue.message} `,
    h("code", { class: "issue-code" }, issue.code),
    issueActions(issue),
  );
}

/** What the import brought that no field holds, each removable. */
function showKept(entries) {
  $("kept").hidden = entries.length === 0;
  $("kept-list").replaceChildren(
    ...entries.map((entry, i) =>
      h(
        "li",
        { "data-path": entry.path },
        h("code", {}, entry.path),
        " = ",
        h("code", { class: "value" }, shorten(JSON.stringify(entry.value))),
        " ",
        h("button", { type: "button", class: "remove", "aria-label": `Remove ${entry.path}`, onclick: () => removeKept(entry, i) }, "Remove"),
      ),
    ),
  );
}

function removeKept(entry, index) {
  entry.remove(); // an input event: the page updates
  const buttons = $("kept-list").querySelectorAll("button");
  (buttons[Math.min(index, buttons.length - 1)] ?? $("status")).focus();
}

// ---- Outputs -----------------------------------------------------------------------------------

function showRequest(request) {
  if (!request) {
    $("endpoint").textContent = "No request: buildRequest throws RegisterImageValidationError while the input has errors.";
    $("body").replaceChildren(h("span", { class: "none" }, "(no body)"));
    $("body-raw").value = "";
    return;
  }
  $("endpoint").replaceChildren(h("strong", {}, request.method), " ", h("code", {}, request.url), " · ", h("code", {}, `content-type: ${request.headers["content-type"]}`));
  $("body").replaceChildren(...bodyLines(request.body));
  $("body-raw").value = request.body;
}

function showSnippets(input, region, hasErrors) {
  $("json").textContent = JSON.stringify(input, null, 2);
  $("worker").textContent = workerSnippet(input, region);
  $("cli").textContent = cliSnippet(input, region);
  for (const warning of document.querySelectorAll(".snippet-warning")) warning.hidden = !hasErrors;
}

async function copyOnClick(event) {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const source = $(button.dataset.copy);
  const text = source instanceof HTMLTextAreaElement ? source.value : source.textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copyBySelection(text); // clipboard API refused (permissions, older browsers)
  }
  const label = button.textContent;
  button.textContent = "Copied ✓";
  setTimeout(() => (button.textContent = label), 1500);
}

function copyBySelection(text) {
  const scratch = h("textarea", { class: "scratch", readonly: true, "aria-hidden": "true" });
  scratch.value = text;
  document.body.append(scratch);
  scratch.select();
  document.execCommand("copy");
  scratch.remove();
}

// ---- Import and the URL fragment ---------------------------------------------------------------

function importJson() {
  const box = $("import-json");
  const text = box.value.trim();
  // A captured request body (the AWS CLI's --debug output, a proxy, a gateway's log) is not JSON.
  const result = text.startsWith("{") || !text.includes("=") ? parseInput(text) : parseCapturedBody(text);
  box.toggleAttribute("aria-invalid", !!result.error);
  if (result.error) return importStatus(result.error, "error");
  replaceInput(result.input);
  const kept = form.extras().length;
  importStatus(kept ? `Filled the form. ${count(kept, "member")} with no field of their own ${kept === 1 ? "is" : "are"} listed under “Kept from the import”.` : "Filled the form.", "ok");
}

function importStatus(text, state) {
  $("import-status").textContent = text;
  $("import-status").dataset.state = state;
}

/** `{ input }` from JSON text, or `{ error }` saying what is wrong with it. */
function parseInput(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `Not JSON: ${e.message}` };
  }
  if (!isObject(value)) return { error: `Expected a JSON object such as {"Name": "my-ami"}; got ${Array.isArray(value) ? "an array" : JSON.stringify(value)}.` };
  return { input: value };
}

/** `{ input }` from a RegisterImage request body, or `{ error }` listing what is wrong with it. */
function parseCapturedBody(text) {
  try {
    return { input: parseBody(text) };
  } catch (e) {
    if (!(e instanceof RegisterImageValidationError)) throw e;
    const shown = e.issues.slice(0, 3).map((i) => `${i.path || "body"}: ${i.message}`);
    const more = e.issues.length > 3 ? ` (and ${e.issues.length - 3} more)` : "";
    return { error: `Not a RegisterImage request body: ${shown.join("; ")}${more}.` };
  }
}

// The state is the input itself (and the region), so a link reproduces exactly what was checked.
// Written a moment after the last change: browsers throttle rapid replaceState calls.
function saveFragment(input, region) {
  clearTimeout(fragmentTimer);
  let fragment = `#input=${encodeURIComponent(JSON.stringify(input))}`;
  if (region !== DEFAULT_REGION) fragment += `&region=${encodeURIComponent(region)}`;
  fragmentTimer = setTimeout(() => history.replaceState(null, "", fragment), 150);
}

/** Fills the page from `#input=…&region=…`; false when there is no usable state there. */
function loadFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("input")) return false;
  const result = parseInput(params.get("input"));
  if (result.error) {
    $("import").open = true;
    importStatus(`The link's #input is unusable. ${result.error}`, "error");
    return false;
  }
  const region = params.get("region") ?? DEFAULT_REGION;
  if (REGION_NAME.test(region)) {
    if (!REGIONS.includes(region)) $("region").append(h("option", { value: region }, region));
    $("region").value = region;
  }
  form.fill(result.input);
  return true;
}

// ---- Text --------------------------------------------------------------------------------------

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function shorten(text) {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
