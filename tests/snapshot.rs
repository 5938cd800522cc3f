//! No behaviour change across a restructuring: every public vector and 120+ invalid inputs built
//! from the rules give exactly the issues (path, code, message, severity) and bodies recorded in
//! tests/data/snapshot.json, and so do `parse_body` on every vector body and on malformed bodies.
//!
//! The snapshot was recorded from the code before the member table (commit b268161) and is only
//! re-recorded, with `UPDATE_SNAPSHOT=1 cargo test --test snapshot`, for a deliberate change of
//! behaviour whose diff is reviewed.

use ec2_register_image::__private::check_taking;
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
    // The JS face's way (its strings moved into the model, not copied) gives the same, exactly.
    assert_eq!(check_taking(value.clone()), checked, "{input}");
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
fn inputs() -> Vec<(String, Json)> {
    let mut inputs: Vec<(String, Json)> = vectors()
        .into_iter()
        .enumerate()
        .map(|(n, (input, _))| (format!("vector {n}"), input))
        .collect();
    inputs.extend(mutated());
    inputs.push(("a list".into(), json!([])));
    inputs
}

fn record() -> Json {
    let bodies: Vec<String> = vectors().into_iter().map(|(_, body)| body).collect();
    let mut cases = Vec::new();
    for (n, (case, input)) in inputs().into_iter().enumerate() {
        let mut case = json!({"case": case, "check": checked(&input)});
        // A vector's body is parsed beside its input.
        if let Some(body) = bodies.get(n) {
            case["parse"] = parsed(body);
        }
        cases.push(case);
    }
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

/// Every issue of every input above (the vectors, the mutated inputs, the malformed bodies)
/// links a page of the AWS documentation; and the inputs whose issues carry a fix get exactly
/// the fixes listed here (reviewed by hand: each is the one change that repairs its issue).
#[test]
fn every_issue_has_its_aws_docs_and_the_sure_fixes() {
    let mut issues = Vec::new();
    let mut fixes = Vec::new();
    for (case, input) in &inputs() {
        let value: Value = serde_json::from_value(input.clone()).unwrap();
        for issue in check(&value).issues {
            if let Some(fix) = issue.fix {
                fixes.push(format!(
                    "{case}: {} {}",
                    issue.path,
                    serde_json::to_string(&fix).unwrap()
                ));
            }
            issues.push(issue);
        }
    }
    for body in malformed_bodies()
        .iter()
        .chain(vectors().iter().map(|v| &v.1))
    {
        if let Err(e) = parse_body(body) {
            assert!(e.issues.iter().all(|i| i.fix.is_none()), "{body}");
            issues.extend(e.issues);
        }
    }
    assert!(issues.len() > 300, "{}", issues.len());
    for issue in &issues {
        let page = issue.docs;
        assert!(
            page.starts_with("https://docs.aws.amazon.com/")
                && page.len() > 40
                && !page.contains(char::is_whitespace),
            "{issue}: {page}"
        );
    }
    // Each page of the table is reached, and the pages differ by member and rule.
    let mut pages: Vec<&str> = issues.iter().map(|i| i.docs).collect();
    pages.sort_unstable();
    pages.dedup();
    assert_eq!(pages, EXPECTED_PAGES);
    assert_eq!(fixes, EXPECTED_FIXES, "{fixes:#?}");
}

const EXPECTED_PAGES: [&str; 9] = [
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RegisterImage.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Tag.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TagSpecification.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/enhanced-networking.html",
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
];
const EXPECTED_FIXES: [&str; 13] = [
    r#"base 0 /Architecture = Some(String("X86_64")): Architecture {"replace":"x86_64"}"#,
    r#"base 1 /Architecture = Some(String("X86_64")): Architecture {"replace":"x86_64"}"#,
    r#"base 2 /Architecture = Some(String("X86_64")): Architecture {"replace":"x86_64"}"#,
    r#"base 0 /BootMode = Some(String("UEFI")): BootMode {"replace":"uefi"}"#,
    r#"base 1 /BootMode = Some(String("UEFI")): BootMode {"replace":"uefi"}"#,
    r#"base 2 /BootMode = Some(String("UEFI")): BootMode {"replace":"uefi"}"#,
    r#"base 0 /EnaSupport = Some(String("true")): EnaSupport {"replace":true}"#,
    r#"base 1 /EnaSupport = Some(String("true")): EnaSupport {"replace":true}"#,
    r#"base 2 /EnaSupport = Some(String("true")): EnaSupport {"replace":true}"#,
    r#"base 0 /BlockDeviceMappings/0/Ebs/Iops = Some(String("100")): BlockDeviceMappings[0].Ebs.Iops {"replace":100}"#,
    r#"base 1 /BlockDeviceMappings/0/Ebs/Iops = Some(String("100")): BlockDeviceMappings[0].Ebs.Iops {"replace":100}"#,
    r#"base 2 /BlockDeviceMappings/0/Ebs/Iops = Some(String("100")): BlockDeviceMappings[0].Ebs.Iops {"replace":100}"#,
    r#"base 1 /BlockDeviceMappings/0/Ebs/iops = Some(Number(1)): BlockDeviceMappings[0].Ebs.iops {"rename":"Iops"}"#,
];
