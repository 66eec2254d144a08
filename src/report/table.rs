//! The human table: totals per language, the most complex functions, cycles, skipped files.

use std::io::Write;

use super::HumanOptions;
use crate::engine::Report;

/// How many skipped files to list before summarising the rest.
const SKIPPED_SHOWN: usize = 20;

/// Write the human-readable summary.
pub fn write(report: &Report, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let s = &report.summary;
    let st = options.style;
    if options.verbose && !report.files.is_empty() {
        writeln!(out, "{}", st.bold("Files"))?;
        let rows: Vec<Vec<String>> = report
            .files
            .iter()
            .map(|f| {
                let m = &f.metrics;
                vec![
                    f.path.clone(),
                    f.language.to_string(),
                    m.lines.code.to_string(),
                    m.functions.len().to_string(),
                    m.cyclomatic.to_string(),
                    m.cognitive.to_string(),
                    format!("{:.1}", m.maintainability),
                ]
            })
            .collect();
        table(out, &["path", "language", "code", "functions", "cyclomatic", "cognitive", "MI"], &rows, &st)?;
        writeln!(out)?;
    }

    writeln!(out, "{}", st.bold("Languages"))?;
    let mut rows: Vec<Vec<String>> = s
        .languages
        .iter()
        .map(|l| {
            vec![
                l.language.to_string(),
                l.files.to_string(),
                l.lines.code.to_string(),
                l.lines.comment.to_string(),
                l.lines.blank.to_string(),
                l.functions.to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        "total".into(),
        s.files.to_string(),
        s.lines.code.to_string(),
        s.lines.comment.to_string(),
        s.lines.blank.to_string(),
        s.functions.to_string(),
    ]);
    table(out, &["language", "files", "code", "comment", "blank", "functions"], &rows, &st)?;

    if !s.worst_functions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.bold("Most complex functions"))?;
        let rows: Vec<Vec<String>> = s
            .worst_functions
            .iter()
            .map(|f| {
                vec![
                    format!("{}:{}", f.path, f.start_line),
                    f.qualified_name.clone(),
                    f.cognitive.to_string(),
                    f.cyclomatic.to_string(),
                    f.lines.to_string(),
                ]
            })
            .collect();
        table(out, &["location", "function", "cognitive", "cyclomatic", "lines"], &rows, &st)?;
    }

    let [a, b, c, d, e] = s.cyclomatic_distribution;
    writeln!(out)?;
    writeln!(
        out,
        "{} 1-5: {a}  6-10: {b}  11-20: {c}  21-50: {d}  >50: {e}",
        st.bold("Cyclomatic complexity of functions:")
    )?;
    let doc =
        s.documentation.percent().map(|p| format!("{p:.0}% of {} public items", s.documentation.public));
    writeln!(
        out,
        "{} {:.1}   {} {}   {} {}",
        st.bold("Maintainability (mean):"),
        s.maintainability,
        st.bold("Documented:"),
        doc.unwrap_or_else(|| "no public items".into()),
        st.bold("Parse errors:"),
        s.parse_errors
    )?;

    if !report.graph.cycles.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.bold(&format!("Import cycles ({})", report.graph.cycles.len())))?;
        for cycle in &report.graph.cycles {
            writeln!(out, "  {}", cycle.join(" → "))?;
        }
    }
    write_findings(report, options, out)?;
    if !report.skipped.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.yellow(&format!("Skipped {} file(s)", report.skipped.len())))?;
        for skip in report.skipped.iter().take(SKIPPED_SHOWN) {
            writeln!(out, "  {}: {}", skip.path, st.dim(&skip.reason))?;
        }
        if report.skipped.len() > SKIPPED_SHOWN {
            writeln!(out, "  … and {} more (see --format json)", report.skipped.len() - SKIPPED_SHOWN)?;
        }
    }
    if !report.errors.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.red(&format!("Failed on {} file(s)", report.errors.len())))?;
        for e in &report.errors {
            writeln!(out, "  {}: {}", e.path, e.message)?;
        }
    }
    Ok(())
}

/// Findings shown without `-v`.
const FINDINGS_SHOWN: usize = 50;

/// The findings, most severe first, as `path:line:col  level  CODE  message`.
pub(crate) fn write_findings(
    report: &Report,
    options: HumanOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let st = options.style;
    let c = &report.summary.findings;
    writeln!(out)?;
    let mut headline =
        format!("Findings: {} error(s), {} warning(s), {} note(s)", c.error, c.warning, c.note);
    if c.suppressed > 0 || c.baselined > 0 {
        headline.push_str(&format!("  ({} suppressed, {} baselined)", c.suppressed, c.baselined));
    }
    writeln!(out, "{}", st.bold(&headline))?;
    let mut shown: Vec<&crate::rules::Finding> = report.findings.iter().collect();
    shown.sort_by(|a, b| (a.severity, &a.path, a.line).cmp(&(b.severity, &b.path, b.line)));
    let limit = if options.verbose { shown.len() } else { FINDINGS_SHOWN };
    for f in shown.iter().take(limit) {
        let level = match f.severity {
            crate::config::Severity::Error => st.red("error  "),
            crate::config::Severity::Warning => st.yellow("warning"),
            crate::config::Severity::Note => st.dim("note   "),
        };
        writeln!(out, "  {}:{}:{}  {level}  {}  {}", f.path, f.line, f.column, st.bold(&f.code), f.message)?;
    }
    if shown.len() > limit {
        writeln!(out, "  … and {} more (-v lists all; --format json, sarif, html)", shown.len() - limit)?;
    }
    Ok(())
}

/// A plain aligned table: the first column left-aligned, numbers right-aligned.
pub(crate) fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    style: &super::Style,
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i] - cell.chars().count();
            let numeric = i > 0 && cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
            if i > 0 {
                s.push_str("  ");
            }
            if numeric {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            } else {
                s.push_str(cell);
                if i + 1 < cells.len() {
                    s.push_str(&" ".repeat(pad));
                }
            }
        }
        s
    };
    let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    writeln!(out, "{}", style.dim(&line(&head)))?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}
