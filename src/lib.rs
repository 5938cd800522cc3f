#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

// The pipeline, in the order data flows: an input (a JS value through the tape, or any serde
// value) -> `Value` -> read, collecting issues -> the model -> validate -> encode -> the body;
// and a body -> decode -> the same reader. This file only re-exports and documents; no module
// imports it.

/// The input as an untyped tree: what serde, the JS tape and the body decoder give.
mod value;
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
mod query;
/// The model -> the Query body, in the SDK's order.
mod encode;
/// A Query body -> a `Value` for the reader (the inverse of encode).
mod decode;
/// The Rust entry points: check, encode and their options and error.
mod api;
/// EC2's endpoint URL for a region.
mod endpoint;
/// The request to sign and send: URL, method, headers and body.
mod request;
/// EC2's XML reply.
mod response;
/// The model as JSON text without serde, for the JS face's parseBody.
mod to_json;

pub use api::{check, encode, encode_with, Checked, Options, ValidationError, API_VERSION};
pub use decode::parse_body;
pub use encode::encode_unchecked;
pub use endpoint::{url as endpoint_url, url_with as endpoint_url_with, EndpointOptions};
pub use fix::{apply_fixes, Fix, Replacement};
pub use issue::{Code, Issue, IssuePath, Segment, Severity, UnknownCode};
pub use model::{
    BlockDeviceMapping, EbsBlockDevice, Member, RegisterImageInput, Shape, Tag, TagSpecification,
    Type, ARCHITECTURES, BOOT_MODES, IMDS_SUPPORT_VALUES, RESOURCE_TYPES, SRIOV_NET_SUPPORT_VALUES,
    TPM_SUPPORT_VALUES, VIRTUALIZATION_TYPES, VOLUME_TYPES,
};
pub use request::{build_request, build_request_with, Request, RequestError, CONTENT_TYPE};
pub use response::{parse_response, ReplyError, Response, ResponseError, ResponseErrorKind};
pub use validate::validate;
pub use value::{Value, MAX_DEPTH, MAX_ITEMS, MAX_VALUES};

/// Not an API: what the JavaScript face (the `ec2-register-image-js` crate in this repository)
/// and the fuzz crate reach inside the core. Hidden from the docs, outside semver: it changes
/// with any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::api::summary;
    pub use crate::issue::Piece;
    pub use crate::query::{percent_encode_into, ListWriter, QueryWriter, ValueWriter};
    pub use crate::read::{read, Reading};

    /// `input` as compact JSON (members not set left out), with no serde code in the wasm.
    pub fn to_json(input: &crate::RegisterImageInput) -> String {
        crate::to_json::to_json(input)
    }
}
