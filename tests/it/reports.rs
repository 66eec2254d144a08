//! The machine and document reports against the tools that consume them: SARIF through
//! Microsoft's official validator (with GitHub's rules), GitLab Code Quality's required
//! fields, the JSON report against `schemas/report.schema.json`, and the HTML report in
//! headless Chromium.
//!
//! `.ci/run` installs the tools (an npm prefix with `@microsoft/sarif-multitool` and
//! `puppeteer-core`, Chromium, Python's `jsonschema`) and fetches a real registry package
//! for the SARIF validation (`AURA_SARIF_CORPUS`). Without a tool, a test fails when `CI`
//! is set and is skipped (with a message on stderr) otherwise.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::common::{aura, chromium, missing, node_modules, repo_root};

// ---------------------------------------------------------------------------------------
// Shared helpers

const FIXTURES: &str = "tests/fixtures/secrets";

/// Run `aura analyze ARGS` in `dir` with `--fail-on never`; returns stdout.
fn analyze(dir: &Path, args: &[&str]) -> Vec<u8> {
    let home = tempfile::tempdir().unwrap();
    let out = aura(dir)
        .env("HOME", home.path())
        .arg("analyze")
        .args(args)
        .args(["--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "aura analyze {args:?} in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

fn text<'v>(value: &'v Value, pointer: &str) -> &'v str {
    value.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

// ---------------------------------------------------------------------------------------
// SARIF

/// The platform's binary of `@microsoft/sarif-multitool` inside `node_modules`.
fn sarif_multitool() -> Option<PathBuf> {
    let package = if cfg!(target_os = "macos") {
        "sarif-multitool-darwin/Sarif.Multitool"
    } else if cfg!(windows) {
        "sarif-multitool-win32/Sarif.Multitool.exe"
    } else {
        "sarif-multitool-linux/Sarif.Multitool"
    };
    let bin = node_modules().join("@microsoft").join(package);
    bin.is_file().then_some(bin)
}

/// The real registry package `.ci/run` fetched (`AURA_SARIF_CORPUS`), if any.
fn sarif_corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("AURA_SARIF_CORPUS").filter(|v| !v.is_empty())?);
    assert!(dir.is_dir(), "AURA_SARIF_CORPUS={} is not a directory", dir.display());
    Some(dir)
}

/// The extensions of the files a SARIF log's results point at.
fn result_extensions(log: &Value) -> BTreeSet<String> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| text(r, "/locations/0/physicalLocation/artifactLocation/uri").rsplit_once('.'))
        .map(|(_, ext)| ext.to_string())
        .collect()
}

/// Decode `%XX` escapes of a URI path.
fn percent_decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex =
            bytes.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

