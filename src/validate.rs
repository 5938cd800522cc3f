//! The documented rules of `RegisterImage`, one small function per rule family, each with the
//! doc sentence it enforces. Sources: `../shared/spec/register-image.md` (botocore 1.44.8 EC2
//! model, EC2 API Reference, EC2 User Guide; checked 2026-11-26).
//!
//! Contract rules are errors. Service limits AWS has changed before come from [`crate::limits`]
//! and are warnings, as is advice about likely-but-not-certain trouble.

use crate::collect::{Issues, Path};
use crate::docs;
use crate::issue::{Code, Issue};
use crate::limits::{self, VolumeLimits};
use crate::model::*;
use crate::path::{segments_text, IssuePath, Segment};
use crate::seen::FirstSeen;
use crate::suggest::suggest;
use crate::text::{msg, push_list, quoted, quoted_char, Piece};

/// Every documented problem with `input`, in model order. An empty list means AWS's documented
/// contract is met.
///
/// ```
/// use ec2_register_image::{validate, Code, RegisterImageInput};
///
/// let input = RegisterImageInput {
///     name: Some("my image #1".into()),
///     architecture: Some("amd64".into()),
///     ..Default::default()
/// };
/// let codes: Vec<_> = validate(&input).iter().map(|i| (i.path.to_string(), i.code)).collect();
/// assert_eq!(codes[0], ("Name".to_string(), Code::InvalidCharacter));
/// assert_eq!(codes[1], ("Architecture".to_string(), Code::NotAllowedValue));
/// ```
#[must_use]
pub fn validate(input: &RegisterImageInput) -> Vec<Issue> {
    validate_read(input, &[], &|_| {})
}

/// [`validate`] of an input read from a value, where the members at `unreadable` (paths in the
/// input, as shown) were given with a value the reader reported and left out: the rules treat
/// them as given and already reported, and say nothing of what they hold. `in_input` turns a
/// path on the model into one in the input (`Reading::remap`); the issues come with such paths.
pub(crate) fn validate_read(
    input: &RegisterImageInput,
    unreadable: &[String],
    in_input: &dyn Fn(&mut IssuePath),
) -> Vec<Issue> {
    let mut seen = FirstSeen::new();
    for (n, path) in unreadable.iter().enumerate() {
        seen.first(path.as_str(), n);
    }
    let mut v = Rules {
        issues: Issues::default(),
        unreadable: (!unreadable.is_empty()).then_some(seen),
        in_input,
        scope: 0,
    };
    rules(&mut v, input);
    let mut issues = v.issues.0;
    for issue in &mut issues {
        in_input(&mut issue.path);
    }
    // An unreadable structure was read as an empty one: its members were not given.
    if let Some(unreadable) = &v.unreadable {
        issues.retain(|i| !under(unreadable, &i.path));
    }
    issues
}

/// The issues found so far, and which members are given with their own error. One message per
/// mistake: a rule that reads another member asks [`Rules::faulty`] first and stays silent
/// when that member already has its own error, from the reader (a wrong type: given, yet absent
/// from the model) or from a rule about the member itself, which runs first.
struct Rules<'u> {
    issues: Issues,
    /// Members given with a value the reader could not read, by path as shown.
    unreadable: Option<FirstSeen<'u>>,
    /// A path on the model as a path in the input, where `unreadable`'s paths are.
    in_input: &'u dyn Fn(&mut IssuePath),
    /// Where the issues of the structure being checked begin: `faulty` looks for errors there
    /// only, so that a long list is not searched once per item.
    scope: usize,
}

impl Rules<'_> {
    /// True when the member at `at` is given with its own error: unreadable (or inside an
    /// unreadable structure), or with an error reported in the current scope. Every issue of
    /// the scope is inside its structure (or, at the top, anywhere), so an issue as deep as `at`
    /// that ends with its key is at `at`: no path is made or compared for the search.
    fn faulty(&self, at: &Path) -> bool {
        let Path::Key(_, key) = at else {
            return false;
        };
        let depth = at.depth();
        let own_error = |i: &Issue| {
            let segments = i.path.segments();
            i.is_error()
                && segments.len() == depth
                && matches!(segments.last(), Some(Segment::Member(m)) if m == key)
        };
        let scope = self.issues.0.get(self.scope..).unwrap_or_default();
        scope.iter().any(own_error) || self.unreadable(at)
    }

    /// True when the member at `at`, or a structure it is in, was given but unreadable. The
    /// path is made only when some member was (most inputs: none, and no allocation).
    fn unreadable(&self, at: &Path) -> bool {
        let Some(unreadable) = &self.unreadable else {
            return false;
        };
        let mut path = at.path();
        (self.in_input)(&mut path);
        under(unreadable, &path)
    }
}

impl std::ops::Deref for Rules<'_> {
    type Target = Issues;
    fn deref(&self) -> &Issues {
        &self.issues
    }
}

impl std::ops::DerefMut for Rules<'_> {
    fn deref_mut(&mut self) -> &mut Issues {
        &mut self.issues
    }
}

/// True when `path` or one of its prefixes is in `unreadable`.
fn under(unreadable: &FirstSeen<'_>, path: &IssuePath) -> bool {
    let segments = path.segments();
    (1..=segments.len()).any(|k| unreadable.get(&segments_text(&segments[..k])).is_some())
}

