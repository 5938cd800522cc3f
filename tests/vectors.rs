//! Every public vector (tests/data/vectors.json, bodies made by `@aws-sdk/client-ec2` 3.1169.0)
//! reads and validates with no error and encodes to exactly its body.

use ec2_register_image::{check, encode, parse_body, Options, RegisterImageInput, Severity, Value};

fn vectors() -> Vec<(serde_json::Value, String)> {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("data/vectors.json")).expect("vectors.json parses");
    all.as_array()
        .expect("a list")
        .iter()
        .map(|v| {
            (
                v["input"].clone(),
                v["body"].as_str().expect("body").to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_vector_checks_clean_and_encodes_byte_identical() {
    let vectors = vectors();
    assert_eq!(vectors.len(), 40);
    for (n, (input, body)) in vectors.iter().enumerate() {
        let value: Value = serde_json::from_value(input.clone()).unwrap();
        let checked = check(&value);
        let errors: Vec<_> = checked
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "vector {n}: {errors:#?}");
        assert_eq!(
            &checked.into_body(Options::default()).unwrap(),
            body,
            "vector {n}"
        );
    }
}

#[test]
fn typed_serde_reads_the_same_inputs() {
    for (n, (input, body)) in vectors().into_iter().enumerate() {
        let typed: RegisterImageInput = serde_json::from_value(input).unwrap();
        assert_eq!(encode(&typed).unwrap(), body, "vector {n}");
    }
}

#[test]
fn input_key_order_does_not_matter() {
    for (n, (input, body)) in vectors().into_iter().enumerate() {
        let mut value: Value = serde_json::from_value(input).unwrap();
        if let Value::Object(entries) = &mut value {
            entries.reverse();
        }
        assert_eq!(
            check(&value).into_body(Options::default()).unwrap(),
            body,
            "vector {n}"
        );
    }
}

#[test]
fn every_body_parses_back_to_its_input() {
    for (n, (input, body)) in vectors().into_iter().enumerate() {
        let value: Value = serde_json::from_value(input).unwrap();
        let parsed = parse_body(&body).unwrap_or_else(|e| panic!("vector {n}: {e}"));
        assert_eq!(parsed, check(&value).input, "vector {n}");
        assert_eq!(encode(&parsed).unwrap(), body, "vector {n}");
    }
}
