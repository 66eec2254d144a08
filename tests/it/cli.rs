//! The command line as users meet it: formats, exit codes, global flags, generated artifacts.

use assert_cmd::assert::OutputAssertExt as _;
use serde_json::Value;

use crate::common::{aura, repo_root};

/// A small repository with two languages and an import cycle.
fn fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(
        d.join("pkg/a.py"),
        "\"\"\"Module a.\"\"\"\nfrom pkg import b\n\n\ndef route(x, y):\n    \"\"\"Route.\"\"\"\n    if x and y:\n        return b.go(x)\n    elif x:\n        return 1\n    return 0\n",
    )
    .unwrap();
    std::fs::write(d.join("pkg/b.py"), "from . import a\n\n\ndef go(v):\n    return [i for i in v if i]\n")
        .unwrap();
    std::fs::write(
        d.join("main.go"),
        "package main\n\n// Main runs.\nfunc Main(n int) int {\n\tfor i := 0; i < n; i++ {\n\t\tif i%2 == 0 && i > 4 {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn 0\n}\n",
    )
    .unwrap();
    std::fs::write(d.join("notes.txt"), "not code\n").unwrap();
    std::fs::write(d.join(".gitignore"), "ignored/\n").unwrap();
    std::fs::create_dir(d.join("ignored")).unwrap();
    std::fs::write(d.join("ignored/x.py"), "def f(): pass\n").unwrap();
    tmp
}

#[test]
fn analyze_table_shows_languages_functions_and_cycles() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--format", "table"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let text = regex::Regex::new(r"\(\d+\.\d\d s\)").unwrap().replace_all(&text, "([time] s)");
    insta::assert_snapshot!("analyze_table", text);
}

#[test]
fn analyze_json_is_versioned_and_complete() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let mut report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["schema_version"], 1);
    report["root"] = Value::String("[root]".into());
    report["tool"]["version"] = Value::String("[version]".into());
    // a digest of every configuration key: it changes whenever a key is added
    assert!(report["run"]["config_digest"].as_str().is_some_and(|d| d.len() == 16), "{}", report["run"]);
    report["run"]["config_digest"] = Value::String("[digest]".into());
    insta::assert_json_snapshot!("analyze_json", report);
}

