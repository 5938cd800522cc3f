//! Where EC2 listens for a region.

/// The EC2 endpoint URL for `region`: `https://ec2.{region}.amazonaws.com/`, and
/// `https://ec2.{region}.amazonaws.com.cn/` for the China regions (`cn-*`). `None` for a string
/// that is not a region name (lower-case letters, digits and dashes).
///
/// ```
/// use ec2_register_image::endpoint_url;
///
/// assert_eq!(endpoint_url("eu-west-1").as_deref(), Some("https://ec2.eu-west-1.amazonaws.com/"));
/// assert_eq!(endpoint_url("cn-north-1").as_deref(), Some("https://ec2.cn-north-1.amazonaws.com.cn/"));
/// assert_eq!(endpoint_url("evil.com/x"), None);
/// ```
pub fn url(region: &str) -> Option<String> {
    let well_formed = !region.is_empty()
        && region.len() <= 64
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !well_formed {
        return None;
    }
    let suffix = if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    Some(format!("https://ec2.{region}.{suffix}/"))
}
