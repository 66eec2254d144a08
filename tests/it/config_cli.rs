//! `aura config ...` through the real binary, in temporary repositories with `HOME`
//! pointed at a temporary directory and no `AURA_*` variables from the outside.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::assert::OutputAssertExt as _;
use predicates::str::contains;
use tempfile::TempDir;

use crate::common;

/// A home directory and a git repository (a directory with `.git`), both temporary.
struct Sandbox {
    home: TempDir,
    repo: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let sandbox = Self { home: tempfile::tempdir().unwrap(), repo: tempfile::tempdir().unwrap() };
        fs::create_dir(sandbox.repo().join(".git")).unwrap();
        sandbox
    }

    fn home(&self) -> PathBuf {
        self.home.path().canonicalize().unwrap()
    }

    fn repo(&self) -> PathBuf {
        self.repo.path().canonicalize().unwrap()
    }

    fn write(&self, path: &Path, text: &str) -> PathBuf {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        path.to_path_buf()
    }

    fn write_user(&self, text: &str) -> PathBuf {
        self.write(&self.home().join(".aura/config.yaml"), text)
    }

    fn write_project(&self, name: &str, text: &str) -> PathBuf {
        self.write(&self.repo().join(".aura").join(name), text)
    }

    /// `aura ARGS...` run in the repository with a clean environment.
    fn aura(&self, args: &[&str]) -> Command {
        let mut cmd = common::aura(&self.repo());
        cmd.env_clear().env("HOME", self.home()).env("NO_COLOR", "1").args(args);
        cmd
    }

    /// Standard output of a successful run, with the temporary paths replaced.
    fn stdout(&self, cmd: &mut Command) -> String {
        let output = cmd.assert().success().get_output().stdout.clone();
        self.redact(&String::from_utf8(output).unwrap())
    }

    /// Standard output of a run that exits with `code`, with the temporary paths replaced.
    fn stdout_failing(&self, cmd: &mut Command, code: i32) -> String {
        let output = cmd.assert().code(code).get_output().stdout.clone();
        self.redact(&String::from_utf8(output).unwrap())
    }

    fn redact(&self, text: &str) -> String {
        text.replace(&self.home().display().to_string(), "[HOME]")
            .replace(&self.repo().display().to_string(), "[REPO]")
    }
}

#[test]
fn show_names_the_layer_of_every_value() {
    let sandbox = Sandbox::new();
    sandbox.write_user(
        "analysis:\n  thresholds:\n    cyclomatic: 11\n    nesting: 3\nlogging:\n  format: json\n",
    );
    sandbox.write_project(
        "config.yaml",
        "analysis:\n  thresholds:\n    cyclomatic: 12\n  exclude: [vendor/**]\n",
    );
    let text = sandbox.stdout(
        sandbox
            .aura(&["config", "show", "--jobs", "3"])
            .env("AURA_LOG_LEVEL", "debug")
            .env("AURA_MAX_FILE_SIZE", "2048"),
    );
    insta::assert_snapshot!("show_layers", text);
}

#[test]
fn show_as_json() {
    let sandbox = Sandbox::new();
    sandbox.write_project(
        "config.json",
        r#"{"review": {"filter_mode": "file"}, "serve": {"rate_limiting": {"burst_size": 5}}}"#,
    );
    let text = sandbox.stdout(sandbox.aura(&["config", "show", "--format", "json"]).env("AURA_JOBS", "2"));
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entry = |key: &str| doc.get(key).unwrap_or_else(|| panic!("no {key}")).clone();
    assert_eq!(
        entry("review.filter_mode"),
        serde_json::json!({"value": "file", "origin": "project ([REPO]/.aura/config.json)"})
    );
    assert_eq!(entry("serve.rate_limiting.burst_size")["value"], 5);
    assert_eq!(entry("serve.rate_limiting.burst_size")["not_used_yet"], "aura serve is not built");
    assert!(doc.get("serve.rate_limiting.requests_per_minute").is_none(), "a default of serve is hidden");
    assert_eq!(entry("analysis.jobs"), serde_json::json!({"value": 2, "origin": "env (AURA_JOBS)"}));

    let all = sandbox.stdout(&mut sandbox.aura(&["config", "show", "--all", "--format", "json"]));
    let all: serde_json::Value = serde_json::from_str(&all).unwrap();
    assert_eq!(
        all["serve.rate_limiting.requests_per_minute"],
        serde_json::json!({"value": 100, "origin": "default", "not_used_yet": "aura serve is not built"})
    );
}

#[test]
fn show_marks_what_is_not_used_yet() {
    let sandbox = Sandbox::new();
    sandbox.write_project("config.yaml", "serve:\n  bind: 127.0.0.1:9000\nreview:\n  llm: true\n");
    let text = sandbox.stdout(&mut sandbox.aura(&["config", "show"]));
    let marked: Vec<&str> = text.lines().filter(|l| l.contains("not used yet")).collect();
    assert_eq!(
        marked,
        [
            "serve.bind = \"127.0.0.1:9000\"                                # project ([REPO]/.aura/config.yaml); \
             not used yet: aura serve is not built",
            "# 8 default values of serve.* are not shown: not used yet (aura serve is not built); --all \
             lists them",
        ]
    );
    assert!(text.contains("llm.providers[0].name = \"lm_studio\""), "`aura llm` reads the providers: {text}");
    assert!(
        text.contains("review.llm = true                                            # project"),
        "{text}"
    );
    let all = sandbox.stdout(&mut sandbox.aura(&["config", "show", "--all"]));
    assert!(
        all.contains(
            "serve.rate_limiting.requests_per_minute = 100                # default; not used yet: aura serve is \
             not built"
        ),
        "{all}"
    );
    assert!(!all.contains("are not shown"), "{all}");
}

