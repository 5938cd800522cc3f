//! `endpoint_url` on any string: `Some` exactly for a region name (lower-case letters, digits
//! and dashes, not at either end, at most 64 characters), and then the URL is
//! `https://ec2.<region>.amazonaws.com/` (`.com.cn/` for `cn-*`): nothing in the string can
//! change the host, add a port, a path, a query or user info.
#![no_main]

use ec2_register_image::endpoint_url;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|region: &str| {
    let region_name = !region.is_empty()
        && region.len() <= 64
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    let url = endpoint_url(region);
    assert_eq!(url.is_some(), region_name, "{region:?} -> {url:?}");
    let Some(url) = url else { return };
    let host = url
        .strip_prefix("https://")
        .and_then(|u| u.strip_suffix('/'))
        .unwrap_or_else(|| panic!("{url:?}"));
    assert!(!host.contains(['/', '@', ':', '?', '#', '%', '\\']), "{url:?}");
    let expected = if region.starts_with("cn-") {
        format!("ec2.{region}.amazonaws.com.cn")
    } else {
        format!("ec2.{region}.amazonaws.com")
    };
    assert_eq!(host, expected);
    let labels: Vec<&str> = host.split('.').collect();
    assert_eq!(labels[0], "ec2");
    assert_eq!(labels[1], region, "the region is one DNS label");
    assert!(labels[1]
        .bytes()
        .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-')));
});
