//! Shared pieces of the fuzz targets: the structured input (the crate's own model, `Arbitrary`
//! derived behind its `arbitrary` feature, with some values moved to a rule's edge), the model
//! as the untyped tree (the JS face's tape has its own writer: `tape::write`), the parameters an input stands for (written
//! naively, as the oracle for the encoder), and the checks every body and issue path must pass.
//!
//! Nothing here names a member: the walks go over serde's form of the model and the crate's
//! `Shape` tables, so a member added to the table is fuzzed with no change here.

use arbitrary::Arbitrary;
use ec2_register_image::{Code, Issue, IssuePath, RegisterImageInput, Segment, Type, Value};

/// Every body starts so.
pub const PREFIX: &str = "Action=RegisterImage&Version=2016-11-15";

/// The body is plain ASCII: only the unreserved characters, `%XX` escapes and the pair syntax.
pub fn assert_body_shape(body: &str) {
    assert!(body.starts_with(PREFIX), "{body:?}");
    assert!(
        body.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=".contains(&b)),
        "{body:?}"
    );
    // Every `%` starts an escape of two upper-case hex digits.
    let bytes = body.as_bytes();
    for (i, _) in body.match_indices('%') {
        let hex = bytes.get(i + 1..i + 3).unwrap_or_default();
        assert!(
            hex.len() == 2
                && hex
                    .iter()
                    .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b)),
            "bad escape at {i} in {body:?}"
        );
    }
}

/// The structured target's input: an arbitrary model, and what becomes of each of its strings
/// and integers. Arbitrary text and integers almost never pass a rule (a name of 3-128 allowed
/// characters, an enumeration value, an IOPS figure in range), so encoding would seldom be
/// reached; a pick swaps a value for one near a rule's edge.
#[derive(Debug, Clone, Arbitrary)]
pub struct Structured<'a> {
    /// One byte per string or integer of the model, in the order serde writes them (values
    /// past the last pick are kept). The top two bits: 0 keeps the arbitrary value; 1 and 2
    /// give a string one of its member's enumeration values or of [`KNOWN`], an integer one of
    /// [`BOUNDARIES`]; 3 does the same and appends the arbitrary text to a string. The low six
    /// bits choose the value. First in the input, so that libFuzzer reaches them however short
    /// the input is.
    pub picks: &'a [u8],
    /// The model as `arbitrary` derives it.
    pub model: RegisterImageInput,
}

/// Text the rules care about, and text that could smuggle a parameter. A member's enumeration
/// values come from the model's `Shape` tables and are not repeated here.
pub const KNOWN: &[&str] = &[
    "my-ami",
    "web (2026) [x] ./-'@_",
    "ab",
    "",
    "/dev/xvda",
    "/dev/sda1",
    "/dev/sdb",
    "xvdh",
    "ephemeral0",
    "ephemeral23",
    "ephemeral24",
    "snap-0123456789abcdef0",
    "snap-12345678",
    "aki-12345678",
    "ari-0123456789abcdef0",
    "aws:reserved",
    "bucket/x.manifest.xml",
    "QUJD",
    "QUJD+/==",
    "QUJ=",
    "us-east-1a",
    "use1-az1",
    "arn:aws:outposts:us-east-1:123456789012:outpost/op-1234567890abcdef0",
    "x&Action=DeleteVolume&VolumeId=vol-1",
    "%26%3D+",
    "a=b&c",
    "\u{FFFD}",
    "é 😀",
    "\0\r\n",
];

/// The edges of the integer rules and limits.
pub const BOUNDARIES: &[i32] = &[
    0,
    1,
    -1,
    8,
    100,
    101,
    125,
    300,
    301,
    500,
    2_000,
    2_001,
    3_000,
    16_000,
    16_384,
    64_000,
    65_536,
    80_000,
    80_001,
    256_000,
    i32::MAX,
    i32::MIN,
];

impl Structured<'_> {
    /// The model with the picks applied.
    pub fn model(&self) -> RegisterImageInput {
        let mut json = serde_json::to_value(&self.model).expect("the model serializes");
        let mut picks = self.picks.iter().copied();
        apply(
            &mut json,
            Type::Struct(&RegisterImageInput::SHAPE),
            &mut picks,
        );
        serde_json::from_value(json).expect("picks keep every value's type")
    }
}

