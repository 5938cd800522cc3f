//! Where an issue is: an [`IssuePath`] of [`Segment`]s, data until shown in one of three styles.

use crate::model::{body_name, RegisterImageInput};
use crate::text::{msg, push_number, Piece};
use serde::Serialize;
use std::fmt;

/// Where an issue is: member names and list indexes from the top of the input, kept as data and
/// rendered only when shown, in one of three styles: JavaScript (`Display`:
/// `BlockDeviceMappings[0].Ebs.Iops`), the Query body ([`IssuePath::body`]:
/// `BlockDeviceMapping.1.Ebs.Iops`) and a list of keys ([`IssuePath::segments`]).
///
/// ```
/// use ec2_register_image::{IssuePath, Segment};
///
/// let path = IssuePath::from(vec![
///     Segment::Member("BlockDeviceMappings".into()),
///     Segment::Index(0),
///     Segment::Member("Ebs".into()),
/// ]);
/// assert_eq!(path.to_string(), "BlockDeviceMappings[0].Ebs");
/// assert_eq!(path.body(), "BlockDeviceMapping.1.Ebs");
/// assert_eq!(path, "BlockDeviceMappings[0].Ebs");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct IssuePath(Vec<Segment>);

/// One step of an [`IssuePath`]. More kinds may come: match with a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Segment {
    /// A member, by its name in the input (or an unknown key as given).
    Member(String),
    /// A list item, 0-based.
    Index(usize),
    /// A Query body parameter as the client wrote it, for a body whose parameter names no place
    /// of the input (`BlockDeviceMapping.0`); shown as it is in every style.
    Parameter(String),
}

impl IssuePath {
    /// The steps, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// True for the input itself.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The Query body parameter this path names: list members under their body name with
    /// 1-based indexes (`BlockDeviceMapping.1.Ebs.Iops`), cut after 100 characters (a parameter
    /// name is the client's text).
    pub fn body(&self) -> String {
        let mut out = String::new();
        let mut shape = Some(&RegisterImageInput::SHAPE);
        for segment in &self.0 {
            if !out.is_empty() {
                out.push('.');
            }
            match segment {
                Segment::Member(name) => {
                    let member = shape.and_then(|s| s.member(name)).map(|(_, m)| m);
                    // An unknown member that is a list elsewhere came from that list's body name.
                    out.push_str(member.map_or_else(|| body_name(name), |m| m.wire));
                    shape = member.and_then(|m| m.ty.shape());
                }
                Segment::Index(n) => push_number(&mut out, (n + 1) as u64),
                Segment::Parameter(text) => {
                    out.push_str(text);
                    shape = None;
                }
            }
        }
        cut_parameter(&out)
    }

    /// The path as `Display` shows it (`BlockDeviceMappings[0].Ebs.Iops`), made without
    /// `core::fmt`: the wasm calls this, not `to_string`. Hidden: the JS face's, not an API.
    #[doc(hidden)]
    pub fn text(&self) -> String {
        segments_text(&self.0)
    }

    /// This path with list indexes put back as the input had them (see `Reading::remap`).
    pub(crate) fn map_indexes(&mut self, mut map: impl FnMut(&[Segment], usize) -> usize) {
        for k in 0..self.0.len() {
            if let Segment::Index(n) = self.0[k] {
                let original = map(&self.0[..k], n);
                self.0[k] = Segment::Index(original);
            }
        }
    }
}

/// Segments as `Display` shows a path (`BlockDeviceMappings[0].Ebs.Iops`): also a path's prefix,
/// with no `IssuePath` made for it.
pub(crate) fn segments_text(segments: &[Segment]) -> String {
    // Pieces appended by `Piece::push_to`, a call each, as in `text::quote`.
    let mut out = String::new();
    for (n, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Member(name) | Segment::Parameter(name) => {
                if n > 0 {
                    '.'.push_to(&mut out);
                }
                name.push_to(&mut out);
            }
            Segment::Index(i) => {
                '['.push_to(&mut out);
                i.push_to(&mut out);
                ']'.push_to(&mut out);
            }
        }
    }
    out
}

impl From<Vec<Segment>> for IssuePath {
    fn from(segments: Vec<Segment>) -> Self {
        IssuePath(segments)
    }
}

impl From<IssuePath> for String {
    fn from(path: IssuePath) -> String {
        path.text()
    }
}

impl fmt::Display for IssuePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Compares the path as shown (`Display`) with `other`.
impl PartialEq<str> for IssuePath {
    fn eq(&self, other: &str) -> bool {
        self.text() == other
    }
}

impl PartialEq<&str> for IssuePath {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A body parameter name is the client's text: cut after 100 characters, like a quoted value, so
/// that a 10 MB name does not make a 10 MB path.
pub(crate) fn cut_parameter(text: &str) -> String {
    match text.char_indices().nth(100) {
        Some((end, _)) => msg!(text.get(..end).unwrap_or_default(), "..."),
        None => text.to_owned(),
    }
}
