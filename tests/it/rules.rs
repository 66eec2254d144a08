//! Rules as users meet them: the secret detector against a fixture of planted fake
//! credentials, each syntax rule on a small example, suppressions, baselines, severity and
//! per-path overrides, custom rules, and their exit codes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{aura, repo_root};

/// Run `aura analyze --format json` with `args` in `dir`: the report and the exit code.
fn analyze(dir: &Path, args: &[&str]) -> (Value, i32) {
    let out = aura(dir).args(["analyze", "--format", "json"]).args(args).output().unwrap();
    let code = out.status.code().unwrap();
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (report, code)
}

fn findings(report: &Value) -> Vec<(String, u64, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn fixture_dir() -> PathBuf {
    repo_root().join("tests/fixtures/secrets")
}

#[test]
fn every_planted_secret_is_found_and_no_decoy_is() {
    let dir = fixture_dir();
    let manifest: Value = serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let (report, code) = analyze(&dir, &["--fail-on", "never"]);
    assert_eq!(code, 0);
    let secret_lines: BTreeSet<(String, u64)> = findings(&report)
        .into_iter()
        .filter(|(_, _, c)| c.starts_with("SEC00") && ["SEC001", "SEC002", "SEC003"].contains(&c.as_str()))
        .map(|(p, l, _)| (p, l))
        .collect();
    let mut missed = Vec::new();
    for p in manifest["positives"].as_array().unwrap() {
        let key = (p["file"].as_str().unwrap().to_string(), p["line"].as_u64().unwrap());
        if !secret_lines.contains(&key) {
            missed.push(format!("{}:{} {}", key.0, key.1, p["kind"]));
        }
    }
    assert!(missed.is_empty(), "planted secrets not found:\n{}", missed.join("\n"));
    let mut flagged = Vec::new();
    for n in manifest["negatives"].as_array().unwrap() {
        let key = (n["file"].as_str().unwrap().to_string(), n["line"].as_u64().unwrap());
        if secret_lines.contains(&key) {
            flagged.push(format!("{}:{} {}", key.0, key.1, n["what"]));
        }
    }
    assert!(flagged.is_empty(), "decoys reported as secrets:\n{}", flagged.join("\n"));
    // reports never repeat a secret in full
    let text = serde_json::to_string(&report["findings"]).unwrap();
    assert!(!text.contains("ghp_C0njh75vaFsQAh725BUI"), "a secret leaked into a message");
}

/// Write `files` (path, text) under a new temporary directory.
fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = tmp.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    tmp
}

