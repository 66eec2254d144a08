//! Writers of a review: the table, JSON, the Markdown comment and the GitHub annotations
//! are the review's own; SARIF, Code Quality, HTML, JUnit, checkstyle, rdjson and CSV are
//! the analysis writers on the head analysis with the kept findings, so a review uploads
//! to code scanning like an analysis does.

use std::io::Write;

use minijinja::Value;
use minijinja::value::Serde;
use serde::Serialize;

use super::{Format, HumanOptions, ReportOptions, Style, fit};
use crate::config::CommentConfig;
use crate::model::Severity;
use crate::review::{FindingStatus, FunctionDelta, Review, ReviewFinding};

const MARKDOWN: &str = include_str!("../../templates/review.md.j2");

/// Write a review in `format`.
pub fn write_review(
    review: &Review,
    format: Format,
    human: HumanOptions,
    options: &ReportOptions,
    comment: &CommentConfig,
    out: &mut dyn Write,
) -> Result<(), super::ReportError> {
    match format {
        Format::Table => table(review, human.style, human.verbose, human.width(), out)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, review)?;
            out.write_all(b"\n")?;
        }
        Format::Markdown => markdown(review, options, comment, out)?,
        Format::Github => write_annotations(review, usize::MAX, out)?,
        Format::Sarif
        | Format::CodeQuality
        | Format::Html
        | Format::Junit
        | Format::Checkstyle
        | Format::Rdjson
        | Format::Csv
        | Format::Jsonl => {
            super::write_analysis(&review.head_report, format, human, options, out)?;
        }
    }
    Ok(())
}

fn short(id: &str) -> &str {
    id.get(..7).unwrap_or(id)
}

fn signed(n: i64) -> String {
    if n > 0 { format!("+{n}") } else { n.to_string() }
}

fn severity_word(style: Style, s: Severity) -> String {
    let word = format!("{:<7}", s.as_str());
    match s {
        Severity::Error => style.red(&word),
        Severity::Warning => style.yellow(&word),
        Severity::Note => style.dim(&word),
    }
}

fn before_after(f: &FunctionDelta, pick: impl Fn(&crate::review::FunctionSide) -> u32) -> String {
    let side =
        |s: &Option<crate::review::FunctionSide>| s.as_ref().map_or("-".to_owned(), |s| pick(s).to_string());
    format!("{} → {}", side(&f.before), side(&f.after))
}

/// The human review, for a terminal.
fn table(
    review: &Review,
    style: Style,
    verbose: bool,
    width: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let s = &review.summary;
    let head = if review.head == "index" { "the index".to_owned() } else { short(&review.head).to_owned() };
    writeln!(
        out,
        "{} {} → {} (filter: {})",
        style.bold("aura review"),
        short(&review.base),
        head,
        review.filter_mode.as_str()
    )?;
    writeln!(
        out,
        "{} file(s) changed (+{} −{}): {} added, {} modified, {} renamed, {} deleted",
        s.files_changed, s.lines_added, s.lines_deleted, s.added, s.modified, s.renamed, s.deleted
    )?;
    let risk = &review.risk;
    let level = risk.level.as_str().to_uppercase();
    let level = match risk.level {
        crate::review::RiskLevel::High => style.red(&level),
        crate::review::RiskLevel::Medium => style.yellow(&level),
        crate::review::RiskLevel::Low => level,
    };
    write!(out, "Risk: {level} ({}/100)", risk.score)?;
    if !risk.reasons.is_empty() {
        write!(out, ": {}", risk.reasons.join("; "))?;
    }
    writeln!(out)?;

    writeln!(out)?;
    writeln!(
        out,
        "{} ({} new, {} already there{}; {} outside the filter)",
        style.bold(&format!("Findings ({})", review.findings.len())),
        s.new_findings,
        s.existing_findings,
        match review.findings.iter().filter(|k| k.unsuppressed).count() {
            0 => String::new(),
            n => format!(", {n} of them no longer suppressed"),
        },
        s.filtered_out
    )?;
    if review.findings.is_empty() {
        writeln!(out, "  none")?;
    }
    for k in &review.findings {
        let f = &k.finding;
        let plain_tag = match (k.status, k.unsuppressed) {
            (FindingStatus::New, _) => "new",
            (FindingStatus::Existing, false) => "existing",
            (FindingStatus::Existing, true) => "existing, no longer suppressed",
        };
        let tag = match k.status {
            FindingStatus::New => style.bold(plain_tag),
            FindingStatus::Existing => style.dim(plain_tag),
        };
        // the location is never cut: the message wraps after it (under it when the location
        // leaves fewer than 30 columns), the tag stays whole on the last line
        let lead = format!("  {:<7} {:<7} {}:{}:{}  ", f.severity.as_str(), f.code, f.path, f.line, f.column);
        let below = width.saturating_sub(fit::columns(&lead)) < 30;
        let indent = if below { 4 } else { fit::columns(&lead) };
        let room = width.saturating_sub(indent);
        let mut lines = fit::wrap(&f.message, room);
        let tag_columns = fit::columns(plain_tag) + 4;
        let last_fits = lines.last().is_some_and(|l| fit::columns(l) + tag_columns <= room);
        write!(
            out,
            "  {} {:<7} {}:{}:{}",
            severity_word(style, f.severity),
            f.code,
            f.path,
            f.line,
            f.column
        )?;
        if below {
            write!(out, "\n{:indent$}", "")?;
        } else {
            write!(out, "  ")?;
        }
        if !last_fits {
            lines.push(String::new());
        }
        let count = lines.len();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                write!(out, "{:indent$}", "")?;
            }
            if i + 1 == count {
                let gap = if line.is_empty() { "" } else { "  " };
                writeln!(out, "{line}{gap}[{tag}]")?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
    }
    if !review.fixed.is_empty() {
        writeln!(out, "\n{}", style.bold(&format!("Fixed ({})", review.fixed.len())))?;
        for f in &review.fixed {
            writeln!(out, "  {:<7} {}:{}  {}", f.code, f.path, f.line, f.message)?;
        }
    }
    if s.suppressed_findings > 0 {
        let what = "finding(s) at base now suppressed by a comment (still in the code, not fixed)";
        writeln!(out, "\n{} {what}", style.bold(&s.suppressed_findings.to_string()))?;
    }
    write_functions(review, style, verbose, out)?;
    let impact = &review.impact;
    if let Some(why) = &impact.not_searched {
        writeln!(out, "\n{} {why}", style.bold("Impact:"))?;
    }
    if impact.searched {
        writeln!(out, "\n{}", style.bold("Impact"))?;
        writeln!(out, "  {} unchanged file(s) import the changed files", impact.importers.len())?;
        for i in impact.importers.iter().take(20) {
            writeln!(out, "    {} → {}", i.path, i.imports.join(", "))?;
        }
        if impact.importers.len() > 20 {
            writeln!(out, "    … and {} more", impact.importers.len() - 20)?;
        }
        writeln!(
            out,
            "  tests changed: {}; tests that import the change: {}",
            if impact.changed_tests.is_empty() {
                "none".to_owned()
            } else {
                impact.changed_tests.len().to_string()
            },
            if impact.related_tests.is_empty() { "none".to_owned() } else { impact.related_tests.join(", ") }
        )?;
    }
    for e in &review.errors {
        writeln!(out, "{} {}: {}", style.red("error"), e.path, e.message)?;
    }
    Ok(())
}

