//! The `RegisterImage` input, described once: every shape and member, in the order the AWS SDK
//! for JavaScript v3 writes them, with its name in the input (`RegisterImageCommandInput`,
//! botocore, `aws ec2 register-image --cli-input-json`), its name in a Query body, its type and
//! its one-line documentation.
//!
//! The [`shapes!`] table below is the only place a member is named. It expands to the Rust types
//! (with their serde names), to the static [`Shape`] tables that the reader, the encoder, the
//! body decoder and the generated TypeScript, demo and JSON Schema files walk, and to the field
//! accessors that let that generic code reach the typed fields.
//!
//! Every member is optional in the type, as in the SDKs: a missing `Name` is an issue found by
//! [`validate`](crate::validate), not a type error. Enumerations are plain strings so that a value
//! AWS adds later still reads; [`validate`](crate::validate) checks them against the lists below,
//! and a value outside them is a warning (AWS may have added it), unless it is a known value in
//! another case or with other separators. `tests/aws_model.rs` holds the table to AWS's model.
//! Lists are `Vec`s: an empty list and an absent one encode the same way (not at all).

use serde::{Deserialize, Serialize};

/// A shape of the input: a structure and its members, in SDK order.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    /// The Rust type's name (`EbsBlockDevice`).
    pub name: &'static str,
    // The one-line documentation: see [`Shape::doc`].
    #[cfg(feature = "member-docs")]
    doc: &'static str,
    /// The members, in the order the SDK writes them.
    pub members: &'static [Member],
}

/// One member of a [`Shape`].
#[derive(Debug, PartialEq, Eq)]
pub struct Member {
    /// The name in the input (`BlockDeviceMappings`).
    pub name: &'static str,
    /// The name in a Query body (`BlockDeviceMapping`: EC2's `locationName`; lists are
    /// flattened under it as `BlockDeviceMapping.1`).
    pub wire: &'static str,
    /// What the member holds.
    pub ty: Type,
    // The one-line documentation and the demo form's layout: see [`Member::doc`], [`Member::ui`].
    #[cfg(feature = "member-docs")]
    doc: &'static str,
    #[cfg(feature = "member-docs")]
    ui: &'static str,
}

/// What a [`Member`] holds. More kinds may come as the API grows: match with a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Type {
    /// A string.
    String,
    /// A string documented to be one of `values` (checked by the rules, not the reader). `name`
    /// is the API model's name for the list (`""` for none); `open` marks a plain string in the
    /// API model whose values are only documented (a value AWS adds later still reads).
    Enum {
        /// The enumeration's name in the API model, such as `ArchitectureValues`.
        name: &'static str,
        /// The values.
        values: &'static [&'static str],
        /// A plain string in the API model, with documented values.
        open: bool,
    },
    /// A 32-bit integer.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// A structure.
    Struct(&'static Shape),
    /// A list of strings.
    Strings,
    /// A list of structures.
    Structs(&'static Shape),
}

impl Shape {
    /// The shape's one-line documentation; `""` when the crate is built without its default
    /// feature `member-docs` (as the npm package's wasm is, to leave the text out).
    pub fn doc(&self) -> &'static str {
        #[cfg(feature = "member-docs")]
        return self.doc;
        #[cfg(not(feature = "member-docs"))]
        ""
    }

    /// The member called `name` in the input, with its index.
    pub fn member(&self, name: &str) -> Option<(usize, &'static Member)> {
        self.member_named(name.as_bytes())
    }

    /// [`Shape::member`] for a name as UTF-8 bytes (the reader looks keys up before it reads
    /// them as text).
    pub(crate) fn member_named(&self, name: &[u8]) -> Option<(usize, &'static Member)> {
        // The first byte before the rest: a call to memcmp per member of the same length
        // was a tenth of reading a small input.
        self.members.iter().enumerate().find(|(_, m)| {
            let m = m.name.as_bytes();
            m.len() == name.len() && m.first() == name.first() && m == name
        })
    }
}

