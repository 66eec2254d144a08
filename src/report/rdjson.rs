//! reviewdog's Diagnostic Format as one JSON document (`rdjson`, a `DiagnosticResult`):
//! `reviewdog -f=rdjson` comments each finding on the pull request, with its rule code
//! and the suggestion in the message. Valid against reviewdog's JSON Schema.

use std::io::Write;

use serde_json::{Value, json};

use crate::model::{Report, Severity};

fn severity(level: Severity) -> &'static str {
    match level {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Note => "INFO",
    }
}

/// The `DiagnosticResult` of a report. Paths are relative to the repository root (where
/// reviewdog runs); positions are 1-based with an exclusive end, as the format defines.
pub fn result(report: &Report) -> Value {
    let (_, prefix) = super::repository_base(std::path::Path::new(&report.root));
    let mut diagnostics: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut message = f.message.clone();
            if !f.suggestion.is_empty() {
                message.push_str("\n\n");
                message.push_str(&f.suggestion);
            }
            json!({
                "message": message,
                "location": {
                    "path": format!("{prefix}{}", f.path),
                    "range": {
                        "start": { "line": f.line.max(1), "column": f.column.max(1) },
                        "end": { "line": f.end_line.max(f.line).max(1), "column": f.end_column.max(1) },
                    }
                },
                "severity": severity(f.severity),
                "code": { "value": f.code },
            })
        })
        .collect();
    diagnostics.extend(report.errors.iter().map(|e| {
        json!({
            "message": e.message,
            "location": { "path": format!("{prefix}{}", e.path) },
            "severity": "ERROR",
            "code": { "value": "analysis" },
        })
    }));
    json!({
        "source": { "name": "aura", "url": "https://github.com/aura-dev/aura" },
        "diagnostics": diagnostics,
    })
}

/// Write the report.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &result(report))?;
    out.write_all(b"\n")
}
