//! Where EC2 listens: the AWS SDK's EC2 endpoint rules over the AWS partitions.
//!
//! Facts from `@aws-sdk/client-ec2` 3.1169.0 (`dist-es/endpoint/bdd.js`, its endpoint rules) and
//! `@aws-sdk/core` 3.981.1 (`util-endpoints/lib/aws/partitions.js`), checked 2026-11-26;
//! `pkg-template/test/endpoint.test.mjs` compares every region the SDK knows, in every mode.
//!
//! The rules: `https://ec2.{region}.{dnsSuffix}`; FIPS `https://ec2-fips.{region}.{dnsSuffix}`
//! (but plain `ec2.{region}.amazonaws.com` in aws-us-gov, whose EC2 endpoints are FIPS
//! already); dual-stack `https://ec2.{region}.{dualStackDnsSuffix}`; both
//! `https://ec2-fips.{region}.{dualStackDnsSuffix}`. A region no partition claims is in `aws`.

use crate::text::msg;

/// An AWS partition as the SDK's `partitions.js` describes it.
struct Partition {
    name: &'static str,
    dns_suffix: &'static str,
    dual_stack_dns_suffix: &'static str,
    /// The region pattern `^{first}-{fixed...}-\w+-\d+$`, as leading segments.
    first: &'static [&'static str],
    fixed: &'static [&'static str],
    /// Regions listed by name that the pattern does not cover.
    named: &'static [&'static str],
}

/// In the SDK's order: a listed region or a matching pattern picks the first that claims it.
const PARTITIONS: &[Partition] = &[
    Partition {
        name: "aws",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        first: &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"],
        fixed: &[],
        named: &["aws-global"],
    },
    Partition {
        name: "aws-cn",
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        first: &["cn"],
        fixed: &[],
        named: &["aws-cn-global"],
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "api.amazonwebservices.eu",
        first: &["eusc"],
        fixed: &["de"],
        named: &[],
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "api.aws.ic.gov",
        first: &["us"],
        fixed: &["iso"],
        named: &["aws-iso-global"],
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "api.aws.scloud",
        first: &["us"],
        fixed: &["isob"],
        named: &["aws-iso-b-global"],
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "api.cloud-aws.adc-e.uk",
        first: &["eu"],
        fixed: &["isoe"],
        named: &["aws-iso-e-global"],
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "api.aws.hci.ic.gov",
        first: &["us"],
        fixed: &["isof"],
        named: &["aws-iso-f-global"],
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        first: &["us"],
        fixed: &["gov"],
        named: &["aws-us-gov-global"],
    },
];

impl Partition {
    fn claims(&self, region: &str) -> bool {
        if self.named.contains(&region) {
            return true;
        }
        // Split as bytes: `str::split` brings its own searcher, 0.7 KB of wasm. Walked, not
        // collected: a Vec of the parts was 80 bytes more of the wasm.
        let mut parts = region.as_bytes().split(|&b| b == b'-');
        region.bytes().filter(|&b| b == b'-').count() == self.fixed.len() + 2
            && parts
                .next()
                .is_some_and(|first| self.first.iter().any(|f| f.as_bytes() == first))
            && self
                .fixed
                .iter()
                .all(|f| parts.next() == Some(f.as_bytes()))
            && parts.next().is_some_and(|name| {
                !name.is_empty() && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')
            })
            && parts.next().is_some_and(|number| {
                !number.is_empty() && number.iter().all(|b| b.is_ascii_digit())
            })
    }
}

/// How to reach EC2: `EndpointOptions::default().fips(true).dual_stack(true)` (more options may
/// come, so it is built by these methods, not a struct literal).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct EndpointOptions {
    /// A FIPS 140 endpoint.
    pub fips: bool,
    /// A dual-stack (IPv4 and IPv6) endpoint.
    pub dual_stack: bool,
}

impl EndpointOptions {
    /// With a FIPS 140 endpoint or not.
    #[must_use]
    pub fn fips(mut self, fips: bool) -> Self {
        self.fips = fips;
        self
    }

    /// With a dual-stack endpoint or not.
    #[must_use]
    pub fn dual_stack(mut self, dual_stack: bool) -> Self {
        self.dual_stack = dual_stack;
        self
    }
}

/// The EC2 endpoint URL for `region`, as the AWS SDK resolves it (with a trailing `/`, as a
/// `URL`'s `href` has). `None` for a string that is not a region name (lower-case letters,
/// digits and dashes, at most 64).
///
/// ```
/// use ec2_register_image::{endpoint_url, endpoint_url_with, EndpointOptions};
///
/// assert_eq!(endpoint_url("eu-west-1").as_deref(), Some("https://ec2.eu-west-1.amazonaws.com/"));
/// assert_eq!(endpoint_url("cn-north-1").as_deref(), Some("https://ec2.cn-north-1.amazonaws.com.cn/"));
/// let both = EndpointOptions::default().fips(true).dual_stack(true);
/// assert_eq!(endpoint_url_with("us-east-2", both).as_deref(), Some("https://ec2-fips.us-east-2.api.aws/"));
/// assert_eq!(endpoint_url("evil.com/x"), None);
/// ```
#[must_use]
pub fn url(region: &str) -> Option<String> {
    url_with(region, EndpointOptions::default())
}

/// [`url`] with FIPS and dual-stack choices.
#[must_use]
pub fn url_with(region: &str, options: EndpointOptions) -> Option<String> {
    let well_formed = !region.is_empty()
        && region.len() <= 64
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !region.starts_with('-')
        && !region.ends_with('-');
    if !well_formed {
        return None;
    }
    let p = PARTITIONS
        .iter()
        .find(|p| p.claims(region))
        .unwrap_or(&PARTITIONS[0]);
    let (host, suffix) = match (options.fips, options.dual_stack) {
        (true, true) => ("ec2-fips", p.dual_stack_dns_suffix),
        (true, false) if p.name == "aws-us-gov" => ("ec2", "amazonaws.com"),
        (true, false) => ("ec2-fips", p.dns_suffix),
        (false, true) => ("ec2", p.dual_stack_dns_suffix),
        (false, false) => ("ec2", p.dns_suffix),
    };
    Some(msg!("https://", host, ".", region, ".", suffix, "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_claim_their_regions() {
        let name = |r: &str| PARTITIONS.iter().find(|p| p.claims(r)).map(|p| p.name);
        assert_eq!(name("us-east-1"), Some("aws"));
        assert_eq!(name("us-gov-west-1"), Some("aws-us-gov"));
        assert_eq!(name("us-iso-east-1"), Some("aws-iso"));
        assert_eq!(name("us-isob-east-1"), Some("aws-iso-b"));
        assert_eq!(name("eu-isoe-west-1"), Some("aws-iso-e"));
        assert_eq!(name("eusc-de-east-1"), Some("aws-eusc"));
        assert_eq!(name("aws-cn-global"), Some("aws-cn"));
        assert_eq!(name("xx-foo-1"), None);
        assert_eq!(
            url("xx-foo-1").as_deref(),
            Some("https://ec2.xx-foo-1.amazonaws.com/")
        );
    }

    #[test]
    fn gov_cloud_fips_is_the_plain_endpoint() {
        let fips = EndpointOptions {
            fips: true,
            dual_stack: false,
        };
        assert_eq!(
            url_with("us-gov-west-1", fips).as_deref(),
            Some("https://ec2.us-gov-west-1.amazonaws.com/")
        );
        assert_eq!(
            url_with("us-east-1", fips).as_deref(),
            Some("https://ec2-fips.us-east-1.amazonaws.com/")
        );
    }
}
