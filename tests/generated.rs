//! The files generated from the member table (src/model.rs): the TypeScript declarations of the
//! input (pkg-template/input.d.ts), the demo's members (www/members.js), the JSON Schema of
//! the input (schema.json), and the `AWS_MODEL` line of pkg-template/api.js. Each test fails when the committed copy is stale;
//! `UPDATE_GENERATED=1 cargo test --test generated` writes them.

#![cfg(not(target_arch = "wasm32"))] // The table's docs are left out of the wasm build.

use ec2_register_image::docs::shape_page;
use ec2_register_image::{
    Member, RegisterImageInput, Shape, Type, AWS_MODEL, KNOWN_BY, MAX_ITEMS, MAX_VALUES,
    RESOURCE_TYPES, VOLUME_TYPES,
};
use serde_json::{json, Value as Json};

const HEADER: &str =
    "Generated from the member table in src/model.rs by tests/generated.rs: do not edit.\n\
                      `UPDATE_GENERATED=1 cargo test --test generated` writes it again.";

fn header(comment: &str) -> String {
    HEADER
        .lines()
        .map(|l| format!("{comment} {}\n", l.trim()))
        .collect()
}

/// Every shape, each after the shapes its members use.
fn shapes() -> Vec<&'static Shape> {
    fn visit(shape: &'static Shape, out: &mut Vec<&'static Shape>) {
        for m in shape.members {
            if let Some(inner) = m.ty.shape() {
                visit(inner, out);
            }
        }
        if !out.contains(&shape) {
            out.push(shape);
        }
    }
    let mut out = Vec::new();
    visit(&RegisterImageInput::SHAPE, &mut out);
    out
}

fn union(values: &[&str], open: bool) -> String {
    let mut parts: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    if open {
        parts.push("(string & {})".into());
    }
    parts.join(" | ")
}

fn ts_type(ty: Type) -> String {
    match ty {
        Type::String => "string".into(),
        // Every list is open: AWS may add values (validate() warns about the ones it does not know).
        Type::Enum {
            name: "", values, ..
        } => union(values, true),
        Type::Enum { name, .. } => name.into(),
        Type::Integer => "number".into(),
        Type::Boolean => "boolean".into(),
        Type::Struct(s) => s.name.into(),
        Type::Strings => "string[]".into(),
        Type::Structs(s) => format!("{}[]", s.name),
        other => panic!("a new kind of member, {other:?}: say how TypeScript shows it"),
    }
}

fn typescript() -> String {
    let mut out = header("//");
    out.push_str(
        "//\n// The input of RegisterImage, member for member as `RegisterImageCommandInput` of\n\
         // `@aws-sdk/client-ec2` (also botocore's and `aws ec2 register-image --cli-input-json`'s),\n\
         // so an SDK input can be passed as it is.\n",
    );
    let mut aliases: Vec<(&str, &[&str], bool)> = Vec::new();
    for shape in shapes() {
        for m in shape.members {
            if let Type::Enum { name, values, open } = m.ty {
                if !name.is_empty() && !aliases.iter().any(|a| a.0 == name) {
                    aliases.push((name, values, open));
                }
            }
        }
    }
    for (name, values, _) in aliases {
        let note = if values == RESOURCE_TYPES {
            "RegisterImage takes image only (validate() refuses another); other strings type-check, as in the SDK, whose type lists every taggable resource".to_string()
        } else {
            format!("the values {KNOWN_BY} knows, and any other string, since AWS may add values (validate() warns about one it does not know)")
        };
        out.push_str(&format!(
            "\n/** `{name}`: {note}. */\nexport type {name} = {};\n",
            union(values, true)
        ));
    }
    for shape in shapes() {
        out.push_str(&format!(
            "\n/** {} */\nexport interface {} {{\n",
            shape.doc().trim(),
            shape.name
        ));
        for m in shape.members {
            // As the SDK declares them: `| undefined` on every member, so that an SDK input
            // type-checks under exactOptionalPropertyTypes; a required member's key is required
            // (`Name: string | undefined`), so that leaving it out does not compile.
            let required = MODEL_REQUIRED.contains(&(shape.name, m.name));
            out.push_str(&format!(
                "  /** {} */\n  {}{}: {} | undefined;\n",
                m.doc().trim(),
                m.name,
                if required { "" } else { "?" },
                ts_type(m.ty)
            ));
        }
        out.push_str("}\n");
    }
    out
}

