//! The RegisterImage mapping onto the Query writer: one line per member, in the order the AWS SDK
//! for JavaScript v3 writes them (schema order, required `Name` first), with EC2's rules: lists
//! flattened and 1-based under the member's `locationName`, empty lists left out.

use crate::model::{given, Field, Model, RegisterImageInput};
use crate::query::{QueryWriter, ValueWriter};

/// The EC2 API version every body is written for.
pub const API_VERSION: &str = "2016-11-15";

/// The body for `input`, without any check. Prefer [`crate::encode`], which refuses input
/// with errors.
///
/// ```
/// use ec2_register_image::{encode_unchecked, RegisterImageInput};
///
/// let input = RegisterImageInput { name: Some("my ami".into()), ..Default::default() };
/// assert_eq!(encode_unchecked(&input), "Action=RegisterImage&Version=2016-11-15&Name=my%20ami");
/// ```
#[must_use]
pub fn encode_unchecked(input: &RegisterImageInput) -> String {
    // Room for a small input's body at once (a copy less while it grows).
    let mut body = String::with_capacity(512);
    let mut writer = QueryWriter::new(&mut body, "RegisterImage", API_VERSION);
    structure(&mut writer.root(), input);
    body
}

/// Every member that is set, in the order of its shape, under its body name.
fn structure(w: &mut ValueWriter, model: &dyn Model) {
    for (member, field) in given(model) {
        let key = member.wire;
        match field {
            Field::Str(Some(v)) => w.prefix(key).string(v),
            Field::Int(Some(v)) => w.prefix(key).integer(v.into()),
            Field::Bool(Some(v)) => w.prefix(key).boolean(v),
            Field::Struct(Some(m)) => structure(&mut w.prefix(key), m),
            Field::Strings(items) => {
                let mut entries = w.prefix(key).list();
                for v in items {
                    entries.entry().string(v);
                }
            }
            Field::Structs(items) => {
                let mut entries = w.prefix(key).list();
                for m in (0..items.len()).filter_map(|n| items.item(n)) {
                    structure(&mut entries.entry(), m);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
#[path = "encode_tests.rs"]
mod tests;
