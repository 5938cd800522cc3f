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

use crate::api::{check, Options, ValidationError};
use crate::fix::{Fix, Replacement};
use crate::issue::{Code, Issue, IssuePath, Segment, Severity};
use crate::response::{parse_response, Response};
use crate::value::Value;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

// The JS half of the tape: src/js/tape.js.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(module = "/src/js/tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = toTape, catch)]
    fn to_tape(input: &JsValue) -> Result<Vec<u8>, JsValue>;
}

/// Reads a JS value through the tape (see [`crate::tape`]).
#[cfg(feature = "wasm-core")]
fn read_js(input: &JsValue) -> Result<Value, JsValue> {
    crate::tape::read(&to_tape(input)?).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// Every issue of `input`, as `[{path, code, message, severity, docs, fix?}]`, each `path` a string
/// (`BlockDeviceMappings[0].Ebs.Iops`) or, with `segments`, the list of keys Standard Schema
/// wants (`["BlockDeviceMappings", 0, "Ebs", "Iops"]`). Throws only what reading the value itself
/// throws (a throwing getter, a revoked proxy).
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = validate)]
pub fn validate_js(input: &JsValue, segments: bool) -> Result<Array, JsValue> {
    let style = if segments { Style::Segments } else { Style::Js };
    Ok(issues_to_js(&check(&read_js(input)?).issues, style))
}

/// The body as a string; or, when an issue blocks it, `{message, issues}` for the wrapper to
/// throw as a `RegisterImageValidationError`.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = build)]
pub fn build_js(input: &JsValue, strict: bool) -> Result<JsValue, JsValue> {
    Ok(build_result(&read_js(input)?, strict))
}

#[cfg(feature = "wasm-core")]
fn build_result(value: &Value, strict: bool) -> JsValue {
    match check(value).into_body(Options { strict }) {
        Ok(body) => body.into(),
        Err(e) => failure(&e, Style::Js),
    }
}

fn failure(e: &ValidationError, style: Style) -> JsValue {
    let failure = Object::new();
    set(&failure, "message", &e.to_string().into());
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
        true => crate::decode::parse_body(&String::from(body)),
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
        Ok(input) => crate::to_json::to_json(&input).into(),
        // A body's issues name its parameters: `BlockDeviceMapping.1.Ebs.Iops`.
        Err(e) => failure(&e, Style::Body),
    }
}

/// The EC2 endpoint URL for `region` as the AWS SDK resolves it, or `undefined` for a string
/// that is not a region name.
#[cfg(feature = "wasm-core")]
#[wasm_bindgen(js_name = endpointUrl)]
pub fn endpoint_url_js(region: &str, fips: bool, dual_stack: bool) -> Option<String> {
    crate::endpoint::url_with(
        region,
        crate::endpoint::EndpointOptions { fips, dual_stack },
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
    };
    set(
        &reply,
        "RequestId",
        &request_id.map_or(JsValue::UNDEFINED, JsValue::from),
    );
    Ok(reply)
}

/// How an issue's path is shown to JavaScript.
#[derive(Clone, Copy)]
enum Style {
    /// `BlockDeviceMappings[0].Ebs.Iops`.
    Js,
    /// `BlockDeviceMapping.1.Ebs.Iops`.
    Body,
    /// `["BlockDeviceMappings", 0, "Ebs", "Iops"]`.
    Segments,
}

fn path_to_js(path: &IssuePath, style: Style) -> JsValue {
    match style {
        Style::Js => path.to_string().into(),
        Style::Body => path.body().into(),
        Style::Segments => path
            .segments()
            .iter()
            .map(|s| match s {
                Segment::Member(key) | Segment::Parameter(key) => JsValue::from(key.as_str()),
                Segment::Index(n) => JsValue::from(*n as f64),
            })
            .collect::<Array>()
            .into(),
    }
}

