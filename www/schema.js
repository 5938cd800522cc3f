// What the form shows, derived from the member table (www/members.js, generated from
// src/model.rs): member order, sections, field kinds, enumeration values and hints all come from
// there, so a member AWS adds appears here once the table has it.
//
// A member's `ui` is `Title: flags` for a top-level member (the title alone for a list) and just
// the flags for an EbsBlockDevice member. Flags: `wide` (spans the row), `textarea`, `more` (a
// folded EBS field) and `#N`, the member's place on the page, which need not be the SDK's order;
// members without one follow in SDK order.

import { SHAPES } from "./members.js";

/** Each shape's member names, in SDK order: the order `read()` writes keys in, like the SDK. */
export const ORDER = Object.fromEntries(Object.entries(SHAPES).map(([name, shape]) => [name, shape.members.map((m) => m.name)]));

/** A member's `ui` hint, parsed: `{ title, flags, place }`. */
export function presentation(member, { titled = false } = {}) {
  const at = titled ? member.ui.indexOf(":") : -1;
  const title = titled ? (at < 0 ? member.ui : member.ui.slice(0, at)).trim() : "";
  const words = (titled ? (at < 0 ? "" : member.ui.slice(at + 1)) : member.ui).split(" ").filter(Boolean);
  const place = words.find((w) => /^#\d+$/.test(w));
  return { title, flags: new Set(words.filter((w) => w !== place)), place: place ? Number(place.slice(1)) : Infinity };
}

/** `members` in the page's order: by `#N`, then the rest in SDK order (the sort is stable). */
function inPageOrder(members, titled) {
  return [...members].sort((a, b) => presentation(a, { titled }).place - presentation(b, { titled }).place);
}

// An enumeration is a text box offering its known values (a datalist): AWS may add values, and
// the library only warns about one it does not know.
const KINDS = { string: "text", integer: "number", boolean: "bool", enum: "choice" };

/**
 * The field for a scalar member (null for a structure or a list): `{ key, type, options?, hint,
 * wide, more }`, where `type` is `text`, `textarea`, `number`, `bool` (three-state) or `choice`
 * (with `options`: its known values, offered; any other can be typed).
 */
export function fieldSpec(member, { titled = false } = {}) {
  const kind = KINDS[member.type];
  if (!kind) return null;
  const { flags } = presentation(member, { titled });
  const spec = { key: member.name, type: kind === "text" && flags.has("textarea") ? "textarea" : kind, hint: member.doc, wide: flags.has("wide"), more: flags.has("more") };
  if (kind === "choice") spec.options = member.values;
  return spec;
}

/** A shape's member by name (row builders take what they lay out specially from here). */
export function member(shape, name) {
  return SHAPES[shape].members.find((m) => m.name === name);
}

/**
 * The input's sections in page order (a section's place is its first member's): a group of
 * scalar fields `{ title, fields }`, or a list `{ title, list }` (the member) with one section of
 * its own. A top-level member with no title goes to "Other members".
 */
export const SECTIONS = (() => {
  const sections = [];
  const groups = new Map();
  for (const m of inPageOrder(SHAPES.RegisterImageInput.members, true)) {
    const title = presentation(m, { titled: true }).title;
    if (m.type === "strings" || m.type === "structures") {
      sections.push({ title: title || m.name, list: m });
      continue;
    }
    const spec = fieldSpec(m, { titled: true });
    if (!spec) continue; // a structure at the top level: none today; an import keeps it
    const name = title || "Other members";
    if (!groups.has(name)) {
      groups.set(name, { title: name, fields: [] });
      sections.push(groups.get(name));
    }
    groups.get(name).fields.push(spec);
  }
  return sections;
})();

/** The fields of an EBS volume, in the order the page shows them; `more` ones are folded. */
export const EBS_FIELDS = inPageOrder(SHAPES.EbsBlockDevice.members, false).map((m) => fieldSpec(m)).filter(Boolean);

/** Region names for the endpoint and the snippets. */
export const REGIONS = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-east-2",
  "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
  "ap-southeast-5", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
  "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1",
  "mx-central-1", "sa-east-1", "us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1",
];
export const DEFAULT_REGION = "us-east-1";

/** What the page shows on a first visit: a small, valid EBS-backed AMI. */
export const EXAMPLE = {
  Name: "web-server (2026-11-26)",
  BootMode: "uefi-preferred",
  TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "team", Value: "web" }, { Key: "release", Value: "" }] }],
  Description: "Web server on Amazon Linux 2023",
  Architecture: "x86_64",
  RootDeviceName: "/dev/xvda",
  BlockDeviceMappings: [
    { DeviceName: "/dev/xvda", Ebs: { DeleteOnTermination: true, SnapshotId: "snap-0123456789abcdef0", VolumeSize: 16, VolumeType: "gp3" } },
    { DeviceName: "/dev/sdb", VirtualName: "ephemeral0" },
  ],
  VirtualizationType: "hvm",
  EnaSupport: true,
};