fn rules(v: &mut Rules<'_>, input: &RegisterImageInput) {
    let root = Path::Root;
    let at = |key| root.key(key);
    name(v, &at("Name"), input.name.as_deref());
    max_chars(
        v,
        &at("Description"),
        input.description.as_deref(),
        DESCRIPTION_MAX_CHARS,
    );
    one_of(v, &at("BootMode"), input.boot_mode.as_deref(), BOOT_MODES);
    one_of(
        v,
        &at("TpmSupport"),
        input.tpm_support.as_deref(),
        TPM_SUPPORT_VALUES,
    );
    uefi_data(v, &at("UefiData"), input.uefi_data.as_deref());
    one_of(
        v,
        &at("ImdsSupport"),
        input.imds_support.as_deref(),
        IMDS_SUPPORT_VALUES,
    );
    tag_specifications(v, &at("TagSpecifications"), &input.tag_specifications);
    one_of(
        v,
        &at("Architecture"),
        input.architecture.as_deref(),
        ARCHITECTURES,
    );
    resource_id(v, &at("KernelId"), input.kernel_id.as_deref(), "aki-");
    resource_id(v, &at("RamdiskId"), input.ramdisk_id.as_deref(), "ari-");
    block_device_mappings(v, &at("BlockDeviceMappings"), &input.block_device_mappings);
    // The rules across the whole input look at all its issues.
    v.scope = 0;
    root_volume(v, input);
    one_of(
        v,
        &at("VirtualizationType"),
        input.virtualization_type.as_deref(),
        VIRTUALIZATION_TYPES,
    );
    one_of(
        v,
        &at("SriovNetSupport"),
        input.sriov_net_support.as_deref(),
        SRIOV_NET_SUPPORT_VALUES,
    );
    enhanced_networking_needs_hvm(v, input);
}

// "Name: A name for your AMI. Constraints: 3-128 alphanumeric characters, parentheses (()),
// square brackets ([]), spaces ( ), periods (.), slashes (/), dashes (-), single quotes ('),
// at-signs (@), or underscores(_)." Required.
fn name(v: &mut Rules<'_>, at: &Path, name: Option<&str>) {
    let Some(name) = name else {
        return v.error(
            at,
            Code::Required,
            "is required: a name of 3-128 characters",
        );
    };
    let chars = char_count(name);
    let (min, max) = NAME_CHARS;
    let code = if chars < min {
        Code::TooShort
    } else {
        Code::TooLong
    };
    if !(min..=max).contains(&chars) {
        v.error(
            at,
            code,
            msg!("must be ", min, "-", max, " characters; it has ", chars),
        );
    }
    // Not `"()[] ./-'@_".contains(c)`: for a non-ASCII `c` that searches for a string, which
    // brings a string searcher and its panic formatting into the wasm.
    let allowed = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(
                c,
                '(' | ')' | '[' | ']' | ' ' | '.' | '/' | '-' | '\'' | '@' | '_'
            )
    };
    let mut bad: Vec<char> = Vec::new();
    for c in name.chars().filter(|c| !allowed(*c)) {
        if !bad.contains(&c) && bad.len() < 5 {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let mut message =
            msg!("may contain only letters, digits, spaces and ( ) [ ] . / - ' @ _; found ");
        push_list(&mut message, &bad, |out, c| quoted_char(*c).push_to(out));
        v.error(at, Code::InvalidCharacter, message);
    }
}

// "Description: A description for your AMI." Model ImageDescriptionRequest: length 0..255.
fn max_chars(v: &mut Rules<'_>, at: &Path, text: Option<&str>, max: usize) {
    let Some(text) = text else { return };
    let chars = char_count(text);
    if chars > max {
        v.error(
            at,
            Code::TooLong,
            msg!("must be at most ", max, " characters; it has ", chars),
        );
    }
}