/// One line per finding: `path:line:column CODE severity message`.
fn listing(report: &Value) -> String {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {} {} {}",
                f["path"].as_str().unwrap(),
                f["line"],
                f["column"],
                f["code"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const PYTHON_RULES: &str = r#""""Module."""
import os
import subprocess

import requests


def run(cmd, items=[], opts={}):
    """Run."""
    eval(cmd)
    exec("x = 1")
    subprocess.run(cmd, shell=True)
    os.system(cmd)
    requests.get("https://x", verify=False)
    query = "SELECT name FROM users WHERE id = " + cmd
    other = "SELECT %s FROM t" % cmd
    third = f"DELETE FROM users WHERE id = {cmd}"
    fine = "Select a file from the list " + cmd
    try:
        pass
    except:
        pass
    try:
        pass
    except ValueError:
        pass
    # TODO: remove the shell
    return query, other, third, fine
"#;

const JS_RULES: &str = r#"// FIXME(ops) rotate
export function f(x, db) {
  debugger;
  eval(x);
  const g = new Function("a", "return a");
  if (x == 1 || x != "a" || x == null || x === 2) {}
  db.query(`SELECT * FROM users WHERE id = ${x}`);
  db.query("SELECT * FROM t WHERE a = " + x);
  const agent = { rejectUnauthorized: false };
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  return g;
}
"#;

const GO_RULES: &str = r#"package main

import (
	"crypto/tls"
	"fmt"
	"os"
	"os/exec"
)

// Run runs.
func Run(urls []string, id string) {
	_ = os.Remove("x")
	for _, u := range urls {
		go func() {
			fmt.Println(u)
		}()
		go func(v string) {
			fmt.Println(v)
		}(u)
	}
	_ = exec.Command("sh", "-c", id)
	_ = exec.Command("ls", id)
	q := fmt.Sprintf("SELECT * FROM users WHERE id = '%s'", id)
	fmt.Println(q)
	_ = &tls.Config{InsecureSkipVerify: true}
}
"#;

const RUST_RULES: &str = r#"//! Crate.
use std::process::Command;

/// Run.
pub fn run(x: Option<u8>) -> u8 {
    let client = reqwest::Client::builder().danger_accept_invalid_certs(true).build();
    let _ = Command::new("sh").arg("-c").arg("ls");
    let _ = Command::new("ls");
    unsafe { std::ptr::null::<u8>().read() };
    drop(client);
    x.unwrap()
}

#[cfg(test)]
mod tests {
    #[test]
    fn t() {
        Some(1).unwrap();
    }
}
"#;

const JAVA_RULES: &str = r#"/** App. */
public class App {
    /** Run. */
    public void run(String id) throws Exception {
        Runtime.getRuntime().exec("ls " + id);
        String q = "SELECT * FROM users WHERE id = " + id;
        String r = String.format("DELETE FROM t WHERE id = %s", id);
    }
}
"#;

#[test]
fn each_syntax_rule_on_a_small_example() {
    let tmp = repo(&[
        ("rules.py", PYTHON_RULES),
        ("rules.js", JS_RULES),
        ("rules.go", GO_RULES),
        ("src/rules.rs", RUST_RULES),
        ("App.java", JAVA_RULES),
        ("run.c", "/* Run. */\nint run(const char *c) { return system(c); }\n"),
    ]);
    let (report, code) = analyze(tmp.path(), &["--fail-on", "never"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("syntax_rules", listing(&report));
}

#[test]
fn gate_decides_the_exit_code_for_every_format() {
    let tmp = repo(&[(
        "a.py",
        "\"\"\"M.\"\"\"\n\n\ndef f(x):\n    \"\"\"F.\"\"\"\n    return eval(x)  # warning\n",
    )]);
    for format in ["json", "sarif", "markdown", "html", "codequality", "table"] {
        let status = |gate: &str| {
            aura(tmp.path())
                .args(["analyze", "--format", format, "--fail-on", gate])
                .output()
                .unwrap()
                .status
                .code()
        };
        assert_eq!(status("error"), Some(0), "{format}: a warning does not reach `error`");
        assert_eq!(status("warning"), Some(1), "{format}");
        assert_eq!(status("note"), Some(1), "{format}");
        assert_eq!(status("never"), Some(0), "{format}");
    }
    // the configured gate applies when the flag is absent
    std::fs::create_dir_all(tmp.path().join(".aura")).unwrap();
    std::fs::write(tmp.path().join(".aura/config.yaml"), "analysis:\n  fail_on: warning\n").unwrap();
    let (_, code) = analyze(tmp.path(), &[]);
    assert_eq!(code, 1);
}

#[test]
fn suppression_comments_on_the_line_the_line_above_and_the_file() {
    let tmp = repo(&[
        (
            "a.py",
            "\"\"\"M.\"\"\"\n\n\ndef f(x):\n    \"\"\"F.\"\"\"\n    a = eval(x)  # aura: ignore[SEC004]\n    # aura: ignore[dynamic-code-execution]\n    b = eval(x)\n    c = eval(x)  # aura: ignore[CPX001] (another rule)\n    return a, b, c\n",
        ),
        ("b.py", "# aura: ignore-file[SEC]\nimport os\nos.system('ls')\neval('1')\n"),
        ("c.py", "x = eval('1')  # aura: ignore\n"),
    ]);
    let (report, code) = analyze(tmp.path(), &["--fail-on", "warning"]);
    assert_eq!(code, 1, "the third eval in a.py is not suppressed");
    let found: Vec<_> = findings(&report).into_iter().filter(|(_, _, c)| c.starts_with("SEC")).collect();
    assert_eq!(found, vec![("a.py".to_string(), 9, "SEC004".to_string())]);
    assert_eq!(report["summary"]["findings"]["suppressed"], 5);
}

#[test]
fn suppressing_one_of_identical_findings_keeps_the_others_fingerprints() {
    let body = |first: &str| {
        format!("def f(x):\n    \"\"\"F.\"\"\"\n    a = eval(x){first}\n    b = eval(x)\n    return a, b\n")
    };
    let prints = |src: &str| {
        let tmp = repo(&[("a.py", &format!("\"\"\"M.\"\"\"\n\n\n{src}"))]);
        let (report, _) = analyze(tmp.path(), &[]);
        let sec: Vec<(u64, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "SEC004")
            .map(|f| (f["line"].as_u64().unwrap(), f["fingerprint"].as_str().unwrap().to_owned()))
            .collect();
        sec
    };
    let both = prints(&body(""));
    assert_eq!(both.len(), 2);
    // the first `eval` suppressed: the second keeps its fingerprint (it is still the second)
    let one = prints(&body("  # noqa: S307"));
    assert_eq!(one, vec![both[1].clone()], "{both:?}");
}

#[test]
fn a_baseline_accepts_existing_findings_even_after_the_code_moves() {
    let body = "def f(x):\n    \"\"\"F.\"\"\"\n    return eval(x)\n";
    let tmp = repo(&[("a.py", &format!("\"\"\"M.\"\"\"\n\n\n{body}"))]);
    let dir = tmp.path();
    let out = aura(dir)
        .args(["analyze", "--format", "json", "--write-baseline", "base.json", "--fail-on", "warning"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "writing a baseline still reports and gates");
    let (_, code) = analyze(dir, &["--baseline", "base.json", "--fail-on", "warning"]);
    assert_eq!(code, 0, "baselined findings do not fail");
    // the code moves down ten lines: still baselined
    std::fs::write(dir.join("a.py"), format!("\"\"\"M.\"\"\"\n{}\n\n{body}", "\n".repeat(10))).unwrap();
    let (report, code) = analyze(dir, &["--baseline", "base.json", "--fail-on", "warning"]);
    assert_eq!(code, 0, "{}", listing(&report));
    assert_eq!(report["summary"]["findings"]["baselined"], 1);
    // a new finding is reported
    std::fs::write(
        dir.join("a.py"),
        format!("\"\"\"M.\"\"\"\n\n\n{body}\n\ndef g(y):\n    \"\"\"G.\"\"\"\n    return eval(y)\n"),
    )
    .unwrap();
    let (report, code) = analyze(dir, &["--baseline", "base.json", "--fail-on", "warning"]);
    assert_eq!(code, 1);
    assert_eq!(findings(&report), vec![("a.py".to_string(), 11, "SEC004".to_string())]);
    // a broken baseline is an error that names the file
    std::fs::write(dir.join("bad.json"), "{\"nope\": 1}").unwrap();
    let out = aura(dir).args(["analyze", "--baseline", "bad.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json is not an aura baseline"));
}

#[test]
fn severity_and_per_path_overrides() {
    let code = "def f(x):\n    return eval(x)\n";
    let tmp = repo(&[("src/a.py", code), ("tests/test_a.py", code)]);
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join(".aura")).unwrap();
    std::fs::write(
        dir.join(".aura/config.yaml"),
        "rules:\n  disable: [DOC001]\n  severity:\n    SEC004: error\nanalysis:\n  overrides:\n    - paths: [\"tests/\"]\n      rules:\n        disable: [SEC]\n",
    )
    .unwrap();
    let (report, code) = analyze(dir, &[]);
    assert_eq!(code, 1, "SEC004 raised to error reaches the default gate");
    assert_eq!(listing(&report), "src/a.py:2:12 SEC004 error code executed from a string with `eval`/`exec`");
    // severity lowered: the default gate passes
    std::fs::write(dir.join(".aura/config.yaml"), "rules:\n  severity:\n    SEC: note\n").unwrap();
    let (report, code) = analyze(dir, &[]);
    assert_eq!(code, 0);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "SEC004")
            .all(|f| f["severity"] == "note")
    );
}

#[test]
fn unknown_rule_codes_are_configuration_errors_with_a_suggestion() {
    let tmp = repo(&[("a.py", "x = 1\n"), (".aura/config.yaml", "rules:\n  disable:\n    - CPX01\n")]);
    let out = aura(tmp.path()).args(["analyze"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.yaml:3:5:") // the list item's own line
            && err.contains("unknown rule `CPX01`")
            && err.contains("did you mean `CPX001`"),
        "{err}"
    );
}

#[test]
fn custom_rules_run_and_an_invalid_query_is_a_located_error() {
    let config = "rules:\n  custom:\n    - id: no-print\n      language: python\n      query: '(call function: (identifier) @f (#eq? @f \"print\")) @finding'\n      message: use logging, not print\n      severity: warning\n";
    let tmp = repo(&[("a.py", "print(1)\nlen([])\n"), (".aura/config.yaml", config)]);
    let (report, code) = analyze(tmp.path(), &["--fail-on", "warning"]);
    assert_eq!(code, 1);
    assert_eq!(listing(&report), "a.py:1:1 no-print warning use logging, not print");
    // it can be suppressed and disabled like a built-in rule
    std::fs::write(tmp.path().join("a.py"), "print(1)  # aura: ignore[no-print]\n").unwrap();
    assert_eq!(analyze(tmp.path(), &["--fail-on", "warning"]).1, 0);

    let bad = "rules:\n  custom:\n    - id: broken\n      language: python\n      query: '(call function: (identifer) @f) @finding'\n      message: m\n";
    std::fs::write(tmp.path().join(".aura/config.yaml"), bad).unwrap();
    let out = aura(tmp.path()).args(["analyze"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.yaml:5:")
            && err.contains("rules.custom[0].query")
            && err.contains("invalid tree-sitter query"),
        "{err}"
    );
    let unknown_lang = "rules:\n  custom:\n    - id: x\n      language: pyhton\n      query: '(call) @c'\n      message: m\n";
    std::fs::write(tmp.path().join(".aura/config.yaml"), unknown_lang).unwrap();
    let out = aura(tmp.path()).args(["analyze"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did you mean `python`"), "{err}");
}

#[test]
fn shards_merge_into_the_whole_analysis() {
    let mut files = vec![("pkg/__init__.py".to_string(), String::new())];
    for i in 0..12 {
        let next = (i + 1) % 12;
        files.push((
            format!("pkg/m{i}.py"),
            format!("from pkg import m{next}\n\n\ndef f{i}(x):\n    return eval(x)\n"),
        ));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let tmp = repo(&refs);
    let dir = tmp.path();
    let (whole, _) = analyze(dir, &["--fail-on", "never"]);
    for i in 1..=3 {
        let out = aura(dir)
            .args([
                "analyze",
                "--format",
                "json",
                "--fail-on",
                "never",
                "--shard",
                &format!("{i}/3"),
                "-o",
                &format!("shard{i}.json"),
                "pkg",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let shard1: Value = serde_json::from_slice(&std::fs::read(dir.join("shard1.json")).unwrap()).unwrap();
    assert!(shard1["files"].as_array().unwrap().len() < 13, "a shard holds part of the files");
    let out = aura(dir)
        .args([
            "merge",
            "shard1.json",
            "shard2.json",
            "shard3.json",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let merged: Value = serde_json::from_slice(&out.stdout).unwrap();
    let (whole_pkg, _) = analyze(&dir.join("pkg"), &["--fail-on", "never"]);
    assert_eq!(
        listing(&merged),
        listing(&whole_pkg),
        "merged findings equal one run's, the cycle across shards too"
    );
    assert_eq!(merged["summary"], whole_pkg["summary"]);
    assert_eq!(merged["graph"], whole_pkg["graph"]);
    assert!(whole["findings"].as_array().unwrap().iter().any(|f| f["code"] == "STR001"));
    // the gate applies to the merged report
    let out = aura(dir)
        .args([
            "merge",
            "shard1.json",
            "shard2.json",
            "shard3.json",
            "--format",
            "sarif",
            "--fail-on",
            "warning",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // a bad shard argument is a usage error
    let out = aura(dir).args(["analyze", "--shard", "4/3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Shard `i` of `n` of `pkg/` written to `name`, with extra arguments.
fn write_shard(dir: &Path, (i, n): (u32, u32), name: &str, extra: &[&str]) -> Value {
    let shard = format!("{i}/{n}");
    let mut args = vec!["analyze", "--format", "json", "--fail-on", "never", "--shard", &shard, "-o", name];
    args.extend_from_slice(extra);
    args.push("pkg");
    let out = aura(dir).args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&std::fs::read(dir.join(name)).unwrap()).unwrap()
}

/// `aura merge` with `args`: exit code, stdout as JSON (or null), stderr.
fn merge(dir: &Path, args: &[&str]) -> (i32, Value, String) {
    let out =
        aura(dir).arg("merge").args(args).args(["--format", "json", "--fail-on", "never"]).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap(), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn merge_refuses_a_missing_or_foreign_shard() {
    let mut files = vec![("pkg/__init__.py".to_string(), String::new())];
    for i in 0..16 {
        files.push((format!("pkg/m{i}.py"), format!("def f{i}(x):\n    return eval(x)\n")));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let tmp = repo(&refs);
    let dir = tmp.path();
    let shards: Vec<Value> = (1..=4).map(|i| write_shard(dir, (i, 4), &format!("s{i}.json"), &[])).collect();
    // every shard says which share it is, of which run
    for (i, s) in shards.iter().enumerate() {
        assert_eq!(s["run"]["shard"], serde_json::json!({ "index": i + 1, "total": 4 }));
        assert_eq!(s["run"]["files"], 17, "the run's whole file set, not the shard's");
        assert_eq!(s["run"]["files_digest"], shards[0]["run"]["files_digest"]);
        assert_eq!(s["run"]["config_digest"], shards[0]["run"]["config_digest"]);
    }
    let (code, whole, err) = merge(dir, &["s1.json", "s2.json", "s3.json", "s4.json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(whole["files"].as_array().unwrap().len(), 17);
    assert!(whole["run"].get("shard").is_none() && whole["run"].get("partial").is_none(), "{}", whole["run"]);

    // a missing shard: exit 2, named
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s3.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("shard 4 of 4 missing"), "{err}");
    // unless the user allows it, and then the report says so
    let (code, partial, err) = merge(dir, &["s1.json", "s3.json", "--allow-partial"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(partial["run"]["partial"], serde_json::json!({ "total": 4, "missing": [2, 4] }));
    assert!(err.contains("partial report: shard(s) 2/4, 4/4 not merged"), "{err}");
    let merged_files = partial["files"].as_array().unwrap().len();
    let expected =
        shards[0]["files"].as_array().unwrap().len() + shards[2]["files"].as_array().unwrap().len();
    assert_eq!(merged_files, expected);
    let out =
        aura(dir).args(["merge", "s1.json", "s3.json", "--allow-partial", "--format", "markdown"]).output();
    let markdown = String::from_utf8(out.unwrap().stdout).unwrap();
    assert!(markdown.contains("**Partial report**: shards 2/4, 4/4 not merged"), "{markdown}");

    // the same shard twice
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s2.json", "s3.json", "s4.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("shard 2/4 is given twice: s2.json and s2.json"), "{err}");
    // shards of runs split differently
    write_shard(dir, (1, 3), "t1.json", &[]);
    let (code, _, err) = merge(dir, &["s2.json", "t1.json", "s3.json", "s4.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("s2.json is shard 2/4 but t1.json is shard 1/3"), "{err}");
    // a shard analyzed with another configuration
    std::fs::write(dir.join("strict.yaml"), "analysis:\n  thresholds:\n    cyclomatic: 2\n").unwrap();
    write_shard(dir, (4, 4), "c4.json", &["--config", "strict.yaml"]);
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s3.json", "c4.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("s1.json and c4.json were analyzed with different configurations"), "{err}");
    // ... but not one with only another worker count or gate
    std::fs::write(dir.join("gate.yaml"), "analysis:\n  jobs: 1\n  fail_on: note\n").unwrap();
    write_shard(dir, (4, 4), "j4.json", &["--config", "gate.yaml"]);
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s3.json", "j4.json"]);
    assert_eq!(code, 0, "{err}");
    // a shard mixed with a whole run
    let out =
        aura(dir).args(["analyze", "--format", "json", "--fail-on", "never", "-o", "w.json", "pkg"]).output();
    assert_eq!(out.unwrap().status.code(), Some(0));
    let (code, _, err) = merge(dir, &["s1.json", "w.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("s1.json is a shard (1/4) but w.json is a whole run"), "{err}");
    // a shard of a tree that changed in between
    std::fs::write(dir.join("pkg/late.py"), "x = 1\n").unwrap();
    write_shard(dir, (4, 4), "f4.json", &[]);
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s3.json", "f4.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("(17 files) and f4.json (18 files) were analyzed over different sets of files"),
        "{err}"
    );
    // a report without its run's identity cannot be checked, so it is refused
    let mut anonymous = shards[3].clone();
    anonymous.as_object_mut().unwrap().remove("run");
    std::fs::write(dir.join("a4.json"), serde_json::to_vec(&anonymous).unwrap()).unwrap();
    let (code, _, err) = merge(dir, &["s1.json", "s2.json", "s3.json", "a4.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("a4.json does not say which run it belongs to"), "{err}");
}

#[test]
fn no_rules_means_metrics_only() {
    let tmp = repo(&[("a.py", "def f(x):\n    return eval(x)\n")]);
    let (report, code) = analyze(tmp.path(), &["--no-rules", "--fail-on", "note"]);
    assert_eq!(code, 0);
    assert!(report["findings"].as_array().unwrap().is_empty());
    assert_eq!(report["summary"]["functions"], 1);
}

#[test]
fn rules_and_explain_document_every_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let out = aura(tmp.path()).args(["rules"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("rules_list", String::from_utf8_lossy(&out.stdout));
    let out = aura(tmp.path()).args(["explain", "cpx001"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("explain_cpx001", String::from_utf8_lossy(&out.stdout));
    let out = aura(tmp.path()).args(["explain", "cyclomatic-complexty"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean"));
}

#[test]
fn checked_in_rule_docs_are_current() {
    // what scripts/gen-rule-docs writes, rebuilt here from the same commands
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = aura(tmp.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let list = run(&["rules"]);
    let mut expected = String::from(
        "# Rules\n\nGenerated by `scripts/gen-rule-docs` from the rule registry (`src/rules/registry.rs`);\n`aura rules` and `aura explain CODE` print the same text.\n\n```text\n",
    );
    expected.push_str(list.strip_prefix('\n').unwrap_or(&list));
    expected.push_str("```\n");
    for rule in aura::rules::RULES {
        expected.push_str(&format!("\n## {}\n\n```text\n{}```\n", rule.code, run(&["explain", rule.code])));
    }
    let checked_in = std::fs::read_to_string(repo_root().join("docs/rules.md")).unwrap();
    assert!(checked_in == expected, "docs/rules.md is stale: run scripts/gen-rule-docs");
}
