//! The parameters an input stands for, written naively (no writer, no percent-encoding), in
//! the SDK's member order: what a standard form decoder must give back from a body. Shared by
//! tests/properties.rs and the fuzz crate (fuzz/src/lib.rs), which include this file by path.

use ec2_register_image::{RegisterImageInput, API_VERSION};

/// See the module docs.
pub fn parameters(i: &RegisterImageInput) -> Vec<(String, String)> {
    let mut p = vec![
        ("Action".to_string(), "RegisterImage".to_string()),
        ("Version".to_string(), API_VERSION.to_string()),
    ];
    let mut put = |k: String, v: Option<String>| {
        if let Some(v) = v {
            p.push((k, v));
        }
    };
    let s = |v: &Option<String>| v.clone();
    let b = |v: Option<bool>| v.map(|b| b.to_string());
    let n = |v: Option<i32>| v.map(|n| n.to_string());
    put("Name".into(), s(&i.name));
    put("ImageLocation".into(), s(&i.image_location));
    for (k, v) in i.billing_products.iter().enumerate() {
        put(format!("BillingProduct.{}", k + 1), Some(v.clone()));
    }
    put("BootMode".into(), s(&i.boot_mode));
    put("TpmSupport".into(), s(&i.tpm_support));
    put("UefiData".into(), s(&i.uefi_data));
    put("ImdsSupport".into(), s(&i.imds_support));
    for (k, t) in i.tag_specifications.iter().enumerate() {
        let at = format!("TagSpecification.{}", k + 1);
        put(format!("{at}.ResourceType"), s(&t.resource_type));
        for (j, tag) in t.tags.iter().enumerate() {
            put(format!("{at}.Tag.{}.Key", j + 1), s(&tag.key));
            put(format!("{at}.Tag.{}.Value", j + 1), s(&tag.value));
        }
    }
    put("DryRun".into(), b(i.dry_run));
    put("Description".into(), s(&i.description));
    put("Architecture".into(), s(&i.architecture));
    put("KernelId".into(), s(&i.kernel_id));
    put("RamdiskId".into(), s(&i.ramdisk_id));
    put("RootDeviceName".into(), s(&i.root_device_name));
    for (k, m) in i.block_device_mappings.iter().enumerate() {
        let at = format!("BlockDeviceMapping.{}", k + 1);
        if let Some(e) = &m.ebs {
            let at = format!("{at}.Ebs");
            put(
                format!("{at}.DeleteOnTermination"),
                b(e.delete_on_termination),
            );
            put(format!("{at}.Iops"), n(e.iops));
            put(format!("{at}.SnapshotId"), s(&e.snapshot_id));
            put(format!("{at}.VolumeSize"), n(e.volume_size));
            put(format!("{at}.VolumeType"), s(&e.volume_type));
            put(format!("{at}.KmsKeyId"), s(&e.kms_key_id));
            put(format!("{at}.Throughput"), n(e.throughput));
            put(format!("{at}.OutpostArn"), s(&e.outpost_arn));
            put(format!("{at}.AvailabilityZone"), s(&e.availability_zone));
            put(format!("{at}.Encrypted"), b(e.encrypted));
            put(
                format!("{at}.VolumeInitializationRate"),
                n(e.volume_initialization_rate),
            );
            put(
                format!("{at}.AvailabilityZoneId"),
                s(&e.availability_zone_id),
            );
            put(format!("{at}.EbsCardIndex"), n(e.ebs_card_index));
        }
        put(format!("{at}.NoDevice"), s(&m.no_device));
        put(format!("{at}.DeviceName"), s(&m.device_name));
        put(format!("{at}.VirtualName"), s(&m.virtual_name));
    }
    put("VirtualizationType".into(), s(&i.virtualization_type));
    put("SriovNetSupport".into(), s(&i.sriov_net_support));
    put("EnaSupport".into(), b(i.ena_support));
    p
}
