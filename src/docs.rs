//! Where the AWS documentation explains an issue: the one table of pages.
//!
//! An issue's page is its member's: the EC2 API Reference page of the shape that holds the
//! member (`API_RegisterImage.html` for `Name`, `API_EbsBlockDevice.html` for
//! `BlockDeviceMappings[0].Ebs.Iops`), or of the structure itself when the path ends at one
//! (`BlockDeviceMappings[0]`, `...Ebs`). An unknown key gets the page of the shape it was
//! found in. A few rules have a better page than their member, listed in [`RULES`]: the
//! service-limit warnings explain themselves on the EBS volume types page, the tag limits on
//! the tag restrictions, and so on. Pages checked on 2026-12-02.

use crate::issue::{Code, IssuePath, Segment, Severity};
use crate::model::{RegisterImageInput, Shape, Type};

macro_rules! api {
    ($page:literal) => {
        concat!(
            "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/",
            $page
        )
    };
}

/// The request parameters of RegisterImage: the page of its members and of a body's issues.
pub const REGISTER_IMAGE: &str = api!("API_RegisterImage.html");

/// The API Reference page of each shape, by [`Shape::name`].
const SHAPES: [(&str, &str); 4] = [
    ("BlockDeviceMapping", api!("API_BlockDeviceMapping.html")),
    ("EbsBlockDevice", api!("API_EbsBlockDevice.html")),
    ("TagSpecification", api!("API_TagSpecification.html")),
    ("Tag", api!("API_Tag.html")),
];

/// Size, IOPS and throughput per volume type; which types can boot.
const VOLUME_TYPES: &str = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html";
/// Tags per resource, key and value lengths, one value per key.
const TAG_RESTRICTIONS: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions";
/// The instance store volumes `ephemeral[0-23]`.
const BLOCK_DEVICE_MAPPINGS: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html";
/// ENA and SR-IOV need an HVM AMI.
const ENHANCED_NETWORKING: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/enhanced-networking.html";

/// Rules with a better page than their member's: `(member, code, severity, page)`.
const RULES: [(&str, Code, Severity, &str); 11] = [
    (
        "VolumeSize",
        Code::OutOfRange,
        Severity::Warning,
        VOLUME_TYPES,
    ),
    ("Iops", Code::OutOfRange, Severity::Warning, VOLUME_TYPES),
    (
        "Throughput",
        Code::OutOfRange,
        Severity::Warning,
        VOLUME_TYPES,
    ),
    // st1 and sc1 can't be boot volumes.
    (
        "VolumeType",
        Code::NotSupported,
        Severity::Warning,
        VOLUME_TYPES,
    ),
    ("Key", Code::TooLong, Severity::Warning, TAG_RESTRICTIONS),
    ("Key", Code::Duplicate, Severity::Warning, TAG_RESTRICTIONS),
    ("Value", Code::TooLong, Severity::Warning, TAG_RESTRICTIONS),
    ("Tags", Code::TooMany, Severity::Warning, TAG_RESTRICTIONS),
    (
        "VirtualName",
        Code::OutOfRange,
        Severity::Warning,
        BLOCK_DEVICE_MAPPINGS,
    ),
    (
        "EnaSupport",
        Code::Conflict,
        Severity::Warning,
        ENHANCED_NETWORKING,
    ),
    (
        "SriovNetSupport",
        Code::Conflict,
        Severity::Warning,
        ENHANCED_NETWORKING,
    ),
];

