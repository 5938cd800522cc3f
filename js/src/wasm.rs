//! The thin JavaScript face: JS values in, JS values out; every decision is the core's.
//!
//! The package's JS wrapper (`pkg-template/api.js`, `parse.js`) turns these raw exports into the
//! public API (`validate`, `buildRequest`, `RegisterImageValidationError`, ...).
//!
//! The npm package builds two halves apart: `wasm-core` (validate, build, endpointUrl) and
//! `wasm-parse` (parseBody, parseResponse), so that a page that only builds requests never
//! downloads the parsers. A build with one half leaves the other's helpers unused.
#![cfg_attr(
    not(all(feature = "wasm-core", feature = "wasm-parse")),
    allow(dead_code, unused_imports)
)]

use ec2_register_image::__private::{check_reading, read_source, summary, to_json};
use ec2_register_image::{endpoint_url_with, parse_body, parse_response, EndpointOptions};
use ec2_register_image::{Checked, Fix, Options, Replacement, Response, ValidationError};
use ec2_register_image::{Code, Issue, IssuePath, Segment, Severity};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

// The npm build's allocator (Cargo.toml, `small-alloc`): TLSF, a quarter of dlmalloc's size.
// Its reallocation in place and pool merging are left out (`Small`): no faster here, and larger.
#[cfg(feature = "small-alloc")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

/// Reads and checks a tape (see [`crate::tape`]; the package's JS writes it), where it lies. The
/// tape is freed once read, before the rules run: its room goes to their issues and to the
/// messages the reader left for last (`check_reading`). The CLI test's 20 MB input takes 28.2 MB
/// of the wasm's memory so, 40.1 MB with the tape kept to the end.
#[cfg(feature = "wasm-core")]
fn check_tape(bytes: Vec<u8>) -> Result<Checked, JsValue> {
    let malformed = |e: crate::tape::TapeError| js_sys::Error::new(&e.message());
    let reading = {
        let tape = crate::tape::Tape::new(&bytes).map_err(malformed)?;
        let reading = read_source(tape.root());
        tape.finish().map_err(malformed)?;
        reading
    };
    drop(bytes);
    Ok(check_reading(reading))
}

/// Every issue of the input `tape` holds (`toTape` in `src/js/tape.js` writes it), as
/// `[{path, keys, code, message, severity, docs, fix?}]`: `path` the text
/// (`BlockDeviceMappings[0].Ebs.Iops`), `keys` the same place as the list of keys Standard Schema
/// wants (`["BlockDeviceMappings", 0, "Ebs", "Iops"]`). Throws only for a malformed tape.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = validate)]
pub fn validate_js(tape: Vec<u8>) -> Result<Array, JsValue> {
    Ok(issues_to_js(&check_tape(tape)?.issues, Style::Js))
}

/// The body for the input `tape` holds; or, when an issue blocks it, throws `{message, issues}`
/// for the wrapper to throw as a `RegisterImageValidationError` (and an `Error` for a malformed
/// tape). A string goes back as it is, with no JS value made for it in wasm.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = build)]
pub fn build_js(tape: Vec<u8>, strict: bool) -> Result<String, JsValue> {
    check_tape(tape)?
        .into_body(Options::default().strict(strict))
        .map_err(|e| failure(&e, Style::Js))
}

fn failure(e: &ValidationError, style: Style) -> JsValue {
    let failure = Object::new();
    set(&failure, "message", &summary(&e.issues).into());
    set(&failure, "issues", &issues_to_js(&e.issues, style));
    failure.into()
}

/// The input a RegisterImage body holds (an object in the AWS SDK's shape); or, when the body
/// is not a well-formed RegisterImage request, `{message, issues}` for the wrapper to throw.
#[cfg(feature = "wasm-parse")]
#[wasm_bindgen(js_name = parseBody)]
pub fn parse_body_js(body: &js_sys::JsString) -> JsValue {
    // A lone surrogate would reach Rust as U+FFFD: refused, never replaced.
    let parsed = match body.is_valid_utf16() {
        true => parse_body(&String::from(body)),
        false => Err(ValidationError {
            issues: vec![Issue::new(
                IssuePath::default(),
                Code::InvalidCharacter,
                "contains a lone UTF-16 surrogate, which no request body can hold".into(),
                Severity::Error,
            )],
        }),
    };
    match parsed {
        // JSON, which the wrapper parses: members the body does not set are left out.
        Ok(input) => to_json(&input).into(),
        // A body's issues name its parameters: `BlockDeviceMapping.1.Ebs.Iops`.
        Err(e) => failure(&e, Style::Body),
    }
}

