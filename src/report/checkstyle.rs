//! Checkstyle XML, the format reviewdog (`-f=checkstyle`), Jenkins' Warnings plugin,
//! danger and diff-quality read: `<checkstyle version>` with a `<file name>` per analyzed
//! file and an `<error line column severity message source>` per finding.

use std::collections::BTreeMap;
use std::io::Write;

use super::xml::escape;
use crate::model::{Finding, Report, Severity};

/// The checkstyle format version consumers expect (ESLint and most tools write 4.3).
const VERSION: &str = "4.3";

/// Checkstyle's severity words: error, warning, info.
fn severity(level: Severity) -> &'static str {
    match level {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "info",
    }
}

/// Write the report.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let (_, prefix) = super::repository_base(std::path::Path::new(&report.root));
    let mut files: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for file in &report.files {
        files.entry(&file.path).or_default();
    }
    for f in &report.findings {
        files.entry(&f.path).or_default().push(f);
    }
    let mut errors: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in &report.errors {
        files.entry(&e.path).or_default();
        errors.entry(&e.path).or_default().push(&e.message);
    }
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(out, "<checkstyle version=\"{VERSION}\">")?;
    for (path, findings) in &mut files {
        findings.sort_by_key(|f| (f.line, f.column, &*f.code));
        writeln!(out, "  <file name=\"{}\">", escape(&format!("{prefix}{path}")))?;
        for f in findings.iter() {
            // the message, then the suggestion (the code is the source)
            let mut message = f.message.clone();
            if !f.suggestion.is_empty() {
                if !message.ends_with('.') {
                    message.push('.');
                }
                message.push(' ');
                message.push_str(&f.suggestion);
            }
            writeln!(
                out,
                "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"aura.{}\"/>",
                f.line.max(1),
                f.column.max(1),
                severity(f.severity),
                escape(&message),
                escape(&f.code)
            )?;
        }
        for message in errors.get(path).into_iter().flatten() {
            writeln!(
                out,
                "    <error line=\"1\" severity=\"error\" message=\"{}\" source=\"aura.analysis\"/>",
                escape(message)
            )?;
        }
        writeln!(out, "  </file>")?;
    }
    writeln!(out, "</checkstyle>")
}
