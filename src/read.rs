//! Reading a [`Value`] into the typed model, collecting every problem on the way: wrong types,
//! unknown keys (with a "did you mean"), numbers that are not 32-bit integers.
//!
//! `null` means absent, as in the AWS SDK. A `null` list item is left out, as the SDK does; the
//! indexes of later items then shift, and [`Reading::remap`] turns paths found on the model back
//! into paths of the input.

use crate::issue::{quoted, suggest, Code, Issue, Issues, Path};
use crate::model::{
    fields, BlockDeviceMapping, EbsBlockDevice, RegisterImageInput, Tag, TagSpecification,
};
use crate::value::{number_text, Value, MAX_ITEMS};
use std::collections::BTreeMap;

/// The result of reading: the model (with unreadable members left out) and the issues found.
pub struct Reading {
    /// The input as far as it could be read.
    pub input: RegisterImageInput,
    /// Problems found while reading, in input order.
    pub issues: Vec<Issue>,
    /// For lists that had `null` items: the model path of the list and, per model index, the
    /// index in the input.
    shifted: Vec<(String, Vec<usize>)>,
}

impl Reading {
    /// Maps a path on the model to the path of the same place in the input (they differ only
    /// after a `null` list item was left out).
    pub fn remap(&self, path: &str) -> String {
        self.remap_in(path, &self.lists())
    }

    /// The lists that had `null` items, by model path: an index into `shifted`. Looked up per
    /// `[` of every issue path, so a map (a scan was quadratic with many such lists); a
    /// `BTreeMap<&str, usize>`, the map type the rules use, so no new code in the wasm.
    pub(crate) fn lists(&self) -> BTreeMap<&str, usize> {
        let mut lists = BTreeMap::new();
        for (n, (list, _)) in self.shifted.iter().enumerate() {
            lists.insert(list.as_str(), n);
        }
        lists
    }