// Enumerations (ArchitectureValues, BootModeValues, TpmSupportValues, ImdsSupportValues,
// VolumeType) and the documented values of VirtualizationType ("hvm | paravirtual") and
// SriovNetSupport ("There is no way to disable sriovNetSupport ... set to simple").
// AWS adds values (gp3 in 2020; ResourceType went from 108 to 114 values between botocore 1.43.11
// and 1.44.8), and its SDKs check no enumeration for that reason, so a value this package does
// not know is a warning that names the model it knows, and is sent as written. Only a sure mistake is an error: a known value in
// another case, with another separator or with spaces around it (`X86_64`, `x86-64`, `"gp3 "`),
// which gets its fix.
fn one_of(v: &mut Rules<'_>, at: &Path, value: Option<&str>, allowed: &'static [&'static str]) {
    let Some(value) = value else { return };
    if allowed.contains(&value) {
        return;
    }
    let hint = match suggest(value, allowed) {
        Some(near) => msg!("; did you mean \"", near, "\"?"),
        None => String::new(),
    };
    let mut list = String::new();
    push_list(&mut list, allowed, |out, a| {
        '"'.push_to(out);
        a.push_to(out);
        '"'.push_to(out);
    });
    if let Some(fix) = crate::fix::enum_value(value, allowed) {
        let message = if allowed.len() == 1 {
            msg!("must be ", list, "; got ", quoted(value), hint)
        } else {
            msg!("must be one of ", list, "; got ", quoted(value), hint)
        };
        return v.error_fixed(at, Code::NotAllowedValue, message, Some(fix));
    }
    // The member is the last key of its path.
    let member = match at {
        Path::Key(_, key) => *key,
        _ => "",
    };
    v.warning(
        at,
        Code::NotAllowedValue,
        msg!(
            quoted(value),
            " is not one of the ",
            member,
            " values known to ",
            KNOWN_BY,
            ": ",
            list,
            "; AWS may have added it since, so it is sent as written",
            hint
        ),
    );
}

// "UefiData: Base64 representation of the non-volatile UEFI variable store." Model
// ImageUefiDataRequest: length 0..64000.
fn uefi_data(v: &mut Rules<'_>, at: &Path, data: Option<&str>) {
    let Some(data) = data else { return };
    // Up to 64,000 characters, so each pass over them counts: one finds the first byte that is
    // not a symbol (valid data has none before its padding), and the rest look at what follows.
    let chars = match data.len() > UEFI_DATA_MAX_CHARS {
        true => char_count(data),
        false => data.len(),
    };
    if chars > UEFI_DATA_MAX_CHARS {
        return v.error(
            at,
            Code::TooLong,
            msg!(
                "must be at most ",
                UEFI_DATA_MAX_CHARS,
                " characters; it has ",
                chars
            ),
        );
    }
    let bytes = data.as_bytes();
    let first_other = bytes.iter().position(|&b| BASE64[usize::from(b)] != SYMBOL);
    let (first_padding, not_base64) = match first_other {
        Some(at) if bytes[at] == b'=' => {
            let tail = bytes.get(at..).unwrap_or_default();
            let bad = tail.iter().position(|&b| BASE64[usize::from(b)] == OTHER);
            (Some(at), bad.map(|n| at + n))
        }
        _ => (None, first_other),
    };
    let why = if let Some(byte) = not_base64 {
        // Found by byte (fast), reported by character.
        let position = data.get(..byte).map_or(0, char_count);
        let c = data
            .get(byte..)
            .and_then(|s| s.chars().next())
            .unwrap_or('?');
        msg!(
            quoted_char(c),
            " at position ",
            position,
            " is not a Base64 character"
        )
    } else {
        // Only ASCII is left, so byte offsets are character positions.
        match base64_error(bytes, first_padding) {
            None => return,
            Some(Base64Error::Misplaced(at, b)) => {
                msg!(
                    quoted_char(char::from(b)),
                    " at position ",
                    at,
                    " is not allowed there"
                )
            }
            Some(Base64Error::Length) => "its length is not a whole number of Base64 groups".into(),
            Some(Base64Error::Padding) => "its = padding is missing or wrong".into(),
        }
    };
    v.error(
        at,
        Code::InvalidBase64,
        msg!(
            "must be standard Base64 (A-Z a-z 0-9 + / with = padding, no line breaks): ",
            why
        ),
    );
}

/// What each byte is in Base64: a symbol (`A-Z a-z 0-9 + /`), the padding `=`, or neither. A
/// table, since UefiData runs to 64,000 characters.
const BASE64: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' {
            table[b] = SYMBOL;
        } else if c == b'=' {
            table[b] = PADDING;
        }
        b += 1;
    }
    table
};
const SYMBOL: u8 = 0;
const PADDING: u8 = 1;
const OTHER: u8 = 2;

/// What is wrong with Base64 text that holds only `A-Z a-z 0-9 + / =`, as the base64 crate's
/// standard engine (canonical padding, no trailing bits) would find it.
#[derive(Debug, PartialEq)]
pub(crate) enum Base64Error {
    /// A `=` before the end, or a symbol with bits that the decoding would drop.
    Misplaced(usize, u8),
    /// One symbol past a whole number of groups.
    Length,
    /// The last group is not padded to four characters.
    Padding,
}

/// Every 4-character group but the last is valid unless it holds `=`, so only the place of
/// `=` and the last group need checking: no decoding of 64,000 characters. Hand-written (the
/// crate's decoder was 3.6 KB of the wasm for these few lines); a test compares it with the
/// crate on every string of up to 7 characters over a covering alphabet.
///
/// `first_padding` is where the first `=` is: the caller's pass over the text found it.
pub(crate) fn base64_error(data: &[u8], first_padding: Option<usize>) -> Option<Base64Error> {
    let last = match data.len() % 4 {
        0 => data.len().saturating_sub(4),
        partial => data.len() - partial,
    };
    if let Some(at) = first_padding.filter(|&at| at < last) {
        return Some(Base64Error::Misplaced(at, b'='));
    }
    let group = data.get(last..).unwrap_or_default();
    let symbols = group.iter().position(|b| *b == b'=').unwrap_or(group.len());
    // Padding fills one or two places of a group, never more, and nothing follows it.
    let padding_ok = symbols >= 2
        && group
            .get(symbols..)
            .unwrap_or_default()
            .iter()
            .all(|b| *b == b'=');
    if symbols < group.len() && !padding_ok {
        return Some(Base64Error::Misplaced(last + symbols, b'='));
    }
    match group.len() {
        0 | 4 => {}
        1 => return Some(Base64Error::Length),
        _ => return Some(Base64Error::Padding),
    }
    // The last symbol of a group of 2 or 3 carries 4 or 2 bits the decoding drops: they must be 0.
    let dropped = match symbols {
        2 => 0x0f,
        3 => 0x03,
        _ => return None,
    };
    let b = group.get(symbols - 1).copied().unwrap_or_default();
    let value = match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    (value & dropped != 0).then_some(Base64Error::Misplaced(last + symbols - 1, b))
}

