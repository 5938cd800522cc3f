//! The Rust entry points over the pipeline: [`check`] an untyped value, [`encode`] a typed one,
//! and what they return.

use crate::collect::append_unreported;
use crate::issue::Issue;
use crate::model::RegisterImageInput;
use crate::read::{read, read_leaving_messages, Reading, Source};
use crate::text::msg;
use crate::validate::{validate, validate_read};
use crate::value::Value;

/// How strict encoding is: `Options::default()` or `Options::default().strict(true)` (more options
/// may come, so it is built by these methods, not a struct literal).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Warnings block encoding too, not only errors.
    pub strict: bool,
}

impl Options {
    /// With warnings blocking encoding too, or not.
    #[must_use]
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    fn blocks(self, issue: &Issue) -> bool {
        issue.is_error() || self.strict
    }
}

/// The input could not be encoded: it has errors (or, in strict mode, warnings).
///
/// ```
/// use ec2_register_image::{encode, RegisterImageInput};
///
/// let err = encode(&RegisterImageInput::default()).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "RegisterImage input has 1 error and 1 warning; first: Name: is required: a name of 3-128 characters (Required)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", summary(issues))]
pub struct ValidationError {
    /// Every issue found, errors and warnings, in order.
    pub issues: Vec<Issue>,
}

/// The `Display` text of [`ValidationError`], made without `core::fmt`: the wasm calls this, not
/// `to_string` (through `__private`: not an API).
pub fn summary(issues: &[Issue]) -> String {
    let errors = issues.iter().filter(|i| i.is_error()).count();
    let warnings = issues.len() - errors;
    let plural = |n: usize, word: &str| msg!(n, " ", word, if n == 1 { "" } else { "s" });
    let counted = match (errors, warnings) {
        (e, 0) => plural(e, "error"),
        (0, w) => plural(w, "warning"),
        (e, w) => msg!(plural(e, "error"), " and ", plural(w, "warning")),
    };
    // Name the first issue that blocks (an error before any warning).
    let first = issues.iter().find(|i| i.is_error()).or(issues.first());
    match first {
        Some(first) => msg!(
            "RegisterImage input has ",
            counted,
            "; first: ",
            first.text()
        ),
        None => "RegisterImage input has no issues".into(),
    }
}

/// Validates `input` and encodes it into the EC2 Query body the AWS SDK for JavaScript v3 sends,
/// byte for byte. Refuses input with errors; warnings do not block (see [`encode_with`]).
///
/// ```
/// use ec2_register_image::{encode, RegisterImageInput};
///
/// let input = RegisterImageInput {
///     name: Some("web (2026)".into()),
///     image_location: Some("my-bucket/web.manifest.xml".into()),
///     ..Default::default()
/// };
/// assert_eq!(
///     encode(&input).unwrap(),
///     "Action=RegisterImage&Version=2016-11-15&Name=web%20%282026%29&ImageLocation=my-bucket%2Fweb.manifest.xml"
/// );
/// ```
pub fn encode(input: &RegisterImageInput) -> Result<String, ValidationError> {
    encode_with(input, Options::default())
}

/// [`encode`] with options: `strict` makes warnings block too.
///
/// ```
/// use ec2_register_image::{encode_with, Options, RegisterImageInput};
///
/// // Neither ImageLocation nor a root volume: a warning, which blocks only in strict mode.
/// let input = RegisterImageInput { name: Some("web".into()), ..Default::default() };
/// assert!(encode_with(&input, Options::default()).is_ok());
/// assert!(encode_with(&input, Options::default().strict(true)).is_err());
/// ```
pub fn encode_with(
    input: &RegisterImageInput,
    options: Options,
) -> Result<String, ValidationError> {
    let issues = validate(input);
    if issues.iter().any(|i| options.blocks(i)) {
        return Err(ValidationError { issues });
    }
    Ok(crate::encode::encode_unchecked(input))
}

/// An input read from an untyped [`Value`] and validated: what a form or a JSON document gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The input as far as it could be read.
    pub input: RegisterImageInput,
    /// Every issue: reading problems first (input order), then rule violations (model order).
    pub issues: Vec<Issue>,
}

impl Checked {
    /// The body, unless an issue blocks it.
    pub fn into_body(self, options: Options) -> Result<String, ValidationError> {
        if self.issues.iter().any(|i| options.blocks(i)) {
            return Err(ValidationError {
                issues: self.issues,
            });
        }
        Ok(crate::encode::encode_unchecked(&self.input))
    }
}

/// Reads and validates an untyped value, reporting every problem at once with paths into the
/// value as given. A member given with a value that cannot be read (`"8"` for a number) is
/// reported once: the rules treat it as given, and say nothing of what it holds.
///
/// ```
/// use ec2_register_image::{check, Options, Value};
///
/// let value: Value = serde_json::from_str(r#"{
///     "Name": "ab",
///     "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": "8"}}]
/// }"#).unwrap();
/// let checked = check(&value);
/// let found: Vec<_> = checked.issues.iter().map(|i| (i.path.to_string(), i.code.as_str())).collect();
/// assert_eq!(found, [
///     ("BlockDeviceMappings[0].Ebs.VolumeSize".to_string(), "WrongType"),
///     ("Name".into(), "TooShort"),
///     ("RootDeviceName".into(), "Required"),
/// ]);
/// assert!(checked.into_body(Options::default()).is_err());
/// ```
#[must_use]
pub fn check(value: &Value) -> Checked {
    check_reading(read(value))
}

/// [`check`] of any tree the reader reads: the JS face's tape, read where it lies (through
/// `__private`: not an API).
pub fn check_source<'v>(value: impl Source<'v>) -> Checked {
    check_reading(read_source(value))
}

/// The first half of [`check_source`]: what the reader found. Nothing of the tree is borrowed
/// after, so the JS face frees its tape before the rules run (through `__private`).
pub fn read_source<'v>(value: impl Source<'v>) -> Reading {
    read_leaving_messages(value, false)
}

/// The second half of [`check_source`]: the rules over what was read (through `__private`).
pub fn check_reading(mut reading: Reading) -> Checked {
    reading.write_messages();
    let mut issues = std::mem::take(&mut reading.issues);
    let rules = validate_read(&reading.input, &reading.unreadable(), &reading.in_input());
    append_unreported(&mut issues, rules, |i| i.path.text());
    Checked {
        input: reading.input,
        issues,
    }
}
