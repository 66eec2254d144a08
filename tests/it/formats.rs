//! The CI formats against their consumers: GitHub annotations against GitHub's toolkit
//! (`@actions/core`), JUnit against Jenkins' `junit-10.xsd` and junitparser, checkstyle
//! through diff-quality's parser, rdjson against reviewdog's JSON Schema, the CSV against
//! lizard's own `--csv` and Python's `csv` reader; and each format's output on one fixture,
//! snapshotted. The validators are in `tests/formats/`; `.ci/run` installs their tools.
//! Without a tool a test fails when `CI` is set and is skipped otherwise.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::common::{Sandbox, aura, chromium, missing, node_modules, repo_root};

/// A repository whose findings need every escape: a path with a comma, a custom rule
/// whose message holds markup, quotes, `%`, `,`, `:` and a line break; all three severities.
fn fixture() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("app")).unwrap();
    std::fs::create_dir_all(d.join(".aura")).unwrap();
    std::fs::create_dir(d.join(".git")).unwrap(); // the repository root paths are relative to
    std::fs::write(
        d.join("app/util.py"),
        "import os\n\n\ndef run(cmd, a, b, c, d, e, f):\n    if a and b or c:\n        eval(cmd)\n    try:\n        \
         return 1\n    except:\n        return 0\n\n\nclass Store:\n    def get(self, key):\n        return os.environ.get(key)\n",
    )
    .unwrap();
    std::fs::write(
        d.join("app/we,ird.py"),
        "\"\"\"Odd name.\"\"\"\n\n\ndef shout(text):\n    \"\"\"Shout.\"\"\"\n    print(f\"{text}!\")\n",
    )
    .unwrap();
    std::fs::write(
        d.join(".aura/config.yaml"),
        r#"rules:
  custom:
    - id: no-print
      language: python
      query: '(call function: (identifier) @f (#eq? @f "print")) @finding'
      message: 'print() <to> stdout & "friends": 100%, not:logging'
      severity: error
    - id: env-read
      language: python
      query: '((identifier) @f (#eq? @f "environ")) @finding'
      message: "reads the environment\nwhich tests cannot pin"
      severity: note
"#,
    )
    .unwrap();
    tmp
}

/// `aura analyze . --format FORMAT` in `dir` (never gated); its stdout.
fn analyze(dir: &Path, format: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = aura(dir)
        .env("HOME", home.path())
        .args(["analyze", ".", "--fail-on", "never", "--format", format])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "--format {format}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn findings(dir: &Path) -> Vec<Value> {
    let report: Value = serde_json::from_str(&analyze(dir, "json")).unwrap();
    report["findings"].as_array().unwrap().clone()
}

fn python_has(modules: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {modules}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Run `tests/formats/check.py FORMAT` on `report`; the items its consumer read.
fn consumer_check(format: &str, report: &str) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("report.{format}"));
    std::fs::write(&path, report).unwrap();
    let out = Command::new("python3")
        .arg(repo_root().join("tests/formats/check.py"))
        .arg(format)
        .arg(&path)
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let result: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|_| panic!("check.py {format}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(result["errors"], json!([]), "{format} rejected by its consumer:\n{report}");
    assert_eq!(out.status.code(), Some(0));
    result["items"].as_array().unwrap().clone()
}

/// The snapshot-stable form of a report: the temporary directory's name replaced.
fn stable(text: &str, dir: &Path) -> String {
    text.replace(&dir.to_string_lossy().into_owned(), "[DIR]")
}

// ---------------------------------------------------------------------------------------
// github

fn severity_rank(s: &str) -> u8 {
    match s {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    }
}

