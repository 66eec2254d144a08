//! GitLab Code Quality: a JSON array of issues, each with `description`, `check_name`,
//! `fingerprint`, `severity` and `location.path` / `location.lines.begin` (the fields
//! GitLab requires), plus `categories` and the suggestion as `content.body`.

use std::io::Write;

use serde_json::json;

use crate::model::{Report, Severity};

/// GitLab's severity for a finding: security errors block, other errors are critical.
fn severity(code: &str, level: Severity) -> &'static str {
    match level {
        Severity::Error if code.starts_with("SEC") => "blocker",
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Note => "info",
    }
}

fn category(code: &str) -> &'static str {
    match crate::rules::find(code).map(|r| r.family) {
        Some(crate::rules::Family::Security) => "Security",
        Some(crate::rules::Family::Complexity) | Some(crate::rules::Family::Maintainability) => "Complexity",
        Some(crate::rules::Family::Size) => "Complexity",
        Some(crate::rules::Family::Documentation) => "Style",
        Some(crate::rules::Family::Structure) => "Clarity",
        Some(crate::rules::Family::Syntax) => "Compatibility",
        _ => "Bug Risk",
    }
}

/// Write the report (a JSON array, no BOM). Paths are relative to the git repository
/// root, where GitLab resolves them. Each issue is built as it is written.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let (_, prefix) = super::repository_base(std::path::Path::new(&report.root));
    serde_json::to_writer_pretty(&mut *out, &Issues { findings: &report.findings, prefix: &prefix })?;
    out.write_all(b"\n")
}

struct Issues<'a> {
    findings: &'a [crate::model::Finding],
    prefix: &'a str,
}

impl serde::Serialize for Issues<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        let mut seq = serializer.serialize_seq(Some(self.findings.len()))?;
        for f in self.findings {
            seq.serialize_element(&json!({
                "type": "issue",
                "description": format!("{}: {}", f.code, f.message),
                "check_name": f.code,
                "fingerprint": f.fingerprint,
                "severity": severity(&f.code, f.severity),
                "categories": [category(&f.code)],
                "content": { "body": f.suggestion },
                "location": {
                    "path": format!("{}{}", self.prefix, f.path),
                    "lines": { "begin": f.line.max(1), "end": f.end_line.max(f.line).max(1) }
                }
            }))?;
        }
        seq.end()
    }
}
