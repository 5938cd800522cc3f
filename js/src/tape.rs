//! The byte form in which the JavaScript face hands an input to the core: a "tape" that the
//! package's JS (`toTape` in `src/js/tape.js`) writes while walking the value, crossing the wasm
//! boundary as one `Uint8Array` copy, and read by the core's reader where it lies ([`Node`] is a
//! [`Source`]): no tree is built, and no key is copied.
//!
//! Why not JSON: in V8, `JSON.stringify` with a replacer (needed to keep `NaN`, functions, lone
//! surrogates, ...) and then scanning the text again in wasm cost more than all the checking and
//! encoding together; a tape is written with native `TextEncoder.encodeInto` per string, keeps
//! every number bit-exact, and is read here without unescaping anything.
//!
//! ```text
//! value   = NULL | FALSE | TRUE | NUMBER f64-le | STRING text | LONE_SURROGATE
//!         | UNSUPPORTED reason-byte
//!         | ARRAY count size value{count} | OBJECT count size (text value){count}
//! text    = u32-le byte length, UTF-8 bytes
//! count   = u32-le: how many items or entries
//! size    = u32-le: how many bytes they take, so that one is stepped over at once
//! ```
//!
//! The writer lives in this repository, so a malformed tape is a bug; it is still read safely:
//! [`Tape::new`] checks the structure in one pass (an error, never a panic, no nesting deeper
//! than [`MAX_DEPTH`]` + 1`), and a text that is not UTF-8 is found where it is read
//! ([`Tape::finish`]).

use ec2_register_image::__private::{Piece, Source, View};
use ec2_register_image::{Value, MAX_DEPTH};
use std::cell::Cell;

/// `null` or `undefined`.
pub const NULL: u8 = 0;
/// `false`.
pub const FALSE: u8 = 1;
/// `true`.
pub const TRUE: u8 = 2;
/// A number: 8 bytes, little-endian IEEE 754 (so `NaN`, `-0` and `Infinity` arrive as they are).
pub const NUMBER: u8 = 3;
/// A well-formed string: its UTF-8 text.
pub const STRING: u8 = 4;
/// A string with a lone UTF-16 surrogate (no UTF-8 form): no payload.
pub const LONE_SURROGATE: u8 = 5;
/// A value no member can hold: one byte, an index into [`UNSUPPORTED_REASONS`].
pub const UNSUPPORTED: u8 = 6;
/// A list: its count and size, then its items.
pub const ARRAY: u8 = 7;
/// An object: its count and size, then its keys (texts, untagged) and values.
pub const OBJECT: u8 = 8;

/// The bytes after an [`ARRAY`] or [`OBJECT`] tag: its count and size.
const HEADER: usize = 8;

/// What an [`UNSUPPORTED`] value was, by its reason byte, as messages name it.
pub const UNSUPPORTED_REASONS: [&str; 9] = [
    "a function",
    "a symbol",
    "a BigInt",
    "a Date",
    "a Map (use a plain object)",
    "a Set (use an array)",
    "a value that contains itself",
    "nesting deeper than 32 levels",
    "a value past the first 10000 of the input (the rest is not read)",
];

/// Why a tape could not be read: the byte offset where it went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TapeError(pub usize);

impl TapeError {
    /// The `Display` text, made without `core::fmt` (for the wasm).
    pub fn message(&self) -> String {
        let mut text = String::from("ec2-register-image: malformed input tape at byte ");
        self.0.push_to(&mut text);
        text
    }
}

impl std::fmt::Display for TapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// A tape whose structure is checked: every tag known, every length inside it, every list and
/// object as long as its size says, one value filling it.
pub struct Tape<'t> {
    bytes: &'t [u8],
    /// Where the bytes of the first text read that were not UTF-8 start.
    not_utf8: Cell<Option<usize>>,
}

impl<'t> Tape<'t> {
    /// Checks the structure of `bytes` (not yet the UTF-8 of its texts: see [`Tape::finish`]).
    pub fn new(bytes: &'t [u8]) -> Result<Self, TapeError> {
        match value_end(bytes, 0, 0)? {
            end if end == bytes.len() => Ok(Tape {
                bytes,
                not_utf8: Cell::new(None),
            }),
            end => Err(TapeError(end)),
        }
    }

