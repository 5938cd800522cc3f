//! The encoder against bodies made by the AWS SDK for JavaScript v3 (each test says which).

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
