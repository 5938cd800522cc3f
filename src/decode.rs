//! A RegisterImage Query body back into the input: what a gateway in front of EC2 receives from
//! the AWS CLI, an SDK or a script, decoded so it can be checked and encoded again.
//!
//! The body's form (percent-escapes, `Action` and `Version`, parameter names, list indexes) is
//! checked here; the values are then read by the input's reader (`read_with`, scalars as text),
//! which types them (`Iops=3000` is the number 3000) and names unknown members with a "did you
//! mean". Every issue names the body parameter it is about (`BlockDeviceMapping.1.Ebs.Iops`). The documented rules are not
//! checked: that is [`crate::validate`]'s job, on the input this returns.

use crate::api::ValidationError;
use crate::collect::append_unreported;
use crate::encode::API_VERSION;
use crate::issue::{Code, Issue, Severity};
use crate::model::{body_name, list_members, RegisterImageInput};
use crate::path::{cut_parameter, IssuePath, Segment};
use crate::read::read_with;
use crate::text::quoted;
use crate::value::{Value, MAX_ITEMS, MAX_VALUES};
use std::collections::BTreeMap;

/// No parameter of RegisterImage has more parts than `TagSpecification.1.Tag.1.Value`.
const MAX_PARTS: usize = 5;

/// More different names than this under one parameter are never a RegisterImage body (no shape
/// of the input has half as many members), and looking names up stays cheap.
const MAX_NAMES: usize = 64;

/// Decodes an `application/x-www-form-urlencoded` RegisterImage body (any parameter order, `+`
/// or `%20` for a space) into the input. Refuses, with every issue found, a body that is not
/// `Action=RegisterImage` of version `2016-11-15`, has unknown parameters, list indexes that are
/// zero, repeated or not contiguous, broken percent-escapes, or values of the wrong type.
///
/// ```
/// use ec2_register_image::{encode_unchecked, parse_body};
///
/// let body = "Action=RegisterImage&Version=2016-11-15&Name=my+ami\
///             &BlockDeviceMapping.1.Ebs.VolumeSize=8&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda";
/// let input = parse_body(body).unwrap();
/// assert_eq!(input.name.as_deref(), Some("my ami"));
/// assert_eq!(input.block_device_mappings[0].ebs.as_ref().unwrap().volume_size, Some(8));
/// assert_eq!(encode_unchecked(&input), body.replace('+', "%20"));
///
/// let err = parse_body("Action=RegisterImage&Version=2016-11-15&Name=x&BlockDeviceMapping.0.DeviceName=a").unwrap_err();
/// assert_eq!(err.issues[0].path.body(), "BlockDeviceMapping.0");
/// assert_eq!(err.issues[0].message, "list indexes start at 1; got 0");
/// ```
pub fn parse_body(body: &str) -> Result<RegisterImageInput, ValidationError> {
    let mut form = Form::default();
    let tree = form.tree(body);
    let reading = read_with(&tree, true);
    // A parameter the form already refused is not reported again for its value.
    append_unreported(&mut form.issues, reading.issues, |i| i.path.body());
    match form.issues.is_empty() {
        true => Ok(reading.input),
        false => Err(ValidationError {
            issues: form.issues,
        }),
    }
}

/// A parameter being gathered: a value, or the members or items under its name.
enum Node {
    /// Just made for a value that is about to be put in.
    Unset,
    Text(String),
    Members(Vec<(String, Node)>),
    Items(BTreeMap<usize, Node>),
}

/// One part of a parameter name: a member (by its name in the input) or a list index.
enum Step<'k> {
    Member(&'k str),
    Index(usize),
}

impl Node {
    /// The node that holds what `step` names.
    fn for_step(step: Option<&Step>) -> Node {
        match step {
            None => Node::Unset,
            Some(Step::Member(_)) => Node::Members(Vec::new()),
            Some(Step::Index(_)) => Node::Items(BTreeMap::new()),
        }
    }
}

#[derive(Default)]
struct Form {
    issues: Vec<Issue>,
    /// Whether [`MAX_NAMES`] was reported (once is enough).
    crowded: bool,
}