/// The members the API model marks required (botocore's EC2 model: `RegisterImageRequest`
/// `"required": ["Name"]`, and none in the nested shapes): the SDK declares their keys required.
/// A DeviceName is required by EC2 (validate.rs), not by the model, so the SDK leaves it optional.
const MODEL_REQUIRED: &[(&str, &str)] = &[("RegisterImageInput", "Name")];

fn member_json(ty: Type) -> Json {
    match ty {
        Type::String => json!({"type": "string"}),
        Type::Enum { name, values, open } => {
            json!({"type": "enum", "name": name, "values": values, "open": open})
        }
        Type::Integer => json!({"type": "integer"}),
        Type::Boolean => json!({"type": "boolean"}),
        Type::Struct(s) => json!({"type": "structure", "shape": s.name}),
        Type::Strings => json!({"type": "strings"}),
        Type::Structs(s) => json!({"type": "structures", "shape": s.name}),
        other => panic!("a new kind of member, {other:?}: say how the demo shows it"),
    }
}

fn demo() -> String {
    let mut shapes = serde_json::Map::new();
    for shape in self::shapes() {
        let members: Vec<Json> = shape
            .members
            .iter()
            .map(|m| {
                let mut o = member_json(m.ty);
                let o = o.as_object_mut().unwrap();
                o.insert("name".into(), m.name.into());
                o.insert("doc".into(), m.doc().trim().into());
                o.insert("ui".into(), m.ui().into());
                Json::Object(o.clone())
            })
            .collect();
        shapes.insert(
            shape.name.into(),
            json!({"doc": shape.doc().trim(), "members": members}),
        );
    }
    let mut out = header("//");
    out.push_str("//\n// Every shape of the input and its members in SDK order, for the demo form (www/form.js).\n");
    out.push_str(&format!(
        "export const SHAPES = {};\n",
        serde_json::to_string_pretty(&Json::Object(shapes)).unwrap()
    ));
    out
}

#[track_caller]
fn check(path: &str, now: String) {
    let file = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&file, &now).unwrap();
        return;
    }
    let saved = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        saved == now,
        "{path} is stale: run `UPDATE_GENERATED=1 cargo test --test generated` and commit it"
    );
}

/// pkg-template/api.js with its `AWS_MODEL` line written from the Rust constant: the model this
/// release knows, for JavaScript (every entry's export, the command's `--version`, the demo's
/// footer). One line of a hand-written file, so that no module is loaded for it.
fn api_js() -> String {
    let file = format!("{}/pkg-template/api.js", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(file).unwrap();
    let line = format!(
        "const AWS_MODEL = /* @__PURE__ */ Object.freeze({{ botocore: \"{}\", botocoreDate: \"{}\", sdk: \"{}\", sdkDate: \"{}\" }});",
        AWS_MODEL.botocore, AWS_MODEL.botocore_date, AWS_MODEL.sdk, AWS_MODEL.sdk_date
    );
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| {
            if l.starts_with("const AWS_MODEL = ") {
                line.as_str()
            } else {
                l
            }
        })
        .collect();
    assert!(
        text.contains("const AWS_MODEL = "),
        "api.js has no AWS_MODEL line"
    );
    lines.join("\n")
}

#[test]
fn aws_model_is_fresh() {
    check("pkg-template/api.js", api_js());
}

#[test]
fn typescript_declarations_are_fresh() {
    check("pkg-template/input.d.ts", typescript());
}

#[test]
fn demo_members_are_fresh() {
    check("www/members.js", demo());
}

// The JSON Schema (draft 2020-12) of the input, schema.json at the repository's root, shipped as
// `ec2-register-image/schema.json`. Members, types and enumerations come from the table; the
// constraints are the error rules of src/validate.rs and src/read.rs that JSON Schema can state,
// each with a `$comment` naming the rule it mirrors. The schema refuses only what `validate`
// reports as an error: warnings (service limits from src/limits.rs, advice) are no failures, and
// rules JSON Schema cannot state (a repeated DeviceName or tag key) are left to `validate`
// (pkg-template/test/schema.test.mjs holds both lists and checks the agreement).

const SCHEMA_ID: &str = "https://unpkg.com/ec2-register-image/schema.json";

/// A rule on one member: the keywords it adds to the member's schema, and whether it makes the
/// member required (then `null`, which reads as absent, is refused too).
struct MemberRule {
    shape: &'static str,
    member: &'static str,
    /// The function of src/validate.rs or src/read.rs mirrored, and what it says.
    mirrors: &'static str,
    required: bool,
    keywords: fn() -> Json,
}

