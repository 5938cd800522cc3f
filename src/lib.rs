//! Validate an AWS EC2 `RegisterImage` input against every rule AWS documents, and encode it
//! into the exact EC2 Query request body the AWS SDK sends.
//!
//! Give it the input of the `RegisterImage` call, typed ([`RegisterImageInput`]) or as any serde
//! value ([`Value`], such as JSON from a form or a pipeline): it reports every problem at once,
//! each with a path (`BlockDeviceMappings[0].Ebs.Iops`), a stable [`Code`], a message, the AWS
//! documentation page and, when one change surely repairs it, a [`Fix`]. An input with an error
//! never becomes a body; a valid one becomes the body the AWS SDK for JavaScript v3 sends, byte
//! for byte, and a [`Request`] (URL, method, headers, body) for your signer and HTTP client. No
//! I/O, no async, no JavaScript: it builds for any target, `wasm32-unknown-unknown` included.
//!
//! ```sh
//! cargo add ec2-register-image
//! cargo add ec2-register-image --features http   # Request::into_http, for aws-sigv4
//! ```
//!
//! # Example
//!
//! ```
//! use ec2_register_image::{build_request, check, EndpointOptions, Options, Value};
//!
//! // An input as JSON (a form, a pipeline): every problem at once.
//! let value: Value = serde_json::from_str(r#"{"Name": "web 1", "architecture": "X86_64"}"#).unwrap();
//! let checked = check(&value);
//! for issue in &checked.issues {
//!     // error architecture: unknown member "architecture"; did you mean "Architecture"? (UnknownField)
//!     // warning RootDeviceName: give ImageLocation (an S3 manifest) or a RootDeviceName ... (Required)
//!     println!("{} {issue}", issue.severity);
//! }
//! assert_eq!(checked.issues[0].path, "architecture");
//! assert_eq!(checked.issues[0].fix.unwrap().to_string(), "rename to Architecture");
//! assert!(checked.into_body(Options::default()).is_err()); // warnings pass, errors never do
//!
//! // A valid one: the request to sign (SigV4, service "ec2") and send.
//! let value: Value = serde_json::from_str(r#"{"Name": "web-1", "ImageLocation": "b/m.xml"}"#).unwrap();
//! let request = check(&value)
//!     .into_request("us-east-1", Options::default(), EndpointOptions::default())
//!     .unwrap();
//! assert_eq!(request.url, "https://ec2.us-east-1.amazonaws.com/");
//! assert_eq!(request.method, "POST");
//! assert_eq!(request.headers, [("content-type", "application/x-www-form-urlencoded")]);
//! assert_eq!(request.body, "Action=RegisterImage&Version=2016-11-15&Name=web-1&ImageLocation=b%2Fm.xml");
//!
//! // Typed input: build it with `..Default::default()` (a member AWS adds is no breaking change).
//! let input = ec2_register_image::RegisterImageInput {
//!     name: Some("web (2026)".into()),
//!     image_location: Some("my-bucket/web.manifest.xml".into()),
//!     ..Default::default()
//! };
//! let request = build_request(&input, "eu-west-1").unwrap();
//! assert_eq!(request.url, "https://ec2.eu-west-1.amazonaws.com/");
//! ```
//!
//! With the `http` feature, [`Request::into_http`] gives the `http::Request` that `aws-sigv4`
//! signs as it is; the repository's `examples/sign.rs` signs one and sends it (its end-to-end
//! test registers an AMI with [moto](https://docs.getmoto.org/)).
//!
//! # The API at a glance
//!
//! | To | Use |
//! |---|---|
//! | check an untyped input (JSON, a form) | [`check`] → [`Checked`] (`input`, `issues`), then [`Checked::into_body`] or [`Checked::into_request`] |
//! | check a typed input | [`validate`] → `Vec<`[`Issue`]`>` |
//! | encode it | [`encode`], [`encode_with`] ([`Options`]: strict makes warnings block) → the body, or [`ValidationError`] |
//! | build the request | [`build_request`], [`build_request_with`] → [`Request`], or [`RequestError`] |
//! | repair what is sure | [`apply_fixes`] (each issue's [`Fix`]) on a [`Value`] |
//! | read a body back (a gateway) | [`parse_body`] → [`RegisterImageInput`] |
//! | read EC2's reply | [`parse_response`] → [`Response`] (`ImageId`, or EC2's errors), or [`ResponseError`] |
//! | the endpoint alone | [`endpoint_url`], [`endpoint_url_with`] ([`EndpointOptions`]: FIPS, dual-stack) |
//! | walk the members (tools, forms) | [`RegisterImageInput::SHAPE`]: [`Shape`], [`Member`], [`Type`]; the enumerations such as [`VOLUME_TYPES`] |
//! | the service limits, dated | [`limits`] |
//! | which AWS model this release knows | [`AWS_MODEL`] (botocore and SDK versions and dates), [`KNOWN_BY`] |
//!
//! An [`Issue`] is data: an [`IssuePath`] of [`Segment`]s shown three ways (`Display`:
//! `BlockDeviceMappings[0].Ebs.Iops`; [`IssuePath::body`]: `BlockDeviceMapping.1.Ebs.Iops`;
//! [`IssuePath::segments`]), a [`Code`] (`Display` and `FromStr` as `TooLong`), a [`Severity`]
//! (an error blocks; a warning blocks only in strict mode: a limit AWS has changed before, or a
//! value outside a list this release knows, which AWS may have added since and is sent as
//! written; the same letters in another case, `X86_64`, stay an error with its fix), the
//! AWS documentation URL, a message, and maybe a [`Fix`]. Issues, fixes, [`Value`] and
//! [`Response`] serialize with serde.
//!
//! [`Value`] deserializes from any serde format. From JSON text, enable serde_json's
//! `float_roundtrip` so that numbers round as JavaScript's `JSON.parse` rounds them; from a
//! `serde_json::Value` you hold, `Value::deserialize(&json)` (see [`Value`]).
//!
//! # Growth
//!
//! Codes, path segments, fixes, member types, replies and options are `#[non_exhaustive]`: a
//! new one comes in a minor release, so match them with a `_` arm and build [`Options`] and
//! [`EndpointOptions`] with their methods. The model structs are built with
//! `..Default::default()` or field assignment, never a literal naming every field.
//!
//! # Features
//!
//! - `member-docs` (default): the one-line documentation of each member ([`Member::doc`]); off,
//!   the text stays out of a wasm build.
//! - `http`: [`Request::into_http`] and `From<Request> for http::Request<String>` (http 1.x).
//! - `arbitrary`: `Arbitrary` for the model, for fuzzing.
//!
//! The same checks ship to JavaScript as the npm package `ec2-register-image`, built from this
//! crate by a separate one in the [repository](https://github.com/ec2-register-image/ec2-register-image);
//! its README tells the whole story, JavaScript included, and why each rule is an error or a
//! warning is in its `docs/rules.md`.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

