// One labelled control for one scalar member, and the message slots issues land in.
//
// A control reads as the member's value (`undefined` when absent: an empty field is absent, not
// an empty string) and can show any JSON value. What it cannot show as typed (an imported `""`,
// a number given as a string, an unknown enumeration value) is kept exactly, so the library
// judges the imported input itself, until the user changes the field.

import { h, uid, sameJson } from "./dom.js";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

let issueActions = () => [];

/** What the page puts after each issue's message (its Fix button, its docs link): `(issue) => nodes`. */
export function setIssueActions(actions) {
  issueActions = actions;
}

/** A list of issue messages, shown beside a field or a group; errors and warnings differ. */
export function createMessages(id) {
  const element = h("ul", { class: "messages", id, hidden: true });
  return {
    element,
    /** Shows `issues`; returns "error", "warning" or "" (the worst shown). */
    show(issues) {
      element.replaceChildren(
        ...issues.map((issue) =>
          h(
            "li",
            { class: issue.severity },
            h("span", { class: "severity" }, issue.severity === "error" ? "Error" : "Warning"),
            " ",
            issue.message,
            " ",
            h("code", { class: "issue-code" }, issue.code),
            issueActions(issue),
          ),
        ),
      );
      element.hidden = issues.length === 0;
      if (issues.some((i) => i.severity === "error")) return "error";
      return issues.length ? "warning" : "";
    },
  };
}

/**
 * A field for `spec` (`{ key, type, options?, hint?, unset? }`). Options: `label` (default the
 * member name), `emptyIs` (what an empty text field reads as: `undefined`, or `""` where an empty
 * string means something), `omittable` (a "No Value" checkbox: absent, while empty is `""`),
 * `wide` (spans the whole row).
 */