impl Member {
    /// The member's one-line documentation; `""` without the default feature `member-docs`.
    pub fn doc(&self) -> &'static str {
        #[cfg(feature = "member-docs")]
        return self.doc;
        #[cfg(not(feature = "member-docs"))]
        ""
    }

    /// How the demo form shows the member: `Title: flags`, where a top-level member's title names
    /// its section (members with one title share it) and the flags are `#N` (its place on the
    /// page), `wide`, `textarea` and `more` (folded with the less used EBS fields); `""` without
    /// the default feature `member-docs`. For the repository's generators.
    #[doc(hidden)]
    pub fn ui(&self) -> &'static str {
        #[cfg(feature = "member-docs")]
        return self.ui;
        #[cfg(not(feature = "member-docs"))]
        ""
    }
}

impl Type {
    /// The shape of a structure, or of a list's items.
    pub fn shape(self) -> Option<&'static Shape> {
        match self {
            Type::Struct(s) | Type::Structs(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the member is a list (flattened in a body as `Name.1`, `Name.2`, ...).
    pub fn is_list(self) -> bool {
        matches!(self, Type::Strings | Type::Structs(_))
    }
}

/// A member's name in a body: a list's `locationName` (from any shape), any other member's own.
pub(crate) fn body_name(member: &str) -> &str {
    list_members()
        .find(|m| m.name == member)
        .map_or(member, |m| m.wire)
}

/// Every list member of every shape of the input (a Query body names a list by its `wire` name
/// wherever it stands).
pub(crate) fn list_members() -> impl Iterator<Item = &'static Member> {
    const SHAPES: [&Shape; 3] = [
        &RegisterImageInput::SHAPE,
        &BlockDeviceMapping::SHAPE,
        &TagSpecification::SHAPE,
    ];
    SHAPES
        .into_iter()
        .flat_map(|s| s.members.iter())
        .filter(|m| m.ty.is_list())
}

/// The members of `model` that are set (a list: with items), in the order of its shape, each
/// with its field.
pub(crate) fn given(model: &dyn Model) -> impl Iterator<Item = (&'static Member, Field<'_>)> {
    let members = model.shape().members;
    let mut bits = model.given();
    std::iter::from_fn(move || {
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if let (Some(member), Some(field)) = (members.get(i), model.field(i)) {
                return Some((member, field));
            }
        }
        None
    })
}

