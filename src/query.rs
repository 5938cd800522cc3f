//! A small, generic writer for AWS Query-protocol bodies, in the spirit of `aws-smithy-query`'s
//! `QueryWriter`: append-only into one `String`, keys grown and shrunk in one buffer.
//!
//! It knows the protocol mechanics (pairs, nesting, indexes, value text, percent-encoding) and
//! nothing about RegisterImage; [`crate::encode`] maps the input onto it.

use crate::text::{push_number, push_signed};
use std::fmt::Write;

/// Writes `Action=<action>&Version=<version>` at once, then hands out value writers.
pub struct QueryWriter<'a> {
    out: &'a mut String,
    key: String,
}

impl<'a> QueryWriter<'a> {
    /// Starts a body in `out` (appending to whatever is there).
    pub fn new(out: &'a mut String, action: &str, version: &str) -> Self {
        out.push_str("Action=");
        percent_encode_into(out, action);
        out.push_str("&Version=");
        percent_encode_into(out, version);
        QueryWriter {
            out,
            key: String::with_capacity(64),
        }
    }

    /// The top-level scope: its `prefix` names top-level members.
    pub fn root(&mut self) -> ValueWriter<'_> {
        self.key.clear();
        ValueWriter {
            out: self.out,
            key: &mut self.key,
            mark: 0,
        }
    }
}

/// The value at one key. A terminal call (`string`, `boolean`, ...) takes `self`, so a key is
/// written at most once; dropping the writer takes its part off the shared key buffer.
pub struct ValueWriter<'w> {
    out: &'w mut String,
    key: &'w mut String,
    mark: usize,
}

impl<'w> ValueWriter<'w> {
    /// A member of this structure: `Parent.Name`.
    pub fn prefix(&mut self, name: &str) -> ValueWriter<'_> {
        let mark = self.key.len();
        if mark > 0 {
            self.key.push('.');
        }
        self.key.push_str(name);
        ValueWriter {
            out: self.out,
            key: self.key,
            mark,
        }
    }

    /// A flattened list at this key: entries `Key.1`, `Key.2`, ... An empty list writes nothing.
    pub fn list(self) -> ListWriter<'w> {
        ListWriter {
            scope: self,
            next: 1,
        }
    }

    /// `&Key=<percent-encoded UTF-8>`.
    pub fn string(mut self, value: &str) {
        self.start();
        percent_encode_into(self.out, value);
    }

    /// `&Key=true` or `&Key=false`.
    pub fn boolean(mut self, value: bool) {
        self.start();
        self.out.push_str(if value { "true" } else { "false" });
    }

    /// `&Key=<decimal>`.
    pub fn integer(mut self, value: i64) {
        self.start();
        push_signed(self.out, value);
    }

    /// `&Key=<shortest decimal>`, with `NaN`, `Infinity` and `-Infinity` for non-finite values.
    pub fn float(mut self, value: f64) {
        self.start();
        if value.is_nan() {
            self.out.push_str("NaN");
        } else if value.is_infinite() {
            self.out
                .push_str(if value > 0.0 { "Infinity" } else { "-Infinity" });
        } else {
            let _ = write!(self.out, "{value}");
        }
    }

    fn start(&mut self) {
        self.out.push('&');
        self.out.push_str(self.key);
        self.out.push('=');
    }
}

impl Drop for ValueWriter<'_> {
    fn drop(&mut self) {
        self.key.truncate(self.mark);
    }
}

/// A flattened, 1-based list.
pub struct ListWriter<'w> {
    scope: ValueWriter<'w>,
    next: usize,
}

impl ListWriter<'_> {
    /// The next entry: `Key.N`.
    pub fn entry(&mut self) -> ValueWriter<'_> {
        let scope = &mut self.scope;
        let mark = scope.key.len();
        scope.key.push('.');
        push_number(scope.key, self.next as u64);
        self.next += 1;
        ValueWriter {
            out: scope.out,
            key: scope.key,
            mark,
        }
    }
}

/// Whether a byte stays literal: `A-Z a-z 0-9 - _ . ~`, the unreserved set of RFC 3986 and of
/// the AWS SDK for JavaScript's `extendedEncodeURIComponent` (which also encodes `! ' ( ) *`).
const UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~');
        b += 1;
    }
    table
};

/// Appends `value` percent-encoded as the AWS SDK for JavaScript does: UTF-8 bytes, every byte
/// outside the unreserved set as `%XX` with upper-case hex (so a space is `%20`, never `+`).
pub fn percent_encode_into(out: &mut String, value: &str) {
    let bytes = value.as_bytes();
    out.reserve(bytes.len());
    let mut literal_from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !UNRESERVED[usize::from(b)] {
            // A run of unreserved ASCII starts and ends on char boundaries; `get` keeps even a
            // mistake here from panicking.
            if literal_from < i {
                out.push_str(value.get(literal_from..i).unwrap_or_default());
            }
            // Three pushes, not a 3-byte copy: in wasm a copy is a call (memory.copy).
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
            literal_from = i + 1;
        }
    }
    out.push_str(value.get(literal_from..).unwrap_or_default());
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

#[cfg(test)]
#[path = "query_protocol_tests.rs"]
mod protocol_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_nesting_and_escapes() {
        let mut body = String::new();
        let mut writer = QueryWriter::new(&mut body, "QueryLists", "2020-01-08");
        let mut root = writer.root();
        let mut list = root.prefix("ListArg").list();
        list.entry().string("a b");
        list.entry().string("c");
        drop(list);
        root.prefix("Nested").prefix("Flag").boolean(true);
        drop(root);
        assert_eq!(
            body,
            "Action=QueryLists&Version=2020-01-08&ListArg.1=a%20b&ListArg.2=c&Nested.Flag=true"
        );
        let mut out = String::new();
        percent_encode_into(&mut out, "a b+c~*é");
        assert_eq!(out, "a%20b%2Bc~%2A%C3%A9");
    }

    #[test]
    fn every_byte_escapes_like_encode_uri_component() {
        // U+0000-U+00FF: every ASCII byte, and every byte value as the lead or the second byte
        // of a two-byte character.
        for c in (0..=255u8).map(char::from) {
            let mut got = String::new();
            percent_encode_into(&mut got, &format!("x{c}y"));
            let expected: String = c
                .to_string()
                .bytes()
                .map(|b| match UNRESERVED[usize::from(b)] {
                    true => char::from(b).to_string(),
                    false => format!("%{b:02X}"),
                })
                .collect();
            assert_eq!(got, format!("x{expected}y"));
        }
        let literal: String = (0..128u8)
            .filter(|b| UNRESERVED[usize::from(*b)])
            .map(char::from)
            .collect();
        assert_eq!(
            literal,
            "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~"
        );
        assert!((128..256).all(|b| !UNRESERVED[b]));
    }
}
