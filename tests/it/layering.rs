//! The library's layers, read from its source: the report model depends on none of the
//! modules that make or read it, no two of the engine, rules, languages and import graph
//! import each other both ways, and configuration loading knows nothing of the command
//! line (a server loads a configuration per workspace without clap's types).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The `crate::` modules each top-level module of `src/` names outside comments.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walk(&src) {
        let relative = entry.strip_prefix(&src).unwrap();
        let module = relative.components().next().unwrap().as_os_str().to_string_lossy();
        let module = module.trim_end_matches(".rs").to_owned();
        let text = std::fs::read_to_string(&entry).unwrap();
        let names = deps.entry(module.clone()).or_default();
        for line in text.lines().map(str::trim_start).filter(|l| !l.starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let before = line[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                    continue;
                }
                let name: String =
                    line[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() && name != module {
                    names.insert(name);
                }
            }
        }
    }
    deps
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_report_model_and_the_core_modules_form_no_circle() {
    let deps = dependencies();
    let uses = |from: &str, to: &str| deps.get(from).is_some_and(|d| d.contains(to));
    let model = &deps["model"];
    for above in ["engine", "rules", "graph", "report", "config", "review", "commands", "cli"] {
        assert!(!model.contains(above), "the report model imports `{above}`: {model:?}");
    }
    let core = ["engine", "rules", "lang", "graph", "metrics", "model"];
    for a in core {
        for b in core {
            assert!(!(a < b && uses(a, b) && uses(b, a)), "`{a}` and `{b}` import each other");
        }
    }
    for writer_dep in ["engine", "commands"] {
        // the writers read the model; only their tests run the engine
        let report_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
        for file in walk(&report_src) {
            let text = std::fs::read_to_string(&file).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap();
            assert!(
                !code.contains(&format!("crate::{writer_dep}::")),
                "{} (outside its tests) uses `{writer_dep}`",
                file.display()
            );
        }
    }
    assert!(!uses("config", "cli"), "configuration loading depends on the command line's types");
}
