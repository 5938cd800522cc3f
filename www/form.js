// The RegisterImage form: every member, lists of rows that can be added and removed, and the
// two directions between the form and the SDK input shape (`read`, `fill`).
//
// Every control's `name` is its issue path (`BlockDeviceMappings[0].Ebs.VolumeSize`), set by
// `setPath` and renumbered when a row is removed; `places()` pairs each path with where its
// issues are shown. What an
// imported input holds that no control can (unknown members, a list that is not a list, a second
// kind of mapping) is kept as "extras" on the object it came from and read back unchanged, so the
// library always judges exactly what was imported; the summary lists them.

import { h, uid, isObject } from "./dom.js";
import { createField, createMessages } from "./field.js";
import { EBS_FIELDS, ORDER, SECTIONS, fieldSpec, member } from "./schema.js";

/** Builds the form inside `formElement`: its sections in the member table's page order. */
export function createForm(formElement) {
  const top = new Map();
  const lists = new Map();
  // Visual order is focus order: the image, its root and boot, its volumes, then the rest.
  const sections = SECTIONS.map((section) => {
    if (section.list) {
      const list = listOf(section.list, section.title);
      if (!list) return null; // a list of a shape with no row builder: an import keeps it
      lists.set(section.list.name, list);
      return list.element;
    }
    const fields = section.fields.map((spec) => {
      const field = createField(spec, { wide: spec.wide });
      field.setPath(spec.key);
      top.set(spec.key, field);
      return field;
    });
    return h("fieldset", { class: "group" }, h("legend", {}, section.title), h("div", { class: "grid" }, fields.map((f) => f.element)));
  });
  formElement.replaceChildren(...sections.filter(Boolean));
  let extras = new Map();

  return {
    /** The input in the SDK shape, members in the SDK's order. */
    read() {
      const values = {};
      for (const [key, field] of top) values[key] = field.read();
      for (const [key, list] of lists) values[key] = list.read();
      return ordered(values, ORDER.RegisterImageInput, extras);
    },
    /** Replaces the whole form with `input` (any JSON object). */
    fill(input) {
      const handlers = {};
      for (const [key, field] of top) handlers[key] = (v) => field.write(v);
      for (const [key, list] of lists) handlers[key] = (v) => list.fill(v);
      for (const field of top.values()) field.write(undefined);
      for (const list of lists.values()) list.clear();
      extras = distribute(input, handlers);
    },
    /** Every place an issue can be shown, `{ path, field?, show(issues), focus() }`: fields and groups such as a list. */
    places() {
      const fields = [...top.values()].map(fieldPlace);
      return [...fields, ...[...lists.values()].flatMap((l) => l.places())];
    },
    /** What was imported without a field of its own: `[{ path, value, remove() }]`. */
    extras() {
      const own = [...extras].map(([key, value]) => extraEntry(key, value, () => extras.delete(key), formElement));
      return [...own, ...[...lists.values()].flatMap((l) => l.extras())];
    },
  };
}

// ---- Lists -----------------------------------------------------------------------------------

/**
 * How a row of a list of structures is built and added, by the items' shape. A list of strings
 * needs none: every such list gets the string row.
 */
const ROWS = {
  BlockDeviceMapping: { createRow: mappingRow, addLabel: "Add a mapping" },
  TagSpecification: { createRow: tagSpecRow, addLabel: "Add a tag specification" },
  Tag: { createRow: tagRow, addLabel: "Add a tag" },
};

/** The editor of a list member (`strings` or `structures`), or null when there is none. */
function listOf(list, title, options = {}) {
  if (list.type === "strings") {
    return createList({ path: list.name, title, addLabel: `Add ${article(itemNoun(list.name))}`, createRow: stringRow(list.name), itemAccepts: (v) => v !== null, ...options });
  }
  const rows = ROWS[list.shape];
  return rows ? createList({ path: list.name, title, ...rows, itemAccepts: isObject, ...options }) : null;
}

