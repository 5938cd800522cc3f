//! What is wrong with an input: a flat, ordered list of [`Issue`]s.

use crate::fix::Fix;
use crate::model::{body_name, RegisterImageInput};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Message text made of pieces (`&str`, `String`, `char`, integers), without `core::fmt`, whose
/// formatting machinery is kilobytes of the wasm: `msg!("must be at least ", min, "; got ", n)`
/// is `format!("must be at least {min}; got {n}")`.
macro_rules! msg {
    ($($piece:expr),+ $(,)?) => {{
        let mut text = String::new();
        $($crate::issue::Piece::push_to($piece, &mut text);)+
        text
    }};
}
pub(crate) use msg;

/// How much an issue matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The request breaks the API's documented contract; it is never encoded.
    Error,
    /// A service limit AWS has changed before, or likely-but-not-certain trouble. Blocks only
    /// in strict mode.
    Warning,
}

/// A stable, machine-readable issue code. The JavaScript face spells it as in `Debug`; it reads
/// back from that text with `str::parse`. Codes are added as rules are: match with a `_` arm.
///
/// ```
/// use ec2_register_image::Code;
///
/// assert_eq!(Code::TooLong.to_string(), "TooLong");
/// assert_eq!("TooLong".parse::<Code>(), Ok(Code::TooLong));
/// assert!("tooLong".parse::<Code>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Code {
    /// A required member is missing.
    Required,
    /// A string is shorter than allowed.
    TooShort,
    /// A string is longer than allowed.
    TooLong,
    /// A string holds a character that is not allowed.
    InvalidCharacter,
    /// A value is not one of the allowed values.
    NotAllowedValue,
    /// A number is outside its range.
    OutOfRange,
    /// A key that the input shape does not have.
    UnknownField,
    /// A value of the wrong JSON/JS type.
    WrongType,
    /// Two members that cannot be given together.
    Conflict,
    /// A value that must be unique is repeated.
    Duplicate,
    /// A string that should be standard Base64 is not.
    InvalidBase64,
    /// A string does not have the documented format.
    Malformed,
    /// A list holds more items than the service allows.
    TooMany,
    /// A member the documentation says does not apply here.
    NotSupported,
}

