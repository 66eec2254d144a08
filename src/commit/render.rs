//! Lint results for people (commitlint-like `✖ ... [rule]` lines and a summary) and
//! for machines (versioned JSON).

use std::io::{self, Write};

use serde::Serialize;

use super::lint::{Level, Lint, Problem};
use crate::report::Style;

/// The version of the JSON output's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// One linted message and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linted {
    /// The commit the message belongs to (when linting a range), else `None`.
    pub commit: Option<String>,
    /// The verdict.
    pub lint: Lint,
}

/// Options of the text output.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Colors.
    pub style: Style,
    /// Errors only (`-q`).
    pub quiet: bool,
    /// Also report clean and skipped messages (`-v`).
    pub verbose: bool,
}

/// Writes the results as text: each message with problems, its problems (errors
/// first), then one summary line. Clean messages print nothing unless `verbose`.
pub fn write_text(results: &[Linted], options: TextOptions, out: &mut dyn Write) -> io::Result<()> {
    let style = options.style;
    let mut printed = false;
    for linted in results {
        let lint = &linted.lint;
        let problems: Vec<&Problem> =
            lint.problems.iter().filter(|p| !(options.quiet && p.level == Level::Warning)).collect();
        let commit = linted.commit.as_deref().map(|c| format!("{} ", style.dim(c))).unwrap_or_default();
        if let Some(reason) = lint.ignored {
            if options.verbose {
                let reason = style.dim(&format!("skipped: {reason}"));
                writeln!(out, "{} {commit}{}  {reason}", style.dim("○"), lint.header)?;
                printed = true;
            }
            continue;
        }
        if problems.is_empty() {
            if options.verbose {
                writeln!(out, "{} {commit}{}", style.paint("32", "✔"), lint.header)?;
                printed = true;
            }
            continue;
        }
        writeln!(out, "{} {commit}input: {}", style.dim("⧗"), style.bold(&lint.header))?;
        for problem in problems {
            let sign = match problem.level {
                Level::Error => style.red("✖"),
                Level::Warning => style.yellow("⚠"),
            };
            writeln!(out, "{sign} {} {}", problem.message, style.dim(&format!("[{}]", problem.rule)))?;
        }
        writeln!(out)?;
        printed = true;
    }
    let errors: usize = results.iter().map(|r| r.lint.errors()).sum();
    let warnings: usize = results.iter().map(|r| r.lint.warnings()).sum();
    if errors + warnings > 0 && !(options.quiet && errors == 0) || options.verbose && printed {
        let sign = if errors > 0 {
            style.red("✖")
        } else if warnings > 0 {
            style.yellow("⚠")
        } else {
            style.paint("32", "✔")
        };
        let summary = format!("found {}, {}", plural(errors, "problem"), plural(warnings, "warning"));
        writeln!(out, "{sign} {}", style.bold(&summary))?;
    }
    Ok(())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// One message in the JSON output.
#[derive(Serialize)]
struct JsonResult<'a> {
    commit: Option<&'a str>,
    valid: bool,
    errors: usize,
    warnings: usize,
    #[serde(flatten)]
    lint: &'a Lint,
}

/// The JSON output.
#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    valid: bool,
    errors: usize,
    warnings: usize,
    results: Vec<JsonResult<'a>>,
}

/// Writes the results as one JSON document (`schema_version` 1):
/// `{schema_version, valid, errors, warnings, results: [{commit, valid, errors,
/// warnings, header, ignored, problems: [{rule, level, message, found, suggestion}]}]}`.
pub fn write_json(results: &[Linted], out: &mut dyn Write) -> io::Result<()> {
    let results: Vec<JsonResult<'_>> = results
        .iter()
        .map(|r| JsonResult {
            commit: r.commit.as_deref(),
            valid: r.lint.valid(),
            errors: r.lint.errors(),
            warnings: r.lint.warnings(),
            lint: &r.lint,
        })
        .collect();
    let report = JsonReport {
        schema_version: SCHEMA_VERSION,
        valid: results.iter().all(|r| r.valid),
        errors: results.iter().map(|r| r.errors).sum(),
        warnings: results.iter().map(|r| r.warnings).sum(),
        results,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commit::{Rules, clean, lint};

    fn text(messages: &[&str], options: TextOptions) -> String {
        let rules = Rules::conventional();
        let results: Vec<Linted> = messages
            .iter()
            .map(|m| Linted { commit: None, lint: lint(&clean(m, Some("#")), &rules) })
            .collect();
        let mut out = Vec::new();
        write_text(&results, options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn plain(message: &str) -> String {
        text(&[message], TextOptions::default())
    }

    #[test]
    fn text_wrong_type_and_case() {
        insta::assert_snapshot!(plain("Feature: Add the JavaScript analyzer."));
    }

    #[test]
    fn text_no_type_no_space() {
        insta::assert_snapshot!(plain("feat:add a flag\n"));
    }

    #[test]
    fn text_long_header_and_body() {
        let body = "This line explains the change in far more words than fit on one line of a terminal, so it wraps badly.";
        let message = format!(
            "fix(parser): handle the empty input that the fuzzer found in the tokenizer's lookahead buffer (#1234)\n{body}\n"
        );
        insta::assert_snapshot!(plain(&message));
    }

    #[test]
    fn text_warnings_only() {
        insta::assert_snapshot!(plain("docs: explain hooks\nbody right after the header\n\nCloses #3"));
    }

    #[test]
    fn text_clean_and_skipped_are_quiet_unless_verbose() {
        let messages = ["feat: add a flag", "Merge branch 'main'"];
        assert_eq!(text(&messages, TextOptions::default()), "");
        let verbose = TextOptions { verbose: true, ..TextOptions::default() };
        insta::assert_snapshot!(text(&messages, verbose));
    }

    #[test]
    fn quiet_drops_warnings() {
        let quiet = TextOptions { quiet: true, ..TextOptions::default() };
        assert_eq!(text(&["docs: x\nbody"], quiet), "");
    }

    #[test]
    fn json_shape() {
        let rules = Rules::conventional();
        let results = [Linted { commit: None, lint: lint("feature: add a flag.", &rules) }];
        let mut out = Vec::new();
        write_json(&results, &mut out).unwrap();
        insta::assert_snapshot!(String::from_utf8(out).unwrap());
    }
}
