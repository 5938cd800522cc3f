//! The `RegisterImage` input, member for member as the AWS SDK for JavaScript v3
//! (`RegisterImageCommandInput`), botocore and `aws ec2 register-image --cli-input-json` name it.
//!
//! Every member is optional in the type, as in the SDKs: a missing `Name` is an issue found by
//! [`validate`](crate::validate), not a type error. Enumerations are plain strings so that a value
//! AWS adds later still reads; [`validate`](crate::validate) checks them against the lists below.
//! Lists are `Vec`s: an empty list and an absent one encode the same way (not at all).

use serde::{Deserialize, Serialize};

/// The input of `RegisterImage` (`RegisterImageRequest`, 18 members).
///
/// ```
/// use ec2_register_image::{RegisterImageInput, BlockDeviceMapping, EbsBlockDevice};
///
/// let input = RegisterImageInput {
///     name: Some("my-ami".into()),
///     root_device_name: Some("/dev/xvda".into()),
///     block_device_mappings: vec![BlockDeviceMapping {
///         device_name: Some("/dev/xvda".into()),
///         ebs: Some(EbsBlockDevice {
///             snapshot_id: Some("snap-0123456789abcdef0".into()),
///             ..Default::default()
///         }),
///         ..Default::default()
///     }],
///     ..Default::default()
/// };
/// assert!(ec2_register_image::validate(&input).is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
pub struct RegisterImageInput {
    /// Required. 3-128 characters: letters, digits, `( ) [ ] space . / - ' @ _`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Full path to the AMI manifest in Amazon S3 (instance-store-backed AMIs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_location: Option<String>,
    /// AWS Marketplace billing product codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub billing_products: Vec<String>,
    /// One of [`BOOT_MODES`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boot_mode: Option<String>,
    /// One of [`TPM_SUPPORT_VALUES`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tpm_support: Option<String>,
    /// Base64 of the non-volatile UEFI variable store, at most 64,000 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uefi_data: Option<String>,
    /// One of [`IMDS_SUPPORT_VALUES`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imds_support: Option<String>,
    /// Tags for the new AMI (resource type `image`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Check permissions only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// At most 255 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// One of [`ARCHITECTURES`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    /// `aki-` followed by 8 or 17 lower-case hex digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kernel_id: Option<String>,
    /// `ari-` followed by 8 or 17 lower-case hex digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ramdisk_id: Option<String>,
    /// The root device name, such as `/dev/sda1` or `/dev/xvda`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root_device_name: Option<String>,
    /// Block device mappings (volumes and instance store).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    /// One of [`VIRTUALIZATION_TYPES`]; AWS defaults to `paravirtual`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virtualization_type: Option<String>,
    /// `simple` enables enhanced networking with the Intel 82599 VF (HVM only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sriov_net_support: Option<String>,
    /// Enables enhanced networking with ENA (HVM only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ena_support: Option<bool>,
}

/// One block device mapping (`BlockDeviceMapping`, 4 members).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
pub struct BlockDeviceMapping {
    /// An EBS volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ebs: Option<EbsBlockDevice>,
    /// Present (any value, usually `""`) to remove the device from the mapping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_device: Option<String>,
    /// The device name, such as `/dev/sdh` or `xvdh`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// An instance store volume: `ephemeral0` to `ephemeral23`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virtual_name: Option<String>,
}

/// An EBS volume in a mapping (`EbsBlockDevice`, 13 members).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
pub struct EbsBlockDevice {
    /// Delete the volume when the instance terminates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_on_termination: Option<bool>,
    /// Provisioned IOPS; required for `io1` and `io2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    /// `snap-` followed by 8 or 17 lower-case hex digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    /// Size in GiB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_size: Option<i32>,
    /// One of [`VOLUME_TYPES`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    /// Documented as unsupported for RegisterImage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// MiB/s, `gp3` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i32>,
    /// The Outpost on which the snapshot is stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outpost_arn: Option<String>,
    /// Such as `us-east-1a`; not with `AvailabilityZoneId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    /// Only for new empty volumes: not with a `SnapshotId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    /// MiB/s at which a volume from a snapshot is initialised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_initialization_rate: Option<i32>,
    /// Such as `use1-az1`; not with `AvailabilityZone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_zone_id: Option<String>,
    /// Index of the EBS card (default 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ebs_card_index: Option<i32>,
}

/// Tags to apply on creation (`TagSpecification`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
pub struct TagSpecification {
    /// Must be `image` for RegisterImage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
}

/// A tag (`Tag`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default, deny_unknown_fields)]
pub struct Tag {
    /// Not empty, not starting with `aws:`, unique within its specification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value; an empty string is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// `ArchitectureValues` (botocore 1.44.8).
pub const ARCHITECTURES: &[&str] = &["i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"];
/// `BootModeValues`.
pub const BOOT_MODES: &[&str] = &["legacy-bios", "uefi", "uefi-preferred"];
/// `TpmSupportValues`.
pub const TPM_SUPPORT_VALUES: &[&str] = &["v2.0"];
/// `ImdsSupportValues`.
pub const IMDS_SUPPORT_VALUES: &[&str] = &["v2.0"];
/// `VolumeType`.
pub const VOLUME_TYPES: &[&str] = &["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"];
/// The documented values of `VirtualizationType` (a plain string in the request model).
pub const VIRTUALIZATION_TYPES: &[&str] = &["hvm", "paravirtual"];
/// The documented value of `SriovNetSupport`.
pub const SRIOV_NET_SUPPORT_VALUES: &[&str] = &["simple"];

/// Member names as the input spells them, for "did you mean" and unknown-key reports.
pub(crate) mod fields {
    pub const INPUT: &[&str] = &[
        "Name",
        "ImageLocation",
        "BillingProducts",
        "BootMode",
        "TpmSupport",
        "UefiData",
        "ImdsSupport",
        "TagSpecifications",
        "DryRun",
        "Description",
        "Architecture",
        "KernelId",
        "RamdiskId",
        "RootDeviceName",
        "BlockDeviceMappings",
        "VirtualizationType",
        "SriovNetSupport",
        "EnaSupport",
    ];
    pub const MAPPING: &[&str] = &["Ebs", "NoDevice", "DeviceName", "VirtualName"];
    pub const EBS: &[&str] = &[
        "DeleteOnTermination",
        "Iops",
        "SnapshotId",
        "VolumeSize",
        "VolumeType",
        "KmsKeyId",
        "Throughput",
        "OutpostArn",
        "AvailabilityZone",
        "Encrypted",
        "VolumeInitializationRate",
        "AvailabilityZoneId",
        "EbsCardIndex",
    ];
    pub const TAG_SPECIFICATION: &[&str] = &["ResourceType", "Tags"];
    pub const TAG: &[&str] = &["Key", "Value"];
}