// Error InvalidKernelId.Malformed ("aki-xxxxxxxx"), InvalidRamDiskId.Malformed ("ari-xxxxxxxx"),
// InvalidSnapshotID.Malformed; resource IDs use 8 characters (before 2016) or 17 (since).
fn resource_id(v: &mut Rules<'_>, at: &Path, id: Option<&str>, prefix: &str) {
    let Some(id) = id else { return };
    let ok = id.strip_prefix(prefix).is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17)
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    });
    if !ok {
        v.error(
            at,
            Code::Malformed,
            msg!(
                "must be ",
                prefix,
                " followed by 8 or 17 lower-case hexadecimal digits, such as ",
                prefix,
                "1234567890abcdef0; got ",
                quoted(id)
            ),
        );
    }
}

fn block_device_mappings(v: &mut Rules<'_>, at: &Path, mappings: &[BlockDeviceMapping]) {
    let mut devices = FirstSeen::new();
    for (i, m) in mappings.iter().enumerate() {
        let at = &at.index(i);
        device_name(
            v,
            &at.key("DeviceName"),
            m.device_name.as_deref(),
            i,
            &mut devices,
        );
        virtual_name(v, &at.key("VirtualName"), m.virtual_name.as_deref());
        if let Some(ebs) = &m.ebs {
            ebs_volume(v, &at.key("Ebs"), ebs);
            // An unreadable Ebs is its own mistake; an Ebs with an error is still both.
            if m.virtual_name.is_some() && !v.unreadable(&at.key("Ebs")) {
                v.warning(
                    &at.key("VirtualName"),
                    Code::Conflict,
                    "a mapping is either an EBS volume (Ebs) or an instance store volume (VirtualName), not both",
                );
            }
        }
    }
}

// "DeviceName: The device name." Every mapping names its device, and no two mappings share one
// (error InvalidBlockDeviceMapping). EC2 answers a mapping without one with
// "InvalidBlockDeviceMapping: Missing device name"; an empty name is sent as `DeviceName=`, no
// name either, so it gets the same error.
fn device_name<'m>(
    v: &mut Rules<'_>,
    at: &Path,
    name: Option<&'m str>,
    index: usize,
    seen: &mut FirstSeen<'m>,
) {
    let Some(name) = name.filter(|n| !n.is_empty()) else {
        return v.error(
            at,
            Code::Required,
            "every block device mapping needs a DeviceName, such as \"/dev/sdh\"",
        );
    };
    if let Some(first) = seen.first(name, index) {
        v.error(
            at,
            Code::Duplicate,
            msg!(
                quoted(name),
                " is already mapped by BlockDeviceMappings[",
                first,
                "]; each device can be mapped once"
            ),
        );
    }
}

// "VirtualName: The virtual device name (ephemeralN). Instance store volumes are numbered
// starting from 0": the form is a contract (an error). "The number of available instance store
// volumes depends on the instance type", so the User Guide's "ephemeral[0-23]" is a hardware
// count, kept in the limits table: past it is a warning.
fn virtual_name(v: &mut Rules<'_>, at: &Path, name: Option<&str>) {
    let Some(name) = name else { return };
    // N as written by the docs: decimal digits, no sign, no leading zero.
    let number = name.strip_prefix("ephemeral").filter(|n| {
        !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && !(n.len() > 1 && n.starts_with('0'))
    });
    let Some(number) = number else {
        return v.error(
            at,
            Code::NotAllowedValue,
            msg!(
                "must be \"ephemeralN\", N an instance store volume number from 0 without leading zeros, such as \"ephemeral0\"; got ",
                quoted(name)
            ),
        );
    };
    let highest = limits::INSTANCE_STORE_HIGHEST;
    // Past 10 digits it cannot fit a u32, and is past the highest anyway.
    if !number.parse::<u32>().is_ok_and(|n| n <= highest) {
        v.warning_see(
            docs::BLOCK_DEVICE_MAPPINGS,
            at,
            Code::OutOfRange,
            msg!(
                "instance store volumes run from \"ephemeral0\" to \"ephemeral",
                highest,
                "\" (EC2 User Guide, ",
                limits::INSTANCE_STORE_CHECKED,
                "); got ",
                quoted(name),
                ", more than any instance type had then (the count depends on the instance type)"
            ),
        );
    }
}

fn ebs_volume(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    v.scope = v.issues.0.len();
    let key = |k| at.key(k);
    // The rules of each member first, then those that read other members (see `Rules`).
    resource_id(v, &key("SnapshotId"), e.snapshot_id.as_deref(), "snap-");
    one_of(
        v,
        &key("VolumeType"),
        e.volume_type.as_deref(),
        VOLUME_TYPES,
    );
    at_least(v, &key("Iops"), e.iops, 1);
    at_least(v, &key("VolumeSize"), e.volume_size, 1);
    at_least(v, &key("Throughput"), e.throughput, 1);
    at_least(
        v,
        &key("VolumeInitializationRate"),
        e.volume_initialization_rate,
        1,
    );
    at_least(v, &key("EbsCardIndex"), e.ebs_card_index, 0);
    volume_source(v, at, e);
    iops_by_volume_type(v, &key("Iops"), e);
    throughput_only_for_gp3(v, &key("Throughput"), e);
    encryption_only_for_new_volumes(v, &key("Encrypted"), e);
    one_availability_zone_form(v, &key("AvailabilityZoneId"), e);
    kms_key_not_for_register_image(v, &key("KmsKeyId"), e);
    initialization_rate(v, &key("VolumeInitializationRate"), e);
    if let Some(l) = e.volume_type.as_deref().and_then(limits::volume) {
        volume_limits(v, at, e, l);
    }
}

