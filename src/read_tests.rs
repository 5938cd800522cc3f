use super::*;
use crate::issue::Severity;
use crate::model::{EbsBlockDevice, TagSpecification};
use crate::path::IssuePath;
use crate::suggest::suggest;

fn read_json(json: &str) -> Reading {
    read(&serde_json::from_str(json).unwrap())
}

fn summary(r: &Reading) -> Vec<(String, Code, String)> {
    r.issues
        .iter()
        .map(|i| (i.path.to_string(), i.code, i.message.clone()))
        .collect()
}

#[test]
fn every_problem_is_reported_in_one_pass() {
    let r = read_json(
        r#"{"name": "x", "BlockDeviceMapping": [], "BlockDeviceMappings": [
            {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": "8", "Iops": 8.5, "Encrypted": "true", "Throughput": 2147483648}}
        ]}"#,
    );
    assert_eq!(
        summary(&r),
        vec![
            (
                "name".into(),
                Code::UnknownField,
                "unknown member \"name\"; did you mean \"Name\"?".into()
            ),
            (
                "BlockDeviceMapping".into(),
                Code::UnknownField,
                "unknown member \"BlockDeviceMapping\"; did you mean \"BlockDeviceMappings\"?"
                    .into()
            ),
            (
                "BlockDeviceMappings[0].Ebs.VolumeSize".into(),
                Code::WrongType,
                "must be a whole number; got the string \"8\"".into()
            ),
            (
                "BlockDeviceMappings[0].Ebs.Iops".into(),
                Code::WrongType,
                "must be a whole number; got the number 8.5".into()
            ),
            (
                "BlockDeviceMappings[0].Ebs.Encrypted".into(),
                Code::WrongType,
                "must be a boolean (true or false); got the string \"true\"".into()
            ),
            (
                "BlockDeviceMappings[0].Ebs.Throughput".into(),
                Code::OutOfRange,
                "must be a 32-bit integer (-2147483648 to 2147483647); got 2147483648".into()
            ),
        ]
    );
    assert!(r.issues.iter().all(|i| i.severity == Severity::Error));
    assert_eq!(
        r.input.block_device_mappings[0].device_name.as_deref(),
        Some("/dev/sda1")
    );
}

#[test]
fn integer_boundaries() {
    for (n, ok) in [
        ("2147483647", true),
        ("2147483648", false),
        ("-2147483648", true),
        ("-2147483649", false),
        ("8.0", true),
        ("-0.0", true),
        ("1e300", false),
    ] {
        let r = read_json(&format!(
            r#"{{"BlockDeviceMappings": [{{"Ebs": {{"Iops": {n}}}}}]}}"#
        ));
        assert_eq!(r.issues.is_empty(), ok, "{n}");
    }
    let r = read_json(r#"{"BlockDeviceMappings": [{"Ebs": {"Iops": -0.0}}]}"#);
    assert_eq!(
        r.input.block_device_mappings[0].ebs.as_ref().unwrap().iops,
        Some(0)
    );
}

#[test]
fn nulls_are_absent_and_null_items_are_left_out() {
    let r = read_json(
        r#"{"Name": null, "BillingProducts": [null, "bp-1", null, "bp-2"], "BlockDeviceMappings": [{"Ebs": null}]}"#,
    );
    assert!(r.issues.is_empty());
    assert_eq!(r.input.name, None);
    assert_eq!(r.input.billing_products, vec!["bp-1", "bp-2"]);
    assert_eq!(r.input.block_device_mappings[0].ebs, None);
    let path = Path::Root.key("BillingProducts").index(1).path();
    assert_eq!(remapped(&r, path), "BillingProducts[3]");
    let list = Path::Root.key("BlockDeviceMappings");
    let path = list.index(0).key("DeviceName").path();
    assert_eq!(remapped(&r, path), "BlockDeviceMappings[0].DeviceName");
}

#[test]
fn remap_follows_nested_lists() {
    let r = read_json(r#"{"TagSpecifications": [null, {"Tags": [null, null, {"Key": "a"}]}]}"#);
    let specs = Path::Root.key("TagSpecifications");
    let spec = specs.index(0);
    let tags = spec.key("Tags");
    let path = tags.index(0).key("Key").path();
    assert_eq!(remapped(&r, path), "TagSpecifications[1].Tags[2].Key");
}

/// `path` as [`Reading::remap`] puts it back, as shown.
fn remapped(r: &Reading, path: IssuePath) -> String {
    let mut issues = [Issue::new(
        path,
        Code::Required,
        String::new(),
        Severity::Error,
    )];
    r.remap(&mut issues);
    issues[0].path.to_string()
}

#[test]
fn shapes_that_are_not_objects_or_lists() {
    let r = read_json(
        r#"{"BlockDeviceMappings": {"DeviceName": "x"}, "TagSpecifications": ["image"], "BillingProducts": [1]}"#,
    );
    assert_eq!(
        summary(&r),
        vec![
            (
                "BlockDeviceMappings".into(),
                Code::WrongType,
                "must be a list; got an object".into()
            ),
            (
                "TagSpecifications[0]".into(),
                Code::WrongType,
                "must be an object; got the string \"image\"".into()
            ),
            (
                "BillingProducts[0]".into(),
                Code::WrongType,
                "must be a string; got the number 1".into()
            ),
        ]
    );
    let r = read_json("[]");
    assert_eq!(
        summary(&r),
        vec![(
            "".into(),
            Code::WrongType,
            "must be an object; got a list".into()
        )]
    );
}

#[test]
fn repeated_keys_are_reported_and_the_first_wins() {
    let r = read_json(r#"{"Name": "first", "Name": "second"}"#);
    assert_eq!(
        summary(&r),
        vec![(
            "Name".into(),
            Code::Duplicate,
            "\"Name\" is given more than once".into()
        )]
    );
    assert_eq!(r.input.name.as_deref(), Some("first"));
}

#[test]
fn suggestions_only_when_close() {
    let names = |shape: &Shape| shape.members.iter().map(|m| m.name).collect::<Vec<_>>();
    let (specs, ebs) = (
        names(&TagSpecification::SHAPE),
        names(&EbsBlockDevice::SHAPE),
    );
    assert_eq!(suggest("Tag", &specs), Some("Tags"));
    assert_eq!(suggest("VolumeSzie", &ebs), Some("VolumeSize"));
    assert_eq!(suggest("iops", &ebs), Some("Iops"));
    assert_eq!(suggest("Colour", &ebs), None);
    let r = read_json(r#"{"Colour": 1}"#);
    assert!(r.issues[0]
        .message
        .starts_with("unknown member \"Colour\"; allowed here: Name, ImageLocation,"));
}
