//! No behaviour change across a restructuring: every public vector and 120+ invalid inputs built
//! from the rules give exactly the issues (path, code, message, severity) and bodies recorded in
//! tests/data/snapshot.json, and so do `parse_body` on every vector body and on malformed bodies.
//!
//! The snapshot was recorded from the code before the member table (commit b268161) and is only
//! re-recorded, with `UPDATE_SNAPSHOT=1 cargo test --test snapshot`, for a deliberate change of
//! behaviour whose diff is reviewed.

use ec2_register_image::{check, encode_unchecked, parse_body, Issue, Options, Value};
use serde_json::{json, Value as Json};

#[path = "common/snapshot_inputs.rs"]
mod snapshot_inputs;
use snapshot_inputs::{inputs, vectors};

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