/// Function rows shown before the rest are counted (or, in Markdown, folded).
const FUNCTIONS_SHOWN: usize = 10;
/// Function rows in the Markdown's folded tail (a comment has a size limit).
const FUNCTIONS_FOLDED: usize = 90;

/// Whether a function's metrics changed (an added or deleted one always has).
fn metrics_changed(f: &FunctionDelta) -> bool {
    f.cyclomatic_delta() != 0
        || f.cognitive_delta() != 0
        || f.lines_delta() != 0
        || f.before.is_none()
        || f.after.is_none()
}

/// The functions whose metrics changed, largest change first, and those the change touched
/// without changing a metric.
fn split_functions(review: &Review) -> (Vec<&FunctionDelta>, Vec<&FunctionDelta>) {
    let (mut changed, unchanged): (Vec<&FunctionDelta>, Vec<&FunctionDelta>) =
        review.functions.iter().partition(|f| metrics_changed(f));
    changed.sort_by_key(|f| {
        std::cmp::Reverse((f.cyclomatic_delta().abs(), f.cognitive_delta().abs(), f.lines_delta().abs()))
    });
    (changed, unchanged)
}

/// The functions whose metrics changed (the first ten; `-v` all), and a count of the
/// touched ones that did not change (`-v` lists them).
fn write_functions(review: &Review, style: Style, verbose: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let (changed, unchanged) = split_functions(review);
    if changed.is_empty() && unchanged.is_empty() {
        return Ok(());
    }
    let s = &review.summary;
    writeln!(
        out,
        "\n{} (cyclomatic {}, cognitive {})",
        style.bold(&format!("Functions with changed metrics ({})", changed.len())),
        signed(s.cyclomatic_delta),
        signed(s.cognitive_delta)
    )?;
    if changed.is_empty() {
        writeln!(out, "  none")?;
    }
    let shown = if verbose { changed.len() } else { FUNCTIONS_SHOWN };
    let change = |f: &FunctionDelta, pick: fn(&crate::review::FunctionSide) -> u32, delta: i64| {
        format!("{} ({})", before_after(f, pick), signed(delta))
    };
    let rows: Vec<Vec<String>> = changed
        .iter()
        .take(shown)
        .map(|f| {
            vec![
                format!("  {:?}", f.status).to_lowercase(),
                format!("{} {}", f.path, f.qualified_name),
                change(f, |s| s.cyclomatic, f.cyclomatic_delta()),
                change(f, |s| s.cognitive, f.cognitive_delta()),
                change(f, |s| s.lines, f.lines_delta()),
            ]
        })
        .collect();
    if !rows.is_empty() {
        let header = ["  change", "function", "cyclomatic", "cognitive", "lines"];
        super::table::table(out, &header, &rows, &style)?;
    }
    if changed.len() > shown {
        writeln!(out, "  … and {} more (-v lists all; --format json)", changed.len() - shown)?;
    }
    if !unchanged.is_empty() {
        let count = format!("{} touched function(s) with unchanged metrics", unchanged.len());
        if !verbose {
            writeln!(out, "  {} (-v lists them)", style.dim(&count))?;
            return Ok(());
        }
        writeln!(out, "  {}", style.dim(&format!("{count}:")))?;
        let rows: Vec<Vec<String>> = unchanged
            .iter()
            .map(|f| {
                let side = f.after.as_ref().or(f.before.as_ref());
                let (cc, cog, lines) = side.map_or((0, 0, 0), |a| (a.cyclomatic, a.cognitive, a.lines));
                vec![
                    format!("  {} {}", f.path, f.qualified_name),
                    cc.to_string(),
                    cog.to_string(),
                    lines.to_string(),
                ]
            })
            .collect();
        super::table::table(out, &["  function", "cyclomatic", "cognitive", "lines"], &rows, &style)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct FindingView<'a> {
    #[serde(flatten)]
    finding: &'a ReviewFinding,
    icon: &'static str,
}

#[derive(Serialize)]
struct FunctionView<'a> {
    #[serde(flatten)]
    function: &'a FunctionDelta,
    cyclomatic: String,
    cognitive: String,
    lines: String,
    cyclomatic_delta: String,
}

