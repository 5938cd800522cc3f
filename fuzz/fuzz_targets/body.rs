//! `parse_body` on any text, and `tape::read` on any bytes: no panic, no hang. A body it
//! accepts encodes to a body that parses back to the same input.
#![no_main]

use ec2_register_image::{check, encode_unchecked, parse_body, tape};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = tape::read(data) {
        let _ = check(&value);
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(input) = parse_body(text) {
        assert_eq!(parse_body(&encode_unchecked(&input)).as_ref(), Ok(&input), "{text:?}");
    }
});
