//! The request to send: what the JavaScript face's `buildRequest` returns, for Rust.

use crate::api::{Checked, Options, ValidationError};
use crate::endpoint::{url_with, EndpointOptions};
use crate::model::RegisterImageInput;

/// The content type of every EC2 Query request body.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// A RegisterImage request ready to sign and send (as the JavaScript face's `buildRequest`
/// gives it): `POST` to the region's EC2 endpoint with the Query body. Signing (SigV4, service
/// `ec2`) is the caller's: with the `http` feature, [`Request::into_http`] gives an
/// `http::Request` that `aws-sigv4` signs as it is.
///
/// ```
/// use ec2_register_image::{build_request, RegisterImageInput};
///
/// let input = RegisterImageInput {
///     name: Some("web".into()),
///     image_location: Some("my-bucket/web.manifest.xml".into()),
///     ..Default::default()
/// };
/// let request = build_request(&input, "eu-west-1").unwrap();
/// assert_eq!(request.url, "https://ec2.eu-west-1.amazonaws.com/");
/// assert_eq!(request.method, "POST");
/// assert_eq!(request.headers, [("content-type", "application/x-www-form-urlencoded")]);
/// assert_eq!(
///     request.body,
///     "Action=RegisterImage&Version=2016-11-15&Name=web&ImageLocation=my-bucket%2Fweb.manifest.xml"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Request {
    /// The EC2 endpoint, such as `https://ec2.us-east-1.amazonaws.com/`.
    pub url: String,
    /// `POST`.
    pub method: &'static str,
    /// The headers the body needs (lower-case names): the content type. The signer adds its own.
    pub headers: Vec<(&'static str, &'static str)>,
    /// The Query body (`Action=RegisterImage&Version=2016-11-15&...`).
    pub body: String,
}

/// Why no request was built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// The input has errors (or, in strict mode, warnings): never a body.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// The region is not a region name (lower-case letters, digits and dashes, at most 64).
    #[error("ec2-register-image: region must be a region name such as \"us-east-1\"; got {0:?}")]
    Region(String),
}

impl Request {
    fn new(
        region: &str,
        endpoint: EndpointOptions,
        body: impl FnOnce() -> Result<String, ValidationError>,
    ) -> Result<Request, RequestError> {
        // The region first, as the JavaScript face checks it.
        let url =
            url_with(region, endpoint).ok_or_else(|| RequestError::Region(region.to_owned()))?;
        Ok(Request {
            url,
            method: "POST",
            headers: vec![("content-type", CONTENT_TYPE)],
            body: body()?,
        })
    }

    /// The request as an `http::Request` (http 1.x): method, URI, the content type, and the body
    /// as a `String`, ready for `aws-sigv4`'s `SignableRequest` and any HTTP client.
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    pub fn into_http(self) -> http::Request<String> {
        let mut request = http::Request::new(self.body);
        *request.method_mut() = http::Method::POST;
        // An endpoint URL is `https://` and a host of region-name characters: always a URI.
        *request.uri_mut() = self.url.parse().unwrap_or_default();
        for (name, value) in self.headers {
            request
                .headers_mut()
                .insert(name, http::HeaderValue::from_static(value));
        }
        request
    }
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<Request> for http::Request<String> {
    fn from(request: Request) -> Self {
        request.into_http()
    }
}

/// Validates `input` and builds the request for `region` (see [`Request`]); errors block it,
/// warnings do not (see [`build_request_with`]).
pub fn build_request(input: &RegisterImageInput, region: &str) -> Result<Request, RequestError> {
    build_request_with(
        input,
        region,
        Options::default(),
        EndpointOptions::default(),
    )
}

/// [`build_request`] with options: `strict` makes warnings block too; the endpoint may be FIPS
/// and/or dual-stack.
pub fn build_request_with(
    input: &RegisterImageInput,
    region: &str,
    options: Options,
    endpoint: EndpointOptions,
) -> Result<Request, RequestError> {
    Request::new(region, endpoint, || crate::api::encode_with(input, options))
}

impl Checked {
    /// The request for `region`, unless an issue blocks the body (see [`Request`]).
    pub fn into_request(
        self,
        region: &str,
        options: Options,
        endpoint: EndpointOptions,
    ) -> Result<Request, RequestError> {
        Request::new(region, endpoint, || self.into_body(options))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::check;
    use crate::value::Value;

    #[test]
    fn a_bad_region_is_refused_before_the_input() {
        let err = build_request(&RegisterImageInput::default(), "evil.com/x").unwrap_err();
        assert_eq!(err, RequestError::Region("evil.com/x".into()));
        assert_eq!(
            err.to_string(),
            r#"ec2-register-image: region must be a region name such as "us-east-1"; got "evil.com/x""#
        );
    }

    #[test]
    fn an_input_with_an_error_gets_no_request() {
        let value: Value = serde_json::from_str(r#"{"Name": "x#"}"#).unwrap();
        let Err(RequestError::Invalid(e)) =
            check(&value).into_request("us-east-1", Options::default(), EndpointOptions::default())
        else {
            panic!("a request for an invalid input");
        };
        let codes: Vec<_> = e.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(codes, ["TooShort", "InvalidCharacter", "Required"]);
    }

    #[test]
    fn strict_and_the_endpoint_options() {
        let input = RegisterImageInput {
            name: Some("web".into()),
            ..Default::default()
        };
        let fips = EndpointOptions::default().fips(true).dual_stack(true);
        let request = build_request_with(&input, "us-east-2", Options::default(), fips).unwrap();
        assert_eq!(request.url, "https://ec2-fips.us-east-2.api.aws/");
        assert_eq!(
            request.body,
            "Action=RegisterImage&Version=2016-11-15&Name=web"
        );
        let strict = Options::default().strict(true);
        assert!(matches!(
            build_request_with(&input, "us-east-2", strict, fips),
            Err(RequestError::Invalid(_))
        ));
    }

    #[cfg(feature = "http")]
    #[test]
    fn as_an_http_request() {
        let input = RegisterImageInput {
            name: Some("web".into()),
            image_location: Some("b/m.xml".into()),
            ..Default::default()
        };
        let request = build_request(&input, "cn-north-1").unwrap().into_http();
        assert_eq!(request.method(), http::Method::POST);
        assert_eq!(request.uri(), "https://ec2.cn-north-1.amazonaws.com.cn/");
        assert_eq!(request.headers()["content-type"], CONTENT_TYPE);
        assert_eq!(request.headers().len(), 1);
        assert_eq!(
            request.body(),
            "Action=RegisterImage&Version=2016-11-15&Name=web&ImageLocation=b%2Fm.xml"
        );
    }
}