impl Code {
    /// The code as text, such as `"TooLong"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Required => "Required",
            Code::TooShort => "TooShort",
            Code::TooLong => "TooLong",
            Code::InvalidCharacter => "InvalidCharacter",
            Code::NotAllowedValue => "NotAllowedValue",
            Code::OutOfRange => "OutOfRange",
            Code::UnknownField => "UnknownField",
            Code::WrongType => "WrongType",
            Code::Conflict => "Conflict",
            Code::Duplicate => "Duplicate",
            Code::InvalidBase64 => "InvalidBase64",
            Code::Malformed => "Malformed",
            Code::TooMany => "TooMany",
            Code::NotSupported => "NotSupported",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that names no [`Code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an issue code: {0:?}")]
pub struct UnknownCode(pub String);

impl std::str::FromStr for Code {
    type Err = UnknownCode;

    /// The code a text names, spelt as [`Code::as_str`] gives it (serde's reading of the
    /// variant names, so that every code reads back with no list to keep).
    fn from_str(text: &str) -> Result<Code, UnknownCode> {
        use serde::de::value::{Error, StrDeserializer};
        Code::deserialize(StrDeserializer::<Error>::new(text))
            .map_err(|_| UnknownCode(text.to_owned()))
    }
}

impl fmt::Display for Severity {
    /// `error` or `warning`, as in JSON and JavaScript.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem with the input, at a path such as `BlockDeviceMappings[0].Ebs.Iops`.
///
/// ```
/// use ec2_register_image::{validate, Code, RegisterImageInput, Severity};
///
/// let issues = validate(&RegisterImageInput { name: Some("ab".into()), ..Default::default() });
/// assert_eq!(issues[0].path, "Name");
/// assert_eq!(issues[0].code, Code::TooShort);
/// assert_eq!(issues[0].severity, Severity::Error);
/// assert_eq!(issues[0].severity.to_string(), "error");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Where: `Name`, `BlockDeviceMappings[0].Ebs.Iops`, `TagSpecifications[0].Tags[1].Key`.
    pub path: IssuePath,
    /// What kind of problem.
    pub code: Code,
    /// What is wrong and what is allowed, for a person.
    pub message: String,
    /// Whether it blocks encoding.
    pub severity: Severity,
    /// The one change that surely repairs it, when there is exactly one (see [`Fix`]);
    /// [`apply_fixes`](crate::apply_fixes) makes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// The AWS documentation page of the member or the rule: always an https URL on
    /// docs.aws.amazon.com (see [`docs`](crate::docs)).
    pub docs: &'static str,
}

impl Issue {
    /// An issue without a fix, with the documentation page of its member.
    pub fn new(path: IssuePath, code: Code, message: String, severity: Severity) -> Issue {
        let docs = crate::docs::page(&path);
        Issue {
            path,
            code,
            message,
            severity,
            fix: None,
            docs,
        }
    }

    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The issue as `Display` shows it (`Name: must be ... (TooShort)`), made without `core::fmt`.
    pub(crate) fn text(&self) -> String {
        let path = match self.path.is_root() {
            true => "input".to_owned(),
            false => self.path.text(),
        };
        msg!(path, ": ", &self.message, " (", self.code.as_str(), ")")
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Where an issue is: member names and list indexes from the top of the input, kept as data and
/// rendered only when shown, in one of three styles: JavaScript (`Display`:
/// `BlockDeviceMappings[0].Ebs.Iops`), the Query body ([`IssuePath::body`]:
/// `BlockDeviceMapping.1.Ebs.Iops`) and a list of keys ([`IssuePath::segments`]).
///
/// ```
/// use ec2_register_image::{IssuePath, Segment};
///
/// let path = IssuePath::from(vec![
///     Segment::Member("BlockDeviceMappings".into()),
///     Segment::Index(0),
///     Segment::Member("Ebs".into()),
/// ]);
/// assert_eq!(path.to_string(), "BlockDeviceMappings[0].Ebs");
/// assert_eq!(path.body(), "BlockDeviceMapping.1.Ebs");
/// assert_eq!(path, "BlockDeviceMappings[0].Ebs");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct IssuePath(Vec<Segment>);

/// One step of an [`IssuePath`]. More kinds may come: match with a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Segment {
    /// A member, by its name in the input (or an unknown key as given).
    Member(String),
    /// A list item, 0-based.
    Index(usize),
    /// A Query body parameter as the client wrote it, for a body whose parameter names no place
    /// of the input (`BlockDeviceMapping.0`); shown as it is in every style.
    Parameter(String),
}

impl IssuePath {
    /// The steps, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// True for the input itself.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The Query body parameter this path names: list members under their body name with
    /// 1-based indexes (`BlockDeviceMapping.1.Ebs.Iops`), cut after 100 characters (a parameter
    /// name is the client's text).
    pub fn body(&self) -> String {
        let mut out = String::new();
        let mut shape = Some(&RegisterImageInput::SHAPE);
        for segment in &self.0 {
            if !out.is_empty() {
                out.push('.');
            }
            match segment {
                Segment::Member(name) => {
                    let member = shape.and_then(|s| s.member(name)).map(|(_, m)| m);
                    // An unknown member that is a list elsewhere came from that list's body name.
                    out.push_str(member.map_or_else(|| body_name(name), |m| m.wire));
                    shape = member.and_then(|m| m.ty.shape());
                }
                Segment::Index(n) => push_number(&mut out, (n + 1) as u64),
                Segment::Parameter(text) => {
                    out.push_str(text);
                    shape = None;
                }
            }
        }
        cut_parameter(&out)
    }

    /// The path as `Display` shows it (`BlockDeviceMappings[0].Ebs.Iops`), made without
    /// `core::fmt`: the wasm calls this, not `to_string`. Hidden: the JS face's, not an API.
    #[doc(hidden)]
    pub fn text(&self) -> String {
        segments_text(&self.0)
    }

    /// This path with list indexes put back as the input had them (see `Reading::remap`).
    pub(crate) fn map_indexes(&mut self, mut map: impl FnMut(&[Segment], usize) -> usize) {
        for k in 0..self.0.len() {
            if let Segment::Index(n) = self.0[k] {
                let original = map(&self.0[..k], n);
                self.0[k] = Segment::Index(original);
            }
        }
    }
}

/// Segments as `Display` shows a path (`BlockDeviceMappings[0].Ebs.Iops`): also a path's prefix,
/// with no `IssuePath` made for it.
pub(crate) fn segments_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for (n, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Member(name) | Segment::Parameter(name) => {
                if n > 0 {
                    out.push('.');
                }
                out.push_str(name);
            }
            Segment::Index(i) => {
                out.push('[');
                push_number(&mut out, *i as u64);
                out.push(']');
            }
        }
    }
    out
}

impl From<Vec<Segment>> for IssuePath {
    fn from(segments: Vec<Segment>) -> Self {
        IssuePath(segments)
    }
}