export function createField(spec, { label = spec.key, emptyIs, omittable = false, wide = false } = {}) {
  const id = uid();
  const control = createControl(spec, id);
  const hint = spec.hint ? h("p", { class: "hint", id: `${id}-hint` }, spec.hint) : null;
  const messages = createMessages(`${id}-msg`);
  const keptNote = h("p", { class: "kept", id: `${id}-kept`, hidden: true });
  const omit = omittable ? createOmitBox(id, () => control.input) : null;
  const labelElement = h("label", { for: id }, label);
  const element = h(
    "div",
    { class: `field field-${spec.type}${wide ? " wide" : ""}` },
    labelElement,
    h("div", { class: "control" }, control.input, control.list, omit?.element),
    hint, // below the control, so that controls in a row line up
    keptNote,
    messages.element,
  );
  let kept; // { value } while the field holds an imported value it cannot show as typed
  let severity = ""; // of the issues shown

  function read() {
    if (omit?.checked()) return undefined;
    if (kept) return kept.value;
    return control.read(emptyIs);
  }

  function write(value) {
    forget();
    omit?.set(value === undefined || value === null);
    if (value === undefined || value === null) return control.show(undefined); // null is absent, as in the SDK
    control.show(value);
    if (!sameJson(control.read(emptyIs), value)) keep(value);
  }

  function keep(value) {
    if (control.keep) return control.keep(value); // a select adds an option for it
    kept = { value };
    control.input.value = value === "" ? "" : JSON.stringify(value);
    control.input.placeholder = value === "" ? '""' : "";
    keptNote.replaceChildren("Kept as imported: ", h("code", {}, JSON.stringify(value)), " ", h("button", { type: "button", class: "link", onclick: clearKept }, "Clear"));
    keptNote.hidden = false;
    describe();
  }

  function forget() {
    kept = undefined;
    control.input.placeholder = "";
    keptNote.hidden = true;
    describe();
  }

  function clearKept() {
    forget();
    control.input.value = "";
    control.input.focus();
    control.input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // Typing replaces a kept value; so do Delete and Backspace in a field that shows nothing.
  control.input.addEventListener("input", () => kept && forget());
  control.input.addEventListener("keydown", (event) => {
    if (kept && control.input.value === "" && (event.key === "Backspace" || event.key === "Delete")) clearKept();
  });

  function showIssues(issues) {
    severity = messages.show(issues);
    if (severity === "error") control.input.setAttribute("aria-invalid", "true");
    else control.input.removeAttribute("aria-invalid");
    element.dataset.severity = severity;
    describe();
  }

  function describe() {
    const ids = [hint?.id, kept && keptNote.id, severity && messages.element.id].filter(Boolean);
    if (ids.length) control.input.setAttribute("aria-describedby", ids.join(" "));
    else control.input.removeAttribute("aria-describedby");
  }
  describe();

  return {
    element,
    input: control.input,
    read,
    write,
    showIssues,
    /** The issue path this field answers to; `null` takes it out of the form's namespace. */
    setPath(path) {
      if (path === null) control.input.removeAttribute("name");
      else control.input.name = path;
    },
    get path() {
      return control.input.getAttribute("name");
    },
    setLabel: (text) => (labelElement.textContent = text),
    focus: () => control.input.focus(),
  };
}

function createControl(spec, id) {
  switch (spec.type) {
    case "text":
      return textControl(h("input", { id, type: "text", spellcheck: "false", autocomplete: "off" }));
    case "textarea":
      return textControl(h("textarea", { id, rows: 3, spellcheck: "false" }));
    case "number":
      return numberControl(h("input", { id, type: "text", inputmode: "numeric", autocomplete: "off" }));
    case "bool":
      return selectControl(id, [["", "(unset)"], ["true", "true"], ["false", "false"]], (v) => ({ "": undefined, true: true, false: false })[v]);
    // A value AWS may have added since can be typed in; the known ones are offered as you type.
    case "choice": {
      const list = h("datalist", { id: `${id}-values` }, spec.options.map((o) => h("option", { value: o })));
      const input = h("input", { id, type: "text", list: list.id, spellcheck: "false", autocomplete: "off" });
      return { ...textControl(input), list };
    }
    case "enum": {
      const options = spec.options.map((o) => [o, o]);
      return selectControl(id, spec.unset === false ? options : [["", "(unset)"], ...options], (v) => (v === "" ? undefined : v));
    }
    default:
      throw new Error(`unknown field type ${spec.type}`);
  }
}

function textControl(input) {
  return {
    input,
    read: (emptyIs) => (input.value === "" ? emptyIs : input.value),
    show: (value) => (input.value = typeof value === "string" ? value : ""),
  };
}

// A text box, not <input type=number>: the browser empties a number input that does not parse,
// and the library should see what was typed ("must be a whole number; got the string ...").
function numberControl(input) {
  return {
    input,
    read: () => (input.value === "" ? undefined : NUMBER.test(input.value) ? Number(input.value) : input.value),
    show: (value) => (input.value = typeof value === "number" ? String(value) : ""),
  };
}

// Options are [value, text]; `parse` turns an option's value into the member's value. An
// imported value that is not an option gets an option of its own, holding it as JSON.
function selectControl(id, options, parse) {
  const input = h("select", { id }, options.map(([value, text]) => h("option", { value }, text)));
  const importedOption = () => input.querySelector("option[data-json]");
  return {
    input,
    read() {
      const option = input.selectedOptions[0];
      if (!option) return undefined;
      return option.dataset.json !== undefined ? JSON.parse(option.dataset.json) : parse(option.value);
    },
    show(value) {
      importedOption()?.remove();
      const match = [...input.options].find((o) => sameJson(parse(o.value), value));
      input.value = match ? match.value : ""; // no match and no "(unset)": nothing selected
    },
    keep(value) {
      const option = h("option", { "data-json": JSON.stringify(value) }, `${JSON.stringify(value)} (imported)`);
      input.append(option);
      option.selected = true;
    },
  };
}

// "No Value": an empty Value box is the empty string (a meaningful tag value); this leaves the
// member out instead.
function createOmitBox(id, getInput) {
  const box = h("input", { type: "checkbox", id: `${id}-omit` });
  // "input", not "change": it comes first, and the form updates on "input".
  box.addEventListener("input", () => (getInput().disabled = box.checked));
  return {
    element: h("label", { class: "omit", for: box.id }, box, " No Value"),
    checked: () => box.checked,
    set(on) {
      box.checked = on;
      getInput().disabled = on;
    },
  };
}
