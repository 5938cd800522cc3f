//! `parse_body` on any text: no panic, no hang. A body it accepts encodes to a body that parses
//! back to the same input. (The JS face's tape has its own target, `tape`.)
#![no_main]

use ec2_register_image::{encode_unchecked, parse_body};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(input) = parse_body(text) {
        assert_eq!(
            parse_body(&encode_unchecked(&input)).as_ref(),
            Ok(&input),
            "{text:?}"
        );
    }
});