impl From<IssuePath> for String {
    fn from(path: IssuePath) -> String {
        path.text()
    }
}

impl fmt::Display for IssuePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Compares the path as shown (`Display`) with `other`.
impl PartialEq<str> for IssuePath {
    fn eq(&self, other: &str) -> bool {
        self.text() == other
    }
}

impl PartialEq<&str> for IssuePath {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A body parameter name is the client's text: cut after 100 characters, like a quoted value, so
/// that a 10 MB name does not make a 10 MB path.
pub(crate) fn cut_parameter(text: &str) -> String {
    match text.char_indices().nth(100) {
        Some((end, _)) => msg!(text.get(..end).unwrap_or_default(), "..."),
        None => text.to_owned(),
    }
}

/// A piece of a `msg!`: appended as `Display` would show it. Each impl is a call, never
/// inlined: inlined into the rules, the pieces of their messages were 6 KB of the wasm.
pub trait Piece {
    /// Appends the piece.
    fn push_to(self, out: &mut String);
}

impl Piece for &str {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for &String {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(&self);
    }
}

impl Piece for char {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push(self);
    }
}

impl Piece for bool {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        out.push_str(if self { "true" } else { "false" });
    }
}

impl Piece for usize {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_number(out, self as u64);
    }
}

impl Piece for u32 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_number(out, self);
    }
}

impl Piece for i32 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_signed(out, self.into());
    }
}

impl Piece for i64 {
    #[inline(never)]
    fn push_to(self, out: &mut String) {
        push_signed(out, self);
    }
}

/// `n` in decimal with a `-` when negative, without `core::fmt`.
pub(crate) fn push_signed(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_number(out, n.unsigned_abs());
}

/// `n` in decimal, without `core::fmt`'s integer formatting.
#[inline]
pub(crate) fn push_number(out: &mut String, n: impl Into<u128>) {
    push_u128(out, n.into());
}

// One body for every integer type: a copy per type was 300 bytes of wasm each.
fn push_u128(out: &mut String, mut n: u128) {
    let mut digits = [0u8; 39];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// A place in the input, built on the stack as rules descend and made into an [`IssuePath`]
/// only when an issue is reported.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    pub fn path(&self) -> IssuePath {
        let mut segments = Vec::new();
        self.collect(&mut segments);
        IssuePath(segments)
    }

    fn collect(&self, out: &mut Vec<Segment>) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.collect(out);
                out.push(Segment::Member((*key).to_owned()));
            }
            Path::Index(parent, index) => {
                parent.collect(out);
                out.push(Segment::Index(*index));
            }
        }
    }
}

/// Collects issues in the order they are found.
#[derive(Default)]
pub(crate) struct Issues(pub Vec<Issue>);

impl Issues {
    pub fn error(&mut self, path: &Path, code: Code, message: impl Into<String>) {
        self.push(path, code, message.into(), Severity::Error);
    }

    pub fn warning(&mut self, path: &Path, code: Code, message: impl Into<String>) {
        self.push(path, code, message.into(), Severity::Warning);
    }

    /// A warning explained by `page` rather than by its member's page: a service limit on the
    /// page that states it, advice on the page that gives it.
    pub fn warning_see(
        &mut self,
        page: &'static str,
        path: &Path,
        code: Code,
        message: impl Into<String>,
    ) {
        self.push(path, code, message.into(), Severity::Warning);
        if let Some(issue) = self.0.last_mut() {
            issue.docs = page;
        }
    }

    /// An error that `fix` (if any) surely repairs.
    pub fn error_fixed(&mut self, path: &Path, code: Code, message: String, fix: Option<Fix>) {
        self.push(path, code, message, Severity::Error);
        if let Some(issue) = self.0.last_mut() {
            issue.fix = fix;
        }
    }

    fn push(&mut self, path: &Path, code: Code, message: String, severity: Severity) {
        self.0
            .push(Issue::new(path.path(), code, message, severity));
    }
}

/// Appends the issues of `later` at paths `issues` has no issue for yet: a member reported once
/// (unreadable, or a body parameter refused) is not reported again by a later step. Looked up
/// in a map, not by a scan per issue: that was quadratic (100,000 list items took 30 s). `key`
/// says what "the same place" means (the path as shown, or the body parameter it names); the
/// map is the one the rules use, so no new code in the wasm.
pub(crate) fn append_unreported(
    issues: &mut Vec<Issue>,
    mut later: Vec<Issue>,
    key: impl Fn(&Issue) -> String,
) {
    if issues.is_empty() {
        *issues = later;
        return;
    }
    let keys: Vec<String> = issues.iter().map(&key).collect();
    let mut reported = crate::seen::FirstSeen::new();
    for (n, k) in keys.iter().enumerate() {
        reported.first(k.as_str(), n);
    }
    later.retain(|issue| reported.get(&key(issue)).is_none());
    issues.append(&mut later);
}