// "You must specify either a snapshot ID or a volume size."
fn volume_source(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    let given = |k, set: bool| set || v.faulty(&at.key(k));
    if !given("SnapshotId", e.snapshot_id.is_some())
        && !given("VolumeSize", e.volume_size.is_some())
    {
        v.error(
            at,
            Code::Required,
            "an EBS volume needs a SnapshotId or a VolumeSize (or both)",
        );
    }
}

/// The member `key` of the structure that holds the member at `at`.
fn sibling<'p>(at: &'p Path<'p>, key: &'p str) -> Path<'p> {
    match at {
        Path::Key(parent, _) => parent.key(key),
        _ => at.key(key),
    }
}

// Counts are positive: sizes, IOPS, throughput and rates; EbsCardIndex "default: 0".
fn at_least(v: &mut Rules<'_>, at: &Path, value: Option<i32>, min: i32) {
    if let Some(n) = value.filter(|n| *n < min) {
        v.error(
            at,
            Code::OutOfRange,
            msg!("must be at least ", min, "; got ", n),
        );
    }
}

// "Iops: ... This parameter is required for io1 and io2 volumes." For other types the evidence
// is split, so a warning: older EbsBlockDevice docs say "This parameter is not supported for gp2,
// st1, sc1, or standard volumes", CreateVolume says "Omit for all other volume types", and EC2
// answers RunInstances and CreateVolume with "InvalidParameterCombination: The parameter iops is
// not supported for gp2 volumes"; but the current EbsBlockDevice doc gives Iops a meaning for gp2
// ("For gp2 volumes, this represents the baseline performance of the volume") and no longer says
// it is refused, and no report shows RegisterImage (which stores the mapping, not a volume)
// refusing it. Without a VolumeType the volume gets the default type (gp2 in the CreateVolume
// docs), as Throughput without one: a warning too. A type this package does not know is left
// alone: AWS may add one that needs or refuses Iops.
fn iops_by_volume_type(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    if v.faulty(&sibling(at, "VolumeType")) {
        return;
    }
    match (e.volume_type.as_deref(), e.iops) {
        (Some(t @ ("io1" | "io2")), None) => {
            v.error(at, Code::Required, msg!("Iops is required for ", t, " volumes"))
        }
        (Some(t @ ("gp2" | "st1" | "sc1" | "standard")), Some(_)) => v.warning(
            at,
            Code::NotSupported,
            msg!("Iops applies to io1, io2, gp3 volumes only, not to ", t, "; omit it, or EC2 may refuse the volume (InvalidParameterCombination)"),
        ),
        (None, Some(_)) => v.warning(
            at,
            Code::Conflict,
            "Iops applies to io1, io2, gp3 volumes only; set VolumeType (the default type, gp2 in the CreateVolume docs, takes no Iops)",
        ),
        _ => {}
    }
}

// "Throughput: ... This parameter is valid only for gp3 volumes." Keyed on the known types only:
// a type AWS adds may take it (cfn-lint refused gp3's Throughput on its launch day).
fn throughput_only_for_gp3(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    if e.throughput.is_none() || v.faulty(&sibling(at, "VolumeType")) {
        return;
    }
    match e.volume_type.as_deref() {
        Some("gp3") => {}
        // A type this package does not know may take Throughput: AWS added gp3 with it.
        Some(t) if VOLUME_TYPES.contains(&t) => v.error(at, Code::Conflict, msg!("Throughput is valid only for gp3 volumes; VolumeType is ", quoted(t))),
        Some(_) => {}
        None => v.warning(
            at,
            Code::Conflict,
            "Throughput is valid only for gp3 volumes; set VolumeType to \"gp3\" (the default type may differ)",
        ),
    }
}

// "If you are creating a volume from a snapshot, you can't specify an encryption value."
fn encryption_only_for_new_volumes(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    if e.encrypted.is_some() && e.snapshot_id.is_some() && !v.faulty(&sibling(at, "SnapshotId")) {
        v.error(
            at,
            Code::Conflict,
            "Encrypted cannot be given for a volume from a snapshot (SnapshotId): the volume keeps the snapshot's encryption state; omit Encrypted",
        );
    }
}

// "You can specify either AvailabilityZone or AvailabilityZoneId, but not both."
fn one_availability_zone_form(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    if e.availability_zone.is_some()
        && e.availability_zone_id.is_some()
        && !v.faulty(&sibling(at, "AvailabilityZone"))
    {
        v.error(
            at,
            Code::Conflict,
            "give AvailabilityZone or AvailabilityZoneId, not both",
        );
    }
}