/// A typed field, for the generic code that walks a [`Shape`].
pub(crate) enum Field<'a> {
    Str(Option<&'a str>),
    Int(Option<i32>),
    Bool(Option<bool>),
    Struct(Option<&'a dyn Model>),
    Strings(&'a [String]),
    Structs(&'a dyn Structs),
}

/// A typed field to fill.
pub(crate) enum FieldMut<'a> {
    Str(&'a mut Option<String>),
    Int(&'a mut Option<i32>),
    Bool(&'a mut Option<bool>),
    Struct(&'a mut dyn OptionalModel),
    Strings(&'a mut Vec<String>),
    Structs(&'a mut dyn Structs),
}

/// A structure of the model, seen through its [`Shape`].
pub(crate) trait Model {
    fn shape(&self) -> &'static Shape;
    /// Member `i` of [`Model::shape`].
    fn field(&self, i: usize) -> Option<Field<'_>>;
    /// One bit per member of [`Model::shape`] that is set (a list: not empty), so that a walk
    /// asks [`Model::field`] for those alone.
    fn given(&self) -> u32;
    fn field_mut(&mut self, i: usize) -> Option<FieldMut<'_>>;
}

/// An optional structure (`Option<EbsBlockDevice>`).
pub(crate) trait OptionalModel {
    /// The structure, made empty first if absent.
    fn get_or_default(&mut self) -> &mut dyn Model;
}

impl<T: Model + Default> OptionalModel for Option<T> {
    fn get_or_default(&mut self) -> &mut dyn Model {
        self.get_or_insert_with(T::default)
    }
}

/// A list of structures (`Vec<Tag>`).
pub(crate) trait Structs {
    fn len(&self) -> usize;
    fn item(&self, i: usize) -> Option<&dyn Model>;
    /// A new empty item at the end.
    fn push_default(&mut self) -> &mut dyn Model;
}

impl<T: Model + Default> Structs for Vec<T> {
    fn len(&self) -> usize {
        self.as_slice().len()
    }

    fn item(&self, i: usize) -> Option<&dyn Model> {
        self.get(i).map(|m| m as &dyn Model)
    }

    fn push_default(&mut self) -> &mut dyn Model {
        self.push(T::default());
        let last = self.as_slice().len() - 1;
        &mut self[last]
    }
}

/// serde's `skip_serializing_if` for every member: absent members and empty lists are left out.
pub(crate) trait Absent {
    fn absent(&self) -> bool;
}

impl<T> Absent for Option<T> {
    fn absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Absent for Vec<T> {
    fn absent(&self) -> bool {
        self.is_empty()
    }
}

fn absent<T: Absent>(value: &T) -> bool {
    value.absent()
}

/// The Rust type of a member of each kind.
macro_rules! field_type {
    (string) => { Option<String> };
    (enumeration $args:tt) => { Option<String> };
    (documented $args:tt) => { Option<String> };
    (integer) => { Option<i32> };
    (boolean) => { Option<bool> };
    (structure ($t:ident)) => { Option<$t> };
    (strings) => { Vec<String> };
    (structures ($t:ident)) => { Vec<$t> };
}

/// The [`Type`] of a member of each kind.
macro_rules! member_type {
    (string) => {
        Type::String
    };
    (enumeration ($name:literal, $values:ident)) => {
        Type::Enum {
            name: $name,
            values: $values,
            open: false,
        }
    };
    (documented ($name:literal, $values:ident)) => {
        Type::Enum {
            name: $name,
            values: $values,
            open: true,
        }
    };
    (integer) => {
        Type::Integer
    };
    (boolean) => {
        Type::Boolean
    };
    (structure ($t:ident)) => {
        Type::Struct(&<$t>::SHAPE)
    };
    (strings) => {
        Type::Strings
    };
    (structures ($t:ident)) => {
        Type::Structs(&<$t>::SHAPE)
    };
}

/// A member as a [`Field`].
macro_rules! field_ref {
    ($f:expr, string) => {
        Field::Str($f.as_deref())
    };
    ($f:expr, enumeration $args:tt) => {
        Field::Str($f.as_deref())
    };
    ($f:expr, documented $args:tt) => {
        Field::Str($f.as_deref())
    };
    ($f:expr, integer) => {
        Field::Int($f)
    };
    ($f:expr, boolean) => {
        Field::Bool($f)
    };
    ($f:expr, structure $args:tt) => {
        Field::Struct($f.as_ref().map(|m| m as &dyn Model))
    };
    ($f:expr, strings) => {
        Field::Strings(&$f)
    };
    ($f:expr, structures $args:tt) => {
        Field::Structs(&$f)
    };
}

/// A member as a [`FieldMut`].
macro_rules! field_mut {
    ($f:expr, string) => {
        FieldMut::Str(&mut $f)
    };
    ($f:expr, enumeration $args:tt) => {
        FieldMut::Str(&mut $f)
    };
    ($f:expr, documented $args:tt) => {
        FieldMut::Str(&mut $f)
    };
    ($f:expr, integer) => {
        FieldMut::Int(&mut $f)
    };
    ($f:expr, boolean) => {
        FieldMut::Bool(&mut $f)
    };
    ($f:expr, structure $args:tt) => {
        FieldMut::Struct(&mut $f)
    };
    ($f:expr, strings) => {
        FieldMut::Strings(&mut $f)
    };
    ($f:expr, structures $args:tt) => {
        FieldMut::Structs(&mut $f)
    };
}

/// The table: each shape with its documentation, then each member as
/// `field: kind = "Name" / "WireName", "ui";`, where a kind is `string`, `integer`,
/// `boolean`, `enumeration("ModelName", VALUES)` (a closed list), `documented("ModelName", VALUES)`
/// (a plain string with documented values), `structure(Shape)`, `strings` or `structures(Shape)`; with its documentation above it.
macro_rules! shapes {
    ($(
        #[doc = $shape_doc:literal]
        $(#[doc = $more_shape_doc:literal])*
        struct $shape:ident {
            $(
                #[doc = $doc:literal]
                $(#[doc = $more_doc:literal])*
                $field:ident: $kind:ident $(($($arg:tt)*))? = $name:literal / $wire:literal, $ui:literal;
            )+
        }
    )+) => {$(
        #[doc = $shape_doc]
        $(#[doc = $more_shape_doc])*
        ///
        /// Build it with `..Default::default()` in the struct literal, or `Default` and field
        /// assignment: a member AWS adds comes in a minor release, and only a literal naming
        /// every field (or a pattern without `..`) would break.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[serde(default, deny_unknown_fields)]
        pub struct $shape {
            $(
                #[doc = $doc]
                $(#[doc = $more_doc])*
                #[serde(rename = $name, skip_serializing_if = "absent")]
                pub $field: field_type!($kind $(($($arg)*))?),
            )+
        }

        impl $shape {
            /// The shape's table: its members in SDK order.
            pub const SHAPE: Shape = Shape {
                name: stringify!($shape),
                #[cfg(feature = "member-docs")]
                doc: $shape_doc,
                members: &[$(Member {
                    name: $name,
                    wire: $wire,
                    ty: member_type!($kind $(($($arg)*))?),
                    #[cfg(feature = "member-docs")]
                    doc: $doc,
                    #[cfg(feature = "member-docs")]
                    ui: $ui,
                }),+],
            };
        }

        impl Model for $shape {
            fn shape(&self) -> &'static Shape {
                &Self::SHAPE
            }

            #[allow(unused_assignments)]
            fn field(&self, i: usize) -> Option<Field<'_>> {
                let mut n = 0;
                $(
                    if n == i {
                        return Some(field_ref!(self.$field, $kind $(($($arg)*))?));
                    }
                    n += 1;
                )+
                None
            }

            #[allow(unused_assignments)]
            fn given(&self) -> u32 {
                let (mut bits, mut bit) = (0, 1);
                $(
                    if !self.$field.absent() {
                        bits |= bit;
                    }
                    bit <<= 1;
                )+
                bits
            }

            #[allow(unused_assignments)]
            fn field_mut(&mut self, i: usize) -> Option<FieldMut<'_>> {
                let mut n = 0;
                $(
                    if n == i {
                        return Some(field_mut!(self.$field, $kind $(($($arg)*))?));
                    }
                    n += 1;
                )+
                None
            }
        }
    )+};
}

shapes! {
    /// The input of `RegisterImage` (`RegisterImageRequest`).
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
    struct RegisterImageInput {
        /// Required. 3-128 characters: letters, digits and ( ) [ ] space . / - ' @ _
        name: string = "Name" / "Name", "Image: #1 wide";
        /// The full path to the AMI manifest in Amazon S3 (instance-store-backed AMIs), such as my-bucket/web.manifest.xml.
        image_location: string = "ImageLocation" / "ImageLocation", "Image: #5 wide";
        /// AWS Marketplace billing product codes.
        billing_products: strings = "BillingProducts" / "BillingProduct", "Billing products: #18";
        /// The boot mode; needs a matching instance type.
        boot_mode: enumeration("BootModeValues", BOOT_MODES) = "BootMode" / "BootMode", "Root device and boot: #7";
        /// NitroTPM; needs UEFI.
        tpm_support: enumeration("TpmSupportValues", TPM_SUPPORT_VALUES) = "TpmSupport" / "TpmSupport", "Root device and boot: #8";
        /// Base64 of the non-volatile UEFI variable store, at most 64,000 characters.
        uefi_data: string = "UefiData" / "UefiData", "Root device and boot: #10 wide textarea";
        /// v2.0: instances launched from the AMI require IMDSv2.
        imds_support: enumeration("ImdsSupportValues", IMDS_SUPPORT_VALUES) = "ImdsSupport" / "ImdsSupport", "Root device and boot: #9";
        /// Tags for the new AMI (resource type image).
        tag_specifications: structures(TagSpecification) = "TagSpecifications" / "TagSpecification", "Tags for the image: #17";
        /// Checks permissions without registering.
        dry_run: boolean = "DryRun" / "DryRun", "Kernel, networking and request: #16";
        /// At most 255 characters.
        description: string = "Description" / "Description", "Image: #2 wide";
        /// The architecture of the AMI.
        architecture: enumeration("ArchitectureValues", ARCHITECTURES) = "Architecture" / "Architecture", "Image: #3";
        /// aki- and 8 or 17 lower-case hex digits.
        kernel_id: string = "KernelId" / "KernelId", "Kernel, networking and request: #12";
        /// ari- and 8 or 17 lower-case hex digits.
        ramdisk_id: string = "RamdiskId" / "RamdiskId", "Kernel, networking and request: #13";
        /// The root device name, such as /dev/xvda, with a block device mapping for it.
        root_device_name: string = "RootDeviceName" / "RootDeviceName", "Root device and boot: #6";
        /// The block device mappings: EBS volumes and instance store volumes.
        block_device_mappings: structures(BlockDeviceMapping) = "BlockDeviceMappings" / "BlockDeviceMapping", "Block device mappings: #11";
        /// hvm or paravirtual; AWS's default is paravirtual.
        virtualization_type: documented("", VIRTUALIZATION_TYPES) = "VirtualizationType" / "VirtualizationType", "Image: #4";
        /// simple enables enhanced networking with the Intel 82599 VF (HVM only).
        sriov_net_support: documented("", SRIOV_NET_SUPPORT_VALUES) = "SriovNetSupport" / "SriovNetSupport", "Kernel, networking and request: #15";
        /// Enables enhanced networking with ENA (HVM only).
        ena_support: boolean = "EnaSupport" / "EnaSupport", "Kernel, networking and request: #14";
    }

    /// One block device mapping (`BlockDeviceMapping`).
    struct BlockDeviceMapping {
        /// An EBS volume.
        ebs: structure(EbsBlockDevice) = "Ebs" / "Ebs", "";
        /// Present (any value, usually an empty string) to remove the device from the mapping.
        no_device: string = "NoDevice" / "NoDevice", "";
        /// The device name, such as /dev/sdh or xvdh.
        device_name: string = "DeviceName" / "DeviceName", "";
        /// An instance store volume: ephemeral0, ephemeral1, ...
        virtual_name: string = "VirtualName" / "VirtualName", "";
    }

    /// An EBS volume in a mapping (`EbsBlockDevice`).
    struct EbsBlockDevice {
        /// Delete the volume when the instance terminates.
        delete_on_termination: boolean = "DeleteOnTermination" / "DeleteOnTermination", "#6";
        /// Provisioned IOPS; required for io1 and io2.
        iops: integer = "Iops" / "Iops", "#4";
        /// snap- and 8 or 17 lower-case hex digits.
        snapshot_id: string = "SnapshotId" / "SnapshotId", "#1";
        /// Size in GiB. A SnapshotId or a VolumeSize is required.
        volume_size: integer = "VolumeSize" / "VolumeSize", "#2";
        /// The volume type.
        volume_type: enumeration("VolumeType", VOLUME_TYPES) = "VolumeType" / "VolumeType", "#3";
        /// Documented as unsupported for RegisterImage.
        kms_key_id: string = "KmsKeyId" / "KmsKeyId", "more #8";
        /// MiB/s, gp3 only.
        throughput: integer = "Throughput" / "Throughput", "#5";
        /// The ARN of the Outpost on which the snapshot is stored.
        outpost_arn: string = "OutpostArn" / "OutpostArn", "more #11";
        /// Such as us-east-1a; not with AvailabilityZoneId.
        availability_zone: string = "AvailabilityZone" / "AvailabilityZone", "more #9";
        /// Only for new, empty volumes: not with a SnapshotId.
        encrypted: boolean = "Encrypted" / "Encrypted", "more #7";
        /// MiB/s at which a volume from a snapshot is initialised.
        volume_initialization_rate: integer = "VolumeInitializationRate" / "VolumeInitializationRate", "more #12";
        /// Such as use1-az1; not with AvailabilityZone.
        availability_zone_id: string = "AvailabilityZoneId" / "AvailabilityZoneId", "more #10";
        /// The index of the EBS card (default 0).
        ebs_card_index: integer = "EbsCardIndex" / "EbsCardIndex", "more #13";
    }

    /// Tags to apply on creation (`TagSpecification`).
    struct TagSpecification {
        /// Must be image for RegisterImage.
        resource_type: documented("ResourceType", RESOURCE_TYPES) = "ResourceType" / "ResourceType", "";
        /// The tags.
        tags: structures(Tag) = "Tags" / "Tag", "";
    }

    /// A tag (`Tag`).
    struct Tag {
        /// Not empty, not starting with aws:, unique within its specification.
        key: string = "Key" / "Key", "";
        /// The value; an empty string is kept.
        value: string = "Value" / "Value", "";
    }
}

/// The botocore release whose EC2 model the member table matches (member for member, wire name
/// for wire name, every closed enumeration and length limit): `tests/aws_model.rs` holds the
/// table to the extract `tests/data/aws-model.json`, which `make refresh-model` rewrites.
macro_rules! botocore {
    () => {
        "1.44.8"
    };
}
/// The day that botocore release was built (its wheel's model file).
macro_rules! botocore_date {
    () => {
        "2026-11-20"
    };
}

/// Which AWS model of `RegisterImage` this release knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwsModel {
    /// botocore's version (`ec2/2016-11-15/service-2.json`).
    pub botocore: &'static str,
    /// The day that botocore was released.
    pub botocore_date: &'static str,
    /// `@aws-sdk/client-ec2`'s version: member order and query names, and the bodies compared.
    pub sdk: &'static str,
    /// The day that SDK was released.
    pub sdk_date: &'static str,
}

/// The AWS model this release knows: a value outside its lists may be one AWS added since, so it
/// is a warning that names this model, not an error.
///
/// ```
/// assert_eq!(ec2_register_image::AWS_MODEL.botocore, "1.44.8");
/// ```
pub const AWS_MODEL: AwsModel = AwsModel {
    botocore: botocore!(),
    botocore_date: botocore_date!(),
    sdk: "3.1178.0",
    sdk_date: "2026-11-25",
};

/// This package and the model it knows, for messages, as a literal (for `concat!`).
macro_rules! known_by {
    () => {
        concat!(
            "ec2-register-image ",
            env!("CARGO_PKG_VERSION"),
            " (AWS model of botocore ",
            botocore!(),
            ", ",
            botocore_date!(),
            ")"
        )
    };
}

/// This package and the model it knows, for messages: `ec2-register-image 0.1.0 (AWS model of
/// botocore 1.44.8, 2026-11-20)`.
pub const KNOWN_BY: &str = known_by!();

/// What an unknown member's message adds when no member is near: perhaps AWS added it since.
pub(crate) const UNKNOWN_MEMBER_NOTE: &str = concat!(
    ". ",
    known_by!(),
    " knows these; if AWS has added it since, a newer release may know it"
);

/// `Name`: 3-128 characters (model `ImageNameRequest`).
pub const NAME_CHARS: (usize, usize) = (3, 128);
/// `Description`: at most 255 characters (model `ImageDescriptionRequest`).
pub const DESCRIPTION_MAX_CHARS: usize = 255;
/// `UefiData`: at most 64,000 characters (model `ImageUefiDataRequest`).
pub const UEFI_DATA_MAX_CHARS: usize = 64_000;

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
/// The one `ResourceType` RegisterImage accepts (the API model's `ResourceType` lists every taggable
/// resource).
pub const RESOURCE_TYPES: &[&str] = &["image"];
/// The documented value of `SriovNetSupport`.
pub const SRIOV_NET_SUPPORT_VALUES: &[&str] = &["simple"];
