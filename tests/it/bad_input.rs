//! SPEC 12: bad input never panics, every file is accounted for (analyzed, or skipped with
//! a reason), messages are clear and exit codes are the documented ones.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::common::aura;

fn analyze_json(dir: &Path, extra: &[&str]) -> (Value, i32) {
    let out = aura(dir).args(["analyze", "--format", "json"]).args(extra).output().unwrap();
    let code = out.status.code().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    (json, code)
}

fn paths(report: &Value, key: &str) -> BTreeSet<String> {
    report[key].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
}

fn reason<'a>(report: &'a Value, path: &str) -> &'a str {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"] == path)
        .and_then(|s| s["reason"].as_str())
        .unwrap_or_else(|| panic!("{path} is not in skipped: {}", report["skipped"]))
}

fn file<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} was not analyzed"))
}

#[test]
fn every_bad_file_is_accounted_for_and_nothing_panics() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("binary.py"), b"\x7fELF\x02\x01\x01\x00\x00\x00def f(): pass\n").unwrap();
    std::fs::write(d.join("latin1.py"), b"# caf\xe9\ndef f(x):\n    return '\xff\xfe' if x else 1\n")
        .unwrap();
    let nested = format!("x = {}1{};\n", "[".repeat(10_000), "]".repeat(10_000));
    std::fs::write(d.join("nested.js"), nested).unwrap();
    let deep_if = format!("fn f() {{ {} }}\n", "if a { ".repeat(3_000) + &"}".repeat(3_000));
    std::fs::write(d.join("deep.rs"), deep_if).unwrap();
    let minified: String = (0..180_000).map(|i| format!("function f{i}(a){{return a&&b}}")).collect();
    assert!(minified.len() > 5_000_000);
    std::fs::write(d.join("huge.min.js"), &minified).unwrap();
    std::fs::write(
        d.join("crlf_bom.py"),
        b"\xEF\xBB\xBF# c\r\n\r\ndef f(a):\r\n    if a:\r\n        return 1\r\n",
    )
    .unwrap();
    std::fs::write(d.join("empty.py"), b"").unwrap();
    std::fs::write(d.join("broken.py"), b"def f(:\n    if if if\n  return )\n").unwrap();
    std::os::unix::fs::symlink("does-not-exist.py", d.join("dangling.py")).unwrap();
    std::fs::create_dir(d.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", d.join("loop/up")).unwrap();

    let (report, code) = analyze_json(d, &[]);
    assert_eq!(code, 0, "{report}");

    let analyzed = paths(&report, "files");
    let skipped = paths(&report, "skipped");
    assert!(report["errors"].as_array().unwrap().is_empty(), "{}", report["errors"]);
    for name in ["latin1.py", "nested.js", "deep.rs", "crlf_bom.py", "empty.py", "broken.py"] {
        assert!(analyzed.contains(name), "{name} not analyzed: {analyzed:?} / {skipped:?}");
    }
    assert!(reason(&report, "binary.py").contains("binary"));
    assert!(reason(&report, "huge.min.js").contains("max_file_size"));
    assert!(reason(&report, "dangling.py").contains("unreadable"));
    assert!(
        report["skipped"].as_array().unwrap().iter().any(|s| s["reason"] == "symlink loop"),
        "the loop is reported: {}",
        report["skipped"]
    );

    // CRLF and a BOM: same counts as the LF file would give
    let crlf = file(&report, "crlf_bom.py");
    assert_eq!(crlf["lines"], serde_json::json!({"total": 5, "code": 3, "comment": 1, "blank": 1}));
    assert_eq!(crlf["functions"][0]["cyclomatic"], 2);

    // syntax errors: measured, with an error count
    let broken = file(&report, "broken.py");
    assert!(broken["parse_errors"].as_u64().unwrap() > 0);

    let empty = file(&report, "empty.py");
    assert_eq!(empty["lines"]["total"], 0);

    // 3,000 nested ifs: deep but measured
    let deep = file(&report, "deep.rs");
    assert_eq!(deep["functions"][0]["cyclomatic"], 3_001);
    assert_eq!(deep["functions"][0]["nesting_depth"], 3_000);
}

#[test]
fn a_larger_max_file_size_analyzes_the_minified_file() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let minified: String = (0..180_000).map(|i| format!("function f{i}(a){{return a&&b}}")).collect();
    std::fs::write(d.join("huge.min.js"), &minified).unwrap();
    std::fs::write(d.join("aura.yaml"), "analysis:\n  max_file_size: 10000000\n").unwrap();
    let (report, code) = analyze_json(d, &["--config", "aura.yaml"]);
    assert_eq!(code, 0);
    let f = file(&report, "huge.min.js");
    assert_eq!(f["lines"]["total"], 1);
    assert_eq!(f["functions"].as_array().unwrap().len(), 180_000);
    assert!(f["functions"].as_array().unwrap().iter().all(|f| f["cyclomatic"] == 2));
}

#[test]
fn unreadable_files_are_skipped_with_the_reason() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let path = d.join("secret.py");
    std::fs::write(&path, "x = 1\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::read(&path).is_ok(); // root reads everything
    let (report, code) = analyze_json(d, &[]);
    assert_eq!(code, 0);
    if readable_anyway {
        file(&report, "secret.py");
    } else {
        assert_eq!(reason(&report, "secret.py"), "unreadable: permission denied");
    }
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = aura(tmp.path()).args(["analyze", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nope: no such file or directory"), "{err}");
}

#[test]
fn a_malformed_config_is_an_error_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir(d.join(".git")).unwrap();
    std::fs::create_dir(d.join(".aura")).unwrap();
    std::fs::write(d.join(".aura/config.yaml"), "analysis:\n  max_file_size: [1, 2\n").unwrap();
    std::fs::write(d.join("a.py"), "x = 1\n").unwrap();
    let out = aura(d).args(["analyze"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.yaml:"), "names the file and line: {err}");
    assert!(out.stdout.is_empty(), "no partial report on a config error");
}