/// Check annotation lines against `@actions/core` writing the same findings.
fn assert_toolkit_agrees(annotations: &str, findings: &[Value]) {
    let modules = node_modules();
    if !modules.join("@actions/core/package.json").is_file() {
        return missing(
            &format!("@actions/core in {}", modules.display()),
            "npm install --prefix DIR @actions/core@1.11.1; AURA_NODE_MODULES=DIR/node_modules",
        );
    }
    let expected: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut message = f["message"].as_str().unwrap().to_owned();
            let suggestion = f["suggestion"].as_str().unwrap_or("");
            if !suggestion.is_empty() {
                message.push('\n');
                message.push_str(suggestion);
            }
            json!({
                "severity": f["severity"], "path": f["path"], "line": f["line"], "column": f["column"],
                "end_line": f["end_line"], "end_column": f["end_column"],
                "title": if f["code"] == f["rule"] {
                    f["code"].as_str().unwrap().to_owned()
                } else {
                    format!("{} {}", f["code"].as_str().unwrap(), f["rule"].as_str().unwrap())
                },
                "message": message,
            })
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("annotations.txt"), annotations).unwrap();
    std::fs::write(dir.path().join("findings.json"), serde_json::to_string(&expected).unwrap()).unwrap();
    let out = Command::new("node")
        .arg(repo_root().join("tests/formats/annotations.mjs"))
        .arg(dir.path().join("annotations.txt"))
        .arg(dir.path().join("findings.json"))
        .env("AURA_NODE_MODULES", &modules)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "annotations differ from @actions/core's:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn github_annotations_are_what_the_actions_toolkit_writes() {
    let tmp = fixture();
    let annotations = analyze(tmp.path(), "github");
    insta::assert_snapshot!("github", annotations);
    let mut expected = findings(tmp.path());
    assert_eq!(expected.len(), 5, "{expected:#?}");
    expected.sort_by_key(|f| {
        (
            severity_rank(f["severity"].as_str().unwrap()),
            f["path"].as_str().unwrap().to_owned(),
            f["line"].as_u64(),
            f["column"].as_u64(),
        )
    });
    assert_toolkit_agrees(&annotations, &expected);
}

