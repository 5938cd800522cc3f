//! Collecting issues as the rules descend: the place in the input built on the stack, the
//! collector, and the merge of two steps' issues.

use crate::issue::{Code, Fix, Issue, Severity};
use crate::path::{IssuePath, Segment};

/// A place in the input, built on the stack as rules descend and made into an [`IssuePath`]
/// only when an issue is reported.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// How many keys and indexes lead here from the top.
    pub fn depth(&self) -> usize {
        match self {
            Path::Root => 0,
            Path::Key(parent, _) | Path::Index(parent, _) => parent.depth() + 1,
        }
    }

    pub fn path(&self) -> IssuePath {
        let mut segments = Vec::new();
        self.collect(&mut segments);
        IssuePath::from(segments)
    }

    fn collect(&self, out: &mut Vec<Segment>) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.collect(out);
                out.push(Segment::Member((*key).to_owned()));
            }
            Path::Index(parent, index) => {
                parent.collect(out);
                out.push(Segment::Index(*index));
            }
        }
    }
}

/// Collects issues in the order they are found.
#[derive(Default)]
pub(crate) struct Issues(pub Vec<Issue>);

impl Issues {
    pub fn error(&mut self, path: &Path, code: Code, message: impl Into<String>) {
        self.push(path, code, message.into(), Severity::Error);
    }

    pub fn warning(&mut self, path: &Path, code: Code, message: impl Into<String>) {
        self.push(path, code, message.into(), Severity::Warning);
    }

    /// A warning explained by `page` rather than by its member's page: a service limit on the
    /// page that states it, advice on the page that gives it.
    pub fn warning_see(
        &mut self,
        page: &'static str,
        path: &Path,
        code: Code,
        message: impl Into<String>,
    ) {
        self.push(path, code, message.into(), Severity::Warning);
        if let Some(issue) = self.0.last_mut() {
            issue.docs = page;
        }
    }

    /// An error that `fix` (if any) surely repairs.
    pub fn error_fixed(&mut self, path: &Path, code: Code, message: String, fix: Option<Fix>) {
        self.push(path, code, message, Severity::Error);
        if let Some(issue) = self.0.last_mut() {
            issue.fix = fix;
        }
    }

    fn push(&mut self, path: &Path, code: Code, message: String, severity: Severity) {
        self.0
            .push(Issue::new(path.path(), code, message, severity));
    }
}

/// Appends the issues of `later` at paths `issues` has no issue for yet: a member reported once
/// (unreadable, or a body parameter refused) is not reported again by a later step. Looked up
/// in a map, not by a scan per issue: that was quadratic (100,000 list items took 30 s). `key`
/// says what "the same place" means (the path as shown, or the body parameter it names); the
/// map is the one the rules use, so no new code in the wasm.
pub(crate) fn append_unreported(
    issues: &mut Vec<Issue>,
    mut later: Vec<Issue>,
    key: impl Fn(&Issue) -> String,
) {
    if issues.is_empty() {
        *issues = later;
        return;
    }
    let keys: Vec<String> = issues.iter().map(&key).collect();
    let mut reported = crate::seen::FirstSeen::new();
    for (n, k) in keys.iter().enumerate() {
        reported.first(k.as_str(), n);
    }
    later.retain(|issue| reported.get(&key(issue)).is_none());
    issues.append(&mut later);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_in_javascript_style() {
        let root = Path::Root;
        let list = root.key("TagSpecifications");
        let item = list.index(0);
        let tags = item.key("Tags");
        let tag = tags.index(1);
        let path = tag.key("Key").path();
        assert_eq!(path.to_string(), "TagSpecifications[0].Tags[1].Key");
        assert_eq!(path.body(), "TagSpecification.1.Tag.2.Key");
        assert_eq!(
            path.segments()[..2],
            [
                Segment::Member("TagSpecifications".into()),
                Segment::Index(0)
            ]
        );
        assert_eq!(root.path().to_string(), "");
        assert_eq!(root.index(3).path().to_string(), "[3]");
    }
}