const MEMBER_RULES: &[MemberRule] = &[
    MemberRule {
        shape: "RegisterImageInput",
        member: "Name",
        mirrors: "validate.rs name(): required; 3-128 characters: letters, digits, spaces and ( ) [ ] . / - ' @ _",
        required: true,
        keywords: || json!({"minLength": 3, "maxLength": 128, "pattern": "^[A-Za-z0-9()\\[\\] ./'@_-]*$"}),
    },
    MemberRule {
        shape: "RegisterImageInput",
        member: "Description",
        mirrors: "validate.rs max_chars(): at most 255 characters (model ImageDescriptionRequest)",
        required: false,
        keywords: || json!({"maxLength": 255}),
    },
    MemberRule {
        shape: "RegisterImageInput",
        member: "UefiData",
        mirrors: "validate.rs uefi_data(): at most 64000 characters of standard Base64 (A-Z a-z 0-9 + /, = padding, no line breaks, no stray bits in the last symbol)",
        required: false,
        keywords: || {
            json!({
                "maxLength": 64000,
                "pattern": "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$"
            })
        },
    },
    MemberRule {
        shape: "RegisterImageInput",
        member: "KernelId",
        mirrors: "validate.rs resource_id(): aki- and 8 or 17 lower-case hexadecimal digits",
        required: false,
        keywords: || resource_id("aki-"),
    },
    MemberRule {
        shape: "RegisterImageInput",
        member: "RamdiskId",
        mirrors: "validate.rs resource_id(): ari- and 8 or 17 lower-case hexadecimal digits",
        required: false,
        keywords: || resource_id("ari-"),
    },
    MemberRule {
        shape: "RegisterImageInput",
        member: "TagSpecifications",
        mirrors: "validate.rs resource_type_once(): at most one specification with ResourceType image",
        required: false,
        keywords: || {
            json!({
                "contains": {"type": "object", "required": ["ResourceType"], "properties": {"ResourceType": {"const": "image"}}},
                "minContains": 0,
                "maxContains": 1
            })
        },
    },
    MemberRule {
        shape: "BlockDeviceMapping",
        member: "DeviceName",
        mirrors: "validate.rs device_name(): every mapping names its device; an empty name is no name",
        required: true,
        keywords: || json!({"minLength": 1}),
    },
    MemberRule {
        shape: "BlockDeviceMapping",
        member: "VirtualName",
        mirrors: "validate.rs virtual_name(): ephemeralN, N a number from 0 without leading zeros (past the hardware count is only a warning)",
        required: false,
        keywords: || json!({"pattern": "^ephemeral(?:0|[1-9][0-9]*)$"}),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "SnapshotId",
        mirrors: "validate.rs resource_id(): snap- and 8 or 17 lower-case hexadecimal digits",
        required: false,
        keywords: || resource_id("snap-"),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "Iops",
        mirrors: "validate.rs at_least(): at least 1 (the range per volume type is a service limit)",
        required: false,
        keywords: || json!({"minimum": 1}),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "VolumeSize",
        mirrors: "validate.rs at_least(): at least 1 (the range per volume type is a service limit)",
        required: false,
        keywords: || json!({"minimum": 1}),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "Throughput",
        mirrors: "validate.rs at_least(): at least 1 (gp3's range is a service limit)",
        required: false,
        keywords: || json!({"minimum": 1}),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "VolumeInitializationRate",
        mirrors: "validate.rs at_least(): at least 1 (the documented range is a service limit)",
        required: false,
        keywords: || json!({"minimum": 1}),
    },
    MemberRule {
        shape: "EbsBlockDevice",
        member: "EbsCardIndex",
        mirrors: "validate.rs at_least(): at least 0",
        required: false,
        keywords: || json!({"minimum": 0}),
    },
    MemberRule {
        shape: "TagSpecification",
        member: "ResourceType",
        mirrors: "validate.rs resource_type_is_image(): RegisterImage tags only the new AMI, so image and nothing else",
        required: false,
        keywords: || json!({"enum": [RESOURCE_TYPES[0], null]}),
    },
    MemberRule {
        shape: "Tag",
        member: "Key",
        mirrors: "validate.rs tag_key(): required, not empty, not starting with aws: (the length is a service limit)",
        required: true,
        keywords: || json!({"minLength": 1, "pattern": "^(?!aws:)"}),
    },
];

/// A pattern matching each of `values` in any case, with any separator (`-`, `_`, `.`, a space)
/// for each, and white space around: the sure mistakes `fix::enum_value` repairs.
fn variants(values: &[&str]) -> String {
    let one = |v: &str| -> String {
        v.chars()
            .map(|c| match c {
                c if c.is_ascii_alphabetic() => {
                    format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase())
                }
                '-' | '_' | '.' | ' ' => "[-_. ]".into(),
                c if c.is_ascii_alphanumeric() => c.to_string(),
                c => format!("\\{c}"),
            })
            .collect()
    };
    let alternatives: Vec<String> = values.iter().map(|v| one(v)).collect();
    format!("^[\\t-\\r ]*(?:{})[\\t-\\r ]*$", alternatives.join("|"))
}

