//! Baselines: the findings a project accepts for now. `--write-baseline FILE` records the
//! current findings; `--baseline FILE` drops the findings it lists, matched by rule, file
//! and content fingerprint (not line), so code that moves stays baselined while every new
//! finding is reported.
//!
//! Version 2 baselines hold the fingerprints that ignore comments and whitespace on the
//! line. A version 1 baseline (written before) is still read: its entries that no longer
//! match by fingerprint match a finding with the same rule, file and message, and the
//! command suggests rewriting it with `--write-baseline`.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{Finding, Report};

/// Version of the baseline file's shape and fingerprints.
const BASELINE_VERSION: u32 = 2;
/// The version whose line fingerprints still held comments and whitespace.
const LEGACY_VERSION: u32 = 1;

/// A baseline file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    pub schema_version: u32,
    pub findings: Vec<Entry>,
}

/// One accepted finding; `message` and `line` are for people reading the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub code: String,
    pub path: String,
    pub fingerprint: String,
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read the baseline {path}: {message}")]
    Read { path: String, message: String },
    #[error("{path} is not an aura baseline: {message}")]
    Parse { path: String, message: String },
    #[error("cannot write the baseline {path}: {message}")]
    Write { path: String, message: String },
}

impl Baseline {
    /// A baseline of `findings`.
    pub fn of(findings: &[Finding]) -> Self {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                code: f.code.to_string(),
                path: f.path.clone(),
                fingerprint: f.fingerprint.clone(),
                line: f.line,
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| (&a.path, a.line, &a.code).cmp(&(&b.path, b.line, &b.code)));
        Self { schema_version: BASELINE_VERSION, findings: entries }
    }

    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| BaselineError::Read {
            path: shown.clone(),
            message: match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".into(),
                std::io::ErrorKind::PermissionDenied => "permission denied".into(),
                _ => e.to_string(),
            },
        })?;
        let baseline: Self = serde_json::from_str(&text)
            .map_err(|e| BaselineError::Parse { path: shown.clone(), message: e.to_string() })?;
        if baseline.schema_version != BASELINE_VERSION && baseline.schema_version != LEGACY_VERSION {
            return Err(BaselineError::Parse {
                path: shown,
                message: format!(
                    "schema_version {} (this aura reads {BASELINE_VERSION})",
                    baseline.schema_version
                ),
            });
        }
        Ok(baseline)
    }

    /// Written by an aura whose line fingerprints differ: `--write-baseline` refreshes it.
    pub fn is_legacy(&self) -> bool {
        self.schema_version == LEGACY_VERSION
    }

    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let mut text = serde_json::to_string_pretty(self).expect("a baseline serializes");
        text.push('\n');
        std::fs::write(path, text)
            .map_err(|e| BaselineError::Write { path: path.display().to_string(), message: e.to_string() })
    }

    /// The baseline split by path: each part drops the findings of one file, as the whole
    /// would (every entry names its file), for a report that streams file by file.
    pub fn by_path(&self) -> HashMap<String, Baseline> {
        let mut parts: HashMap<String, Baseline> = HashMap::new();
        for e in &self.findings {
            parts
                .entry(e.path.clone())
                .or_insert_with(|| Baseline { schema_version: self.schema_version, findings: Vec::new() })
                .findings
                .push(e.clone());
        }
        parts
    }

    /// Drop the findings of `report` the baseline lists, and count them as baselined.
    pub fn apply_to(&self, report: &mut Report) {
        let dropped = self.apply(&mut report.findings);
        report.summary.findings.baselined += dropped;
        report.recount();
    }

    /// Drop from `findings` those the baseline lists (each entry absorbs one finding);
    /// returns how many were dropped.
    pub fn apply(&self, findings: &mut Vec<Finding>) -> u32 {
        let mut budget: HashMap<(String, String, String), u32> = HashMap::new();
        for e in &self.findings {
            *budget.entry((e.code.clone(), e.path.clone(), e.fingerprint.clone())).or_default() += 1;
        }
        let before = findings.len();
        findings.retain(|f| {
            match budget.get_mut(&(f.code.to_string(), f.path.clone(), f.fingerprint.clone())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        if self.is_legacy() {
            // the fingerprints of line findings changed since: match what is left by message
            let mut left: HashMap<(String, String, String), u32> = HashMap::new();
            for e in &self.findings {
                let key = (e.code.clone(), e.path.clone(), e.fingerprint.clone());
                if budget.get(&key).is_some_and(|n| *n > 0) {
                    *budget.entry(key).or_default() -= 1;
                    *left.entry((e.code.clone(), e.path.clone(), e.message.clone())).or_default() += 1;
                }
            }
            findings.retain(|f| {
                match left.get_mut(&(f.code.to_string(), f.path.clone(), f.message.clone())) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        (before - findings.len()) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    fn finding(fingerprint: &str) -> Finding {
        Finding {
            code: "PY001".into(),
            rule: "bare-except".into(),
            severity: Severity::Warning,
            message: "bare `except:`".into(),
            path: "a.py".into(),
            line: 4,
            column: 5,
            end_line: 4,
            end_column: 12,
            function: None,
            suggestion: "".into(),
            fingerprint: fingerprint.into(),
        }
    }

    #[test]
    fn a_version_1_baseline_matches_changed_line_fingerprints_by_message() {
        let mut old = Baseline::of(&[finding("old-print")]);
        assert_eq!(old.schema_version, 2);
        let mut findings = vec![finding("new-print"), finding("new-print-2")];
        assert_eq!(old.apply(&mut findings), 0, "version 2: fingerprints only");
        old.schema_version = 1;
        assert!(old.is_legacy());
        assert_eq!(old.apply(&mut findings), 1, "one entry absorbs one finding");
        assert_eq!(findings.len(), 1);
        // an entry matched by its fingerprint is not used twice
        let legacy = Baseline { schema_version: 1, ..Baseline::of(&[finding("same")]) };
        let mut findings = vec![finding("same"), finding("other")];
        assert_eq!(legacy.apply(&mut findings), 1);
        assert_eq!(findings[0].fingerprint, "other");
    }
}
