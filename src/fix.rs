//! Repairs that are sure: an [`Issue`] carries a [`Fix`] only when exactly one change repairs
//! it, and [`apply_fixes`] makes the changes on the input as given.
//!
//! Sure means the intent is not in doubt: an enumeration value in another case, with another
//! separator or with spaces around it (`X86_64` and `x86-64` are `x86_64`), a whole number
//! written as a string of digits (`"8"`), `"true"` or `"false"` written as a string, a key that
//! differs from one member, and only one, by case, a plural `s` or a typo (`BlockDeviceMapping`,
//! `volumeType`). A value one letter from an allowed one gets no fix: `gp2` and `gp3` are one
//! letter apart, and both are real choices (and `gp4` may be one AWS added: only a warning).
//! Neither does a key whose nearest members are two (`AvailabilityZoneI`), nor one whose member
//! is already given, nor two keys that would both become the same member.

use crate::issue::{Fix, Issue, Replacement};
use crate::path::Segment;
use crate::value::Value;

/// The allowed value that `value` surely means: the same letters in another case, with another
/// separator (`-`, `_`, `.`, a space) in the same place, or with spaces around it (`X86_64`,
/// `x86-64`, `"gp3 "`); none when two allowed values are that near.
pub(crate) fn enum_value(value: &str, allowed: &'static [&'static str]) -> Option<Fix> {
    let trimmed = value.trim().as_bytes();
    let separator = |b: u8| matches!(b, b'-' | b'_' | b'.' | b' ');
    let same = |known: &&&str| {
        known.len() == trimmed.len()
            && known
                .bytes()
                .zip(trimmed.iter().copied())
                .all(|(k, t)| k.eq_ignore_ascii_case(&t) || (separator(k) && separator(t)))
    };
    let mut found = allowed.iter().filter(same);
    match (found.next(), found.next()) {
        (Some(a), None) => Some(Fix::Replace(Replacement::String(a))),
        _ => None,
    }
}

/// The 32-bit whole number that `text` writes in decimal digits (spaces around allowed).
pub(crate) fn integer(text: &str) -> Option<Fix> {
    let digits = text.trim();
    if digits.is_empty() || digits.len() > 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    i32::try_from(n)
        .ok()
        .map(|n| Fix::Replace(Replacement::Integer(n)))
}

/// The boolean that `text` names: `true` or `false`, in any case, spaces around allowed.
pub(crate) fn boolean(text: &str) -> Option<Fix> {
    let word = text.trim();
    let value = if word.eq_ignore_ascii_case("true") {
        true
    } else if word.eq_ignore_ascii_case("false") {
        false
    } else {
        return None;
    };
    Some(Fix::Replace(Replacement::Boolean(value)))
}

/// `value` with the fix of every issue in `issues` made, each at its issue's path: a copy;
/// `value` is left as it is. Issues without a fix, and fixes whose place `value` does not have
/// (issues of another input), change nothing.
///
/// Fixing never adds an error of its own: a replaced value reads as its member's type and is
/// allowed, and a key is renamed only to a member the object does not have. What the fixed
/// member now lets the rules see can still be wrong (an `"IO1"` fixed to `"io1"` needs `Iops`).
///
/// ```
/// use ec2_register_image::{apply_fixes, check, Value};
///
/// let value: Value = serde_json::from_str(
///     r#"{"Name": "web", "Architecture": "X86_64", "ImageLocation": "b/m.xml", "dryRun": "false"}"#,
/// ).unwrap();
/// let fixed = apply_fixes(&value, &check(&value).issues);
/// let expected: Value = serde_json::from_str(
///     r#"{"Name": "web", "Architecture": "x86_64", "ImageLocation": "b/m.xml", "DryRun": "false"}"#,
/// ).unwrap();
/// assert_eq!(fixed, expected);
/// // `"false"` is read, and fixed, once its key is: fixes can be applied again until none is left.
/// let again = apply_fixes(&fixed, &check(&fixed).issues);
/// assert!(check(&again).issues.is_empty());
/// ```
#[must_use]
pub fn apply_fixes(value: &Value, issues: &[Issue]) -> Value {
    let mut fixed = value.clone();
    for issue in issues {
        if let Some(fix) = issue.fix {
            apply(&mut fixed, issue.path.segments(), fix);
        }
    }
    fixed
}

fn apply(value: &mut Value, path: &[Segment], fix: Fix) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut parent = value;
    for segment in parents {
        match child(parent, segment) {
            Some(next) => parent = next,
            None => return,
        }
    }
    match fix {
        Fix::Replace(replacement) => {
            if let Some(target) = child(parent, last) {
                *target = replacement.to_value();
            }
        }
        Fix::Rename(to) => {
            let (Value::Object(entries), Segment::Member(from)) = (parent, last) else {
                return;
            };
            if entries.iter().any(|(key, _)| key == to) {
                return;
            }
            if let Some(entry) = entries.iter_mut().find(|(key, _)| key == from) {
                entry.0 = to.into();
            }
        }
    }
}

/// What `segment` names in `value`; for a key given twice, the first (the one that is read).
fn child<'v>(value: &'v mut Value, segment: &Segment) -> Option<&'v mut Value> {
    match (value, segment) {
        (Value::Object(entries), Segment::Member(key)) => {
            entries.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
        }
        (Value::Array(items), Segment::Index(n)) => items.get_mut(*n),
        _ => None,
    }
}

#[cfg(test)]
#[path = "fix_tests.rs"]
mod tests;
