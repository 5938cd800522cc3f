//! Reading a [`Value`] (or any [`Source`]: the JS face's tape) into the typed model, collecting
//! every problem on the way: wrong types, unknown keys (with a "did you mean"), numbers that are
//! not 32-bit integers.
//!
//! `null` means absent, as in the AWS SDK. A `null` list item is left out, as the SDK does; the
//! indexes of later items then shift, and [`Reading::remap`] turns paths found on the model back
//! into paths of the input.

use crate::collect::{Issues, Path};
use crate::fix;
use crate::issue::{Code, Fix, Issue};
use crate::model::{FieldMut, Model, RegisterImageInput, Shape};
use crate::path::segments_text;
use crate::path::IssuePath;
use crate::seen::FirstSeen;
use crate::suggest::nearest;
use crate::text::{msg, push_list, quoted, Piece};
use crate::value::{number_text, Value, View, MAX_ITEMS};

/// The result of reading: the model (with unreadable members left out) and the issues found.
pub struct Reading {
    /// The input as far as it could be read.
    pub input: RegisterImageInput,
    /// Problems found while reading, in input order.
    pub issues: Vec<Issue>,
    /// For lists that had `null` items: the path of the list in the input (as shown: the key of
    /// a lookup, never read back) and, per model index, the index in the input.
    shifted: Vec<(String, Vec<usize>)>,
    /// The members given with a value that could not be read (a wrong type, a number out of
    /// range, a list too long), each reported by an issue here and left out of `input`: given,
    /// but of no known value. Paths in the input, as shown.
    unreadable: Vec<IssuePath>,
    /// Unknown members far from every member, whose messages (the members allowed there) are
    /// written last: (the issue, the key quoted, the shape). See [`Reading::write_messages`].
    unlisted: Vec<(usize, String, &'static Shape)>,
}

impl Reading {
    /// Writes the messages [`read_leaving_messages`] left empty. 20,000 unknown keys make 8 MB
    /// of them: written once the JS face has freed the tape it read, they take its room.
    pub(crate) fn write_messages(&mut self) {
        for (at, key, shape) in std::mem::take(&mut self.unlisted) {
            if let Some(issue) = self.issues.get_mut(at) {
                issue.message = allowed_here(&key, shape);
            }
        }
    }

    /// The members given with a value that could not be read, by their paths in the input, as
    /// shown: the rules stay silent about them and what they hold (see
    /// `validate::validate_read`).
    pub(crate) fn unreadable(&self) -> Vec<String> {
        self.unreadable.iter().map(IssuePath::text).collect()
    }

    /// Puts back into each issue's path, a path on the model, the list indexes the input had:
    /// they differ only after a `null` list item was left out. (`check` does it through
    /// `validate_read`, which also needs each path in the input.)
    pub fn remap(&self, issues: &mut [Issue]) {
        let in_input = self.in_input();
        for issue in issues {
            in_input(&mut issue.path);
        }
    }

    /// What [`Reading::remap`] does to each path, as a function.
    pub(crate) fn in_input(&self) -> impl Fn(&mut IssuePath) + '_ {
        // Made once, looked up per index of every path: a scan per issue was quadratic with many
        // such lists. The map the rules use, so no new wasm code.
        let mut lists = FirstSeen::new();
        for (n, (list, _)) in self.shifted.iter().enumerate() {
            lists.first(list.as_str(), n);
        }
        move |path: &mut IssuePath| {
            if self.shifted.is_empty() {
                return;
            }
            // Outer indexes are put back first, so each list is found by its path in the input.
            path.map_indexes(|list, n| {
                let list = segments_text(list);
                lists
                    .get(list.as_str())
                    .and_then(|at| self.shifted.get(at))
                    .and_then(|(_, map)| map.get(n).copied())
                    .unwrap_or(n)
            });
        }
    }
}

/// Reads `value` as a RegisterImage input.
pub fn read(value: &Value) -> Reading {
    read_with(value, false)
}

