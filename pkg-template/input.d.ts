// The members of RegisterImage's input, as `RegisterImageCommandInput` of `@aws-sdk/client-ec2`
// names and types them (also botocore's and `aws ec2 register-image --cli-input-json`'s shape).
// Only member types live here: the API (functions, Issue, errors) is in index.d.ts, which
// re-exports this file, so that a generated copy can replace it whole.

/** `ArchitectureValues`. */
export type ArchitectureValues = "i386" | "x86_64" | "arm64" | "x86_64_mac" | "arm64_mac";
/** `BootModeValues`. */
export type BootModeValues = "legacy-bios" | "uefi" | "uefi-preferred";
/** `TpmSupportValues`. */
export type TpmSupportValues = "v2.0";
/** `ImdsSupportValues`. */
export type ImdsSupportValues = "v2.0";
/** `VolumeType`. */
export type VolumeType = "standard" | "io1" | "io2" | "gp2" | "sc1" | "st1" | "gp3";
/** `ResourceType`: RegisterImage accepts only `"image"`. The SDK types the full enumeration. */
export type ResourceType = "image" | (string & {});

/** An EBS volume in a block device mapping (`EbsBlockDevice`). */
export interface EbsBlockDevice {
  DeleteOnTermination?: boolean;
  /** Required for io1 and io2. */
  Iops?: number;
  /** `snap-` followed by 8 or 17 lower-case hex digits. */
  SnapshotId?: string;
  /** GiB. A SnapshotId or a VolumeSize is required. */
  VolumeSize?: number;
  VolumeType?: VolumeType;
  /** Documented as unsupported for RegisterImage. */
  KmsKeyId?: string;
  /** MiB/s, gp3 only. */
  Throughput?: number;
  OutpostArn?: string;
  AvailabilityZone?: string;
  /** Only for new empty volumes (not with a SnapshotId). */
  Encrypted?: boolean;
  /** MiB/s, for volumes from snapshots. */
  VolumeInitializationRate?: number;
  AvailabilityZoneId?: string;
  EbsCardIndex?: number;
}

/** A block device mapping (`BlockDeviceMapping`). */
export interface BlockDeviceMapping {
  Ebs?: EbsBlockDevice;
  /** Present (usually `""`) to remove the device. */
  NoDevice?: string;
  /** Such as `/dev/sdh` or `xvdh`. */
  DeviceName?: string;
  /** `ephemeral0` to `ephemeral23`. */
  VirtualName?: string;
}

/** A tag. */
export interface Tag {
  Key?: string;
  Value?: string;
}

/** Tags to apply to the new AMI. */
export interface TagSpecification {
  ResourceType?: ResourceType;
  Tags?: Tag[];
}

/** The input of RegisterImage, as the AWS SDK for JavaScript v3 names it. */
export interface RegisterImageInput {
  /** Required. 3-128 characters: letters, digits, `( ) [ ] space . / - ' @ _`. */
  Name?: string;
  ImageLocation?: string;
  BillingProducts?: string[];
  BootMode?: BootModeValues;
  TpmSupport?: TpmSupportValues;
  /** Standard Base64, at most 64,000 characters. */
  UefiData?: string;
  ImdsSupport?: ImdsSupportValues;
  TagSpecifications?: TagSpecification[];
  DryRun?: boolean;
  /** At most 255 characters. */
  Description?: string;
  Architecture?: ArchitectureValues;
  /** `aki-` followed by 8 or 17 lower-case hex digits. */
  KernelId?: string;
  /** `ari-` followed by 8 or 17 lower-case hex digits. */
  RamdiskId?: string;
  RootDeviceName?: string;
  BlockDeviceMappings?: BlockDeviceMapping[];
  /** `"hvm"` or `"paravirtual"` (a plain string in the API model, as in the SDK). */
  VirtualizationType?: "hvm" | "paravirtual" | (string & {});
  /** `"simple"` (a plain string in the API model, as in the SDK). */
  SriovNetSupport?: "simple" | (string & {});
  EnaSupport?: boolean;
}
