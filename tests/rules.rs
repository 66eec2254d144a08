//! Rules as users meet them: the secret detector against a fixture of planted fake
//! credentials, each syntax rule on a small example, suppressions, baselines, severity and
//! per-path overrides, custom rules, and their exit codes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn aura(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("aura").unwrap();
    cmd.current_dir(dir).env("HOME", dir).env("NO_COLOR", "1").env_remove("AURA_CONFIG_PATH");
    cmd
}

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

fn codes(report: &Value) -> BTreeSet<String> {
    findings(report).into_iter().map(|(_, _, c)| c).collect()
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/secrets")
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
