//! Shared pieces of the fuzz targets: an `Arbitrary` mirror of the input model (the main crate
//! has no `arbitrary` feature), the parameters an input stands for (written naively, as the
//! oracle for the encoder), and the checks every body must pass.

use arbitrary::Arbitrary;
use ec2_register_image::{
    BlockDeviceMapping, Code, EbsBlockDevice, Issue, RegisterImageInput, Tag, TagSpecification,
    Value,
};

/// Every body starts so.
pub const PREFIX: &str = "Action=RegisterImage&Version=2016-11-15";

/// The body is plain ASCII: only the unreserved characters, `%XX` escapes and the pair syntax.
pub fn assert_body_shape(body: &str) {
    assert!(body.starts_with(PREFIX), "{body:?}");
    assert!(
        body.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=".contains(&b)),
        "{body:?}"
    );
    // Every `%` starts an escape of two upper-case hex digits.
    let bytes = body.as_bytes();
    for (i, _) in body.match_indices('%') {
        let hex = bytes.get(i + 1..i + 3).unwrap_or_default();
        assert!(
            hex.len() == 2
                && hex
                    .iter()
                    .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b)),
            "bad escape at {i} in {body:?}"
        );
    }
}

/// Text that is often close to valid (so that encoding succeeds often enough to be tested) and
/// sometimes anything at all.
#[derive(Debug, Clone, Arbitrary)]
pub enum Text {
    /// Any Unicode.
    Any(String),
    /// One of [`KNOWN`].
    Known(u8),
    /// Known text with arbitrary text appended.
    KnownPlus(u8, String),
}

/// Values the rules care about, and values that could smuggle a parameter.
pub const KNOWN: &[&str] = &[
    "my-ami",
    "web (2026) [x] ./-'@_",
    "ab",
    "",
    "image",
    "instance",
    "gp3",
    "gp2",
    "io1",
    "io2",
    "st1",
    "sc1",
    "standard",
    "x86_64",
    "arm64",
    "hvm",
    "paravirtual",
    "simple",
    "v2.0",
    "uefi",
    "legacy-bios",
    "uefi-preferred",
    "/dev/xvda",
    "/dev/sda1",
    "/dev/sdb",
    "ephemeral0",
    "ephemeral23",
    "ephemeral24",
    "snap-0123456789abcdef0",
    "snap-12345678",
    "aki-12345678",
    "ari-0123456789abcdef0",
    "aws:reserved",
    "bucket/x.manifest.xml",
    "QUJD",
    "QUJD+/==",
    "QUJ=",
    "us-east-1a",
    "use1-az1",
    "x&Action=DeleteVolume&VolumeId=vol-1",
    "%26%3D+",
    "a=b&c",
    "\u{FFFD}",
    "é 😀",
    "\0\r\n",
];

impl Text {
    /// The text this stands for.
    pub fn get(&self) -> String {
        match self {
            Text::Any(s) => s.clone(),
            Text::Known(i) => KNOWN[usize::from(*i) % KNOWN.len()].to_owned(),
            Text::KnownPlus(i, s) => format!("{}{s}", KNOWN[usize::from(*i) % KNOWN.len()]),
        }
    }
}

/// An integer, often at a boundary of a rule.
#[derive(Debug, Clone, Arbitrary)]
pub enum Int {
    /// Any 32-bit integer.
    Any(i32),
    /// One of [`BOUNDARIES`].
    Known(u8),
}

/// The edges of the integer rules and limits.
pub const BOUNDARIES: &[i32] = &[
    0,
    1,
    -1,
    8,
    100,
    101,
    125,
    300,
    301,
    500,
    2_000,
    2_001,
    3_000,
    16_000,
    16_384,
    64_000,
    65_536,
    80_000,
    80_001,
    256_000,
    i32::MAX,
    i32::MIN,
];

impl Int {
    /// The integer this stands for.
    pub fn get(&self) -> i32 {
        match self {
            Int::Any(n) => *n,
            Int::Known(i) => BOUNDARIES[usize::from(*i) % BOUNDARIES.len()],
        }
    }
}

/// `Tag`.
#[derive(Debug, Clone, Arbitrary)]
pub struct ATag {
    pub key: Option<Text>,
    pub value: Option<Text>,
}

/// `TagSpecification`.
#[derive(Debug, Clone, Arbitrary)]
pub struct ATagSpecification {
    pub resource_type: Option<Text>,
    pub tags: Vec<ATag>,
}

/// `EbsBlockDevice`.
#[derive(Debug, Clone, Arbitrary)]
pub struct AEbs {
    pub delete_on_termination: Option<bool>,
    pub iops: Option<Int>,
    pub snapshot_id: Option<Text>,
    pub volume_size: Option<Int>,
    pub volume_type: Option<Text>,
    pub kms_key_id: Option<Text>,
    pub throughput: Option<Int>,
    pub outpost_arn: Option<Text>,
    pub availability_zone: Option<Text>,
    pub encrypted: Option<bool>,
    pub volume_initialization_rate: Option<Int>,
    pub availability_zone_id: Option<Text>,
    pub ebs_card_index: Option<Int>,
}

