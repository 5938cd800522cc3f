//! The README's "Rust" section and the crate documentation (src/lib.rs, the docs.rs front page)
//! show the same example: the crate doc's is compiled and run as a doctest, so the README's is
//! too, by being equal to it.

/// The first fenced block after `heading`, with `lang` on its opening fence line.
fn block<'a>(text: &'a str, heading: &str, lang: &str) -> &'a str {
    let after = text.split_once(heading).expect("the heading").1;
    let open = format!("```{lang}\n");
    let body = after.split_once(&open).expect("a fenced block").1;
    body.split_once("\n```\n").expect("its end").0
}

#[test]
fn the_readme_shows_the_crate_docs_example() {
    let lib = include_str!("../src/lib.rs");
    let doc: String = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect();
    let readme = include_str!("../README.md");
    assert_eq!(
        block(readme, "\n## Rust\n", "rust"),
        block(&doc, "\n# Example\n", "")
    );
    assert_eq!(block(readme, "\n## Rust\n", "sh"), block(&doc, "", "sh"));
}
