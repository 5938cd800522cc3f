//! Reading EC2's reply to RegisterImage: the `RegisterImageResponse` document or the error
//! document, with a small XML reader (Workers have no `DOMParser`; an XML crate costs size).
//!
//! Shapes (`../shared/spec/register-image.md` §6): success
//! `<RegisterImageResponse xmlns="…"><requestId>…</requestId><imageId>ami-…</imageId></RegisterImageResponse>`;
//! error `<Response><Errors><Error><Code>…</Code><Message>…</Message></Error></Errors><RequestID>…</RequestID></Response>`
//! (note `requestId` in one and `RequestID` in the other).

use ResponseErrorKind::{Incomplete, Malformed};

/// A RegisterImage reply. `Serialize` writes it as the JavaScript face's `parseResponse` returns
/// it: `{"ok": true, "ImageId", "RequestId"}` or `{"ok": false, "Errors": [{"Code", "Message"}],
/// "RequestId"}` (`RequestId` left out when the reply had none). More kinds may come: match with
/// a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Response {
    /// The AMI was registered.
    Registered {
        /// `ami-…`.
        image_id: String,
        /// The request's ID, if the reply had one.
        request_id: Option<String>,
    },
    /// EC2 refused the request (a `DryRun` that would have succeeded is the error `DryRunOperation`).
    Failed {
        /// Each error, in order.
        errors: Vec<ReplyError>,
        /// The request's ID, if the reply had one.
        request_id: Option<String>,
    },
}

/// One error of a refused request, as EC2 names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplyError {
    /// Such as `InvalidParameterValue` or `DryRunOperation`.
    pub code: String,
    /// EC2's text.
    pub message: String,
}

impl ReplyError {
    fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ReplyError {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl serde::Serialize for Response {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        let request_id = match self {
            Response::Registered {
                image_id,
                request_id,
            } => {
                map.serialize_entry("ok", &true)?;
                map.serialize_entry("ImageId", image_id)?;
                request_id
            }
            Response::Failed { errors, request_id } => {
                map.serialize_entry("ok", &false)?;
                map.serialize_entry("Errors", errors)?;
                request_id
            }
        };
        if let Some(id) = request_id {
            map.serialize_entry("RequestId", id)?;
        }
        map.end()
    }
}

/// Why a reply could not be read: what kind of problem, and where (`Display`:
/// `not an EC2 RegisterImage reply: <reason>`).
///
/// ```
/// use ec2_register_image::{parse_response, ResponseErrorKind};
///
/// let err = parse_response("<Response><Errors/></Response>").unwrap_err();
/// assert_eq!(err.kind(), ResponseErrorKind::Incomplete);
/// assert_eq!(err.reason(), "<Response> has no <Errors><Error>");
/// assert_eq!(err.to_string(), "not an EC2 RegisterImage reply: <Response> has no <Errors><Error>");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an EC2 RegisterImage reply: {reason}")]
pub struct ResponseError {
    kind: ResponseErrorKind,
    reason: String,
}

/// What kind of problem a [`ResponseError`] is. More may come: match with a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseErrorKind {
    /// Not well-formed XML (an unclosed element, an unknown entity, ...).
    Malformed,
    /// XML of another kind: its root is neither `RegisterImageResponse` nor `Response`.
    NotRegisterImage,
    /// The right document with a part missing (no `imageId`, no `Error`).
    Incomplete,
}

