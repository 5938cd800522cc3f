/**
 * An input as its body carries it, for comparing with `parseBody`'s result: empty lists, `null`
 * and `undefined` members write nothing, and `null` list items are left out.
 */
export function normalized(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(normalized);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = normalized(v);
  }
  return out;
}
