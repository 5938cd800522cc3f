// Generated from the member table in src/model.rs by tests/generated.rs: do not edit.
// `UPDATE_GENERATED=1 cargo test --test generated` writes it again.
//
// Every shape of the input and its members in SDK order, for the demo form (www/form.js).
export const SHAPES = {
  "Tag": {
    "doc": "A tag (`Tag`).",
    "members": [
      {
        "type": "string",
        "name": "Key",
        "doc": "Not empty, not starting with aws:, unique within its specification.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "Value",
        "doc": "The value; an empty string is kept.",
        "ui": ""
      }
    ]
  },
  "TagSpecification": {
    "doc": "Tags to apply on creation (`TagSpecification`).",
    "members": [
      {
        "type": "enum",
        "name": "ResourceType",
        "values": [
          "image"
        ],
        "open": true,
        "doc": "Must be image for RegisterImage.",
        "ui": ""
      },
      {
        "type": "structures",
        "shape": "Tag",
        "name": "Tags",
        "doc": "The tags.",
        "ui": ""
      }
    ]
  },
  "EbsBlockDevice": {
    "doc": "An EBS volume in a mapping (`EbsBlockDevice`).",
    "members": [
      {
        "type": "boolean",
        "name": "DeleteOnTermination",
        "doc": "Delete the volume when the instance terminates.",
        "ui": "#6"
      },
      {
        "type": "integer",
        "name": "Iops",
        "doc": "Provisioned IOPS; required for io1 and io2.",
        "ui": "#4"
      },
      {
        "type": "string",
        "name": "SnapshotId",
        "doc": "snap- and 8 or 17 lower-case hex digits.",
        "ui": "#1"
      },
      {
        "type": "integer",
        "name": "VolumeSize",
        "doc": "Size in GiB. A SnapshotId or a VolumeSize is required.",
        "ui": "#2"
      },
      {
        "type": "enum",
        "name": "VolumeType",
        "values": [
          "standard",
          "io1",
          "io2",
          "gp2",
          "sc1",
          "st1",
          "gp3"
        ],
        "open": false,
        "doc": "The volume type.",
        "ui": "#3"
      },
      {
        "type": "string",
        "name": "KmsKeyId",
        "doc": "Documented as unsupported for RegisterImage.",
        "ui": "more #8"
      },
      {
        "type": "integer",
        "name": "Throughput",
        "doc": "MiB/s, gp3 only.",
        "ui": "#5"
      },
      {
        "type": "string",
        "name": "OutpostArn",
        "doc": "The ARN of the Outpost on which the snapshot is stored.",
        "ui": "more #11"
      },
      {
        "type": "string",
        "name": "AvailabilityZone",
        "doc": "Such as us-east-1a; not with AvailabilityZoneId.",
        "ui": "more #9"
      },
      {
        "type": "boolean",
        "name": "Encrypted",
        "doc": "Only for new, empty volumes: not with a SnapshotId.",
        "ui": "more #7"
      },
      {
        "type": "integer",
        "name": "VolumeInitializationRate",
        "doc": "MiB/s at which a volume from a snapshot is initialised.",
        "ui": "more #12"
      },
      {
        "type": "string",
        "name": "AvailabilityZoneId",
        "doc": "Such as use1-az1; not with AvailabilityZone.",
        "ui": "more #10"
      },
      {
        "type": "integer",
        "name": "EbsCardIndex",
        "doc": "The index of the EBS card (default 0).",
        "ui": "more #13"
      }
    ]
  },
  "BlockDeviceMapping": {
    "doc": "One block device mapping (`BlockDeviceMapping`).",
    "members": [
      {
        "type": "structure",
        "shape": "EbsBlockDevice",
        "name": "Ebs",
        "doc": "An EBS volume.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "NoDevice",
        "doc": "Present (any value, usually an empty string) to remove the device from the mapping.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "DeviceName",
        "doc": "The device name, such as /dev/sdh or xvdh.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "VirtualName",
        "doc": "An instance store volume: ephemeral0, ephemeral1, ...",
        "ui": ""
      }
    ]
  },
  "RegisterImageInput": {
    "doc": "The input of `RegisterImage` (`RegisterImageRequest`).",
    "members": [
      {
        "type": "string",
        "name": "Name",
        "doc": "Required. 3-128 characters: letters, digits and ( ) [ ] space . / - ' @ _",
        "ui": "Image: #1 wide"
      },
      {
        "type": "string",
        "name": "ImageLocation",
        "doc": "The full path to the AMI manifest in Amazon S3 (instance-store-backed AMIs), such as my-bucket/web.manifest.xml.",
        "ui": "Image: #5 wide"
      },
      {
        "type": "strings",
        "name": "BillingProducts",
        "doc": "AWS Marketplace billing product codes.",
        "ui": "Billing products: #18"
      },
      {
        "type": "enum",
        "name": "BootMode",
        "values": [
          "legacy-bios",
          "uefi",
          "uefi-preferred"
        ],
        "open": false,
        "doc": "The boot mode; needs a matching instance type.",
        "ui": "Root device and boot: #7"
      },
      {
        "type": "enum",
        "name": "TpmSupport",
        "values": [
          "v2.0"
        ],
        "open": false,
        "doc": "NitroTPM; needs UEFI.",
        "ui": "Root device and boot: #8"
      },
      {
        "type": "string",
        "name": "UefiData",
        "doc": "Base64 of the non-volatile UEFI variable store, at most 64,000 characters.",
        "ui": "Root device and boot: #10 wide textarea"
      },
      {
        "type": "enum",
        "name": "ImdsSupport",
        "values": [
          "v2.0"
        ],
        "open": false,
        "doc": "v2.0: instances launched from the AMI require IMDSv2.",
        "ui": "Root device and boot: #9"
      },
      {
        "type": "structures",
        "shape": "TagSpecification",
        "name": "TagSpecifications",
        "doc": "Tags for the new AMI (resource type image).",
        "ui": "Tags for the image: #17"
      },
      {
        "type": "boolean",
        "name": "DryRun",
        "doc": "Checks permissions without registering.",
        "ui": "Kernel, networking and request: #16"
      },
      {
        "type": "string",
        "name": "Description",
        "doc": "At most 255 characters.",
        "ui": "Image: #2 wide"
      },
      {
        "type": "enum",
        "name": "Architecture",
        "values": [
          "i386",
          "x86_64",
          "arm64",
          "x86_64_mac",
          "arm64_mac"
        ],
        "open": false,
        "doc": "The architecture of the AMI.",
        "ui": "Image: #3"
      },
      {
        "type": "string",
        "name": "KernelId",
        "doc": "aki- and 8 or 17 lower-case hex digits.",
        "ui": "Kernel, networking and request: #12"
      },
      {
        "type": "string",
        "name": "RamdiskId",
        "doc": "ari- and 8 or 17 lower-case hex digits.",
        "ui": "Kernel, networking and request: #13"
      },
      {
        "type": "string",
        "name": "RootDeviceName",
        "doc": "The root device name, such as /dev/xvda, with a block device mapping for it.",
        "ui": "Root device and boot: #6"
      },
      {
        "type": "structures",
        "shape": "BlockDeviceMapping",
        "name": "BlockDeviceMappings",
        "doc": "The block device mappings: EBS volumes and instance store volumes.",
        "ui": "Block device mappings: #11"
      },
      {
        "type": "enum",
        "name": "VirtualizationType",
        "values": [
          "hvm",
          "paravirtual"
        ],
        "open": true,
        "doc": "hvm or paravirtual; AWS's default is paravirtual.",
        "ui": "Image: #4"
      },
      {
        "type": "enum",
        "name": "SriovNetSupport",
        "values": [
          "simple"
        ],
        "open": true,
        "doc": "simple enables enhanced networking with the Intel 82599 VF (HVM only).",
        "ui": "Kernel, networking and request: #15"
      },
      {
        "type": "boolean",
        "name": "EnaSupport",
        "doc": "Enables enhanced networking with ENA (HVM only).",
        "ui": "Kernel, networking and request: #14"
      }
    ]
  }
};
