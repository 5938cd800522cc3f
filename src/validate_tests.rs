//! Boundary tests for every rule in `validate.rs`: for each rule the last allowed value and the
//! first refused one, asserting the whole list of issues (path, code, severity; the full message
//! in at least one test per rule family).
//!
//! Every case starts from [`baseline`], a valid EBS-backed input with no issues at all, and
//! changes one thing.

use super::*;
use crate::issue::Severity;
// Also reached through `super::*` today; named so the tests do not depend on validate.rs's
// own imports.

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

const SNAP: &str = "snap-0123456789abcdef0";
const BASE64_PREFIX: &str =
    "must be standard Base64 (A-Z a-z 0-9 + / with = padding, no line breaks): ";

// ---------------------------------------------------------------------------------------------
// Helpers

/// Name "my-ami", RootDeviceName "/dev/xvda", one mapping /dev/xvda from a snapshot, hvm.
fn baseline() -> RegisterImageInput {
    RegisterImageInput {
        name: Some("my-ami".into()),
        root_device_name: Some("/dev/xvda".into()),
        block_device_mappings: vec![BlockDeviceMapping {
            device_name: Some("/dev/xvda".into()),
            ebs: Some(EbsBlockDevice {
                snapshot_id: Some(SNAP.into()),
                ..Default::default()
            }),
            ..Default::default()
        }],
        virtualization_type: Some("hvm".into()),
        ..Default::default()
    }
}

/// The issues of the baseline after `change`.
fn with(change: impl FnOnce(&mut RegisterImageInput)) -> Vec<Issue> {
    let mut input = baseline();
    change(&mut input);
    validate(&input)
}

/// The issues of the baseline after `change` to its root volume (`BlockDeviceMappings[0].Ebs`).
fn with_root_ebs(change: impl FnOnce(&mut EbsBlockDevice)) -> Vec<Issue> {
    with(|i| change(i.block_device_mappings[0].ebs.as_mut().unwrap()))
}

/// The issues of the baseline plus a second, non-root mapping `/dev/sdb` whose EBS volume is
/// built by `build` from an empty `EbsBlockDevice` (`BlockDeviceMappings[1].Ebs`).
fn with_data_ebs(build: impl FnOnce(&mut EbsBlockDevice)) -> Vec<Issue> {
    let mut ebs = EbsBlockDevice::default();
    build(&mut ebs);
    with(|i| {
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/sdb".into()),
            ebs: Some(ebs),
            ..Default::default()
        })
    })
}

/// A data volume of `volume_type` and `size` GiB (and `iops`, if any).
fn sized(volume_type: &str, size: i32, iops: Option<i32>) -> Vec<Issue> {
    with_data_ebs(|e| {
        e.volume_type = Some(volume_type.into());
        e.volume_size = Some(size);
        e.iops = iops;
    })
}

/// Tags with these keys, each with the value "v".
fn tags(keys: &[&str]) -> Vec<Tag> {
    keys.iter()
        .map(|k| Tag {
            key: Some((*k).into()),
            value: Some("v".into()),
        })
        .collect()
}

/// `count` tags `k{from}`, `k{from + 1}`, ... with values `v{from}`, ...
fn numbered_tags(from: usize, count: usize) -> Vec<Tag> {
    (from..from + count)
        .map(|n| Tag {
            key: Some(format!("k{n}")),
            value: Some(format!("v{n}")),
        })
        .collect()
}

fn image_spec(tags: Vec<Tag>) -> TagSpecification {
    TagSpecification {
        resource_type: Some("image".into()),
        tags,
    }
}

/// An expected issue, its path as shown (JavaScript style).
#[derive(Debug)]
struct Expected {
    path: &'static str,
    code: Code,
    message: String,
    severity: Severity,
}

impl PartialEq<Expected> for Issue {
    fn eq(&self, e: &Expected) -> bool {
        self.path == e.path
            && self.code == e.code
            && self.message == e.message
            && self.severity == e.severity
    }
}

fn error(path: &'static str, code: Code, message: &str) -> Expected {
    Expected {
        path,
        code,
        message: message.into(),
        severity: E,
    }
}

fn warning(path: &'static str, code: Code, message: &str) -> Expected {
    Expected {
        path,
        code,
        message: message.into(),
        severity: W,
    }
}

/// The text of a service-limit warning, after its `prefix` (such as "gp3 ").
fn limit(prefix: &str, min: i32, max: i32, unit: &str, got: i32) -> String {
    format!(
        "{prefix}is {min}-{max} {unit} as documented on {}; got {got} (an AWS service limit that has changed before)",
        limits::CHECKED
    )
}

/// Asserts the whole list of issues by path, code and severity, in order.
#[track_caller]
fn assert_kinds(issues: &[Issue], expected: &[(&str, Code, Severity)]) {
    let found: Vec<(String, Code, Severity)> = issues
        .iter()
        .map(|i| (i.path.to_string(), i.code, i.severity))
        .collect();
    let expected: Vec<(String, Code, Severity)> = expected
        .iter()
        .map(|(p, c, s)| (p.to_string(), *c, *s))
        .collect();
    assert_eq!(found, expected, "all issues: {issues:#?}");
}

#[track_caller]
fn assert_clean(issues: &[Issue]) {
    assert!(issues.is_empty(), "expected no issues, got {issues:#?}");
}

fn repeat(c: char, n: usize) -> String {
    c.to_string().repeat(n)
}

// ---------------------------------------------------------------------------------------------
// Baseline

#[test]
fn baseline_has_no_issues() {
    assert_clean(&validate(&baseline()));
}