// "KmsKeyId ... This parameter is only supported on BlockDeviceMapping objects called by
// RunInstances, RequestSpotFleet, and RequestSpotInstances."
fn kms_key_not_for_register_image(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    if e.kms_key_id.is_some() {
        v.warning(
            at,
            Code::NotSupported,
            "KmsKeyId is documented as supported only for RunInstances, RequestSpotFleet and RequestSpotInstances, not RegisterImage",
        );
    }
}

// "VolumeInitializationRate: ... only for volumes created from snapshots. Valid range: 100 - 300".
fn initialization_rate(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice) {
    let Some(rate) = e.volume_initialization_rate else {
        return;
    };
    if e.snapshot_id.is_none() && !v.faulty(&sibling(at, "SnapshotId")) {
        v.warning(
            at,
            Code::NotSupported,
            "VolumeInitializationRate applies only to volumes created from a snapshot (SnapshotId)",
        );
    }
    let (min, max) = limits::VOLUME_INITIALIZATION_RATE_MIB_S;
    if rate >= 1 && !(min..=max).contains(&rate) {
        v.warning(at, Code::OutOfRange, limit_message(min, max, "MiB/s", rate));
    }
}

// Size, IOPS, IOPS per GiB and gp3 throughput per volume type: service limits, warnings.
fn volume_limits(v: &mut Rules<'_>, at: &Path, e: &EbsBlockDevice, l: &VolumeLimits) {
    let t = l.volume_type;
    if let Some(size) = e.volume_size.filter(|s| *s >= 1) {
        let (min, max) = l.size_gib;
        if !(min..=max).contains(&size) {
            v.warning_see(
                docs::VOLUME_TYPES,
                &at.key("VolumeSize"),
                Code::OutOfRange,
                msg!(t, " ", limit_message(min, max, "GiB", size)),
            );
        }
    }
    if let (Some(iops), Some((min, max))) = (e.iops.filter(|i| *i >= 1), l.iops) {
        if !(min..=max).contains(&iops) {
            v.warning_see(
                docs::VOLUME_TYPES,
                &at.key("Iops"),
                Code::OutOfRange,
                msg!(t, " ", limit_message(min, max, "IOPS", iops)),
            );
        }
        if let (Some(per_gib), Some(size)) = (l.iops_per_gib, e.volume_size.filter(|s| *s >= 1)) {
            let most = (i64::from(per_gib) * i64::from(size)).max(if t == "gp3" {
                limits::GP3_BASELINE_IOPS.into()
            } else {
                0
            });
            if i64::from(iops) > most {
                v.warning_see(
                    docs::VOLUME_TYPES,
                    &at.key("Iops"),
                    Code::OutOfRange,
                    msg!(
                        t,
                        " allows at most ",
                        per_gib,
                        " IOPS per GiB: ",
                        most,
                        " IOPS for ",
                        size,
                        " GiB; got ",
                        iops,
                        " (AWS service limit, ",
                        limits::CHECKED,
                        ")"
                    ),
                );
            }
        }
    }
    let iops_faulty = v.faulty(&at.key("Iops"));
    if let (Some(throughput), "gp3") = (e.throughput.filter(|t| *t >= 1), t) {
        let (min, max) = limits::GP3_THROUGHPUT_MIB_S;
        let iops = e.iops.unwrap_or(limits::GP3_BASELINE_IOPS).max(1);
        if !(min..=max).contains(&throughput) {
            v.warning_see(
                docs::VOLUME_TYPES,
                &at.key("Throughput"),
                Code::OutOfRange,
                msg!("gp3 ", limit_message(min, max, "MiB/s", throughput)),
            );
        } else if throughput > iops / limits::GP3_IOPS_PER_MIB_S && !iops_faulty {
            v.warning_see(
                docs::VOLUME_TYPES,
                &at.key("Throughput"),
                Code::OutOfRange,
                msg!(
                    "gp3 allows at most 0.25 MiB/s per IOPS: ",
                    iops / limits::GP3_IOPS_PER_MIB_S,
                    " MiB/s at ",
                    iops,
                    " IOPS; got ",
                    throughput,
                    " (AWS service limit, ",
                    limits::CHECKED,
                    ")"
                ),
            );
        }
    }
}

fn limit_message(min: i32, max: i32, unit: &str, got: i32) -> String {
    msg!(
        "is ",
        min,
        "-",
        max,
        " ",
        unit,
        " as documented on ",
        limits::CHECKED,
        "; got ",
        got,
        " (an AWS service limit that has changed before)"
    )
}