impl ResponseError {
    fn new(kind: ResponseErrorKind, reason: impl Into<String>) -> Self {
        ResponseError {
            kind,
            reason: reason.into(),
        }
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> ResponseErrorKind {
        self.kind
    }

    /// What is wrong, such as `<Response> has no <Errors><Error>`.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// Reads an EC2 RegisterImage reply (the HTTP body, success or error).
///
/// ```
/// use ec2_register_image::{parse_response, Response};
///
/// let xml = r#"<RegisterImageResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
///   <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
///   <imageId>ami-1a2b3c4d</imageId>
/// </RegisterImageResponse>"#;
/// assert_eq!(parse_response(xml).unwrap(), Response::Registered {
///     image_id: "ami-1a2b3c4d".into(),
///     request_id: Some("59dbff89-35bd-4eac-99ed-be587EXAMPLE".into()),
/// });
/// ```
pub fn parse_response(xml: &str) -> Result<Response, ResponseError> {
    let root = parse_document(xml)?;
    match root.local_name() {
        "RegisterImageResponse" => Ok(Response::Registered {
            image_id: root.child("imageId").map(Element::text).ok_or_else(|| {
                ResponseError::new(Incomplete, "<RegisterImageResponse> has no <imageId>")
            })?,
            request_id: root.child("requestId").map(Element::text),
        }),
        "Response" => {
            let errors: Vec<ReplyError> = root
                .child("Errors")
                .map(|errors| {
                    errors
                        .children
                        .iter()
                        .filter(|e| e.local_name() == "Error")
                        .map(|e| {
                            let field = |name| e.child(name).map(Element::text).unwrap_or_default();
                            ReplyError::new(field("Code"), field("Message"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            if errors.is_empty() {
                return Err(ResponseError::new(
                    Incomplete,
                    "<Response> has no <Errors><Error>",
                ));
            }
            let request_id = root
                .child("RequestID")
                .or_else(|| root.child("RequestId"))
                .map(Element::text);
            Ok(Response::Failed { errors, request_id })
        }
        other => Err(ResponseError::new(
            ResponseErrorKind::NotRegisterImage,
            format!("the root element is <{other}>, not <RegisterImageResponse> or <Response>"),
        )),
    }
}

/// An element: its name, its text (all text children, entities decoded) and child elements.
#[derive(Debug, Default)]
struct Element {
    name: String,
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn local_name(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.local_name() == name)
    }

    fn text(&self) -> String {
        self.text.trim().to_owned()
    }
}

/// Elements nested deeper than this are refused (an EC2 reply is 4 deep).
const MAX_DEPTH: usize = 32;

/// Parses one XML document into its root element, iteratively. Attributes, comments,
/// processing instructions and the doctype are skipped; entities and CDATA are decoded.
fn parse_document(xml: &str) -> Result<Element, ResponseError> {
    let err = |what: &str| ResponseError::new(Malformed, what);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut rest = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after
                .find("-->")
                .map(|i| &after[i + 3..])
                .ok_or_else(|| err("an unterminated comment"))?;
        } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after
                .find("]]>")
                .ok_or_else(|| err("an unterminated CDATA section"))?;
            match stack.last_mut() {
                Some(open) => open.text.push_str(&after[..end]),
                None => return Err(err("text outside the root element")),
            }
            rest = &after[end + 3..];
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            rest = rest
                .find('>')
                .map(|i| &rest[i + 1..])
                .ok_or_else(|| err("an unterminated declaration"))?;
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after
                .find('>')
                .ok_or_else(|| err("an unterminated end tag"))?;
            let name = after[..end].trim();
            let element = stack
                .pop()
                .ok_or_else(|| err("an end tag with no start tag"))?;
            if element.name != name {
                return Err(ResponseError::new(
                    Malformed,
                    format!("</{name}> closes <{}>", element.name),
                ));
            }
            close(element, &mut stack, &mut root)?;
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = tag_end(after).ok_or_else(|| err("an unterminated start tag"))?;
            let tag = &after[..end];
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
            let name = &tag[..name_end];
            if name.is_empty() {
                return Err(err("a tag with no name"));
            }
            if root.is_some() {
                return Err(err("more than one root element"));
            }
            if stack.len() >= MAX_DEPTH {
                return Err(err("elements nested deeper than 32 levels"));
            }
            let element = Element {
                name: name.to_owned(),
                ..Element::default()
            };
            if self_closing {
                close(element, &mut stack, &mut root)?;
            } else {
                stack.push(element);
            }
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            match stack.last_mut() {
                Some(open) => decode_entities(text, &mut open.text)?,
                None if text.trim().is_empty() => {}
                None => return Err(err("text outside the root element")),
            }
            rest = &rest[end..];
        }
    }
    if let Some(open) = stack.last() {
        return Err(ResponseError::new(
            Malformed,
            format!("<{}> is not closed", open.name),
        ));
    }
    root.ok_or_else(|| err("no root element"))
}

fn close(
    element: Element,
    stack: &mut [Element],
    root: &mut Option<Element>,
) -> Result<(), ResponseError> {
    match stack.last_mut() {
        Some(parent) => parent.children.push(element),
        None => *root = Some(element),
    }
    Ok(())
}

/// The index of the `>` that ends a start tag, skipping `>` inside quoted attribute values.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Appends `text` with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and `&#…;` decoded.
fn decode_entities(text: &str, out: &mut String) -> Result<(), ResponseError> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .filter(|i| *i <= 10)
            .ok_or_else(|| ResponseError::new(Malformed, "an unterminated entity"))?;
        let entity = &after[..semi];
        let c = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        out.push(c.ok_or_else(|| {
            ResponseError::new(Malformed, format!("an unknown entity &{entity};"))
        })?);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_error_reply() {
        // ../shared/spec/register-image.md §6, from the EC2 API Reference's errors page.
        let xml = "<Response>\n    <Errors>\n         <Error>\n           <Code>InvalidInstanceID.NotFound</Code>\n           <Message>The instance ID 'i-1a2b3c4d' does not exist</Message>\n         </Error>\n    </Errors>\n    <RequestID>ea966190-f9aa-478e-9ede-example</RequestID>\n</Response>";
        assert_eq!(
            parse_response(xml).unwrap(),
            Response::Failed {
                errors: vec![ReplyError::new(
                    "InvalidInstanceID.NotFound",
                    "The instance ID 'i-1a2b3c4d' does not exist"
                )],
                request_id: Some("ea966190-f9aa-478e-9ede-example".into()),
            }
        );
    }

    #[test]
    fn entities_cdata_comments_and_declarations() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><!-- hi --><Response><Errors><Error><Code>A&amp;B</Code><Message>&lt;x&gt; &#233;&#x1F600; <![CDATA[<raw> & ]]>ok</Message></Error><Error><Code>Second</Code></Error></Errors><RequestID>r</RequestID></Response>"#;
        assert_eq!(
            parse_response(xml).unwrap(),
            Response::Failed {
                errors: vec![
                    ReplyError::new("A&B", "<x> é😀 <raw> & ok"),
                    ReplyError::new("Second", "")
                ],
                request_id: Some("r".into()),
            }
        );
    }

    #[test]
    fn anything_else_is_a_clear_error() {
        for (xml, why) in [
            ("", "no root element"),
            (
                "<html><body>502</body></html>",
                "the root element is <html>, not <RegisterImageResponse> or <Response>",
            ),
            (
                "<RegisterImageResponse><requestId>r</requestId></RegisterImageResponse>",
                "<RegisterImageResponse> has no <imageId>",
            ),
            (
                "<Response><Errors></Errors></Response>",
                "<Response> has no <Errors><Error>",
            ),
            ("<a><b></a>", "</a> closes <b>"),
            ("<a>", "<a> is not closed"),
            ("<a>&bogus;</a>", "an unknown entity &bogus;"),
            ("<a></a><b></b>", "more than one root element"),
            ("oops", "text outside the root element"),
        ] {
            let err = parse_response(xml).unwrap_err();
            assert_eq!(err.reason(), why, "{xml}");
            let kind = match why {
                w if w.starts_with("the root element") => ResponseErrorKind::NotRegisterImage,
                w if w.contains(" has no ") => ResponseErrorKind::Incomplete,
                _ => ResponseErrorKind::Malformed,
            };
            assert_eq!(err.kind(), kind, "{xml}");
        }
        let deep = "<a>".repeat(100_000);
        assert_eq!(
            parse_response(&deep).map_err(|e| (e.kind(), e.reason().to_owned())),
            Err((
                ResponseErrorKind::Malformed,
                "elements nested deeper than 32 levels".into()
            ))
        );
    }

    #[test]
    fn serializes_as_the_javascript_face_returns_it() {
        let ok = Response::Registered {
            image_id: "ami-1".into(),
            request_id: None,
        };
        assert_eq!(
            serde_json::to_string(&ok).unwrap(),
            r#"{"ok":true,"ImageId":"ami-1"}"#
        );
        let failed = Response::Failed {
            errors: vec![ReplyError::new("DryRunOperation", "would succeed")],
            request_id: Some("r-1".into()),
        };
        assert_eq!(
            serde_json::to_string(&failed).unwrap(),
            r#"{"ok":false,"Errors":[{"Code":"DryRunOperation","Message":"would succeed"}],"RequestId":"r-1"}"#
        );
    }

    /// The Smithy ec2Query error-response tests (tests/data/ec2query-response-tests.json).
    #[test]
    fn smithy_ec2_query_error_responses() {
        let suite: serde_json::Value =
            serde_json::from_str(include_str!("../tests/data/ec2query-response-tests.json"))
                .unwrap();
        let mut ran = 0;
        for t in suite["httpResponseTests"].as_array().unwrap() {
            let Some(code) = t["vendorParams"]["code"].as_str() else {
                continue;
            };
            let Response::Failed { errors, request_id } =
                parse_response(t["body"].as_str().unwrap()).unwrap()
            else {
                panic!("{}: not an error", t["id"]);
            };
            // Both bodies say <Message>Hi</Message>; extra members (ComplexError's) are ignored.
            assert_eq!(errors, [ReplyError::new(code, "Hi")], "{}", t["id"]);
            assert_eq!(request_id.as_deref(), Some("foo-id"), "{}", t["id"]);
            ran += 1;
        }
        assert_eq!(ran, 2);
    }
}
