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

// The core's items under the module paths the files moved out of the core name them by.
#[allow(unused_imports)]
mod api {
    pub(crate) use ec2_register_image::__private::summary;
    pub(crate) use ec2_register_image::{check, Options, ValidationError};
}
#[allow(unused_imports)]
mod fix {
    pub(crate) use ec2_register_image::{Fix, Replacement};
}
#[allow(unused_imports)]
mod issue {
    pub(crate) use ec2_register_image::{Code, Issue, IssuePath, Segment, Severity};
    macro_rules! msg {
        ($($piece:expr),+ $(,)?) => {{
            let mut text = String::new();
            $(ec2_register_image::__private::Piece::push_to($piece, &mut text);)+
            text
        }};
    }
    pub(crate) use msg;
}
#[allow(unused_imports)]
mod response {
    pub(crate) use ec2_register_image::{parse_response, Response};
}
#[allow(unused_imports)]
mod value {
    pub(crate) use ec2_register_image::{Value, MAX_DEPTH};
}
#[allow(unused_imports)]
mod decode {
    pub(crate) use ec2_register_image::parse_body;
}
#[allow(unused_imports)]
mod endpoint {
    pub(crate) use ec2_register_image::{endpoint_url_with as url_with, EndpointOptions};
}
#[allow(unused_imports)]
mod to_json {
    pub(crate) use ec2_register_image::__private::to_json;
}
