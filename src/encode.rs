//! The RegisterImage mapping onto the Query writer: one line per member, in the order the AWS SDK
//! for JavaScript v3 writes them (schema order, required `Name` first), with EC2's rules: lists
//! flattened and 1-based under the member's `locationName`, empty lists left out.

use crate::model::{BlockDeviceMapping, EbsBlockDevice, RegisterImageInput, Tag, TagSpecification};
use crate::query::{QueryWriter, ValueWriter};
use crate::API_VERSION;

/// The body for `input`, without any check. Prefer [`crate::encode`], which refuses input
/// with errors.
///
/// ```
/// use ec2_register_image::{encode_unchecked, RegisterImageInput};
///
/// let input = RegisterImageInput { name: Some("my ami".into()), ..Default::default() };
/// assert_eq!(encode_unchecked(&input), "Action=RegisterImage&Version=2016-11-15&Name=my%20ami");
/// ```
pub fn encode_unchecked(input: &RegisterImageInput) -> String {
    let mut body = String::with_capacity(256);
    let mut writer = QueryWriter::new(&mut body, "RegisterImage", API_VERSION);
    register_image(&mut writer.root(), input);
    body
}

fn register_image(w: &mut ValueWriter, i: &RegisterImageInput) {
    string(w, "Name", &i.name);
    string(w, "ImageLocation", &i.image_location);
    list(w, "BillingProduct", &i.billing_products, |w, v| w.string(v));
    string(w, "BootMode", &i.boot_mode);
    string(w, "TpmSupport", &i.tpm_support);
    string(w, "UefiData", &i.uefi_data);
    string(w, "ImdsSupport", &i.imds_support);
    list(
        w,
        "TagSpecification",
        &i.tag_specifications,
        tag_specification,
    );
    boolean(w, "DryRun", i.dry_run);
    string(w, "Description", &i.description);
    string(w, "Architecture", &i.architecture);
    string(w, "KernelId", &i.kernel_id);
    string(w, "RamdiskId", &i.ramdisk_id);
    string(w, "RootDeviceName", &i.root_device_name);
    list(
        w,
        "BlockDeviceMapping",
        &i.block_device_mappings,
        block_device_mapping,
    );
    string(w, "VirtualizationType", &i.virtualization_type);
    string(w, "SriovNetSupport", &i.sriov_net_support);
    boolean(w, "EnaSupport", i.ena_support);
}

fn block_device_mapping(mut w: ValueWriter, m: &BlockDeviceMapping) {
    if let Some(ebs) = &m.ebs {
        ebs_block_device(&mut w.prefix("Ebs"), ebs);
    }
    string(&mut w, "NoDevice", &m.no_device);
    string(&mut w, "DeviceName", &m.device_name);
    string(&mut w, "VirtualName", &m.virtual_name);
}

fn ebs_block_device(w: &mut ValueWriter, e: &EbsBlockDevice) {
    boolean(w, "DeleteOnTermination", e.delete_on_termination);
    integer(w, "Iops", e.iops);
    string(w, "SnapshotId", &e.snapshot_id);
    integer(w, "VolumeSize", e.volume_size);
    string(w, "VolumeType", &e.volume_type);
    string(w, "KmsKeyId", &e.kms_key_id);
    integer(w, "Throughput", e.throughput);
    string(w, "OutpostArn", &e.outpost_arn);
    string(w, "AvailabilityZone", &e.availability_zone);
    boolean(w, "Encrypted", e.encrypted);
    integer(w, "VolumeInitializationRate", e.volume_initialization_rate);
    string(w, "AvailabilityZoneId", &e.availability_zone_id);
    integer(w, "EbsCardIndex", e.ebs_card_index);
}

fn tag_specification(mut w: ValueWriter, t: &TagSpecification) {
    string(&mut w, "ResourceType", &t.resource_type);
    list(&mut w, "Tag", &t.tags, tag);
}

fn tag(mut w: ValueWriter, t: &Tag) {
    string(&mut w, "Key", &t.key);
    string(&mut w, "Value", &t.value);
}

fn string(w: &mut ValueWriter, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        w.prefix(key).string(v);
    }
}

fn boolean(w: &mut ValueWriter, key: &str, value: Option<bool>) {
    if let Some(v) = value {
        w.prefix(key).boolean(v);
    }
}

fn integer(w: &mut ValueWriter, key: &str, value: Option<i32>) {
    if let Some(v) = value {
        w.prefix(key).integer(v.into());
    }
}

