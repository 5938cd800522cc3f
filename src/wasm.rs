//! The thin JavaScript face: JS values in, JS values out; every decision is the core's.
//!
//! The package's JS wrapper (`js/api.js`) turns these raw exports into the public API
//! (`validate`, `buildRequest`, `RegisterImageValidationError`).

use crate::{check, Issue, Options, Value, MAX_DEPTH};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = r#"
// JSON.stringify with markers for what JSON cannot hold, so the fast path loses nothing:
// {"\u0000": "NaN"}, {"\u0000": "function"}, ... (read by src/json.rs). `undefined` when
// JSON.stringify refuses the value: the caller then walks the value itself.
function mark(key, value) {
  switch (typeof value) {
    // A Date arrives here already as its toJSON string.
    case "string": return this[key] instanceof Date ? { "\u0000": "Date" } : value;
    case "boolean": return value;
    case "number": return Number.isFinite(value) ? value : { "\u0000": String(value) };
    case "function": case "symbol": case "bigint": return { "\u0000": typeof value };
  }
  if (value instanceof Map) return { "\u0000": "Map" };
  if (value instanceof Set) return { "\u0000": "Set" };
  return value;
}
const encoder = new TextEncoder();
// UTF-8 bytes: wasm-bindgen copies a Uint8Array into wasm memory with one native `set`, where a
// string goes through a JavaScript loop per character.
export function toJson(input) {
  let json;
  try {
    json = JSON.stringify(input, mark) ?? "null";
  } catch {
    // A cycle, nesting deeper than the stack, a throwing getter: the walk stops at the depth
    // limit, and rethrows what a getter throws.
    return undefined;
  }
  return encoder.encode(json);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = toJson, catch)]
    fn to_json(input: &JsValue) -> Result<Option<Vec<u8>>, JsValue>;
}

/// Reads a JS value: as one `JSON.stringify` string when it can (one copy across the boundary
/// instead of a call per key and value), else by walking it.
fn read_js(input: &JsValue) -> Result<Value, JsValue> {
    match to_json(input)? {
        // TextEncoder output is UTF-8 (lone surrogates are `\uD800` escapes in JSON by then).
        Some(json) => {
            parse(std::str::from_utf8(&json).map_err(|e| js_sys::Error::new(&e.to_string()))?)
        }
        None => to_value(input, 0),
    }
}

/// Every issue of `input`, as `[{path, code, message, severity}]`. Throws only what reading
/// the value itself throws (a throwing getter, a revoked proxy).
#[wasm_bindgen(js_name = validate)]
pub fn validate_js(input: &JsValue) -> Result<Array, JsValue> {
    Ok(issues_to_js(&check(&read_js(input)?).issues))
}

/// The body as a string; or, when an issue blocks it, `{message, issues}` for the wrapper to
/// throw as a `RegisterImageValidationError`.
#[wasm_bindgen(js_name = build)]
pub fn build_js(input: &JsValue, strict: bool) -> Result<JsValue, JsValue> {
    Ok(build_result(&read_js(input)?, strict))
}

