//! `parse_response` (the XML reader for EC2's replies) on any text: no panic, no hang, and a
//! reply it accepts has what it promises (an image ID; at least one error). Then a reply written
//! from arbitrary parts, with entities, CDATA, comments, a declaration, namespace prefixes and
//! whitespace, reads back to exactly those parts.
#![no_main]

use arbitrary::Arbitrary;
use ec2_register_image::{parse_response, ReplyError, Response};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    raw: &'a str,
    reply: Reply,
    style: Style,
}

#[derive(Debug, Arbitrary)]
enum Reply {
    Registered {
        image_id: String,
        request_id: Option<String>,
    },
    Failed {
        errors: Vec<(String, String)>,
        request_id: Option<String>,
        id_spelling: bool,
    },
}

#[derive(Debug, Arbitrary)]
struct Style {
    declaration: bool,
    comment: bool,
    prefix: bool,
    cdata: bool,
    numeric: bool,
    indent: u8,
}

/// Text as XML would carry it: escaped one way or another.
fn text(s: &str, style: &Style) -> String {
    if style.cdata && !s.contains("]]>") {
        return format!("<![CDATA[{s}]]>");
    }
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if style.numeric && !c.is_ascii_alphanumeric() => {
                out.push_str(&format!("&#x{:X};", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out
}

fn element(name: &str, content: &str, style: &Style) -> String {
    let name = if style.prefix {
        format!("ec2:{name}")
    } else {
        name.to_string()
    };
    let pad = " ".repeat(usize::from(style.indent % 4));
    format!("{pad}<{name}>{content}</{name}>{pad}")
}

fn write(reply: &Reply, style: &Style) -> String {
    let mut xml = String::new();
    if style.declaration {
        xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    if style.comment {
        xml.push_str("<!-- reply -->");
    }
    let t = |s: &str| text(s, style);
    let body = match reply {
        Reply::Registered {
            image_id,
            request_id,
        } => {
            let mut inner = String::new();
            if let Some(r) = request_id {
                inner.push_str(&element("requestId", &t(r), style));
            }
            inner.push_str(&element("imageId", &t(image_id), style));
            let name = if style.prefix {
                "ec2:RegisterImageResponse"
            } else {
                "RegisterImageResponse"
            };
            format!(
                "<{name} xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\" a='>'>{inner}</{name}>"
            )
        }
        Reply::Failed {
            errors,
            request_id,
            id_spelling,
        } => {
            let list: String = errors
                .iter()
                .map(|(c, m)| {
                    element(
                        "Error",
                        &(element("Code", &t(c), style) + &element("Message", &t(m), style)),
                        style,
                    )
                })
                .collect();
            let mut inner = element("Errors", &list, style);
            if let Some(r) = request_id {
                inner.push_str(&element(
                    if *id_spelling {
                        "RequestID"
                    } else {
                        "RequestId"
                    },
                    &t(r),
                    style,
                ));
            }
            element("Response", &inner, style)
        }
    };
    xml.push_str(&body);
    xml.push('\n');
    xml
}

fuzz_target!(|input: Input| {
    match parse_response(input.raw) {
        Ok(Response::Registered { image_id, .. }) => assert_eq!(image_id.trim(), image_id),
        Ok(Response::Failed { errors, .. }) => assert!(!errors.is_empty()),
        Ok(other) => panic!("a kind of reply this target does not know: {other:?}"),
        Err(e) => assert!(e
            .to_string()
            .starts_with("not an EC2 RegisterImage reply: ")),
    }

    let xml = write(&input.reply, &input.style);
    let got = parse_response(&xml);
    let trim = |s: &String| s.trim().to_string();
    match &input.reply {
        Reply::Registered {
            image_id,
            request_id,
        } => assert_eq!(
            got,
            Ok(Response::Registered {
                image_id: trim(image_id),
                request_id: request_id.as_ref().map(trim)
            }),
            "{xml}"
        ),
        Reply::Failed { errors, .. } if errors.is_empty() => assert!(got.is_err(), "{xml}"),
        Reply::Failed {
            errors, request_id, ..
        } => assert_eq!(
            got,
            Ok(Response::Failed {
                errors: errors
                    .iter()
                    .map(|(c, m)| ReplyError {
                        code: trim(c),
                        message: trim(m),
                    })
                    .collect(),
                request_id: request_id.as_ref().map(trim),
            }),
            "{xml}"
        ),
    }
});
