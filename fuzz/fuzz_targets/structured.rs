//! Structured input: the crate's model with `Arbitrary` derived (its `arbitrary` feature), some
//! strings and integers moved to a rule's edge ([`Structured`]): `validate`,
//! `encode_unchecked`, `encode`.
//!
//! - a standard form decoder gives back exactly the input's parameters, in SDK order (nothing
//!   in a value can add, split or change a parameter);
//! - the body is plain ASCII;
//! - `encode` succeeds exactly when `validate` finds no error (strict: no issue at all), and
//!   then gives that body;
//! - the same input as an untyped tree (serde's form of the model), and as the JS face's tape,
//!   reads back to the same model with the same issues, each at a path in the tree;
//! - messages stay short whatever the values (long values are cut).
#![no_main]

use ec2_register_image::{check, encode, encode_unchecked, encode_with, validate, Options};
use ec2_register_image_fuzz::{assert_body_shape, parameters, resolves, to_value, Structured};
use ec2_register_image_js::tape;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: Structured| {
    let input = s.model();
    let issues = validate(&input);
    let body = encode_unchecked(&input);
    assert_body_shape(&body);
    let decoded: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(decoded, parameters(&input));

    let has_error = issues.iter().any(|i| i.is_error());
    match encode(&input) {
        Ok(b) => {
            assert!(!has_error, "{issues:?}");
            assert_eq!(b, body);
        }
        Err(e) => {
            assert!(has_error);
            assert_eq!(e.issues, issues);
        }
    }
    assert_eq!(
        encode_with(&input, Options::default().strict(true)).is_ok(),
        issues.is_empty()
    );
    for issue in &issues {
        assert!(
            issue.message.chars().count() <= 1_000,
            "a message of {} characters: {}",
            issue.message.chars().count(),
            issue.path
        );
    }

    let value = to_value(&input);
    let checked = check(&value);
    assert_eq!(checked.input, input);
    assert_eq!(checked.issues, issues);
    for issue in &checked.issues {
        assert!(resolves(&value, &issue.path, &checked.issues), "{issue:?}");
    }

    let read = tape::read(&tape::write(&value)).expect("the tape of a value reads");
    assert_eq!(read, value);
});
