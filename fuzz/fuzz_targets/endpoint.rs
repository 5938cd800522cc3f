//! `endpoint_url_with` on any string, in every mode: `Some` exactly for a region name
//! (lower-case letters, digits and dashes, not at either end, at most 64 characters), and then
//! the URL is `https://ec2[-fips].<region>.<a partition's DNS suffix>/`: nothing in the string
//! can change the host, add a port, a path, a query or user info. `cn-*` regions are in China
//! only when they look like a region (`cn-north-1`).
#![no_main]

use ec2_register_image::{endpoint_url, endpoint_url_with, EndpointOptions};
use libfuzzer_sys::fuzz_target;

/// The DNS suffixes of the AWS partitions (the SDK's partitions.js), plain and dual-stack.
const SUFFIXES: &[&str] = &[
    "amazonaws.com",
    "api.aws",
    "amazonaws.com.cn",
    "api.amazonwebservices.com.cn",
    "amazonaws.eu",
    "api.amazonwebservices.eu",
    "c2s.ic.gov",
    "api.aws.ic.gov",
    "sc2s.sgov.gov",
    "api.aws.scloud",
    "cloud.adc-e.uk",
    "api.cloud-aws.adc-e.uk",
    "csp.hci.ic.gov",
    "api.aws.hci.ic.gov",
];

fuzz_target!(|input: (bool, bool, &str)| {
    let (fips, dual_stack, region) = input;
    let region_name = !region.is_empty()
        && region.len() <= 64
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    let options = EndpointOptions::default().fips(fips).dual_stack(dual_stack);
    let url = endpoint_url_with(region, options);
    assert_eq!(url.is_some(), region_name, "{region:?} -> {url:?}");
    if !fips && !dual_stack {
        assert_eq!(endpoint_url(region), url);
    }
    let Some(url) = url else { return };
    let host = url
        .strip_prefix("https://")
        .and_then(|u| u.strip_suffix('/'))
        .unwrap_or_else(|| panic!("{url:?}"));
    assert!(
        host.bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.')),
        "{url:?}"
    );
    let service = host.split('.').next().unwrap_or_default();
    assert!(
        service == "ec2" || (fips && service == "ec2-fips"),
        "{url:?}"
    );
    let after = &host[service.len() + 1..];
    let suffix = after
        .strip_prefix(region)
        .and_then(|s| s.strip_prefix('.'))
        .unwrap_or_else(|| panic!("the region is not the second label of {url:?}"));
    assert!(SUFFIXES.contains(&suffix), "{url:?}");
    assert_eq!(suffix.contains("api."), dual_stack, "{url:?}");
});