/// What GitHub code scanning needs of a log, beyond the schema: described rules, relative
/// URIs that resolve to the analyzed files, fingerprints, security severities, a category.
fn check_code_scanning_shape(log: &Value) {
    assert_eq!(log["version"], "2.1.0");
    assert!(text(log, "/$schema").contains("sarif-2.1.0"), "$schema: {}", log["$schema"]);
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1, "one run per analysis");
    let run = &runs[0];
    assert!(
        !text(run, "/automationDetails/id").is_empty(),
        "automationDetails.id: {}",
        run["automationDetails"]
    );
    assert!(!text(run, "/tool/driver/name").is_empty());

    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let mut index = BTreeMap::new();
    for (i, rule) in rules.iter().enumerate() {
        let id = text(rule, "/id");
        assert!(!id.is_empty(), "rules[{i}] has no id");
        assert!(index.insert(id, i).is_none(), "rule {id} is listed twice");
        for field in ["/shortDescription/text", "/fullDescription/text", "/help/text"] {
            let value = text(rule, field);
            assert!(!value.trim().is_empty(), "rule {id}: {field} is empty");
            if field != "/help/text" {
                assert!(value.chars().count() <= 1024, "rule {id}: {field} is over GitHub's 1024 characters");
            }
        }
        let level = text(rule, "/defaultConfiguration/level");
        assert!(
            ["error", "warning", "note"].contains(&level),
            "rule {id}: defaultConfiguration.level {level:?}"
        );
        let tags: Vec<&str> = rule
            .pointer("/properties/tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let unique: BTreeSet<&str> = tags.iter().copied().collect();
        assert_eq!(
            unique.len(),
            tags.len(),
            "rule {id}: properties.tags repeats a tag (the schema's uniqueItems): {tags:?}"
        );
        let security = tags.contains(&"security");
        match rule.pointer("/properties/security-severity") {
            Some(Value::String(s)) => {
                assert!(security, "rule {id} has a security-severity but no `security` tag");
                let score: f64 = s.parse().unwrap_or_else(|_| panic!("rule {id}: security-severity {s:?}"));
                assert!(
                    (0.1..=10.0).contains(&score),
                    "rule {id}: security-severity {score} outside 0.1-10.0"
                );
            }
            Some(other) => panic!("rule {id}: security-severity must be a string, not {other}"),
            None => assert!(!security, "security rule {id} has no properties.security-severity"),
        }
    }

    let base = text(run, "/originalUriBaseIds/%SRCROOT%/uri");
    let base = base.strip_prefix("file://").map(|p| PathBuf::from(percent_decode(p)));
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty(), "the analysis has findings");
    let mut security_results = 0;
    for (n, result) in results.iter().enumerate() {
        let id = text(result, "/ruleId");
        let Some(&i) = index.get(id) else {
            panic!("results[{n}]: ruleId {id:?} is not in tool.driver.rules")
        };
        if let Some(ri) = result.get("ruleIndex") {
            assert_eq!(ri.as_u64(), Some(i as u64), "results[{n}] ({id}): ruleIndex points at another rule");
        }
        security_results += usize::from(rules[i].pointer("/properties/security-severity").is_some());
        assert!(
            ["error", "warning", "note"].contains(&text(result, "/level")),
            "results[{n}]: level {}",
            result["level"]
        );
        assert!(!text(result, "/message/text").trim().is_empty(), "results[{n}] ({id}): empty message");
        let hash = text(result, "/partialFingerprints/primaryLocationLineHash");
        assert!(!hash.is_empty(), "results[{n}] ({id}): no partialFingerprints.primaryLocationLineHash");

        let physical = &result["locations"][0]["physicalLocation"];
        let uri = text(physical, "/artifactLocation/uri");
        assert!(
            !uri.is_empty()
                && !uri.contains("://")
                && !uri.starts_with("file:")
                && !uri.starts_with('/')
                && !uri.starts_with("./")
                && !uri.contains('\\'),
            "results[{n}] ({id}): URI {uri:?} is not relative to the repository root"
        );
        if let Some(base) = &base {
            let file = base.join(percent_decode(uri));
            assert!(file.is_file(), "results[{n}] ({id}): {uri} does not resolve under {}", base.display());
        }
        let region = &physical["region"];
        let start = region["startLine"].as_u64().unwrap_or(0);
        assert!(start >= 1, "results[{n}] ({id}): startLine {}", region["startLine"]);
        assert!(
            region["endLine"].as_u64().unwrap_or(start) >= start,
            "results[{n}] ({id}): endLine before startLine"
        );
        assert!(region["startColumn"].as_u64().unwrap_or(1) >= 1, "results[{n}] ({id}): startColumn");
    }
    assert!(security_results > 0, "the log has security findings to check");
}

