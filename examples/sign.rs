//! A Rust server's way to register an AMI: reads an input as JSON on standard input, checks it,
//! builds the request, signs it with AWS's `aws-sigv4` (SigV4, service `ec2`) and sends it;
//! prints the issues on standard error and EC2's reply as JSON on standard output.
//!
//! ```sh
//! echo '{"Name": "my-ami", "ImageLocation": "bucket/image.manifest.xml"}' |
//!   AWS_ENDPOINT_URL=http://127.0.0.1:5000 cargo run --example sign --features http
//! ```
//!
//! Credentials and region from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_SESSION_TOKEN` and `AWS_REGION` (default `us-east-1`); `AWS_ENDPOINT_URL` sends to
//! another endpoint (moto, in `pkg-template/test/moto.test.mjs`), signed for it as the AWS SDKs
//! do. To stay free of an HTTP client, the example speaks plain HTTP/1.1 itself, so it reaches
//! only an `http://` endpoint; against AWS, hand the same signed `http::Request` to your client
//! (reqwest, hyper, ...).

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use ec2_register_image::{check, parse_response, EndpointOptions, Options, Value};
use std::io::{Read, Write};
use std::time::SystemTime;

type Error = Box<dyn std::error::Error>;

fn main() {
    if let Err(e) = run() {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Error> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let mut json = String::new();
    std::io::stdin().read_to_string(&mut json)?;
    let value: Value = serde_json::from_str(&json)?;

    let checked = check(&value);
    for issue in &checked.issues {
        eprintln!("{} {issue}", issue.severity);
    }
    let region = env("AWS_REGION").unwrap_or_else(|| "us-east-1".into());
    // Refused here when an issue blocks the body: an invalid input never reaches EC2.
    let mut request = checked
        .into_request(&region, Options::default(), EndpointOptions::default())?
        .into_http();
    if let Some(endpoint) = env("AWS_ENDPOINT_URL") {
        *request.uri_mut() = endpoint.parse()?;
    }

    let identity = Credentials::new(
        env("AWS_ACCESS_KEY_ID").ok_or("AWS_ACCESS_KEY_ID is not set")?,
        env("AWS_SECRET_ACCESS_KEY").ok_or("AWS_SECRET_ACCESS_KEY is not set")?,
        env("AWS_SESSION_TOKEN"),
        None,
        "environment",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(&region)
        .name("ec2")
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()?
        .into();
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| Ok((name.as_str(), value.to_str()?)))
        .collect::<Result<Vec<_>, Error>>()?;
    let signable = SignableRequest::new(
        request.method().as_str(),
        request.uri().to_string(),
        headers.into_iter(),
        SignableBody::Bytes(request.body().as_bytes()),
    )?;
    let (instructions, _signature) = sign(signable, &params)?.into_parts();
    instructions.apply_to_request_http1x(&mut request);

    let (status, reply) = send(&request)?;
    eprintln!("HTTP {status}");
    // EC2's XML read into a Response, written as JSON ({"ok": true, "ImageId": "ami-..."}).
    println!("{}", serde_json::to_string(&parse_response(&reply)?)?);
    Ok(())
}

/// Sends `request` over plain HTTP/1.1 (`Connection: close`) and returns the status and body.
fn send(request: &http::Request<String>) -> Result<(u16, String), Error> {
    let uri = request.uri();
    if uri.scheme_str() != Some("http") {
        return Err(
            format!("this example speaks plain HTTP only; use an HTTP client for {uri}").into(),
        );
    }
    let authority = uri.authority().ok_or("no host in the endpoint URL")?;
    let mut stream =
        std::net::TcpStream::connect((authority.host(), authority.port_u16().unwrap_or(80)))?;
    let mut head = format!(
        "{} {} HTTP/1.1\r\nhost: {authority}\r\n",
        request.method(),
        uri.path()
    );
    for (name, value) in request.headers() {
        head += &format!("{name}: {}\r\n", value.to_str()?);
    }
    head += &format!(
        "content-length: {}\r\nconnection: close\r\n\r\n",
        request.body().len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(request.body().as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or("no end of the reply's headers")?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        return Err("a chunked reply: use an HTTP client".into());
    }
    Ok((status, body.to_owned()))
}
