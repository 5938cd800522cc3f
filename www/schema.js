// What the form shows: every RegisterImage member, in the SDK's input shape. Keys are in the
// order the SDK (and the library's `fields` lists) declare them, so the JSON view reads like
// `aws ec2 register-image --generate-cli-skeleton`. Hints are short; the library's messages
// carry the full rules.

const ARCHITECTURES = ["i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"];
const BOOT_MODES = ["legacy-bios", "uefi", "uefi-preferred"];
const VOLUME_TYPES = ["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"];
const VIRTUAL_NAMES = Array.from({ length: 24 }, (_, n) => `ephemeral${n}`);

/** Member order of each object, as the SDK declares it. */
export const ORDER = {
  input: [
    "Name", "ImageLocation", "BillingProducts", "BootMode", "TpmSupport", "UefiData", "ImdsSupport",
    "TagSpecifications", "DryRun", "Description", "Architecture", "KernelId", "RamdiskId",
    "RootDeviceName", "BlockDeviceMappings", "VirtualizationType", "SriovNetSupport", "EnaSupport",
  ],
  mapping: ["Ebs", "NoDevice", "DeviceName", "VirtualName"],
  ebs: [
    "DeleteOnTermination", "Iops", "SnapshotId", "VolumeSize", "VolumeType", "KmsKeyId", "Throughput",
    "OutpostArn", "AvailabilityZone", "Encrypted", "VolumeInitializationRate", "AvailabilityZoneId",
    "EbsCardIndex",
  ],
  tagSpecification: ["ResourceType", "Tags"],
  tag: ["Key", "Value"],
};

/**
 * The top-level scalar fields, grouped as the page shows them. `type` is one of `text`,
 * `textarea`, `number`, `bool` (three-state) or `enum` (with `options`); `wide` spans the row.
 */
export const GROUPS = [
  {
    title: "Image",
    fields: [
      { key: "Name", type: "text", wide: true, hint: "Required. 3-128 characters: letters, digits and ( ) [ ] space . / - ' @ _" },
      { key: "Description", type: "text", wide: true, hint: "At most 255 characters." },
      { key: "Architecture", type: "enum", options: ARCHITECTURES },
      { key: "VirtualizationType", type: "enum", options: ["hvm", "paravirtual"], hint: "AWS's default is paravirtual." },
      { key: "ImageLocation", type: "text", wide: true, hint: "The S3 manifest of an instance-store-backed AMI, such as my-bucket/web.manifest.xml." },
    ],
  },
  {
    title: "Root device and boot",
    fields: [
      { key: "RootDeviceName", type: "text", hint: "Such as /dev/xvda, with a block device mapping below." },
      { key: "BootMode", type: "enum", options: BOOT_MODES },
      { key: "TpmSupport", type: "enum", options: ["v2.0"], hint: "NitroTPM; needs UEFI." },
      { key: "ImdsSupport", type: "enum", options: ["v2.0"], hint: "v2.0: instances require IMDSv2." },
      { key: "UefiData", type: "textarea", wide: true, hint: "Base64 of the UEFI variable store, at most 64,000 characters." },
    ],
  },
  {
    title: "Kernel, networking and request",
    fields: [
      { key: "KernelId", type: "text", hint: "aki- and 8 or 17 lower-case hex digits." },
      { key: "RamdiskId", type: "text", hint: "ari- and 8 or 17 lower-case hex digits." },
      { key: "EnaSupport", type: "bool", hint: "HVM only." },
      { key: "SriovNetSupport", type: "enum", options: ["simple"], hint: "HVM only." },
      { key: "DryRun", type: "bool", hint: "Checks permissions without registering." },
    ],
  },
];

/** The fields of an EBS volume, in the order the page shows them; `more` ones are folded. */
export const EBS_FIELDS = [
  { key: "SnapshotId", type: "text", hint: "snap- and 8 or 17 hex digits." },
  { key: "VolumeSize", type: "number", hint: "GiB. A SnapshotId or a VolumeSize is required." },
  { key: "VolumeType", type: "enum", options: VOLUME_TYPES },
  { key: "Iops", type: "number", hint: "Required for io1 and io2." },
  { key: "Throughput", type: "number", hint: "MiB/s, gp3 only." },
  { key: "DeleteOnTermination", type: "bool" },
  { key: "Encrypted", type: "bool", hint: "Only for new, empty volumes.", more: true },
  { key: "KmsKeyId", type: "text", hint: "Documented as unsupported here.", more: true },
  { key: "AvailabilityZone", type: "text", hint: "Or AvailabilityZoneId, not both.", more: true },
  { key: "AvailabilityZoneId", type: "text", more: true },
  { key: "OutpostArn", type: "text", more: true },
  { key: "VolumeInitializationRate", type: "number", hint: "MiB/s, for volumes from snapshots.", more: true },
  { key: "EbsCardIndex", type: "number", more: true },
];

export const VIRTUAL_NAME = { key: "VirtualName", type: "enum", options: VIRTUAL_NAMES, unset: false };
export const RESOURCE_TYPE = { key: "ResourceType", type: "enum", options: ["image"], hint: "RegisterImage tags only the new image." };

/** What a block device mapping is, beside its DeviceName: the radio choices. */
export const MAPPING_KINDS = [
  { kind: "ebs", label: "EBS volume", key: "Ebs" },
  { kind: "instance", label: "Instance store", key: "VirtualName" },
  { kind: "none", label: "No device", key: "NoDevice" },
  { kind: "name", label: "DeviceName only", key: null },
];

/** Region names for the endpoint and the snippets. */
export const REGIONS = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-east-2",
  "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
  "ap-southeast-5", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
  "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1",
  "mx-central-1", "sa-east-1", "us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1",
];
export const DEFAULT_REGION = "us-east-1";

/** What the page shows on a first visit: a small, valid EBS-backed AMI. */
export const EXAMPLE = {
  Name: "web-server (2026-11-26)",
  BootMode: "uefi-preferred",
  ImdsSupport: "v2.0",
  TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "team", Value: "web" }, { Key: "release", Value: "" }] }],
  Description: "Web server on Amazon Linux 2023",
  Architecture: "x86_64",
  RootDeviceName: "/dev/xvda",
  BlockDeviceMappings: [
    { DeviceName: "/dev/xvda", Ebs: { DeleteOnTermination: true, SnapshotId: "snap-0123456789abcdef0", VolumeSize: 16, VolumeType: "gp3" } },
    { DeviceName: "/dev/sdb", VirtualName: "ephemeral0" },
  ],
  VirtualizationType: "hvm",
  EnaSupport: true,
};