/// A tree the reader reads, one value at a time: a [`Value`], or the JavaScript face's tape,
/// read where it lies. The JS face used to build a `Value` from its tape first, and that tree
/// (its keys and strings, then its drop) was half of what a call allocated.
pub trait Source<'v>: Copy {
    /// What this value is.
    fn view(&self) -> View<'v>;
    /// An object's entries, in order, each key as its UTF-8 bytes (none for anything else): a
    /// key that names a member is never read as text.
    fn entries(self) -> impl Iterator<Item = (&'v [u8], Self)>;
    /// A key of this object's [`Source::entries`] as text.
    fn key(&self, key: &'v [u8]) -> &'v str;
    /// A list's items, in order (none for anything else).
    fn items(self) -> impl Iterator<Item = Self>;
}

impl<'v> Source<'v> for &'v Value {
    fn view(&self) -> View<'v> {
        Value::view(self)
    }
    fn entries(self) -> impl Iterator<Item = (&'v [u8], Self)> {
        let entries: &[(String, Value)] = match self {
            Value::Object(entries) => entries,
            _ => &[],
        };
        entries.iter().map(|(key, value)| (key.as_bytes(), value))
    }
    fn key(&self, key: &'v [u8]) -> &'v str {
        // The bytes of a `String`: UTF-8.
        std::str::from_utf8(key).unwrap_or_default()
    }
    fn items(self) -> impl Iterator<Item = Self> {
        let items: &[Value] = match self {
            Value::Array(items) => items,
            _ => &[],
        };
        items.iter()
    }
}

/// [`read`] for a tree decoded from a Query body, where every scalar is text: numbers and
/// booleans are read from their text as the SDKs write them (`8`, `-1`, `true`, `false`).
pub fn read_with<'v>(value: impl Source<'v>, scalars_as_text: bool) -> Reading {
    let mut reading = read_leaving_messages(value, scalars_as_text);
    reading.write_messages();
    reading
}

/// [`read_with`], the longest messages left for [`Reading::write_messages`].
pub(crate) fn read_leaving_messages<'v>(value: impl Source<'v>, scalars_as_text: bool) -> Reading {
    let mut reader = Reader {
        scalars_as_text,
        ..Reader::default()
    };
    let mut input = RegisterImageInput::default();
    reader.structure(&Path::Root, value, &mut input);
    Reading {
        input,
        issues: reader.issues.0,
        shifted: reader.shifted,
        unreadable: reader.unreadable,
        unlisted: reader.unlisted,
    }
}

#[derive(Default)]
struct Reader {
    issues: Issues,
    shifted: Vec<(String, Vec<usize>)>,
    unreadable: Vec<IssuePath>,
    unlisted: Vec<(usize, String, &'static Shape)>,
    scalars_as_text: bool,
}

impl Reader {
    /// Reads the members of `value` into `model`, each by the type its [`Shape`] gives it.
    fn structure<'v>(&mut self, at: &Path, value: impl Source<'v>, model: &mut dyn Model) {
        let shape = model.shape();
        self.object(at, value, shape, |r, i, key, v| {
            let at = &at.key(key);
            let Some(field) = model.field_mut(i) else {
                return;
            };
            match field {
                FieldMut::Str(f) => *f = r.string(at, v.view()),
                FieldMut::Int(f) => *f = r.integer(at, v.view()),
                FieldMut::Bool(f) => *f = r.boolean(at, v.view()),
                // A `null` structure is absent; anything else makes one (empty if unreadable).
                FieldMut::Struct(f) if v.view() != View::Null => {
                    r.structure(at, v, f.get_or_default())
                }
                FieldMut::Struct(_) => {}
                FieldMut::Strings(list) => r.list(at, v, |r, at, v| {
                    list.push(r.string(at, v.view()).unwrap_or_default())
                }),
                FieldMut::Structs(list) => {
                    r.list(at, v, |r, at, v| r.structure(at, v, list.push_default()))
                }
            }
        });
    }

