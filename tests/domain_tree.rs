//! The domain's modules form a tree (no module reaches back to one that uses it), and none of
//! them touches the browser: read from the source, so a new import that breaks either fails.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];

/// Each domain module (a file, or a folder with its files) and the domain modules it uses.
fn imports() -> BTreeMap<String, Vec<String>> {
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    for entry in fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in fs::read_dir(&path).unwrap() {
                files.push((path.clone(), inner.unwrap().path()));
            }
        } else {
            files.push((path.clone(), path));
        }
    }
    for (module_path, file) in files {
        let module = module_path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let source = fs::read_to_string(&file).unwrap();
        for krate in BROWSER_CRATES {
            assert!(
                !source.contains(&format!("{krate}::")),
                "{} uses {krate}",
                file.display()
            );
        }
        // In a folder module's files but its mod.rs, `super::` is the folder's own module.
        let in_folder = module_path != file && file.file_stem().is_some_and(|stem| stem != "mod");
        let uses = graph.entry(module.clone()).or_default();
        for prefix in ["crate::domain::", "super::"] {
            for found in source.split(prefix).skip(1) {
                let name: String = found
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let own = in_folder && prefix == "super::";
                if !own && !name.is_empty() && name != module && !uses.contains(&name) {
                    uses.push(name);
                }
            }
        }
    }
    graph
}

fn reaches(
    graph: &BTreeMap<String, Vec<String>>,
    from: &str,
    to: &str,
    seen: &mut Vec<String>,
) -> bool {
    graph.get(from).into_iter().flatten().any(|next| {
        next == to
            || (!seen.contains(next) && {
                seen.push(next.clone());
                reaches(graph, next, to, seen)
            })
    })
}

#[test]
fn the_domain_modules_form_a_tree_without_browser_imports() {
    let graph = imports();
    assert!(graph.contains_key("progress") && graph.contains_key("records"));
    assert!(
        graph["progress"].contains(&"records".to_string()),
        "{graph:?}"
    );
    for module in graph.keys() {
        assert!(
            !reaches(&graph, module, module, &mut Vec::new()),
            "{module} imports itself through others: {graph:?}"
        );
    }
}