#[test]
fn a_fully_populated_valid_input_has_no_issues() {
    let input = RegisterImageInput {
        name: Some("Web server (x86) [v1.2] /prod-'a'@b_c".into()),
        image_location: Some("my-bucket/web.manifest.xml".into()),
        billing_products: vec!["bp-1".into()],
        boot_mode: Some("uefi".into()),
        tpm_support: Some("v2.0".into()),
        uefi_data: Some("QUJD+/8=".into()),
        imds_support: Some("v2.0".into()),
        tag_specifications: vec![image_spec(tags(&["Name", "team"]))],
        dry_run: Some(true),
        description: Some("web server, built 2026-11-26 é".into()),
        architecture: Some("x86_64".into()),
        kernel_id: Some("aki-12345678".into()),
        ramdisk_id: Some("ari-0123456789abcdef0".into()),
        root_device_name: Some("/dev/xvda".into()),
        block_device_mappings: vec![
            BlockDeviceMapping {
                device_name: Some("/dev/xvda".into()),
                ebs: Some(EbsBlockDevice {
                    delete_on_termination: Some(true),
                    iops: Some(8_000),
                    snapshot_id: Some(SNAP.into()),
                    volume_size: Some(100),
                    volume_type: Some("gp3".into()),
                    throughput: Some(2_000),
                    outpost_arn: Some(
                        "arn:aws:outposts:us-east-1:123456789012:outpost/op-1234567890abcdef0"
                            .into(),
                    ),
                    availability_zone: Some("us-east-1a".into()),
                    volume_initialization_rate: Some(300),
                    ebs_card_index: Some(0),
                    ..Default::default()
                }),
                ..Default::default()
            },
            BlockDeviceMapping {
                device_name: Some("/dev/sdb".into()),
                virtual_name: Some("ephemeral0".into()),
                ..Default::default()
            },
            BlockDeviceMapping {
                device_name: Some("/dev/sdc".into()),
                no_device: Some(String::new()),
                ..Default::default()
            },
            BlockDeviceMapping {
                device_name: Some("/dev/sdd".into()),
                ebs: Some(EbsBlockDevice {
                    volume_size: Some(500),
                    volume_type: Some("io2".into()),
                    iops: Some(250_000),
                    encrypted: Some(true),
                    availability_zone_id: Some("use1-az1".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
        ],
        virtualization_type: Some("hvm".into()),
        sriov_net_support: Some("simple".into()),
        ena_support: Some(true),
    };
    assert_clean(&validate(&input));
}

#[test]
fn issues_come_in_model_order() {
    let issues = with(|i| {
        i.name = Some("ab".into());
        i.architecture = Some("sparc".into());
        i.description = Some(repeat('d', 256));
        i.kernel_id = Some("aki-1".into());
        i.block_device_mappings[0].virtual_name = Some("ephemeral01".into());
        i.virtualization_type = Some("paravirtual".into());
        i.ena_support = Some(true);
        i.tag_specifications = vec![TagSpecification::default()];
    });
    assert_kinds(
        &issues,
        &[
            ("Name", Code::TooShort, E),
            ("Description", Code::TooLong, E),
            ("TagSpecifications[0].ResourceType", Code::Required, W),
            ("TagSpecifications[0].Tags", Code::Required, W),
            ("Architecture", Code::NotAllowedValue, W),
            ("KernelId", Code::Malformed, E),
            (
                "BlockDeviceMappings[0].VirtualName",
                Code::NotAllowedValue,
                E,
            ),
            ("BlockDeviceMappings[0].VirtualName", Code::Conflict, W),
            ("EnaSupport", Code::Conflict, W),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Name: required, 3-128 characters, a documented character set

#[test]
fn name_is_required() {
    assert_eq!(
        with(|i| i.name = None),
        [error(
            "Name",
            Code::Required,
            "is required: a name of 3-128 characters"
        )]
    );
}

#[test]
fn name_of_3_characters_is_allowed() {
    assert_clean(&with(|i| i.name = Some("abc".into())));
}

#[test]
fn name_of_2_characters_is_too_short() {
    assert_eq!(
        with(|i| i.name = Some("ab".into())),
        [error(
            "Name",
            Code::TooShort,
            "must be 3-128 characters; it has 2"
        )]
    );
}

#[test]
fn empty_name_is_too_short() {
    assert_eq!(
        with(|i| i.name = Some(String::new())),
        [error(
            "Name",
            Code::TooShort,
            "must be 3-128 characters; it has 0"
        )]
    );
}

#[test]
fn name_of_128_characters_is_allowed() {
    assert_clean(&with(|i| i.name = Some(repeat('a', 128))));
}

#[test]
fn name_of_129_characters_is_too_long() {
    assert_eq!(
        with(|i| i.name = Some(repeat('a', 129))),
        [error(
            "Name",
            Code::TooLong,
            "must be 3-128 characters; it has 129"
        )]
    );
}

#[test]
fn name_allows_every_documented_character() {
    assert_clean(&with(|i| {
        i.name = Some("azAZ09 ()[]./-'@_".into());
    }));
}

#[test]
fn name_refuses_other_characters_listing_each_once() {
    assert_eq!(
        with(|i| i.name = Some("my ami #1, #2!".into())),
        [error(
            "Name",
            Code::InvalidCharacter,
            "may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _; found '#', ',', '!'"
        )]
    );
}

#[test]
fn name_lists_at_most_five_bad_characters() {
    assert_eq!(
        with(|i| i.name = Some("a#b!c$d%e^f&g*".into())),
        [error(
            "Name",
            Code::InvalidCharacter,
            "may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _; found '#', '!', '$', '%', '^'"
        )]
    );
}

#[test]
fn name_refuses_non_ascii_letters_and_counts_characters() {
    // Two characters (four bytes): too short and not allowed, both reported.
    assert_eq!(
        with(|i| i.name = Some("éé".into())),
        [
            error("Name", Code::TooShort, "must be 3-128 characters; it has 2"),
            error(
                "Name",
                Code::InvalidCharacter,
                "may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _; found 'é'"
            ),
        ]
    );
    // 128 characters but 256 bytes: the length is fine, the character is not.
    assert_kinds(
        &with(|i| i.name = Some(repeat('é', 128))),
        &[("Name", Code::InvalidCharacter, E)],
    );
}

// ---------------------------------------------------------------------------------------------
// Description: at most 255 characters (Unicode scalar values)

#[test]
fn description_of_255_characters_is_allowed() {
    assert_clean(&with(|i| i.description = Some(repeat('d', 255))));
}

#[test]
fn description_of_255_multibyte_characters_is_allowed() {
    let text = repeat('é', 255);
    assert_eq!(text.len(), 510);
    assert_clean(&with(|i| i.description = Some(text)));
}

#[test]
fn empty_description_is_allowed() {
    assert_clean(&with(|i| i.description = Some(String::new())));
}

#[test]
fn description_of_256_characters_is_too_long() {
    assert_eq!(
        with(|i| i.description = Some(repeat('d', 256))),
        [error(
            "Description",
            Code::TooLong,
            "must be at most 255 characters; it has 256"
        )]
    );
}

#[test]
fn description_of_256_multibyte_characters_is_too_long() {
    assert_eq!(
        with(|i| i.description = Some(repeat('é', 256))),
        [error(
            "Description",
            Code::TooLong,
            "must be at most 255 characters; it has 256"
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// UefiData: at most 64000 characters of standard, padded Base64

#[test]
fn uefi_data_of_64000_characters_is_allowed() {
    assert_clean(&with(|i| i.uefi_data = Some(repeat('A', 64_000))));
}

#[test]
fn uefi_data_of_64001_characters_is_too_long() {
    // Too long is reported alone: the Base64 check is skipped.
    assert_eq!(
        with(|i| i.uefi_data = Some(repeat('A', 64_001))),
        [error(
            "UefiData",
            Code::TooLong,
            "must be at most 64000 characters; it has 64001"
        )]
    );
}

#[test]
fn uefi_data_accepts_standard_padded_base64() {
    for data in ["", "QUJD", "QUI=", "QQ==", "+/+/", "QUJD+/8=", "AAAAAAAA"] {
        assert_clean(&with(|i| i.uefi_data = Some(data.into())));
    }
}

#[test]
fn uefi_data_missing_padding_is_refused() {
    for data in ["QQ", "QUI", "QUJDQQ", "QQ="] {
        assert_eq!(
            with(|i| i.uefi_data = Some(data.into())),
            [error(
                "UefiData",
                Code::InvalidBase64,
                &format!("{BASE64_PREFIX}its = padding is missing or wrong")
            )],
            "{data:?}"
        );
    }
}

#[test]
fn uefi_data_of_a_length_one_past_a_group_is_refused() {
    assert_eq!(
        with(|i| i.uefi_data = Some("QUJDR".into())),
        [error(
            "UefiData",
            Code::InvalidBase64,
            &format!("{BASE64_PREFIX}its length is not a whole number of Base64 groups")
        )]
    );
}

#[test]
fn uefi_data_with_a_character_outside_the_alphabet_is_refused() {
    let cases = [
        ("QUJD\n", "'\\n' at position 4"),
        ("QU JD", "' ' at position 2"),
        ("QUJ-", "'-' at position 3"),  // URL-safe alphabet
        ("QUJ_", "'_' at position 3"),  // URL-safe alphabet
        ("QUJé", "'é' at position 3"),  // five bytes: must not panic
        ("éQUJ!", "'é' at position 0"), // the first one, by characters
        ("QQ€", "'€' at position 2"),   // ends inside a three-byte character
    ];
    for (data, why) in cases {
        assert_eq!(
            with(|i| i.uefi_data = Some(data.into())),
            [error(
                "UefiData",
                Code::InvalidBase64,
                &format!("{BASE64_PREFIX}{why} is not a Base64 character")
            )],
            "{data:?}"
        );
    }
}

#[test]
fn uefi_data_with_misplaced_alphabet_characters_is_refused() {
    let cases = [
        ("QQ==QUJD", "'=' at position 2"), // padding in the middle
        ("=QUJ", "'=' at position 0"),
        ("QR==", "'R' at position 1"), // non-zero trailing bits
        ("QUJDQR==", "'R' at position 5"),
    ];
    for (data, why) in cases {
        assert_eq!(
            with(|i| i.uefi_data = Some(data.into())),
            [error(
                "UefiData",
                Code::InvalidBase64,
                &format!("{BASE64_PREFIX}{why} is not allowed there")
            )],
            "{data:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// KernelId, RamdiskId, SnapshotId: prefix + 8 or 17 lower-case hexadecimal digits

#[test]
fn kernel_id_with_8_or_17_lower_case_hex_digits_is_allowed() {
    for id in [
        "aki-1234abcd",
        "aki-0123456789abcdef0",
        "aki-00000000",
        "aki-ffffffff",
    ] {
        assert_clean(&with(|i| i.kernel_id = Some(id.into())));
    }
}

#[test]
fn kernel_id_malformed_message() {
    assert_eq!(
        with(|i| i.kernel_id = Some("aki-1234567".into())),
        [error(
            "KernelId",
            Code::Malformed,
            "must be aki- followed by 8 or 17 lower-case hexadecimal digits, such as aki-1234567890abcdef0; got \"aki-1234567\""
        )]
    );
}

#[test]
fn kernel_id_of_other_forms_is_malformed() {
    for id in [
        "aki-1234567",            // 7
        "aki-123456789",          // 9
        "aki-0123456789abcdef",   // 16
        "aki-0123456789abcdef01", // 18
        "aki-1234ABCD",           // upper-case hex
        "aki-0123456789ABCDEF0",  // upper-case hex, 17
        "aki-1234abcg",           // not hex
        "ari-1234abcd",           // the RAM disk prefix
        "ami-1234abcd",
        "AKI-1234abcd",
        "aki1234abcd",
        "aki_1234abcd",
        "aki-",
        "",
        " aki-1234abcd",
        "aki-1234abcd ",
    ] {
        assert_kinds(
            &with(|i| i.kernel_id = Some(id.into())),
            &[("KernelId", Code::Malformed, E)],
        );
    }
}

#[test]
fn ramdisk_id_with_8_or_17_lower_case_hex_digits_is_allowed() {
    for id in ["ari-1234abcd", "ari-0123456789abcdef0"] {
        assert_clean(&with(|i| i.ramdisk_id = Some(id.into())));
    }
}

#[test]
fn ramdisk_id_of_other_forms_is_malformed() {
    assert_eq!(
        with(|i| i.ramdisk_id = Some("aki-1234abcd".into())),
        [error(
            "RamdiskId",
            Code::Malformed,
            "must be ari- followed by 8 or 17 lower-case hexadecimal digits, such as ari-1234567890abcdef0; got \"aki-1234abcd\""
        )]
    );
    for id in [
        "ari-1234567",
        "ari-123456789",
        "ari-0123456789abcdef",
        "ari-0123456789abcdef01",
        "ari-1234ABCD",
        "ari-",
    ] {
        assert_kinds(
            &with(|i| i.ramdisk_id = Some(id.into())),
            &[("RamdiskId", Code::Malformed, E)],
        );
    }
}

#[test]
fn snapshot_id_with_8_or_17_lower_case_hex_digits_is_allowed() {
    for id in ["snap-1234abcd", "snap-0123456789abcdef0"] {
        assert_clean(&with_root_ebs(|e| e.snapshot_id = Some(id.into())));
    }
}

#[test]
fn snapshot_id_of_other_forms_is_malformed() {
    assert_eq!(
        with_root_ebs(|e| e.snapshot_id = Some("snap-0123456789ABCDEF0".into())),
        [error(
            "BlockDeviceMappings[0].Ebs.SnapshotId",
            Code::Malformed,
            "must be snap- followed by 8 or 17 lower-case hexadecimal digits, such as snap-1234567890abcdef0; got \"snap-0123456789ABCDEF0\""
        )]
    );
    for id in [
        "snap-1234567",
        "snap-123456789",
        "snap-0123456789abcdef",
        "snap-0123456789abcdef01",
        "snap-1234ABCD",
        "vol-0123456789abcdef0",
        "snap0123456789abcdef0",
        "",
    ] {
        // A malformed SnapshotId is still a SnapshotId: no "needs a SnapshotId or VolumeSize".
        assert_kinds(
            &with_root_ebs(|e| e.snapshot_id = Some(id.into())),
            &[("BlockDeviceMappings[0].Ebs.SnapshotId", Code::Malformed, E)],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Enumerations

#[test]
fn every_enumerated_value_is_allowed() {
    for v in ["legacy-bios", "uefi", "uefi-preferred"] {
        assert_clean(&with(|i| i.boot_mode = Some(v.into())));
    }
    assert_clean(&with(|i| i.tpm_support = Some("v2.0".into())));
    assert_clean(&with(|i| i.imds_support = Some("v2.0".into())));
    for v in ["i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"] {
        assert_clean(&with(|i| i.architecture = Some(v.into())));
    }
    for v in ["hvm", "paravirtual"] {
        assert_clean(&with(|i| i.virtualization_type = Some(v.into())));
    }
    assert_clean(&with(|i| i.sriov_net_support = Some("simple".into())));
    // On a data volume of 125 GiB, which every type allows; io1 and io2 need Iops.
    for v in ["standard", "gp2", "sc1", "st1", "gp3"] {
        assert_clean(&sized(v, 125, None));
    }
    for v in ["io1", "io2"] {
        assert_clean(&sized(v, 125, Some(100)));
    }
}

/// The warning for a value of `member` outside `known` (`list` as the message shows it).
fn unknown_value(
    path: &'static str,
    value: &str,
    member: &str,
    list: &str,
    near: &str,
) -> Expected {
    warning(
        path,
        Code::NotAllowedValue,
        &format!(
            "\"{value}\" is not one of the {member} values known to ec2-register-image {} (AWS model of botocore 1.44.8, 2026-11-20): {list}; AWS may have added it since, so it is sent as written{near}",
            env!("CARGO_PKG_VERSION")
        ),
    )
}

/// Each closed list: a case or separator variant is an error with its fix; any other value is a
/// warning (AWS may have added it) that names the known values and the model, with a
/// did-you-mean where one is near.
#[test]
fn boot_mode_outside_its_enumeration() {
    const LIST: &str = "\"legacy-bios\", \"uefi\", \"uefi-preferred\"";
    assert_eq!(
        with(|i| i.boot_mode = Some("UEFI".into())),
        [error(
            "BootMode",
            Code::NotAllowedValue,
            "must be one of \"legacy-bios\", \"uefi\", \"uefi-preferred\"; got \"UEFI\"; did you mean \"uefi\"?"
        )]
    );
    assert_eq!(
        with(|i| i.boot_mode = Some("legacy_bios".into()))[0].fix,
        crate::fix::enum_value("legacy-bios", BOOT_MODES)
    );
    assert_eq!(
        with(|i| i.boot_mode = Some("bios".into())),
        [unknown_value("BootMode", "bios", "BootMode", LIST, "")]
    );
    assert_eq!(
        with(|i| i.boot_mode = Some("uefi-prefered".into())),
        [unknown_value(
            "BootMode",
            "uefi-prefered",
            "BootMode",
            LIST,
            "; did you mean \"uefi-preferred\"?"
        )]
    );
}

#[test]
fn tpm_support_outside_its_enumeration() {
    assert_eq!(
        with(|i| i.tpm_support = Some("V2.0".into())),
        [error(
            "TpmSupport",
            Code::NotAllowedValue,
            "must be \"v2.0\"; got \"V2.0\"; did you mean \"v2.0\"?"
        )]
    );
    assert_eq!(
        with(|i| i.tpm_support = Some("v2".into())),
        [unknown_value(
            "TpmSupport",
            "v2",
            "TpmSupport",
            "\"v2.0\"",
            "; did you mean \"v2.0\"?"
        )]
    );
    assert_eq!(
        with(|i| i.tpm_support = Some("v3.0".into())),
        [unknown_value(
            "TpmSupport",
            "v3.0",
            "TpmSupport",
            "\"v2.0\"",
            "; did you mean \"v2.0\"?"
        )]
    );
}

#[test]
fn imds_support_outside_its_enumeration() {
    assert_kinds(
        &with(|i| i.imds_support = Some("V2.0".into())),
        &[("ImdsSupport", Code::NotAllowedValue, E)],
    );
    assert_eq!(
        with(|i| i.imds_support = Some("v1.0".into())),
        [unknown_value(
            "ImdsSupport",
            "v1.0",
            "ImdsSupport",
            "\"v2.0\"",
            "; did you mean \"v2.0\"?"
        )]
    );
    assert_kinds(
        &with(|i| i.imds_support = Some(String::new())),
        &[("ImdsSupport", Code::NotAllowedValue, W)],
    );
}

#[test]
fn architecture_outside_its_enumeration() {
    const LIST: &str = "\"i386\", \"x86_64\", \"arm64\", \"x86_64_mac\", \"arm64_mac\"";
    for variant in ["X86_64", "x86-64", "x86.64", " x86_64 "] {
        let issues = with(|i| i.architecture = Some(variant.into()));
        assert_eq!(
            issues,
            [error(
                "Architecture",
                Code::NotAllowedValue,
                &format!("must be one of {LIST}; got \"{variant}\"; did you mean \"x86_64\"?")
            )],
            "{variant}"
        );
        assert_eq!(
            issues[0].fix,
            crate::fix::enum_value("x86_64", ARCHITECTURES),
            "{variant}"
        );
    }
    assert_eq!(
        with(|i| i.architecture = Some("sparc".into())),
        [unknown_value(
            "Architecture",
            "sparc",
            "Architecture",
            LIST,
            ""
        )]
    );
    assert_eq!(
        with(|i| i.architecture = Some("arm64e".into())),
        [unknown_value(
            "Architecture",
            "arm64e",
            "Architecture",
            LIST,
            "; did you mean \"arm64\"?"
        )]
    );
}

#[test]
fn virtualization_type_outside_its_values() {
    // "HVM" is hvm in another case: its error alone (the advice on EnaSupport reads it).
    assert_eq!(
        with(|i| {
            i.virtualization_type = Some("HVM".into());
            i.ena_support = Some(true);
        }),
        [error(
            "VirtualizationType",
            Code::NotAllowedValue,
            "must be one of \"hvm\", \"paravirtual\"; got \"HVM\"; did you mean \"hvm\"?"
        )]
    );
    // A plain string in the API model: another value is sent.
    assert_eq!(
        with(|i| i.virtualization_type = Some("pv".into())),
        [unknown_value(
            "VirtualizationType",
            "pv",
            "VirtualizationType",
            "\"hvm\", \"paravirtual\"",
            "; did you mean \"hvm\"?"
        )]
    );
}

#[test]
fn sriov_net_support_outside_its_value() {
    assert_eq!(
        with(|i| i.sriov_net_support = Some("Simple".into())),
        [error(
            "SriovNetSupport",
            Code::NotAllowedValue,
            "must be \"simple\"; got \"Simple\"; did you mean \"simple\"?"
        )]
    );
    assert_eq!(
        with(|i| i.sriov_net_support = Some("true".into())),
        [unknown_value(
            "SriovNetSupport",
            "true",
            "SriovNetSupport",
            "\"simple\"",
            ""
        )]
    );
}

#[test]
fn volume_type_outside_its_enumeration() {
    assert_eq!(
        with_root_ebs(|e| e.volume_type = Some("GP3".into())),
        [error(
            "BlockDeviceMappings[0].Ebs.VolumeType",
            Code::NotAllowedValue,
            "must be one of \"standard\", \"io1\", \"io2\", \"gp2\", \"sc1\", \"st1\", \"gp3\"; got \"GP3\"; did you mean \"gp3\"?"
        )]
    );
    // A case variant with Throughput: its own error only (the gp3 rule reads it).
    assert_kinds(
        &with_root_ebs(|e| {
            e.volume_type = Some("GP3".into());
            e.throughput = Some(500);
        }),
        &[(
            "BlockDeviceMappings[0].Ebs.VolumeType",
            Code::NotAllowedValue,
            E,
        )],
    );
    // A type AWS may have added, with Iops, Throughput and a size: the one warning, none of the
    // rules keyed on the known types (no limits to check, Throughput not refused, Iops not
    // required or refused).
    for t in ["gp4", "io3", "ssd"] {
        let issues = with_root_ebs(|e| {
            e.volume_type = Some(t.into());
            e.volume_size = Some(1_000_000);
            e.iops = Some(500_000);
            e.throughput = Some(5_000);
        });
        assert_eq!(issues.len(), 1, "{t}: {issues:#?}");
        assert_eq!(issues[0].severity, W, "{t}");
        assert_eq!(issues[0].path, "BlockDeviceMappings[0].Ebs.VolumeType");
        assert!(
            issues[0].message.starts_with(&format!(
                "\"{t}\" is not one of the VolumeType values known to ec2-register-image "
            )),
            "{}",
            issues[0].message
        );
        // Without Iops: not required for a type this package does not know.
        assert_kinds(
            &with_root_ebs(|e| e.volume_type = Some(t.into())),
            &[(
                "BlockDeviceMappings[0].Ebs.VolumeType",
                Code::NotAllowedValue,
                W,
            )],
        );
    }
    assert_eq!(
        with_root_ebs(|e| e.volume_type = Some("ssd".into())),
        [unknown_value(
            "BlockDeviceMappings[0].Ebs.VolumeType",
            "ssd",
            "VolumeType",
            "\"standard\", \"io1\", \"io2\", \"gp2\", \"sc1\", \"st1\", \"gp3\"",
            "; did you mean \"sc1\"?"
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Block device mappings: DeviceName required (not empty) and unique; VirtualName ephemeralN,
// past ephemeral23 a warning (a hardware count)

#[test]
fn device_name_is_required() {
    assert_eq!(
        with(|i| i.block_device_mappings.push(BlockDeviceMapping {
            virtual_name: Some("ephemeral0".into()),
            ..Default::default()
        })),
        [error(
            "BlockDeviceMappings[1].DeviceName",
            Code::Required,
            "every block device mapping needs a DeviceName, such as \"/dev/sdh\""
        )]
    );
}

#[test]
fn empty_device_name_is_required_like_a_missing_one() {
    let message = "every block device mapping needs a DeviceName, such as \"/dev/sdh\"";
    assert_eq!(
        with(|i| i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some(String::new()),
            ebs: Some(EbsBlockDevice {
                volume_size: Some(8),
                ..Default::default()
            }),
            ..Default::default()
        })),
        [error(
            "BlockDeviceMappings[1].DeviceName",
            Code::Required,
            message
        )]
    );
    // Two empty names are each missing, not duplicates; one character is a name.
    let issues = with(|i| {
        for name in ["", "", "x"] {
            i.block_device_mappings.push(BlockDeviceMapping {
                device_name: Some(name.into()),
                no_device: Some(String::new()),
                ..Default::default()
            });
        }
    });
    assert_kinds(
        &issues,
        &[
            ("BlockDeviceMappings[1].DeviceName", Code::Required, E),
            ("BlockDeviceMappings[2].DeviceName", Code::Required, E),
        ],
    );
}

#[test]
fn distinct_device_names_are_allowed() {
    assert_clean(&with(|i| {
        for name in ["/dev/sdb", "/dev/sdc", "xvdd"] {
            i.block_device_mappings.push(BlockDeviceMapping {
                device_name: Some(name.into()),
                no_device: Some(String::new()),
                ..Default::default()
            });
        }
    }));
}

#[test]
fn duplicate_device_name_is_reported_at_the_later_mapping() {
    let issues = with(|i| {
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/sdb".into()),
            no_device: Some(String::new()),
            ..Default::default()
        });
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/xvda".into()),
            no_device: Some(String::new()),
            ..Default::default()
        });
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/xvda".into()),
            virtual_name: Some("ephemeral1".into()),
            ..Default::default()
        });
    });
    assert_eq!(
        issues,
        [
            error(
                "BlockDeviceMappings[2].DeviceName",
                Code::Duplicate,
                "\"/dev/xvda\" is already mapped by BlockDeviceMappings[0]; each device can be mapped once"
            ),
            error(
                "BlockDeviceMappings[3].DeviceName",
                Code::Duplicate,
                "\"/dev/xvda\" is already mapped by BlockDeviceMappings[0]; each device can be mapped once"
            ),
        ]
    );
}

#[test]
fn device_names_differing_in_case_are_distinct() {
    assert_clean(&with(|i| {
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/XVDA".into()),
            no_device: Some(String::new()),
            ..Default::default()
        })
    }));
}

fn with_virtual_name(name: &str) -> Vec<Issue> {
    with(|i| {
        i.block_device_mappings.push(BlockDeviceMapping {
            device_name: Some("/dev/sdb".into()),
            virtual_name: Some(name.into()),
            ..Default::default()
        })
    })
}

#[test]
fn virtual_names_ephemeral0_to_ephemeral23_are_allowed() {
    for n in 0..=23 {
        assert_clean(&with_virtual_name(&format!("ephemeral{n}")));
    }
}

#[test]
fn virtual_name_ephemeral24_is_a_warning() {
    // A hardware count from the limits table (src/limits.rs), not a contract.
    assert_eq!(
        with_virtual_name("ephemeral24"),
        [warning(
            "BlockDeviceMappings[1].VirtualName",
            Code::OutOfRange,
            &format!(
                "instance store volumes run from \"ephemeral0\" to \"ephemeral23\" (EC2 User Guide, {}); got \"ephemeral24\", more than any instance type had then (the count depends on the instance type)",
                limits::INSTANCE_STORE_CHECKED
            )
        )]
    );
    // Any number past it, however long (no overflow, no panic).
    for name in [
        "ephemeral99",
        "ephemeral100",
        "ephemeral255",
        "ephemeral256",
        "ephemeral4294967295",
        "ephemeral4294967296",
        "ephemeral99999999999999999999999",
    ] {
        assert_kinds(
            &with_virtual_name(name),
            &[("BlockDeviceMappings[1].VirtualName", Code::OutOfRange, W)],
        );
    }
}

#[test]
fn virtual_name_not_of_the_form_ephemeral_n_message() {
    assert_eq!(
        with_virtual_name("ephemeral01"),
        [error(
            "BlockDeviceMappings[1].VirtualName",
            Code::NotAllowedValue,
            "must be \"ephemeralN\", N an instance store volume number from 0 without leading zeros, such as \"ephemeral0\"; got \"ephemeral01\""
        )]
    );
}

#[test]
fn virtual_names_of_other_forms_are_refused() {
    for name in [
        "ephemeral01",
        "ephemeral00",
        "ephemeral",
        "Ephemeral0",
        "EPHEMERAL0",
        "ephemeral-1",
        "ephemeral+1",
        "ephemeral024",
        "ephemeral 0",
        "ephemeral0 ",
        "ephemeral٣", // a non-ASCII digit
        "ephemeral1a",
        "eph0",
        "",
    ] {
        assert_kinds(
            &with_virtual_name(name),
            &[(
                "BlockDeviceMappings[1].VirtualName",
                Code::NotAllowedValue,
                E,
            )],
        );
    }
}

#[test]
fn ebs_together_with_virtual_name_is_a_warning() {
    assert_eq!(
        with(|i| i.block_device_mappings[0].virtual_name = Some("ephemeral0".into())),
        [warning(
            "BlockDeviceMappings[0].VirtualName",
            Code::Conflict,
            "a mapping is either an EBS volume (Ebs) or an instance store volume (VirtualName), not both"
        )]
    );
    // Reported after the EBS volume's own issues, and also for an invalid VirtualName.
    assert_kinds(
        &with(|i| {
            let m = &mut i.block_device_mappings[0];
            m.virtual_name = Some("ephemeral01".into());
            m.ebs.as_mut().unwrap().volume_type = Some("gp4".into());
        }),
        &[
            (
                "BlockDeviceMappings[0].VirtualName",
                Code::NotAllowedValue,
                E,
            ),
            (
                "BlockDeviceMappings[0].Ebs.VolumeType",
                Code::NotAllowedValue,
                W,
            ),
            ("BlockDeviceMappings[0].VirtualName", Code::Conflict, W),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// EBS volume: source, encryption, availability zone, Iops, Throughput, counts

#[test]
fn ebs_without_snapshot_id_and_volume_size_is_refused() {
    assert_eq!(
        with_root_ebs(|e| e.snapshot_id = None),
        [error(
            "BlockDeviceMappings[0].Ebs",
            Code::Required,
            "an EBS volume needs a SnapshotId or a VolumeSize (or both)"
        )]
    );
}

#[test]
fn ebs_with_only_a_volume_size_or_with_both_is_allowed() {
    assert_clean(&with_root_ebs(|e| {
        e.snapshot_id = None;
        e.volume_size = Some(8);
    }));
    assert_clean(&with_root_ebs(|e| e.volume_size = Some(8)));
}

#[test]
fn encrypted_with_a_snapshot_is_refused() {
    let message = "Encrypted cannot be given for a volume from a snapshot (SnapshotId): the volume keeps the snapshot's encryption state; omit Encrypted";
    for value in [true, false] {
        assert_eq!(
            with_root_ebs(|e| e.encrypted = Some(value)),
            [error(
                "BlockDeviceMappings[0].Ebs.Encrypted",
                Code::Conflict,
                message
            )]
        );
    }
}

#[test]
fn encrypted_without_a_snapshot_is_allowed() {
    for value in [true, false] {
        assert_clean(&with_root_ebs(|e| {
            e.snapshot_id = None;
            e.volume_size = Some(8);
            e.encrypted = Some(value);
        }));
    }
}

#[test]
fn availability_zone_and_its_id_together_are_refused() {
    assert_eq!(
        with_root_ebs(|e| {
            e.availability_zone = Some("us-east-1a".into());
            e.availability_zone_id = Some("use1-az1".into());
        }),
        [error(
            "BlockDeviceMappings[0].Ebs.AvailabilityZoneId",
            Code::Conflict,
            "give AvailabilityZone or AvailabilityZoneId, not both"
        )]
    );
}

#[test]
fn availability_zone_or_its_id_alone_is_allowed() {
    assert_clean(&with_root_ebs(|e| {
        e.availability_zone = Some("us-east-1a".into())
    }));
    assert_clean(&with_root_ebs(|e| {
        e.availability_zone_id = Some("use1-az1".into())
    }));
}

#[test]
fn iops_is_required_for_io1_and_io2() {
    for t in ["io1", "io2"] {
        assert_eq!(
            with_root_ebs(|e| e.volume_type = Some(t.into())),
            [error(
                "BlockDeviceMappings[0].Ebs.Iops",
                Code::Required,
                &format!("Iops is required for {t} volumes")
            )]
        );
        assert_clean(&with_root_ebs(|e| {
            e.volume_type = Some(t.into());
            e.iops = Some(100);
        }));
    }
}

#[test]
fn iops_for_gp2_st1_sc1_and_standard_is_a_warning() {
    // gp2 was allowed silently before; EC2 answers RunInstances and CreateVolume with
    // "InvalidParameterCombination: The parameter iops is not supported for gp2 volumes".
    for (t, size) in [("gp2", 100), ("st1", 125), ("sc1", 125), ("standard", 8)] {
        assert_clean(&sized(t, size, None));
        assert_eq!(
            sized(t, size, Some(1)),
            [warning(
                "BlockDeviceMappings[1].Ebs.Iops",
                Code::NotSupported,
                &format!("Iops applies to io1, io2, gp3 volumes only, not to {t}; omit it, or EC2 may refuse the volume (InvalidParameterCombination)")
            )],
            "{t}"
        );
    }
}

#[test]
fn iops_for_io1_io2_and_gp3_is_allowed() {
    assert_clean(&sized("io1", 100, Some(100)));
    assert_clean(&sized("io2", 100, Some(100)));
    assert_clean(&sized("gp3", 100, Some(3_000)));
}

#[test]
fn iops_without_a_volume_type_is_a_warning() {
    assert_clean(&with_root_ebs(|e| e.iops = None));
    assert_eq!(
        with_root_ebs(|e| e.iops = Some(3_000)),
        [warning(
            "BlockDeviceMappings[0].Ebs.Iops",
            Code::Conflict,
            "Iops applies to io1, io2, gp3 volumes only; set VolumeType (the default type, gp2 in the CreateVolume docs, takes no Iops)"
        )]
    );
}

#[test]
fn throughput_for_gp3_is_allowed() {
    assert_clean(&with_root_ebs(|e| {
        e.volume_type = Some("gp3".into());
        e.throughput = Some(125);
    }));
}

#[test]
fn throughput_for_another_type_is_refused() {
    assert_eq!(
        with_root_ebs(|e| {
            e.volume_type = Some("gp2".into());
            e.throughput = Some(125);
        }),
        [error(
            "BlockDeviceMappings[0].Ebs.Throughput",
            Code::Conflict,
            "Throughput is valid only for gp3 volumes; VolumeType is \"gp2\""
        )]
    );
    for t in ["standard", "io1", "io2", "sc1", "st1"] {
        assert_kinds(
            &with_data_ebs(|e| {
                e.volume_type = Some(t.into());
                e.volume_size = Some(125);
                e.iops = matches!(t, "io1" | "io2").then_some(100);
                e.throughput = Some(125);
            }),
            &[("BlockDeviceMappings[1].Ebs.Throughput", Code::Conflict, E)],
        );
    }
}

#[test]
fn throughput_without_a_volume_type_is_a_warning() {
    assert_eq!(
        with_root_ebs(|e| e.throughput = Some(125)),
        [warning(
            "BlockDeviceMappings[0].Ebs.Throughput",
            Code::Conflict,
            "Throughput is valid only for gp3 volumes; set VolumeType to \"gp3\" (the default type may differ)"
        )]
    );
}

#[test]
fn counts_of_0_are_refused_and_1_allowed() {
    // Iops without a type is also a warning either way.
    assert_eq!(
        with_root_ebs(|e| e.iops = Some(0)),
        [
            error(
                "BlockDeviceMappings[0].Ebs.Iops",
                Code::OutOfRange,
                "must be at least 1; got 0"
            ),
            warning(
                "BlockDeviceMappings[0].Ebs.Iops",
                Code::Conflict,
                "Iops applies to io1, io2, gp3 volumes only; set VolumeType (the default type, gp2 in the CreateVolume docs, takes no Iops)"
            ),
        ]
    );
    assert_kinds(
        &with_root_ebs(|e| e.iops = Some(1)),
        &[("BlockDeviceMappings[0].Ebs.Iops", Code::Conflict, W)],
    );

    assert_eq!(
        with_root_ebs(|e| e.volume_size = Some(0)),
        [error(
            "BlockDeviceMappings[0].Ebs.VolumeSize",
            Code::OutOfRange,
            "must be at least 1; got 0"
        )]
    );
    assert_clean(&with_root_ebs(|e| e.volume_size = Some(1)));

    // Throughput without a type is also a warning either way.
    assert_kinds(
        &with_root_ebs(|e| e.throughput = Some(0)),
        &[
            ("BlockDeviceMappings[0].Ebs.Throughput", Code::OutOfRange, E),
            ("BlockDeviceMappings[0].Ebs.Throughput", Code::Conflict, W),
        ],
    );
    assert_kinds(
        &with_root_ebs(|e| e.throughput = Some(1)),
        &[("BlockDeviceMappings[0].Ebs.Throughput", Code::Conflict, W)],
    );

    // 1 is past the 100-300 service limit: only a warning.
    assert_kinds(
        &with_root_ebs(|e| e.volume_initialization_rate = Some(0)),
        &[(
            "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
            Code::OutOfRange,
            E,
        )],
    );
    assert_kinds(
        &with_root_ebs(|e| e.volume_initialization_rate = Some(1)),
        &[(
            "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
            Code::OutOfRange,
            W,
        )],
    );
}

#[test]
fn negative_counts_are_refused() {
    assert_eq!(
        with_root_ebs(|e| {
            e.iops = Some(-1);
            e.volume_size = Some(i32::MIN);
            e.throughput = Some(-125);
            e.volume_type = Some("gp3".into());
            e.volume_initialization_rate = Some(-100);
        }),
        [
            error(
                "BlockDeviceMappings[0].Ebs.Iops",
                Code::OutOfRange,
                "must be at least 1; got -1"
            ),
            error(
                "BlockDeviceMappings[0].Ebs.VolumeSize",
                Code::OutOfRange,
                "must be at least 1; got -2147483648"
            ),
            error(
                "BlockDeviceMappings[0].Ebs.Throughput",
                Code::OutOfRange,
                "must be at least 1; got -125"
            ),
            error(
                "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
                Code::OutOfRange,
                "must be at least 1; got -100"
            ),
        ]
    );
}

#[test]
fn ebs_card_index_minus_1_is_refused_and_0_allowed() {
    assert_eq!(
        with_root_ebs(|e| e.ebs_card_index = Some(-1)),
        [error(
            "BlockDeviceMappings[0].Ebs.EbsCardIndex",
            Code::OutOfRange,
            "must be at least 0; got -1"
        )]
    );
    assert_clean(&with_root_ebs(|e| e.ebs_card_index = Some(0)));
    assert_clean(&with_root_ebs(|e| e.ebs_card_index = Some(1)));
}

#[test]
fn kms_key_id_is_a_warning() {
    assert_eq!(
        with_root_ebs(|e| e.kms_key_id = Some("alias/my-key".into())),
        [warning(
            "BlockDeviceMappings[0].Ebs.KmsKeyId",
            Code::NotSupported,
            "KmsKeyId is documented as supported only for RunInstances, RequestSpotFleet and RequestSpotInstances, not RegisterImage"
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// VolumeInitializationRate: snapshot volumes only; 100-300 MiB/s (a service limit)

#[test]
fn volume_initialization_rate_of_100_and_300_is_allowed() {
    for rate in [100, 300] {
        assert_clean(&with_root_ebs(|e| {
            e.volume_initialization_rate = Some(rate)
        }));
    }
}

#[test]
fn volume_initialization_rate_of_99_and_301_is_a_warning() {
    assert_eq!(
        with_root_ebs(|e| e.volume_initialization_rate = Some(99)),
        [warning(
            "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
            Code::OutOfRange,
            &format!(
                "is 100-300 MiB/s as documented on {}; got 99 (an AWS service limit that has changed before)",
                limits::CHECKED
            )
        )]
    );
    assert_eq!(
        with_root_ebs(|e| e.volume_initialization_rate = Some(301)),
        [warning(
            "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
            Code::OutOfRange,
            &limit("", 100, 300, "MiB/s", 301)
        )]
    );
}

#[test]
fn volume_initialization_rate_without_a_snapshot_is_a_warning() {
    assert_eq!(
        with_root_ebs(|e| {
            e.snapshot_id = None;
            e.volume_size = Some(8);
            e.volume_initialization_rate = Some(200);
        }),
        [warning(
            "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
            Code::NotSupported,
            "VolumeInitializationRate applies only to volumes created from a snapshot (SnapshotId)"
        )]
    );
    // Both warnings when it is also out of range.
    assert_kinds(
        &with_root_ebs(|e| {
            e.snapshot_id = None;
            e.volume_size = Some(8);
            e.volume_initialization_rate = Some(301);
        }),
        &[
            (
                "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
                Code::NotSupported,
                W,
            ),
            (
                "BlockDeviceMappings[0].Ebs.VolumeInitializationRate",
                Code::OutOfRange,
                W,
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Service limits per volume type (warnings): size, IOPS, IOPS per GiB, gp3 throughput

const DATA_SIZE: &str = "BlockDeviceMappings[1].Ebs.VolumeSize";
const DATA_IOPS: &str = "BlockDeviceMappings[1].Ebs.Iops";
const DATA_THROUGHPUT: &str = "BlockDeviceMappings[1].Ebs.Throughput";

#[test]
fn volume_size_limits_per_type() {
    // (type, smallest, largest, Iops needed)
    let table = [
        ("gp3", 1, 65_536, None),
        ("gp2", 1, 16_384, None),
        ("io1", 4, 16_384, Some(100)),
        ("io2", 4, 65_536, Some(100)),
        ("st1", 125, 16_384, None),
        ("sc1", 125, 16_384, None),
        ("standard", 1, 1_024, None),
    ];
    for (t, min, max, iops) in table {
        assert_clean(&sized(t, min, iops));
        assert_clean(&sized(t, max, iops));
        assert_eq!(
            sized(t, max + 1, iops),
            [warning(
                DATA_SIZE,
                Code::OutOfRange,
                &limit(&format!("{t} "), min, max, "GiB", max + 1)
            )],
            "{t} above {max} GiB"
        );
        if min > 1 {
            let below = min - 1;
            // io1 at 3 GiB: 100 IOPS is still within 50 per GiB (150).
            assert_eq!(
                sized(t, below, iops),
                [warning(
                    DATA_SIZE,
                    Code::OutOfRange,
                    &limit(&format!("{t} "), min, max, "GiB", below)
                )],
                "{t} below {min} GiB"
            );
        }
    }
}

#[test]
fn volume_size_limit_message() {
    assert_eq!(
        sized("st1", 124, None),
        [warning(
            DATA_SIZE,
            Code::OutOfRange,
            &format!(
                "st1 is 125-16384 GiB as documented on {}; got 124 (an AWS service limit that has changed before)",
                limits::CHECKED
            )
        )]
    );
}

#[test]
fn iops_limits_per_type() {
    // (type, lowest, highest); at the largest size, so IOPS per GiB does not bind.
    let table = [
        ("gp3", 3_000, 80_000, 65_536),
        ("io1", 100, 64_000, 16_384),
        ("io2", 100, 256_000, 65_536),
    ];
    for (t, min, max, size) in table {
        assert_clean(&sized(t, size, Some(min)));
        assert_clean(&sized(t, size, Some(max)));
        for got in [min - 1, max + 1] {
            assert_eq!(
                sized(t, size, Some(got)),
                [warning(
                    DATA_IOPS,
                    Code::OutOfRange,
                    &limit(&format!("{t} "), min, max, "IOPS", got)
                )],
                "{t} at {got} IOPS"
            );
        }
    }
}

#[test]
fn iops_limit_applies_without_a_volume_size() {
    assert_kinds(
        &with_root_ebs(|e| {
            e.volume_type = Some("gp3".into());
            e.iops = Some(2_999);
        }),
        &[("BlockDeviceMappings[0].Ebs.Iops", Code::OutOfRange, W)],
    );
    assert_clean(&with_root_ebs(|e| {
        e.volume_type = Some("io2".into());
        e.iops = Some(256_000);
    }));
}

#[test]
fn iops_per_gib_limit_message() {
    assert_eq!(
        sized("io1", 4, Some(201)),
        [warning(
            DATA_IOPS,
            Code::OutOfRange,
            &format!(
                "io1 allows at most 50 IOPS per GiB: 200 IOPS for 4 GiB; got 201 (AWS service limit, {})",
                limits::CHECKED
            )
        )]
    );
}

#[test]
fn iops_per_gib_limits_per_type() {
    // (type, size, most IOPS at that size)
    let table = [
        ("io1", 5, 250),
        ("io1", 1_280, 64_000),
        ("io2", 5, 5_000),
        ("io2", 256, 256_000),
        ("gp3", 7, 3_500),
        ("gp3", 160, 80_000),
    ];
    for (t, size, most) in table {
        let per_gib = most / size;
        assert_clean(&sized(t, size, Some(most)));
        assert_eq!(
            sized(t, size - 1, Some(most)),
            [warning(
                DATA_IOPS,
                Code::OutOfRange,
                &format!(
                    "{t} allows at most {per_gib} IOPS per GiB: {} IOPS for {} GiB; got {most} (AWS service limit, {})",
                    per_gib * (size - 1),
                    size - 1,
                    limits::CHECKED
                )
            )],
            "{t} at {most} IOPS on {} GiB",
            size - 1
        );
    }
}

#[test]
fn gp3_allows_its_3000_iops_baseline_on_any_size() {
    // 500 per GiB would be 500 IOPS at 1 GiB, but gp3 always has its 3,000 IOPS baseline.
    assert_clean(&sized("gp3", 1, Some(3_000)));
    assert_clean(&sized("gp3", 6, Some(3_000)));
    assert_eq!(
        sized("gp3", 6, Some(3_001)),
        [warning(
            DATA_IOPS,
            Code::OutOfRange,
            &format!(
                "gp3 allows at most 500 IOPS per GiB: 3000 IOPS for 6 GiB; got 3001 (AWS service limit, {})",
                limits::CHECKED
            )
        )]
    );
}

#[test]
fn iops_range_and_per_gib_warnings_come_together() {
    assert_kinds(
        &sized("io1", 4, Some(64_001)),
        &[
            (DATA_IOPS, Code::OutOfRange, W),
            (DATA_IOPS, Code::OutOfRange, W),
        ],
    );
}

fn gp3_throughput(throughput: i32, iops: Option<i32>) -> Vec<Issue> {
    with_data_ebs(|e| {
        e.volume_type = Some("gp3".into());
        e.volume_size = Some(1_000);
        e.iops = iops;
        e.throughput = Some(throughput);
    })
}

#[test]
fn gp3_throughput_of_125_to_2000_is_allowed() {
    assert_clean(&gp3_throughput(125, None));
    assert_clean(&gp3_throughput(2_000, Some(8_000)));
}

#[test]
fn gp3_throughput_of_124_and_2001_is_a_warning() {
    assert_eq!(
        gp3_throughput(124, None),
        [warning(
            DATA_THROUGHPUT,
            Code::OutOfRange,
            &format!(
                "gp3 is 125-2000 MiB/s as documented on {}; got 124 (an AWS service limit that has changed before)",
                limits::CHECKED
            )
        )]
    );
    // Out of range is reported alone, not also against the IOPS ratio.
    assert_eq!(
        gp3_throughput(2_001, None),
        [warning(
            DATA_THROUGHPUT,
            Code::OutOfRange,
            &limit("gp3 ", 125, 2_000, "MiB/s", 2_001)
        )]
    );
}

#[test]
fn gp3_throughput_is_at_most_a_quarter_mib_s_per_iops() {
    // Baseline 3,000 IOPS: 750 MiB/s.
    assert_clean(&gp3_throughput(750, None));
    assert_eq!(
        gp3_throughput(751, None),
        [warning(
            DATA_THROUGHPUT,
            Code::OutOfRange,
            &format!(
                "gp3 allows at most 0.25 MiB/s per IOPS: 750 MiB/s at 3000 IOPS; got 751 (AWS service limit, {})",
                limits::CHECKED
            )
        )]
    );
    // 2,000 MiB/s needs 8,000 IOPS: 7,999 allows 1,999.75.
    assert_clean(&gp3_throughput(1_999, Some(7_999)));
    assert_kinds(
        &gp3_throughput(2_000, Some(7_999)),
        &[(DATA_THROUGHPUT, Code::OutOfRange, W)],
    );
    assert_clean(&gp3_throughput(1_000, Some(4_000)));
    assert_kinds(
        &gp3_throughput(1_001, Some(4_000)),
        &[(DATA_THROUGHPUT, Code::OutOfRange, W)],
    );
}

#[test]
fn limits_are_not_checked_without_a_known_type() {
    // Only the missing VolumeType for Iops, no OutOfRange.
    assert_kinds(
        &with_root_ebs(|e| {
            e.volume_size = Some(1_000_000);
            e.iops = Some(1_000_000);
        }),
        &[("BlockDeviceMappings[0].Ebs.Iops", Code::Conflict, W)],
    );
    assert_clean(&with_root_ebs(|e| e.volume_size = Some(1_000_000)));
}

// ---------------------------------------------------------------------------------------------
// The root volume: ImageLocation or RootDeviceName with a mapping; st1/sc1 can't boot

#[test]
fn no_image_location_and_no_root_device_name_is_a_warning() {
    assert_eq!(
        with(|i| i.root_device_name = None),
        [warning(
            "RootDeviceName",
            Code::Required,
            "give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume"
        )]
    );
    assert_eq!(
        validate(&RegisterImageInput {
            name: Some("my-ami".into()),
            ..Default::default()
        }),
        [warning(
            "RootDeviceName",
            Code::Required,
            "give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume"
        )]
    );
}

#[test]
fn image_location_alone_is_enough() {
    assert_clean(&validate(&RegisterImageInput {
        name: Some("my-ami".into()),
        image_location: Some("my-bucket/image.manifest.xml".into()),
        ..Default::default()
    }));
}

#[test]
fn root_device_name_without_its_mapping_is_a_warning() {
    assert_eq!(
        with(|i| i.root_device_name = Some("/dev/sda1".into())),
        [warning(
            "BlockDeviceMappings",
            Code::Required,
            "no block device mapping for the RootDeviceName \"/dev/sda1\", and no ImageLocation"
        )]
    );
    assert_kinds(
        &with(|i| i.block_device_mappings.clear()),
        &[("BlockDeviceMappings", Code::Required, W)],
    );
    // With an ImageLocation, the root comes from the manifest.
    assert_clean(&with(|i| {
        i.root_device_name = Some("/dev/sda1".into());
        i.image_location = Some("my-bucket/image.manifest.xml".into());
    }));
}

#[test]
fn st1_or_sc1_as_the_root_volume_is_a_warning() {
    for t in ["st1", "sc1"] {
        assert_eq!(
            with_root_ebs(|e| e.volume_type = Some(t.into())),
            [warning(
                "BlockDeviceMappings[0].Ebs.VolumeType",
                Code::NotSupported,
                &format!("{t} volumes can't be boot volumes, and this is the root device")
            )]
        );
    }
    // Found by device name, not by position.
    assert_kinds(
        &with(|i| {
            i.root_device_name = Some("/dev/sdb".into());
            i.block_device_mappings.push(BlockDeviceMapping {
                device_name: Some("/dev/sdb".into()),
                ebs: Some(EbsBlockDevice {
                    volume_type: Some("sc1".into()),
                    volume_size: Some(125),
                    ..Default::default()
                }),
                ..Default::default()
            });
        }),
        &[(
            "BlockDeviceMappings[1].Ebs.VolumeType",
            Code::NotSupported,
            W,
        )],
    );
}

#[test]
fn st1_or_sc1_as_a_data_volume_is_allowed() {
    for t in ["st1", "sc1"] {
        assert_clean(&sized(t, 125, None));
    }
    for t in ["gp2", "gp3", "standard"] {
        assert_clean(&with_root_ebs(|e| e.volume_type = Some(t.into())));
    }
}

// ---------------------------------------------------------------------------------------------
// EnaSupport / SriovNetSupport need an HVM AMI

#[test]
fn ena_support_without_hvm_is_a_warning() {
    assert_eq!(
        with(|i| {
            i.virtualization_type = None;
            i.ena_support = Some(true);
        }),
        [warning(
            "EnaSupport",
            Code::Conflict,
            "EnaSupport is only for HVM AMIs; this AMI is paravirtual (the default when VirtualizationType is not set), and its instances may be unreachable"
        )]
    );
    assert_eq!(
        with(|i| {
            i.virtualization_type = Some("paravirtual".into());
            i.ena_support = Some(true);
        }),
        [warning(
            "EnaSupport",
            Code::Conflict,
            "EnaSupport is only for HVM AMIs; this AMI is \"paravirtual\", and its instances may be unreachable"
        )]
    );
}

#[test]
fn ena_support_false_or_with_hvm_is_allowed() {
    assert_clean(&with(|i| i.ena_support = Some(true)));
    assert_clean(&with(|i| {
        i.virtualization_type = None;
        i.ena_support = Some(false);
    }));
}

#[test]
fn sriov_net_support_without_hvm_is_a_warning() {
    assert_eq!(
        with(|i| {
            i.virtualization_type = Some("paravirtual".into());
            i.sriov_net_support = Some("simple".into());
        }),
        [warning(
            "SriovNetSupport",
            Code::Conflict,
            "SriovNetSupport is only for HVM AMIs; this AMI is \"paravirtual\", and its instances may be unreachable"
        )]
    );
    // "HVM" (an error with its fix) silences the advice that reads it; an unknown SriovNetSupport
    // value is a warning.
    assert_kinds(
        &with(|i| {
            i.virtualization_type = Some("HVM".into());
            i.sriov_net_support = Some("yes".into());
            i.ena_support = Some(true);
        }),
        &[
            ("VirtualizationType", Code::NotAllowedValue, E),
            ("SriovNetSupport", Code::NotAllowedValue, W),
        ],
    );
    // A virtualization type this package does not know: the advice names it.
    assert_kinds(
        &with(|i| {
            i.virtualization_type = Some("nitro".into());
            i.sriov_net_support = Some("yes".into());
            i.ena_support = Some(true);
        }),
        &[
            ("VirtualizationType", Code::NotAllowedValue, W),
            ("SriovNetSupport", Code::NotAllowedValue, W),
            ("SriovNetSupport", Code::Conflict, W),
            ("EnaSupport", Code::Conflict, W),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Tag specifications: ResourceType image, given once; at least one tag (a warning); keys
// present, not empty, not aws:, unique per spec; key 128 / value 256 characters and 50 tags
// (service limits, warnings)

fn with_tags(specs: Vec<TagSpecification>) -> Vec<Issue> {
    with(|i| i.tag_specifications = specs)
}

#[test]
fn resource_type_image_is_allowed() {
    assert_clean(&with_tags(vec![image_spec(tags(&["a"]))]));
}

#[test]
fn resource_type_other_than_image_is_refused() {
    assert_eq!(
        with_tags(vec![TagSpecification {
            resource_type: Some("snapshot".into()),
            tags: tags(&["a"]),
        }]),
        [error(
            "TagSpecifications[0].ResourceType",
            Code::NotAllowedValue,
            "must be \"image\": RegisterImage can tag only the new AMI; got \"snapshot\""
        )]
    );
    for t in ["Image", "images", ""] {
        assert_kinds(
            &with_tags(vec![TagSpecification {
                resource_type: Some(t.into()),
                tags: tags(&["a"]),
            }]),
            &[(
                "TagSpecifications[0].ResourceType",
                Code::NotAllowedValue,
                E,
            )],
        );
    }
}

#[test]
fn resource_type_absent_with_tags_is_refused() {
    // API_TagSpecification: "When you specify a tag, you must specify the resource type to tag,
    // otherwise the request will fail."
    assert_eq!(
        with_tags(vec![
            image_spec(tags(&["a"])),
            TagSpecification {
                resource_type: None,
                tags: tags(&["b"]),
            }
        ]),
        [error(
            "TagSpecifications[1].ResourceType",
            Code::Required,
            "is required: set it to \"image\" to tag the new AMI (EC2 refuses tags without a resource type)"
        )]
    );
}

#[test]
fn resource_type_absent_without_tags_is_a_warning() {
    // Such a specification sends nothing at all, which AWS accepts; both of its members warn.
    assert_eq!(
        with_tags(vec![TagSpecification::default()]),
        [
            warning(
                "TagSpecifications[0].ResourceType",
                Code::Required,
                "set ResourceType to \"image\" to tag the new AMI"
            ),
            warning(
                "TagSpecifications[0].Tags",
                Code::Required,
                "a tag specification needs at least one tag: an empty Tags list is left out of the request, and EC2 refuses a specification without tags elsewhere (\"Tag specification must have at least one tag\"); add a tag or remove the specification"
            ),
        ]
    );
}

#[test]
fn a_second_image_specification_is_a_duplicate() {
    assert_clean(&with_tags(vec![image_spec(tags(&["a"]))]));
    assert_eq!(
        with_tags(vec![image_spec(tags(&["a"])), image_spec(tags(&["b"]))]),
        [error(
            "TagSpecifications[1].ResourceType",
            Code::Duplicate,
            "\"image\" is already given by TagSpecifications[0]; each resource type can appear once, so put all the AMI's tags there"
        )]
    );
    // Each later one names the first; specifications that are not "image" do not count.
    assert_kinds(
        &with_tags(vec![
            TagSpecification {
                resource_type: Some("snapshot".into()),
                tags: tags(&["a"]),
            },
            TagSpecification {
                resource_type: None,
                tags: tags(&["b"]),
            },
            image_spec(tags(&["c"])),
            image_spec(tags(&["d"])),
            image_spec(tags(&["e"])),
        ]),
        &[
            (
                "TagSpecifications[0].ResourceType",
                Code::NotAllowedValue,
                E,
            ),
            ("TagSpecifications[1].ResourceType", Code::Required, E),
            ("TagSpecifications[3].ResourceType", Code::Duplicate, E),
            ("TagSpecifications[4].ResourceType", Code::Duplicate, E),
        ],
    );
    let issues = with_tags(vec![
        image_spec(tags(&["a"])),
        image_spec(tags(&["b"])),
        image_spec(tags(&["c"])),
    ]);
    assert!(
        issues[1].message.contains("TagSpecifications[0]"),
        "{issues:#?}"
    );
}

#[test]
fn an_empty_tags_list_is_a_warning() {
    // One tag is enough. With none, the SDK sends `TagSpecification.1.ResourceType=image` alone
    // (as in public vectors 11 and 16), so only a warning.
    assert_clean(&with_tags(vec![image_spec(tags(&["a"]))]));
    assert_eq!(
        with_tags(vec![image_spec(vec![])]),
        [warning(
            "TagSpecifications[0].Tags",
            Code::Required,
            "a tag specification needs at least one tag: an empty Tags list is left out of the request, and EC2 refuses a specification without tags elsewhere (\"Tag specification must have at least one tag\"); add a tag or remove the specification"
        )]
    );
}

#[test]
fn tag_key_absent_is_refused() {
    assert_eq!(
        with_tags(vec![image_spec(vec![Tag {
            key: None,
            value: Some("v".into()),
        }])]),
        [error(
            "TagSpecifications[0].Tags[0].Key",
            Code::Required,
            "every tag needs a Key"
        )]
    );
}

#[test]
fn tag_key_empty_is_refused() {
    assert_eq!(
        with_tags(vec![image_spec(tags(&["a", ""]))]),
        [error(
            "TagSpecifications[0].Tags[1].Key",
            Code::TooShort,
            "must not be empty"
        )]
    );
    // One character is enough; two empty keys are each empty, not duplicates.
    assert_clean(&with_tags(vec![image_spec(tags(&["a"]))]));
    assert_kinds(
        &with_tags(vec![image_spec(tags(&["", ""]))]),
        &[
            ("TagSpecifications[0].Tags[0].Key", Code::TooShort, E),
            ("TagSpecifications[0].Tags[1].Key", Code::TooShort, E),
        ],
    );
}

#[test]
fn tag_key_with_the_aws_prefix_is_refused() {
    assert_eq!(
        with_tags(vec![image_spec(tags(&["aws:cloudformation:stack-name"]))]),
        [error(
            "TagSpecifications[0].Tags[0].Key",
            Code::NotAllowedValue,
            "tag keys starting with \"aws:\" are reserved for AWS; got \"aws:cloudformation:stack-name\""
        )]
    );
    assert_kinds(
        &with_tags(vec![image_spec(tags(&["aws:"]))]),
        &[("TagSpecifications[0].Tags[0].Key", Code::NotAllowedValue, E)],
    );
    // Only the prefix is reserved.
    assert_clean(&with_tags(vec![image_spec(tags(&[
        "aws", "awsx:", "my:aws:", "aws-key", "aws_key",
    ]))]));
}

#[test]
fn duplicate_tag_key_in_one_spec_is_reported_at_the_later_tag() {
    assert_eq!(
        with_tags(vec![image_spec(tags(&["a", "b", "a", "a"]))]),
        [
            error(
                "TagSpecifications[0].Tags[2].Key",
                Code::Duplicate,
                "the key \"a\" is already used by Tags[0]; each key can be used once"
            ),
            error(
                "TagSpecifications[0].Tags[3].Key",
                Code::Duplicate,
                "the key \"a\" is already used by Tags[0]; each key can be used once"
            ),
        ]
    );
    // Keys are case-sensitive.
    assert_clean(&with_tags(vec![image_spec(tags(&[
        "Name", "name", "NAME",
    ]))]));
}

#[test]
fn same_tag_key_in_two_specs_is_a_warning_at_the_later_one() {
    // Both specifications tag the same AMI, which has one value per key. The second "image"
    // specification is itself an error; the key is reported too, so the user sees what to merge.
    let issues = with_tags(vec![
        image_spec(tags(&["a", "b"])),
        image_spec(tags(&["a"])),
    ]);
    assert_kinds(
        &issues,
        &[
            ("TagSpecifications[1].ResourceType", Code::Duplicate, E),
            ("TagSpecifications[1].Tags[0].Key", Code::Duplicate, W),
        ],
    );
    assert_eq!(
        issues[1],
        warning(
            "TagSpecifications[1].Tags[0].Key",
            Code::Duplicate,
            "the key \"a\" is also set by TagSpecifications[0]; the AMI can have one value per key",
        )
    );
}

#[test]
fn tag_key_of_128_characters_is_allowed() {
    assert_clean(&with_tags(vec![image_spec(vec![Tag {
        key: Some(repeat('k', 128)),
        value: None,
    }])]));
    assert_clean(&with_tags(vec![image_spec(vec![Tag {
        key: Some(repeat('é', 128)),
        value: None,
    }])]));
}

#[test]
fn tag_key_of_129_characters_is_a_warning() {
    assert_eq!(
        with_tags(vec![image_spec(vec![Tag {
            key: Some(repeat('é', 129)),
            value: None,
        }])]),
        [warning(
            "TagSpecifications[0].Tags[0].Key",
            Code::TooLong,
            &format!(
                "tag keys are at most 128 characters (EC2 User Guide, {}); it has 129",
                limits::CHECKED
            )
        )]
    );
}

#[test]
fn tag_value_of_256_characters_is_allowed() {
    for value in [repeat('v', 256), repeat('é', 256), String::new()] {
        assert_clean(&with_tags(vec![image_spec(vec![Tag {
            key: Some("k".into()),
            value: Some(value),
        }])]));
    }
}

#[test]
fn tag_value_of_257_characters_is_a_warning() {
    assert_eq!(
        with_tags(vec![image_spec(vec![Tag {
            key: Some("k".into()),
            value: Some(repeat('v', 257)),
        }])]),
        [warning(
            "TagSpecifications[0].Tags[0].Value",
            Code::TooLong,
            &format!(
                "tag values are at most 256 characters (EC2 User Guide, {}); it has 257",
                limits::CHECKED
            )
        )]
    );
}

#[test]
fn fifty_tags_are_allowed() {
    assert_clean(&with_tags(vec![image_spec(numbered_tags(0, 50))]));
    // Across two specifications: the second "image" is a duplicate, but 50 tags are not too many.
    assert_kinds(
        &with_tags(vec![
            image_spec(numbered_tags(0, 30)),
            image_spec(numbered_tags(30, 20)),
        ]),
        &[("TagSpecifications[1].ResourceType", Code::Duplicate, E)],
    );
}

#[test]
fn the_51st_tag_is_a_warning() {
    assert_eq!(
        with_tags(vec![image_spec(numbered_tags(0, 51))]),
        [warning(
            "TagSpecifications[0].Tags[50]",
            Code::TooMany,
            &format!(
                "a resource can have at most 50 tags; this is tag 51 (EC2 User Guide, {})",
                limits::CHECKED
            )
        )]
    );
    // Reported once, at the 51st.
    assert_kinds(
        &with_tags(vec![image_spec(numbered_tags(0, 60))]),
        &[("TagSpecifications[0].Tags[50]", Code::TooMany, W)],
    );
}

#[test]
fn tags_are_counted_across_specifications() {
    assert_kinds(
        &with_tags(vec![
            image_spec(numbered_tags(0, 30)),
            image_spec(numbered_tags(30, 21)),
        ]),
        &[
            ("TagSpecifications[1].ResourceType", Code::Duplicate, E),
            ("TagSpecifications[1].Tags[20]", Code::TooMany, W),
        ],
    );
}

#[test]
fn tag_issues_come_before_the_count_warning() {
    let mut many = numbered_tags(0, 51);
    many[50].key = Some(repeat('k', 129));
    many[50].value = Some(repeat('v', 257));
    assert_kinds(
        &with_tags(vec![image_spec(many)]),
        &[
            ("TagSpecifications[0].Tags[50].Key", Code::TooLong, W),
            ("TagSpecifications[0].Tags[50].Value", Code::TooLong, W),
            ("TagSpecifications[0].Tags[50]", Code::TooMany, W),
        ],
    );
}

#[test]
fn aws_prefixed_tags_do_not_count_toward_the_limit() {
    // 50 tags of the user's plus one reserved key: the key is refused, but the resource still
    // has only 50 tags that count, so there is no TooMany warning.
    let mut many = numbered_tags(0, 50);
    many.push(Tag {
        key: Some("aws:x".into()),
        value: Some("v".into()),
    });
    assert_kinds(
        &with_tags(vec![image_spec(many)]),
        &[(
            "TagSpecifications[0].Tags[50].Key",
            Code::NotAllowedValue,
            E,
        )],
    );
}

/// UefiData is decoded slice by slice (1,024 characters) through a small buffer: padding at
/// the end of a slice that is not the end of the data, and errors in later slices, keep their
/// positions in the whole.
#[test]
fn uefi_data_errors_past_the_first_slice_keep_their_position() {
    let message = |data: String| {
        let issues = with(|i| i.uefi_data = Some(data));
        assert_eq!(issues.len(), 1, "{issues:?}");
        issues[0].message.clone()
    };
    let prefix = "must be standard Base64 (A-Z a-z 0-9 + / with = padding, no line breaks): ";
    let mut padded_slice = "A".repeat(1022) + "==";
    padded_slice.push_str(&"A".repeat(1024));
    assert_eq!(
        message(padded_slice),
        format!("{prefix}'=' at position 1022 is not allowed there")
    );
    let bad_last = "A".repeat(2048) + "AB==";
    assert_eq!(
        message(bad_last),
        format!("{prefix}'B' at position 2049 is not allowed there")
    );
    assert!(with(|i| i.uefi_data = Some("A".repeat(3000) + "AA==")).is_empty());
}

/// The hand-written Base64 check finds what the base64 crate's standard engine finds, at the
/// same place, on every string of up to 7 characters over an alphabet that covers every case
/// (`A` = 0, `B` = 1, `Q` = 16, `R` = 17, `g` = 32, `/` = 63, and `=`).
#[test]
fn base64_check_equals_the_base64_crate() {
    use super::{base64_error, Base64Error};
    use base64::Engine as _;
    let alphabet = *b"AQR/=gB";
    for len in 0..=7u32 {
        for mut k in 0..7usize.pow(len) {
            let data: Vec<u8> = (0..len)
                .map(|_| {
                    let b = alphabet[k % 7];
                    k /= 7;
                    b
                })
                .collect();
            let crate_says = match base64::engine::general_purpose::STANDARD.decode(&data) {
                Ok(_) => None,
                Err(base64::DecodeError::InvalidByte(at, b))
                | Err(base64::DecodeError::InvalidLastSymbol(at, b)) => {
                    Some(Base64Error::Misplaced(at, b))
                }
                Err(base64::DecodeError::InvalidLength(_)) => Some(Base64Error::Length),
                Err(base64::DecodeError::InvalidPadding) => Some(Base64Error::Padding),
            };
            assert_eq!(
                base64_error(&data, data.iter().position(|b| *b == b'=')),
                crate_says,
                "{:?}",
                String::from_utf8_lossy(&data)
            );
        }
    }
}

/// Every member the table types as an enumeration, reached in a one-item list where it is
/// nested, gets an issue at its own path when its value is not one of the documented ones: a
/// rule for a new enumerated member cannot be forgotten.
#[test]
fn every_enumerated_member_is_checked() {
    use crate::collect::Path;
    use crate::model::{FieldMut, Model, Shape, Type};

    /// Sets the string member at `route` (member indexes, through structures and the first item
    /// of lists) to `value`, making what is on the way; returns the member's path as shown.
    fn set(model: &mut dyn Model, route: &[usize], value: &str, at: &Path) -> String {
        let shape = model.shape();
        let member = &shape.members[route[0]];
        let at = at.key(member.name);
        match model.field_mut(route[0]).unwrap() {
            FieldMut::Str(f) => {
                *f = Some(value.into());
                at.path().to_string()
            }
            FieldMut::Struct(f) => set(f.get_or_default(), &route[1..], value, &at),
            FieldMut::Structs(f) => set(f.push_default(), &route[1..], value, &at.index(0)),
            _ => unreachable!("{} is not a string or a structure", member.name),
        }
    }

    fn routes(
        shape: &'static Shape,
        prefix: Vec<usize>,
        out: &mut Vec<(Vec<usize>, &'static str)>,
    ) {
        for (i, m) in shape.members.iter().enumerate() {
            let mut route = prefix.clone();
            route.push(i);
            match m.ty {
                Type::Enum { .. } => out.push((route, m.name)),
                Type::Struct(s) | Type::Structs(s) => routes(s, route, out),
                _ => {}
            }
        }
    }

    let mut all = Vec::new();
    routes(&RegisterImageInput::SHAPE, Vec::new(), &mut all);
    assert!(all.len() >= 8, "{all:?}");
    for (route, name) in all {
        let Type::Enum { values, .. } = member_at(&RegisterImageInput::SHAPE, &route).ty else {
            unreachable!()
        };
        // A value AWS may have added: a warning, and the body carries it; strict blocks it.
        // ResourceType is the exception: "If you specify another value ... the request fails."
        let mut input = RegisterImageInput::default();
        let path = set(&mut input, &route, "not-a-documented-value", &Path::Root);
        let issues = validate(&input);
        let found: Vec<_> = issues
            .iter()
            .filter(|i| i.path == path.as_str() && i.code == Code::NotAllowedValue)
            .collect();
        assert_eq!(found.len(), 1, "{name}: at {path}: {issues:#?}");
        input.name = Some("web".into());
        input.image_location = Some("b/m.xml".into());
        for m in &mut input.block_device_mappings {
            m.device_name = Some("/dev/sdb".into());
            if let Some(ebs) = &mut m.ebs {
                ebs.volume_size = Some(8);
            }
        }
        let plain = crate::api::encode_with(&input, crate::api::Options::default());
        let strict = crate::api::encode_with(&input, crate::api::Options { strict: true });
        if name == "ResourceType" {
            assert_eq!(found[0].severity, E, "{name}");
            assert!(plain.is_err(), "{name}");
        } else {
            assert_eq!(found[0].severity, W, "{name}");
            let body = plain.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                body.contains(&format!(".{name}=not-a-documented-value"))
                    || body.contains(&format!("&{name}=not-a-documented-value")),
                "{name}: {body}"
            );
            assert!(strict.is_err(), "{name}");
        }
        // A known value in capitals, with a dash for each separator: an error with its fix.
        for value in values {
            let variant: String = value
                .chars()
                .map(|c| match c {
                    '_' | '.' => '-',
                    c => c.to_ascii_uppercase(),
                })
                .collect();
            if variant == *value {
                continue;
            }
            let mut input = RegisterImageInput::default();
            let path = set(&mut input, &route, &variant, &Path::Root);
            let issues = validate(&input);
            let issue = issues
                .iter()
                .find(|i| i.path == path.as_str() && i.code == Code::NotAllowedValue)
                .unwrap_or_else(|| panic!("{name} {variant}: {issues:#?}"));
            assert_eq!(issue.severity, E, "{name} {variant}");
            assert_eq!(
                issue.fix,
                Some(crate::issue::Fix::Replace(
                    crate::issue::Replacement::String(value)
                )),
                "{name} {variant}"
            );
        }
    }
}

/// The member at `route` (member indexes through structures and lists).
fn member_at(
    shape: &'static crate::model::Shape,
    route: &[usize],
) -> &'static crate::model::Member {
    let member = &shape.members[route[0]];
    match member.ty.shape() {
        Some(inner) if route.len() > 1 => member_at(inner, &route[1..]),
        _ => member,
    }
}
