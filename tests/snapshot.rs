//! No behaviour change across a restructuring: every public vector and 120+ invalid inputs built
//! from the rules give exactly the issues (path, code, message, severity) and bodies recorded in
//! tests/data/snapshot.json, and so do `parse_body` on every vector body and on malformed bodies.
//!
//! The snapshot was recorded from the code before the member table (commit b268161) and is only
//! re-recorded, with `UPDATE_SNAPSHOT=1 cargo test --test snapshot`, for a deliberate change of
//! behaviour whose diff is reviewed.

use ec2_register_image::{check, encode_unchecked, parse_body, Issue, Options, Value};
use serde_json::{json, Value as Json};

fn vectors() -> Vec<(Json, String)> {
    let all: Json = serde_json::from_str(include_str!("data/vectors.json")).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .map(|v| (v["input"].clone(), v["body"].as_str().unwrap().to_owned()))
        .collect()
}

/// A base input that touches every member, valid but for warnings.
fn base() -> Json {
    json!({
        "Name": "web-2026 (x86)",
        "ImageLocation": "my-bucket/web.manifest.xml",
        "BillingProducts": ["bp-1234abcd"],
        "BootMode": "uefi",
        "TpmSupport": "v2.0",
        "UefiData": "QUJD",
        "ImdsSupport": "v2.0",
        "TagSpecifications": [{"ResourceType": "image", "Tags": [{"Key": "team", "Value": "web"}, {"Key": "env", "Value": ""}]}],
        "DryRun": false,
        "Description": "the web image",
        "Architecture": "x86_64",
        "KernelId": "aki-12345678",
        "RamdiskId": "ari-1234567890abcdef0",
        "RootDeviceName": "/dev/xvda",
        "BlockDeviceMappings": [
            {"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": "snap-1234567890abcdef0", "VolumeSize": 8, "VolumeType": "gp3", "Iops": 3000, "Throughput": 125, "DeleteOnTermination": true}},
            {"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"},
            {"DeviceName": "/dev/sdc", "NoDevice": ""},
            {"DeviceName": "/dev/sdd", "Ebs": {"VolumeSize": 500, "VolumeType": "io2", "Iops": 1000, "Encrypted": true, "AvailabilityZone": "us-east-1a", "EbsCardIndex": 0}}
        ],
        "VirtualizationType": "hvm",
        "SriovNetSupport": "simple",
        "EnaSupport": true
    })
}

fn long(n: usize) -> Json {
    Json::String("a".repeat(n))
}

