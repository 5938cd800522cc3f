#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![forbid(unsafe_code)]

// The pipeline, in the order data flows: an input (a JS value through the tape, or any serde
// value) -> `Value` -> read, collecting issues -> the model -> validate -> encode -> the body;
// and a body -> decode -> the same reader. This file only re-exports and documents; no module
// imports it.

/// The input as an untyped tree: what serde, the JS tape and the body decoder give.
mod value;
/// The JS face's private contract: a JS value as bytes, read into a [`Value`].
#[cfg(any(target_arch = "wasm32", test, feature = "fuzzing"))]
#[cfg_attr(feature = "fuzzing", allow(missing_docs))]
pub mod tape;
/// `Value` -> the model, collecting every reading problem (types, unknown keys).
mod read;
/// The member table: every shape and member once; the model types come from it.
mod model;
/// Issues and their paths (data until shown).
mod issue;
/// Where each key was first seen: the duplicate rules' map.
mod seen;
/// The AWS documentation page of each issue: one table.
pub mod docs;
/// Sure repairs: an issue's fix, and applying the fixes to the input.
mod fix;
/// The documented rules, one function per family.
mod validate;
/// Service limits AWS has changed before: one dated table (warnings).
pub mod limits;
/// A generic AWS Query writer (pairs, nesting, lists, percent-encoding).
#[cfg(feature = "fuzzing")]
pub mod query;
#[cfg(not(feature = "fuzzing"))]
mod query;
/// The model -> the Query body, in the SDK's order.
mod encode;
/// A Query body -> a `Value` for the reader (the inverse of encode).
mod decode;
/// The Rust entry points: check, encode and their options and error.
mod api;
/// EC2's endpoint URL for a region.
mod endpoint;
/// EC2's XML reply.
mod response;
/// The model as JSON text, for the JS face's parseBody.
#[cfg(any(all(target_arch = "wasm32", feature = "wasm-parse"), test))]
mod to_json;
/// The JavaScript face (wasm-bindgen exports).
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use api::{check, encode, encode_with, Checked, Options, ValidationError, API_VERSION};
pub use decode::parse_body;
pub use encode::encode_unchecked;
pub use endpoint::{url as endpoint_url, url_with as endpoint_url_with, EndpointOptions};
pub use fix::{apply_fixes, Fix, Replacement};
pub use issue::{Code, Issue, IssuePath, Segment, Severity};
pub use model::{
    AwsModel, BlockDeviceMapping, EbsBlockDevice, Member, RegisterImageInput, Shape, Tag,
    TagSpecification, Type, ARCHITECTURES, AWS_MODEL, BOOT_MODES, DESCRIPTION_MAX_CHARS,
    IMDS_SUPPORT_VALUES, KNOWN_BY, NAME_CHARS, RESOURCE_TYPES, SRIOV_NET_SUPPORT_VALUES,
    TPM_SUPPORT_VALUES, UEFI_DATA_MAX_CHARS, VIRTUALIZATION_TYPES, VOLUME_TYPES,
};
#[cfg(feature = "fuzzing")]
pub use read::{read, Reading};
pub use response::{parse_response, ReplyError, Response, ResponseError};
pub use validate::validate;
pub use value::{Value, MAX_DEPTH, MAX_ITEMS, MAX_VALUES};