#[test]
fn review_and_the_pre_commit_hook_write_github_annotations() {
    let s = Sandbox::new();
    s.write("app/ok.py", "\"\"\"Ok.\"\"\"\n");
    s.commit_all_on_day("chore: start", 1);
    s.write(
        "app/new.py",
        "def f(cmd):\n    eval(cmd)\n    try:\n        return 1\n    except:\n        return 0\n",
    );
    s.git_ok(&["add", "-A"]);

    let review = s.aura(&["review", "--staged", "--format", "github", "--fail-on", "never"]);
    assert_eq!(review.status.code(), Some(0), "{}", String::from_utf8_lossy(&review.stderr));
    let stdout = String::from_utf8(review.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines.iter().all(|l| l.starts_with("::warning file=app/new.py,line=")), "{stdout}");

    // the hook gates on errors: an error-severity rule makes it block
    s.write(".aura/config.yaml", "rules:\n  severity:\n    PY001: error\n");
    let hook = s.aura(&["hook", "pre-commit", "--format", "github"]);
    let stdout = String::from_utf8(hook.stdout).unwrap();
    assert_eq!(hook.status.code(), Some(1), "{stdout}{}", String::from_utf8_lossy(&hook.stderr));
    assert!(stdout.lines().any(|l| l.starts_with("::error file=app/new.py,line=5,")), "{stdout}");
    assert!(
        String::from_utf8_lossy(&hook.stderr).contains("AURA_SKIP"),
        "the blocking message stays on stderr"
    );

    let wrong = s.aura(&["hook", "pre-commit", "--format", "sarif"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("expected one of: table, github"));
}

// ---------------------------------------------------------------------------------------
// junit, checkstyle, rdjson

#[test]
fn junit_is_valid_for_jenkins_and_junitparser() {
    let tmp = fixture();
    let report = analyze(tmp.path(), "junit");
    insta::assert_snapshot!("junit", stable(&report, tmp.path()));
    if !python_has("lxml, junitparser") {
        return missing("Python's lxml and junitparser", "python3 -m pip install lxml junitparser");
    }
    let cases = consumer_check("junit", &report);
    let findings = findings(tmp.path());
    assert_eq!(cases.len(), findings.len(), "a failing case per finding: {cases:#?}");
    for f in &findings {
        let message = format!("{}: {}", f["code"].as_str().unwrap(), f["message"].as_str().unwrap());
        assert!(
            cases.iter().any(|c| c["suite"] == f["path"] && c["message"] == message.as_str()),
            "{message} read back from {cases:#?}"
        );
    }
}

#[test]
fn checkstyle_reads_back_through_diff_quality() {
    let tmp = fixture();
    let report = analyze(tmp.path(), "checkstyle");
    insta::assert_snapshot!("checkstyle", stable(&report, tmp.path()));
    if !python_has("diff_cover") {
        return missing("Python's diff-cover", "python3 -m pip install diff-cover");
    }
    let violations = consumer_check("checkstyle", &report);
    let mut read: Vec<(String, u64)> = violations
        .iter()
        .map(|v| (v["file"].as_str().unwrap().to_owned(), v["line"].as_u64().unwrap()))
        .collect();
    let mut expected: Vec<(String, u64)> = findings(tmp.path())
        .iter()
        .map(|f| (f["path"].as_str().unwrap().to_owned(), f["line"].as_u64().unwrap()))
        .collect();
    read.sort();
    expected.sort();
    assert_eq!(read, expected);
    assert!(
        violations
            .iter()
            .any(|v| v["message"].as_str().unwrap().starts_with("error: print() <to> stdout & \"friends\"")),
        "markup and quotes survive: {violations:#?}"
    );
}

#[test]
fn rdjson_matches_reviewdogs_schema() {
    let tmp = fixture();
    let report = analyze(tmp.path(), "rdjson");
    insta::assert_snapshot!("rdjson", stable(&report, tmp.path()));
    if !python_has("jsonschema") {
        return missing("Python's jsonschema", "python3 -m pip install jsonschema");
    }
    let diagnostics = consumer_check("rdjson", &report);
    assert_eq!(diagnostics.len(), findings(tmp.path()).len());
    // reviewdog maps these to its severities and rule links; the schema alone allows any string
    for d in &diagnostics {
        assert!(["ERROR", "WARNING", "INFO"].contains(&d["severity"].as_str().unwrap()), "{d}");
        assert!(d["location"]["range"]["start"]["line"].as_u64().unwrap() >= 1, "{d}");
        assert!(d["code"]["value"].is_string(), "{d}");
    }
    // a document the schema must reject, so the check can fail
    let bad = json!({ "diagnostics": [{ "message": 1, "severity": "LOUD" }] });
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.json"), bad.to_string()).unwrap();
    let out = Command::new("python3")
        .arg(repo_root().join("tests/formats/check.py"))
        .args(["rdjson", dir.path().join("bad.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
}

// ---------------------------------------------------------------------------------------
// csv

/// Rows of a CSV file as Python's `csv` module reads them (RFC 4180), keyed by header.
fn read_csv(text: &str) -> Vec<Value> {
    let mut child = Command::new("python3")
        .args(["-c", "import csv, json, sys; print(json.dumps(list(csv.DictReader(sys.stdin))))"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
}

#[test]
fn csv_has_lizards_columns_and_agrees_with_lizard() {
    let tmp = fixture();
    let ours = analyze(tmp.path(), "csv");
    insta::assert_snapshot!("csv", ours);
    let Ok(lizard) = Command::new("lizard").args(["--csv", "-V", "app"]).current_dir(tmp.path()).output()
    else {
        return missing("lizard", "python3 -m pip install lizard==1.24.3");
    };
    let lizard = String::from_utf8(lizard.stdout).unwrap();
    assert_eq!(ours.lines().next(), lizard.lines().next(), "the same header, column for column");
    let ours = read_csv(&ours);
    let theirs = read_csv(&lizard);
    assert_eq!(ours.len(), 3, "{ours:#?}");
    assert_eq!(ours.len(), theirs.len(), "ours {ours:#?}\nlizard {theirs:#?}");
    let key = |r: &Value| (r["file"].as_str().unwrap().to_owned(), r["start"].as_str().unwrap().to_owned());
    for row in &theirs {
        let mine = ours.iter().find(|o| key(o) == key(row)).unwrap_or_else(|| panic!("{row} missing"));
        // token counts differ (aura counts Halstead operators and operands), long_name has
        // no parameter list; parameters are compared where both count alike (no `self`)
        let mut columns = vec!["NLOC", "CCN", "length", "location", "function", "end"];
        if !mine["long_name"].as_str().unwrap().contains('.') {
            columns.push("PARAM");
        }
        for column in columns {
            assert_eq!(mine[column], row[column], "{column} of {row}");
        }
    }
    assert!(ours.iter().any(|r| r["file"] == "app/we,ird.py"), "a comma in a path stays one field");
}

// ---------------------------------------------------------------------------------------
// HTML: inline code

#[test]
fn html_renders_backticks_in_messages_as_code() {
    let modules = node_modules();
    if !modules.join("puppeteer-core/package.json").is_file() || !chromium().is_file() {
        return missing(
            "puppeteer-core and Chromium",
            "apt-get install -y chromium; npm install puppeteer-core@24",
        );
    }
    let tmp = fixture();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("formats-html");
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.html");
    std::fs::write(&report, analyze(tmp.path(), "html")).unwrap();
    let out = Command::new("node")
        .arg(repo_root().join("tests/html/check.mjs"))
        .arg(&report)
        .env("AURA_NODE_MODULES", &modules)
        .env("CHROMIUM", chromium())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let result: Value = serde_json::from_str(&stdout).unwrap();
    // `run`, `eval`/`exec`, `except:` … in the messages and suggestions
    assert!(result["checks"]["inline_code"].as_u64().unwrap() >= 6, "{}", result["checks"]);
    assert_eq!(result["checks"]["raw_backticks"], 0, "{}", result["checks"]);
}
