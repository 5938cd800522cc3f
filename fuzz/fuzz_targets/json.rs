//! Arbitrary bytes as a JSON document: `from_json`, then `check`. Nothing panics; every issue
//! path names a place in the document; a body comes out exactly when no error was found, and
//! it is plain ASCII starting with `Action=RegisterImage&Version=2016-11-15`.
#![no_main]

use ec2_register_image::{check, encode_unchecked, from_json, read, Options};
use ec2_register_image_fuzz::{assert_body_shape, resolves};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let value = match from_json(text) {
        Ok(value) => value,
        Err(e) => {
            assert!(
                e.offset <= text.len(),
                "{e} for a text of {} bytes",
                text.len()
            );
            return;
        }
    };
    // The path parser in `Reading::remap`, on any text.
    let _ = read(&value).remap(text);

    let checked = check(&value);
    for issue in &checked.issues {
        assert!(
            resolves(&value, &issue.path, &checked.issues),
            "issue path {:?} is not in the input: {issue:?}",
            issue.path
        );
    }
    let has_error = checked.issues.iter().any(|i| i.is_error());
    let unchecked = encode_unchecked(&checked.input);
    let strict = checked.clone().into_body(Options { strict: true });
    assert_eq!(strict.is_ok(), checked.issues.is_empty());
    match checked.into_body(Options::default()) {
        Ok(body) => {
            assert!(!has_error);
            assert_body_shape(&body);
            assert_eq!(body, unchecked);
        }
        Err(e) => {
            assert!(has_error);
            assert!(e.to_string().starts_with("RegisterImage input has "));
        }
    }
});
