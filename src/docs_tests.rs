use super::*;
use crate::collect::Path;

fn at(path: IssuePath) -> &'static str {
    page(&path)
}

#[test]
fn the_page_of_the_member_or_of_the_structure_the_path_ends_at() {
    let root = Path::Root;
    assert_eq!(at(root.path()), REGISTER_IMAGE);
    assert_eq!(at(root.key("Name").path()), REGISTER_IMAGE);
    let colour = root.key("Colour");
    let list = root.key("BlockDeviceMappings");
    assert_eq!(at(list.path()), REGISTER_IMAGE);
    let item = list.index(0);
    assert_eq!(at(item.path()), api!("API_BlockDeviceMapping.html"));
    assert_eq!(
        at(item.key("DeviceName").path()),
        api!("API_BlockDeviceMapping.html")
    );
    let ebs = item.key("Ebs");
    assert_eq!(at(ebs.path()), api!("API_EbsBlockDevice.html"));
    let iops = ebs.key("Iops");
    assert_eq!(at(iops.path()), api!("API_EbsBlockDevice.html"));
    // An unknown key: the shape it was found in.
    assert_eq!(at(ebs.key("Iopz").path()), api!("API_EbsBlockDevice.html"));
    assert_eq!(at(colour.key("Iops").path()), REGISTER_IMAGE);
    let specs = root.key("TagSpecifications");
    let spec = specs.index(1);
    let tags = spec.key("Tags");
    assert_eq!(at(tags.path()), api!("API_TagSpecification.html"));
    let products = root.key("BillingProducts");
    assert_eq!(at(products.index(0).path()), REGISTER_IMAGE);
    let body = IssuePath::from(vec![Segment::Parameter("BlockDeviceMapping.0".into())]);
    assert_eq!(at(body), REGISTER_IMAGE);
}

#[test]
fn every_page_is_https_on_docs_aws_amazon_com() {
    let pages = SHAPES
        .iter()
        .map(|(_, p)| *p)
        .chain([
            VOLUME_TYPES,
            TAG_RESTRICTIONS,
            BLOCK_DEVICE_MAPPINGS,
            ENHANCED_NETWORKING,
        ])
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