// The root volume: an EBS-backed AMI needs RootDeviceName and a mapping for it, an
// instance-store-backed one needs ImageLocation (old API reference: "Required if registering an
// Amazon EBS-backed AMI" / "Required if registering an Amazon S3-backed AMI"). st1 and sc1
// "can't be used as boot volumes".
fn root_volume(v: &mut Rules<'_>, input: &RegisterImageInput) {
    let root = Path::Root;
    let mappings = &input.block_device_mappings;
    // An ImageLocation or a RootDeviceName given with an error is given.
    let location = input.image_location.is_some() || v.faulty(&root.key("ImageLocation"));
    let Some(device) = input.root_device_name.as_deref() else {
        if !location && !v.faulty(&root.key("RootDeviceName")) {
            v.warning(
                &root.key("RootDeviceName"),
                Code::Required,
                "give ImageLocation (an S3 manifest) or a RootDeviceName with a block device mapping for it; AWS needs one to find the root volume",
            );
        }
        return;
    };
    let found = mappings
        .iter()
        .position(|m| m.device_name.as_deref() == Some(device));
    // A mapping whose DeviceName could not be read may be the root device's: any of them when no
    // mapping names it, one before the first that does (which the root device is) otherwise.
    let unread = |i: usize| {
        let list = root.key("BlockDeviceMappings");
        let item = list.index(i);
        let name = item.key("DeviceName");
        v.unreadable(&name)
    };
    let maybe_mapped = v.unreadable.is_some() && (0..found.unwrap_or(mappings.len())).any(unread);
    let Some(i) = found else {
        if !location && !maybe_mapped {
            v.warning(
                &root.key("BlockDeviceMappings"),
                Code::Required,
                msg!(
                    "no block device mapping for the RootDeviceName ",
                    quoted(device),
                    ", and no ImageLocation"
                ),
            );
        }
        return;
    };
    if maybe_mapped {
        return;
    }
    let list = root.key("BlockDeviceMappings");
    let mapping = list.index(i);
    let ebs = mapping.key("Ebs");
    if let Some(t @ ("st1" | "sc1")) = mappings[i]
        .ebs
        .as_ref()
        .and_then(|e| e.volume_type.as_deref())
    {
        v.warning_see(
            docs::VOLUME_TYPES,
            &ebs.key("VolumeType"),
            Code::NotSupported,
            msg!(
                t,
                " volumes can't be boot volumes, and this is the root device"
            ),
        );
    }
}

// "EnaSupport / SriovNetSupport: This option is supported only for HVM AMIs. Specifying this
// option with a PV AMI can make instances launched from the AMI unreachable." Default: paravirtual.
fn enhanced_networking_needs_hvm(v: &mut Rules<'_>, input: &RegisterImageInput) {
    let asked = input.sriov_net_support.is_some() || input.ena_support == Some(true);
    let hvm = input.virtualization_type.as_deref() == Some("hvm");
    if !asked || hvm || v.faulty(&Path::Root.key("VirtualizationType")) {
        return;
    }
    let kind = match input.virtualization_type.as_deref() {
        None => "paravirtual (the default when VirtualizationType is not set)".to_string(),
        Some(t) => quoted(t),
    };
    let root = Path::Root;
    if input.sriov_net_support.is_some() {
        v.warning_see(
            docs::ENHANCED_NETWORKING,
            &root.key("SriovNetSupport"),
            Code::Conflict,
            msg!(
                "SriovNetSupport is only for HVM AMIs; this AMI is ",
                &kind,
                ", and its instances may be unreachable"
            ),
        );
    }
    if input.ena_support == Some(true) {
        v.warning_see(
            docs::ENHANCED_NETWORKING,
            &root.key("EnaSupport"),
            Code::Conflict,
            msg!(
                "EnaSupport is only for HVM AMIs; this AMI is ",
                &kind,
                ", and its instances may be unreachable"
            ),
        );
    }
}

fn tag_specifications(v: &mut Rules<'_>, at: &Path, specs: &[TagSpecification]) {
    let mut total = 0;
    // Every specification tags the same AMI: a key repeated across them is suspect too.
    let mut all_keys = FirstSeen::new();
    let mut image_spec: Option<usize> = None;
    for (i, spec) in specs.iter().enumerate() {
        let at = &at.index(i);
        // Unreadable Tags may hold tags: whether a missing ResourceType is an error is unknown.
        if !(spec.resource_type.is_none() && v.unreadable(&at.key("Tags"))) {
            resource_type_is_image(
                v,
                &at.key("ResourceType"),
                spec.resource_type.as_deref(),
                !spec.tags.is_empty(),
            );
        }
        resource_type_once(v, &at.key("ResourceType"), spec, i, &mut image_spec);
        let tags_at = &at.key("Tags");
        at_least_one_tag(v, tags_at, spec);
        let mut keys = FirstSeen::new();
        for (j, tag) in spec.tags.iter().enumerate() {
            let at = &tags_at.index(j);
            tag_key(v, &at.key("Key"), tag.key.as_deref(), j, &mut keys);
            tag_value(v, &at.key("Value"), tag.value.as_deref());
            let key = tag.key.as_deref().unwrap_or_default();
            // A tag without a key (reported above) repeats no key.
            match tag.key.as_ref().and_then(|_| all_keys.first(key, i)) {
                Some(first) if first != i => v.warning_see(
                    docs::TAG_RESTRICTIONS,
                    &at.key("Key"),
                    Code::Duplicate,
                    msg!(
                        "the key ",
                        quoted(key),
                        " is also set by TagSpecifications[",
                        first,
                        "]; the AMI can have one value per key"
                    ),
                ),
                _ => {}
            }
            // "Tags with the aws: prefix ... don't count against your tags per resource limit."
            if !key.starts_with("aws:") {
                total += 1;
            }
            if total == limits::TAGS_PER_RESOURCE + 1 && !key.starts_with("aws:") {
                v.warning_see(
                    docs::TAG_RESTRICTIONS,
                    at,
                    Code::TooMany,
                    msg!(
                        "a resource can have at most ",
                        limits::TAGS_PER_RESOURCE,
                        " tags; this is tag ",
                        total,
                        " (EC2 User Guide, ",
                        limits::CHECKED,
                        ")"
                    ),
                );
            }
        }
    }
}