fn list<T>(w: &mut ValueWriter, key: &str, items: &[T], item: fn(ValueWriter, &T)) {
    let mut entries = w.prefix(key).list();
    for value in items {
        item(entries.entry(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// The spec's "full example body" (../shared/spec/register-image.md §2, made with
    /// `@aws-sdk/client-ec2` 3.1169.0): one member of each kind, in SDK order.
    #[test]
    fn every_member_in_sdk_order() {
        let input = RegisterImageInput {
            name: Some("my ami".into()),
            image_location: Some("bucket/x.manifest.xml".into()),
            billing_products: vec!["bp-1".into(), "bp-2".into()],
            boot_mode: Some("uefi".into()),
            tpm_support: Some("v2.0".into()),
            uefi_data: Some("QUJD+/=".into()),
            imds_support: Some("v2.0".into()),
            tag_specifications: vec![TagSpecification {
                resource_type: Some("image".into()),
                tags: vec![
                    Tag {
                        key: Some("k 1".into()),
                        value: Some("v1".into()),
                    },
                    Tag {
                        key: Some("k2".into()),
                        value: Some("".into()),
                    },
                ],
            }],
            dry_run: Some(false),
            description: Some("d é".into()),
            architecture: Some("x86_64".into()),
            kernel_id: Some("aki-12345678".into()),
            ramdisk_id: Some("ari-12345678".into()),
            root_device_name: Some("/dev/xvda".into()),
            block_device_mappings: vec![
                BlockDeviceMapping {
                    device_name: Some("/dev/xvda".into()),
                    ebs: Some(EbsBlockDevice {
                        delete_on_termination: Some(true),
                        iops: Some(3000),
                        snapshot_id: Some("snap-0123456789abcdef0".into()),
                        volume_size: Some(8),
                        volume_type: Some("gp3".into()),
                        kms_key_id: Some("alias/x".into()),
                        throughput: Some(125),
                        outpost_arn: Some(
                            "arn:aws:outposts:us-east-1:123456789012:outpost/op-1234567890abcdef0"
                                .into(),
                        ),
                        availability_zone: Some("us-east-1a".into()),
                        encrypted: Some(false),
                        volume_initialization_rate: Some(100),
                        availability_zone_id: Some("use1-az1".into()),
                        ebs_card_index: Some(0),
                    }),
                    ..Default::default()
                },
                BlockDeviceMapping {
                    device_name: Some("/dev/sdb".into()),
                    virtual_name: Some("ephemeral0".into()),
                    ..Default::default()
                },
                BlockDeviceMapping {
                    no_device: Some("".into()),
                    device_name: Some("/dev/sdc".into()),
                    ..Default::default()
                },
            ],
            virtualization_type: Some("hvm".into()),
            sriov_net_support: Some("simple".into()),
            ena_support: Some(true),
        };
        let expected = concat!(
            "Action=RegisterImage&Version=2016-11-15&Name=my%20ami&ImageLocation=bucket%2Fx.manifest.xml",
            "&BillingProduct.1=bp-1&BillingProduct.2=bp-2",
            "&BootMode=uefi&TpmSupport=v2.0&UefiData=QUJD%2B%2F%3D&ImdsSupport=v2.0",
            "&TagSpecification.1.ResourceType=image&TagSpecification.1.Tag.1.Key=k%201",
            "&TagSpecification.1.Tag.1.Value=v1&TagSpecification.1.Tag.2.Key=k2&TagSpecification.1.Tag.2.Value=",
            "&DryRun=false&Description=d%20%C3%A9",
            "&Architecture=x86_64&KernelId=aki-12345678&RamdiskId=ari-12345678&RootDeviceName=%2Fdev%2Fxvda",
            "&BlockDeviceMapping.1.Ebs.DeleteOnTermination=true",
            "&BlockDeviceMapping.1.Ebs.Iops=3000&BlockDeviceMapping.1.Ebs.SnapshotId=snap-0123456789abcdef0",
            "&BlockDeviceMapping.1.Ebs.VolumeSize=8",
            "&BlockDeviceMapping.1.Ebs.VolumeType=gp3&BlockDeviceMapping.1.Ebs.KmsKeyId=alias%2Fx",
            "&BlockDeviceMapping.1.Ebs.Throughput=125",
            "&BlockDeviceMapping.1.Ebs.OutpostArn=arn%3Aaws%3Aoutposts%3Aus-east-1%3A123456789012%3Aoutpost%2Fop-1234567890abcdef0",
            "&BlockDeviceMapping.1.Ebs.AvailabilityZone=us-east-1a&BlockDeviceMapping.1.Ebs.Encrypted=false",
            "&BlockDeviceMapping.1.Ebs.VolumeInitializationRate=100",
            "&BlockDeviceMapping.1.Ebs.AvailabilityZoneId=use1-az1&BlockDeviceMapping.1.Ebs.EbsCardIndex=0",
            "&BlockDeviceMapping.1.DeviceName=%2Fdev%2Fxvda",
            "&BlockDeviceMapping.2.DeviceName=%2Fdev%2Fsdb&BlockDeviceMapping.2.VirtualName=ephemeral0",
            "&BlockDeviceMapping.3.NoDevice=&BlockDeviceMapping.3.DeviceName=%2Fdev%2Fsdc",
            "&VirtualizationType=hvm&SriovNetSupport=simple&EnaSupport=true",
        );
        assert_eq!(encode_unchecked(&input), expected);
    }

    #[test]
    fn empty_lists_and_absent_members_write_nothing() {
        let input = RegisterImageInput {
            name: Some("x".into()),
            tag_specifications: vec![TagSpecification::default()],
            ..Default::default()
        };
        // An empty TagSpecification has nothing to write, and its index is simply unused.
        assert_eq!(
            encode_unchecked(&input),
            "Action=RegisterImage&Version=2016-11-15&Name=x"
        );
    }
}
