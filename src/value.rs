//! A permissive value tree: whatever the caller sent, before any type is imposed on it.
//!
//! Reading goes through this tree so that every problem can be reported at once (a derived
//! `Deserialize` stops at the first) and unknown keys are seen (serde-wasm-bindgen drops them).

use crate::text::{msg, push_number, quoted};
use serde::de::{
    Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use std::fmt;

/// Values nested deeper than this are never part of a valid input (the input is 5 levels deep);
/// deeper ones are skipped without recursion and read as [`Value::Unsupported`].
pub const MAX_DEPTH: usize = 32;

/// Lists longer than this are never part of a valid input (EC2 takes 50 tags, and far fewer
/// block device mappings); a longer one is refused as a whole (`TooMany`) without reading its
/// items. The JavaScript face reads at most one more item than this from any array, so a
/// sparse array of length 2**32 - 1 costs no more than a short one.
pub const MAX_ITEMS: usize = 1_000;

/// The JavaScript face reads at most this many values from one input in all (the objects,
/// lists and scalars of the tree), so shared and cyclic objects cannot make it walk for ever.
pub const MAX_VALUES: usize = 10_000;

/// An input value of any shape, as JSON or a JavaScript object would give it.
///
/// It deserializes from any serde format; from JSON text, read it directly (keys stay in input
/// order):
///
/// ```
/// use ec2_register_image::Value;
///
/// let v: Value = serde_json::from_str(r#"{"Name": "my-ami", "DryRun": true}"#).unwrap();
/// assert_eq!(v, Value::Object(vec![
///     ("Name".into(), Value::String("my-ami".into())),
///     ("DryRun".into(), Value::Bool(true)),
/// ]));
/// ```
///
/// From a `serde_json::Value` you already hold (a request body parsed by a web framework), read
/// it as a deserializer, by reference or by value (its key order is serde_json's: sorted unless
/// serde_json's `preserve_order` feature is on):
///
/// ```
/// use ec2_register_image::{check, Value};
/// use serde::Deserialize;
///
/// let json = serde_json::json!({"Name": "my-ami", "ImageLocation": "b/m.xml"});
/// let value = Value::deserialize(&json).unwrap();
/// assert!(check(&value).issues.is_empty());
/// let value: Value = serde_json::from_value(json).unwrap();
/// assert!(check(&value).issues.is_empty());
/// ```
///
/// It serializes back (so that [`apply_fixes`](crate::apply_fixes)' result can be written out),
/// keys in order; a [`Value::LoneSurrogate`] or [`Value::Unsupported`], which no serde format
/// holds, is a serialization error.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`: the member is absent.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number (JavaScript numbers are doubles; so are these).
    Number(f64),
    /// A well-formed Unicode string.
    String(String),
    /// A JavaScript string with a lone UTF-16 surrogate, which has no UTF-8 form.
    LoneSurrogate,
    /// A list.
    Array(Vec<Value>),
    /// An object, keys in input order.
    Object(Vec<(String, Value)>),
    /// Something no member can hold, described for the message (`"a function"`, `"a BigInt"`,
    /// `"nesting deeper than 32 levels"`).
    Unsupported(&'static str),
}

impl Value {
    /// A short description for messages: `the string "8"`, `the number 8.5`, `a list`.
    pub fn describe(&self) -> String {
        self.view().describe()
    }

    /// What the reader sees of this value.
    pub(crate) fn view(&self) -> View<'_> {
        match self {
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            Value::Number(n) => View::Number(*n),
            Value::String(s) => View::String(s),
            Value::LoneSurrogate => View::LoneSurrogate,
            Value::Array(items) => View::Array(items.len()),
            Value::Object(_) => View::Object,
            Value::Unsupported(what) => View::Unsupported(what),
        }
    }
}

/// One value as the reader sees it, borrowed from whatever holds it: a [`Value`], or the
/// JavaScript face's tape, read where it lies with no tree built (see `read::Source`). A list
/// shows its length; an object's entries and a list's items come from the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum View<'v> {
    /// [`Value::Null`].
    Null,
    /// [`Value::Bool`].
    Bool(bool),
    /// [`Value::Number`].
    Number(f64),
    /// [`Value::String`].
    String(&'v str),
    /// [`Value::LoneSurrogate`].
    LoneSurrogate,
    /// [`Value::Array`], with its length.
    Array(usize),
    /// [`Value::Object`].
    Object,
    /// [`Value::Unsupported`].
    Unsupported(&'static str),
}

impl View<'_> {
    /// [`Value::describe`].
    pub fn describe(self) -> String {
        match self {
            View::Null => "null".into(),
            View::Bool(b) => msg!("the boolean ", b),
            View::Number(n) => msg!("the number ", number_text(n)),
            View::String(s) => msg!("the string ", quoted(s)),
            View::LoneSurrogate => "a string with a lone UTF-16 surrogate".into(),
            View::Array(_) => "a list".into(),
            View::Object => "an object".into(),
            View::Unsupported(what) => what.into(),
        }
    }
}

