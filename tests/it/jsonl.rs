//! `--format jsonl`: one line per file while the run goes on, then the summary line; the
//! same files, findings and totals as the JSON report.

use std::fs;

use serde_json::Value;

use crate::common::aura;

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("pkg")).unwrap();
    fs::write(root.join("pkg/__init__.py"), "").unwrap();
    fs::write(root.join("pkg/a.py"), "from pkg import b\n\ndef f(a, b, c, d, e, f, g, h):\n    return a\n")
        .unwrap();
    fs::write(root.join("pkg/b.py"), "from pkg import a\n").unwrap();
    fs::write(root.join("blob.py"), b"\0\0\0").unwrap();
    fs::write(root.join("z.js"), "export function g(x) { return x ? 1 : 2; }\n").unwrap();
    dir
}

fn run(dir: &std::path::Path, format: &str, extra: &[&str]) -> String {
    let out = aura(dir)
        .args(["analyze", "--no-cache", "--fail-on", "never", "--format", format])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn lines(text: &str) -> Vec<Value> {
    text.lines().map(|l| serde_json::from_str(l).expect("each line is one JSON object")).collect()
}

#[test]
fn one_line_per_file_then_the_summary_matching_the_json_report() {
    let dir = tree();
    let text = run(dir.path(), "jsonl", &[]);
    let lines = lines(&text);
    let kinds: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    // the walk's order, sorted by name: blob.py is skipped in its place
    assert_eq!(kinds, ["skipped", "file", "file", "file", "file", "summary"], "{text}");

    let json: Value = serde_json::from_str(&run(dir.path(), "json", &[])).unwrap();
    let summary = lines.last().unwrap();
    for key in ["schema_version", "tool", "run", "root", "summary", "graph"] {
        assert_eq!(summary[key], json[key], "{key}");
    }
    // every finding once: a file's own on its line, the import cycle on the summary line
    let mut found: Vec<&Value> = lines.iter().filter_map(|l| l["findings"].as_array()).flatten().collect();
    found.sort_by_key(|f| {
        (f["path"].as_str().unwrap().to_owned(), f["line"].as_u64(), f["code"].as_str().unwrap().to_owned())
    });
    let expected: Vec<&Value> = json["findings"].as_array().unwrap().iter().collect();
    assert_eq!(found, expected);
    assert!(summary["findings"].as_array().unwrap().iter().all(|f| f["code"] == "STR001"));
    assert!(!summary["findings"].as_array().unwrap().is_empty(), "the cycle pkg/a.py ↔ pkg/b.py");
    // a file's line is its object in the JSON report, resolved imports and all, and its findings
    for file in json["files"].as_array().unwrap() {
        let mut line = lines.iter().find(|l| l["path"] == file["path"]).unwrap().clone();
        let object = line.as_object_mut().unwrap();
        object.remove("type");
        object.remove("findings");
        assert_eq!(&line, file);
    }
    assert_eq!(lines.iter().find(|l| l["type"] == "skipped").unwrap()["path"], "blob.py");
    // the same bytes every run: the lines follow the walk's sorted order, not the threads'
    assert_eq!(run(dir.path(), "jsonl", &[]), text);
}

#[test]
fn a_baseline_leaves_its_findings_out_of_each_file_line() {
    let dir = tree();
    run(dir.path(), "json", &["--write-baseline", "baseline.json"]);
    let text = run(dir.path(), "jsonl", &["--baseline", "baseline.json"]);
    let lines = lines(&text);
    let findings: usize = lines.iter().map(|l| l["findings"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(findings, 0, "{text}");
    let summary = lines.last().unwrap();
    let counts = &summary["summary"]["findings"];
    assert_eq!((&counts["error"], &counts["warning"], &counts["note"]), (&0.into(), &0.into(), &0.into()));
    assert_eq!(counts["baselined"], 2, "the parameters and the cycle");
    assert!(summary["findings"].as_array().unwrap().is_empty());
}