    /// Hands `member` each entry of an object whose key is known and not repeated, with the
    /// member's index, in input order; reports the rest.
    fn object<'v, V: Source<'v>>(
        &mut self,
        at: &Path,
        value: V,
        shape: &'static Shape,
        mut member: impl FnMut(&mut Self, usize, &'static str, V),
    ) {
        match value.view() {
            View::Object | View::Null => {}
            other => self.wrong_type(at, "an object", other),
        }
        let known = shape.members;
        // One bit per known member: repeated keys (possible in JSON, not in JS) are reported,
        // and the first one wins. So at most one entry per member is kept: no allocation.
        let mut seen = 0u32;
        let mut keep: [Option<(usize, V)>; 32] = [None; 32];
        let mut kept = 0;
        // Unknown keys that could be renamed: (their issue, the member's bit); and the members
        // more than one of them would become.
        let mut renames: Vec<(usize, u32)> = Vec::new();
        let (mut wanted, mut wanted_twice) = (0u32, 0u32);
        for (key, item) in value.entries() {
            match shape.member_named(key) {
                Some((bit, m)) if seen & (1 << bit) != 0 => self.issues.error(
                    &at.key(m.name),
                    Code::Duplicate,
                    msg!("\"", m.name, "\" is given more than once"),
                ),
                Some((bit, _)) => {
                    seen |= 1 << bit;
                    if let Some(slot) = keep.get_mut(kept) {
                        *slot = Some((bit, item));
                        kept += 1;
                    }
                }
                None => {
                    if let Some(bit) = self.unknown(at, value.key(key), shape) {
                        let bit = 1 << bit;
                        wanted_twice |= wanted & bit;
                        wanted |= bit;
                        renames.push((self.issues.0.len() - 1, bit));
                    }
                }
            }
        }
        // A rename is sure when its member is not given and no other key would become it.
        for (issue, bit) in renames {
            if (seen | wanted_twice) & bit == 0 {
                let name = known[bit.trailing_zeros() as usize].name;
                if let Some(issue) = self.issues.0.get_mut(issue) {
                    issue.fix = Some(Fix::Rename(name));
                }
            }
        }
        for &(i, item) in keep.iter().take(kept).flatten() {
            member(self, i, known[i].name, item);
        }
    }

    /// Reports the unknown `key`; returns the index of the member it surely means, if any (an
    /// unambiguous did-you-mean, outside a body, where names are never the user's typing).
    fn unknown(&mut self, at: &Path, key: &str, shape: &'static Shape) -> Option<usize> {
        let known: Vec<&str> = shape.members.iter().map(|m| m.name).collect();
        let near = nearest(key, &known);
        // Quoted: cut after 40 characters, so that a 10 MB key does not make a 10 MB message.
        let message = match near.and_then(|(n, _)| known.get(n)) {
            Some(near) => msg!(
                "unknown member ",
                quoted(key),
                "; did you mean \"",
                *near,
                "\"?"
            ),
            // Far from every member: its message, the members allowed, is written last.
            None => String::new(),
        };
        let unlisted = message.is_empty();
        self.issues.error(&at.key(key), Code::UnknownField, message);
        if unlisted {
            let issue = self.issues.0.len() - 1;
            self.unlisted.push((issue, quoted(key), shape));
        }
        near.filter(|(_, unique)| *unique && !self.scalars_as_text)
            .map(|(n, _)| n)
    }

    /// Reads each item of the list `value` with `item`; `null` items are left out, as the SDK
    /// does, and the input index of each kept item is noted for [`Reading::remap`].
    fn list<'v, V: Source<'v>>(
        &mut self,
        at: &Path,
        value: V,
        mut item: impl FnMut(&mut Self, &Path, V),
    ) {
        match value.view() {
            View::Array(length) if length > MAX_ITEMS => {
                self.issues.error(
                    at,
                    Code::TooMany,
                    msg!(
                        "lists are read up to ",
                        MAX_ITEMS,
                        " items; this one has more"
                    ),
                );
                self.unreadable(at);
                return;
            }
            View::Array(_) => {}
            View::Null => return,
            other => {
                self.wrong_type(at, "a list", other);
                return;
            }
        }
        let mut kept = 0;
        // Input index of each kept item, tracked only once a `null` has shifted them.
        let mut origin: Option<Vec<usize>> = None;
        for (index, v) in value.items().enumerate() {
            if v.view() == View::Null {
                origin.get_or_insert_with(|| (0..kept).collect());
                continue;
            }
            item(self, &at.index(index), v);
            kept += 1;
            if let Some(origin) = &mut origin {
                origin.push(index);
            }
        }
        if let Some(origin) = origin {
            self.shifted.push((at.path().text(), origin));
        }
    }

    fn string(&mut self, at: &Path, value: View) -> Option<String> {
        match value {
            View::String(s) => Some(s.to_owned()),
            View::Null => None,
            View::LoneSurrogate => {
                self.issues.error(
                    at,
                    Code::InvalidCharacter,
                    "contains a lone UTF-16 surrogate, which is not well-formed Unicode and cannot be sent as UTF-8",
                );
                self.unreadable(at);
                None
            }
            other => {
                self.wrong_type(at, "a string", other);
                None
            }
        }
    }

    fn boolean(&mut self, at: &Path, value: View) -> Option<bool> {
        match value {
            View::Bool(b) => Some(b),
            View::String(s) if self.scalars_as_text && (s == "true" || s == "false") => {
                Some(s == "true")
            }
            View::Null => None,
            View::String(s) if !self.scalars_as_text => {
                self.wrong_type_fixed(at, "a boolean (true or false)", value, fix::boolean(s));
                None
            }
            other => {
                self.wrong_type(at, "a boolean (true or false)", other);
                None
            }
        }
    }

    fn integer(&mut self, at: &Path, value: View) -> Option<i32> {
        if let (true, View::String(s)) = (self.scalars_as_text, value) {
            return match whole_number(s) {
                Some(n) => self.integer(at, View::Number(n)),
                None => {
                    self.wrong_type(at, "a whole number", value);
                    None
                }
            };
        }
        match value {
            View::Number(n) if n.fract() != 0.0 || !n.is_finite() => {
                self.wrong_type(at, "a whole number", value);
                None
            }
            View::Number(n) if n < f64::from(i32::MIN) || n > f64::from(i32::MAX) => {
                self.issues.error(
                    at,
                    Code::OutOfRange,
                    msg!(
                        "must be a 32-bit integer (-2147483648 to 2147483647); got ",
                        number_text(n)
                    ),
                );
                self.unreadable(at);
                None
            }
            // In range and whole, so the conversion is exact; `+ 0.0` turns -0 into 0.
            View::Number(n) => Some((n + 0.0) as i32),
            View::Null => None,
            View::String(s) => {
                self.wrong_type_fixed(at, "a whole number", value, fix::integer(s));
                None
            }
            other => {
                self.wrong_type(at, "a whole number", other);
                None
            }
        }
    }

    fn wrong_type(&mut self, at: &Path, expected: &str, got: View) {
        self.wrong_type_fixed(at, expected, got, None);
    }

    fn wrong_type_fixed(&mut self, at: &Path, expected: &str, got: View, fix: Option<Fix>) {
        self.issues.error_fixed(
            at,
            Code::WrongType,
            msg!("must be ", expected, "; got ", got.describe()),
            fix,
        );
        self.unreadable(at);
    }

    /// Notes that the member at `at` is given but unreadable. Not the input itself: a value that
    /// is no object still lacks every member, and those are reported.
    fn unreadable(&mut self, at: &Path) {
        if !matches!(at, Path::Root) {
            self.unreadable.push(at.path());
        }
    }
}

/// The message of an unknown member far from every member of `shape`: perhaps one AWS added
/// after the model this release knows.
fn allowed_here(quoted_key: &str, shape: &Shape) -> String {
    let mut message = msg!("unknown member ", quoted_key, "; allowed here: ");
    push_list(&mut message, shape.members, |out, member| {
        member.name.push_to(out)
    });
    message.push_str(crate::model::UNKNOWN_MEMBER_NOTE);
    message
}

/// `-?[0-9]+` as a number, exact up to 2^53 (beyond that it is out of the 32-bit range anyway).
fn whole_number(s: &str) -> Option<f64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits
        .bytes()
        .fold(0f64, |n, b| (n * 10.0 + f64::from(b - b'0')).min(1e300));
    Some(if s.starts_with('-') {
        -magnitude
    } else {
        magnitude
    })
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
