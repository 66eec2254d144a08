//! Real npm packages parse without syntax errors: every JavaScript, JSX, TypeScript and TSX
//! file that the TypeScript compiler accepts must give aura a tree with no ERROR or MISSING
//! node (the count behind SYN001 and "partial metrics").
//!
//! `scripts/npm-syntax-corpus` (run by `.ci/run`) fetches the pinned packages of
//! `scripts/corpora.py` (javascript, typescript and tsx corpora) and three whole packages
//! (builds and declaration files too) with `npm pack`, asks the
//! pinned TypeScript compiler which files are syntactically valid, and writes the verdicts
//! where `AURA_NPM_SYNTAX` points. Without it the test fails under `CI` and is skipped
//! (with a message on stderr) otherwise. Rerun by hand:
//!
//! ```sh
//! AURA_NPM_SYNTAX=$(scripts/npm-syntax-corpus) cargo test --test it corpus_npm:: -- --nocapture
//! scripts/npm-syntax-corpus --measure ../main/target/debug/aura   # any build: error nodes per group
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aura::config::Config;

use crate::common::missing;

/// The verdicts file, if `.ci/run` (or the script) wrote one.
fn verdicts() -> Option<PathBuf> {
    let file = PathBuf::from(std::env::var_os("AURA_NPM_SYNTAX").filter(|v| !v.is_empty())?);
    assert!(file.is_file(), "AURA_NPM_SYNTAX={} is not a file", file.display());
    Some(file)
}

/// Syntax error and missing nodes aura's engine counts in one file, and where the first is.
fn error_nodes(path: &Path, config: &Config) -> (u32, String) {
    let src = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = aura::lang::detect(path, &src).unwrap_or_else(|| panic!("{}: no language", path.display()));
    let report = aura::engine::analyze_source(spec.lang, &path.to_string_lossy(), &src, config)
        .unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message));
    let errors = report.metrics.parse_errors;
    if errors == 0 {
        return (0, String::new());
    }
    let tree = aura::engine::parse(spec.lang, &src).unwrap();
    let mut cursor = tree.walk();
    let at = loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            let p = node.start_position();
            break format!("{}:{} {}", p.row + 1, p.column + 1, node.kind());
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        // a node with an error below it has one in some child: no need to climb back up
        if !cursor.goto_next_sibling() {
            break "?".to_string();
        }
    };
    (errors, at)
}

#[test]
fn npm_sources_the_typescript_compiler_accepts_parse_without_error_nodes() {
    let Some(file) = verdicts() else {
        missing("the npm syntax corpus (AURA_NPM_SYNTAX)", "AURA_NPM_SYNTAX=$(scripts/npm-syntax-corpus)");
        return;
    };
    let root = file.parent().unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let config = Config::default();
    // per corpus or package: files checked, rejected by tsc, with error nodes; error nodes
    let mut totals: BTreeMap<&str, [u32; 4]> = BTreeMap::new();
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let mut cols = line.split('\t');
        let (group, rel, verdict) =
            (cols.next().unwrap(), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let t = totals.entry(group).or_default();
        if verdict != "ok" {
            t[1] += 1;
            continue;
        }
        t[0] += 1;
        let (errors, first) = error_nodes(&root.join(rel), &config);
        if errors > 0 {
            t[2] += 1;
            t[3] += errors;
            let plural = if errors == 1 { "" } else { "s" };
            failures.push(format!("{rel}: {errors} error node{plural}, the first at {first}"));
        }
    }
    for (group, [files, rejected, bad, errors]) in &totals {
        eprintln!(
            "{group:30} {files:5} files accepted by tsc ({rejected} rejected, left out): \
             {bad} with error nodes, {errors} error nodes"
        );
    }
    let checked: u32 = totals.values().map(|t| t[0]).sum();
    assert!(checked >= 1000, "only {checked} files in the corpus: {}", file.display());
    assert!(
        failures.is_empty(),
        "{} of {checked} valid files have syntax errors in aura's tree:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