fn resource_id(prefix: &str) -> Json {
    json!({"pattern": format!("^{prefix}(?:[0-9a-f]{{8}}|[0-9a-f]{{17}})$")})
}

/// Present and not `null` (which reads as absent).
fn present(members: &[&str]) -> Json {
    let not_null: serde_json::Map<String, Json> = members
        .iter()
        .map(|m| (m.to_string(), json!({"not": {"type": "null"}})))
        .collect();
    json!({"required": members, "properties": not_null})
}

/// An object with every one of `members` present: what a `not` refuses (`null`, an absent
/// structure, is no such object).
fn together(members: &[&str]) -> Json {
    let mut schema = present(members);
    schema["type"] = json!("object");
    schema
}

/// Rules across the members of one shape, each an entry of the shape's `allOf`.
fn shape_rules(shape: &Shape) -> Vec<Json> {
    match shape.name {
        "EbsBlockDevice" => vec![
            json!({
                "$comment": "validate.rs volume_source(): \"You must specify either a snapshot ID or a volume size.\"",
                "anyOf": [present(&["SnapshotId"]), present(&["VolumeSize"])]
            }),
            json!({
                "$comment": "validate.rs iops_by_volume_type(): \"This parameter is required for io1 and io2 volumes.\" (Iops with other types is only a warning)",
                "if": {"required": ["VolumeType"], "properties": {"VolumeType": {"enum": ["io1", "io2"]}}},
                "then": present(&["Iops"])
            }),
            json!({
                "$comment": "validate.rs throughput_only_for_gp3(): \"This parameter is valid only for gp3 volumes.\" An error when VolumeType names another type this package knows; a type AWS may have added, or no VolumeType, is no error",
                "not": {
                    "type": "object",
                    "required": ["Throughput", "VolumeType"],
                    "properties": {
                        "Throughput": {"not": {"type": "null"}},
                        "VolumeType": {"enum": VOLUME_TYPES.iter().filter(|t| **t != "gp3").collect::<Vec<_>>()}
                    }
                }
            }),
            json!({
                "$comment": "validate.rs encryption_only_for_new_volumes(): \"If you are creating a volume from a snapshot, you can't specify an encryption value.\"",
                "not": together(&["Encrypted", "SnapshotId"])
            }),
            json!({
                "$comment": "validate.rs one_availability_zone_form(): \"You can specify either AvailabilityZone or AvailabilityZoneId, but not both.\"",
                "not": together(&["AvailabilityZone", "AvailabilityZoneId"])
            }),
        ],
        "TagSpecification" => vec![json!({
            "$comment": "validate.rs resource_type_is_image(): \"When you specify a tag, you must specify the resource type to tag\" (a specification without tags sends nothing: only a warning)",
            "if": {"required": ["Tags"], "properties": {"Tags": {"type": "array", "contains": {"not": {"type": "null"}}}}},
            "then": present(&["ResourceType"])
        })],
        _ => Vec::new(),
    }
}

