//! Differential: whatever serde_json (correctly rounded numbers) reads, `from_json` reads too,
//! into the same tree (numbers: same kind of number for every rule: whole or not, finite or
//! not, 32-bit or not, and equal up to rounding), with the same issues and the same body. And
//! when the strict typed `Deserialize` of `RegisterImageInput` accepts a document, the
//! permissive reader finds nothing wrong with it and reads the same input.
#![no_main]

use ec2_register_image::{check, from_json, read, Options, RegisterImageInput, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = from_json(text);
    if let Ok(theirs) = serde_json::from_str::<Value>(text) {
        let theirs = markers(theirs);
        let ours = match ours {
            Ok(v) => v,
            Err(e) => panic!("serde_json reads {text:?}, from_json does not: {e}"),
        };
        same(&ours, &theirs, "");
        let (a, b) = (check(&ours), check(&theirs));
        let codes = |c: &ec2_register_image::Checked| {
            c.issues
                .iter()
                .map(|i| (i.path.clone(), i.code, i.severity))
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&a), codes(&b));
        assert_eq!(
            a.into_body(Options::default()).ok(),
            b.into_body(Options::default()).ok()
        );
    }
    if let Ok(typed) = serde_json::from_str::<RegisterImageInput>(text) {
        let value = from_json(text).expect("typed Deserialize accepts it");
        let reading = read(&value);
        assert_eq!(reading.issues, vec![], "typed Deserialize accepts {text:?}");
        assert_eq!(reading.input, typed);
    }
});

/// What `from_json` does to `{"\u0000": "<what>"}` (the JS face's markers), on serde's tree.
fn markers(v: Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.into_iter().map(markers).collect()),
        Value::Object(entries) => {
            if let [(key, Value::String(what))] = entries.as_slice() {
                if key == "\0" {
                    let known = match what.as_str() {
                        "NaN" => return Value::Number(f64::NAN),
                        "Infinity" => return Value::Number(f64::INFINITY),
                        "-Infinity" => return Value::Number(f64::NEG_INFINITY),
                        "undefined" => return Value::Null,
                        "function" => "a function",
                        "symbol" => "a symbol",
                        "bigint" => "a BigInt",
                        "Date" => "a Date",
                        "Map" => "a Map (use a plain object)",
                        "Set" => "a Set (use an array)",
                        _ => "",
                    };
                    if !known.is_empty() {
                        return Value::Unsupported(known);
                    }
                }
            }
            Value::Object(entries.into_iter().map(|(k, v)| (k, markers(v))).collect())
        }
        other => other,
    }
}

fn same(ours: &Value, theirs: &Value, at: &str) {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) => {
            let kind = |n: f64| {
                (
                    n.is_nan(),
                    n.is_finite(),
                    n.fract() == 0.0,
                    n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX),
                    n.is_sign_negative() && n != 0.0,
                )
            };
            assert_eq!(kind(*a), kind(*b), "number at {at:?}: ours {a:e}, serde_json {b:e}");
            if a.is_finite() && b.is_finite() {
                let close = a == b || (a - b).abs() <= 1e-15 * a.abs().max(b.abs());
                assert!(close, "number at {at:?}: ours {a:e}, serde_json {b:e}");
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "list at {at:?}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same(x, y, &format!("{at}[{i}]"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(a.len(), b.len(), "object at {at:?}");
            for ((ka, x), (kb, y)) in a.iter().zip(b) {
                assert_eq!(ka, kb, "key at {at:?}");
                same(x, y, &format!("{at}.{ka}"));
            }
        }
        (a, b) => assert_eq!(a, b, "at {at:?}"),
    }
}
