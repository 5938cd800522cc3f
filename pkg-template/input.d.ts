// Generated from the member table in src/model.rs by tests/generated.rs: do not edit.
// `UPDATE_GENERATED=1 cargo test --test generated` writes it again.
//
// The input of RegisterImage, member for member as `RegisterImageCommandInput` of
// `@aws-sdk/client-ec2` (also botocore's and `aws ec2 register-image --cli-input-json`'s),
// so an SDK input can be passed as it is.

/** `ResourceType`: RegisterImage takes image only (validate() refuses another); other strings type-check, as in the SDK, whose type lists every taggable resource. */
export type ResourceType = "image" | (string & {});

/** `VolumeType`: the values ec2-register-image 0.1.0 (AWS model of botocore 1.44.8, 2026-11-20) knows, and any other string, since AWS may add values (validate() warns about one it does not know). */
export type VolumeType = "standard" | "io1" | "io2" | "gp2" | "sc1" | "st1" | "gp3" | (string & {});

/** `BootModeValues`: the values ec2-register-image 0.1.0 (AWS model of botocore 1.44.8, 2026-11-20) knows, and any other string, since AWS may add values (validate() warns about one it does not know). */
export type BootModeValues = "legacy-bios" | "uefi" | "uefi-preferred" | (string & {});

/** `TpmSupportValues`: the values ec2-register-image 0.1.0 (AWS model of botocore 1.44.8, 2026-11-20) knows, and any other string, since AWS may add values (validate() warns about one it does not know). */
export type TpmSupportValues = "v2.0" | (string & {});

/** `ImdsSupportValues`: the values ec2-register-image 0.1.0 (AWS model of botocore 1.44.8, 2026-11-20) knows, and any other string, since AWS may add values (validate() warns about one it does not know). */
export type ImdsSupportValues = "v2.0" | (string & {});

/** `ArchitectureValues`: the values ec2-register-image 0.1.0 (AWS model of botocore 1.44.8, 2026-11-20) knows, and any other string, since AWS may add values (validate() warns about one it does not know). */
export type ArchitectureValues = "i386" | "x86_64" | "arm64" | "x86_64_mac" | "arm64_mac" | (string & {});

/** A tag (`Tag`). */
export interface Tag {
  /** Not empty, not starting with aws:, unique within its specification. */
  Key?: string | undefined;
  /** The value; an empty string is kept. */
  Value?: string | undefined;
}

/** Tags to apply on creation (`TagSpecification`). */
export interface TagSpecification {
  /** Must be image for RegisterImage. */
  ResourceType?: ResourceType | undefined;
  /** The tags. */
  Tags?: Tag[] | undefined;
}

/** An EBS volume in a mapping (`EbsBlockDevice`). */
export interface EbsBlockDevice {
  /** Delete the volume when the instance terminates. */
  DeleteOnTermination?: boolean | undefined;
  /** Provisioned IOPS; required for io1 and io2. */
  Iops?: number | undefined;
  /** snap- and 8 or 17 lower-case hex digits. */
  SnapshotId?: string | undefined;
  /** Size in GiB. A SnapshotId or a VolumeSize is required. */
  VolumeSize?: number | undefined;
  /** The volume type. */
  VolumeType?: VolumeType | undefined;
  /** Documented as unsupported for RegisterImage. */
  KmsKeyId?: string | undefined;
  /** MiB/s, gp3 only. */
  Throughput?: number | undefined;
  /** The ARN of the Outpost on which the snapshot is stored. */
  OutpostArn?: string | undefined;
  /** Such as us-east-1a; not with AvailabilityZoneId. */
  AvailabilityZone?: string | undefined;
  /** Only for new, empty volumes: not with a SnapshotId. */
  Encrypted?: boolean | undefined;
  /** MiB/s at which a volume from a snapshot is initialised. */
  VolumeInitializationRate?: number | undefined;
  /** Such as use1-az1; not with AvailabilityZone. */
  AvailabilityZoneId?: string | undefined;
  /** The index of the EBS card (default 0). */
  EbsCardIndex?: number | undefined;
}

/** One block device mapping (`BlockDeviceMapping`). */
export interface BlockDeviceMapping {
  /** An EBS volume. */
  Ebs?: EbsBlockDevice | undefined;
  /** Present (any value, usually an empty string) to remove the device from the mapping. */
  NoDevice?: string | undefined;
  /** The device name, such as /dev/sdh or xvdh. */
  DeviceName?: string | undefined;
  /** An instance store volume: ephemeral0, ephemeral1, ... */
  VirtualName?: string | undefined;
}

/** The input of `RegisterImage` (`RegisterImageRequest`). */
export interface RegisterImageInput {
  /** Required. 3-128 characters: letters, digits and ( ) [ ] space . / - ' @ _ */
  Name: string | undefined;
  /** The full path to the AMI manifest in Amazon S3 (instance-store-backed AMIs), such as my-bucket/web.manifest.xml. */
  ImageLocation?: string | undefined;
  /** AWS Marketplace billing product codes. */
  BillingProducts?: string[] | undefined;
  /** The boot mode; needs a matching instance type. */
  BootMode?: BootModeValues | undefined;
  /** NitroTPM; needs UEFI. */
  TpmSupport?: TpmSupportValues | undefined;
  /** Base64 of the non-volatile UEFI variable store, at most 64,000 characters. */
  UefiData?: string | undefined;
  /** v2.0: instances launched from the AMI require IMDSv2. */
  ImdsSupport?: ImdsSupportValues | undefined;
  /** Tags for the new AMI (resource type image). */
  TagSpecifications?: TagSpecification[] | undefined;
  /** Checks permissions without registering. */
  DryRun?: boolean | undefined;
  /** At most 255 characters. */
  Description?: string | undefined;
  /** The architecture of the AMI. */
  Architecture?: ArchitectureValues | undefined;
  /** aki- and 8 or 17 lower-case hex digits. */
  KernelId?: string | undefined;
  /** ari- and 8 or 17 lower-case hex digits. */
  RamdiskId?: string | undefined;
  /** The root device name, such as /dev/xvda, with a block device mapping for it. */
  RootDeviceName?: string | undefined;
  /** The block device mappings: EBS volumes and instance store volumes. */
  BlockDeviceMappings?: BlockDeviceMapping[] | undefined;
  /** hvm or paravirtual; AWS's default is paravirtual. */
  VirtualizationType?: "hvm" | "paravirtual" | (string & {}) | undefined;
  /** simple enables enhanced networking with the Intel 82599 VF (HVM only). */
  SriovNetSupport?: "simple" | (string & {}) | undefined;
  /** Enables enhanced networking with ENA (HVM only). */
  EnaSupport?: boolean | undefined;
}