/// `BlockDeviceMapping`.
#[derive(Debug, Clone, Arbitrary)]
pub struct AMapping {
    pub ebs: Option<AEbs>,
    pub no_device: Option<Text>,
    pub device_name: Option<Text>,
    pub virtual_name: Option<Text>,
}

/// `RegisterImageInput`, member for member.
#[derive(Debug, Clone, Arbitrary)]
pub struct AInput {
    pub name: Option<Text>,
    pub image_location: Option<Text>,
    pub billing_products: Vec<Text>,
    pub boot_mode: Option<Text>,
    pub tpm_support: Option<Text>,
    pub uefi_data: Option<Text>,
    pub imds_support: Option<Text>,
    pub tag_specifications: Vec<ATagSpecification>,
    pub dry_run: Option<bool>,
    pub description: Option<Text>,
    pub architecture: Option<Text>,
    pub kernel_id: Option<Text>,
    pub ramdisk_id: Option<Text>,
    pub root_device_name: Option<Text>,
    pub block_device_mappings: Vec<AMapping>,
    pub virtualization_type: Option<Text>,
    pub sriov_net_support: Option<Text>,
    pub ena_support: Option<bool>,
}

fn s(t: &Option<Text>) -> Option<String> {
    t.as_ref().map(Text::get)
}

fn n(i: &Option<Int>) -> Option<i32> {
    i.as_ref().map(Int::get)
}

impl AInput {
    /// The crate's model of this input.
    pub fn model(&self) -> RegisterImageInput {
        RegisterImageInput {
            name: s(&self.name),
            image_location: s(&self.image_location),
            billing_products: self.billing_products.iter().map(Text::get).collect(),
            boot_mode: s(&self.boot_mode),
            tpm_support: s(&self.tpm_support),
            uefi_data: s(&self.uefi_data),
            imds_support: s(&self.imds_support),
            tag_specifications: self
                .tag_specifications
                .iter()
                .map(|t| TagSpecification {
                    resource_type: s(&t.resource_type),
                    tags: t
                        .tags
                        .iter()
                        .map(|t| Tag {
                            key: s(&t.key),
                            value: s(&t.value),
                        })
                        .collect(),
                })
                .collect(),
            dry_run: self.dry_run,
            description: s(&self.description),
            architecture: s(&self.architecture),
            kernel_id: s(&self.kernel_id),
            ramdisk_id: s(&self.ramdisk_id),
            root_device_name: s(&self.root_device_name),
            block_device_mappings: self
                .block_device_mappings
                .iter()
                .map(|m| BlockDeviceMapping {
                    ebs: m.ebs.as_ref().map(|e| EbsBlockDevice {
                        delete_on_termination: e.delete_on_termination,
                        iops: n(&e.iops),
                        snapshot_id: s(&e.snapshot_id),
                        volume_size: n(&e.volume_size),
                        volume_type: s(&e.volume_type),
                        kms_key_id: s(&e.kms_key_id),
                        throughput: n(&e.throughput),
                        outpost_arn: s(&e.outpost_arn),
                        availability_zone: s(&e.availability_zone),
                        encrypted: e.encrypted,
                        volume_initialization_rate: n(&e.volume_initialization_rate),
                        availability_zone_id: s(&e.availability_zone_id),
                        ebs_card_index: n(&e.ebs_card_index),
                    }),
                    no_device: s(&m.no_device),
                    device_name: s(&m.device_name),
                    virtual_name: s(&m.virtual_name),
                })
                .collect(),
            virtualization_type: s(&self.virtualization_type),
            sriov_net_support: s(&self.sriov_net_support),
            ena_support: self.ena_support,
        }
    }
}

