//! The flags every linter has, as users meet them: `--statistics`, `--select`, `--ignore`,
//! `--extend-select`, `--exclude`, `--include`, `--exit-zero`, and standard input
//! (`aura analyze - --stdin-filename PATH`), on `analyze`, `review` and the hooks.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

use crate::common::{Sandbox, aura, text};

/// What a user sees: the exit status, standard output and standard error.
fn seen(out: &std::process::Output) -> String {
    let text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // the run's time and the temporary directory change from run to run
    let text = regex::Regex::new(r"\(\d+\.\d\d s\)").unwrap().replace_all(&text, "([time] s)");
    regex::Regex::new(r"/\S*/\.tmp\w+").unwrap().replace_all(&text, "[tmp]").into_owned()
}

/// A function with too many parameters, a bare `except:`, `eval` and a TODO.
const NOISY: &str = "def f(a, b, c, d, e, f, g):\n    try:\n        eval(\"x\")\n    except:\n        pass\n    # TODO: fix\n\n\ndef g():\n    try:\n        return 1\n    except:\n        return 2\n";

/// `src/app.py` and `tests/test_app.py`, both noisy, and a Go file with none.
fn fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("src")).unwrap();
    std::fs::create_dir_all(d.join("tests")).unwrap();
    std::fs::write(d.join("src/app.py"), NOISY).unwrap();
    std::fs::write(d.join("tests/test_app.py"), NOISY).unwrap();
    std::fs::write(d.join("main.go"), "package main\n\nfunc main() {}\n").unwrap();
    tmp
}

fn config(dir: &Path, yaml: &str) {
    std::fs::create_dir_all(dir.join(".aura")).unwrap();
    std::fs::write(dir.join(".aura/config.yaml"), yaml).unwrap();
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", seen(out)))
}

fn codes(report: &Value) -> Vec<String> {
    let mut codes: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{}:{}", f["path"].as_str().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn statistics_count_findings_per_rule_most_frequent_first() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--statistics", "--format", "table"]).output().unwrap();
    insta::assert_snapshot!("statistics_text", seen(&out));

    let out = aura(tmp.path()).args(["analyze", "--statistics", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_json_snapshot!("statistics_json", json(&out));
}

#[test]
fn statistics_refuse_a_document_format_and_keep_the_gate() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--statistics", "--format", "sarif"]).output().unwrap();
    insta::assert_snapshot!("statistics_sarif_refused", seen(&out));

    // the counts do not change the exit status: a finding at the gate still fails
    let out = aura(tmp.path())
        .args(["analyze", "--statistics", "--format", "table", "--fail-on", "warning", "--select", "PY001"])
        .output()
        .unwrap();
    insta::assert_snapshot!("statistics_gate", seen(&out));
}