/// The page for an issue at `path` with `code` and `severity`.
pub(crate) fn page(path: &IssuePath, code: Code, severity: Severity) -> &'static str {
    let mut shape: &Shape = &RegisterImageInput::SHAPE;
    // The items' shape of the list just named, entered at its index.
    let mut items: Option<&Shape> = None;
    let mut member = "";
    for segment in path.segments() {
        match segment {
            Segment::Member(name) => {
                let Some((_, m)) = shape.member(name) else {
                    break;
                };
                member = m.name;
                items = None;
                match m.ty {
                    Type::Struct(s) => shape = s,
                    Type::Structs(s) => items = Some(s),
                    _ => {}
                }
            }
            Segment::Index(_) => {
                if let Some(s) = items.take() {
                    shape = s;
                }
            }
            Segment::Parameter(_) => break,
        }
    }
    let rule = RULES
        .iter()
        .find(|(m, c, s, _)| *m == member && *c == code && *s == severity);
    match rule {
        Some((_, _, _, page)) => page,
        None => SHAPES
            .iter()
            .find(|(name, _)| *name == shape.name)
            .map_or(REGISTER_IMAGE, |(_, page)| page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::Path;

    fn at(path: IssuePath, code: Code, severity: Severity) -> &'static str {
        page(&path, code, severity)
    }

    #[test]
    fn the_page_of_the_member_or_of_the_structure_the_path_ends_at() {
        let root = Path::Root;
        let e = Severity::Error;
        assert_eq!(at(root.path(), Code::WrongType, e), REGISTER_IMAGE);
        assert_eq!(
            at(root.key("Name").path(), Code::TooShort, e),
            REGISTER_IMAGE
        );
        let colour = root.key("Colour");
        let list = root.key("BlockDeviceMappings");
        assert_eq!(at(list.path(), Code::WrongType, e), REGISTER_IMAGE);
        let item = list.index(0);
        assert_eq!(
            at(item.path(), Code::WrongType, e),
            api!("API_BlockDeviceMapping.html")
        );
        assert_eq!(
            at(item.key("DeviceName").path(), Code::Required, e),
            api!("API_BlockDeviceMapping.html")
        );
        let ebs = item.key("Ebs");
        assert_eq!(
            at(ebs.path(), Code::Required, e),
            api!("API_EbsBlockDevice.html")
        );
        let iops = ebs.key("Iops");
        assert_eq!(
            at(iops.path(), Code::OutOfRange, e),
            api!("API_EbsBlockDevice.html")
        );
        // A service limit: the volume types page.
        assert_eq!(
            at(iops.path(), Code::OutOfRange, Severity::Warning),
            VOLUME_TYPES
        );
        // An unknown key: the shape it was found in.
        assert_eq!(
            at(ebs.key("Iopz").path(), Code::UnknownField, e),
            api!("API_EbsBlockDevice.html")
        );
        assert_eq!(
            at(colour.key("Iops").path(), Code::UnknownField, e),
            REGISTER_IMAGE
        );
        let specs = root.key("TagSpecifications");
        let spec = specs.index(1);
        let tags = spec.key("Tags");
        assert_eq!(
            at(tags.path(), Code::Required, Severity::Warning),
            api!("API_TagSpecification.html")
        );
        assert_eq!(
            at(tags.index(50).path(), Code::TooMany, Severity::Warning),
            TAG_RESTRICTIONS
        );
        let products = root.key("BillingProducts");
        assert_eq!(
            at(products.index(0).path(), Code::WrongType, e),
            REGISTER_IMAGE
        );
        let body = IssuePath::from(vec![Segment::Parameter("BlockDeviceMapping.0".into())]);
        assert_eq!(at(body, Code::Malformed, e), REGISTER_IMAGE);
    }

    #[test]
    fn every_page_is_https_on_docs_aws_amazon_com() {
        let pages = SHAPES
            .iter()
            .map(|(_, p)| *p)
            .chain(RULES.iter().map(|r| r.3))
            .chain([REGISTER_IMAGE]);
        for page in pages {
            assert!(page.starts_with("https://docs.aws.amazon.com/"), "{page}");
            assert!(!page.contains(' '), "{page}");
        }
        // Every shape of the member table but the input itself has its own page: a new shape
        // fails here until it has one.
        let mut shapes = vec![&RegisterImageInput::SHAPE];
        let mut seen = 0;
        while let Some(shape) = shapes.pop() {
            if shape.name != RegisterImageInput::SHAPE.name {
                assert!(
                    SHAPES.iter().any(|(name, _)| *name == shape.name),
                    "{}",
                    shape.name
                );
                seen += 1;
            }
            shapes.extend(shape.members.iter().filter_map(|m| m.ty.shape()));
        }
        assert_eq!(seen, SHAPES.len());
    }
}