/// A member's schema: its type (`null` allowed unless required: it reads as absent), the table's
/// enumeration, and what its rule adds.
fn member_schema(shape: &Shape, m: &Member, rule: Option<&MemberRule>) -> Json {
    let required = rule.is_some_and(|r| r.required);
    let nullable = |t: &str| {
        if required {
            json!(t)
        } else {
            json!([t, "null"])
        }
    };
    let mut schema = json!({
        "description": format!("{} See {}", m.doc().trim(), shape_page(shape))
    });
    let o = schema.as_object_mut().unwrap();
    match m.ty {
        Type::String => {
            o.insert("type".into(), nullable("string"));
        }
        // An open list (AWS may add values): the known values, which editors complete, or any
        // other string that is not one of them in another case or with other separators (a
        // sure mistake, an error).
        Type::Enum { values, .. } => {
            o.insert("type".into(), nullable("string"));
            let mut allowed: Vec<Json> = values.iter().map(|v| json!(v)).collect();
            if !required {
                allowed.push(Json::Null);
            }
            if rule.is_none() {
                o.insert(
                    "anyOf".into(),
                    json!([
                        {"enum": allowed},
                        {"type": "string", "not": {"pattern": variants(values)}}
                    ]),
                );
                o.insert(
                    "$comment".into(),
                    format!("validate.rs one_of(): the values {KNOWN_BY} knows, or another that AWS may have added (a warning); a known value in another case, with other separators or with spaces around is an error").into(),
                );
            }
        }
        Type::Integer => {
            o.insert("type".into(), nullable("integer"));
            o.insert("minimum".into(), i32::MIN.into());
            o.insert("maximum".into(), i32::MAX.into());
            o.insert(
                "$comment".into(),
                "read.rs integer(): a 32-bit integer".into(),
            );
        }
        Type::Boolean => {
            o.insert("type".into(), nullable("boolean"));
        }
        Type::Struct(s) => {
            o.insert("$ref".into(), format!("#/$defs/{}", s.name).into());
        }
        Type::Strings => {
            o.insert("type".into(), nullable("array"));
            o.insert("items".into(), json!({"type": ["string", "null"]}));
        }
        Type::Structs(s) => {
            o.insert("type".into(), nullable("array"));
            o.insert(
                "items".into(),
                json!({"$ref": format!("#/$defs/{}", s.name)}),
            );
        }
        other => panic!("a new kind of member, {other:?}: say how the schema shows it"),
    }
    if let Some(rule) = rule {
        let Json::Object(keywords) = (rule.keywords)() else {
            unreachable!("a rule's keywords are an object")
        };
        o.extend(keywords);
        o.insert("$comment".into(), rule.mirrors.into());
    }
    schema
}

/// A shape's schema: an object (or `null`, absent, except at the root) of its members only.
fn shape_schema(shape: &Shape, root: bool, used: &mut Vec<(&str, &str)>) -> Json {
    let mut properties = serde_json::Map::new();
    let mut required = Vec::new();
    for m in shape.members {
        let rule = MEMBER_RULES
            .iter()
            .find(|r| r.shape == shape.name && r.member == m.name);
        if let Some(r) = rule {
            used.push((r.shape, r.member));
            if r.required {
                required.push(m.name);
            }
        }
        properties.insert(m.name.into(), member_schema(shape, m, rule));
    }
    let mut schema = json!({
        "title": shape.name,
        "description": format!("{} See {}", shape.doc().trim(), shape_page(shape)),
        "type": if root { json!("object") } else { json!(["object", "null"]) },
    });
    let o = schema.as_object_mut().unwrap();
    if !required.is_empty() {
        o.insert("required".into(), json!(required));
    }
    o.insert("properties".into(), properties.into());
    o.insert("additionalProperties".into(), false.into());
    let rules = shape_rules(shape);
    if !rules.is_empty() {
        o.insert("allOf".into(), rules.into());
    }
    schema
}

fn json_schema() -> String {
    let mut used = Vec::new();
    let mut defs = serde_json::Map::new();
    let all = shapes();
    let (root, others) = all.split_last().expect("the input shape comes last");
    for shape in others {
        defs.insert(shape.name.into(), shape_schema(shape, false, &mut used));
    }
    let Json::Object(top) = shape_schema(root, true, &mut used) else {
        unreachable!()
    };
    for r in MEMBER_RULES {
        assert!(
            used.contains(&(r.shape, r.member)),
            "the rule for {}.{} names no member of the table",
            r.shape,
            r.member
        );
    }
    let comment = [
        &HEADER.lines().map(str::trim).collect::<Vec<_>>().join(" "),
        "The input of EC2 RegisterImage: RegisterImageCommandInput of @aws-sdk/client-ec2, botocore's, and aws ec2 register-image --cli-input-json's. null reads as absent, as in the AWS SDK for JavaScript.",
        "It refuses only what validate() of ec2-register-image reports as an error: each constraint names the rule of src/validate.rs or src/read.rs it mirrors. Warnings (service limits AWS has raised before, advice) are no failures here.",
        &format!("Left to validate(): a DeviceName mapped twice and a tag key used twice in one specification (JSON Schema cannot compare members across list items), a key given twice in the JSON text (parsers keep one), lone UTF-16 surrogates (not well-formed text), lists of more than {MAX_ITEMS} items and inputs of more than {MAX_VALUES} values (this library's reading limits, not AWS's)."),
    ]
    .join(" ");
    let mut schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "$comment": comment,
        "title": "EC2 RegisterImage input",
    });
    let o = schema.as_object_mut().unwrap();
    for (k, v) in top {
        if k != "title" {
            o.insert(k, v);
        }
    }
    o.insert("$defs".into(), defs.into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap();
    text.push('\n');
    text
}

#[test]
fn json_schema_is_fresh() {
    check("schema.json", json_schema());
}
