//! Regressions from fuzzing (`fuzz/`; crashing inputs are kept in `fuzz/regressions/`) and from
//! the hostile JavaScript values of `pkg-template/test/hostile.test.mjs`, at the Rust level.
#![cfg(not(target_arch = "wasm32"))]

use ec2_register_image::*;
use std::time::{Duration, Instant};

fn s(text: &str) -> Value {
    Value::String(text.into())
}

/// `{Name, ImageLocation}` (no issues) plus `more`.
fn input(more: Vec<(&str, Value)>) -> Value {
    let mut entries = vec![
        ("Name".to_string(), s("hardening")),
        ("ImageLocation".to_string(), s("bucket/image.manifest.xml")),
    ];
    entries.extend(more.into_iter().map(|(k, v)| (k.to_string(), v)));
    Value::Object(entries)
}

fn owned(pairs: &[(&str, Code)]) -> Vec<(String, Code)> {
    pairs.iter().map(|(p, c)| (p.to_string(), *c)).collect()
}

fn codes(checked: &Checked) -> Vec<(String, Code)> {
    checked
        .issues
        .iter()
        .map(|i| (i.path.to_string(), i.code))
        .collect()
}

/// Found by fuzzing the former JSON reader (`json_serde`): `EbsCardIndex: 5e-324` (JavaScript's
/// `Number.MIN_VALUE`) read as 0 and passed as the whole number 0; `1000000.0000000001`, a
/// number JavaScript does not read as whole, rounded twice to 1000000 and passed as a whole
/// `VolumeSize`. Rust users read JSON with serde_json into [`Value`]: with its `float_roundtrip`
/// feature (correctly rounded, as JavaScript's `JSON.parse`) neither is whole, and `check`
/// refuses both with a message that does not call them 0 or 1000000.
#[test]
fn numbers_just_off_a_whole_number_are_not_whole() {
    for (ebs, message) in [
        (
            r#"{"VolumeSize": 8, "EbsCardIndex": 5e-324}"#,
            "must be a whole number; got the number 0 plus a fraction below 0.000001",
        ),
        (
            r#"{"VolumeSize": 1000000.0000000001}"#,
            "must be a whole number; got the number 1000000 plus a fraction below 0.000001",
        ),
    ] {
        let json = format!(
            r#"{{"Name": "abc", "ImageLocation": "b/m", "BlockDeviceMappings": [{{"DeviceName": "/dev/sdb", "Ebs": {ebs}}}]}}"#
        );
        let value: Value = serde_json::from_str(&json).unwrap();
        let checked = check(&value);
        let wrong: Vec<_> = checked
            .issues
            .iter()
            .filter(|i| i.code == Code::WrongType)
            .collect();
        assert_eq!(wrong.len(), 1, "{ebs}: {:?}", checked.issues);
        assert_eq!(wrong[0].message, message, "{ebs}");
        assert!(checked.into_body(Options::default()).is_err(), "{ebs}");
    }
}

/// Hostile JS values: check() compared every rule issue with every reading issue, so a list
/// whose items all failed to read was quadratic (100,000 items: 30 s in the wasm).
#[test]
fn many_unreadable_items_take_linear_time() {
    // 1,000 tag specifications of 100 tags that are numbers: 100,000 reading issues (WrongType),
    // each tag read as an empty one whose members the rules must not report again (Key
    // Required), each looked up among the unreadable paths.
    let spec = Value::Object(vec![
        ("ResourceType".into(), s("image")),
        ("Tags".into(), Value::Array(vec![Value::Number(1.0); 100])),
    ]);
    let value = input(vec![("TagSpecifications", Value::Array(vec![spec; 1000]))]);
    let start = Instant::now();
    let checked = check(&value);
    let took = start.elapsed();
    let count = |code| checked.issues.iter().filter(|i| i.code == code).count();
    assert_eq!(count(Code::WrongType), 100_000);
    assert_eq!(count(Code::Required), 0);
    assert!(took < Duration::from_secs(10), "{took:?}");
}

/// Hostile JS values: paths were mapped back past `null` items by scanning every list that had
/// one, per `[` of every issue: quadratic with many such lists.
#[test]
fn many_lists_with_nulls_take_linear_time() {
    // 1,000 tag specifications whose Tags start with a `null`: 1,000 shifted lists, and 200
    // keyless tags each: 200,000 issues whose paths are mapped back.
    let mut tags = vec![Value::Null];
    tags.extend(vec![Value::Object(vec![]); 200]);
    let spec = Value::Object(vec![
        ("ResourceType".into(), s("image")),
        ("Tags".into(), Value::Array(tags)),
    ]);
    let value = input(vec![("TagSpecifications", Value::Array(vec![spec; 1000]))]);
    let start = Instant::now();
    let checked = check(&value);
    let took = start.elapsed();
    let required: Vec<String> = checked
        .issues
        .iter()
        .filter(|i| i.code == Code::Required)
        .map(|i| i.path.to_string())
        .collect();
    assert_eq!(required.len(), 200_000);
    // The input's indexes: the first keyless tag is Tags[1], after the `null`.
    assert_eq!(required[0], "TagSpecifications[0].Tags[1].Key");
    assert_eq!(required[199_999], "TagSpecifications[999].Tags[200].Key");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

/// The list bound: a list of more than MAX_ITEMS items is refused as a whole, unread.
#[test]
fn lists_longer_than_max_items_are_refused_whole() {
    let products = |n: usize| input(vec![("BillingProducts", Value::Array(vec![s("bp-1"); n]))]);
    assert_eq!(codes(&check(&products(MAX_ITEMS))), []);
    let checked = check(&products(MAX_ITEMS + 1));
    assert_eq!(
        codes(&checked),
        owned(&[("BillingProducts", Code::TooMany)])
    );
    assert_eq!(
        checked.issues[0].message,
        "lists are read up to 1000 items; this one has more"
    );
    let start = Instant::now();
    let checked = check(&input(vec![(
        "BlockDeviceMappings",
        Value::Array(vec![Value::Number(1.0); 100_000]),
    )]));
    assert_eq!(
        codes(&checked),
        owned(&[("BlockDeviceMappings", Code::TooMany)])
    );
    assert!(start.elapsed() < Duration::from_secs(1));
}

/// An unknown key is quoted, cut after 40 characters, in its message (the path keeps it whole).
#[test]
fn a_long_unknown_key_is_cut_in_its_message() {
    let key = "k".repeat(10 << 20);
    let checked = check(&input(vec![(key.as_str(), Value::Null)]));
    assert_eq!(
        codes(&checked),
        owned(&[(key.as_str(), Code::UnknownField)])
    );
    assert!(checked.issues[0].message.starts_with(&format!(
        "unknown member \"{}…\"; allowed here: Name, ",
        "k".repeat(40)
    )));
    // The key cut to 40 characters, in a message that lists the members and names the model.
    assert!(checked.issues[0].message.len() < 500);
}