    /// The value the tape holds.
    pub fn root(&self) -> Node<'_> {
        Node { tape: self, at: 0 }
    }

    /// An error if a text read so far was not UTF-8 (it was read as `""`): what was made from
    /// the tape is then to be thrown away.
    pub fn finish(&self) -> Result<(), TapeError> {
        self.not_utf8.get().map_or(Ok(()), |at| Err(TapeError(at)))
    }

    fn byte(&self, at: usize) -> u8 {
        self.bytes.get(at).copied().unwrap_or(NULL)
    }

    fn u32(&self, at: usize) -> usize {
        u32_at(self.bytes, at).unwrap_or(0)
    }

    /// The bytes of the text at `at`.
    fn bytes_of_text(&self, at: usize) -> &'t [u8] {
        self.bytes.get(at + 4..at + 4 + self.u32(at)).unwrap_or(&[])
    }

    /// The text at `at`.
    fn text(&self, at: usize) -> &'t str {
        self.utf8(self.bytes_of_text(at))
    }

    /// `bytes` (of this tape) as text; `""`, noted for [`Tape::finish`], if they are not UTF-8.
    fn utf8(&self, bytes: &'t [u8]) -> &'t str {
        std::str::from_utf8(bytes).unwrap_or_else(|_| {
            if self.not_utf8.get().is_none() {
                // Where they start in the tape.
                let at = (bytes.as_ptr() as usize).wrapping_sub(self.bytes.as_ptr() as usize);
                self.not_utf8.set(Some(at));
            }
            ""
        })
    }

    /// Where the value at `at` ends.
    fn end(&self, at: usize) -> usize {
        at + match self.byte(at) {
            NUMBER => 9,
            STRING => 5 + self.u32(at + 1),
            UNSUPPORTED => 2,
            ARRAY | OBJECT => 1 + HEADER + self.u32(at + 5),
            _ => 1,
        }
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

/// Where the text at `at` ends, once checked to lie inside `bytes`.
fn text_end(bytes: &[u8], at: usize) -> Result<usize, TapeError> {
    let end = u32_at(bytes, at).and_then(|n| (at + 4).checked_add(n));
    end.filter(|&end| end <= bytes.len()).ok_or(TapeError(at))
}

/// Where the value at `at` ends, once its structure is checked.
fn value_end(bytes: &[u8], at: usize, depth: usize) -> Result<usize, TapeError> {
    let tag = *bytes.get(at).ok_or(TapeError(at))?;
    let end = match tag {
        NULL | FALSE | TRUE | LONE_SURROGATE => at + 1,
        NUMBER => at + 9,
        STRING => text_end(bytes, at + 1)?,
        UNSUPPORTED
            if usize::from(*bytes.get(at + 1).unwrap_or(&u8::MAX)) < UNSUPPORTED_REASONS.len() =>
        {
            at + 2
        }
        ARRAY | OBJECT if depth <= MAX_DEPTH => {
            let count = u32_at(bytes, at + 1).ok_or(TapeError(at + 1))?;
            let size = u32_at(bytes, at + 5).ok_or(TapeError(at + 5))?;
            let start = at + 1 + HEADER;
            let end = start.checked_add(size).ok_or(TapeError(at + 5))?;
            let mut next = start;
            // Each item takes a byte at least, so a false count ends at the end of the tape.
            for _ in 0..count {
                if tag == OBJECT {
                    next = text_end(bytes, next)?;
                }
                next = value_end(bytes, next, depth + 1)?;
            }
            if next != end {
                return Err(TapeError(at + 5));
            }
            end
        }
        _ => return Err(TapeError(at)),
    };
    match end <= bytes.len() {
        true => Ok(end),
        false => Err(TapeError(at)),
    }
}

/// One value of a [`Tape`], as the core's reader reads it.
#[derive(Clone, Copy)]
pub struct Node<'t> {
    tape: &'t Tape<'t>,
    at: usize,
}

impl<'t> Source<'t> for Node<'t> {
    fn view(&self) -> View<'t> {
        let (tape, at) = (self.tape, self.at);
        match tape.byte(at) {
            FALSE => View::Bool(false),
            TRUE => View::Bool(true),
            NUMBER => {
                let mut bits = [0; 8];
                if let Some(b) = tape.bytes.get(at + 1..at + 9) {
                    bits.copy_from_slice(b);
                }
                View::Number(f64::from_le_bytes(bits))
            }
            STRING => View::String(tape.text(at + 1)),
            LONE_SURROGATE => View::LoneSurrogate,
            UNSUPPORTED => View::Unsupported(
                UNSUPPORTED_REASONS
                    .get(usize::from(tape.byte(at + 1)))
                    .copied()
                    .unwrap_or(UNSUPPORTED_REASONS[0]),
            ),
            ARRAY => View::Array(tape.u32(at + 1)),
            OBJECT => View::Object,
            _ => View::Null,
        }
    }

    fn entries(self) -> impl Iterator<Item = (&'t [u8], Self)> {
        Items::of(self, OBJECT)
    }

    fn key(&self, key: &'t [u8]) -> &'t str {
        self.tape.utf8(key)
    }

    fn items(self) -> impl Iterator<Item = Self> {
        Items::of(self, ARRAY).map(|(_, item)| item)
    }
}