    /// [`Reading::remap`] with [`Reading::lists`] made once.
    pub(crate) fn remap_in(&self, path: &str, lists: &BTreeMap<&str, usize>) -> String {
        if self.shifted.is_empty() {
            return path.to_owned();
        }
        let mut out = String::with_capacity(path.len());
        let mut rest = path;
        while let Some(open) = rest.find('[') {
            let Some(close) = rest[open..].find(']').map(|c| open + c) else {
                break;
            };
            out.push_str(&rest[..open]);
            let index: usize = rest[open + 1..close].parse().unwrap_or(usize::MAX);
            let original = lists
                .get(out.as_str())
                .and_then(|n| self.shifted.get(*n))
                .and_then(|(_, map)| map.get(index).copied())
                .unwrap_or(index);
            out.push('[');
            out.push_str(&original.to_string());
            out.push(']');
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// Reads `value` as a RegisterImage input.
///
/// ```
/// use ec2_register_image::{read, Code, Value};
///
/// let value: Value = serde_json::from_str(r#"{"name": "x", "DryRun": "true"}"#).unwrap();
/// let reading = read(&value);
/// assert_eq!(reading.issues[0].code, Code::UnknownField);
/// assert_eq!(reading.issues[0].message, "unknown member \"name\"; did you mean \"Name\"?");
/// assert_eq!(reading.issues[1].path, "DryRun");
/// assert_eq!(reading.issues[1].code, Code::WrongType);
/// ```
pub fn read(value: &Value) -> Reading {
    read_with(value, false)
}

/// [`read`] for a tree decoded from a Query body, where every scalar is text: numbers and
/// booleans are read from their text as the SDKs write them (`8`, `-1`, `true`, `false`).
pub(crate) fn read_with(value: &Value, scalars_as_text: bool) -> Reading {
    let mut reader = Reader {
        scalars_as_text,
        ..Reader::default()
    };
    let input = reader.input(&Path::Root, value);
    Reading {
        input,
        issues: reader.issues.0,
        shifted: reader.shifted,
    }
}

#[derive(Default)]
struct Reader {
    issues: Issues,
    shifted: Vec<(String, Vec<usize>)>,
    scalars_as_text: bool,
}

impl Reader {
    fn input(&mut self, at: &Path, value: &Value) -> RegisterImageInput {
        let mut i = RegisterImageInput::default();
        for (key, v) in self.object(at, value, fields::INPUT) {
            let at = &at.key(key);
            match key.as_str() {
                "Name" => i.name = self.string(at, v),
                "ImageLocation" => i.image_location = self.string(at, v),
                "BillingProducts" => i.billing_products = self.list(at, v, Self::string_item),
                "BootMode" => i.boot_mode = self.string(at, v),
                "TpmSupport" => i.tpm_support = self.string(at, v),
                "UefiData" => i.uefi_data = self.string(at, v),
                "ImdsSupport" => i.imds_support = self.string(at, v),
                "TagSpecifications" => i.tag_specifications = self.list(at, v, Self::tag_spec),
                "DryRun" => i.dry_run = self.boolean(at, v),
                "Description" => i.description = self.string(at, v),
                "Architecture" => i.architecture = self.string(at, v),
                "KernelId" => i.kernel_id = self.string(at, v),
                "RamdiskId" => i.ramdisk_id = self.string(at, v),
                "RootDeviceName" => i.root_device_name = self.string(at, v),
                "BlockDeviceMappings" => i.block_device_mappings = self.list(at, v, Self::mapping),
                "VirtualizationType" => i.virtualization_type = self.string(at, v),
                "SriovNetSupport" => i.sriov_net_support = self.string(at, v),
                "EnaSupport" => i.ena_support = self.boolean(at, v),
                _ => {}
            }
        }
        i
    }

    fn mapping(&mut self, at: &Path, value: &Value) -> BlockDeviceMapping {
        let mut m = BlockDeviceMapping::default();
        for (key, v) in self.object(at, value, fields::MAPPING) {
            let at = &at.key(key);
            match key.as_str() {
                "Ebs" => m.ebs = (!matches!(v, Value::Null)).then(|| self.ebs(at, v)),
                "NoDevice" => m.no_device = self.string(at, v),
                "DeviceName" => m.device_name = self.string(at, v),
                "VirtualName" => m.virtual_name = self.string(at, v),
                _ => {}
            }
        }
        m
    }

    fn ebs(&mut self, at: &Path, value: &Value) -> EbsBlockDevice {
        let mut e = EbsBlockDevice::default();
        for (key, v) in self.object(at, value, fields::EBS) {
            let at = &at.key(key);
            match key.as_str() {
                "DeleteOnTermination" => e.delete_on_termination = self.boolean(at, v),
                "Iops" => e.iops = self.integer(at, v),
                "SnapshotId" => e.snapshot_id = self.string(at, v),
                "VolumeSize" => e.volume_size = self.integer(at, v),
                "VolumeType" => e.volume_type = self.string(at, v),
                "KmsKeyId" => e.kms_key_id = self.string(at, v),
                "Throughput" => e.throughput = self.integer(at, v),
                "OutpostArn" => e.outpost_arn = self.string(at, v),
                "AvailabilityZone" => e.availability_zone = self.string(at, v),
                "Encrypted" => e.encrypted = self.boolean(at, v),
                "VolumeInitializationRate" => e.volume_initialization_rate = self.integer(at, v),
                "AvailabilityZoneId" => e.availability_zone_id = self.string(at, v),
                "EbsCardIndex" => e.ebs_card_index = self.integer(at, v),
                _ => {}
            }
        }
        e
    }

    fn tag_spec(&mut self, at: &Path, value: &Value) -> TagSpecification {
        let mut t = TagSpecification::default();
        for (key, v) in self.object(at, value, fields::TAG_SPECIFICATION) {
            let at = &at.key(key);
            match key.as_str() {
                "ResourceType" => t.resource_type = self.string(at, v),
                "Tags" => t.tags = self.list(at, v, Self::tag),
                _ => {}
            }
        }
        t
    }

    fn tag(&mut self, at: &Path, value: &Value) -> Tag {
        let mut t = Tag::default();
        for (key, v) in self.object(at, value, fields::TAG) {
            let at = &at.key(key);
            match key.as_str() {
                "Key" => t.key = self.string(at, v),
                "Value" => t.value = self.string(at, v),
                _ => {}
            }
        }
        t
    }

    /// The entries of an object whose keys are known and not repeated; reports the rest.
    fn object<'v>(
        &mut self,
        at: &Path,
        value: &'v Value,
        known: &[&str],
    ) -> impl Iterator<Item = &'v (String, Value)> {
        let entries: &[(String, Value)] = match value {
            Value::Object(entries) => entries,
            Value::Null => &[],
            other => {
                self.wrong_type(at, "an object", other);
                &[]
            }
        };
        // One bit per known member: repeated keys (possible in JSON, not in JS) are reported,
        // and the first one wins.
        let mut seen = 0u32;
        let mut keep = Vec::with_capacity(entries.len().min(known.len()));
        for entry in entries {
            let key = entry.0.as_str();
            match known.iter().position(|k| *k == key) {
                Some(bit) if seen & (1 << bit) != 0 => self.issues.error(
                    &at.key(key),
                    Code::Duplicate,
                    format!("\"{key}\" is given more than once"),
                ),
                Some(bit) => {
                    seen |= 1 << bit;
                    keep.push(entry);
                }
                None => self.unknown(at, key, known),
            }
        }
        keep.into_iter()
    }

    fn unknown(&mut self, at: &Path, key: &str, known: &[&str]) {
        // Quoted: cut after 40 characters, so that a 10 MB key does not make a 10 MB message.
        let message = match suggest(key, known) {
            Some(near) => format!("unknown member {}; did you mean \"{near}\"?", quoted(key)),
            None => format!(
                "unknown member {}; allowed here: {}",
                quoted(key),
                known.join(", ")
            ),
        };
        self.issues.error(&at.key(key), Code::UnknownField, message);
    }

    fn list<T>(
        &mut self,
        at: &Path,
        value: &Value,
        item: fn(&mut Self, &Path, &Value) -> T,
    ) -> Vec<T> {
        let items = match value {
            Value::Array(items) if items.len() > MAX_ITEMS => {
                self.issues.error(
                    at,
                    Code::TooMany,
                    format!("lists are read up to {MAX_ITEMS} items; this one has more"),
                );
                return Vec::new();
            }
            Value::Array(items) => items,
            Value::Null => return Vec::new(),
            other => {
                self.wrong_type(at, "a list", other);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        // Input index of each kept item, tracked only once a `null` has shifted them.
        let mut origin: Option<Vec<usize>> = None;
        for (index, v) in items.iter().enumerate() {
            if matches!(v, Value::Null) {
                origin.get_or_insert_with(|| (0..out.len()).collect());
                continue;
            }
            out.push(item(self, &at.index(index), v));
            if let Some(origin) = &mut origin {
                origin.push(index);
            }
        }
        if let Some(origin) = origin {
            self.shifted.push((at.render(), origin));
        }
        out
    }

    fn string_item(&mut self, at: &Path, value: &Value) -> String {
        self.string(at, value).unwrap_or_default()
    }

    fn string(&mut self, at: &Path, value: &Value) -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            Value::LoneSurrogate => {
                self.issues.error(
                    at,
                    Code::InvalidCharacter,
                    "contains a lone UTF-16 surrogate, which is not well-formed Unicode and cannot be sent as UTF-8",
                );
                None
            }
            other => {
                self.wrong_type(at, "a string", other);
                None
            }
        }
    }

    fn boolean(&mut self, at: &Path, value: &Value) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            Value::String(s) if self.scalars_as_text && (s == "true" || s == "false") => {
                Some(s == "true")
            }
            Value::Null => None,
            other => {
                self.wrong_type(at, "a boolean (true or false)", other);
                None
            }
        }
    }

    fn integer(&mut self, at: &Path, value: &Value) -> Option<i32> {
        if let (true, Value::String(s)) = (self.scalars_as_text, value) {
            return match whole_number(s) {
                Some(n) => self.integer(at, &Value::Number(n)),
                None => {
                    self.wrong_type(at, "a whole number", value);
                    None
                }
            };
        }
        match value {
            Value::Number(n) if n.fract() != 0.0 || !n.is_finite() => {
                self.wrong_type(at, "a whole number", value);
                None
            }
            Value::Number(n) if *n < f64::from(i32::MIN) || *n > f64::from(i32::MAX) => {
                self.issues.error(
                    at,
                    Code::OutOfRange,
                    format!(
                        "must be a 32-bit integer (-2147483648 to 2147483647); got {}",
                        number_text(*n)
                    ),
                );
                None
            }
            // In range and whole, so the conversion is exact; `+ 0.0` turns -0 into 0.
            Value::Number(n) => Some((*n + 0.0) as i32),
            Value::Null => None,
            other => {
                self.wrong_type(at, "a whole number", other);
                None
            }
        }
    }

    fn wrong_type(&mut self, at: &Path, expected: &str, got: &Value) {
        self.issues.error(
            at,
            Code::WrongType,
            format!("must be {expected}; got {}", got.describe()),
        );
    }
}