fn issues_to_js(issues: &[Issue], style: Style) -> Array {
    issues
        .iter()
        .map(|i| {
            let o = Object::new();
            set(&o, "path", &path_to_js(&i.path, style));
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
            JsValue::from(o)
        })
        .collect()
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
            },
        ),
        Fix::Rename(key) => set(&o, "rename", &key.into()),
    }
    o
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}

#[cfg(all(test, feature = "wasm-core", feature = "wasm-parse"))]
mod tests {
    //! Run in Node and in headless Chromium by `make test` (wasm-bindgen-test-runner).
    use super::*;
    use js_sys::{Function, JSON};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn js(source: &str) -> JsValue {
        Function::new_no_args(&format!("return ({source});"))
            .call0(&JsValue::UNDEFINED)
            .unwrap()
    }

    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &key.into()).unwrap()
    }

    /// `[path, code]` of each issue.
    fn codes(issues: &Array) -> Vec<(String, String)> {
        issues
            .iter()
            .map(|i| {
                (
                    get(&i, "path").as_string().unwrap(),
                    get(&i, "code").as_string().unwrap(),
                )
            })
            .collect()
    }

    #[wasm_bindgen_test]
    fn every_public_vector_through_the_js_face() {
        let vectors = JSON::parse(include_str!("../tests/data/vectors.json")).unwrap();
        let vectors: Array = vectors.unchecked_into();
        assert_eq!(vectors.length(), 40);
        for v in vectors.iter() {
            let body = build_js(&get(&v, "input"), false).unwrap();
            assert_eq!(body.as_string(), get(&v, "body").as_string());
        }
    }

    #[wasm_bindgen_test]
    fn issues_are_plain_objects_with_docs_and_a_fix_when_sure() {
        let keys = |v: &JsValue| {
            Object::keys(v.unchecked_ref::<Object>())
                .join(",")
                .as_string()
                .unwrap()
        };
        let issues = validate_js(
            &js(r#"{Name: "ab", DryRun: "true", Architecture: "X86_64", volumeSize: 8}"#),
            false,
        )
        .unwrap();
        // Unknown keys are reported first (volumeSize), then each member as it is read.
        let first = issues.get(1);
        assert_eq!(get(&first, "path").as_string().unwrap(), "DryRun");
        assert_eq!(get(&first, "code").as_string().unwrap(), "WrongType");
        assert_eq!(
            get(&first, "message").as_string().unwrap(),
            "must be a boolean (true or false); got the string \"true\""
        );
        assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
        assert_eq!(
            get(&first, "docs").as_string().unwrap(),
            "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterImage.html"
        );
        assert_eq!(keys(&first), "path,code,message,severity,docs,fix");
        let fixes: Vec<String> = issues
            .iter()
            .map(|i| match get(&i, "fix") {
                fix if fix.is_undefined() => "-".into(),
                fix => String::from(JSON::stringify(&fix).unwrap()),
            })
            .collect();
        // volumeSize: no member of the input is near enough ("VolumeSize" is an EBS member).
        assert_eq!(
            fixes,
            [
                "-",
                r#"{"replace":true}"#,
                "-",
                r#"{"replace":"x86_64"}"#,
                "-"
            ]
        );
        let no_fix = issues.get(0);
        assert_eq!(get(&no_fix, "code").as_string().unwrap(), "UnknownField");
        assert_eq!(keys(&no_fix), "path,code,message,severity,docs");
        let numbers = validate_js(
            &js(r#"{BlockDeviceMappings: [{Ebs: {VolumeSize: "8"}}]}"#),
            true,
        )
        .unwrap();
        let first = numbers.get(0);
        assert_eq!(
            JSON::stringify(&get(&first, "path")).unwrap(),
            r#"["BlockDeviceMappings",0,"Ebs","VolumeSize"]"#
        );
        assert_eq!(
            JSON::stringify(&get(&first, "fix")).unwrap(),
            r#"{"replace":8}"#
        );
    }

    #[wasm_bindgen_test]
    fn a_blocked_input_gives_message_and_issues() {
        let failure = build_js(&js(r#"{Name: "ab"}"#), false).unwrap();
        assert_eq!(
            get(&failure, "message").as_string().unwrap(),
            "RegisterImage input has 1 error and 1 warning; first: Name: must be 3-128 characters; it has 2 (TooShort)"
        );
        let issues: Array = get(&failure, "issues").unchecked_into();
        assert_eq!(issues.length(), 2);
        // A warning blocks only in strict mode.
        let warned = js(r#"{Name: "abc"}"#);
        assert!(build_js(&warned, false).unwrap().is_string());
        assert!(!build_js(&warned, true).unwrap().is_string());
    }

    #[wasm_bindgen_test]
    fn a_lone_surrogate_is_an_error_at_its_path_not_a_replacement() {
        let issues = validate_js(
            &js(r#"{Name: "ab\uD800c", Description: "real \uFFFD is fine", ImageLocation: "x"}"#),
            false,
        )
        .unwrap();
        assert_eq!(
            codes(&issues),
            [("Name".to_string(), "InvalidCharacter".to_string())]
        );
    }

    #[wasm_bindgen_test]
    fn values_no_member_can_hold() {
        let issues = validate_js(
            &js(
                r#"{Name: () => 1, Description: Symbol("s"), ImageLocation: 10n, KernelId: new Date(0),
                BlockDeviceMappings: new Map(), BillingProducts: [NaN], DryRun: Infinity}"#,
            ),
            false,
        )
        .unwrap();
        let messages: Vec<String> = issues
            .iter()
            .map(|i| get(&i, "message").as_string().unwrap())
            .collect();
        assert_eq!(
            messages[..7],
            [
                "must be a string; got a function",
                "must be a string; got a symbol",
                "must be a string; got a BigInt",
                "must be a string; got a Date",
                "must be a list; got a Map (use a plain object)",
                "must be a string; got the number NaN",
                "must be a boolean (true or false); got the number Infinity",
            ]
        );
    }

    #[wasm_bindgen_test]
    fn cycles_and_deep_nesting_end_at_the_depth_limit() {
        let cyclic =
            js("(() => { const o = {Name: 'abc', ImageLocation: 'x'}; o.Self = o; return o; })()");
        assert_eq!(
            codes(&validate_js(&cyclic, false).unwrap()),
            [("Self".to_string(), "UnknownField".to_string())]
        );
        let deep = js("(() => { let v = 1; for (let i = 0; i < 5000; i++) v = [v]; return {Name: 'abc', ImageLocation: 'x', Deep: v}; })()");
        assert_eq!(
            codes(&validate_js(&deep, false).unwrap()),
            [("Deep".to_string(), "UnknownField".to_string())]
        );
    }

    #[wasm_bindgen_test]
    fn a_throwing_getter_is_a_js_error_and_the_instance_lives_on() {
        let hostile = js("{ get Name() { throw new Error('boom'); } }");
        let err = validate_js(&hostile, false).unwrap_err();
        assert_eq!(get(&err, "message").as_string().unwrap(), "boom");
        let ok = build_js(&js("{Name: 'still fine', ImageLocation: 'b/m.xml'}"), false).unwrap();
        assert_eq!(
            ok.as_string().unwrap(),
            "Action=RegisterImage&Version=2016-11-15&Name=still%20fine&ImageLocation=b%2Fm.xml"
        );
    }

    /// Whatever JSON can hold reads the same through the tape as through `JSON.stringify`
    /// and serde_json (what a Rust user reads JSON with); numbers are bit-exact on the tape
    /// (JSON rounds some). serde_json refuses a lone surrogate escape, which JSON allows and
    /// `JSON.stringify` writes; the tape keeps it as [`Value::LoneSurrogate`].
    #[wasm_bindgen_test]
    fn the_tape_reads_what_json_reads() {
        fn has_lone_surrogate(v: &Value) -> bool {
            match v {
                Value::LoneSurrogate => true,
                Value::Array(items) => items.iter().any(has_lone_surrogate),
                Value::Object(entries) => entries.iter().any(|(_, v)| has_lone_surrogate(v)),
                _ => false,
            }
        }
        let inputs = js(r#"[
            {Name: "ab\uD800", Description: "\uDC00x"},
            {Name: "a\uD83D\uDE00", ImageLocation: "é \u{1F600}"},
            {BillingProducts: [undefined, null, 1.5, -0, "x".repeat(40) + "é"], DryRun: undefined},
            {BlockDeviceMappings: [{Ebs: {Iops: 2 ** 31, VolumeSize: 2 ** 40, Throughput: 1e20, EbsCardIndex: -0}}, , null]},
            {"__proto__": 1, constructor: 2, "a\u0000": 3, x: {y: {z: [[[1]]]}}},
            null, 5, "str", [1, 2], true, {UefiData: "QUJD".repeat(5000)}
        ]"#);
        let inputs: Array = inputs.unchecked_into();
        let vectors: Array = JSON::parse(include_str!("../tests/data/vectors.json"))
            .unwrap()
            .unchecked_into();
        let mut refused = 0;
        for input in inputs
            .iter()
            .chain(vectors.iter().map(|v| get(&v, "input")))
        {
            let json = JSON::stringify(&input).unwrap().as_string().unwrap();
            let tape = read_js(&input).unwrap();
            match serde_json::from_str::<Value>(&json) {
                Ok(read) => assert_eq!(tape, read, "{json}"),
                Err(e) => {
                    assert!(e.to_string().contains("hex escape"), "{json}: {e}");
                    assert!(has_lone_surrogate(&tape), "{json}");
                    refused += 1;
                }
            }
        }
        assert_eq!(refused, 1);
        // Bit-exact numbers; a key with a lone surrogate keeps the rest of its text.
        let exact = js(r#"{Iops: 2 ** 53 + 2, Size: 1e300, "k\uD800": NaN}"#);
        let Value::Object(entries) = read_js(&exact).unwrap() else {
            panic!()
        };
        assert_eq!(
            entries[0],
            ("Iops".into(), Value::Number(9007199254740994.0))
        );
        assert_eq!(entries[1], ("Size".into(), Value::Number(1e300)));
        assert_eq!(entries[2].0, "k\u{FFFD}");
        assert!(matches!(entries[2].1, Value::Number(n) if n.is_nan()));
    }

    #[wasm_bindgen_test]
    fn the_walk_keeps_its_bounds() {
        let sparse = js("{BillingProducts: Object.assign([], {length: 2 ** 32 - 1})}");
        assert_eq!(
            codes(&validate_js(&sparse, false).unwrap()),
            [
                ("BillingProducts".to_string(), "TooMany".to_string()),
                ("Name".to_string(), "Required".to_string()),
                ("RootDeviceName".to_string(), "Required".to_string()),
            ]
        );
        let shared = js(
            "(() => { let o = {}; for (let i = 0; i < 40; i++) o = {a: o, b: o}; return o; })()",
        );
        let Value::Object(entries) = read_js(&shared).unwrap() else {
            panic!()
        };
        assert_eq!(entries.len(), 2);
    }

    #[wasm_bindgen_test]
    fn endpoints() {
        let url = |region, fips, dual| endpoint_url_js(region, fips, dual);
        assert_eq!(
            url("us-east-1", false, false).unwrap(),
            "https://ec2.us-east-1.amazonaws.com/"
        );
        assert_eq!(
            url("cn-northwest-1", false, true).unwrap(),
            "https://ec2.cn-northwest-1.api.amazonwebservices.com.cn/"
        );
        assert_eq!(url("us-east-1.evil.com", false, false), None);
    }
}
