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
        "ui": ""
      },
      {
        "type": "integer",
        "name": "Iops",
        "doc": "Provisioned IOPS; required for io1 and io2.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "SnapshotId",
        "doc": "snap- and 8 or 17 lower-case hex digits.",
        "ui": ""
      },
      {
        "type": "integer",
        "name": "VolumeSize",
        "doc": "Size in GiB. A SnapshotId or a VolumeSize is required.",
        "ui": ""
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
        "ui": ""
      },
      {
        "type": "string",
        "name": "KmsKeyId",
        "doc": "Documented as unsupported for RegisterImage.",
        "ui": "more"
      },
      {
        "type": "integer",
        "name": "Throughput",
        "doc": "MiB/s, gp3 only.",
        "ui": ""
      },
      {
        "type": "string",
        "name": "OutpostArn",
        "doc": "The ARN of the Outpost on which the snapshot is stored.",
        "ui": "more"
      },
      {
        "type": "string",
        "name": "AvailabilityZone",
        "doc": "Such as us-east-1a; not with AvailabilityZoneId.",
        "ui": "more"
      },
      {
        "type": "boolean",
        "name": "Encrypted",
        "doc": "Only for new, empty volumes: not with a SnapshotId.",
        "ui": "more"
      },
      {
        "type": "integer",
        "name": "VolumeInitializationRate",
        "doc": "MiB/s at which a volume from a snapshot is initialised.",
        "ui": "more"
      },
      {
        "type": "string",
        "name": "AvailabilityZoneId",
        "doc": "Such as use1-az1; not with AvailabilityZone.",
        "ui": "more"
      },
      {
        "type": "integer",
        "name": "EbsCardIndex",
        "doc": "The index of the EBS card (default 0).",
        "ui": "more"
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
        "ui": "Image: wide"
      },
      {
        "type": "string",
        "name": "ImageLocation",
        "doc": "The full path to the AMI manifest in Amazon S3 (instance-store-backed AMIs), such as my-bucket/web.manifest.xml.",
        "ui": "Image: wide"
      },
      {
        "type": "strings",
        "name": "BillingProducts",
        "doc": "AWS Marketplace billing product codes.",
        "ui": ""
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
        "ui": "Root device and boot"
      },
      {
        "type": "enum",
        "name": "TpmSupport",
        "values": [
          "v2.0"
        ],
        "open": false,
        "doc": "NitroTPM; needs UEFI.",
        "ui": "Root device and boot"
      },
      {
        "type": "string",
        "name": "UefiData",
        "doc": "Base64 of the non-volatile UEFI variable store, at most 64,000 characters.",
        "ui": "Root device and boot: wide textarea"
      },
      {
        "type": "enum",
        "name": "ImdsSupport",
        "values": [
          "v2.0"
        ],
        "open": false,
        "doc": "v2.0: instances launched from the AMI require IMDSv2.",
        "ui": "Root device and boot"
      },
      {
        "type": "structures",
        "shape": "TagSpecification",
        "name": "TagSpecifications",
        "doc": "Tags for the new AMI (resource type image).",
        "ui": ""
      },
      {
        "type": "boolean",
        "name": "DryRun",
        "doc": "Checks permissions without registering.",
        "ui": "Kernel, networking and request"
      },
      {
        "type": "string",
        "name": "Description",
        "doc": "At most 255 characters.",
        "ui": "Image: wide"
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
        "ui": "Image"
      },
      {
        "type": "string",
        "name": "KernelId",
        "doc": "aki- and 8 or 17 lower-case hex digits.",
        "ui": "Kernel, networking and request"
      },
      {
        "type": "string",
        "name": "RamdiskId",
        "doc": "ari- and 8 or 17 lower-case hex digits.",
        "ui": "Kernel, networking and request"
      },
      {
        "type": "string",
        "name": "RootDeviceName",
        "doc": "The root device name, such as /dev/xvda, with a block device mapping for it.",
        "ui": "Root device and boot"
      },
      {
        "type": "structures",
        "shape": "BlockDeviceMapping",
        "name": "BlockDeviceMappings",
        "doc": "The block device mappings: EBS volumes and instance store volumes.",
        "ui": ""
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
        "ui": "Image"
      },
      {
        "type": "enum",
        "name": "SriovNetSupport",
        "values": [
          "simple"
        ],
        "open": true,
        "doc": "simple enables enhanced networking with the Intel 82599 VF (HVM only).",
        "ui": "Kernel, networking and request"
      },
      {
        "type": "boolean",
        "name": "EnaSupport",
        "doc": "Enables enhanced networking with ENA (HVM only).",
        "ui": "Kernel, networking and request"
      }
    ]
  }
};
