//! The JavaScript face of [`ec2_register_image`]: the wasm-bindgen exports that `make pkg`
//! (scripts/build-pkg.mjs) builds into the npm package, and the tape in which JavaScript hands
//! an input to them. Not published: it exists for the npm package, the wasm tests and the fuzz
//! crate. Rust users depend on `ec2-register-image`, which holds no JavaScript.
#![warn(missing_docs)]
#![forbid(unsafe_code)]

/// The JS face's private contract: a JS value as bytes, read into a `Value`.
pub mod tape;
/// The JavaScript face (wasm-bindgen exports).
#[cfg(target_arch = "wasm32")]
mod wasm;
