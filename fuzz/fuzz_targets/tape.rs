//! Any bytes as the JS face's input tape, then `check`: what the `json` target did for JSON
//! text, on the format the package actually reads. The tape read where it lies (as the JS face
//! reads it) finds exactly what `check` finds in its tree. Nothing panics; every issue
//! path names a place in the value; a body comes out exactly when no error was found (strict:
//! no issue at all), and it is plain ASCII starting with `Action=RegisterImage&Version=2016-11-15`.
#![no_main]

use ec2_register_image::__private::check_source;
use ec2_register_image::{check, encode_unchecked, Options};
use ec2_register_image_fuzz::{assert_body_shape, resolves};
use ec2_register_image_js::tape;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let value = match tape::read(data) {
        Ok(value) => value,
        Err(e) => {
            assert!(e.0 <= data.len(), "{e} for a tape of {} bytes", data.len());
            return;
        }
    };
    // The tape reader keeps everything: the value written again is the same tape.
    assert_eq!(tape::write(&value), data);

    let checked = check(&value);
    let tape = tape::Tape::new(data).expect("a tape that reads into a tree");
    assert_eq!(check_source(tape.root()), checked);
    assert_eq!(tape.finish(), Ok(()));
    for issue in &checked.issues {
        assert!(
            resolves(&value, &issue.path, &checked.issues),
            "issue path {} is not in the input: {issue:?}",
            issue.path
        );
    }
    let has_error = checked.issues.iter().any(|i| i.is_error());
    let unchecked = encode_unchecked(&checked.input);
    let strict = checked.clone().into_body(Options::default().strict(true));
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