#[test]
fn json_is_the_default_on_a_pipe_and_output_goes_to_a_file() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze"]).output().unwrap();
    let piped: Value = serde_json::from_slice(&out.stdout).expect("JSON on a pipe");
    assert_eq!(piped["summary"]["files"], 4);

    let out = aura(tmp.path()).args(["analyze", "-o", "report.json", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written: Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(written["summary"]["functions"], 3);
}

#[test]
fn dash_c_runs_elsewhere_and_paths_narrow_the_walk() {
    let tmp = fixture();
    let elsewhere = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out =
        aura(elsewhere.path()).args(["-C", dir, "analyze", "pkg", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> =
        report["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["__init__.py", "a.py", "b.py"]);
}

#[test]
fn an_unknown_format_is_a_usage_error_naming_the_choices() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--format", "xml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected one of: table, json"), "{err}");
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let tmp = fixture();
    let out = aura(tmp.path()).args(["analyze", "--frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jobs_do_not_change_the_result() {
    let tmp = fixture();
    let run = |jobs: &str| {
        let out = aura(tmp.path()).args(["analyze", "--format", "json", "-j", jobs]).output().unwrap();
        let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["root"] = Value::Null;
        v
    };
    assert_eq!(run("1"), run("4"));
}

#[test]
fn graph_formats_show_the_cycle() {
    let tmp = fixture();
    let table = aura(tmp.path()).args(["graph", "--format", "table"]).output().unwrap();
    assert_eq!(table.status.code(), Some(0));
    insta::assert_snapshot!("graph_table", String::from_utf8(table.stdout).unwrap());
    let dot = aura(tmp.path()).args(["graph", "--format", "dot"]).output().unwrap();
    insta::assert_snapshot!("graph_dot", String::from_utf8(dot.stdout).unwrap());
    let json = aura(tmp.path()).args(["graph", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["cycles"], serde_json::json!([["pkg/a.py", "pkg/b.py"]]));
}

#[test]
fn graph_writes_json_on_a_pipe_like_analyze() {
    let tmp = fixture();
    // standard output is a pipe here: no --format means JSON, as for `aura analyze`
    let piped = aura(tmp.path()).args(["graph"]).output().unwrap();
    assert_eq!(piped.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&piped.stdout).expect("JSON on a pipe");
    assert_eq!(v["cycles"], serde_json::json!([["pkg/a.py", "pkg/b.py"]]));
    let file = tmp.path().join("graph.out");
    aura(tmp.path()).args(["graph", "-o", file.to_str().unwrap()]).assert().success();
    let v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).expect("JSON in a file");
    assert_eq!(v["schema_version"], serde_json::json!(1));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let tmp = fixture();
    let mut child = aura(tmp.path())
        .args(["analyze", "--format", "json", "-v"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn checked_in_completions_and_man_page_are_current() {
    let root = repo_root();
    for (shell, file) in [
        ("bash", "aura.bash"),
        ("zsh", "_aura"),
        ("fish", "aura.fish"),
        ("elvish", "aura.elv"),
        ("powershell", "_aura.ps1"),
    ] {
        let out = aura(root).args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let checked_in = std::fs::read(root.join("completions").join(file)).unwrap_or_default();
        assert!(out.stdout == checked_in, "completions/{file} is stale: run scripts/gen-completions");
    }
    let man = aura(root).args(["man"]).output().unwrap();
    let text = String::from_utf8(man.stdout).unwrap();
    assert!(text.contains(".TH aura"), "a roff man page");
    assert!(text.contains("analyze"));
    assert_eq!(
        std::fs::read_to_string(root.join("completions/aura.1")).unwrap_or_default(),
        text,
        "completions/aura.1 is stale"
    );
}

#[test]
fn man_writes_a_page_per_command_each_with_the_exit_statuses() {
    let tmp = tempfile::tempdir().unwrap();
    let out = aura(tmp.path()).args(["man", "--dir", "pages"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8(out.stdout).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(tmp.path().join("pages"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(listed.lines().count(), names.len(), "prints each page written: {listed}");
    for expected in ["aura.1", "aura-analyze.1", "aura-config-show.1", "aura-commit-lint.1", "aura-man.1"] {
        assert!(names.iter().any(|n| n == expected), "{expected} in {names:?}");
    }
    for name in &names {
        let page = std::fs::read_to_string(tmp.path().join("pages").join(name)).unwrap();
        let title = format!(".TH {} 1", name.trim_end_matches(".1"));
        assert!(page.contains(&title), "{name}: {title}");
        assert!(page.contains(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR"), "{name} has EXIT STATUS");
        assert!(page.contains("\\fB2\\fR\nA usage, configuration or tool error"), "{name}");
    }
    let show = std::fs::read_to_string(tmp.path().join("pages/aura-config-show.1")).unwrap();
    assert!(show.contains("\\fB\\-\\-all\\fR"), "a subcommand page lists its own flags:\n{show}");
}

#[test]
fn logs_go_to_stderr_at_the_configured_level() {
    let tmp = fixture();
    let quiet = aura(tmp.path()).args(["analyze", "--format", "json"]).output().unwrap();
    assert!(quiet.stderr.is_empty(), "no logs by default: {}", String::from_utf8_lossy(&quiet.stderr));

    let verbose = aura(tmp.path()).args(["-vv", "analyze", "--format", "json"]).output().unwrap();
    let err = String::from_utf8_lossy(&verbose.stderr);
    assert!(err.contains("DEBUG walked and analyzed files=4 skipped=0 errors=0"), "{err}");
    assert!(!err.contains('\x1b'), "no colors on a pipe: {err}");
    let _: Value = serde_json::from_slice(&verbose.stdout).expect("the report stays clean JSON");

    let json = aura(tmp.path())
        .args(["-vv", "analyze", "--format", "json"])
        .env("AURA_LOG_FORMAT", "json")
        .output()
        .unwrap();
    let lines: Vec<Value> = String::from_utf8_lossy(&json.stderr)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON log lines"))
        .collect();
    assert!(lines.iter().any(|l| l["level"] == "DEBUG"), "{lines:#?}");
}

#[test]
fn a_gate_message_names_where_the_gate_was_set() {
    let tmp = fixture();
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(tmp.path().join(".git")).unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = aura(tmp.path());
        cmd.env("HOME", &home).args(["analyze", "--format", "json"]).args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stderr).unwrap().replace(&tmp.path().display().to_string(), "[ROOT]")
    };
    std::fs::create_dir_all(tmp.path().join(".aura")).unwrap();
    std::fs::write(tmp.path().join(".aura/config.yaml"), "# gates\nanalysis:\n  fail_on: note\n").unwrap();
    let from_file = run(&[], &[]);
    let from_env = run(&[], &[("AURA_FAIL_ON", "note")]);
    let from_flag = run(&["--fail-on", "note"], &[("AURA_FAIL_ON", "never")]);
    let gate = |said: &str| said.lines().find(|l| l.contains("the gate")).unwrap_or_default().to_owned();
    insta::assert_snapshot!("gate_sources", [gate(&from_file), gate(&from_env), gate(&from_flag)].join("\n"));
}

#[test]
fn verbose_lists_the_configuration_layers_in_order() {
    let tmp = fixture();
    let home = tmp.path().join("home");
    std::fs::create_dir_all(home.join(".aura")).unwrap();
    std::fs::write(home.join(".aura/config.yaml"), "logging:\n  format: text\n").unwrap();
    std::fs::create_dir_all(tmp.path().join(".git")).unwrap();
    let out = aura(tmp.path())
        .env("HOME", &home)
        .env("AURA_JOBS", "2")
        .env("AURA_MAX_FILE_SIZE", "4096")
        .args(["-v", "analyze", "--format", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap().replace(&tmp.path().display().to_string(), "[ROOT]");
    let layers: Vec<&str> =
        err.lines().filter(|l| l.contains("configuration layer")).map(str::trim).collect();
    assert_eq!(
        layers,
        [
            "INFO configuration layer default: built in",
            "INFO configuration layer user: [ROOT]/home/.aura/config.yaml (read)",
            "INFO configuration layer project: [ROOT]/.aura/config.yaml (not found)",
            "INFO configuration layer env: AURA_JOBS sets analysis.jobs",
            "INFO configuration layer env: AURA_MAX_FILE_SIZE sets analysis.max_file_size",
            "INFO configuration layer flag: -v sets logging.level",
        ],
        "{err}"
    );
}
