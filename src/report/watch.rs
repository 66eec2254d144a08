//! `aura watch`'s output: per event, the new and fixed findings and the totals for people,
//! or one JSON object per line for tools.

use std::io::Write;

use crate::model::{Finding, Severity};
use crate::watch::{Analysis, Totals, WatchEvent};

use super::Style;

/// How `aura watch` writes its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchFormat {
    /// `+`/`-` finding lines and a totals line per run.
    Text,
    /// One JSON object per event per line (`schema_version`, `event`, ...).
    Jsonl,
}

impl WatchFormat {
    /// Parse a `--format` value for `aura watch`.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.to_ascii_lowercase().as_str() {
            "text" | "table" => Ok(Self::Text),
            "json" | "jsonl" => Ok(Self::Jsonl),
            other => Err(format!(
                "`aura watch` writes `text` (the default) or `jsonl` (one JSON object per event \
                 per line, also accepted as `json`), not `{other}`"
            )),
        }
    }
}

/// What shapes the text output.
#[derive(Debug, Clone, Copy, Default)]
pub struct WatchText {
    pub style: Style,
    /// Only the finding lines: no totals (`-q`).
    pub quiet: bool,
}

/// Version of the watch events' JSON shape; bumped on any incompatible change.
pub const WATCH_SCHEMA_VERSION: u32 = 1;

/// Write one event as a JSON line.
pub fn write_event_json(event: &WatchEvent, out: &mut dyn Write) -> std::io::Result<()> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        schema_version: u32,
        #[serde(flatten)]
        event: &'a WatchEvent,
    }
    serde_json::to_writer(&mut *out, &Line { schema_version: WATCH_SCHEMA_VERSION, event })?;
    writeln!(out)
}

/// Write one event for people. The first analysis prints its totals only (its findings
/// are what `aura analyze` lists); a rerun prints each new finding (`+`), each fixed one
/// (`-`) and the new totals.
pub fn write_event_text(event: &WatchEvent, options: WatchText, out: &mut dyn Write) -> std::io::Result<()> {
    let st = options.style;
    match event {
        WatchEvent::Analyzed(analysis) => {
            if analysis.run > 0 {
                for f in &analysis.new {
                    writeln!(out, "{} {}", st.bold("+"), finding_line(f, st))?;
                }
                for f in &analysis.fixed {
                    writeln!(out, "{} {}", st.paint("32", "-"), st.dim(&finding_line(f, Style::default())))?;
                }
            }
            if !options.quiet {
                writeln!(out, "{}", st.bold(&totals_line(analysis)))?;
            }
            Ok(())
        }
        WatchEvent::ConfigError { message } => {
            let line = format!("configuration error: {message}");
            writeln!(out, "{}", st.red(&line))?;
            writeln!(out, "{}", st.dim("the watch goes on with the configuration it had"))
        }
        WatchEvent::Missing { paths } => {
            if !options.quiet {
                let line = format!("gone: {} (the results above stand until it is back)", paths.join(", "));
                writeln!(out, "{}", st.yellow(&line))?;
            }
            Ok(())
        }
    }
}

/// `path:line:col severity CODE message`.
fn finding_line(f: &Finding, st: Style) -> String {
    let level = match f.severity {
        Severity::Error => st.red("error"),
        Severity::Warning => st.yellow("warning"),
        Severity::Note => st.dim("note"),
    };
    format!("{}:{}:{} {level} {} {}", f.path, f.line, f.column, st.bold(&f.code), f.message)
}

/// `Found 1 error, 2 warnings in 12 files (31 ms): 1 new, 1 fixed after app/core.py`.
fn totals_line(analysis: &Analysis) -> String {
    let Totals { files, findings: c, skipped, errors } = analysis.totals;
    let plural = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = super::table::found(&c, files);
    if skipped > 0 {
        line.push_str(&format!(", {skipped} skipped"));
    }
    if errors > 0 {
        line.push_str(&format!(", {} failed", plural(errors, "file")));
    }
    line.push_str(&format!(" ({})", duration(analysis.elapsed)));
    if analysis.run > 0 {
        line.push_str(&format!(": {} new, {} fixed", analysis.new.len(), analysis.fixed.len()));
        match analysis.changed.as_slice() {
            [] => {}
            [one] => line.push_str(&format!(" after {one}")),
            [one, two] => line.push_str(&format!(" after {one}, {two}")),
            [one, rest @ ..] => line.push_str(&format!(" after {one} and {} more", rest.len())),
        }
    }
    line
}

/// `31 ms` under a second, `1.25 s` from one on: a warm rerun takes milliseconds.
fn duration(elapsed: std::time::Duration) -> String {
    if elapsed < std::time::Duration::from_secs(1) {
        format!("{} ms", elapsed.as_millis())
    } else {
        format!("{:.2} s", elapsed.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FindingCounts;
    use std::time::Duration;

    fn finding(code: &str, line: u32, severity: Severity, message: &str) -> Finding {
        Finding {
            code: code.to_owned().into(),
            rule: "".into(),
            severity,
            message: message.into(),
            path: "app/core.py".into(),
            line,
            column: 1,
            end_line: line,
            end_column: 1,
            function: None,
            suggestion: "".into(),
            fingerprint: format!("{code}{line}"),
        }
    }

    fn rerun() -> WatchEvent {
        WatchEvent::Analyzed(Analysis {
            run: 3,
            changed: vec!["app/core.py".into()],
            new: vec![finding("SIZ003", 4, Severity::Warning, "`route` has 6 parameters (threshold 5)")],
            fixed: vec![finding("SEC001", 9, Severity::Error, "hard-coded password")],
            totals: Totals {
                files: 12,
                findings: FindingCounts { warning: 2, note: 1, ..FindingCounts::default() },
                skipped: 1,
                errors: 0,
            },
            elapsed: Duration::from_millis(31),
        })
    }

    fn text(event: &WatchEvent, options: WatchText) -> String {
        let mut out = Vec::new();
        write_event_text(event, options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_rerun_lists_new_and_fixed_findings_then_the_totals() {
        insta::assert_snapshot!(text(&rerun(), WatchText::default()), @r"
        + app/core.py:4:1 warning SIZ003 `route` has 6 parameters (threshold 5)
        - app/core.py:9:1 error SEC001 hard-coded password
        Found 2 warnings, 1 note in 12 files, 1 skipped (31 ms): 1 new, 1 fixed after app/core.py
        ");
        let quiet = text(&rerun(), WatchText { quiet: true, ..WatchText::default() });
        assert_eq!(quiet.lines().count(), 2, "-q: the finding lines only:\n{quiet}");
    }

    #[test]
    fn a_json_line_leads_with_its_schema_version_and_event() {
        let mut out = Vec::new();
        write_event_json(&rerun(), &mut out).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert!(line.starts_with(r#"{"schema_version":1,"event":"analyzed","run":3,"#), "{line}");
        assert_eq!(line.lines().count(), 1);
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["elapsed_ms"], 31);
        assert_eq!(value["new"][0]["code"], "SIZ003");
        assert_eq!(value["fixed"][0]["code"], "SEC001");
        assert_eq!(value["totals"]["findings"]["warning"], 2);
    }
}