impl<'a> FunctionView<'a> {
    fn of(f: &'a FunctionDelta) -> Self {
        Self {
            function: f,
            cyclomatic: before_after(f, |s| s.cyclomatic),
            cognitive: before_after(f, |s| s.cognitive),
            lines: before_after(f, |s| s.lines),
            cyclomatic_delta: signed(f.cyclomatic_delta()),
        }
    }
}

/// The Markdown comment: the hidden marker first (the sticky comment is found by it).
pub fn markdown(
    review: &Review,
    options: &ReportOptions,
    comment: &CommentConfig,
    out: &mut dyn Write,
) -> Result<(), super::ReportError> {
    let template = super::template::source(options, MARKDOWN)?;
    let mut findings: Vec<&ReviewFinding> = review.findings.iter().collect();
    findings.sort_by(|a, b| {
        (a.status != FindingStatus::New, a.finding.severity, &a.finding.path, a.finding.line).cmp(&(
            b.status != FindingStatus::New,
            b.finding.severity,
            &b.finding.path,
            b.finding.line,
        ))
    });
    let shown: Vec<FindingView> = findings
        .iter()
        .take(comment.max_findings)
        .map(|k| FindingView { finding: k, icon: super::template::icon(k.finding.severity) })
        .collect();
    let (changed, unchanged) = split_functions(review);
    let changed: &[&FunctionDelta] = if comment.metric_deltas { &changed } else { &[] };
    let functions: Vec<FunctionView> =
        changed.iter().take(FUNCTIONS_SHOWN).map(|f| FunctionView::of(f)).collect();
    let functions_folded: Vec<FunctionView> =
        changed.iter().skip(FUNCTIONS_SHOWN).take(FUNCTIONS_FOLDED).map(|f| FunctionView::of(f)).collect();
    let ctx = minijinja::context! {
        marker => comment.marker.clone(),
        tool => Value::from(Serde(&review.tool)),
        base => short(&review.base).to_owned(),
        head => if review.head == "index" { "index".to_owned() } else { short(&review.head).to_owned() },
        filter_mode => review.filter_mode.as_str(),
        summary => Value::from(Serde(&review.summary)),
        risk => Value::from(Serde(&review.risk)),
        findings => Value::from(Serde(&shown)),
        findings_hidden => review.findings.len().saturating_sub(shown.len()),
        fixed => Value::from(Serde(&review.fixed)),
        functions => Value::from(Serde(&functions)),
        functions_folded => Value::from(Serde(&functions_folded)),
        functions_changed => changed.len(),
        functions_hidden => changed.len().saturating_sub(functions.len() + functions_folded.len()),
        functions_unchanged => if comment.metric_deltas { unchanged.len() } else { 0 },
        impact => Value::from(Serde(&review.impact)),
        errors => Value::from(Serde(&review.errors)),
        cyclomatic_delta => signed(review.summary.cyclomatic_delta),
    };
    super::template::render("review.md", &template, ctx, out)
}

/// GitHub workflow annotations (`::warning file=…,line=…,title=…::message`), one per kept
/// finding, new ones first, at most `max`; a notice counts the rest.
pub fn write_annotations(review: &Review, max: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let mut findings: Vec<&ReviewFinding> = review.findings.iter().collect();
    findings.sort_by_key(|k| (k.status != FindingStatus::New, k.finding.severity));
    super::github::write_findings(findings.iter().map(|k| &k.finding), "", max, out)
}
