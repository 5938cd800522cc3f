//! What is wrong with an input: a flat, ordered list of [`Issue`]s.

use serde::Serialize;
use std::fmt;

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

/// A stable, machine-readable issue code. The JavaScript face spells it as in `Debug`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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

/// One problem with the input, at a JavaScript-style path such as
/// `BlockDeviceMappings[0].Ebs.Iops` (0-based; empty for the input itself).
///
/// ```
/// use ec2_register_image::{validate, Code, RegisterImageInput, Severity};
///
/// let issues = validate(&RegisterImageInput { name: Some("ab".into()), ..Default::default() });
/// assert_eq!(issues[0].path, "Name");
/// assert_eq!(issues[0].code, Code::TooShort);
/// assert_eq!(issues[0].severity, Severity::Error);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Where: `Name`, `BlockDeviceMappings[0].Ebs.Iops`, `TagSpecifications[0].Tags[1].Key`.
    pub path: String,
    /// What kind of problem.
    pub code: Code,
    /// What is wrong and what is allowed, for a person.
    pub message: String,
    /// Whether it blocks encoding.
    pub severity: Severity,
}

impl Issue {
    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "input"
        } else {
            &self.path
        };
        write!(f, "{path}: {} ({})", self.message, self.code)
    }
}

/// A place in the input, built on the stack as rules descend and turned into text only when an
/// issue is reported.
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

    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
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

    fn push(&mut self, path: &Path, code: Code, message: String, severity: Severity) {
        self.0.push(Issue {
            path: path.render(),
            code,
            message,
            severity,
        });
    }
}

/// Appends the issues of `later` at paths `issues` has no issue for yet: a member reported once
/// (unreadable, or a body parameter refused) is not reported again by a later step. Looked up
/// in a map, not by a scan per issue: that was quadratic (100,000 list items took 30 s). A
/// `BTreeMap<&str, usize>`, the map type the rules use: no new code in the wasm.
pub(crate) fn append_unreported(issues: &mut Vec<Issue>, mut later: Vec<Issue>) {
    let mut reported = std::collections::BTreeMap::new();
    for (n, issue) in issues.iter().enumerate() {
        reported.insert(issue.path.as_str(), n);
    }
    later.retain(|issue| !reported.contains_key(issue.path.as_str()));
    drop(reported);
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
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push(mark);
    out
}

/// The known name closest to `key`, if one is close enough to be what was meant: same letters
/// in another case, a singular/plural slip, or at most a couple of typos.
pub(crate) fn suggest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    if key.len() > 64 {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for &k in known {
        let candidate = k.to_ascii_lowercase();
        let distance = if candidate == lower {
            0
        } else if candidate.trim_end_matches('s') == lower.trim_end_matches('s') {
            1
        } else {
            edit_distance(&lower, &candidate)
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, k));
        }
    }
    best.filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .map(|(_, k)| k)
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
        assert_eq!(tag.key("Key").render(), "TagSpecifications[0].Tags[1].Key");
        assert_eq!(root.render(), "");
        assert_eq!(root.index(3).render(), "[3]");
    }
}