// "ResourceType: To tag the AMI, the value for ResourceType must be image. If you specify another
// value for ResourceType, the request fails." TagSpecification: "When you specify a tag, you must
// specify the resource type to tag, otherwise the request will fail"; EC2 answers one without
// with "InvalidParameterValue: Tag specification resource type must have a value". So a missing
// one is an error when the specification has tags; with none, the specification sends nothing at
// all (the SDK leaves the empty list out), which AWS accepts: a warning.
fn resource_type_is_image(
    v: &mut Rules<'_>,
    at: &Path,
    resource_type: Option<&str>,
    has_tags: bool,
) {
    match resource_type {
        Some("image") => {}
        Some(other) => v.error_fixed(
            at,
            Code::NotAllowedValue,
            msg!(
                "must be \"image\": RegisterImage can tag only the new AMI; got ",
                quoted(other)
            ),
            crate::fix::enum_value(other, RESOURCE_TYPES),
        ),
        None if has_tags => v.error(
            at,
            Code::Required,
            "is required: set it to \"image\" to tag the new AMI (EC2 refuses tags without a resource type)",
        ),
        None => v.warning(
            at,
            Code::Required,
            "set ResourceType to \"image\" to tag the new AMI",
        ),
    }
}

// EC2 answers two specifications of one resource type with "The same resource type may not be
// specified more than once in tag specifications" (RunInstances; EC2 parses TagSpecification the
// same way for every action, as for a missing ResourceType above; the EC2-compatible Eucalyptus
// checks it in its shared TagHelper.validateTagSpecifications): an error, at the later one.
fn resource_type_once(
    v: &mut Rules<'_>,
    at: &Path,
    spec: &TagSpecification,
    index: usize,
    first: &mut Option<usize>,
) {
    if spec.resource_type.as_deref() != Some("image") {
        return;
    }
    match *first {
        Some(first) => v.error(
            at,
            Code::Duplicate,
            msg!(
                "\"image\" is already given by TagSpecifications[",
                first,
                "]; each resource type can appear once, so put all the AMI's tags there"
            ),
        ),
        None => *first = Some(index),
    }
}

// EC2 answers "Tag specification must have at least one tag" (reported for launch templates;
// getmoto/moto mirrors it for every EC2 action). Here the SDK leaves an empty Tags list out, so
// the body carries `TagSpecification.N.ResourceType` alone; public vectors made with the SDK do
// so (11 and 16) and must pass, and no report shows RegisterImage refusing it: a warning.
fn at_least_one_tag(v: &mut Rules<'_>, at: &Path, spec: &TagSpecification) {
    if spec.tags.is_empty() {
        v.warning(
            at,
            Code::Required,
            "a tag specification needs at least one tag: an empty Tags list is left out of the request, and EC2 refuses a specification without tags elsewhere (\"Tag specification must have at least one tag\"); add a tag or remove the specification",
        );
    }
}

// Tag.Key: "May not begin with aws:"; error InvalidTagKey.Malformed for an empty or null key;
// "Each resource can have only one tag with a given key". Length: User Guide, a warning.
fn tag_key<'t>(
    v: &mut Rules<'_>,
    at: &Path,
    key: Option<&'t str>,
    index: usize,
    seen: &mut FirstSeen<'t>,
) {
    let Some(key) = key else {
        return v.error(at, Code::Required, "every tag needs a Key");
    };
    if key.is_empty() {
        return v.error(at, Code::TooShort, "must not be empty");
    }
    if key.starts_with("aws:") {
        v.error(
            at,
            Code::NotAllowedValue,
            msg!(
                "tag keys starting with \"aws:\" are reserved for AWS; got ",
                quoted(key)
            ),
        );
    }
    let chars = char_count(key);
    if chars > limits::TAG_KEY_CHARS {
        v.warning_see(
            docs::TAG_RESTRICTIONS,
            at,
            Code::TooLong,
            msg!(
                "tag keys are at most ",
                limits::TAG_KEY_CHARS,
                " characters (EC2 User Guide, ",
                limits::CHECKED,
                "); it has ",
                chars
            ),
        );
    }
    if let Some(first) = seen.first(key, index) {
        v.error(
            at,
            Code::Duplicate,
            msg!(
                "the key ",
                quoted(key),
                " is already used by Tags[",
                first,
                "]; each key can be used once"
            ),
        );
    }
}

// Tag.Value: "Constraints: Tag values are case-sensitive and accept a maximum of 256 Unicode
// characters." A warning: a limit, not a format.
fn tag_value(v: &mut Rules<'_>, at: &Path, value: Option<&str>) {
    let chars = value.map_or(0, char_count);
    if chars > limits::TAG_VALUE_CHARS {
        v.warning_see(
            docs::TAG_RESTRICTIONS,
            at,
            Code::TooLong,
            msg!(
                "tag values are at most ",
                limits::TAG_VALUE_CHARS,
                " characters (EC2 User Guide, ",
                limits::CHECKED,
                "); it has ",
                chars
            ),
        );
    }
}

/// Characters, as the docs count them (Unicode scalar values): the bytes that do not continue a
/// UTF-8 sequence (0b10xxxxxx). `str::chars().count()` is the same number from 1 KB of wasm.
fn char_count(text: &str) -> usize {
    text.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