/// `(JSON pointer, new value)`; `None` removes the member.
fn mutations() -> Vec<(&'static str, Option<Json>)> {
    let tags51: Vec<Json> = (0..51)
        .map(|n| json!({"Key": format!("k{n}"), "Value": "v"}))
        .collect();
    let m = |p, v: Json| (p, Some(v));
    vec![
        ("/Name", None),
        m("/Name", json!("ab")),
        m("/Name", long(129)),
        m("/Name", json!("bad#name! ✓")),
        m("/Name", json!(5)),
        m("/Name", json!(null)),
        m("/Description", long(256)),
        m("/Description", json!(["x"])),
        m("/Architecture", json!("amd64")),
        m("/Architecture", json!("X86_64")),
        m("/BootMode", json!("UEFI")),
        m("/TpmSupport", json!("v1")),
        m("/ImdsSupport", json!("v1.0")),
        m("/UefiData", json!("abc")),
        m("/UefiData", json!("a=bc")),
        m("/UefiData", json!("QUJ!")),
        m("/UefiData", json!("QR==")),
        m("/UefiData", long(64_001)),
        m("/KernelId", json!("aki-123")),
        m("/RamdiskId", json!("ari-1234567890ABCDEF0")),
        m("/VirtualizationType", json!("pv")),
        m("/VirtualizationType", json!("paravirtual")),
        ("/VirtualizationType", None),
        m("/SriovNetSupport", json!("yes")),
        m("/EnaSupport", json!("true")),
        m("/DryRun", json!(1)),
        m("/BillingProducts", json!([1, null, "bp"])),
        m("/BillingProducts", json!("bp")),
        m("/name", json!("x")),
        m("/BlockDeviceMapping", json!([])),
        m("/Colour", json!("red")),
        ("/RootDeviceName", None),
        m("/RootDeviceName", json!("/dev/sdz")),
        ("/ImageLocation", None),
        m("/BlockDeviceMappings/0/DeviceName", json!(null)),
        m("/BlockDeviceMappings/0/DeviceName", json!("")),
        m("/BlockDeviceMappings/1/DeviceName", json!("/dev/xvda")),
        m("/BlockDeviceMappings/1/VirtualName", json!("ephemeral24")),
        m("/BlockDeviceMappings/1/VirtualName", json!("ephemeral05")),
        m("/BlockDeviceMappings/1/VirtualName", json!("eph")),
        m("/BlockDeviceMappings/1/Ebs", json!({"VolumeSize": 1})),
        m("/BlockDeviceMappings/0/Ebs/VolumeType", json!("gp4")),
        m("/BlockDeviceMappings/0/Ebs/VolumeType", json!("io1")),
        m("/BlockDeviceMappings/0/Ebs/VolumeType", json!("st1")),
        m("/BlockDeviceMappings/0/Ebs/VolumeType", json!("gp2")),
        ("/BlockDeviceMappings/0/Ebs/VolumeType", None),
        m("/BlockDeviceMappings/0/Ebs/Iops", json!(0)),
        m("/BlockDeviceMappings/0/Ebs/Iops", json!(8.5)),
        m("/BlockDeviceMappings/0/Ebs/Iops", json!("100")),
        m("/BlockDeviceMappings/0/Ebs/Iops", json!(300_000)),
        m("/BlockDeviceMappings/0/Ebs/Iops", json!(2_147_483_648_i64)),
        m("/BlockDeviceMappings/0/Ebs/VolumeSize", json!(0)),
        m("/BlockDeviceMappings/0/Ebs/VolumeSize", json!(100_000)),
        m("/BlockDeviceMappings/0/Ebs/VolumeSize", json!(-1)),
        ("/BlockDeviceMappings/0/Ebs/SnapshotId", None),
        m("/BlockDeviceMappings/0/Ebs/SnapshotId", json!("snap-xyz")),
        m("/BlockDeviceMappings/0/Ebs/Throughput", json!(100)),
        m("/BlockDeviceMappings/0/Ebs/Throughput", json!(3000)),
        m("/BlockDeviceMappings/0/Ebs/Throughput", json!(1000)),
        m("/BlockDeviceMappings/3/Ebs/Throughput", json!(200)),
        m("/BlockDeviceMappings/0/Ebs/Encrypted", json!(true)),
        m("/BlockDeviceMappings/0/Ebs/KmsKeyId", json!("alias/k")),
        m(
            "/BlockDeviceMappings/3/Ebs/AvailabilityZoneId",
            json!("use1-az1"),
        ),
        m(
            "/BlockDeviceMappings/0/Ebs/VolumeInitializationRate",
            json!(50),
        ),
        m(
            "/BlockDeviceMappings/0/Ebs/VolumeInitializationRate",
            json!(500),
        ),
        m(
            "/BlockDeviceMappings/3/Ebs/VolumeInitializationRate",
            json!(200),
        ),
        m("/BlockDeviceMappings/0/Ebs/EbsCardIndex", json!(-1)),
        m("/BlockDeviceMappings/0/Ebs/VolumeSzie", json!(1)),
        m("/BlockDeviceMappings/0/Ebs/iops", json!(1)),
        m("/BlockDeviceMappings/3/Ebs/Iops", json!(100_000)),
        m("/BlockDeviceMappings/3/Ebs/Iops", json!(50)),
        m("/BlockDeviceMappings/3/Ebs/VolumeSize", json!(1)),
        m("/BlockDeviceMappings/3/Ebs/VolumeType", json!("sc1")),
        m("/BlockDeviceMappings/3/Ebs", json!("big")),
        m("/BlockDeviceMappings/2", json!(null)),
        m("/BlockDeviceMappings/0", json!(null)),
        m("/BlockDeviceMappings", json!({"DeviceName": "x"})),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "instance", "Tags": [{"Key": "aws:x", "Value": "v"}]}]),
        ),
        m("/TagSpecifications", json!([{"Tags": []}])),
        m("/TagSpecifications", json!([{"Tags": [{"Key": "a"}]}])),
        m(
            "/TagSpecifications",
            json!([null, {"ResourceType": "image", "Tags": [null, {"Key": ""}]}]),
        ),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "image", "Tags": [{"Key": "a"}, {"Key": "a"}]}]),
        ),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "image", "Tags": [{"Key": "a"}]}, {"ResourceType": "image", "Tags": [{"Key": "a"}]}]),
        ),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "image", "Tags": [{"Value": "v"}]}]),
        ),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "image", "Tags": [{"Key": "k".repeat(129), "Value": "v".repeat(257)}]}]),
        ),
        m(
            "/TagSpecifications",
            json!([{"ResourceType": "image", "Tags": tags51}]),
        ),
        m("/TagSpecifications", json!(["image"])),
        m("/TagSpecifications/0/Tags/0/Colour", json!("x")),
        m("/TagSpecifications/0/Tag", json!([])),
    ]
}