/// The EC2 endpoint URL for `region` as the AWS SDK resolves it, or `undefined` for a string
/// that is not a region name.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = endpointUrl)]
pub fn endpoint_url_js(region: &str, fips: bool, dual_stack: bool) -> Option<String> {
    endpoint_url_with(
        region,
        EndpointOptions::default().fips(fips).dual_stack(dual_stack),
    )
}

/// `{ok: true, ImageId, RequestId}` or `{ok: false, Errors: [{Code, Message}], RequestId}` for an
/// EC2 RegisterImage reply; throws an `Error` for anything else.
#[cfg(feature = "wasm-parse")]
#[wasm_bindgen(js_name = parseResponse)]
pub fn parse_response_js(xml: &str) -> Result<Object, JsValue> {
    let reply = Object::new();
    let request_id = match parse_response(xml).map_err(|e| js_sys::Error::new(&e.to_string()))? {
        Response::Registered {
            image_id,
            request_id,
        } => {
            set(&reply, "ok", &true.into());
            set(&reply, "ImageId", &image_id.into());
            request_id
        }
        Response::Failed { errors, request_id } => {
            set(&reply, "ok", &false.into());
            let list: Array = errors
                .into_iter()
                .map(|error| {
                    let e = Object::new();
                    set(&e, "Code", &error.code.into());
                    set(&e, "Message", &error.message.into());
                    JsValue::from(e)
                })
                .collect();
            set(&reply, "Errors", &list);
            request_id
        }
        // A kind of reply the core reads and this face does not show yet.
        _ => return Err(js_sys::Error::new("ec2-register-image: an unknown kind of reply").into()),
    };
    set(
        &reply,
        "RequestId",
        &request_id.map_or(JsValue::UNDEFINED, JsValue::from),
    );
    Ok(reply)
}

/// How an issue's `path` text is written for JavaScript; its `keys` are the same in both.
#[derive(Clone, Copy)]
enum Style {
    /// `BlockDeviceMappings[0].Ebs.Iops`.
    Js,
    /// `BlockDeviceMapping.1.Ebs.Iops`.
    Body,
}

fn path_to_js(path: &IssuePath, style: Style) -> JsValue {
    match style {
        Style::Js => path.text().into(),
        Style::Body => path.body().into(),
    }
}

/// `["BlockDeviceMappings", 0, "Ebs", "Iops"]`.
fn keys_to_js(path: &IssuePath) -> Array {
    // Pushed, not collected: `Array`'s `Extend` is 2 KB of the wasm.
    let keys = Array::new();
    for s in path.segments() {
        keys.push(&match s {
            Segment::Member(key) | Segment::Parameter(key) => JsValue::from(key.as_str()),
            Segment::Index(n) => JsValue::from(*n as f64),
            // A kind of step this face does not show yet.
            _ => JsValue::NULL,
        });
    }
    keys
}

fn issues_to_js(issues: &[Issue], style: Style) -> Array {
    let list = Array::new();
    for i in issues {
        let o = Object::new();
        set(&o, "path", &path_to_js(&i.path, style));
        set(&o, "keys", &keys_to_js(&i.path));
        set(&o, "code", &i.code.as_str().into());
        set(&o, "message", &i.message.as_str().into());
        set(
            &o,
            "severity",
            &if i.is_error() { "error" } else { "warning" }.into(),
        );
        set(&o, "docs", &i.docs.into());
        if let Some(fix) = i.fix {
            set(&o, "fix", &fix_to_js(fix));
        }
        list.push(&o);
    }
    list
}

/// `{replace: value}` or `{rename: "Key"}`.
fn fix_to_js(fix: Fix) -> Object {
    let o = Object::new();
    match fix {
        Fix::Replace(r) => set(
            &o,
            "replace",
            &match r {
                Replacement::String(s) => s.into(),
                Replacement::Integer(n) => n.into(),
                Replacement::Boolean(b) => b.into(),
                _ => JsValue::UNDEFINED,
            },
        ),
        Fix::Rename(key) => set(&o, "rename", &key.into()),
        // A kind of repair this face does not show yet: `{}`.
        _ => {}
    }
    o
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}

#[cfg(all(test, feature = "wasm-core", feature = "wasm-parse"))]
#[path = "wasm_tests.rs"]
mod tests;