/// The model as the untyped tree a JSON document or a JS object gives (`None` members absent,
/// empty lists kept), keys in model order.
pub fn to_value(i: &RegisterImageInput) -> Value {
    let mut o = Obj::default();
    o.s("Name", &i.name);
    o.s("ImageLocation", &i.image_location);
    o.list("BillingProducts", &i.billing_products, |v| {
        Value::String(v.clone())
    });
    o.s("BootMode", &i.boot_mode);
    o.s("TpmSupport", &i.tpm_support);
    o.s("UefiData", &i.uefi_data);
    o.s("ImdsSupport", &i.imds_support);
    o.list("TagSpecifications", &i.tag_specifications, |t| {
        let mut o = Obj::default();
        o.s("ResourceType", &t.resource_type);
        o.list("Tags", &t.tags, |t| {
            let mut o = Obj::default();
            o.s("Key", &t.key);
            o.s("Value", &t.value);
            o.done()
        });
        o.done()
    });
    o.b("DryRun", i.dry_run);
    o.s("Description", &i.description);
    o.s("Architecture", &i.architecture);
    o.s("KernelId", &i.kernel_id);
    o.s("RamdiskId", &i.ramdisk_id);
    o.s("RootDeviceName", &i.root_device_name);
    o.list("BlockDeviceMappings", &i.block_device_mappings, |m| {
        let mut o = Obj::default();
        if let Some(e) = &m.ebs {
            let mut x = Obj::default();
            x.b("DeleteOnTermination", e.delete_on_termination);
            x.n("Iops", e.iops);
            x.s("SnapshotId", &e.snapshot_id);
            x.n("VolumeSize", e.volume_size);
            x.s("VolumeType", &e.volume_type);
            x.s("KmsKeyId", &e.kms_key_id);
            x.n("Throughput", e.throughput);
            x.s("OutpostArn", &e.outpost_arn);
            x.s("AvailabilityZone", &e.availability_zone);
            x.b("Encrypted", e.encrypted);
            x.n("VolumeInitializationRate", e.volume_initialization_rate);
            x.s("AvailabilityZoneId", &e.availability_zone_id);
            x.n("EbsCardIndex", e.ebs_card_index);
            o.0.push(("Ebs".into(), x.done()));
        }
        o.s("NoDevice", &m.no_device);
        o.s("DeviceName", &m.device_name);
        o.s("VirtualName", &m.virtual_name);
        o.done()
    });
    o.s("VirtualizationType", &i.virtualization_type);
    o.s("SriovNetSupport", &i.sriov_net_support);
    o.b("EnaSupport", i.ena_support);
    o.done()
}

#[derive(Default)]
struct Obj(Vec<(String, Value)>);

impl Obj {
    fn s(&mut self, k: &str, v: &Option<String>) {
        if let Some(v) = v {
            self.0.push((k.into(), Value::String(v.clone())));
        }
    }
    fn b(&mut self, k: &str, v: Option<bool>) {
        if let Some(v) = v {
            self.0.push((k.into(), Value::Bool(v)));
        }
    }
    fn n(&mut self, k: &str, v: Option<i32>) {
        if let Some(v) = v {
            self.0.push((k.into(), Value::Number(f64::from(v))));
        }
    }
    fn list<T>(&mut self, k: &str, items: &[T], f: impl Fn(&T) -> Value) {
        if !items.is_empty() {
            self.0
                .push((k.into(), Value::Array(items.iter().map(f).collect())));
        }
    }
    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

#[path = "../../tests/common/parameters.rs"]
mod common_parameters;
pub use common_parameters::parameters;

/// Whether an issue path (`BlockDeviceMappings[0].Ebs.Iops`) names a place in `value`: every
/// index an existing, non-`null` item (a `null` item is left out, so nothing can be wrong with
/// it), every key an existing member, except that the last key may be a missing member (a
/// `Required` issue), and that below a value of the wrong shape (a list where an object belongs,
/// a number where a list belongs) the path goes on only if `issues` has a `WrongType` issue at
/// that value. Keys can hold `.` and `[`, so every way of splitting a path is tried.
pub fn resolves(value: &Value, path: &str, issues: &[Issue]) -> bool {
    walk(value, path, 0, issues)
}

fn walk(value: &Value, path: &str, at: usize, issues: &[Issue]) -> bool {
    let rest = &path[at..];
    if rest.is_empty() {
        return true;
    }
    // The path of the value we are at: what was consumed, without a trailing '.'.
    let here = path[..at].strip_suffix('.').unwrap_or(&path[..at]);
    let wrong_type_here = || {
        issues
            .iter()
            .any(|i| i.path == here && i.code == Code::WrongType)
    };
    match value {
        Value::Object(entries) => {
            let matched = entries
                .iter()
                .any(|(k, v)| match rest.strip_prefix(k.as_str()) {
                    Some("") => true,
                    Some(after) if after.starts_with('[') => {
                        walk(v, path, path.len() - after.len(), issues)
                    }
                    Some(after) if after.starts_with('.') => {
                        walk(v, path, path.len() - after.len() + 1, issues)
                    }
                    _ => false,
                });
            // A missing member (the last segment), or an index into an object.
            matched
                || (!rest.starts_with('[') && !rest.contains(['.', '[']))
                || (rest.starts_with('[') && wrong_type_here())
        }
        Value::Array(items) if rest.starts_with('[') => {
            let Some(close) = rest.find(']') else {
                return false;
            };
            let Ok(index) = rest[1..close].parse::<usize>() else {
                return false;
            };
            let mut next = at + close + 1;
            if path[next..].starts_with('.') {
                next += 1;
            }
            match items.get(index) {
                None | Some(Value::Null) => false,
                Some(item) => walk(item, path, next, issues),
            }
        }
        // `null` is an absent value: like an empty object.
        Value::Null => !rest.contains(['.', '[']),
        // Below a value of the wrong shape, reported by the reader.
        _ => wrong_type_here(),
    }
}
