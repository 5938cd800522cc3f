//! A Rust user's library over ec2-register-image: it exports a `validate` of its own, which the
//! core must not clash with (the core exports nothing to JavaScript).

use ec2_register_image::{check, Options, Value};

/// The body for an input, or the first issue's text.
pub fn body(input: &Value) -> Result<String, String> {
    let checked = check(input);
    match checked.issues.first() {
        Some(issue) if issue.is_error() => Err(issue.to_string()),
        _ => checked.into_body(Options::default()).map_err(|e| e.to_string()),
    }
}

/// A wasm export named like one the JavaScript face of the core has.
#[no_mangle]
pub extern "C" fn validate() -> u32 {
    u32::from(body(&Value::Null).is_err())
}

/// The body of the `http::Request` for an input (the core's `http` feature).
pub fn http_body(input: &Value) -> Option<String> {
    let request = check(input)
        .into_request("us-east-1", Options::default(), Default::default())
        .ok()?;
    Some(request.into_http().into_body())
}
