//! Properties of encoding, for any input (valid or not: `encode_unchecked` writes whatever it is
//! given, so these hold for every body the library can produce).
#![cfg(not(target_arch = "wasm32"))]

use ec2_register_image::*;
use proptest::option::of;
use proptest::prelude::*;

/// Strings heavy in the characters that could smuggle a parameter, plus any Unicode.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9&=%+;#?/ ~*'()!\\[\\]._-]{0,12}",
        any::<String>(),
        Just("x&Action=DeleteVolume&VolumeId=vol-1".to_string()),
        Just("%26%3D+".to_string()),
    ]
}

prop_compose! {
    fn tag()(key in of(text()), value in of(text())) -> Tag { Tag { key, value } }
}
prop_compose! {
    fn tag_spec()(resource_type in of(text()), tags in prop::collection::vec(tag(), 0..3)) -> TagSpecification {
        TagSpecification { resource_type, tags }
    }
}
prop_compose! {
    fn ebs()(
        (delete_on_termination, encrypted) in (of(any::<bool>()), of(any::<bool>())),
        (iops, volume_size, throughput) in (of(any::<i32>()), of(any::<i32>()), of(any::<i32>())),
        (volume_initialization_rate, ebs_card_index) in (of(any::<i32>()), of(any::<i32>())),
        (snapshot_id, volume_type, kms_key_id) in (of(text()), of(text()), of(text())),
        (outpost_arn, availability_zone, availability_zone_id) in (of(text()), of(text()), of(text())),
    ) -> EbsBlockDevice {
        EbsBlockDevice {
            delete_on_termination, iops, snapshot_id, volume_size, volume_type, kms_key_id,
            throughput, outpost_arn, availability_zone, encrypted, volume_initialization_rate,
            availability_zone_id, ebs_card_index,
        }
    }
}
prop_compose! {
    fn mapping()(ebs in of(ebs()), no_device in of(text()), device_name in of(text()), virtual_name in of(text())) -> BlockDeviceMapping {
        BlockDeviceMapping { ebs, no_device, device_name, virtual_name }
    }
}
prop_compose! {
    fn input()(
        (name, image_location, boot_mode, tpm_support, uefi_data, imds_support) in
            (of(text()), of(text()), of(text()), of(text()), of(text()), of(text())),
        (description, architecture, kernel_id, ramdisk_id, root_device_name) in
            (of(text()), of(text()), of(text()), of(text()), of(text())),
        (virtualization_type, sriov_net_support, dry_run, ena_support) in
            (of(text()), of(text()), of(any::<bool>()), of(any::<bool>())),
        billing_products in prop::collection::vec(text(), 0..3),
        tag_specifications in prop::collection::vec(tag_spec(), 0..3),
        block_device_mappings in prop::collection::vec(mapping(), 0..4),
    ) -> RegisterImageInput {
        RegisterImageInput {
            name, image_location, billing_products, boot_mode, tpm_support, uefi_data,
            imds_support, tag_specifications, dry_run, description, architecture, kernel_id,
            ramdisk_id, root_device_name, block_device_mappings, virtualization_type,
            sriov_net_support, ena_support,
        }
    }
}

/// `input` with every list item that would write nothing given a member, so that the body keeps
/// its index (the SDK leaves an empty item's index unused, and `parse_body` refuses the gap).
fn filled(mut input: RegisterImageInput) -> RegisterImageInput {
    for m in &mut input.block_device_mappings {
        if m.no_device.is_none() && m.device_name.is_none() && m.virtual_name.is_none() {
            m.device_name = Some("/dev/sdf".into());
        }
    }
    for spec in &mut input.tag_specifications {
        for tag in &mut spec.tags {
            tag.key.get_or_insert_with(|| "k".into());
        }
        spec.resource_type.get_or_insert_with(|| "image".into());
    }
    input
}

/// An `Ebs` with no member writes nothing, so it reads back as no `Ebs`.
fn without_empty_ebs(mut input: RegisterImageInput) -> RegisterImageInput {
    for m in &mut input.block_device_mappings {
        if m.ebs == Some(EbsBlockDevice::default()) {
            m.ebs = None;
        }
    }
    input
}