/// The validator's problems at level `error`, one line each: rule, file:line, JSON path, message.
fn validator_errors(output: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for run in output["runs"].as_array().into_iter().flatten() {
        let rules: BTreeMap<&str, &Value> = run["tool"]["driver"]["rules"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| (text(r, "/id"), r))
            .collect();
        for result in run["results"].as_array().into_iter().flatten() {
            let id = text(result, "/ruleId");
            let rule = rules.get(id).copied().unwrap_or(&Value::Null);
            let level = result["level"].as_str().or_else(|| rule["defaultConfiguration"]["level"].as_str());
            if level.unwrap_or("warning") != "error" {
                continue;
            }
            let arguments: Vec<&str> = result["message"]["arguments"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let mut message = match result["message"]["text"].as_str() {
                Some(t) => t.to_string(),
                None => {
                    text(rule, &format!("/messageStrings/{}/text", text(result, "/message/id"))).to_string()
                }
            };
            for (i, arg) in arguments.iter().enumerate() {
                message = message.replace(&format!("{{{i}}}"), arg);
            }
            let physical = &result["locations"][0]["physicalLocation"];
            let file = text(physical, "/artifactLocation/uri").rsplit('/').next().unwrap_or("").to_string();
            let line = physical["region"]["startLine"].as_u64().unwrap_or(0);
            let path = result["properties"]["jsonPath"].as_str().or(arguments.first().copied()).unwrap_or("");
            let at =
                if path.is_empty() || message.contains(path) { String::new() } else { format!(" [{path}]") };
            problems.push(format!("{id} {file}:{line}{at}: {message}"));
        }
        for invocation in run["invocations"].as_array().into_iter().flatten() {
            for kind in ["toolExecutionNotifications", "toolConfigurationNotifications"] {
                for note in invocation[kind].as_array().into_iter().flatten() {
                    if note["level"] == "error" {
                        problems.push(format!("validator {kind}: {}", text(note, "/message/text")));
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn sarif_passes_the_official_validator_with_github_rules() {
    let Some(validator) = sarif_multitool() else {
        return missing(
            "the SARIF validator (@microsoft/sarif-multitool)",
            &format!(
                "npm install --prefix {} @microsoft/sarif-multitool",
                node_modules().parent().unwrap().display()
            ),
        );
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut logs = Vec::new();

    // aura's own tree: Rust, Python and scripts, plus the fixtures' findings in seven languages
    let own = tmp.path().join("aura.sarif");
    analyze(repo_root(), &[".", "--format", "sarif", "-o", own.to_str().unwrap()]);
    let own_log = read_json(&own);
    let languages = result_extensions(&own_log);
    assert!(languages.len() >= 5, "findings in several languages: {languages:?}");
    logs.push(own);

    // a review of aura's own last ten commits: the same writer on the changed files
    let review = tmp.path().join("review.sarif");
    let home = tempfile::tempdir().unwrap();
    let out = aura(repo_root())
        .env("HOME", home.path())
        .args([
            "review",
            "--base",
            "HEAD~10",
            "--filter-mode",
            "nofilter",
            "--no-impact",
            "--fail-on",
            "never",
        ])
        .args(["--format", "json", "-o", "/dev/null", "--sarif"])
        .arg(&review)
        .output()
        .unwrap();
    if out.status.success() {
        logs.push(review);
    } else {
        // a shallow or fresh checkout has no ten commits of history: not under CI
        missing(
            &format!("ten commits of aura's history ({})", String::from_utf8_lossy(&out.stderr).trim()),
            "git fetch --unshallow",
        );
    }

    // a large real registry package
    let mut corpus_log = None;
    match sarif_corpus() {
        Some(corpus) => {
            let path = tmp.path().join("corpus.sarif");
            analyze(&corpus, &[".", "--format", "sarif", "-o", path.to_str().unwrap()]);
            let log = read_json(&path);
            let languages = result_extensions(&log);
            assert!(
                languages.len() >= 2,
                "{}: findings in several languages: {languages:?}",
                corpus.display()
            );
            let results = log["runs"][0]["results"].as_array().unwrap().len();
            assert!(results >= 100, "{}: a large package has many findings, not {results}", corpus.display());
            logs.push(path);
            corpus_log = Some(log);
        }
        None => eprintln!(
            "AURA_SARIF_CORPUS is not set: validating aura's own tree only (.ci/run fetches Django)"
        ),
    }

    let output = tmp.path().join("validation.sarif");
    let run = Command::new(&validator)
        .arg("validate")
        .args(&logs)
        .args(["--rule-kind", "Gh;Sarif", "--output"])
        .arg(&output)
        .args(["--log", "ForceOverwrite"])
        .current_dir(tmp.path())
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", validator.display()));
    assert!(
        run.status.success() && output.is_file(),
        "the validator failed ({}):\n{}\n{}",
        run.status,
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let problems = validator_errors(&read_json(&output));
    assert!(
        problems.is_empty(),
        "the SARIF validator (rule kinds Gh;Sarif) reports {} errors:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // what the validator does not check (on aura's own tree: the next test)
    if let Some(log) = corpus_log {
        check_code_scanning_shape(&log);
    }
}

#[test]
fn sarif_carries_what_github_code_scanning_needs() {
    let out = analyze(repo_root(), &[".", "--format", "sarif"]);
    let log: Value = serde_json::from_slice(&out).unwrap();
    check_code_scanning_shape(&log);
}

/// A function over the cyclomatic threshold, and an `eval` (a security finding).
const MOVABLE: &str = r#"def tangled(x, items):
    total = 0
    for i in items:
        if i > 1 and x:
            total += 1
        elif i < 0 or x > 3:
            total -= 1
        while total > 10:
            total -= 2
        if i == 5:
            continue
        if i == 6:
            break
        try:
            total += int(i)
        except ValueError:
            pass
    return total if total else None


def run(x):
    return eval(x)
"#;

/// `ruleId → (fingerprint, startLine, endLine)` of every result.
fn located_fingerprints(dir: &Path) -> BTreeMap<String, (String, u64, u64)> {
    let log: Value = serde_json::from_slice(&analyze(dir, &["--format", "sarif"])).unwrap();
    let mut out = BTreeMap::new();
    for r in log["runs"][0]["results"].as_array().unwrap() {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        let entry = (
            text(r, "/partialFingerprints/primaryLocationLineHash").to_string(),
            region["startLine"].as_u64().unwrap(),
            region["endLine"].as_u64().unwrap(),
        );
        assert!(out.insert(text(r, "/ruleId").to_string(), entry).is_none(), "one result per rule here");
    }
    out
}

#[test]
fn sarif_fingerprints_stay_when_code_moves_down() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("moving.py");
    std::fs::write(&file, MOVABLE).unwrap();
    let before = located_fingerprints(tmp.path());
    assert!(before.contains_key("CPX001"), "the function is too complex: {before:?}");
    assert!(before.keys().any(|id| id.starts_with("SEC")), "eval is a security finding: {before:?}");

    std::fs::write(&file, format!("# moved\n\n# by ten lines\n\n\n\n\n\n\n#\n{MOVABLE}")).unwrap();
    let after = located_fingerprints(tmp.path());
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>(), "the same findings");
    for (id, (hash, start, end)) in &before {
        let (moved_hash, moved_start, moved_end) = &after[id];
        assert_eq!(hash, moved_hash, "{id}: the fingerprint moved with the code");
        assert_eq!((*moved_start, *moved_end), (start + 10, end + 10), "{id}: the region moves by 10 lines");
    }
}

// ---------------------------------------------------------------------------------------
// GitLab Code Quality

fn codequality(args: &[&str]) -> Vec<Value> {
    let out = analyze(repo_root(), &[args, &["--format", "codequality"][..]].concat());
    assert!(!out.starts_with(b"\xEF\xBB\xBF"), "no byte order mark");
    let report: Value = serde_json::from_slice(&out).expect("Code Quality is JSON");
    report.as_array().expect("Code Quality is a JSON array").clone()
}

#[test]
fn codequality_has_the_fields_gitlab_requires() {
    let issues = codequality(&[FIXTURES]);
    assert!(issues.len() >= 10, "the fixtures have findings: {}", issues.len());
    let mut fingerprints = BTreeSet::new();
    for (n, issue) in issues.iter().enumerate() {
        for field in ["description", "check_name", "fingerprint", "severity"] {
            assert!(
                issue[field].as_str().is_some_and(|s| !s.trim().is_empty()),
                "issue {n}: `{field}` must be a non-empty string: {issue}"
            );
        }
        let severity = text(issue, "/severity");
        assert!(
            ["info", "minor", "major", "critical", "blocker"].contains(&severity),
            "issue {n}: severity {severity:?}"
        );
        let path = text(issue, "/location/path");
        assert!(
            !path.is_empty()
                && !path.starts_with('/')
                && !path.starts_with("./")
                && !path.contains('\\')
                && !path.contains("://"),
            "issue {n}: location.path {path:?} is not relative"
        );
        let begin = &issue["location"]["lines"]["begin"];
        assert!(begin.is_u64() && begin.as_u64() >= Some(1), "issue {n}: location.lines.begin {begin}");
        assert!(
            fingerprints.insert(text(issue, "/fingerprint").to_string()),
            "issue {n}: duplicate fingerprint"
        );
    }
    // security errors block a merge request
    assert!(issues.iter().any(|i| i["severity"] == "blocker"), "the fixtures' credentials are blockers");

    // the gate is the same as for every format
    let home = tempfile::tempdir().unwrap();
    let gated = aura(repo_root())
        .env("HOME", home.path())
        .args(["analyze", FIXTURES, "--format", "codequality"])
        .output()
        .unwrap();
    assert_eq!(gated.status.code(), Some(1), "errors reach the default gate");
}

/// GitLab resolves `location.path` from the repository root, as SARIF URIs are, also when
/// only a subdirectory is analyzed.
#[test]
fn codequality_paths_are_relative_to_the_repository_root() {
    for issue in codequality(&[FIXTURES]) {
        let path = text(&issue, "/location/path");
        assert!(
            repo_root().join(path).is_file(),
            "location.path {path:?} is not a file of the repository (analyzing {FIXTURES} from the root)"
        );
    }
}

// ---------------------------------------------------------------------------------------
// JSON Schema of the JSON report

/// Validates each document against the schema; prints `{file: [error, ...]}` as JSON.
const VALIDATE_PY: &str = r#"
import json, pathlib, sys
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
path = pathlib.Path(sys.argv[1])
# the schemas beside it, by file name: review.schema.json refers to report.schema.json
registry = Registry()
for other in path.parent.glob("*.schema.json"):
    registry = registry.with_resource(other.name, Resource.from_contents(json.loads(other.read_text())))
schema = json.loads(path.read_text())
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, registry=registry)
result = {}
for path in sys.argv[2:]:
    with open(path) as f:
        errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: e.json_path)
    result[path] = [f"{e.json_path}: {e.message}" for e in errors[:20]]
print(json.dumps(result))
"#;

/// Validate `docs` (name, document) against `schema` with Python's jsonschema; the errors
/// per name.
fn schema_errors(schema: &str, docs: &[(&str, &Value)]) -> BTreeMap<String, Vec<String>> {
    let tmp = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, doc) in docs {
        let path = tmp.path().join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_vec(doc).unwrap()).unwrap();
        files.push(path);
    }
    let out = Command::new("python3")
        .args(["-c", VALIDATE_PY])
        .arg(repo_root().join(schema))
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success(), "jsonschema: {}", String::from_utf8_lossy(&out.stderr));
    let verdicts: BTreeMap<String, Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    docs.iter()
        .map(|(name, _)| {
            (name.to_string(), verdicts[tmp.path().join(format!("{name}.json")).to_str().unwrap()].clone())
        })
        .collect()
}

/// Every positive matches `schema`; every negative is rejected with its expected message.
fn assert_schema(schema: &str, positives: &[(&str, &Value)], negatives: &[(&str, Value, &str)]) {
    let docs: Vec<(&str, &Value)> =
        positives.iter().copied().chain(negatives.iter().map(|(n, d, _)| (*n, d))).collect();
    let errors = schema_errors(schema, &docs);
    for (name, _) in positives {
        let errors = &errors[*name];
        assert!(errors.is_empty(), "{name} does not match {schema}:\n{}", errors.join("\n"));
    }
    for (name, _, expected) in negatives {
        let errors = &errors[*name];
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{schema} accepts the broken document `{name}` (expected {expected:?}): {errors:?}"
        );
    }
}

fn python_has_jsonschema() -> bool {
    Command::new("python3").args(["-c", "import jsonschema"]).output().is_ok_and(|o| o.status.success())
}

/// A report with skipped files (binary, too large, a dangling link), a file with syntax
/// errors, an import cycle, and (through `aura merge` of a shard that lists one) an error.
fn report_with_skips_and_errors(dir: &Path) -> (Value, Value) {
    let src = dir.join("src");
    std::fs::create_dir(&src).unwrap();
    std::fs::write(src.join("a.py"), "import b\n\n\ndef f(x):\n    return eval(x)\n").unwrap();
    std::fs::write(src.join("b.py"), "import a\n").unwrap();
    std::fs::write(src.join("broken.py"), "def f(:\n  if if\n").unwrap();
    std::fs::write(src.join("binary.py"), b"x = 1\0\0").unwrap();
    std::fs::write(src.join("big.py"), "x = 1\n".repeat(3000)).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("missing.py", src.join("dangling.py")).unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = aura(&src)
        .env("HOME", home.path())
        .args(["analyze", "--format", "json", "--fail-on", "never"])
        .env("AURA_MAX_FILE_SIZE", "10000")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let skipped: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(skipped["skipped"].as_array().unwrap().len() >= 2, "skipped files: {}", skipped["skipped"]);

    let mut shard = skipped.clone();
    shard["errors"] =
        json!([{ "path": "crash.py", "message": "internal error: index out of bounds at src/x.rs:1" }]);
    std::fs::write(dir.join("shard.json"), serde_json::to_vec(&shard).unwrap()).unwrap();
    let out = aura(dir)
        .env("HOME", home.path())
        .args(["merge", "shard.json", "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    // an internal error is a tool error (exit 2), and the report is still written
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let merged: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        merged["errors"].as_array().unwrap().len(),
        1,
        "the error survives the merge: {}",
        merged["errors"]
    );
    (skipped, merged)
}

#[test]
fn json_report_matches_its_schema() {
    if !python_has_jsonschema() {
        return missing("Python's jsonschema", "python3 -m pip install jsonschema");
    }
    let tmp = tempfile::tempdir().unwrap();
    let own: Value = serde_json::from_slice(&analyze(repo_root(), &[".", "--format", "json"])).unwrap();
    let fixtures: Value =
        serde_json::from_slice(&analyze(repo_root(), &[FIXTURES, "--format", "json"])).unwrap();
    assert!(!fixtures["findings"].as_array().unwrap().is_empty(), "the fixtures have findings");
    let (skipped, merged) = report_with_skips_and_errors(tmp.path());

    // Each negative breaks one thing, and the schema must say which.
    let mut negatives: Vec<(&str, Value, &str)> = Vec::new();
    let mut broken = fixtures.clone();
    broken["findings"][0].as_object_mut().unwrap().remove("fingerprint");
    negatives.push(("no-fingerprint", broken, "'fingerprint' is a required property"));
    let mut broken = own.clone();
    let with_functions =
        own["files"].as_array().unwrap().iter().position(|f| f["functions"] != json!([])).unwrap();
    broken["files"][with_functions]["functions"][0].as_object_mut().unwrap().remove("cyclomatic");
    negatives.push(("no-cyclomatic", broken, "'cyclomatic' is a required property"));
    let mut broken = own.clone();
    broken["summary"].as_object_mut().unwrap().remove("findings");
    negatives.push(("no-summary-findings", broken, "'findings' is a required property"));
    let mut broken = merged.clone();
    broken["errors"][0].as_object_mut().unwrap().remove("message");
    negatives.push(("no-error-message", broken, "'message' is a required property"));
    let mut broken = fixtures.clone();
    broken["files"][0]["lines"]["docs"] = json!(3);
    negatives.push(("extra-field", broken, "Additional properties are not allowed"));
    let mut broken = fixtures.clone();
    broken["findings"][0]["severity"] = json!("fatal");
    negatives.push(("bad-severity", broken, "is not one of"));

    let positives = [("own", &own), ("fixtures", &fixtures), ("skipped", &skipped), ("merged", &merged)];
    assert_schema("schemas/report.schema.json", &positives, &negatives);
}

#[test]
fn json_review_matches_its_schema() {
    if !python_has_jsonschema() {
        return missing("Python's jsonschema", "python3 -m pip install jsonschema");
    }
    let home = tempfile::tempdir().unwrap();
    let out = aura(repo_root())
        .env("HOME", home.path())
        .args([
            "review",
            "--base",
            "HEAD~10",
            "--filter-mode",
            "nofilter",
            "--fail-on",
            "never",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    if !out.status.success() {
        // a shallow or fresh checkout has no ten commits of history
        return missing("ten commits of aura's history", "git fetch --unshallow");
    }
    let review: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!review["findings"].as_array().unwrap().is_empty(), "aura's last ten commits have findings");
    assert!(!review["functions"].as_array().unwrap().is_empty());

    let mut negatives: Vec<(&str, Value, &str)> = Vec::new();
    let mut broken = review.clone();
    broken["findings"][0].as_object_mut().unwrap().remove("status");
    negatives.push(("no-status", broken, "'status' is a required property"));
    let mut broken = review.clone();
    broken["filter_mode"] = json!("diff");
    negatives.push(("bad-filter-mode", broken, "is not one of"));
    let mut broken = review.clone();
    broken["risk"]["score"] = json!(101);
    negatives.push(("risk-over-100", broken, "is greater than the maximum"));

    let mut broken = review.clone();
    broken["findings"][0]["unsuppressed"] = json!(false);
    negatives.push(("unsuppressed-false", broken, "was expected"));
    // a finding whose `# noqa` the change removed
    let mut unsuppressed = review.clone();
    unsuppressed["findings"][0]["status"] = json!("existing");
    unsuppressed["findings"][0]["unsuppressed"] = json!(true);

    assert_schema(
        "schemas/review.schema.json",
        &[("review", &review), ("review-unsuppressed", &unsuppressed)],
        &negatives,
    );
}

// ---------------------------------------------------------------------------------------
// HTML in headless Chromium

#[test]
fn html_report_renders_offline_in_headless_chromium() {
    let node = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let modules = node_modules();
    let puppeteer = modules.join("puppeteer-core/package.json").is_file();
    if !node || !puppeteer || !chromium().is_file() {
        return missing(
            &format!(
                "tools of the HTML check (node found: {node}; puppeteer-core in {}: {puppeteer}; {}: {})",
                modules.display(),
                chromium().display(),
                chromium().is_file()
            ),
            "apt-get install -y chromium nodejs npm; npm install --prefix DIR puppeteer-core@24; \
             AURA_NODE_MODULES=DIR/node_modules",
        );
    }
    // kept under target/tmp to look at after a failure
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("reports-html");
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.html");
    analyze(repo_root(), &[".", "--format", "html", "-o", report.to_str().unwrap()]);

    for scheme in ["light", "dark"] {
        let shot = dir.join(format!("report-{scheme}.png"));
        let _ = std::fs::remove_file(&shot);
        let out = Command::new("node")
            .arg(repo_root().join("tests/html/check.mjs"))
            .arg(&report)
            .arg(&shot)
            .env("AURA_NODE_MODULES", &modules)
            .env("CHROMIUM", chromium())
            .env("AURA_COLOR_SCHEME", scheme)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{scheme}: the report at {} does not render cleanly:\n{stdout}\n{}",
            report.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let result: Value = serde_json::from_str(&stdout).unwrap();
        for list in ["console_errors", "page_errors", "requests", "failed_requests"] {
            assert_eq!(result[list], json!([]), "{scheme}: {list}");
        }
        assert_eq!(result["checks"]["ready"], true, "{scheme}: {}", result["checks"]);
        assert_eq!(result["checks"]["sort_toggles"], true, "{scheme}: a full report has sortable tables");
        let png = std::fs::read(&shot).unwrap();
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{scheme}: a screenshot at {}",
            shot.display()
        );
    }
}
