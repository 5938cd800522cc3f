// Tiny DOM helpers, so the rest reads as structure rather than createElement calls.

let counter = 0;

/** A page-unique id: labels and messages point at controls by id, and paths change. */
export function uid(prefix = "f") {
  counter += 1;
  return `${prefix}${counter}`;
}

/**
 * `h("label", { for: id, class: "x", onclick: f }, "text", child)`: an element with attributes
 * (`true` gives an empty attribute, `false`/`null`/`undefined` none), listeners (`on…`) and
 * children (strings become text; `null`/`false` are skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Two JSON values are the same (key order ignored). */
export function sameJson(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** A plain JSON object (not an array, not null). */
export function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
