//! The files generated from the member table (src/model.rs): the TypeScript declarations of the
//! input (pkg-template/input.d.ts) and the demo's members (www/members.js). Each test fails when
//! the committed copy is stale; `UPDATE_GENERATED=1 cargo test --test generated` writes them.

#![cfg(not(target_arch = "wasm32"))] // The table's docs are left out of the wasm build.

use ec2_register_image::{RegisterImageInput, Shape, Type};
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
        Type::Enum {
            name: "",
            values,
            open,
        } => union(values, open),
        Type::Enum { name, .. } => name.into(),
        Type::Integer => "number".into(),
        Type::Boolean => "boolean".into(),
        Type::Struct(s) => s.name.into(),
        Type::Strings => "string[]".into(),
        Type::Structs(s) => format!("{}[]", s.name),
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
    for (name, values, open) in aliases {
        let note = if open {
            " (a plain string in the API model: other values still type-check)"
        } else {
            ""
        };
        out.push_str(&format!(
            "\n/** `{name}`{note}. */\nexport type {name} = {};\n",
            union(values, open)
        ));
    }
    for shape in shapes() {
        out.push_str(&format!(
            "\n/** {} */\nexport interface {} {{\n",
            shape.doc.trim(),
            shape.name
        ));
        for m in shape.members {
            out.push_str(&format!(
                "  /** {} */\n  {}?: {};\n",
                m.doc.trim(),
                m.name,
                ts_type(m.ty)
            ));
        }
        out.push_str("}\n");
    }
    out
}

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
                o.insert("doc".into(), m.doc.trim().into());
                o.insert("ui".into(), m.ui.into());
                Json::Object(o.clone())
            })
            .collect();
        shapes.insert(
            shape.name.into(),
            json!({"doc": shape.doc.trim(), "members": members}),
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

#[test]
fn typescript_declarations_are_fresh() {
    check("pkg-template/input.d.ts", typescript());
}

#[test]
fn demo_members_are_fresh() {
    check("www/members.js", demo());
}