/// `-?[0-9]+` as a number, exact up to 2^53 (beyond that it is out of the 32-bit range anyway).
fn whole_number(s: &str) -> Option<f64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits
        .bytes()
        .fold(0f64, |n, b| (n * 10.0 + f64::from(b - b'0')).min(1e300));
    Some(if s.starts_with('-') {
        -magnitude
    } else {
        magnitude
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::Severity;

    fn read_json(json: &str) -> Reading {
        read(&serde_json::from_str(json).unwrap())
    }

    fn summary(r: &Reading) -> Vec<(String, Code, String)> {
        r.issues
            .iter()
            .map(|i| (i.path.clone(), i.code, i.message.clone()))
            .collect()
    }

    #[test]
    fn every_problem_is_reported_in_one_pass() {
        let r = read_json(
            r#"{"name": "x", "BlockDeviceMapping": [], "BlockDeviceMappings": [
                {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": "8", "Iops": 8.5, "Encrypted": "true", "Throughput": 2147483648}}
            ]}"#,
        );
        assert_eq!(
            summary(&r),
            vec![
                (
                    "name".into(),
                    Code::UnknownField,
                    "unknown member \"name\"; did you mean \"Name\"?".into()
                ),
                (
                    "BlockDeviceMapping".into(),
                    Code::UnknownField,
                    "unknown member \"BlockDeviceMapping\"; did you mean \"BlockDeviceMappings\"?"
                        .into()
                ),
                (
                    "BlockDeviceMappings[0].Ebs.VolumeSize".into(),
                    Code::WrongType,
                    "must be a whole number; got the string \"8\"".into()
                ),
                (
                    "BlockDeviceMappings[0].Ebs.Iops".into(),
                    Code::WrongType,
                    "must be a whole number; got the number 8.5".into()
                ),
                (
                    "BlockDeviceMappings[0].Ebs.Encrypted".into(),
                    Code::WrongType,
                    "must be a boolean (true or false); got the string \"true\"".into()
                ),
                (
                    "BlockDeviceMappings[0].Ebs.Throughput".into(),
                    Code::OutOfRange,
                    "must be a 32-bit integer (-2147483648 to 2147483647); got 2147483648".into()
                ),
            ]
        );
        assert!(r.issues.iter().all(|i| i.severity == Severity::Error));
        assert_eq!(
            r.input.block_device_mappings[0].device_name.as_deref(),
            Some("/dev/sda1")
        );
    }

    #[test]
    fn integer_boundaries() {
        for (n, ok) in [
            ("2147483647", true),
            ("2147483648", false),
            ("-2147483648", true),
            ("-2147483649", false),
            ("8.0", true),
            ("-0.0", true),
            ("1e300", false),
        ] {
            let r = read_json(&format!(
                r#"{{"BlockDeviceMappings": [{{"Ebs": {{"Iops": {n}}}}}]}}"#
            ));
            assert_eq!(r.issues.is_empty(), ok, "{n}");
        }
        let r = read_json(r#"{"BlockDeviceMappings": [{"Ebs": {"Iops": -0.0}}]}"#);
        assert_eq!(
            r.input.block_device_mappings[0].ebs.as_ref().unwrap().iops,
            Some(0)
        );
    }

    #[test]
    fn nulls_are_absent_and_null_items_are_left_out() {
        let r = read_json(
            r#"{"Name": null, "BillingProducts": [null, "bp-1", null, "bp-2"], "BlockDeviceMappings": [{"Ebs": null}]}"#,
        );
        assert!(r.issues.is_empty());
        assert_eq!(r.input.name, None);
        assert_eq!(r.input.billing_products, vec!["bp-1", "bp-2"]);
        assert_eq!(r.input.block_device_mappings[0].ebs, None);
        assert_eq!(r.remap("BillingProducts[1]"), "BillingProducts[3]");
        assert_eq!(
            r.remap("BlockDeviceMappings[0].DeviceName"),
            "BlockDeviceMappings[0].DeviceName"
        );
    }

    #[test]
    fn remap_follows_nested_lists() {
        let r = read_json(r#"{"TagSpecifications": [null, {"Tags": [null, null, {"Key": "a"}]}]}"#);
        assert_eq!(
            r.remap("TagSpecifications[0].Tags[0].Key"),
            "TagSpecifications[1].Tags[2].Key"
        );
    }

    #[test]
    fn shapes_that_are_not_objects_or_lists() {
        let r = read_json(
            r#"{"BlockDeviceMappings": {"DeviceName": "x"}, "TagSpecifications": ["image"], "BillingProducts": [1]}"#,
        );
        assert_eq!(
            summary(&r),
            vec![
                (
                    "BlockDeviceMappings".into(),
                    Code::WrongType,
                    "must be a list; got an object".into()
                ),
                (
                    "TagSpecifications[0]".into(),
                    Code::WrongType,
                    "must be an object; got the string \"image\"".into()
                ),
                (
                    "BillingProducts[0]".into(),
                    Code::WrongType,
                    "must be a string; got the number 1".into()
                ),
            ]
        );
        let r = read_json("[]");
        assert_eq!(
            summary(&r),
            vec![(
                "".into(),
                Code::WrongType,
                "must be an object; got a list".into()
            )]
        );
    }

    #[test]
    fn repeated_keys_are_reported_and_the_first_wins() {
        let r = read_json(r#"{"Name": "first", "Name": "second"}"#);
        assert_eq!(
            summary(&r),
            vec![(
                "Name".into(),
                Code::Duplicate,
                "\"Name\" is given more than once".into()
            )]
        );
        assert_eq!(r.input.name.as_deref(), Some("first"));
    }

    #[test]
    fn suggestions_only_when_close() {
        assert_eq!(suggest("Tag", fields::TAG_SPECIFICATION), Some("Tags"));
        assert_eq!(suggest("VolumeSzie", fields::EBS), Some("VolumeSize"));
        assert_eq!(suggest("iops", fields::EBS), Some("Iops"));
        assert_eq!(suggest("Colour", fields::EBS), None);
        let r = read_json(r#"{"Colour": 1}"#);
        assert!(r.issues[0]
            .message
            .starts_with("unknown member \"Colour\"; allowed here: Name, ImageLocation,"));
    }
}
