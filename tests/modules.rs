//! The modules of src/ import one another with no circle: data flows one way (GUIDE, issue 20).
//! An edge is any `crate::<module>` a module names outside comments and its tests.

use std::collections::{BTreeMap, BTreeSet};

fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let files: Vec<(String, String)> = std::fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_str().unwrap().to_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .filter(|(name, _)| name != "lib" && !name.ends_with("_tests"))
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut graph = BTreeMap::new();
    for (name, text) in &files {
        let code = text.split("#[cfg(test)]").next().unwrap();
        let mut deps = BTreeSet::new();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let rest = &line[at + "crate::".len()..];
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if modules.contains(&word) && &word != name {
                    deps.insert(word);
                }
            }
        }
        graph.insert(name.clone(), deps);
    }
    graph
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = imports();
    assert!(graph.contains_key("issue") && graph["issue"].contains("path"));
    // Depth first from every module; a module met again on the current path closes a circle.
    fn visit(graph: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>) {
        let last = path.last().unwrap().clone();
        for next in &graph[&last] {
            if let Some(at) = path.iter().position(|m| m == next) {
                panic!("an import circle: {} -> {next}", path[at..].join(" -> "));
            }
            path.push(next.clone());
            visit(graph, path);
            path.pop();
        }
    }
    for module in graph.keys() {
        visit(&graph, &mut vec![module.clone()]);
    }
}
