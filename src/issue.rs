//! What is wrong with an input: a flat, ordered list of [`Issue`]s.

use crate::path::IssuePath;
use crate::text::msg;
use crate::value::Value;
use serde::{Deserialize, Serialize};
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

/// The one change that surely repairs an [`Issue`], at the issue's path (found and made by
/// [`apply_fixes`](crate::apply_fixes)).
///
/// In JSON and JavaScript it is `{"replace": value}` or `{"rename": "Key"}`; `Display` says it
/// in words. More kinds of repair may come: match with a `_` arm.
///
/// ```
/// use ec2_register_image::{check, Value};
///
/// let value: Value = serde_json::from_str(r#"{"name": "web", "Architecture": "X86_64"}"#).unwrap();
/// let fixes: Vec<String> = check(&value).issues.iter().filter_map(|i| i.fix).map(|f| f.to_string()).collect();
/// assert_eq!(fixes, ["rename to Name", "replace with \"x86_64\""]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Fix {
    /// Put this value in place of the one at the path (codes `NotAllowedValue`, `WrongType`).
    Replace(Replacement),
    /// Rename the key the path ends with to this member name (code `UnknownField`).
    Rename(&'static str),
}

/// The value a [`Fix::Replace`] puts in (`Display`: as JSON writes it). More types may come:
/// match with a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Replacement {
    /// An enumeration's value, as documented.
    String(&'static str),
    /// A whole number that was given as a string of digits.
    Integer(i32),
    /// `true` or `false` that was given as a string.
    Boolean(bool),
}

impl Replacement {
    /// The replacement as a [`Value`].
    pub fn to_value(self) -> Value {
        match self {
            Replacement::String(s) => Value::String(s.into()),
            Replacement::Integer(n) => Value::Number(n.into()),
            Replacement::Boolean(b) => Value::Bool(b),
        }
    }
}

impl std::fmt::Display for Replacement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Replacement::String(s) => write!(f, "{s:?}"),
            Replacement::Integer(n) => write!(f, "{n}"),
            Replacement::Boolean(b) => write!(f, "{b}"),
        }
    }
}

impl std::fmt::Display for Fix {
    /// `replace with "x86_64"`, `replace with 8`, `rename to VolumeSize`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fix::Replace(value) => write!(f, "replace with {value}"),
            Fix::Rename(key) => write!(f, "rename to {key}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::Path;

    #[test]
    fn an_issue_shows_its_path_message_and_code() {
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