impl Form {
    fn error(&mut self, parameter: &str, code: Code, message: String) {
        let path = match parameter {
            "" => IssuePath::default(),
            _ => IssuePath::from(vec![Segment::Parameter(cut_parameter(parameter))]),
        };
        self.issues
            .push(Issue::new(path, code, message, Severity::Error));
    }

    /// The parameters as a tree of input members (list names as in the input, items in index
    /// order, every value still text), after `Action` and `Version` are checked.
    fn tree(&mut self, body: &str) -> Value {
        let mut root = Node::Members(Vec::new());
        let (mut action, mut version) = (None, None);
        for (n, pair) in body.split('&').filter(|p| !p.is_empty()).enumerate() {
            if n == MAX_VALUES {
                self.error(
                    "",
                    Code::TooMany,
                    format!("a body is read up to {MAX_VALUES} parameters; this one has more"),
                );
                break;
            }
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = self.decode(raw_key, raw_key) else {
                continue;
            };
            let Some(value) = self.decode(&key, raw_value) else {
                continue;
            };
            match key.as_str() {
                "Action" => self.once(&key, &mut action, value),
                "Version" => self.once(&key, &mut version, value),
                _ => self.insert(&mut root, &key, value),
            }
        }
        self.expect("Action", action, "RegisterImage");
        self.expect("Version", version, API_VERSION);
        self.value(String::new(), root)
    }