#[path = "common/parameters.rs"]
mod common_parameters;
use common_parameters::parameters;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// A standard form decoder gives back exactly the input's parameters: nothing a value holds
    /// (`&`, `=`, `%`, `+`, any Unicode) can add, split or change a parameter.
    #[test]
    fn decoding_the_body_gives_back_the_parameters(input in input()) {
        let body = encode_unchecked(&input);
        let decoded: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
        prop_assert_eq!(decoded, parameters(&input));
    }

    /// `parse_body` gives back the input of any body (lists and members that write nothing
    /// aside), in any parameter order, with `+` or `%20` for a space.
    #[test]
    fn parsing_the_body_gives_back_the_input(input in input()) {
        let input = filled(input);
        let body = encode_unchecked(&input);
        let expected = without_empty_ebs(input);
        prop_assert_eq!(&parse_body(&body).unwrap(), &expected);
        let mut pairs: Vec<&str> = body.split('&').collect();
        pairs.reverse();
        let botocore_style = pairs.join("&").replace("%20", "+");
        prop_assert_eq!(&parse_body(&botocore_style).unwrap(), &expected);
    }

    /// Any text at all gets issues or an input, never a panic; an input it accepts encodes to
    /// a body that reads back to the same input.
    #[test]
    fn any_body_is_parsed_or_refused(text in prop_oneof![
        any::<String>(),
        "(Action=RegisterImage&Version=2016-11-15)?(&?(Name|BlockDeviceMapping|\\.|[0-9]|Ebs|Iops|Tag|=|%|[A-F]|\\+)){0,20}",
    ]) {
        if let Ok(input) = parse_body(&text) {
            prop_assert_eq!(parse_body(&encode_unchecked(&input)).unwrap(), input);
        }
    }

    /// Only the unreserved characters and the pair syntax appear in a body: no space, no `+`.
    #[test]
    fn bodies_are_plain_ascii(input in input()) {
        let body = encode_unchecked(&input);
        prop_assert!(body.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=".contains(&b)), "{}", body);
    }

    /// UefiData's check (alphabet scan, then only the last group through the base64 crate)
    /// accepts exactly what the crate's full standard decoding accepts.
    #[test]
    fn uefi_data_check_agrees_with_full_base64_decoding(data in "[A-Za-z0-9+/=]{0,24}|[A-Za-z0-9+/]{0,3000}={0,2}") {
        use base64::Engine as _;
        let input = RegisterImageInput { uefi_data: Some(data.clone()), ..Default::default() };
        let refused = validate(&input).iter().any(|i| i.code == Code::InvalidBase64);
        prop_assert_eq!(refused, base64::engine::general_purpose::STANDARD.decode(&data).is_err());
    }

    /// Checking is a pure function: the same input gives the same issues and body every time.
    #[test]
    fn results_are_the_same_on_every_call(input in input()) {
        prop_assert_eq!(validate(&input), validate(&input));
        prop_assert_eq!(encode(&input), encode(&input));
    }
}

/// Found by `results_are_the_same_on_every_call`: a Base64 error offset inside a multi-byte
/// character made the message code slice a string mid-character and panic.
#[test]
fn uefi_data_error_inside_a_multibyte_character() {
    let input = RegisterImageInput {
        uefi_data: Some("%$)ꡁ\u{fffd}¡v:bహ@ঐ𑱐i${ೈἢ𐩶ਅ'¥\"🢒ᨽቚ𑃂꧞𐼝ₚ".into()),
        ..Default::default()
    };
    let issue = validate(&input)
        .into_iter()
        .find(|i| i.path == "UefiData")
        .unwrap();
    assert_eq!(issue.code, Code::InvalidBase64);
    assert_eq!(
        issue.message,
        "must be standard Base64 (A-Z a-z 0-9 + / with = padding, no line breaks): '%' at position 0 is not a Base64 character"
    );
}

