// Where things are in a JSON text, for the command's messages and annotations. JSON.parse gives
// values, not places: this scanner reads the JSON grammar (RFC 8259) once over the text, in a
// loop with explicit stacks (so deep nesting cannot overflow), and gives either the first
// syntax error or the line and column of what issue paths name. Columns count UTF-16 code
// units from 1, as editors and GitHub annotations do.

const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SHORT_ESCAPES = '"\\/bfnrt';

/**
 * Reads `text` as JSON. Returns `{ error: { line, column, message } }` for the first syntax
 * error, else `{}`. With `want`, a trie of paths (`{ children: Map<key | index, node>, at }`),
 * each node found gets `at = { line, column }`: a member's name, an item's value, the root's
 * value; for a repeated name the last, the one JSON.parse keeps.
 */
export function scanJson(text, want) {
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (message) => {
    throw { line, column: i - lineStart + 1, message };
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) i++;
      else if (c === 10) {
        i++;
        line++;
        lineStart = i;
      } else return;
    }
  };
  /** Past the string at i (a `"`); its value when `decode`. */
  const string = (decode) => {
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        const d = text[i + 1];
        if (d === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) fail("\\u must be followed by four hex digits");
          i += 6;
        } else if (d !== undefined && SHORT_ESCAPES.includes(d)) i += 2;
        else fail(`invalid escape \\${d ?? ""} in a string`);
        escaped = true;
      } else if (i >= n) {
        i = start;
        fail('a string is not closed (a missing ")');
      } else fail(c === 10 ? 'a string is not closed on its line (a missing "?)' : "a control character in a string must be escaped");
    }
    i++;
    if (!decode) return undefined;
    return escaped ? JSON.parse(text.slice(start, i)) : text.slice(start + 1, i - 1);
  };
  const unexpected = () => {
    if (i >= n) fail(arrays.length === 0 ? "the text is empty" : "the text ends where a value should be");
    const c = text[i];
    if (c === "'") fail("strings take double quotes, not single");
    if (c === "/") fail("comments are not allowed in JSON");
    if (c === "}" || c === "]") fail(`expected a value before ${c}`);
    fail(`unexpected character ${JSON.stringify(String.fromCodePoint(text.codePointAt(i)))} where a value should be`);
  };

  // One entry per open container: whether an array, its trie node, its next index, where it opened.
  const arrays = [];
  const nodes = [];
  const indexes = [];
  const opened = [];
  let node = want ?? undefined; // the trie node of the value about to be read, if wanted
  const endsInside = (k) => {
    const at = opened[k];
    fail(`the text ends inside ${arrays[k] ? "an array" : "an object"} (opened at line ${at.line}, column ${at.column})`);
  };
  /** At a member name: reads it and the `:`, and sets `node` to its trie node (marked). */
  const member = (k) => {
    if (text.charCodeAt(i) !== 34) {
      if (i >= n) endsInside(k);
      if (text[i] === "'") fail("member names take double quotes, not single");
      if (text[i] === "/") fail("comments are not allowed in JSON");
      fail("expected a member name in double quotes");
    }
    const parent = nodes[k];
    if (parent !== undefined && parent.children.size > 0) {
      const column = i - lineStart + 1;
      node = parent.children.get(string(true));
      if (node !== undefined) node.at = { line, column };
    } else {
      string(false);
      node = undefined;
    }
    ws();
    if (text.charCodeAt(i) !== 58) fail("expected ':' after a member name");
    i++;
  };

  try {
    for (;;) {
      ws();
      const top = arrays.length - 1;
      if (node !== undefined && (top < 0 || arrays[top])) node.at = { line, column: i - lineStart + 1 };
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        const array = c === 91;
        const at = { line, column: i - lineStart + 1 };
        i++;
        ws();
        if (text.charCodeAt(i) === (array ? 93 : 125)) i++;
        else {
          arrays.push(array);
          nodes.push(node);
          indexes.push(0);
          opened.push(at);
          if (array) node = node?.children.get(0);
          else member(arrays.length - 1);
          continue;
        }
      } else if (c === 34) string(false);
      else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) fail("a minus sign must be followed by a digit");
        const digits = c === 45 ? i + 1 : i;
        if (text.charCodeAt(digits) === 48 && NUMBER.lastIndex === digits + 1) {
          const next = text.charCodeAt(digits + 1);
          if (next >= 48 && next <= 57) fail("a number cannot start with 0");
        }
        i = NUMBER.lastIndex;
      } else if (c === 116 && text.startsWith("true", i)) i += 4;
      else if (c === 102 && text.startsWith("false", i)) i += 5;
      else if (c === 110 && text.startsWith("null", i)) i += 4;
      else unexpected();
      // A value is complete: close what it completes, then read past one comma.
      for (;;) {
        ws();
        const k = arrays.length - 1;
        if (k < 0) {
          if (i < n) fail("unexpected text after the JSON value");
          return {};
        }
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          ws();
          if (arrays[k]) {
            if (text.charCodeAt(i) === 93) fail("a comma before ] (JSON allows no trailing comma)");
            node = nodes[k]?.children.get(++indexes[k]);
          } else {
            if (text.charCodeAt(i) === 125) fail("a comma before } (JSON allows no trailing comma)");
            member(k);
          }
          break;
        }
        if (d === (arrays[k] ? 93 : 125)) {
          i++;
          arrays.pop();
          nodes.pop();
          indexes.pop();
          opened.pop();
          continue;
        }
        if (i >= n) endsInside(k);
        fail(arrays[k] ? "expected ',' or ']' after an item in an array" : "expected ',' or '}' after a member's value in an object");
      }
    }
  } catch (e) {
    if (e instanceof Error) throw e;
    return { error: e };
  }
}

/**
 * `issues` with the `line` and `column` of what each path names in `text` (a member's name, an
 * item's value), or of its nearest ancestor that is there (for a missing member, its object).
 * Each issue's `keys` (as `validate` gives them) say where it is.
 */
export function locate(text, issues) {
  const root = { children: new Map(), at: undefined };
  const walks = issues.map((issue) => {
    const walk = [root];
    let node = root;
    for (const key of issue.keys) {
      let next = node.children.get(key);
      if (next === undefined) node.children.set(key, (next = { children: new Map(), at: undefined }));
      walk.push((node = next));
    }
    return walk;
  });
  if (scanJson(text, root).error !== undefined) return issues;
  return issues.map((issue, k) => {
    let at;
    for (const node of walks[k]) {
      if (node.at === undefined) break;
      at = node.at;
    }
    return at === undefined ? issue : { ...issue, line: at.line, column: at.column };
  });
}