    /// `raw` percent-decoded (`+` is a space), or an issue at `parameter`.
    fn decode(&mut self, parameter: &str, raw: &str) -> Option<String> {
        let mut bytes = Vec::with_capacity(raw.len());
        let mut rest = raw.as_bytes().iter();
        while let Some(&b) = rest.next() {
            bytes.push(match b {
                b'+' => b' ',
                b'%' => {
                    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
                    match (hex(rest.next()), hex(rest.next())) {
                        (Some(high), Some(low)) => (high * 16 + low) as u8,
                        _ => {
                            let message = "has a % that is not followed by two hex digits (a space is + or %20, a % is %25)";
                            self.error(parameter, Code::Malformed, message.into());
                            return None;
                        }
                    }
                }
                b => b,
            });
        }
        match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(_) => {
                let message = "has percent-escapes that are not UTF-8 text".into();
                self.error(parameter, Code::Malformed, message);
                None
            }
        }
    }

    fn once(&mut self, key: &str, slot: &mut Option<String>, value: String) {
        match slot {
            Some(_) => self.error(key, Code::Duplicate, "is given more than once".into()),
            None => *slot = Some(value),
        }
    }

    // A RegisterImage request: `Action=RegisterImage&Version=2016-11-15`.
    fn expect(&mut self, key: &str, got: Option<String>, expected: &str) {
        match got {
            Some(got) if got == expected => {}
            Some(got) => self.error(
                key,
                Code::NotAllowedValue,
                format!("must be {expected} for a RegisterImage request; got {}", quoted(&got)),
            ),
            None => self.error(
                key,
                Code::Required,
                format!("is missing: a RegisterImage body has Action=RegisterImage&Version={API_VERSION}"),
            ),
        }
    }

    /// Puts `value` at the place `key` names (`BlockDeviceMapping.1.Ebs.Iops`).
    fn insert(&mut self, root: &mut Node, key: &str, value: String) {
        let parts: Vec<&str> = key.split('.').collect();
        let Some(steps) = self.steps(key, &parts) else {
            return;
        };
        // The parameter name up to step `i`, for messages: `BlockDeviceMapping.1`.
        let name_to = |i: usize| parts[..=i].join(".");
        let mut node = root;
        for (i, step) in steps.iter().enumerate() {
            let made = || Node::for_step(steps.get(i + 1));
            node = match (node, step) {
                (Node::Members(members), Step::Member(name)) => {
                    match members.iter().position(|(n, _)| n == name) {
                        Some(at) => &mut members[at].1,
                        None if members.len() == MAX_NAMES => return self.crowded(&name_to(i)),
                        None => {
                            members.push(((*name).to_owned(), made()));
                            let at = members.len() - 1;
                            &mut members[at].1
                        }
                    }
                }
                (Node::Items(items), Step::Index(n)) => items.entry(*n).or_insert_with(made),
                // A value where this part needs a structure or a list.
                _ => return self.conflict(&name_to(i.saturating_sub(1))),
            };
        }
        match node {
            Node::Unset => *node = Node::Text(value),
            Node::Text(_) => self.error(key, Code::Duplicate, "is given more than once".into()),
            _ => self.conflict(key),
        }
    }

    /// The steps `parts` name, or `None` after reporting why they name no place of the input.
    fn steps<'k>(&mut self, key: &str, parts: &[&'k str]) -> Option<Vec<Step<'k>>> {
        if parts.len() > MAX_PARTS {
            let message = format!("unknown parameter {}", quoted(key));
            self.error(key, Code::UnknownField, message);
            return None;
        }
        let mut steps = Vec::with_capacity(parts.len());
        let mut after_list = false;
        for (i, part) in parts.iter().enumerate() {
            let name_to = || parts[..=i].join(".");
            if std::mem::take(&mut after_list) {
                match index(part) {
                    Ok(n) => steps.push(Step::Index(n)),
                    Err(message) => {
                        self.error(&name_to(), Code::Malformed, message);
                        return None;
                    }
                }
                continue;
            }
            let list = input_list_name(part);
            if list.is_none() && parts.get(i + 1).is_some_and(|p| index(p).is_ok()) {
                let message = format!("unknown parameter {}: it is not a list", quoted(part));
                self.error(&parts[..=i + 1].join("."), Code::UnknownField, message);
                return None;
            }
            after_list = list.is_some();
            steps.push(Step::Member(list.unwrap_or(part)));
        }
        Some(steps)
    }

    fn crowded(&mut self, parameter: &str) {
        if !std::mem::replace(&mut self.crowded, true) {
            let message = format!(
                "more than {MAX_NAMES} different parameters at one level; the rest are not read"
            );
            self.error(parameter, Code::TooMany, message);
        }
    }

    fn conflict(&mut self, parameter: &str) {
        let message = "is given both as a value and as a structure or list".into();
        self.error(parameter, Code::Duplicate, message);
    }

    /// The tree as a [`Value`]; lists must hold items 1, 2, 3, ... without a gap.
    fn value(&mut self, parameter: String, node: Node) -> Value {
        let child = |name: &str| match parameter.is_empty() {
            true => name.to_owned(),
            false => format!("{parameter}.{name}"),
        };
        match node {
            Node::Unset => Value::Null,
            Node::Text(text) => Value::String(text),
            Node::Members(members) => Value::Object(
                members
                    .into_iter()
                    .map(|(name, node)| {
                        let value = self.value(child(body_name(&name)), node);
                        (name, value)
                    })
                    .collect(),
            ),
            Node::Items(items) => {
                let gap = (1..).zip(items.keys()).find(|&(n, &at)| n != at);
                if let Some((missing, _)) = gap {
                    let message = format!(
                        "list indexes must run 1, 2, 3, ... without a gap; {} is missing",
                        child(&missing.to_string())
                    );
                    self.error(&parameter, Code::Malformed, message);
                }
                Value::Array(
                    items
                        .into_iter()
                        .map(|(n, node)| self.value(child(&n.to_string()), node))
                        .collect(),
                )
            }
        }
    }
}

/// The input's name of the list a body part names (`BlockDeviceMapping` is `BlockDeviceMappings`),
/// from any shape: a body part is looked up before its place in the input is known.
fn input_list_name(part: &str) -> Option<&'static str> {
    list_members().find(|m| m.wire == part).map(|m| m.name)
}

