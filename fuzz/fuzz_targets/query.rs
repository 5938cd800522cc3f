//! The Query writer: `percent_encode_into` on any string (appending to any text), and
//! `QueryWriter` on any tree of structures, lists and values. Only unreserved characters and
//! upper-case `%XX` escapes are written for a value, they decode back to its UTF-8 bytes, and a
//! standard form decoder gives back exactly the pairs written.
#![no_main]

use arbitrary::Arbitrary;
use ec2_register_image::__private::{percent_encode_into, QueryWriter, ValueWriter};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Node {
    Str(String),
    Bool(bool),
    Int(i64),
    Float(f64),
    Struct(Vec<(u8, Node)>),
    List(Vec<Node>),
}

/// Member names are the schema's, not input: unreserved characters only.
const NAMES: &[&str] = &[
    "Name",
    "Tag",
    "Ebs",
    "Key",
    "Value",
    "BlockDeviceMapping",
    "x_y-z~",
];

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    before: &'a str,
    value: &'a str,
    action: &'a str,
    version: &'a str,
    tree: Vec<(u8, Node)>,
}

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

fn write(w: ValueWriter, key: &str, node: &Node, expected: &mut Vec<(String, String)>) {
    match node {
        Node::Str(s) => {
            w.string(s);
            expected.push((key.into(), s.clone()));
        }
        Node::Bool(b) => {
            w.boolean(*b);
            expected.push((key.into(), b.to_string()));
        }
        Node::Int(n) => {
            w.integer(*n);
            expected.push((key.into(), n.to_string()));
        }
        Node::Float(f) => {
            w.float(*f);
            let text = if f.is_nan() {
                "NaN".to_string()
            } else if f.is_infinite() {
                if *f > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
            } else {
                f.to_string()
            };
            expected.push((key.into(), text));
        }
        Node::Struct(members) => members_of(w, key, members, expected),
        Node::List(items) => {
            let mut list = w.list();
            for (i, item) in items.iter().enumerate() {
                write(list.entry(), &format!("{key}.{}", i + 1), item, expected);
            }
        }
    }
}

fn members_of(
    mut w: ValueWriter,
    key: &str,
    members: &[(u8, Node)],
    expected: &mut Vec<(String, String)>,
) {
    for (name, node) in members {
        let name = NAMES[usize::from(*name) % NAMES.len()];
        let key = if key.is_empty() {
            name.to_string()
        } else {
            format!("{key}.{name}")
        };
        write(w.prefix(name), &key, node, expected);
    }
}

fuzz_target!(|input: Input| {
    // percent_encode_into appends, whatever is already there.
    let mut out = input.before.to_string();
    percent_encode_into(&mut out, input.value);
    let encoded = out
        .strip_prefix(input.before)
        .expect("what was there is kept");
    let mut reference = String::new();
    for &b in input.value.as_bytes() {
        if unreserved(b) {
            reference.push(char::from(b));
        } else {
            reference.push_str(&format!("%{b:02X}"));
        }
    }
    assert_eq!(encoded, reference);
    let decoded: Vec<u8> = form_urlencoded::parse(format!("k={encoded}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned().into_bytes())
        .unwrap_or_default();
    assert_eq!(decoded, input.value.as_bytes());

    // The writer: a tree in, exactly its pairs out.
    let mut body = String::new();
    let mut writer = QueryWriter::new(&mut body, input.action, input.version);
    let mut expected = vec![
        ("Action".to_string(), input.action.to_string()),
        ("Version".to_string(), input.version.to_string()),
    ];
    members_of(writer.root(), "", &input.tree, &mut expected);
    drop(writer);
    assert!(
        body.bytes().all(|b| unreserved(b) || b"%&=".contains(&b)),
        "{body:?}"
    );
    let decoded: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(decoded, expected);
});