// The pipeline, in the order data flows: an input (any serde value as a `Value`, or a JS value
// as the JS face's tape, read where it lies) -> read, collecting issues -> the model -> validate
// -> encode -> the body; and a body -> decode -> the same reader. This file only re-exports and
// documents; no module imports it.

/// The input as an untyped tree: what serde and the body decoder give; `View`, one value as the
/// reader sees it.
mod value;
/// A `Value` (any `read::Source`) -> the model, collecting every reading problem (types,
/// unknown keys).
mod read;
/// The member table: every shape and member once; the model types come from it.
mod model;
/// Message text without `core::fmt`: `msg!`, integers, quoted values.
mod text;
/// Did you mean: the known name nearest to a key or a value.
mod suggest;
/// Where an issue is: paths as data, shown in three styles.
mod path;
/// What an issue is: its code, severity, message, documentation page and sure fix.
mod issue;
/// Collecting issues as the rules descend.
mod collect;
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

pub use api::{check, encode, encode_with, Checked, Options, ValidationError};
pub use decode::parse_body;
pub use encode::{encode_unchecked, API_VERSION};
pub use endpoint::{url as endpoint_url, url_with as endpoint_url_with, EndpointOptions};
pub use fix::apply_fixes;
pub use issue::{Code, Fix, Issue, Replacement, Severity, UnknownCode};
pub use model::{
    AwsModel, BlockDeviceMapping, EbsBlockDevice, Member, RegisterImageInput, Shape, Tag,
    TagSpecification, Type, ARCHITECTURES, AWS_MODEL, BOOT_MODES, DESCRIPTION_MAX_CHARS,
    IMDS_SUPPORT_VALUES, KNOWN_BY, NAME_CHARS, RESOURCE_TYPES, SRIOV_NET_SUPPORT_VALUES,
    TPM_SUPPORT_VALUES, UEFI_DATA_MAX_CHARS, VIRTUALIZATION_TYPES, VOLUME_TYPES,
};
pub use path::{IssuePath, Segment};
pub use request::{build_request, build_request_with, Request, RequestError, CONTENT_TYPE};
pub use response::{parse_response, ReplyError, Response, ResponseError, ResponseErrorKind};
pub use validate::validate;
pub use value::{Value, MAX_DEPTH, MAX_ITEMS, MAX_VALUES};

/// Not an API: what the JavaScript face (the `ec2-register-image-js` crate in this repository)
/// and the fuzz crate reach inside the core. Hidden from the docs, outside semver: it changes
/// with any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::api::{check_reading, check_source, read_source, summary};
    pub use crate::query::{percent_encode_into, ListWriter, QueryWriter, ValueWriter};
    pub use crate::read::{read, Reading, Source};
    pub use crate::text::Piece;
    pub use crate::value::View;

    /// `input` as compact JSON (members not set left out), with no serde code in the wasm.
    pub fn to_json(input: &crate::RegisterImageInput) -> String {
        crate::to_json::to_json(input)
    }
}
