// Benchmark inputs for RegisterImage. Treat them as read-only.
//
// Both are valid per the EC2 RegisterImage API reference:
//  - no KmsKeyId (not supported by RegisterImage);
//  - Encrypted only on an empty (no SnapshotId) EBS volume, where it is allowed;
//  - gp3 Iops 3000..16000 / Throughput 125..1000; io2 Iops <= 500 x size;
//  - TpmSupport "v2.0" together with BootMode "uefi";
//  - UefiData is standard Base64 (with '+' and '/'), well under the 64 KB cap.

/** Deterministic pseudo-random bytes (xorshift32), so inputs are reproducible. */
function pseudoRandomBytes(n, seed = 0x2545f491) {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// 3072 bytes -> exactly 4096 characters of standard Base64 (no padding needed).
const UEFI_DATA = Buffer.from(pseudoRandomBytes(3072)).toString("base64");
if (UEFI_DATA.length !== 4096 || !/^[A-Za-z0-9+/]+$/.test(UEFI_DATA)) {
  throw new Error("inputs.mjs: UefiData is not 4096 chars of standard Base64");
}

export const small = {
  Name: "bench-small-ami",
  RootDeviceName: "/dev/xvda",
  BlockDeviceMappings: [
    {
      DeviceName: "/dev/xvda",
      Ebs: {
        SnapshotId: "snap-0123456789abcdef0",
        VolumeSize: 8,
        VolumeType: "gp3",
        DeleteOnTermination: true,
      },
    },
  ],
};

export const large = {
  Name: "bench-large-ami (2026.01) [x86_64] build_42",
  ImageLocation: "amzn-s3-demo-bucket/images/bench-large/image.manifest.xml",
  Description:
    "Benchmark AMI: Amazon Linux base + tooling, UEFI boot, TPM 2.0, IMDSv2 only. " +
    "Built by ci/build-ami.sh on 2026-01-15T12:00:00Z; owner=platform-team & cost-center=1234.",
  Architecture: "x86_64",
  KernelId: "aki-1234567890abcdef0",
  RamdiskId: "ari-1234567890abcdef0",
  RootDeviceName: "/dev/xvda",
  VirtualizationType: "hvm",
  SriovNetSupport: "simple",
  EnaSupport: true,
  BootMode: "uefi",
  TpmSupport: "v2.0",
  ImdsSupport: "v2.0",
  UefiData: UEFI_DATA,
  BillingProducts: ["bp-6ba54002", "bp-63a5400a"],
  DryRun: false,
  BlockDeviceMappings: [
    {
      DeviceName: "/dev/xvda",
      Ebs: {
        SnapshotId: "snap-0123456789abcdef0",
        VolumeSize: 30,
        VolumeType: "gp3",
        Iops: 3000,
        Throughput: 125,
        DeleteOnTermination: true,
      },
    },
    {
      DeviceName: "/dev/xvdb",
      Ebs: {
        VolumeSize: 100,
        VolumeType: "io2",
        Iops: 5000,
        Encrypted: true,
        DeleteOnTermination: true,
      },
    },
    {
      DeviceName: "/dev/xvdc",
      Ebs: {
        SnapshotId: "snap-0fedcba9876543210",
        VolumeSize: 200,
        VolumeType: "io2",
        Iops: 10000,
        DeleteOnTermination: false,
      },
    },
    {
      DeviceName: "/dev/xvdd",
      Ebs: {
        VolumeSize: 500,
        VolumeType: "gp3",
        Iops: 6000,
        Throughput: 500,
        DeleteOnTermination: true,
      },
    },
    { DeviceName: "/dev/sdb", VirtualName: "ephemeral0" },
    { DeviceName: "/dev/sdc", VirtualName: "ephemeral1" },
    { DeviceName: "/dev/sdd", VirtualName: "ephemeral2" },
    { DeviceName: "/dev/sdh", NoDevice: "" },
  ],
  TagSpecifications: [
    {
      ResourceType: "image",
      Tags: [
        { Key: "Name", Value: "bench-large-ami" },
        { Key: "Environment", Value: "production" },
        { Key: "Team", Value: "platform" },
        { Key: "CostCenter", Value: "1234" },
        { Key: "Owner", Value: "platform-team@example.com" },
        { Key: "Application", Value: "web frontend / api" },
        { Key: "BuildId", Value: "ci-2026.01.15-42" },
        { Key: "GitCommit", Value: "0123456789abcdef0123456789abcdef01234567" },
        { Key: "company:project", Value: "ec2-register-image" },
        { Key: "Compliance", Value: "pci=true+sox=false" },
      ],
    },
  ],
};
