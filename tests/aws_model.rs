//! The member table (src/model.rs) held to AWS's own model of `RegisterImage`: the extract
//! tests/data/aws-model.json that `scripts/refresh-model` (`make refresh-model`) writes from
//! botocore's EC2 model and @aws-sdk/client-ec2's schema. At every depth: the member sets, the
//! order the SDK writes them in, wire names, kinds, closed enumeration values, length limits
//! against the validator's constants, and required members. Each difference is a sentence a
//! maintainer acts on. The extract of botocore 1.34.22 (a fixture) shows that the comparison
//! notices what AWS added since.

#![cfg(not(target_arch = "wasm32"))]

use ec2_register_image::{
    check, Code, RegisterImageInput, Severity, Shape, Type, Value, AWS_MODEL,
    DESCRIPTION_MAX_CHARS, NAME_CHARS, UEFI_DATA_MAX_CHARS,
};
use serde_json::{json, Value as Json};

const MODEL: &str = include_str!("data/aws-model.json");
const OLD_MODEL: &str = include_str!("data/aws-model-botocore-1.34.22.json");

/// The model's name for a shape of the table (the input is `RegisterImageRequest` there).
fn model_name(shape: &Shape) -> &'static str {
    match shape.name {
        "RegisterImageInput" => "RegisterImageRequest",
        other => other,
    }
}

/// The length limits the validator checks, by the model's shape and member: `(min, max)` in
/// characters. A model limit missing here, or different, is a difference.
fn validator_lengths() -> Vec<(&'static str, &'static str, u64, u64)> {
    vec![
        (
            "RegisterImageRequest",
            "Name",
            NAME_CHARS.0 as u64,
            NAME_CHARS.1 as u64,
        ),
        (
            "RegisterImageRequest",
            "Description",
            0,
            DESCRIPTION_MAX_CHARS as u64,
        ),
        (
            "RegisterImageRequest",
            "UefiData",
            0,
            UEFI_DATA_MAX_CHARS as u64,
        ),
    ]
}

/// The input the required-member check starts from: every shape present, no error.
fn full_input() -> Json {
    json!({
        "Name": "web",
        "ImageLocation": "b/m.xml",
        "TagSpecifications": [{"ResourceType": "image", "Tags": [{"Key": "k", "Value": "v"}]}],
        "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "Ebs": {"VolumeSize": 8}}]
    })
}

/// The kind of a table member, spelt as the extract spells it.
fn kind(ty: Type) -> Json {
    match ty {
        Type::String | Type::Enum { .. } => json!({"kind": "string"}),
        Type::Integer => json!({"kind": "integer"}),
        Type::Boolean => json!({"kind": "boolean"}),
        Type::Struct(s) => json!({"kind": "structure", "shape": model_name(s)}),
        Type::Strings => json!({"kind": "list", "of": "string"}),
        Type::Structs(s) => json!({"kind": "list", "shape": model_name(s)}),
        // `Type` may grow: a kind this test does not spell differs from every extract's.
        _ => json!({"kind": "a kind this test does not know"}),
    }
}