/// The values each member is drawn from: few, so that names match (a root device and its
/// mapping, a repeated tag key) and every rule that reads another member gets to fire.
fn pool(key: &str) -> Vec<serde_json::Value> {
    use serde_json::json;
    let values = match key {
        "Name" => json!(["web", "ab"]),
        "ImageLocation" => json!(["bucket/web.manifest.xml"]),
        "RootDeviceName" | "DeviceName" => json!(["/dev/xvda", "/dev/sdb", ""]),
        "VirtualizationType" => json!(["hvm", "paravirtual", "HVM"]),
        "SriovNetSupport" => json!(["simple"]),
        "EnaSupport" | "Encrypted" | "DeleteOnTermination" => json!([true, false]),
        "BootMode" => json!(["uefi", "UEFI"]),
        "VirtualName" => json!(["ephemeral0", "eph"]),
        "SnapshotId" => json!(["snap-1234567890abcdef0", "snap-x"]),
        "VolumeSize" => json!([8, 0, 99999]),
        "VolumeType" => json!(["gp2", "gp3", "io1", "st1", "GP3"]),
        "Iops" => json!([100, 3000, 0]),
        "Throughput" => json!([125, 2000]),
        "VolumeInitializationRate" => json!([100, 500]),
        "AvailabilityZone" => json!(["us-east-1a"]),
        "AvailabilityZoneId" => json!(["use1-az1"]),
        "ResourceType" => json!(["image", "volume"]),
        "Key" => json!(["a", "b", "aws:x"]),
        "Value" => json!(["v"]),
        _ => json!([]),
    };
    values.as_array().cloned().unwrap_or_default()
}

/// An object with some of `keys`, each drawn from its pool.
fn members(
    keys: &'static [&'static str],
) -> impl Strategy<Value = serde_json::Map<String, serde_json::Value>> {
    let picks: Vec<_> = keys
        .iter()
        .map(|k| of(prop::sample::select(pool(k))).prop_map(move |v| (k.to_string(), v)))
        .collect();
    picks.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .collect()
    })
}

fn wrong_type_input() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let ebs = members(&[
        "SnapshotId",
        "VolumeSize",
        "VolumeType",
        "Iops",
        "Throughput",
        "Encrypted",
        "AvailabilityZone",
        "AvailabilityZoneId",
        "VolumeInitializationRate",
    ]);
    let mapping = (members(&["DeviceName", "VirtualName"]), of(ebs)).prop_map(|(mut m, ebs)| {
        if let Some(ebs) = ebs {
            m.insert("Ebs".into(), J::Object(ebs));
        }
        J::Object(m)
    });
    let spec = (
        members(&["ResourceType"]),
        of(prop::collection::vec(
            members(&["Key", "Value"]).prop_map(J::Object),
            0..3,
        )),
        any::<bool>(),
    )
        .prop_map(|(mut s, tags, null)| {
            if let Some(mut tags) = tags {
                // A `null` item is left out: paths on the model and in the input differ.
                if null {
                    tags.insert(0, J::Null);
                }
                s.insert("Tags".into(), J::Array(tags));
            }
            J::Object(s)
        });
    (
        members(&[
            "Name",
            "ImageLocation",
            "RootDeviceName",
            "VirtualizationType",
            "SriovNetSupport",
            "EnaSupport",
            "BootMode",
        ]),
        of(prop::collection::vec(mapping, 0..3)),
        of(prop::collection::vec(spec, 0..3)),
        any::<bool>(),
    )
        .prop_map(|(mut input, mappings, specs, null)| {
            if let Some(mut m) = mappings {
                if null {
                    m.insert(0, J::Null);
                }
                input.insert("BlockDeviceMappings".into(), J::Array(m));
            }
            if let Some(s) = specs {
                input.insert("TagSpecifications".into(), J::Array(s));
            }
            J::Object(input)
        })
}

