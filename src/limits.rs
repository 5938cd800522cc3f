//! Service limits that AWS has changed before: the one table of them, with its sources.
//!
//! Going past one of these is a **warning**, never an error: AWS raised the gp3 limits in
//! September 2025 (botocore 1.40.39 → 1.40.40: 16,000 → 80,000 IOPS, 16 → 64 TiB, 1,000 → 2,000
//! MiB/s) and may do so again, and this library must never refuse what AWS accepts. Contract
//! rules (formats, enumerations, required members) live in [`crate::validate`] as errors.
//!
//! Checked on 2026-11-26 against `../shared/spec/register-image.md` §4.2 and §7.5 (copied facts:
//! botocore 1.44.8 EC2 model documentation of `EbsBlockDevice`, the EC2 API Reference, and the
//! EC2 User Guide tag restrictions).

/// When this table was last checked against its sources.
pub const CHECKED: &str = "2026-11-26";

/// Limits of one EBS volume type.
#[derive(Debug, Clone, Copy)]
pub struct VolumeLimits {
    /// `gp3`, `io2`, ...
    pub volume_type: &'static str,
    /// Size in GiB, inclusive.
    pub size_gib: (i32, i32),
    /// Provisioned IOPS, inclusive, for types that take `Iops`.
    pub iops: Option<(i32, i32)>,
    /// Most provisioned IOPS per GiB of size.
    pub iops_per_gib: Option<i32>,
    /// Where these numbers come from.
    pub source: &'static str,
}

const EBS_DOC: &str = "EbsBlockDevice documentation, botocore 1.44.8 / EC2 API Reference";

/// Per volume type.
pub const VOLUMES: &[VolumeLimits] = &[
    // gp3 since 2025-09-26 (botocore 1.40.40); 500 IOPS per GiB per the EBS User Guide.
    VolumeLimits {
        volume_type: "gp3",
        size_gib: (1, 65_536),
        iops: Some((3_000, 80_000)),
        iops_per_gib: Some(500),
        source: EBS_DOC,
    },
    VolumeLimits {
        volume_type: "gp2",
        size_gib: (1, 16_384),
        iops: None,
        iops_per_gib: None,
        source: EBS_DOC,
    },
    // io1: 50 IOPS per GiB (AWS whitepaper "optimizing PostgreSQL on EC2 using EBS").
    VolumeLimits {
        volume_type: "io1",
        size_gib: (4, 16_384),
        iops: Some((100, 64_000)),
        iops_per_gib: Some(50),
        source: EBS_DOC,
    },
    // io2 Block Express: 1,000 IOPS per GiB (same whitepaper).
    VolumeLimits {
        volume_type: "io2",
        size_gib: (4, 65_536),
        iops: Some((100, 256_000)),
        iops_per_gib: Some(1_000),
        source: EBS_DOC,
    },
    VolumeLimits {
        volume_type: "st1",
        size_gib: (125, 16_384),
        iops: None,
        iops_per_gib: None,
        source: EBS_DOC,
    },
    VolumeLimits {
        volume_type: "sc1",
        size_gib: (125, 16_384),
        iops: None,
        iops_per_gib: None,
        source: EBS_DOC,
    },
    VolumeLimits {
        volume_type: "standard",
        size_gib: (1, 1_024),
        iops: None,
        iops_per_gib: None,
        source: EBS_DOC,
    },
];

/// gp3 `Throughput` in MiB/s ("Valid Range: Minimum value of 125. Maximum value of 2,000.").
pub const GP3_THROUGHPUT_MIB_S: (i32, i32) = (125, 2_000);
/// gp3 IOPS when `Iops` is not given (the baseline).
pub const GP3_BASELINE_IOPS: i32 = 3_000;
/// gp3: at most 0.25 MiB/s of throughput per provisioned IOPS (EBS User Guide).
pub const GP3_IOPS_PER_MIB_S: i32 = 4;
/// `VolumeInitializationRate` in MiB/s ("Valid range: 100 - 300 MiB/s").
pub const VOLUME_INITIALIZATION_RATE_MIB_S: (i32, i32) = (100, 300);
/// Tag key length in Unicode characters (EC2 User Guide; the model's doc string says 127).
pub const TAG_KEY_CHARS: usize = 128;
/// Tag value length in Unicode characters.
pub const TAG_VALUE_CHARS: usize = 256;
/// Tags per resource (EC2 User Guide, tag restrictions).
pub const TAGS_PER_RESOURCE: usize = 50;
/// The highest instance store volume number: EC2 User Guide, block-device-mapping-concepts, "The
/// virtual device: `ephemeral[0-23]`". The API reference sets no bound ("The number of available
/// instance store volumes depends on the instance type"): a hardware count that newer instance
/// types may raise, so past it is a warning. Checked on [`INSTANCE_STORE_CHECKED`].
pub const INSTANCE_STORE_HIGHEST: u32 = 23;
/// When [`INSTANCE_STORE_HIGHEST`] was checked (the rest of the table: [`CHECKED`]).
pub const INSTANCE_STORE_CHECKED: &str = "2026-12-01";

/// The limits for `volume_type`, if it is a known type.
pub fn volume(volume_type: &str) -> Option<&'static VolumeLimits> {
    VOLUMES.iter().find(|v| v.volume_type == volume_type)
}
