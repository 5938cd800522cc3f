//! The model as JSON text, by walking its member table: how the JavaScript face hands a parsed
//! input back (`JSON.parse` then builds the object natively). Members that are not set and empty
//! lists are left out, as serde's `Serialize` for the model does; no serde code in the wasm.

use crate::model::{given, Field, Model};
use crate::text::push_signed;
use std::fmt::Write;

/// `model` as compact JSON.
pub(crate) fn to_json(model: &dyn Model) -> String {
    let mut out = String::new();
    structure(&mut out, model);
    out
}

fn structure(out: &mut String, model: &dyn Model) {
    out.push('{');
    let mut first = true;
    for (member, field) in given(model) {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        string(out, member.name);
        out.push(':');
        match field {
            Field::Str(Some(v)) => string(out, v),
            Field::Int(Some(v)) => push_signed(out, v.into()),
            Field::Bool(Some(v)) => out.push_str(if v { "true" } else { "false" }),
            Field::Struct(Some(m)) => structure(out, m),
            Field::Strings(items) => list(out, items.len(), |out, n| string(out, &items[n])),
            Field::Structs(items) => list(out, items.len(), |out, n| {
                if let Some(m) = items.item(n) {
                    structure(out, m);
                }
            }),
            _ => {} // absent: `given` leaves it out
        }
    }
    out.push('}');
}

fn list(out: &mut String, len: usize, mut item: impl FnMut(&mut String, usize)) {
    out.push('[');
    for n in 0..len {
        if n > 0 {
            out.push(',');
        }
        item(out, n);
    }
    out.push(']');
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::parse_body;
    use crate::model::RegisterImageInput;

    /// serde_json reads back exactly the input, and the same document it writes itself (it
    /// escapes a line feed as `\n`, this as `\u000a`: both JSON).
    #[test]
    fn writes_what_serde_json_writes() {
        let body = "Action=RegisterImage&Version=2016-11-15&Name=a%22b%5Cc%0A%01%F0%9F%98%80&DryRun=false&BillingProduct.1=bp-1&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda&BlockDeviceMapping.1.Ebs.Iops=-3000&TagSpecification.1.Tag.1.Key=k";
        let input = parse_body(body).unwrap();
        let ours = to_json(&input);
        let theirs = serde_json::to_string(&input).unwrap();
        let read = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        assert_eq!(read(&ours), read(&theirs));
        assert_eq!(ours.replace("\\u000a", "\\n"), theirs);
        assert_eq!(
            serde_json::from_str::<RegisterImageInput>(&ours).unwrap(),
            input
        );
        assert_eq!(to_json(&RegisterImageInput::default()), "{}");
    }
}
