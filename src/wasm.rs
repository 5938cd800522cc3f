//! The thin JavaScript face: JS values in, JS values out; every decision is the core's.
//!
//! The package's JS wrapper (`js/api.js`) turns these raw exports into the public API
//! (`validate`, `buildRequest`, `RegisterImageValidationError`).

use crate::{check, Issue, Options, Value, MAX_DEPTH, MAX_ITEMS, MAX_VALUES};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = r#"
// JSON.stringify with markers for what JSON cannot hold, so the fast path loses nothing:
// {"\u0000": "NaN"}, {"\u0000": "function"}, ... (read by src/json.rs). `undefined` when
// JSON.stringify refuses the value: the caller then walks the value itself.
// The bounds of src/value.rs: lists are cut after MAX_ITEMS + 1 items (the reader refuses a
// longer one as a whole), and past MAX_VALUES values JSON.stringify stops (the walk then reads
// the value, with the same bounds).
const MAX_ITEMS = 1000;
const MAX_VALUES = 10000;
let values = 0;
const tooMany = new Error("more than MAX_VALUES values");
function mark(key, value) {
  if (++values > MAX_VALUES) throw tooMany;
  if (Array.isArray(value) && value.length > MAX_ITEMS + 1) return value.slice(0, MAX_ITEMS + 1);
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
  values = 0;
  try {
    json = JSON.stringify(input, mark) ?? "null";
  } catch {
    // A cycle, nesting deeper than the stack, a throwing getter, more than MAX_VALUES values:
    // the walk stops at its bounds, and rethrows what a getter throws.
    return undefined;
  }
  return encoder.encode(json);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = toJson, catch)]
    fn to_json(input: &JsValue) -> Result<Option<Vec<u8>>, JsValue>;
}

// What the walk calls on the input that can throw (a Proxy's traps, a revoked Proxy), imported
// with `catch`: an exception must come back as an `Err`, never unwind through wasm frames. An
// unwind skips the Rust side's cleanup: every such call leaked a slot of wasm-bindgen's
// externref table, and after 1,024 calls the instance trapped ("table index is out of bounds")
// on every input, good ones included.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
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

/// What a value past the first [`MAX_VALUES`] of one input is read as.
const PAST_MAX_VALUES: &str = "a value past the first 10000 of the input (the rest is not read)";

/// Reads any JS value into the permissive tree: never deeper than [`MAX_DEPTH`], at most
/// [`MAX_ITEMS`]` + 1` items of an array (enough for the reader to refuse it), at most
/// [`MAX_VALUES`] values in all, and a value that contains itself is read as `Unsupported`
/// where it recurs. So a cycle, shared objects (`o.a = o.b = o`) or a sparse array of length
/// `2**32 - 1` cost no more than a small input.
fn to_value(js: &JsValue, depth: usize) -> Result<Value, JsValue> {
    Walk {
        ancestors: Vec::new(),
        left: MAX_VALUES,
    }
    .value(js, depth)
}

struct Walk {
    /// The objects and arrays being read, outermost first.
    ancestors: Vec<JsValue>,
    /// How many more values may be read.
    left: usize,
}

impl Walk {
    fn value(&mut self, js: &JsValue, depth: usize) -> Result<Value, JsValue> {
        if self.left == 0 {
            return Ok(Value::Unsupported(PAST_MAX_VALUES));
        }
        self.left -= 1;
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
        // `==` on JsValues is JavaScript's `===`: the same object.
        if self.ancestors.iter().any(|a| a == js) {
            return Ok(Value::Unsupported("a value that contains itself"));
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
        self.ancestors.push(js.clone());
        let read = self.container(js, depth);
        self.ancestors.pop();
        read
    }

    fn container(&mut self, js: &JsValue, depth: usize) -> Result<Value, JsValue> {
        if is_array(js)? {
            let array: &Array = js.unchecked_ref();
            // `length` through Reflect.get (a Proxy's get trap can throw), and never trusted for
            // an allocation or a loop: `a.length = 2 ** 32 - 1`.
            let length = Reflect::get(array, &JsValue::from_str("length"))?
                .as_f64()
                .unwrap_or(0.0);
            let n = (length.max(0.0) as usize).min(MAX_ITEMS + 1) as u32;
            let mut items = Vec::with_capacity(n as usize);
            for i in 0..n {
                items.push(match self.left {
                    0 => Value::Unsupported(PAST_MAX_VALUES),
                    _ => self.value(&Reflect::get_u32(array, i)?, depth + 1)?,
                });
            }
            return Ok(Value::Array(items));
        }
        let object: &Object = js.unchecked_ref();
        let keys = object_keys(object)?;
        let mut entries = Vec::with_capacity((keys.length() as usize).min(64));
        for key in keys.iter() {
            let value = match self.left {
                0 => Value::Unsupported(PAST_MAX_VALUES),
                _ => self.value(&Reflect::get(object, &key)?, depth + 1)?,
            };
            entries.push((key.as_string().unwrap_or_default(), value));
        }
        Ok(Value::Object(entries))
    }
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
