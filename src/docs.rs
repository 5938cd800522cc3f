//! Where the AWS documentation explains an issue: the one table of pages.
//!
//! An issue's page is its member's: the EC2 API Reference page of the shape that holds the
//! member (`API_RegisterImage.html` for `Name`, `API_EbsBlockDevice.html` for
//! `BlockDeviceMappings[0].Ebs.Iops`), or of the structure itself when the path ends at one
//! (`BlockDeviceMappings[0]`, `...Ebs`). An unknown key gets the page of the shape it was
//! found in. A few rules have a better page than their member and name it where they report
//! (`Issues::warning_see`, called from src/validate.rs): the service-limit warnings the EBS volume types
//! page, the tag limits the tag restrictions, and so on. Pages checked on 2026-12-01.

use crate::model::{RegisterImageInput, Shape, Type};
use crate::path::{IssuePath, Segment};

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
pub(crate) const VOLUME_TYPES: &str =
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html";
/// Tags per resource, key and value lengths, one value per key.
pub(crate) const TAG_RESTRICTIONS: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions";
/// The instance store volumes `ephemeral[0-23]`.
pub(crate) const BLOCK_DEVICE_MAPPINGS: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html";
/// ENA and SR-IOV need an HVM AMI.
pub(crate) const ENHANCED_NETWORKING: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/enhanced-networking.html";

/// The page of the member at `path` (a rule with a better page names it where it reports).
pub(crate) fn page(path: &IssuePath) -> &'static str {
    let mut shape: &Shape = &RegisterImageInput::SHAPE;
    // The items' shape of the list just named, entered at its index.
    let mut items: Option<&Shape> = None;
    for segment in path.segments() {
        match segment {
            Segment::Member(name) => {
                let Some((_, m)) = shape.member(name) else {
                    break;
                };
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
    shape_page(shape)
}

/// The API Reference page of `shape`: RegisterImage's for the input, the data type's for the rest
/// (also the schema's "See" links, tests/generated.rs). Hidden: for the generators, not an API.
#[doc(hidden)]
pub fn shape_page(shape: &Shape) -> &'static str {
    SHAPES
        .iter()
        .find(|(name, _)| *name == shape.name)
        .map_or(REGISTER_IMAGE, |(_, page)| page)
}

#[cfg(test)]
#[path = "docs_tests.rs"]
mod tests;
