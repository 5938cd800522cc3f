//! The Smithy ec2Query protocol tests (tests/data/ec2query-input-tests.json) that exercise a
//! writer — strings, booleans, integers, floats, enums, nested structures, lists, empty lists —
//! run against the generic `query` writer, driven by each test's own shapes.

use super::{QueryWriter, ValueWriter};
use serde_json::{Map, Value as Json};

/// Tests that need what a writer alone does not do: blobs and timestamps (types RegisterImage
/// does not use), a client-filled idempotency token, and headers-only cases.
const NOT_FOR_A_WRITER: &[&str] = &[
    "Ec2SimpleInputParamsBlob",
    "Ec2TimestampsInput",
    "Ec2ProtocolIdempotencyTokenAutoFill",
    "Ec2ProtocolIdempotencyTokenAutoFillIsSet",
    "SDKAppliedContentEncoding_ec2Query",
    "SDKAppendsGzipAndIgnoresHttpProvidedEncoding_ec2Query",
];

struct Shapes<'a>(&'a Map<String, Json>);

impl Shapes<'_> {
    fn write_struct(&self, w: &mut ValueWriter, shape: &str, params: &Map<String, Json>) {
        let Some(members) = self.0[shape]["members"].as_object() else {
            return;
        };
        // Members in model order, as the SDKs write them (serde_json keeps file order here).
        for (name, member) in members {
            let Some(value) = params.get(name) else {
                continue;
            };
            let key = member["ec2QueryKey(derived)"].as_str().expect("key");
            self.write_value(w.prefix(key), member, value);
        }
    }

    fn write_value(&self, w: ValueWriter, member: &Json, value: &Json) {
        let target = member["target"].as_str().expect("target");
        match member["targetType"].as_str().expect("type") {
            "string" | "enum" => w.string(value.as_str().expect("string")),
            "boolean" => w.boolean(value.as_bool().expect("bool")),
            "integer" | "long" => w.integer(value.as_i64().expect("integer")),
            "float" | "double" => w.float(match value {
                Json::String(s) => s.parse().expect("NaN/Infinity"),
                n => n.as_f64().expect("number"),
            }),
            "structure" => {
                let mut w = w;
                self.write_struct(&mut w, target, value.as_object().expect("object"));
            }
            "list" => {
                let item = &self.0[target]["members"]["member"];
                let mut list = w.list();
                for v in value.as_array().expect("list") {
                    self.write_value(list.entry(), item, v);
                }
            }
            other => panic!("type {other} is not handled by this driver"),
        }
    }
}

#[test]
fn smithy_ec2_query_request_tests_through_the_writer() {
    let suite: Json =
        serde_json::from_str(include_str!("../tests/data/ec2query-input-tests.json")).unwrap();
    let mut ran = Vec::new();
    for test in suite["httpRequestTests"].as_array().unwrap() {
        let id = test["id"].as_str().unwrap();
        if NOT_FOR_A_WRITER.contains(&id) {
            continue;
        }
        let version = suite["meta"]["service"]["version"].as_str().unwrap();
        let mut body = String::new();
        let mut writer = QueryWriter::new(&mut body, test["operation"].as_str().unwrap(), version);
        if let Some(input) = test["input"].as_str() {
            let shapes = Shapes(test["shapes"].as_object().unwrap());
            shapes.write_struct(
                &mut writer.root(),
                input,
                test["params"].as_object().unwrap(),
            );
        }
        assert_eq!(body, test["body"].as_str().unwrap(), "{id}");
        ran.push(id);
    }
    assert_eq!(ran.len(), 24, "ran {ran:?}");
}