/// A value quoted for a message: `"like this"`, escaped like `Debug` for the usual cases (without
/// pulling `Debug`'s Unicode tables into the wasm) and cut after 40 characters, so that a 10 MB
/// value does not make a 10 MB message.
pub(crate) fn quoted(s: &str) -> String {
    quote(s, '"')
}

/// A character quoted for a message: `'#'`.
pub(crate) fn quoted_char(c: char) -> String {
    quote(c.encode_utf8(&mut [0; 4]), '\'')
}

fn quote(s: &str, mark: char) -> String {
    let mut out = String::with_capacity(s.len().min(44) + 2);
    out.push(mark);
    for (n, c) in s.chars().enumerate() {
        if n == 40 {
            out.push('…');
            break;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == mark => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                // `\u{7f}`: lower-case hex, as `Debug` writes it.
                out.push_str("\\u{");
                let code = u32::from(c);
                let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
                for k in (0..digits).rev() {
                    out.push(char::from(
                        b"0123456789abcdef"[((code >> (4 * k)) & 15) as usize],
                    ));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push(mark);
    out
}

/// The known name closest to `key`, if one is close enough to be what was meant: same letters
/// in another case, a singular/plural slip, or at most a couple of typos.
pub(crate) fn suggest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    nearest(key, known).and_then(|(at, _)| known.get(at).copied())
}

/// The index in `known` of [`suggest`]'s name, and whether no other name is as near: a
/// did-you-mean that is unambiguous.
pub(crate) fn nearest(key: &str, known: &[&str]) -> Option<(usize, bool)> {
    if key.len() > 64 {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    // (distance, index, unique)
    let mut best: Option<(usize, usize, bool)> = None;
    for (at, k) in known.iter().enumerate() {
        let candidate = k.to_ascii_lowercase();
        let distance = if candidate == lower {
            0
        } else if candidate.trim_end_matches('s') == lower.trim_end_matches('s') {
            1
        } else {
            edit_distance(&lower, &candidate)
        };
        match best {
            Some((d, _, _)) if distance > d => {}
            Some((d, first, _)) if distance == d => best = Some((d, first, false)),
            _ => best = Some((distance, at, true)),
        }
    }
    best.filter(|(d, at, _)| *d <= 2.max(known[*at].len() / 4))
        .map(|(_, at, unique)| (at, unique))
}

/// Levenshtein distance over bytes (the names compared are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_in_javascript_style() {
        let root = Path::Root;
        let list = root.key("TagSpecifications");
        let item = list.index(0);
        let tags = item.key("Tags");
        let tag = tags.index(1);
        let path = tag.key("Key").path();
        assert_eq!(path.to_string(), "TagSpecifications[0].Tags[1].Key");
        assert_eq!(path.body(), "TagSpecification.1.Tag.2.Key");
        assert_eq!(
            path.segments()[..2],
            [
                Segment::Member("TagSpecifications".into()),
                Segment::Index(0)
            ]
        );
        assert_eq!(root.path().to_string(), "");
        assert_eq!(root.index(3).path().to_string(), "[3]");
    }

    #[test]
    fn messages_are_made_as_format_would_make_them() {
        for n in [0, 7, -7, 10, -2147483648, i64::MIN, i64::MAX] {
            assert_eq!(msg!("got ", n, "."), format!("got {n}."));
        }
        for n in [0usize, 9, 10, 1_000, usize::MAX] {
            assert_eq!(msg!(n), n.to_string());
        }
        assert_eq!(
            msg!(i32::MIN, ' ', u32::MAX, true),
            format!("{} {}true", i32::MIN, u32::MAX)
        );
        // Control characters as `\u{..}` in lower-case hex, as `format!("{:x}")` wrote them.
        for c in (0..0x100u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_control())
        {
            let expected = match c {
                '\n' => "'\\n'".to_string(),
                '\r' => "'\\r'".to_string(),
                '\t' => "'\\t'".to_string(),
                c => format!("'\\u{{{:x}}}'", u32::from(c)),
            };
            assert_eq!(quoted_char(c), expected);
        }
        let issue = Issue::new(
            Path::Root.key("Name").path(),
            Code::TooShort,
            "short".into(),
            Severity::Error,
        );
        assert_eq!(issue.text(), "Name: short (TooShort)");
        assert_eq!(issue.to_string(), issue.text());
    }
}