fn parse(json: &str) -> Result<Value, JsValue> {
    crate::from_json(json).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

fn build_result(value: &Value, strict: bool) -> JsValue {
    match check(value).into_body(Options { strict }) {
        Ok(body) => body.into(),
        Err(e) => {
            let failure = Object::new();
            set(&failure, "message", &e.to_string().into());
            set(&failure, "issues", &issues_to_js(&e.issues));
            failure.into()
        }
    }
}

/// The EC2 endpoint URL for `region` as the AWS SDK resolves it, or `undefined` for a string
/// that is not a region name.
#[wasm_bindgen(js_name = endpointUrl)]
pub fn endpoint_url_js(region: &str, fips: bool, dual_stack: bool) -> Option<String> {
    crate::endpoint::url_with(region, crate::EndpointOptions { fips, dual_stack })
}

/// `{ok: true, ImageId, RequestId}` or `{ok: false, Errors: [{Code, Message}], RequestId}` for an
/// EC2 RegisterImage reply; throws an `Error` for anything else.
#[wasm_bindgen(js_name = parseResponse)]
pub fn parse_response_js(xml: &str) -> Result<Object, JsValue> {
    let reply = Object::new();
    let request_id =
        match crate::parse_response(xml).map_err(|e| js_sys::Error::new(&e.to_string()))? {
            crate::Response::Registered {
                image_id,
                request_id,
            } => {
                set(&reply, "ok", &true.into());
                set(&reply, "ImageId", &image_id.into());
                request_id
            }
            crate::Response::Failed { errors, request_id } => {
                set(&reply, "ok", &false.into());
                let list: Array = errors
                    .into_iter()
                    .map(|(code, message)| {
                        let e = Object::new();
                        set(&e, "Code", &code.into());
                        set(&e, "Message", &message.into());
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

fn issues_to_js(issues: &[Issue]) -> Array {
    issues
        .iter()
        .map(|i| {
            let o = Object::new();
            set(&o, "path", &i.path.as_str().into());
            set(&o, "code", &i.code.as_str().into());
            set(&o, "message", &i.message.as_str().into());
            set(
                &o,
                "severity",
                &if i.is_error() { "error" } else { "warning" }.into(),
            );
            JsValue::from(o)
        })
        .collect()
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}

/// Reads any JS value into the permissive tree, never recursing deeper than [`MAX_DEPTH`] (so a
/// cyclic object ends there too).
fn to_value(js: &JsValue, depth: usize) -> Result<Value, JsValue> {
    if js.is_null() || js.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = js.as_string() {
        // `as_string` replaces a lone surrogate with U+FFFD; only then is the slow check needed.
        if s.contains('\u{FFFD}') && !js.unchecked_ref::<JsString>().is_valid_utf16() {
            return Ok(Value::LoneSurrogate);
        }
        return Ok(Value::String(s));
    }
    if js.is_bigint() {
        return Ok(Value::Unsupported("a BigInt"));
    }
    if js.is_symbol() {
        return Ok(Value::Unsupported("a symbol"));
    }
    if js.is_function() {
        return Ok(Value::Unsupported("a function"));
    }
    if depth >= MAX_DEPTH {
        return Ok(Value::Unsupported("nesting deeper than 32 levels"));
    }
    if Array::is_array(js) {
        let array: &Array = js.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            items.push(to_value(&Reflect::get_u32(array, i)?, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    if js.is_instance_of::<js_sys::Date>() {
        return Ok(Value::Unsupported("a Date"));
    }
    if js.is_instance_of::<js_sys::Map>() {
        return Ok(Value::Unsupported("a Map (use a plain object)"));
    }
    if js.is_instance_of::<js_sys::Set>() {
        return Ok(Value::Unsupported("a Set (use an array)"));
    }
    let object: &Object = js.unchecked_ref();
    let keys = Object::keys(object);
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let value = Reflect::get(object, &key)?;
        let key = key.as_string().unwrap_or_default();
        entries.push((key, to_value(&value, depth + 1)?));
    }
    Ok(Value::Object(entries))
}

#[cfg(test)]
mod tests {
    //! Run in Node and in headless Chromium by `make test` (wasm-bindgen-test-runner).
    use super::*;
    use js_sys::{Function, JSON};
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
    fn issues_are_plain_objects_with_four_fields() {
        let issues = validate_js(&js(r#"{Name: "ab", DryRun: "true"}"#)).unwrap();
        let first = issues.get(0);
        assert_eq!(get(&first, "path").as_string().unwrap(), "DryRun");
        assert_eq!(get(&first, "code").as_string().unwrap(), "WrongType");
        assert_eq!(
            get(&first, "message").as_string().unwrap(),
            "must be a boolean (true or false); got the string \"true\""
        );
        assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
        assert_eq!(
            Object::keys(first.unchecked_ref::<Object>())
                .join(",")
                .as_string()
                .unwrap(),
            "path,code,message,severity"
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
        let issues = validate_js(&js(
            r#"{Name: "ab\uD800c", Description: "real \uFFFD is fine", ImageLocation: "x"}"#,
        ))
        .unwrap();
        assert_eq!(
            codes(&issues),
            [("Name".to_string(), "InvalidCharacter".to_string())]
        );
    }

    #[wasm_bindgen_test]
    fn values_no_member_can_hold() {
        let issues = validate_js(&js(
            r#"{Name: () => 1, Description: Symbol("s"), ImageLocation: 10n, KernelId: new Date(0),
                BlockDeviceMappings: new Map(), BillingProducts: [NaN], DryRun: Infinity}"#,
        ))
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
            codes(&validate_js(&cyclic).unwrap()),
            [("Self".to_string(), "UnknownField".to_string())]
        );
        let deep = js("(() => { let v = 1; for (let i = 0; i < 5000; i++) v = [v]; return {Name: 'abc', ImageLocation: 'x', Deep: v}; })()");
        assert_eq!(
            codes(&validate_js(&deep).unwrap()),
            [("Deep".to_string(), "UnknownField".to_string())]
        );
    }

    #[wasm_bindgen_test]
    fn a_throwing_getter_is_a_js_error_and_the_instance_lives_on() {
        let hostile = js("{ get Name() { throw new Error('boom'); } }");
        let err = validate_js(&hostile).unwrap_err();
        assert_eq!(get(&err, "message").as_string().unwrap(), "boom");
        let ok = build_js(&js("{Name: 'still fine', ImageLocation: 'b/m.xml'}"), false).unwrap();
        assert_eq!(
            ok.as_string().unwrap(),
            "Action=RegisterImage&Version=2016-11-15&Name=still%20fine&ImageLocation=b%2Fm.xml"
        );
    }

    /// The fast path (JSON.stringify with markers, then src/json.rs) and the walk read every
    /// kind of value alike.
    #[wasm_bindgen_test]
    fn the_json_path_and_the_walk_agree() {
        let inputs = js(r#"[
            {Name: "ab\uD800", Description: "\uDC00x", ImageLocation: "é \u{1F600}"},
            {Name: () => 1, Description: Symbol("s"), ImageLocation: 10n, KernelId: new Date(0),
             BlockDeviceMappings: new Map(), BillingProducts: [NaN, -Infinity, undefined, null, 1.5, -0],
             DryRun: Infinity, TagSpecifications: new Set()},
            {BlockDeviceMappings: [{Ebs: {Iops: 2 ** 31, VolumeSize: 2 ** 53 + 2, Throughput: 1e300, EbsCardIndex: -0}}, , null]},
            {"__proto__": 1, constructor: 2, "a\u0000": 3, x: {y: {z: [[[1]]]}}},
            null, 5, "str", [1, 2], true
        ]"#);
        let inputs: Array = inputs.unchecked_into();
        let vectors: Array = JSON::parse(include_str!("../tests/data/vectors.json"))
            .unwrap()
            .unchecked_into();
        for input in inputs
            .iter()
            .chain(vectors.iter().map(|v| get(&v, "input")))
        {
            let walked = check(&to_value(&input, 0).unwrap()).issues;
            let json = to_json(&input).unwrap().expect("JSON.stringify takes it");
            let parsed =
                check(&crate::from_json(std::str::from_utf8(&json).unwrap()).unwrap()).issues;
            assert_eq!(walked, parsed, "{:?}", String::from_utf8_lossy(&json));
        }
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