/// The path of every member given in `value`, as JSON keys and indexes.
fn member_paths(
    value: &serde_json::Value,
    at: &mut Vec<serde_json::Value>,
    out: &mut Vec<Vec<serde_json::Value>>,
) {
    match value {
        serde_json::Value::Object(members) => {
            for (k, v) in members {
                at.push(k.as_str().into());
                out.push(at.clone());
                member_paths(v, at, out);
                at.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (n, v) in items.iter().enumerate() {
                at.push(n.into());
                member_paths(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

/// `value` with the member at `path` set to `new` (`None`: removed).
fn with_member(
    value: &serde_json::Value,
    path: &[serde_json::Value],
    new: Option<serde_json::Value>,
) -> serde_json::Value {
    let mut value = value.clone();
    let (last, outer) = path.split_last().unwrap();
    let mut parent = &mut value;
    for k in outer {
        parent = match k {
            serde_json::Value::String(k) => &mut parent[k.as_str()],
            _ => &mut parent[k.as_u64().unwrap() as usize],
        };
    }
    let members = parent.as_object_mut().unwrap();
    let key = last.as_str().unwrap();
    match new {
        // Set in place: the members keep their order.
        Some(new) => *members.get_mut(key).unwrap() = new,
        None => {
            members.remove(key);
        }
    }
    value
}

/// The issues of `value` as (path, code, message, severity), leaving out those at or inside
/// the member `member` (shown as a path).
fn issues_outside(
    value: &serde_json::Value,
    member: &str,
) -> std::collections::BTreeSet<(String, String, String, bool)> {
    let value: Value = serde_json::from_value(value.clone()).unwrap();
    check(&value)
        .issues
        .into_iter()
        .map(|i| {
            (
                i.path.to_string(),
                i.code.to_string(),
                i.message.clone(),
                i.is_error(),
            )
        })
        .filter(|(path, ..)| !inside(path, member))
        .collect()
}

fn inside(path: &str, member: &str) -> bool {
    path == member
        || path
            .strip_prefix(member)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    /// One message per mistake: a member of the wrong type gets its own issue, and the rest of
    /// the issues are exactly those that do not depend on it, the ones found whatever it holds
    /// (absent, or any value of its pool).
    #[test]
    fn a_member_of_the_wrong_type_is_reported_once(
        input in wrong_type_input(),
        pick in any::<prop::sample::Index>(),
    ) {
        use serde_json::{json, Value as J};
        let mut paths = Vec::new();
        member_paths(&input, &mut Vec::new(), &mut paths);
        prop_assume!(!paths.is_empty());
        let path = pick.get(&paths).clone();
        let shown = path.iter().fold(String::new(), |text, k| match k {
            J::String(k) if text.is_empty() => k.clone(),
            J::String(k) => format!("{text}.{k}"),
            n => format!("{text}[{n}]"),
        });
        let mut here = &input;
        for k in &path {
            here = match k { J::String(k) => &here[k.as_str()], n => &here[n.as_u64().unwrap() as usize] };
        }
        let wrong = match here {
            J::String(_) => json!(123),
            J::Number(_) => json!("abc"),
            J::Bool(_) => json!("yes"),
            J::Array(_) => json!("x"),
            _ => json!(5),
        };
        let key = path.last().and_then(J::as_str).unwrap_or_default();
        let mut candidates: Vec<Option<J>> = vec![None, Some(here.clone())];
        candidates.extend(pool(key).into_iter().map(Some));
        if key == "Tags" {
            candidates.extend([Some(json!([])), Some(json!([{"Key": "z"}]))]);
        }
        let mut expected: Option<std::collections::BTreeSet<_>> = None;
        for candidate in candidates {
            let found = issues_outside(&with_member(&input, &path, candidate), &shown);
            expected = Some(match expected {
                None => found,
                Some(e) => e.intersection(&found).cloned().collect(),
            });
        }

        let bad = with_member(&input, &path, Some(wrong));
        let all = check(&serde_json::from_value(bad.clone()).unwrap()).issues;
        let own: Vec<_> = all.iter().filter(|i| inside(&i.path.to_string(), &shown)).map(|i| (i.path.to_string(), i.code)).collect();
        prop_assert_eq!(own, vec![(shown.clone(), Code::WrongType)]);
        prop_assert_eq!(issues_outside(&bad, &shown), expected.unwrap(), "{}", bad);
    }
}
