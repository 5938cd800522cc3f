//! The inputs of the snapshot (tests/snapshot.rs): every public vector, a base input that
//! touches every member, and each with each mutation of a list made from the rules. Shared with
//! the JS face's tape test (js/src/tape_tests.rs), which reads them the JS face's way.
#![allow(dead_code)]

use serde_json::{json, Value as Json};

pub fn vectors() -> Vec<(Json, String)> {
    let all: Json = serde_json::from_str(include_str!("../data/vectors.json")).unwrap();
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

/// Each base input with each mutation that applies to it: `(case, input)`.
fn mutated() -> Vec<(String, Json)> {
    let mut inputs = Vec::new();
    let bases = [base(), vectors()[0].0.clone(), vectors()[7].0.clone()];
    for (pointer, value) in mutations() {
        for (b, base) in bases.iter().enumerate() {
            let mut input = base.clone();
            if input.pointer(pointer.rsplit_once('/').unwrap().0).is_none() {
                continue;
            }
            set(&mut input, pointer, value.clone());
            inputs.push((format!("base {b} {pointer} = {value:?}"), input));
        }
    }
    inputs
}

/// Every input checked: the vectors', the mutated ones, and a list.
pub fn inputs() -> Vec<(String, Json)> {
    let mut inputs: Vec<(String, Json)> = vectors()
        .into_iter()
        .enumerate()
        .map(|(n, (input, _))| (format!("vector {n}"), input))
        .collect();
    inputs.extend(mutated());
    inputs.push(("a list".into(), json!([])));
    inputs
}