fn set(input: &mut Json, pointer: &str, value: Option<Json>) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let target = input.pointer_mut(parent).unwrap();
    match (target, value) {
        (Json::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Json::Object(map), None) => {
            map.remove(key);
        }
        (Json::Array(items), Some(v)) => items[key.parse::<usize>().unwrap()] = v,
        (Json::Array(items), None) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("{pointer}"),
    }
}

fn issue(i: &Issue) -> Json {
    json!([
        i.path.to_string(),
        i.code.as_str(),
        i.message,
        format!("{:?}", i.severity)
    ])
}

fn checked(input: &Json) -> Json {
    let value: Value = serde_json::from_value(input.clone()).unwrap();
    let checked = check(&value);
    let issues: Vec<Json> = checked.issues.iter().map(issue).collect();
    let body = checked.into_body(Options::default()).ok();
    json!({"issues": issues, "body": body})
}

fn parsed(body: &str) -> Json {
    match parse_body(body) {
        Ok(input) => {
            json!({"input": serde_json::to_value(&input).unwrap(), "again": encode_unchecked(&input)})
        }
        Err(e) => json!({"issues": e.issues.iter().map(body_issue).collect::<Vec<_>>()}),
    }
}

/// `parse_body`'s issues name body parameters.
fn body_issue(i: &Issue) -> Json {
    json!([
        i.path.body(),
        i.code.as_str(),
        i.message,
        format!("{:?}", i.severity)
    ])
}

fn malformed_bodies() -> Vec<String> {
    let head = "Action=RegisterImage&Version=2016-11-15";
    let rest = [
        "&Name=abc&BlockDeviceMapping.0.DeviceName=a",
        "&Name=abc&BlockDeviceMapping.01.DeviceName=a",
        "&Name=abc&BlockDeviceMapping.2.DeviceName=a",
        "&Name=abc&BlockDeviceMapping.x.DeviceName=a",
        "&Name=abc&BlockDeviceMapping.1.Ebs.Iops=8.5&BlockDeviceMapping.1.Ebs.VolumeSize=x",
        "&Name=abc&BlockDeviceMapping.1.Ebs.Iopz=1",
        "&Name=abc&Name=abd",
        "&Name=%ZZ",
        "&Name=%FF",
        "&Name=abc&Name.1=x",
        "&Name=abc&DryRun=yes&EnaSupport=true",
        "&Name=abc&Tag.1.Key=a",
        "&Name=abc&TagSpecification.1.Tag.1.Key=a&TagSpecification.1.Tag.3.Key=b",
        "&Name=abc&BillingProduct.1=a&BillingProduct.1=b",
        "&Name=abc&A.B.C.D.E.F=1",
        "&name=abc",
        "&Name=a+b&Description=x%20y",
        "&Name=abc&BlockDeviceMapping.1001.DeviceName=a",
        "&Name=abc&BlockDeviceMapping.1.Ebs=1&BlockDeviceMapping.1.Ebs.Iops=2",
    ];
    let mut bodies: Vec<String> = rest.iter().map(|r| format!("{head}{r}")).collect();
    bodies.push("Action=DescribeImages&Version=2016-11-15&Name=abc".into());
    bodies.push("Version=2015-01-01&Name=abc".into());
    bodies.push(String::new());
    bodies.push(format!("{head}&{}=1", "X".repeat(300)));
    bodies
}

fn record() -> Json {
    let mut cases = Vec::new();
    for (n, (input, body)) in vectors().iter().enumerate() {
        cases.push(
            json!({"case": format!("vector {n}"), "check": checked(input), "parse": parsed(body)}),
        );
    }
    let bases = [base(), vectors()[0].0.clone(), vectors()[7].0.clone()];
    for (pointer, value) in mutations() {
        for (b, base) in bases.iter().enumerate() {
            let mut input = base.clone();
            if input.pointer(pointer.rsplit_once('/').unwrap().0).is_none() {
                continue;
            }
            set(&mut input, pointer, value.clone());
            cases.push(json!({"case": format!("base {b} {pointer} = {value:?}"), "check": checked(&input)}));
        }
    }
    cases.push(json!({"case": "a list", "check": checked(&json!([]))}));
    for body in malformed_bodies() {
        let shown: String = body.chars().take(120).collect();
        cases.push(json!({"case": format!("body {shown}"), "parse": parsed(&body)}));
    }
    Json::Array(cases)
}

#[test]
fn behaviour_matches_the_snapshot() {
    let now = record();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/snapshot.json");
    if std::env::var_os("UPDATE_SNAPSHOT").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&now).unwrap() + "\n").unwrap();
        return;
    }
    let saved: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (now, saved) = (now.as_array().unwrap(), saved.as_array().unwrap());
    assert!(now.len() >= 180, "{} cases", now.len());
    for (a, b) in now.iter().zip(saved) {
        assert_eq!(a, b, "case {}", b["case"]);
    }
    assert_eq!(now.len(), saved.len());
}