/// A number for a message, as JavaScript prints the usual cases (`8`, `8.5`, `-0.25`, `NaN`,
/// `Infinity`, `2147483648`, `1e+300`), fractions to at most 6 places. Hand-written because
/// `f64`'s `Display` brings about 16 KB of float formatting into the wasm.
pub(crate) fn number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    let mut text = String::from(if n < 0.0 { "-" } else { "" });
    let a = n.abs();
    if a.is_infinite() {
        text.push_str("Infinity");
        return text;
    }
    if a >= 1e21 {
        let (mut mantissa, mut exponent) = (a, 0u32);
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        let mantissa = (mantissa * 1e6).round() / 1e6;
        text.push_str(&number_text(mantissa));
        text.push_str("e+");
        push_number(&mut text, exponent);
        return text;
    }
    // Below 1e21, so the whole part fits a u128 exactly.
    let mut whole = a.trunc() as u128;
    let mut millionths = ((a - a.trunc()) * 1e6).round() as u32;
    if millionths == 0 && a != a.trunc() {
        push_number(&mut text, whole);
        text.push_str(" plus a fraction below 0.000001");
        return text;
    }
    if millionths == 1_000_000 {
        whole += 1;
        millionths = 0;
    }
    push_number(&mut text, whole);
    if millionths > 0 {
        text.push('.');
        // Six places with leading zeros, then without trailing ones.
        let mut fraction = String::new();
        push_number(&mut fraction, u128::from(millionths + 1_000_000));
        text.push_str(fraction.get(1..).unwrap_or_default().trim_end_matches('0'));
    }
    if text == "-0" {
        text = "0".into();
    }
    text
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Depth(0).deserialize(deserializer)
    }
}

struct Depth(usize);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            IgnoredAny::deserialize(deserializer)?;
            return Ok(Value::Unsupported("nesting deeper than 32 levels"));
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Value, E> {
        Ok(Value::Unsupported("a byte array"))
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Depth(self.0).deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(Depth(self.0 + 1))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(32));
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Depth(self.0 + 1))?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap, SerializeSeq};
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            // A whole number as an integer, as JavaScript's JSON.stringify writes it (`8`, not `8.0`).
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                serializer.serialize_i64(*n as i64)
            }
            Value::Number(n) => serializer.serialize_f64(*n),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                items.iter().try_for_each(|v| seq.serialize_element(v))?;
                seq.end()
            }
            Value::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                entries
                    .iter()
                    .try_for_each(|(k, v)| map.serialize_entry(k, v))?;
                map.end()
            }
            Value::LoneSurrogate => Err(S::Error::custom(
                "a string with a lone UTF-16 surrogate has no UTF-8 form",
            )),
            Value::Unsupported(what) => Err(S::Error::custom(format_args!(
                "{what} is not a value serde can write"
            ))),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn serializes_back_to_the_same_json() {
        let text = r#"{"Name":"web","VolumeSize":8,"Rate":8.5,"Tags":[true,null,-3],"Name":{}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), text);
        for unwritable in [Value::LoneSurrogate, Value::Unsupported("a function")] {
            assert!(serde_json::to_string(&unwritable).is_err());
        }
    }

    #[test]
    fn json_reads_into_the_tree_in_key_order() {
        let v: Value = serde_json::from_str(r#"{"b": [1, 2.5, null], "a": "x"}"#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(vec![Value::Number(1.0), Value::Number(2.5), Value::Null])
                ),
                ("a".into(), Value::String("x".into())),
            ])
        );
    }

    /// How deep the chain of first list items under the first member goes, and what ends it.
    pub(crate) fn nested_list_depth(v: &Value) -> (usize, &Value) {
        let Value::Object(entries) = v else {
            panic!("not an object")
        };
        let mut cur = &entries[0].1;
        let mut depth = 1;
        while let Value::Array(items) = cur {
            cur = &items[0];
            depth += 1;
        }
        (depth, cur)
    }

    #[test]
    fn deep_nesting_is_cut_off_without_recursing() {
        let json = format!("{{\"x\": {}{}}}", "[".repeat(40), "]".repeat(40));
        let v: Value = serde_json::from_str(&json).unwrap();
        let too_deep = Value::Unsupported("nesting deeper than 32 levels");
        assert_eq!(nested_list_depth(&v), (MAX_DEPTH + 1, &too_deep));
    }

    #[test]
    fn describe_speaks_javascript() {
        assert_eq!(Value::Number(8.5).describe(), "the number 8.5");
        assert_eq!(Value::Number(f64::NAN).describe(), "the number NaN");
        let shown = |n: f64| number_text(n);
        assert_eq!(shown(2147483648.0), "2147483648");
        assert_eq!(shown(-0.25), "-0.25");
        assert_eq!(shown(-0.0), "0");
        assert_eq!(shown(10.8), "10.8");
        assert_eq!(shown(0.9999999), "1");
        assert_eq!(shown(9007199254740994.0), "9007199254740994");
        assert_eq!(shown(1e300), "1e+300");
        assert_eq!(shown(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(shown(1e-9), "0 plus a fraction below 0.000001");
        assert_eq!(Value::String("8".into()).describe(), "the string \"8\"");
    }
}
