//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
//! finding, which the runner shows on the run and on the pull request's diff. The one
//! annotation writer of every command: `analyze`, `merge`, `review` and the hooks.

use std::io::Write;

use crate::model::{Finding, Report, Severity};

/// The workflow command of a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// Escape a command's message as the runner unescapes it: `%`, CR and LF.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value: the message's escapes, and `:` and `,`, which end a value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation for a finding whose path is `prefix` + its path (relative to the
/// repository root, where GitHub resolves `file`).
pub(crate) fn annotation(finding: &Finding, prefix: &str) -> String {
    let f = finding;
    let mut message = f.message.clone();
    if !f.suggestion.is_empty() {
        message.push('\n');
        message.push_str(&f.suggestion);
    }
    format!(
        "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}",
        command(f.severity),
        property(&format!("{prefix}{}", f.path)),
        f.line.max(1),
        f.end_line.max(f.line).max(1),
        f.column.max(1),
        f.end_column.max(1),
        property(&title(f)),
        data(&message)
    )
}

/// `CODE rule-name`, or the code alone when the rule has no other name (custom rules).
pub(crate) fn title(f: &Finding) -> String {
    if f.rule.is_empty() || f.rule == f.code { f.code.to_string() } else { format!("{} {}", f.code, f.rule) }
}

/// Write one annotation per finding, at most `max`; a notice counts the rest.
pub(crate) fn write_findings<'a>(
    findings: impl ExactSizeIterator<Item = &'a Finding>,
    prefix: &str,
    max: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let total = findings.len();
    for f in findings.take(max) {
        writeln!(out, "{}", annotation(f, prefix))?;
    }
    if total > max {
        writeln!(
            out,
            "::notice title=aura::{} more finding(s) are in the job summary and the other reports",
            total - max
        )?;
    }
    Ok(())
}

/// Write the annotations of an analysis: every finding, most severe first, then by place.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let (_, prefix) = super::repository_base(std::path::Path::new(&report.root));
    let mut findings: Vec<&Finding> = report.findings.iter().collect();
    findings.sort_by(|a, b| {
        (a.severity, &a.path, a.line, a.column).cmp(&(b.severity, &b.path, b.line, b.column))
    });
    write_findings(findings.into_iter(), &prefix, usize::MAX, out)?;
    for e in &report.errors {
        writeln!(
            out,
            "::error file={},title=aura::{}",
            property(&format!("{prefix}{}", e.path)),
            data(&e.message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_escape_what_the_runner_would_read_as_syntax() {
        let f = Finding {
            code: "SEC004".into(),
            rule: "eval".into(),
            severity: Severity::Error,
            message: "100% bad".into(),
            path: "a,b:c.py".into(),
            line: 3,
            column: 5,
            end_line: 3,
            end_column: 9,
            function: None,
            suggestion: "do not\r\nat all".into(),
            fingerprint: "0123456789abcdef".into(),
        };
        assert_eq!(
            annotation(&f, "sub/"),
            "::error file=sub/a%2Cb%3Ac.py,line=3,endLine=3,col=5,endColumn=9,title=SEC004 eval::100%25 bad%0Ado not%0D%0Aat all"
        );
    }
}