/** What one item of a list is called: "ImageIds" gives "image id". */
function itemNoun(listName) {
  return listName.replace(/s$/, "").replace(/(?<=[a-z0-9])(?=[A-Z])/g, " ").toLowerCase();
}

function article(noun) {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/**
 * A titled list of rows. A row is `{ element, read, fill, setPath, places, extras, focus }`;
 * `createRow({ remove })` makes one in its "new" state. Adding and removing renumber every path
 * and announce the change as an `input` event, like typing does.
 */
function createList({ path, title, hint, addLabel, createRow, itemAccepts, legendClass = "" }) {
  const rows = [];
  const messages = createMessages(uid("m"));
  const container = h("div", { class: "rows" });
  const addButton = h("button", { type: "button", class: "add", onclick: addByHand }, `+ ${addLabel}`);
  const element = h("fieldset", { class: "list" }, h("legend", { class: legendClass }, title), hint && h("p", { class: "hint" }, hint), messages.element, container, addButton);
  let base = path;
  // An imported empty list reads back as [] (the same body: empty lists are left out), until
  // rows are added or removed by hand.
  let keptEmpty = false;

  function changed() {
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function addByHand() {
    keptEmpty = false;
    add().focus();
    changed();
  }

  function add(value) {
    const row = createRow({ remove: () => remove(row) });
    rows.push(row);
    container.append(row.element);
    if (value !== undefined) row.fill(value);
    renumber();
    return row;
  }

  function remove(row) {
    keptEmpty = false;
    const at = rows.indexOf(row);
    rows.splice(at, 1);
    row.element.remove();
    renumber();
    // Keep keyboard users in place: the row that moved up, else the one before, else "Add".
    const next = rows[at] ?? rows[at - 1];
    if (next) next.focus();
    else addButton.focus();
    changed();
  }

  function clear() {
    keptEmpty = false;
    rows.splice(0).forEach((r) => r.element.remove());
  }

  function renumber() {
    rows.forEach((row, i) => row.setPath(`${base}[${i}]`));
  }

  return {
    element,
    read: () => (rows.length ? rows.map((r) => r.read()) : keptEmpty ? [] : undefined),
    /** Takes `value` if every item fits a row; returns false (keep it as an extra) if not. */
    fill(value) {
      if (!Array.isArray(value) || !value.every(itemAccepts)) return false;
      clear();
      keptEmpty = value.length === 0;
      value.forEach((item) => add(item));
      return true;
    },
    clear,
    setPath(newBase) {
      base = newBase;
      renumber();
    },
    places: () => [{ path: base, show: messages.show, focus: () => (rows[0] ?? addButton).focus() }, ...rows.flatMap((r) => r.places())],
    extras: () => rows.flatMap((r) => r.extras()),
  };
}

/** The head of a row: its legend (the row's path) and a Remove button named after it. */
function rowHead(remove) {
  const legend = h("legend", { class: "path" });
  const button = h("button", { type: "button", class: "remove", onclick: remove }, "Remove");
  return {
    legend,
    button,
    label(path) {
      legend.textContent = path;
      button.setAttribute("aria-label", `Remove ${path}`);
    },
  };
}

/** The row of any list of strings; its label is its path. */
const stringRow = (listName) => ({ remove }) => {
  // A row in the list is a string even when empty: the empty string, not nothing.
  const field = createField({ key: listName, type: "text" }, { emptyIs: "" });
  const button = h("button", { type: "button", class: "remove", onclick: remove }, "Remove");
  const element = h("div", { class: "string-row" }, field.element, button);
  return {
    element,
    read: () => field.read(),
    fill: (value) => field.write(value),
    setPath(path) {
      field.setPath(path);
      field.setLabel(path);
      button.setAttribute("aria-label", `Remove ${path}`);
    },
    places: () => [fieldPlace(field)],
    extras: () => [],
    focus: () => field.focus(),
  };
};

function tagSpecRow({ remove }) {
  const head = rowHead(remove);
  const resourceType = createField(fieldSpec(member("TagSpecification", "ResourceType")));
  const tagsMember = member("TagSpecification", "Tags");
  const tags = listOf(tagsMember, tagsMember.name, {
    hint: "An empty Value is sent as the empty string; No Value leaves it out.",
    legendClass: "sub",
  });
  const messages = createMessages(uid("m"));
  const element = h("fieldset", { class: "row" }, head.legend, h("div", { class: "row-top" }, resourceType.element, head.button), messages.element, tags.element);
  let path = "";
  let extras = new Map();
  // A new specification tags the image, with one tag to fill in.
  resourceType.write("image");
  tags.fill([{ Value: "" }]);

  return {
    element,
    read: () => ordered({ ResourceType: resourceType.read(), Tags: tags.read() }, ORDER.TagSpecification, extras),
    fill(spec) {
      resourceType.write(undefined);
      tags.clear();
      extras = distribute(spec, { ResourceType: (v) => resourceType.write(v), Tags: (v) => tags.fill(v) });
    },
    setPath(newPath) {
      path = newPath;
      head.label(path);
      resourceType.setPath(`${path}.ResourceType`);
      tags.setPath(`${path}.Tags`);
    },
    places: () => [{ path, show: messages.show, focus: () => resourceType.focus() }, fieldPlace(resourceType), ...tags.places()],
    extras: () => [...[...extras].map(([key, value]) => extraEntry(`${path}.${key}`, value, () => extras.delete(key), element)), ...tags.extras()],
    focus: () => resourceType.focus(),
  };
}

function tagRow({ remove }) {
  const head = rowHead(remove);
  // A tag is one line: no hints (the list's says what an empty Value means).
  const key = createField({ ...fieldSpec(member("Tag", "Key")), hint: undefined });
  // An empty Value is the empty string, a real tag value; "No Value" leaves the member out.
  const value = createField({ ...fieldSpec(member("Tag", "Value")), hint: undefined }, { emptyIs: "", omittable: true });
  const messages = createMessages(uid("m"));
  const element = h("fieldset", { class: "tag-row" }, head.legend, key.element, value.element, head.button, messages.element);
  let path = "";
  let extras = new Map();

  return {
    element,
    read: () => ordered({ Key: key.read(), Value: value.read() }, ORDER.Tag, extras),
    fill(tag) {
      key.write(undefined);
      value.write(undefined);
      extras = distribute(tag, { Key: (v) => key.write(v), Value: (v) => value.write(v) });
    },
    setPath(newPath) {
      path = newPath;
      head.label(path);
      key.setPath(`${path}.Key`);
      value.setPath(`${path}.Value`);
    },
    places: () => [{ path, show: messages.show, focus: () => key.focus() }, fieldPlace(key), fieldPlace(value)],
    extras: () => [...extras].map(([k, v]) => extraEntry(`${path}.${k}`, v, () => extras.delete(k), element)),
    focus: () => key.focus(),
  };
}

// ---- Block device mappings ---------------------------------------------------------------------

/** What a block device mapping is, beside its DeviceName: the radio choices. */
const MAPPING_KINDS = [
  { kind: "ebs", label: "EBS volume", key: "Ebs" },
  { kind: "instance", label: "Instance store", key: "VirtualName" },
  { kind: "none", label: "No device", key: "NoDevice" },
  { kind: "name", label: "DeviceName only", key: null },
];

// VirtualName is a plain string: the page offers the instance store volumes of the EC2 User
// Guide, ephemeral0-23. A higher one (only a warning) is kept as imported, like any other value.
const VIRTUAL_NAME = {
  ...fieldSpec(member("BlockDeviceMapping", "VirtualName")),
  type: "enum",
  options: Array.from({ length: 24 }, (_, n) => `ephemeral${n}`),
  unset: false,
};

function mappingRow({ remove }) {
  const head = rowHead(remove);
  const deviceName = createField(fieldSpec(member("BlockDeviceMapping", "DeviceName")));
  // The radios' group name is the mapping's own path (unique, renumbered with the row).
  const kindId = uid("kind");
  const radios = MAPPING_KINDS.map(({ kind }) => h("input", { type: "radio", value: kind, id: `${kindId}-${kind}` }));
  const kindChoice = h(
    "fieldset",
    { class: "kind" },
    h("legend", {}, "Maps to"),
    radios.map((radio, i) => h("label", { for: radio.id, class: "choice" }, radio, ` ${MAPPING_KINDS[i].label}`)),
  );
  const ebs = new Map(EBS_FIELDS.map((spec) => [spec.key, createField(spec)]));
  const ebsElements = (more) => EBS_FIELDS.filter((spec) => !!spec.more === more).map((spec) => ebs.get(spec.key).element);
  // The rarely used EBS fields fold away; they unfold when they hold a value or an issue.
  const folded = EBS_FIELDS.filter((spec) => spec.more).map((spec) => spec.key);
  const more = h("details", { class: "more" }, h("summary", {}, `More EBS fields: ${folded.join(", ")}`), h("div", { class: "grid" }, ebsElements(true)));
  const isMore = (key) => EBS_FIELDS.find((spec) => spec.key === key).more === true;
  const ebsMessages = createMessages(uid("m"));
  const virtualName = createField(VIRTUAL_NAME);
  const panels = {
    ebs: h("div", { class: "panel" }, ebsMessages.element, h("div", { class: "grid" }, ebsElements(false)), more),
    instance: h("div", { class: "panel" }, h("div", { class: "grid" }, virtualName.element)),
    none: h("p", { class: "panel note" }, "Sends NoDevice as an empty string: the AMI leaves this device out."),
    name: h("p", { class: "panel note" }, "Sends only the DeviceName."),
  };
  const messages = createMessages(uid("m"));
  const element = h("fieldset", { class: "row" }, head.legend, h("div", { class: "row-top" }, deviceName.element, head.button), messages.element, kindChoice, Object.values(panels));
  let path = "";
  let kind = "ebs";
  let extras = new Map();
  let ebsExtras = new Map();

  // Picking a kind is the user's decision about the mapping: imported members of another kind
  // (kept as extras) go. On "input", which reaches the radio before the form's update.
  for (const radio of radios) {
    radio.addEventListener("input", () => {
      for (const { key } of MAPPING_KINDS) if (key) extras.delete(key);
      setKind(radio.value);
    });
  }

  function setKind(newKind) {
    kind = newKind;
    for (const radio of radios) radio.checked = radio.value === kind;
    for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== kind;
    setPath(path); // only the shown panel's fields answer to paths
  }

  function setPath(newPath) {
    path = newPath;
    head.label(path);
    for (const radio of radios) radio.name = path;
    deviceName.setPath(`${path}.DeviceName`);
    for (const [key, field] of ebs) field.setPath(kind === "ebs" ? `${path}.Ebs.${key}` : null);
    virtualName.setPath(kind === "instance" ? `${path}.VirtualName` : null);
  }

  function readEbs() {
    const values = {};
    for (const [key, field] of ebs) values[key] = field.read();
    return ordered(values, ORDER.EbsBlockDevice, ebsExtras); // {} when empty: the choice says "an EBS volume"
  }

  function fill(mapping) {
    // The kind the form shows: the first present of Ebs, VirtualName, NoDevice ("" only).
    const next = isObject(mapping.Ebs) ? "ebs" : mapping.VirtualName != null ? "instance" : mapping.NoDevice === "" ? "none" : "name";
    deviceName.write(undefined);
    for (const field of ebs.values()) field.write(undefined);
    virtualName.write("ephemeral0");
    ebsExtras = new Map();
    // A member of another kind cannot be shown (return false): it is kept as an extra.
    extras = distribute(mapping, {
      DeviceName: (v) => deviceName.write(v),
      Ebs(v) {
        if (next !== "ebs") return false;
        ebsExtras = distribute(v, ebsHandlers());
      },
      VirtualName(v) {
        if (next !== "instance") return false;
        virtualName.write(v);
      },
      NoDevice: (v) => next === "none" && v === "", // "" is what the choice sends
    });
    setKind(next);
    more.open = [...ebs].some(([key, field]) => isMore(key) && field.read() !== undefined);
  }

  function ebsHandlers() {
    return Object.fromEntries([...ebs].map(([key, field]) => [key, (v) => field.write(v)]));
  }

  // A folded field with an issue unfolds, so that the message is seen (and focus can reach it).
  function unfolding(place) {
    return {
      ...place,
      show(issues) {
        place.show(issues);
        if (issues.length) more.open = true;
      },
      focus() {
        more.open = true;
        place.focus();
      },
    };
  }

  setKind("ebs");
  return {
    element,
    read() {
      const values = { DeviceName: deviceName.read() };
      if (kind === "ebs") values.Ebs = readEbs();
      if (kind === "instance") values.VirtualName = virtualName.read();
      if (kind === "none") values.NoDevice = "";
      return ordered(values, ORDER.BlockDeviceMapping, extras);
    },
    fill,
    setPath,
    places() {
      const places = [fieldPlace(deviceName), { path, show: messages.show, focus: () => deviceName.focus() }];
      if (kind === "instance") places.push(fieldPlace(virtualName));
      if (kind !== "ebs") return places;
      // The Ebs group's own issues ("needs a SnapshotId or a VolumeSize") show above its fields.
      places.push({ path: `${path}.Ebs`, show: ebsMessages.show, focus: () => ebs.get(EBS_FIELDS[0].key).focus() });
      for (const [key, field] of ebs) places.push(isMore(key) ? unfolding(fieldPlace(field)) : fieldPlace(field));
      return places;
    },
    extras() {
      const own = [...extras].map(([key, value]) => extraEntry(`${path}.${key}`, value, () => extras.delete(key), element));
      const inEbs = kind === "ebs" ? [...ebsExtras].map(([key, value]) => extraEntry(`${path}.Ebs.${key}`, value, () => ebsExtras.delete(key), element)) : [];
      return [...own, ...inEbs];
    },
    focus: () => deviceName.focus(),
  };
}

// ---- Helpers -----------------------------------------------------------------------------------

/** The place a field offers to issues at its path. */
function fieldPlace(field) {
  return { path: field.path, field: true, show: field.showIssues, focus: field.focus };
}

/**
 * Spreads `object`'s members over `handlers` (member → take(value)); a handler that returns
 * `false` cannot take its value. Returns what no handler took, as extras. A `null` member is
 * absent (as in the SDK) unless nothing knows it.
 */
function distribute(object, handlers) {
  const extras = new Map();
  for (const [key, value] of Object.entries(object ?? {})) {
    const take = Object.hasOwn(handlers, key) ? handlers[key] : null;
    if (take && value === null) continue;
    if (!take || take(value) === false) extras.set(key, value);
  }
  return extras;
}

/**
 * `values` as an object in `order` (absent members left out), with `extras` taking their place:
 * an extra replaces what the form has for the same member, and unknown members come last.
 */
function ordered(values, order, extras) {
  const out = {};
  const put = (key, value) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const key of order) {
    const value = extras.has(key) ? extras.get(key) : values[key];
    if (value !== undefined) put(key, value);
  }
  for (const [key, value] of extras) if (!order.includes(key)) put(key, value);
  return out;
}

/** An extra as the summary lists it; removing it counts as an edit of the form. */
function extraEntry(path, value, drop, source) {
  return {
    path,
    value,
    remove() {
      drop();
      source.dispatchEvent(new Event("input", { bubbles: true }));
    },
  };
}