fn quoted(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every difference between the member table and `model` (an extract), as sentences.
fn differences(model: &Json) -> Vec<String> {
    let source = format!(
        "botocore {}'s model",
        model["sources"]["botocore"]["version"]
            .as_str()
            .unwrap_or("?")
    );
    let sdk = model["sources"]["sdk"]["version"]
        .as_str()
        .map(|v| format!("@aws-sdk/client-ec2 {v}"));
    let mut out = Vec::new();
    let mut seen = Vec::new();
    shape(
        &RegisterImageInput::SHAPE,
        model,
        &source,
        sdk.as_deref(),
        &mut seen,
        &mut out,
    );
    out
}

fn shape(
    table: &'static Shape,
    model: &Json,
    source: &str,
    sdk: Option<&str>,
    seen: &mut Vec<&'static str>,
    out: &mut Vec<String>,
) {
    let name = model_name(table);
    if seen.contains(&name) {
        return;
    }
    seen.push(name);
    let Some(theirs) = model["shapes"][name]["members"].as_array() else {
        out.push(format!(
            "{name} is in the member table, not in {source} (no such shape)"
        ));
        return;
    };
    let member = |n: &str| theirs.iter().find(|m| m["name"] == n);
    for m in theirs {
        let n = m["name"].as_str().unwrap_or_default();
        if table.member(n).is_none() {
            out.push(format!(
                "{name}.{n} is in {source}, not in the member table (src/model.rs): add it (README \"Adding a member\")"
            ));
        }
    }
    for m in table.members {
        let Some(them) = member(m.name) else {
            out.push(format!(
                "{name}.{} is in the member table, not in {source}",
                m.name
            ));
            continue;
        };
        let at = format!("{name}.{}", m.name);
        if them["wire"] != m.wire {
            out.push(format!(
                "{at} is sent as \"{}\" by the member table, as {} in {source}",
                m.wire, them["wire"]
            ));
        }
        if let (Some(sdk), Some(wire)) = (sdk, them["sdkWire"].as_str()) {
            out.push(format!(
                "{at} is sent as \"{wire}\" by {sdk}, as {} in botocore: which is right?",
                them["wire"]
            ));
        }
        let want = kind(m.ty);
        let got = json!({"kind": them["kind"], "shape": them["shape"], "of": them["of"]});
        let want_full = json!({"kind": want["kind"], "shape": want["shape"], "of": want["of"]});
        if got != want_full {
            out.push(format!(
                "{at} is {} in the member table, {} in {source}",
                describe(&want_full),
                describe(&got)
            ));
        }
        enumeration(&at, m.ty, them, model, source, out);
        lengths(name, m.name, them, source, out);
        if let Some(inner) = m.ty.shape() {
            shape(inner, model, source, sdk, seen, out);
        }
    }
    // The order a body is written in: the SDK's.
    if let (Some(sdk), "sdk") = (sdk, model["shapes"][name]["order"].as_str().unwrap_or("")) {
        let ours: Vec<&str> = table.members.iter().map(|m| m.name).collect();
        let order: Vec<&str> = theirs.iter().filter_map(|m| m["name"].as_str()).collect();
        let common = |list: &[&str], other: &[&str]| -> Vec<String> {
            list.iter()
                .filter(|n| other.contains(n))
                .map(|n| n.to_string())
                .collect()
        };
        if common(&ours, &order) != common(&order, &ours) {
            out.push(format!(
                "{name}'s members are written in the order {} by {sdk}; the member table has {}",
                order.join(", "),
                ours.join(", ")
            ));
        }
    }
    // Required members: the validator reports each as missing (an error) when it is absent.
    for required in model["shapes"][name]["required"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let member = required.as_str().unwrap_or_default();
        if table.member(member).is_some() && !validator_requires(name, member) {
            out.push(format!(
                "{name}.{member} is required in {source}; validate() does not report it missing"
            ));
        }
    }
}

fn describe(kind: &Json) -> String {
    match (
        kind["kind"].as_str(),
        kind["shape"].as_str(),
        kind["of"].as_str(),
    ) {
        (Some("list"), Some(s), _) => format!("a list of {s}"),
        (Some("list"), _, Some(of)) => format!("a list of {of}s"),
        (Some("structure"), Some(s), _) => format!("the structure {s}"),
        (Some(k), _, _) if k.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {k}"),
        (Some(k), _, _) => format!("a {k}"),
        _ => "nothing".into(),
    }
}

/// The table's list against the model's: a closed list (`enumeration`) has the model's values,
/// no more, no fewer; a documented one of a model enumeration (`ResourceType`: RegisterImage
/// takes `image` only) names values of it; a documented one of a plain string has no
/// enumeration in the model.
fn enumeration(at: &str, ty: Type, them: &Json, model: &Json, source: &str, out: &mut Vec<String>) {
    let model_enum = them["enum"].as_str();
    let model_values: Vec<&str> = model_enum
        .and_then(|e| model["enums"][e].as_array())
        .into_iter()
        .flatten()
        .filter_map(Json::as_str)
        .collect();
    let Type::Enum { name, values, open } = ty else {
        if let Some(e) = model_enum {
            out.push(format!(
                "{at} is the enumeration {e} in {source} ({}); the member table has a plain member",
                quoted(&model_values)
            ));
        }
        return;
    };
    match (model_enum, open) {
        (None, false) => out.push(format!(
            "{at} is the closed list {name} in the member table, a plain string in {source}: make it documented(\"\", ...)"
        )),
        (None, true) if !name.is_empty() => out.push(format!(
            "{at} names the enumeration {name} in the member table; {source} has a plain string"
        )),
        (None, true) => {}
        (Some(e), _) if e != name => out.push(format!(
            "{at} is the enumeration {e} in {source}, {name:?} in the member table"
        )),
        (Some(_), false) => {
            for v in &model_values {
                if !values.contains(v) {
                    out.push(format!(
                        "{at} value \"{v}\" is in {source}, not in the member table's {name} (src/model.rs)"
                    ));
                }
            }
            for v in values {
                if !model_values.contains(v) {
                    out.push(format!(
                        "{at} value \"{v}\" is in the member table's {name}, not in {source}"
                    ));
                }
            }
        }
        (Some(_), true) => {
            for v in values {
                if !model_values.contains(v) {
                    out.push(format!(
                        "{at} value \"{v}\" is documented in the member table, not in {source}'s {name}"
                    ));
                }
            }
        }
    }
}

/// The model's min/max of a string member against the validator's constants: a limit the model
/// states must be the validator's. A limit only the docs state is the validator's own (botocore
/// 1.34.22 gave Name and Description none; the docs said 3-128 and 255 then too).
fn lengths(shape: &str, member: &str, them: &Json, source: &str, out: &mut Vec<String>) {
    let model = (them["min"].as_u64().unwrap_or(0), them["max"].as_u64());
    let ours = validator_lengths()
        .into_iter()
        .find(|(s, m, _, _)| *s == shape && *m == member);
    match (ours, model) {
        (None, (0, None)) => {}
        (None, (min, max)) => out.push(format!(
            "{shape}.{member} is {min}-{} characters in {source}; the validator checks no length (add a constant and a rule)",
            max.map_or("any".into(), |m| m.to_string())
        )),
        (Some(_), (0, None)) => {}
        (Some((_, _, min, max)), (their_min, their_max)) => {
            if (min, Some(max)) != (their_min, their_max) {
                out.push(format!(
                    "{shape}.{member} is {their_min}-{} characters in {source}, {min}-{max} in the validator's constants (src/model.rs)",
                    their_max.map_or("any".into(), |m| m.to_string())
                ));
            }
        }
    }
}

/// Whether `check` reports `member` of the model's `shape` as a missing member (an error) when
/// it is left out of an input with every shape present.
fn validator_requires(shape: &str, member: &str) -> bool {
    let mut input = full_input();
    let (container, path) = match shape {
        "RegisterImageRequest" => (&mut input, member.to_string()),
        "BlockDeviceMapping" => (
            &mut input["BlockDeviceMappings"][0],
            format!("BlockDeviceMappings[0].{member}"),
        ),
        "EbsBlockDevice" => (
            &mut input["BlockDeviceMappings"][0]["Ebs"],
            format!("BlockDeviceMappings[0].Ebs.{member}"),
        ),
        "TagSpecification" => (
            &mut input["TagSpecifications"][0],
            format!("TagSpecifications[0].{member}"),
        ),
        "Tag" => (
            &mut input["TagSpecifications"][0]["Tags"][0],
            format!("TagSpecifications[0].Tags[0].{member}"),
        ),
        _ => return false,
    };
    if let Some(object) = container.as_object_mut() {
        object.remove(member);
    }
    let value: Value = serde_json::from_value(input).unwrap();
    check(&value).issues.iter().any(|i| {
        i.path.to_string().starts_with(&path)
            && i.severity == Severity::Error
            && i.code == Code::Required
    })
}

#[test]
fn the_member_table_matches_aws_model() {
    let model: Json = serde_json::from_str(MODEL).unwrap();
    let found = differences(&model);
    assert!(
        found.is_empty(),
        "the member table differs from AWS's model (tests/data/aws-model.json):\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_extract_is_the_model_this_release_names() {
    let model: Json = serde_json::from_str(MODEL).unwrap();
    let sources = &model["sources"];
    assert_eq!(sources["botocore"]["version"], AWS_MODEL.botocore);
    assert_eq!(sources["botocore"]["date"], AWS_MODEL.botocore_date);
    assert_eq!(sources["sdk"]["version"], AWS_MODEL.sdk);
    assert_eq!(sources["sdk"]["date"], AWS_MODEL.sdk_date);
    // The SDK the tests compare bodies with is the one the extract read.
    let package: Json = serde_json::from_str(include_str!("../package.json")).unwrap();
    assert_eq!(
        package["devDependencies"]["@aws-sdk/client-ec2"],
        AWS_MODEL.sdk,
        "package.json pins another @aws-sdk/client-ec2 than the extract read: run make refresh-model"
    );
    for source in ["botocore", "sdk"] {
        let digest = sources[source]["sha256"].as_str().unwrap();
        assert!(digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}

/// botocore 1.34.22 (January 2024) lacks exactly the five members AWS added by 1.44.8.
#[test]
fn an_older_model_yields_the_members_added_since() {
    let old: Json = serde_json::from_str(OLD_MODEL).unwrap();
    assert_eq!(
        differences(&old),
        [
            "RegisterImageRequest.TagSpecifications is in the member table, not in botocore 1.34.22's model",
            "EbsBlockDevice.AvailabilityZone is in the member table, not in botocore 1.34.22's model",
            "EbsBlockDevice.VolumeInitializationRate is in the member table, not in botocore 1.34.22's model",
            "EbsBlockDevice.AvailabilityZoneId is in the member table, not in botocore 1.34.22's model",
            "EbsBlockDevice.EbsCardIndex is in the member table, not in botocore 1.34.22's model",
        ]
    );
}

/// The current extract, changed by `edit`, as a newer botocore would give it.
fn newer(edit: impl FnOnce(&mut Json)) -> Vec<String> {
    let mut model: Json = serde_json::from_str(MODEL).unwrap();
    model["sources"]["botocore"]["version"] = json!("1.45.0");
    edit(&mut model);
    differences(&model)
}

fn members<'m>(model: &'m mut Json, shape: &str) -> &'m mut Vec<Json> {
    model["shapes"][shape]["members"].as_array_mut().unwrap()
}

#[test]
fn a_member_aws_adds_or_removes_is_named() {
    assert_eq!(
        newer(|m| members(m, "EbsBlockDevice").push(json!({"name": "Foo", "wire": "Foo", "kind": "string"}))),
        ["EbsBlockDevice.Foo is in botocore 1.45.0's model, not in the member table (src/model.rs): add it (README \"Adding a member\")"]
    );
    assert_eq!(
        newer(|m| members(m, "Tag").retain(|x| x["name"] != "Value")),
        ["Tag.Value is in the member table, not in botocore 1.45.0's model"]
    );
}

#[test]
fn a_value_aws_adds_or_removes_is_named() {
    assert_eq!(
        newer(|m| m["enums"]["VolumeType"].as_array_mut().unwrap().push(json!("gp4"))),
        ["EbsBlockDevice.VolumeType value \"gp4\" is in botocore 1.45.0's model, not in the member table's VolumeType (src/model.rs)"]
    );
    assert_eq!(
        newer(|m| m["enums"]["BootModeValues"].as_array_mut().unwrap().retain(|v| v != "uefi-preferred")),
        ["RegisterImageRequest.BootMode value \"uefi-preferred\" is in the member table's BootModeValues, not in botocore 1.45.0's model"]
    );
    // ResourceType: RegisterImage's one value must stay one of the model's.
    assert_eq!(
        newer(|m| m["enums"]["ResourceType"].as_array_mut().unwrap().retain(|v| v != "image")),
        ["TagSpecification.ResourceType value \"image\" is documented in the member table, not in botocore 1.45.0's model's ResourceType"]
    );
    // A plain string that becomes an enumeration.
    assert_eq!(
        newer(|m| {
            members(m, "RegisterImageRequest")[15]["enum"] = json!("VirtualizationType");
            m["enums"]["VirtualizationType"] = json!(["hvm", "paravirtual"]);
        }),
        ["RegisterImageRequest.VirtualizationType is the enumeration VirtualizationType in botocore 1.45.0's model, \"\" in the member table"]
    );
}

#[test]
fn a_limit_aws_changes_is_named() {
    assert_eq!(
        newer(|m| members(m, "RegisterImageRequest")[9]["max"] = json!(1000)),
        ["RegisterImageRequest.Description is 0-1000 characters in botocore 1.45.0's model, 0-255 in the validator's constants (src/model.rs)"]
    );
    assert_eq!(
        newer(|m| members(m, "Tag")[0]["max"] = json!(128)),
        ["Tag.Key is 0-128 characters in botocore 1.45.0's model; the validator checks no length (add a constant and a rule)"]
    );
}

#[test]
fn a_wire_name_or_kind_aws_changes_is_named() {
    assert_eq!(
        newer(|m| members(m, "EbsBlockDevice")[1]["wire"] = json!("IOPS")),
        ["EbsBlockDevice.Iops is sent as \"Iops\" by the member table, as \"IOPS\" in botocore 1.45.0's model"]
    );
    assert_eq!(
        newer(|m| members(m, "EbsBlockDevice")[3]["kind"] = json!("long")),
        ["EbsBlockDevice.VolumeSize is an integer in the member table, a long in botocore 1.45.0's model"]
    );
    assert_eq!(
        newer(|m| m["shapes"]["RegisterImageRequest"]["required"] = json!(["Name", "ImageLocation"])),
        ["RegisterImageRequest.ImageLocation is required in botocore 1.45.0's model; validate() does not report it missing"]
    );
}

#[test]
fn an_order_the_sdk_changes_is_named() {
    let found = newer(|m| members(m, "Tag").reverse());
    assert_eq!(
        found,
        ["Tag's members are written in the order Value, Key by @aws-sdk/client-ec2 3.1178.0; the member table has Key, Value"]
    );
}
