//! Differential: whatever serde_json (correctly rounded numbers) reads, `from_json` reads too,
//! into the same tree (numbers equal up to rounding, and never whole where serde_json's is not),
//! with the same issues and the same body (unless a number's digits and serde_json's rounding
//! disagree on whether it is whole: see `same`). And
//! when the strict typed `Deserialize` of `RegisterImageInput` accepts a document, the
//! permissive reader finds nothing wrong with it and reads the same input (unless it gave a
//! struct as a list of its members, which serde's derive accepts and the reader refuses).
#![no_main]

use ec2_register_image::{check, from_json, read, Options, RegisterImageInput, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = from_json(text);
    if let Ok(theirs) = serde_json::from_str::<Value>(text) {
        let ours = match ours {
            Ok(v) => v,
            Err(e) => panic!("serde_json reads {text:?}, from_json does not: {e}"),
        };
        let mut diverged = false;
        same(&ours, &theirs, "", &mut diverged);
        if diverged {
            return;
        }
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
        // serde's derived Deserialize also takes a struct as a list of its members in order
        // (`["my-ami"]` is `{"Name": "my-ami"}`); the permissive reader refuses that shape.
        let positional = |i: &ec2_register_image::Issue| {
            i.code == ec2_register_image::Code::WrongType
                && i.message == "must be an object; got a list"
        };
        if reading.issues.is_empty() {
            assert_eq!(reading.input, typed, "{text:?}");
        } else {
            assert!(
                reading.issues.iter().all(positional),
                "typed Deserialize accepts {text:?}: {:?}",
                reading.issues
            );
        }
    }
});

/// The two trees alike. Numbers: equal up to rounding, and never a fraction where serde_json
/// has one. from_json decides whether a number is whole from its digits and never reads a
/// non-zero number as 0 (src/json.rs), so where serde_json's correctly rounded double is whole
/// (`5.00000000000000001`, `1e-400`) and the digits are not, it may read the neighbour that is
/// not: allowed, and then `diverged` is set (the issues may differ).
fn same(ours: &Value, theirs: &Value, at: &str, diverged: &mut bool) {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (*a, *b);
            if a.is_nan() || b.is_nan() || a.is_infinite() || b.is_infinite() {
                assert!(
                    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                    "number at {at:?}: ours {a:e}, serde_json {b:e}"
                );
                return;
            }
            assert_eq!(
                a.is_sign_negative(),
                b.is_sign_negative(),
                "number at {at:?}: ours {a:e}, serde_json {b:e}"
            );
            let whole = |n: f64| n.fract() == 0.0;
            assert!(
                whole(b) || !whole(a),
                "a fraction read as whole at {at:?}: ours {a:e}, serde_json {b:e}"
            );
            let close = a == b
                || (a - b).abs() <= 1e-15 * a.abs().max(b.abs())
                || (a - b).abs() <= 4.0 * f64::from_bits(1);
            assert!(close, "number at {at:?}: ours {a:e}, serde_json {b:e}");
            if whole(a) != whole(b) {
                *diverged = true;
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "list at {at:?}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same(x, y, &format!("{at}[{i}]"), diverged);
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(a.len(), b.len(), "object at {at:?}");
            for ((ka, x), (kb, y)) in a.iter().zip(b) {
                assert_eq!(ka, kb, "key at {at:?}");
                same(x, y, &format!("{at}.{ka}"), diverged);
            }
        }
        (a, b) => assert_eq!(a, b, "at {at:?}"),
    }
}