/// Applies picks to the strings and integers of `json`, a value of type `ty`, depth first.
fn apply(json: &mut serde_json::Value, ty: Type, picks: &mut impl Iterator<Item = u8>) {
    use serde_json::Value as J;
    match json {
        J::Object(members) => {
            let shape = ty.shape();
            for (name, value) in members.iter_mut() {
                let member = shape.and_then(|s| s.member(name)).map(|(_, m)| m);
                apply(value, member.map_or(Type::String, |m| m.ty), picks);
            }
        }
        J::Array(items) => {
            let item = match ty {
                Type::Structs(shape) => Type::Struct(shape),
                _ => Type::String,
            };
            for value in items {
                apply(value, item, picks);
            }
        }
        J::String(text) => match picks.next().map(|p| (p >> 6, p & 63)) {
            Some((1 | 2, i)) => *text = known(ty, i).to_owned(),
            Some((3, i)) => *text = format!("{}{text}", known(ty, i)),
            _ => {}
        },
        J::Number(_) => {
            if let Some(p @ 64..) = picks.next() {
                *json = BOUNDARIES[usize::from(p & 63) % BOUNDARIES.len()].into();
            }
        }
        J::Null | J::Bool(_) => {}
    }
}

/// Pick `i` among a member's enumeration values (if any) and [`KNOWN`].
fn known(ty: Type, i: u8) -> &'static str {
    let values = match ty {
        Type::Enum { values, .. } => values,
        _ => &[],
    };
    let i = usize::from(i) % (values.len() + KNOWN.len());
    values
        .get(i)
        .copied()
        .unwrap_or_else(|| KNOWN[i - values.len()])
}

/// The model as the untyped tree a JSON document or a JS object gives (`None` members and empty
/// lists absent, keys in model order): serde's form of the model, read by `Value`'s own
/// `Deserialize` from serde_json's text (the text keeps the order; serde_json's map would not).
pub fn to_value(input: &RegisterImageInput) -> Value {
    let json = serde_json::to_string(input).expect("the model serializes");
    serde_json::from_str(&json).expect("Value reads serde_json's text")
}

#[path = "../../tests/common/parameters.rs"]
mod common_parameters;
pub use common_parameters::parameters;

/// Whether an issue path names a place in `value`: every index an existing, non-`null` item (a
/// `null` item is left out, so nothing can be wrong with it), every member an existing one,
/// except that the last may be missing (a `Required` issue), and that below a value of the wrong
/// shape (a list where an object belongs, a number where a list belongs) the path goes on only
/// if `issues` has a `WrongType` issue at that value. The path is data: its segments are
/// followed as they are, whatever the keys hold.
pub fn resolves(value: &Value, path: &IssuePath, issues: &[Issue]) -> bool {
    walk(value, path.segments(), 0, issues)
}

fn walk(value: &Value, path: &[Segment], at: usize, issues: &[Issue]) -> bool {
    let Some(segment) = path.get(at) else {
        return true;
    };
    let last = at + 1 == path.len();
    let wrong_type_here = || {
        issues
            .iter()
            .any(|i| i.code == Code::WrongType && i.path.segments() == &path[..at])
    };
    match (value, segment) {
        // Any of the members of that name (a JSON object can repeat a key), or a missing one.
        (Value::Object(entries), Segment::Member(name)) => {
            entries
                .iter()
                .filter(|(k, _)| k == name)
                .any(|(_, v)| walk(v, path, at + 1, issues))
                || last
        }
        (Value::Array(items), Segment::Index(n)) => match items.get(*n) {
            None | Some(Value::Null) => false,
            Some(item) => walk(item, path, at + 1, issues),
        },
        // `null` is an absent value: like an empty object.
        (Value::Null, Segment::Member(_)) => last,
        (Value::Null, _) => false,
        // A body's parameter names no place of a value.
        (_, Segment::Parameter(_)) => false,
        // Below a value of the wrong shape, reported by the reader.
        _ => wrong_type_here(),
    }
}
