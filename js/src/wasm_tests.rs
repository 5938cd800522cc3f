//! Run in Node and in headless Chromium by `make test` (wasm-bindgen-test-runner).
use super::*;
use ec2_register_image::Value;
use js_sys::{Function, JSON};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

fn js(source: &str) -> JsValue {
    Function::new_no_args(&format!("return ({source});"))
        .call0(&JsValue::UNDEFINED)
        .unwrap()
}

// The JS half of the tape, which the package's api.js calls before the exports.
#[wasm_bindgen(module = "/src/js/tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = toTape, catch)]
    fn to_tape(input: &JsValue) -> Result<Vec<u8>, JsValue>;
}

/// The tape of a JS value, read into a tree.
fn read_js(input: &JsValue) -> Result<Value, JsValue> {
    crate::tape::read(&to_tape(input)?).map_err(|e| js_sys::Error::new(&e.message()).into())
}

/// `validate` as api.js calls it: on the value's tape.
fn validate_value(input: &JsValue) -> Result<Array, JsValue> {
    validate_js(to_tape(input)?)
}

/// `build` as api.js calls it: on the value's tape; a failure thrown is returned.
fn build_value(input: &JsValue, strict: bool) -> Result<JsValue, JsValue> {
    Ok(build_js(to_tape(input)?, strict).map_or_else(|failure| failure, JsValue::from))
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
    let vectors = JSON::parse(include_str!("../../tests/data/vectors.json")).unwrap();
    let vectors: Array = vectors.unchecked_into();
    assert_eq!(vectors.length(), 40);
    for v in vectors.iter() {
        let body = build_value(&get(&v, "input"), false).unwrap();
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
    let issues = validate_value(&js(
        r#"{Name: "ab", DryRun: "true", Architecture: "X86_64", volumeSize: 8}"#,
    ))
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
    assert_eq!(keys(&first), "path,keys,code,message,severity,docs,fix");
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
    assert_eq!(keys(&no_fix), "path,keys,code,message,severity,docs");
    let numbers =
        validate_value(&js(r#"{BlockDeviceMappings: [{Ebs: {VolumeSize: "8"}}]}"#)).unwrap();
    let first = numbers.get(0);
    assert_eq!(
        get(&first, "path").as_string().unwrap(),
        "BlockDeviceMappings[0].Ebs.VolumeSize"
    );
    assert_eq!(
        JSON::stringify(&get(&first, "keys")).unwrap(),
        r#"["BlockDeviceMappings",0,"Ebs","VolumeSize"]"#
    );
    assert_eq!(
        JSON::stringify(&get(&first, "fix")).unwrap(),
        r#"{"replace":8}"#
    );
}

#[wasm_bindgen_test]
fn a_blocked_input_gives_message_and_issues() {
    let failure = build_value(&js(r#"{Name: "ab"}"#), false).unwrap();
    assert_eq!(
        get(&failure, "message").as_string().unwrap(),
        "RegisterImage input has 1 error and 1 warning; first: Name: must be 3-128 characters; it has 2 (TooShort)"
    );
    let issues: Array = get(&failure, "issues").unchecked_into();
    assert_eq!(issues.length(), 2);
    // A warning blocks only in strict mode.
    let warned = js(r#"{Name: "abc"}"#);
    assert!(build_value(&warned, false).unwrap().is_string());
    assert!(!build_value(&warned, true).unwrap().is_string());
}

#[wasm_bindgen_test]
fn a_lone_surrogate_is_an_error_at_its_path_not_a_replacement() {
    let issues = validate_value(&js(
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
    let issues = validate_value(&js(
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
        codes(&validate_value(&cyclic).unwrap()),
        [("Self".to_string(), "UnknownField".to_string())]
    );
    let deep = js("(() => { let v = 1; for (let i = 0; i < 5000; i++) v = [v]; return {Name: 'abc', ImageLocation: 'x', Deep: v}; })()");
    assert_eq!(
        codes(&validate_value(&deep).unwrap()),
        [("Deep".to_string(), "UnknownField".to_string())]
    );
}

#[wasm_bindgen_test]
fn a_throwing_getter_is_a_js_error_and_the_instance_lives_on() {
    let hostile = js("{ get Name() { throw new Error('boom'); } }");
    let err = validate_value(&hostile).unwrap_err();
    assert_eq!(get(&err, "message").as_string().unwrap(), "boom");
    let ok = build_value(&js("{Name: 'still fine', ImageLocation: 'b/m.xml'}"), false).unwrap();
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
    let vectors: Array = JSON::parse(include_str!("../../tests/data/vectors.json"))
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
        codes(&validate_value(&sparse).unwrap()),
        [
            ("BillingProducts".to_string(), "TooMany".to_string()),
            ("Name".to_string(), "Required".to_string()),
            ("RootDeviceName".to_string(), "Required".to_string()),
        ]
    );
    let shared =
        js("(() => { let o = {}; for (let i = 0; i < 40; i++) o = {a: o, b: o}; return o; })()");
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