#[test]
fn select_replaces_the_configured_selection_extend_select_adds_ignore_removes() {
    let tmp = fixture();
    // the configuration switches PY001 off and MRK001 (a default rule) stays on
    config(tmp.path(), "rules:\n  disable: [PY001]\n");
    let run = |args: &[&str]| {
        let out = aura(tmp.path()).args(["analyze", "--format", "json", "src"]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", seen(&out));
        codes(&json(&out))
    };
    assert_eq!(run(&[]), ["app.py:MRK001", "app.py:SEC004", "app.py:SIZ003"]);
    // `--select` replaces `rules.disable` too: PY001 runs, and only the selection runs
    assert_eq!(run(&["--select", "PY001"]), ["app.py:PY001"]);
    // comma-separated and repeatable, codes, prefixes and names alike
    assert_eq!(
        run(&["--select", "PY,dynamic-code-execution", "--select", "MRK"]),
        ["app.py:MRK001", "app.py:PY001", "app.py:SEC004"]
    );
    assert_eq!(run(&["--select", "PY", "--extend-select", "SIZ003"]), ["app.py:PY001", "app.py:SIZ003"]);
    // without `--select`, `--extend-select` adds to the configured selection
    assert_eq!(
        run(&["--extend-select", "PY001"]),
        ["app.py:MRK001", "app.py:PY001", "app.py:SEC004", "app.py:SIZ003"]
    );
    // `--ignore` wins over both selections, as `rules.disable` wins over `rules.enable`
    assert_eq!(run(&["--select", "SEC,SIZ", "--ignore", "SIZ003,MRK"]), ["app.py:SEC004"]);
}

#[test]
fn per_path_overrides_still_apply_under_select() {
    let tmp = fixture();
    config(
        tmp.path(),
        "analysis:\n  overrides:\n    - paths: [\"tests/**\"]\n      rules:\n        disable: [PY001]\n",
    );
    let out = aura(tmp.path()).args(["analyze", "--format", "json", "--select", "PY001"]).output().unwrap();
    assert_eq!(codes(&json(&out)), ["src/app.py:PY001"]);
}

#[test]
fn an_unknown_rule_on_the_command_line_is_a_usage_error_with_a_suggestion() {
    let tmp = fixture();
    for args in [
        ["analyze", "--select", "PY01", "--ignore", "nope-rule"],
        ["analyze", "--extend-select", "dynamic-code-exec", "--exclude", ""],
    ] {
        let out = aura(tmp.path()).args(args).output().unwrap();
        insta::assert_snapshot!(format!("unknown_selector_{}", args[1].trim_start_matches('-')), seen(&out));
    }
}

#[test]
fn exclude_and_include_narrow_the_files_as_the_configuration_keys_do() {
    let tmp = fixture();
    config(tmp.path(), "analysis:\n  exclude: [\"*.go\"]\n");
    let files = |args: &[&str]| {
        let out = aura(tmp.path()).args(["analyze", "--format", "json"]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", seen(&out));
        let report = json(&out);
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(files(&[]), ["src/app.py", "tests/test_app.py"]);
    // added to `analysis.exclude`: the configured `*.go` stays excluded
    assert_eq!(files(&["--exclude", "tests"]), ["src/app.py"]);
    assert_eq!(files(&["--include", "tests/**", "--include", "*.go"]), ["tests/test_app.py"]);
}

#[test]
fn exit_zero_passes_the_gate_but_not_a_usage_error() {
    let tmp = fixture();
    let out =
        aura(tmp.path()).args(["analyze", "--format", "json", "--fail-on", "warning"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = aura(tmp.path())
        .args(["analyze", "--format", "table", "--fail-on", "warning", "--exit-zero", "--select", "PY001"])
        .output()
        .unwrap();
    insta::assert_snapshot!("exit_zero", seen(&out));
    let out = aura(tmp.path()).args(["analyze", "--exit-zero", "--select", "PY01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", seen(&out));
}

#[test]
fn stdin_is_analyzed_as_the_named_file() {
    let tmp = fixture();
    config(
        tmp.path(),
        "analysis:\n  overrides:\n    - paths: [\"tests/**\"]\n      rules:\n        disable: [PY001]\n",
    );
    let stdin = |name: &str, input: &[u8], extra: &[&str]| {
        let out = Command::from_std(aura(tmp.path()))
            .args(["analyze", "-", "--stdin-filename", name, "--format", "json"])
            .args(extra)
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", seen(&out));
        json(&out)
    };
    // the same findings, at the same paths, as the file on disk
    let on_disk =
        json(&aura(tmp.path()).args(["analyze", "src/app.py", "--format", "json"]).output().unwrap());
    let piped = stdin("src/app.py", NOISY.as_bytes(), &[]);
    assert_eq!(piped["findings"], on_disk["findings"]);
    assert_eq!(piped["files"][0]["path"], "src/app.py");
    // the name decides the per-path overrides: PY001 is off under tests/
    assert_eq!(
        codes(&stdin("./tests/new.py", NOISY.as_bytes(), &["--select", "PY,SEC"])),
        ["tests/new.py:SEC004"]
    );
    // an excluded name gives no findings, a name of another language another analysis
    assert_eq!(stdin("tests/new.py", NOISY.as_bytes(), &["--exclude", "tests"])["summary"]["files"], 0);
    assert_eq!(stdin("notes.txt", NOISY.as_bytes(), &[])["summary"]["files"], 0);
    let go = stdin("cmd/main.go", b"package main\n\nfunc main() {}\n", &[]);
    assert_eq!(go["files"][0]["language"], "go");
    // binary input is skipped like a binary file on disk; invalid UTF-8 is still analyzed
    let binary = stdin("b.py", b"x = 1\0\n", &[]);
    assert_eq!(binary["skipped"][0]["reason"], "binary file (contains NUL bytes)");
    let latin1 = stdin("c.py", b"s = '\xe9'\neval(s)\n", &[]);
    assert_eq!(codes(&latin1), ["c.py:SEC004"]);
}

#[test]
fn stdin_without_its_name_or_beside_paths_is_a_usage_error() {
    let tmp = fixture();
    let out =
        Command::from_std(aura(tmp.path())).args(["analyze", "-"]).write_stdin("x = 1\n").output().unwrap();
    insta::assert_snapshot!("stdin_without_name", seen(&out));
    let out = Command::from_std(aura(tmp.path()))
        .args(["analyze", "-", "src", "--stdin-filename", "a.py"])
        .write_stdin("x = 1\n")
        .output()
        .unwrap();
    insta::assert_snapshot!("stdin_beside_paths", seen(&out));
}

/// A repository whose staged change adds a bare `except:` and an `eval`.
fn staged_change() -> Sandbox {
    let s = Sandbox::new();
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_commit:\n      fail_on: warning\n");
    s.write("app.py", "def ok():\n    return 1\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: start"]);
    s.write("app.py", "def ok():\n    try:\n        eval('1')\n    except:\n        return 1\n");
    s.git_ok(&["add", "-A"]);
    s
}

#[test]
fn review_takes_the_selection_statistics_and_exit_zero() {
    let s = staged_change();
    let out = s.aura(&["review", "--staged", "--format", "table", "--statistics"]);
    insta::assert_snapshot!("review_statistics", seen(&out));
    let out = s.aura(&["review", "--staged", "--format", "json", "--ignore", "SEC"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let review = json(&out);
    let kept: Vec<&str> =
        review["findings"].as_array().unwrap().iter().map(|k| k["code"].as_str().unwrap()).collect();
    assert_eq!(kept, ["PY001"]);
    let out = s.aura(&["review", "--staged", "--format", "json", "--fail-on", "warning"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let out = s.aura(&["review", "--staged", "--format", "json", "--fail-on", "warning", "--exit-zero"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn the_pre_commit_hook_takes_the_selection_statistics_and_exit_zero() {
    let s = staged_change();
    let out = s.aura(&["hook", "pre-commit"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let out = s.aura(&["hook", "pre-commit", "--select", "PY001"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("PY001") && !err.contains("SEC004"), "{err}");
    let out = s.aura(&["hook", "pre-commit", "--ignore", "PY001,SEC004"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(out.stderr.is_empty(), "{}", text(&out));
    let out = s.aura(&["hook", "pre-commit", "--exit-zero"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SEC004"), "the findings still print");
    let out = s.aura(&["hook", "pre-commit", "--statistics"]);
    insta::assert_snapshot!("hook_statistics", seen(&out));
    let out = s.aura(&["hook", "pre-commit", "--ignore", "SEC04"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `SEC004`?"), "{}", text(&out));
}

#[test]
fn merge_takes_exit_zero_too() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--format", "json", "-o", "all.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", seen(&out));
    let merge = |extra: &[&str]| {
        let out = aura(tmp.path())
            .args(["merge", "all.json", "--format", "json", "--fail-on", "warning"])
            .args(extra)
            .output()
            .unwrap();
        out.status.code()
    };
    assert_eq!(merge(&[]), Some(1));
    assert_eq!(merge(&["--exit-zero"]), Some(0));
}
