use super::*;
use crate::api::check;
use crate::issue::Code;

fn value(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

/// `(path, code, fix)` of every error of `json`.
fn fixes(json: &str) -> Vec<(String, Code, Option<Fix>)> {
    check(&value(json))
        .issues
        .into_iter()
        .filter(|i| i.is_error())
        .map(|i| (i.path.to_string(), i.code, i.fix))
        .collect()
}

/// The fix of the error at `path` (there must be one error there).
fn fix_at(json: &str, path: &str) -> Option<Fix> {
    let found: Vec<_> = fixes(json).into_iter().filter(|f| f.0 == path).collect();
    assert_eq!(found.len(), 1, "{json}: {found:?}");
    found[0].2
}

fn replace(s: &'static str) -> Option<Fix> {
    Some(Fix::Replace(Replacement::String(s)))
}

const EBS: &str = r#"{"Name": "web", "ImageLocation": "b/m.xml", "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "Ebs": EBS}]}"#;

fn ebs(members: &str) -> String {
    EBS.replace("EBS", members)
}

#[test]
fn an_enumeration_value_in_another_case_or_with_spaces() {
    let top = |member: &str, v: &str| {
        fix_at(
            &format!(r#"{{"Name": "web", "ImageLocation": "b/m.xml", "{member}": "{v}"}}"#),
            member,
        )
    };
    assert_eq!(top("Architecture", "X86_64"), replace("x86_64"));
    assert_eq!(top("Architecture", " arm64\\t"), replace("arm64"));
    assert_eq!(top("Architecture", "x86-64"), replace("x86_64"));
    assert_eq!(top("Architecture", "X86 64-MAC"), replace("x86_64_mac"));
    assert_eq!(top("BootMode", "legacy_bios"), replace("legacy-bios"));
    assert_eq!(top("BootMode", "UEFI"), replace("uefi"));
    assert_eq!(top("BootMode", "Uefi-Preferred"), replace("uefi-preferred"));
    assert_eq!(top("TpmSupport", "V2.0"), replace("v2.0"));
    assert_eq!(top("ImdsSupport", "v2.0 "), replace("v2.0"));
    // Documented values of plain strings, too.
    assert_eq!(top("VirtualizationType", "HVM"), replace("hvm"));
    assert_eq!(top("SriovNetSupport", "Simple"), replace("simple"));
    let volume = ebs(r#"{"VolumeSize": 8, "VolumeType": "GP3"}"#);
    assert_eq!(
        fix_at(&volume, "BlockDeviceMappings[0].Ebs.VolumeType"),
        replace("gp3")
    );
    let tags = r#"{"Name": "web", "ImageLocation": "b/m.xml", "TagSpecifications": [{"ResourceType": "Image", "Tags": [{"Key": "k"}]}]}"#;
    assert_eq!(
        fix_at(tags, "TagSpecifications[0].ResourceType"),
        replace("image")
    );
}

#[test]
fn no_fix_for_a_value_that_is_another_value_or_near_two() {
    // Another value is one AWS may have added: a warning, never a fix.
    let volume_type = |t: &str| {
        let json = ebs(&format!(r#"{{"VolumeSize": 8, "VolumeType": "{t}"}}"#));
        let found: Vec<_> = check(&value(&json))
            .issues
            .into_iter()
            .filter(|i| i.path == "BlockDeviceMappings[0].Ebs.VolumeType")
            .map(|i| (i.severity, i.fix))
            .collect();
        assert_eq!(found.len(), 1, "{t}: {found:?}");
        found[0]
    };
    let warned = (crate::Severity::Warning, None);
    // One letter from gp2 and from gp3; two edits from io1 and from io2.
    assert_eq!(volume_type("gp4"), warned);
    assert_eq!(volume_type("i9"), warned);
    // One letter from one value only is still another value, not a slip of case.
    assert_eq!(volume_type("gp"), warned);
    assert_eq!(volume_type("g p3"), warned);
    assert_eq!(volume_type("gp-3"), warned);
    // ResourceType other than image fails the request: an error, but "instance" is no slip.
    let tags = r#"{"Name": "web", "ImageLocation": "b/m.xml", "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "k"}]}]}"#;
    assert_eq!(fix_at(tags, "TagSpecifications[0].ResourceType"), None);
}

#[test]
fn a_separator_for_another_is_one_value_only() {
    // No two values of a list are the same letters with other separators, so the fix is sure.
    for list in [
        crate::ARCHITECTURES,
        crate::BOOT_MODES,
        crate::TPM_SUPPORT_VALUES,
        crate::IMDS_SUPPORT_VALUES,
        crate::VOLUME_TYPES,
        crate::VIRTUALIZATION_TYPES,
        crate::SRIOV_NET_SUPPORT_VALUES,
        crate::RESOURCE_TYPES,
    ] {
        for v in list {
            let variant: String = v
                .chars()
                .map(|c| match c {
                    '_' => '-',
                    '-' | '.' => '_',
                    c => c.to_ascii_uppercase(),
                })
                .collect();
            assert_eq!(enum_value(&variant, list), replace(v), "{variant}");
        }
    }
    const NEAR_TWO: &[&str] = &["a-b", "a_b"];
    assert_eq!(enum_value("A.B", NEAR_TWO), None);
}

#[test]
fn a_whole_number_or_a_boolean_given_as_a_string() {
    let at = "BlockDeviceMappings[0].Ebs.VolumeSize";
    let size = |v: &str| fix_at(&ebs(&format!(r#"{{"VolumeSize": {v}}}"#)), at);
    let int = |n| Some(Fix::Replace(Replacement::Integer(n)));
    assert_eq!(size(r#""8""#), int(8));
    assert_eq!(size(r#"" 500 ""#), int(500));
    assert_eq!(size(r#""0008""#), int(8));
    assert_eq!(size(r#""2147483647""#), int(i32::MAX));
    // Not a 32-bit number, not whole, not digits: no sure number.
    for no in [
        r#""2147483648""#,
        r#""99999999999""#,
        r#""-1""#,
        r#""8.5""#,
        r#""8 GiB""#,
        r#""""#,
        "8.5",
        "true",
    ] {
        assert_eq!(size(no), None, "{no}");
    }
    let encrypted = |v: &str| {
        let json = ebs(&format!(r#"{{"VolumeSize": 8, "Encrypted": {v}}}"#));
        fix_at(&json, "BlockDeviceMappings[0].Ebs.Encrypted")
    };
    let boolean = |b| Some(Fix::Replace(Replacement::Boolean(b)));
    assert_eq!(encrypted(r#""true""#), boolean(true));
    assert_eq!(encrypted(r#""False""#), boolean(false));
    assert_eq!(encrypted(r#"" TRUE ""#), boolean(true));
    for no in [r#""yes""#, "1", "0", r#""1""#, r#""t""#] {
        assert_eq!(encrypted(no), None, "{no}");
    }
    assert_eq!(
        fix_at(
            r#"{"Name": "web", "ImageLocation": "b/m.xml", "DryRun": "false"}"#,
            "DryRun"
        ),
        boolean(false)
    );
}

#[test]
fn an_unknown_key_that_means_one_member() {
    let rename = |s| Some(Fix::Rename(s));
    let top = r#"{"Name": "web", "ImageLocation": "b/m.xml", "BlockDeviceMapping": [], "virtualizationType": "hvm", "NAme": 1}"#;
    assert_eq!(
        fix_at(top, "BlockDeviceMapping"),
        rename("BlockDeviceMappings")
    );
    assert_eq!(
        fix_at(top, "virtualizationType"),
        rename("VirtualizationType")
    );
    // Name is given: "NAme" cannot become it.
    assert_eq!(fix_at(top, "NAme"), None);
    let json = ebs(r#"{"VolumeSize": 8, "volumeType": "gp3", "VolumeSzie": 1, "Iop": 3000}"#);
    let at = |k: &str| fix_at(&json, &format!("BlockDeviceMappings[0].Ebs.{k}"));
    assert_eq!(at("volumeType"), rename("VolumeType"));
    assert_eq!(at("Iop"), rename("Iops"));
    // VolumeSize is given.
    assert_eq!(at("VolumeSzie"), None);
    let tag = r#"{"Name": "web", "ImageLocation": "b/m.xml", "TagSpecifications": [{"ResourceType": "image", "Tag": [{"key": "k"}]}]}"#;
    assert_eq!(fix_at(tag, "TagSpecifications[0].Tag"), rename("Tags"));
}

#[test]
fn no_rename_when_two_members_are_as_near_or_two_keys_want_one() {
    // AvailabilityZone and AvailabilityZoneId are each one letter away.
    let json = ebs(r#"{"VolumeSize": 8, "AvailabilityZoneI": "x"}"#);
    assert_eq!(
        fix_at(&json, "BlockDeviceMappings[0].Ebs.AvailabilityZoneI"),
        None
    );
    let issues = check(&value(&json)).issues;
    assert!(issues[0].message.contains("did you mean"), "{issues:?}");
    // Both would become Name.
    let two = r#"{"name": "web", "NAME": "web", "ImageLocation": "b/m.xml"}"#;
    assert_eq!(fix_at(two, "name"), None);
    assert_eq!(fix_at(two, "NAME"), None);
    // No near member at all.
    assert_eq!(fix_at(r#"{"Name": "web", "Colour": 1}"#, "Colour"), None);
}

#[test]
fn a_body_s_issues_carry_no_fix() {
    let body = "Action=RegisterImage&Version=2016-11-15&Name=abc&Nmae=x&DryRun=yes";
    let issues = crate::parse_body(body).unwrap_err().issues;
    assert_eq!(issues.len(), 2);
    assert!(issues.iter().all(|i| i.fix.is_none()), "{issues:?}");
}

#[test]
fn applying_makes_each_kind_of_fix_on_a_copy() {
    let input = value(
        r#"{"name": "web", "Architecture": "X86_64", "ImageLocation": "b/m.xml",
            "BlockDeviceMappings": [null, {"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": "8", "Encrypted": "true", "volumeType": "gp3"}},
                {"DeviceName": "/dev/sdc", "Ebs": {"VolumeSize": 8, "VolumeType": "GP3"}}],
            "EnaSupport": true, "VirtualizationType": "HVM"}"#,
    );
    let before = input.clone();
    let issues = check(&input).issues;
    let fixed = apply_fixes(&input, &issues);
    assert_eq!(input, before);
    assert_eq!(
        fixed,
        value(
            r#"{"Name": "web", "Architecture": "x86_64", "ImageLocation": "b/m.xml",
            "BlockDeviceMappings": [null, {"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": 8, "Encrypted": true, "VolumeType": "gp3"}},
                {"DeviceName": "/dev/sdc", "Ebs": {"VolumeSize": 8, "VolumeType": "gp3"}}],
            "EnaSupport": true, "VirtualizationType": "hvm"}"#
        )
    );
    assert_eq!(check(&fixed).issues, Vec::<Issue>::new());
    // Only the issues given are fixed; issues of another input change nothing.
    let one = apply_fixes(&input, &issues[..1]);
    assert_eq!(one, {
        let mut v = before.clone();
        if let Value::Object(entries) = &mut v {
            entries[0].0 = "Name".into();
        }
        v
    });
    let elsewhere = check(&value(
        r#"{"ImageLocatoin": "x", "BlockDeviceMappings": [{}, {}, {}, {"Ebs": {"VolumeSize": "8"}}]}"#,
    ))
    .issues;
    assert_eq!(elsewhere.iter().filter(|i| i.fix.is_some()).count(), 2);
    assert_eq!(apply_fixes(&input, &elsewhere), input);
    assert_eq!(apply_fixes(&value("[1]"), &issues), value("[1]"));
}

#[test]
fn a_rename_never_overwrites_and_a_repeated_key_is_renamed_where_it_is_read() {
    let issue = |path: Vec<Segment>, fix| {
        let mut i = Issue::new(
            path.into(),
            Code::UnknownField,
            String::new(),
            crate::Severity::Error,
        );
        i.fix = Some(fix);
        i
    };
    let rename = issue(vec![Segment::Member("name".into())], Fix::Rename("Name"));
    let input = Value::Object(vec![
        ("name".into(), Value::String("a".into())),
        ("Name".into(), Value::String("b".into())),
    ]);
    assert_eq!(apply_fixes(&input, std::slice::from_ref(&rename)), input);
    let twice = Value::Object(vec![
        ("name".into(), Value::String("a".into())),
        ("name".into(), Value::String("b".into())),
    ]);
    let Value::Object(entries) = apply_fixes(&twice, &[rename]) else {
        panic!()
    };
    assert_eq!(entries[0].0, "Name");
    assert_eq!(entries[1].0, "name");
}