/// The items of a list or the entries of an object, each stepped over by its size.
struct Items<'t> {
    tape: &'t Tape<'t>,
    at: usize,
    left: usize,
    keyed: bool,
}

impl<'t> Items<'t> {
    /// The items of `node`, if it is a `kind` (none otherwise).
    fn of(node: Node<'t>, kind: u8) -> Self {
        let tape = node.tape;
        let is = tape.byte(node.at) == kind;
        Items {
            tape,
            at: node.at + 1 + HEADER,
            left: if is { tape.u32(node.at + 1) } else { 0 },
            keyed: kind == OBJECT,
        }
    }
}

impl<'t> Iterator for Items<'t> {
    type Item = (&'t [u8], Node<'t>);

    fn next(&mut self) -> Option<Self::Item> {
        self.left = self.left.checked_sub(1)?;
        let tape = self.tape;
        let (key, at) = match self.keyed {
            true => {
                let key = tape.bytes_of_text(self.at);
                (key, self.at + 4 + key.len())
            }
            false => (&[][..], self.at),
        };
        self.at = tape.end(at);
        Some((key, Node { tape, at }))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

/// Reads one value that fills the whole tape into a [`Value`] tree (the tests' and the fuzz
/// targets' view of a tape; the JS face reads [`Tape::root`] directly).
pub fn read(bytes: &[u8]) -> Result<Value, TapeError> {
    fn value(node: Node) -> Value {
        match node.view() {
            View::Null => Value::Null,
            View::Bool(b) => Value::Bool(b),
            View::Number(n) => Value::Number(n),
            View::String(s) => Value::String(s.into()),
            View::LoneSurrogate => Value::LoneSurrogate,
            View::Unsupported(what) => Value::Unsupported(what),
            View::Array(_) => Value::Array(node.items().map(value).collect()),
            _ => Value::Object(
                node.entries()
                    .map(|(key, v)| (node.key(key).into(), value(v)))
                    .collect(),
            ),
        }
    }
    let tape = Tape::new(bytes)?;
    let read = value(tape.root());
    tape.finish().map(|()| read)
}

/// The tape of `value`, as `toTape` writes it: the tests' and the fuzz targets' writer (a
/// [`Value::Unsupported`] whose text is none of [`UNSUPPORTED_REASONS`] is written as the first).
pub fn write(value: &Value) -> Vec<u8> {
    fn text(out: &mut Vec<u8>, s: &str) {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    fn container(out: &mut Vec<u8>, tag: u8, count: usize, items: impl FnOnce(&mut Vec<u8>)) {
        let at = out.len();
        out.push(tag);
        out.extend_from_slice(&(count as u32).to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        items(out);
        let size = (out.len() - at - 1 - HEADER) as u32;
        out[at + 5..at + 9].copy_from_slice(&size.to_le_bytes());
    }
    fn put(out: &mut Vec<u8>, value: &Value) {
        match value {
            Value::Null => out.push(NULL),
            Value::Bool(false) => out.push(FALSE),
            Value::Bool(true) => out.push(TRUE),
            Value::Number(n) => {
                out.push(NUMBER);
                out.extend_from_slice(&n.to_le_bytes());
            }
            Value::String(s) => {
                out.push(STRING);
                text(out, s);
            }
            Value::LoneSurrogate => out.push(LONE_SURROGATE),
            Value::Unsupported(what) => {
                let reason = UNSUPPORTED_REASONS.iter().position(|r| r == what);
                out.extend([UNSUPPORTED, reason.unwrap_or(0) as u8]);
            }
            Value::Array(items) => container(out, ARRAY, items.len(), |out| {
                items.iter().for_each(|v| put(out, v))
            }),
            Value::Object(entries) => container(out, OBJECT, entries.len(), |out| {
                for (k, v) in entries {
                    text(out, k);
                    put(out, v);
                }
            }),
        }
    }
    let mut out = Vec::new();
    put(&mut out, value);
    out
}

#[cfg(test)]
#[path = "tape_tests.rs"]
mod tests;