#[test]
fn config_flag_replaces_the_project_file() {
    let sandbox = Sandbox::new();
    sandbox.write_project("config.yaml", "logging: {level: trace}\n");
    sandbox.write(&sandbox.repo().join("ci.yaml"), "logging: {format: json}\n");
    let text = sandbox.stdout(&mut sandbox.aura(&["config", "show", "--config", "ci.yaml"]));
    assert!(text.contains("logging.level = \"warn\""), "{text}");
    assert!(text.contains("# --config ([REPO]/ci.yaml)"), "{text}");
}

#[test]
fn typo_gives_file_line_and_suggestion() {
    let sandbox = Sandbox::new();
    sandbox.write_project("config.yaml", "analysis:\n  max_fle_size: 2048\n  thresholds:\n    cognitiv: 9\n");
    let text = sandbox.stdout_failing(&mut sandbox.aura(&["config", "validate"]), 2);
    insta::assert_snapshot!("validate_typo", text);
    sandbox.aura(&["config", "show"]).assert().code(2).stderr(contains(
        "/.aura/config.yaml:2:3: unknown key `analysis.max_fle_size`; did you mean `max_file_size`?",
    ));
}

#[test]
fn wrong_enum_value_lists_the_allowed_ones() {
    let sandbox = Sandbox::new();
    sandbox.write_project("config.yaml", "logging:\n  level: verbose\n  format: jsno\n");
    let text = sandbox.stdout_failing(&mut sandbox.aura(&["config", "validate"]), 2);
    insta::assert_snapshot!("validate_enum", text);
}

#[test]
fn validate_reports_every_problem_in_one_run() {
    let sandbox = Sandbox::new();
    sandbox.write_user("logging:\n  format: jsno\n");
    sandbox.write_project(
        "config.yaml",
        "analysis:\n  max_fle_size: 2048\n  exclude: [\"vendor[\"]\n  thresholds:\n    cyclomatic: 0\n    \
         nesting: deep\n    maintainability: 150\nrules:\n  disable: [XYZ999]\nreview:\n  filter_mode: lines\n",
    );
    let text = sandbox.stdout_failing(sandbox.aura(&["config", "validate"]).env("AURA_JOBS", "many"), 2);
    insta::assert_snapshot!("validate_every_problem", text);
    // a run stops on the same list, on standard error
    let out = sandbox.aura(&["analyze"]).env("AURA_JOBS", "many").assert().code(2);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().filter(|l| l.contains("config.yaml:")).count(), 8, "{stderr}");
}

#[test]
fn wrong_environment_value_names_the_variable() {
    let sandbox = Sandbox::new();
    let text = sandbox
        .stdout_failing(sandbox.aura(&["config", "validate"]).env("AURA_REVIEW_FILTER_MODE", "diff"), 2);
    assert_eq!(
        text,
        "environment variable AURA_REVIEW_FILTER_MODE: review.filter_mode: unknown value `diff`, \
         expected one of `added`, `diff_context`, `file`, `nofilter`\n"
    );
}

#[test]
fn malformed_yaml_gives_line_and_column() {
    let sandbox = Sandbox::new();
    sandbox.write_project("config.yaml", "analysis:\n  exclude: [a, b\n  jobs: 2\n");
    let text = sandbox.stdout_failing(&mut sandbox.aura(&["config", "validate"]), 2);
    insta::assert_snapshot!("validate_malformed", text);
}

#[test]
fn validate_named_files() {
    let sandbox = Sandbox::new();
    let good =
        sandbox.write(&sandbox.repo().join("good.json"), r#"{"git": {"commit": {"scopes": ["cli"]}}}"#);
    let bad = sandbox.write(&sandbox.repo().join("bad.yaml"), "serve:\n  bind: 0.0.0.0:80\n");
    assert!(good.exists() && bad.exists());
    let text = sandbox.stdout_failing(
        &mut sandbox.aura(&["config", "validate", "good.json", "bad.yaml", "missing.yaml"]),
        2,
    );
    insta::assert_snapshot!("validate_files", text);
}

#[test]
fn init_then_validate_then_refuse() {
    let sandbox = Sandbox::new();
    fs::create_dir(sandbox.repo().join("src")).unwrap();
    let created = sandbox.stdout(sandbox.aura(&["config", "init"]).current_dir(sandbox.repo().join("src")));
    assert_eq!(created, "created [REPO]/.aura/config.yaml\n");
    let starter = fs::read_to_string(sandbox.repo().join(".aura/config.yaml")).unwrap();
    assert!(starter.starts_with("# aura configuration"));

    let validated = sandbox.stdout(&mut sandbox.aura(&["config", "validate"]));
    assert_eq!(validated, "ok: [REPO]/.aura/config.yaml\n");
    let shown = sandbox.stdout(&mut sandbox.aura(&["config", "show"]));
    assert!(shown.contains("analysis.thresholds.cyclomatic = 10"), "{shown}");
    assert!(shown.contains("# project ([REPO]/.aura/config.yaml)"), "{shown}");

    sandbox
        .aura(&["config", "init"])
        .assert()
        .code(2)
        .stderr(contains("already exists; pass --force to overwrite it"));
    sandbox.aura(&["config", "init", "--force"]).assert().success();
}

#[test]
fn path_lists_each_layer_file() {
    let sandbox = Sandbox::new();
    sandbox.write_user("{}\n");
    let text = sandbox.stdout(sandbox.aura(&["config", "path"]).env("AURA_LOG_LEVEL", "info"));
    assert_eq!(
        text,
        "default  built in\n\
         user     [HOME]/.aura/config.yaml (exists)\n\
         project  [REPO]/.aura/config.yaml (not found)\n\
         env      AURA_LOG_LEVEL\n"
    );
}