/// A list index as the SDKs write it: `1`, `2`, ... up to [`MAX_ITEMS`], no leading zero.
fn index(text: &str) -> Result<usize, String> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<usize>() {
        _ if !digits => Err(format!(
            "a list index must be a number 1, 2, 3, ...; got {}",
            quoted(text)
        )),
        Ok(0) => Err("list indexes start at 1; got 0".into()),
        Ok(n) if n <= MAX_ITEMS && !text.starts_with('0') => Ok(n),
        Ok(n) if n <= MAX_ITEMS => Err(format!(
            "a list index has no leading zero; got {}",
            quoted(text)
        )),
        _ => Err(format!(
            "lists are read up to {MAX_ITEMS} items; got index {}",
            quoted(text)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::encode_unchecked;

    const HEAD: &str = "Action=RegisterImage&Version=2016-11-15";

    /// `(path, code, message)` of each issue of `HEAD` + `rest`.
    fn issues(rest: &str) -> Vec<(String, &'static str, String)> {
        let err = parse_body(&format!("{HEAD}{rest}")).unwrap_err();
        err.issues
            .into_iter()
            .map(|i| (i.path.body(), i.code.as_str(), i.message))
            .collect()
    }

    fn one(path: &str, code: &'static str, message: &str) -> Vec<(String, &'static str, String)> {
        vec![(path.into(), code, message.into())]
    }

    #[test]
    fn any_order_and_either_space_gives_the_same_input() {
        let sdk = "Action=RegisterImage&Version=2016-11-15&Name=a%20b&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.1.Key=k%2Bx&TagSpecification.1.Tag.1.Value=&DryRun=false&BlockDeviceMapping.1.Ebs.Iops=3000&BlockDeviceMapping.1.Ebs.Encrypted=true&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda&BlockDeviceMapping.2.NoDevice=&BlockDeviceMapping.2.DeviceName=%2Fdev%2Fsdb&EnaSupport=true";
        let botocore = "EnaSupport=true&BlockDeviceMapping.2.DeviceName=%2Fdev%2Fsdb&BlockDeviceMapping.2.NoDevice=&Name=a+b&Version=2016-11-15&BlockDeviceMapping.1.DeviceName=%2fdev%2fxvda&BlockDeviceMapping.1.Ebs.Encrypted=true&BlockDeviceMapping.1.Ebs.Iops=3000&TagSpecification.1.Tag.1.Value&TagSpecification.1.Tag.1.Key=k%2bx&DryRun=false&TagSpecification.1.ResourceType=image&Action=RegisterImage";
        let a = parse_body(sdk).unwrap();
        assert_eq!(parse_body(botocore).unwrap(), a);
        assert_eq!(encode_unchecked(&a), sdk);
        assert_eq!(a.tag_specifications[0].tags[0].value.as_deref(), Some(""));
        assert_eq!(
            a.block_device_mappings[0].ebs.as_ref().unwrap().iops,
            Some(3000)
        );
    }

    #[test]
    fn not_a_register_image_request() {
        let err = parse_body("Action=RunInstances&Name=abc").unwrap_err();
        let got: Vec<_> = err
            .issues
            .iter()
            .map(|i| (i.path.body(), i.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Action".to_string(),
                    "must be RegisterImage for a RegisterImage request; got \"RunInstances\""
                ),
                (
                    "Version".into(),
                    "is missing: a RegisterImage body has Action=RegisterImage&Version=2016-11-15"
                ),
            ]
        );
        assert_eq!(
            issues("&Version=2016-11-15"),
            one("Version", "Duplicate", "is given more than once")
        );
        assert!(parse_body("").is_err());
    }

    #[test]
    fn broken_escapes() {
        let bad =
            "has a % that is not followed by two hex digits (a space is + or %20, a % is %25)";
        assert_eq!(issues("&Name=100%"), one("Name", "Malformed", bad));
        assert_eq!(issues("&Name=%G0x"), one("Name", "Malformed", bad));
        assert_eq!(issues("&Na%2=x"), one("Na%2", "Malformed", bad));
        assert_eq!(
            issues("&Name=%C3"),
            one(
                "Name",
                "Malformed",
                "has percent-escapes that are not UTF-8 text"
            )
        );
    }

    #[test]
    fn list_indexes() {
        assert_eq!(
            issues("&BillingProduct.0=a"),
            one(
                "BillingProduct.0",
                "Malformed",
                "list indexes start at 1; got 0"
            )
        );
        assert_eq!(
            issues("&BillingProduct.01=a"),
            one(
                "BillingProduct.01",
                "Malformed",
                "a list index has no leading zero; got \"01\""
            )
        );
        assert_eq!(
            issues("&BillingProduct.x=a"),
            one(
                "BillingProduct.x",
                "Malformed",
                "a list index must be a number 1, 2, 3, ...; got \"x\""
            )
        );
        assert_eq!(
            issues("&BillingProduct.1001=a"),
            one(
                "BillingProduct.1001",
                "Malformed",
                "lists are read up to 1000 items; got index \"1001\""
            )
        );
        // An empty value is a value: given again, it is a repeat too.
        assert_eq!(
            issues("&Description=&Description=x"),
            one("Description", "Duplicate", "is given more than once")
        );
        assert_eq!(
            issues("&BillingProduct.1=a&BillingProduct.1=b"),
            one("BillingProduct.1", "Duplicate", "is given more than once")
        );
        assert_eq!(
            issues("&Name=abc&TagSpecification.1.Tag.1.Key=a&TagSpecification.1.Tag.3.Key=c"),
            one(
                "TagSpecification.1.Tag",
                "Malformed",
                "list indexes must run 1, 2, 3, ... without a gap; TagSpecification.1.Tag.2 is missing"
            )
        );
        assert_eq!(
            issues("&BillingProduct=a"),
            one(
                "BillingProduct",
                "WrongType",
                "must be a list; got the string \"a\""
            )
        );
    }

    #[test]
    fn unknown_parameters_and_values_of_the_wrong_type() {
        assert_eq!(
            issues("&Nmae=abc&BlockDeviceMapping.2.Ebs.Iopz=1&BlockDeviceMapping.1.Ebs.VolumeSize=8.5&DryRun=yes&BlockDeviceMapping.1.Ebs.Iops=3000000000"),
            vec![
                ("Nmae".into(), "UnknownField", "unknown member \"Nmae\"; did you mean \"Name\"?".into()),
                ("BlockDeviceMapping.1.Ebs.VolumeSize".into(), "WrongType", "must be a whole number; got the string \"8.5\"".into()),
                ("BlockDeviceMapping.1.Ebs.Iops".into(), "OutOfRange", "must be a 32-bit integer (-2147483648 to 2147483647); got 3000000000".into()),
                ("BlockDeviceMapping.2.Ebs.Iopz".into(), "UnknownField", "unknown member \"Iopz\"; did you mean \"Iops\"?".into()),
                ("DryRun".into(), "WrongType", "must be a boolean (true or false); got the string \"yes\"".into()),
            ]
        );
        assert_eq!(
            issues("&Name.1=x"),
            one(
                "Name.1",
                "UnknownField",
                "unknown parameter \"Name\": it is not a list"
            )
        );
        assert_eq!(
            issues("&BlockDeviceMappings.1.DeviceName=x"),
            one(
                "BlockDeviceMappings.1",
                "UnknownField",
                "unknown parameter \"BlockDeviceMappings\": it is not a list"
            )
        );
        assert_eq!(
            issues("&a.b.c.d.e.f=1"),
            one(
                "a.b.c.d.e.f",
                "UnknownField",
                "unknown parameter \"a.b.c.d.e.f\""
            )
        );
        assert_eq!(
            issues("&BlockDeviceMapping.1.Ebs=x&BlockDeviceMapping.1.Ebs.Iops=1"),
            one(
                "BlockDeviceMapping.1.Ebs",
                "Duplicate",
                "is given both as a value and as a structure or list"
            )
        );
    }

    #[test]
    fn huge_bodies_stay_bounded() {
        let many: String = (0..20_000).map(|i| format!("&X{i}=1")).collect();
        let err = parse_body(&format!("{HEAD}{many}")).unwrap_err();
        assert!(err.issues.iter().any(|i| i.code == Code::TooMany));
        assert!(err.issues.len() < 200);
        let long = "k".repeat(1 << 20);
        let err = parse_body(&format!("{HEAD}&{long}=1")).unwrap_err();
        // The key cut to 40 characters in a message that lists the members and names the model.
        assert!(err.issues[0].path.body().len() < 120 && err.issues[0].message.len() < 500);
    }
}
