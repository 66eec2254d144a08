//! The human table: totals per language, the most complex functions, cycles, the findings
//! (most severe first) with rollups per rule and per directory, skipped files, and a closing
//! count. Every line fits the width in [`HumanOptions::width`]; locations are never cut.

use std::collections::BTreeMap;
use std::io::Write;

use super::fit;
use super::{HumanOptions, Style};
use crate::model::{Finding, Report, Severity};
use crate::rules::is_test_path;

/// How many skipped files to list before summarising the rest.
const SKIPPED_SHOWN: usize = 20;
/// Import cycles listed before the rest are counted.
const CYCLES_SHOWN: usize = 5;
/// Findings shown without `-v`.
const FINDINGS_SHOWN: usize = 50;
/// STR001 findings (one per import cycle) listed before the rest are counted.
const CYCLE_FINDINGS_SHOWN: usize = 3;
/// The rollups appear from this many findings on (or with `-v`).
const ROLLUP_FROM: usize = 10;
/// Directories in the rollup without `-v`.
const DIRECTORIES_SHOWN: usize = 15;
/// The fewest columns a message gets beside its location; with less it goes below.
const MESSAGE_ROOM: usize = 30;
/// The rule that reports import cycles.
const CYCLE_RULE: &str = "STR001";

/// Write the human-readable summary.
pub fn write(report: &Report, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let s = &report.summary;
    let st = options.style;
    let width = options.width();
    if let Some(partial) = report.run.as_ref().and_then(|r| r.partial.as_ref()) {
        let missing: Vec<String> = partial.missing.iter().map(|i| format!("{i}/{}", partial.total)).collect();
        let line = format!(
            "Partial report: shard{} {} not merged (aura merge --allow-partial); their files and findings are missing",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        );
        for part in fit::wrap(&line, width) {
            writeln!(out, "{}", st.yellow(&part))?;
        }
        writeln!(out)?;
    }
    if report.files.is_empty() && report.errors.is_empty() {
        write_empty(report, options, out)?;
        return write_closing(report, options, out);
    }
    if options.verbose {
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
        let header = ["location", "function", "cognitive", "cyclomatic", "lines"];
        fitted_table(out, &header, &rows, &st, Some((1, width)))?;
    }

    let [a, b, c, d, e] = s.cyclomatic_distribution;
    writeln!(out)?;
    let distribution = format!("1-5: {a}  6-10: {b}  11-20: {c}  21-50: {d}  >50: {e}");
    write_facts(out, &[("Cyclomatic complexity of functions:", distribution)], width, &st)?;
    let doc =
        s.documentation.percent().map(|p| format!("{p:.0}% of {} public items", s.documentation.public));
    let facts = [
        ("Maintainability (mean):", format!("{:.1}", s.maintainability)),
        ("Documented:", doc.unwrap_or_else(|| "no public items".into())),
        ("Parse errors:", s.parse_errors.to_string()),
    ];
    write_facts(out, &facts, width, &st)?;

    let cycles = &report.graph.cycles;
    if !cycles.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.bold(&format!("Import cycles ({})", cycles.len())))?;
        let shown = if options.verbose { cycles.len() } else { CYCLES_SHOWN };
        for cycle in cycles.iter().take(shown) {
            writeln!(out, "  {}", fit::truncate(&cycle.join(" → "), width.saturating_sub(2)))?;
        }
        if cycles.len() > shown {
            writeln!(out, "  … and {} more (-v or `aura graph` lists all)", cycles.len() - shown)?;
        }
    }
    write_findings(report, options, out)?;
    if report.findings.len() >= ROLLUP_FROM || (options.verbose && !report.findings.is_empty()) {
        write_rollups(&report.findings, options, out)?;
    }
    write_skipped(report, options, out)?;
    if !report.errors.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", st.red(&format!("Failed on {} file(s)", report.errors.len())))?;
        for e in &report.errors {
            let room = width.saturating_sub(fit::columns(&e.path) + 4).max(20);
            writeln!(out, "  {}: {}", e.path, fit::truncate(&e.message, room))?;
        }
    }
    write_closing(report, options, out)
}

/// `Label: value` pairs on one line when they fit the width, else one per line.
fn write_facts(
    out: &mut dyn Write,
    facts: &[(&str, String)],
    width: usize,
    st: &Style,
) -> std::io::Result<()> {
    const GAP: &str = "   ";
    let one_line = facts.iter().map(|(l, v)| fit::columns(l) + 1 + fit::columns(v)).sum::<usize>()
        + GAP.len() * facts.len().saturating_sub(1);
    let painted: Vec<String> = facts.iter().map(|(l, v)| format!("{} {v}", st.bold(l))).collect();
    if one_line <= width {
        writeln!(out, "{}", painted.join(GAP))
    } else {
        painted.iter().try_for_each(|fact| writeln!(out, "{fact}"))
    }
}

/// A run that analyzed nothing says so, and where to look.
fn write_empty(report: &Report, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let st = options.style;
    let selected = report.run.as_ref().map_or(0, |r| r.files);
    let headline = match report.run.as_ref().and_then(|r| r.shard) {
        Some(shard) if selected > 0 => {
            format!("No source files in shard {shard}: the run selected {selected}, all in other shards.")
        }
        _ => "No source files found: nothing was analyzed.".to_owned(),
    };
    writeln!(out, "{}", st.yellow(&headline))?;
    if selected == 0 {
        let hint = "Check the paths given, `analysis.include`/`analysis.exclude`, `.gitignore` and \
                    `analysis.languages` (`aura config show` prints them).";
        for line in fit::wrap(hint, options.width()) {
            writeln!(out, "{line}")?;
        }
    }
    write_skipped(report, options, out)
}

fn write_skipped(report: &Report, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    if report.skipped.is_empty() {
        return Ok(());
    }
    let st = options.style;
    writeln!(out)?;
    writeln!(out, "{}", st.yellow(&format!("Skipped {} file(s)", report.skipped.len())))?;
    for skip in report.skipped.iter().take(SKIPPED_SHOWN) {
        let room = options.width().saturating_sub(fit::columns(&skip.path) + 4).max(20);
        writeln!(out, "  {}: {}", skip.path, st.dim(&fit::truncate(&skip.reason, room)))?;
    }
    if report.skipped.len() > SKIPPED_SHOWN {
        writeln!(out, "  … and {} more (see --format json)", report.skipped.len() - SKIPPED_SHOWN)?;
    }
    Ok(())
}

/// `Found 2 errors, 53 warnings in 880 files` (or `No findings in …`): the start of the
/// closing line of the table and of each `aura watch` rerun.
pub(crate) fn found(c: &crate::model::FindingCounts, files: u32) -> String {
    let plural = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts: Vec<String> = [(c.error, "error"), (c.warning, "warning"), (c.note, "note")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| plural(n, word))
        .collect();
    let head =
        if counts.is_empty() { "No findings".to_owned() } else { format!("Found {}", counts.join(", ")) };
    format!("{head} in {}", plural(files, "file"))
}

/// The last line: `Found 2 errors, 53 warnings in 880 files (0.47 s)`, like ruff and eslint.
fn write_closing(report: &Report, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let mut line = found(&report.summary.findings, report.summary.files);
    if let Some(elapsed) = options.elapsed {
        line.push_str(&format!(" ({:.2} s)", elapsed.as_secs_f64()));
    }
    let in_tests = report.findings.iter().filter(|f| is_test_path(&f.path)).count();
    if in_tests > 0 {
        line.push_str(&format!("; {in_tests} in test or fixture files"));
    }
    writeln!(out)?;
    writeln!(out, "{}", options.style.bold(&line))
}

/// The findings, most severe first (then by path and line), as
/// `path:line:col  level  CODE  message`; import cycles beyond the first few are counted.
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
    let mut sorted: Vec<&Finding> = report.findings.iter().collect();
    sorted.sort_by(|a, b| {
        (a.severity, &a.path, a.line, a.column).cmp(&(b.severity, &b.path, b.line, b.column))
    });
    // one finding per import cycle: a tangled repository has hundreds, which would bury
    // every other finding
    let mut cycles = 0;
    let mut shown = Vec::new();
    for f in sorted {
        if f.code == CYCLE_RULE && !options.verbose {
            cycles += 1;
            if cycles > CYCLE_FINDINGS_SHOWN {
                continue;
            }
        }
        shown.push(f);
    }
    let hidden_cycles = cycles.saturating_sub(CYCLE_FINDINGS_SHOWN);
    let limit = if options.verbose { shown.len() } else { FINDINGS_SHOWN };
    let listed = &shown[..shown.len().min(limit)];
    let width = options.width();
    let location = |f: &Finding| format!("{}:{}:{}", f.path, f.line, f.column);
    let code_width = listed.iter().map(|f| fit::columns(&f.code)).max().unwrap_or(0);
    // align the messages after the longest location that leaves them 40 columns (or a
    // third of the width for locations): one long path must not squeeze every message
    let widest = (width / 3).max(width.saturating_sub(2 + 2 + 7 + 2 + code_width + 2 + 40));
    let loc_width =
        listed.iter().map(|f| fit::columns(&location(f))).filter(|&c| c <= widest).max().unwrap_or(0);
    for f in listed {
        let loc = location(f);
        let pad = " ".repeat(loc_width.saturating_sub(fit::columns(&loc)));
        let code_pad = " ".repeat(code_width.saturating_sub(fit::columns(&f.code)));
        let prefix_columns = 2 + fit::columns(&loc) + pad.len() + 2 + 7 + 2 + code_width + 2;
        write!(out, "  {loc}{pad}  {}  {}", level(st, f.severity), st.bold(&f.code))?;
        write_message(out, &f.message, &code_pad, prefix_columns, width, options.verbose)?;
    }
    if shown.len() > limit {
        writeln!(out, "  … and {} more (-v lists all; --format json, sarif, html)", shown.len() - limit)?;
    }
    if hidden_cycles > 0 {
        writeln!(
            out,
            "  … and {hidden_cycles} more {CYCLE_RULE} import cycle(s) ({} in all; -v or `aura graph` lists them)",
            cycles
        )?;
    }
    Ok(())
}

fn level(st: Style, severity: Severity) -> String {
    match severity {
        Severity::Error => st.red("error  "),
        Severity::Warning => st.yellow("warning"),
        Severity::Note => st.dim("note   "),
    }
}

/// The rest of a finding's line: the message wrapped to the width (two lines at most, the
/// second cut, unless `-v`), below the location when it leaves too little room.
fn write_message(
    out: &mut dyn Write,
    message: &str,
    code_pad: &str,
    prefix: usize,
    width: usize,
    verbose: bool,
) -> std::io::Result<()> {
    const ROOM: usize = MESSAGE_ROOM;
    const INDENT: usize = 6;
    const LINES: usize = 2;
    let room = width.saturating_sub(prefix);
    if fit::columns(message) <= room {
        return writeln!(out, "{code_pad}  {message}");
    }
    let (room, indent, below) = if room >= ROOM {
        (room, prefix, false)
    } else {
        (width.saturating_sub(INDENT).max(ROOM), INDENT, true)
    };
    let mut lines = fit::wrap(message, room);
    if !verbose && lines.len() > LINES {
        let rest = lines[LINES - 1..].join(" ");
        lines.truncate(LINES - 1);
        lines.push(fit::truncate(&rest, room));
    }
    if below {
        writeln!(out)?;
    }
    for (i, line) in lines.iter().enumerate() {
        if i == 0 && !below {
            writeln!(out, "{code_pad}  {line}")?;
        } else {
            writeln!(out, "{}{line}", " ".repeat(indent))?;
        }
    }
    Ok(())
}

/// Counts per rule and per directory, so a long list of findings has a shape; test and
/// fixture code is its own group in the directory rollup.
fn write_rollups(findings: &[Finding], options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let st = options.style;
    #[derive(Default)]
    struct Counts {
        error: u32,
        warning: u32,
        note: u32,
    }
    impl Counts {
        fn add(&mut self, s: Severity) {
            match s {
                Severity::Error => self.error += 1,
                Severity::Warning => self.warning += 1,
                Severity::Note => self.note += 1,
            }
        }
        fn total(&self) -> u32 {
            self.error + self.warning + self.note
        }
        fn cells(&self) -> [String; 4] {
            [self.total(), self.error, self.warning, self.note].map(|n| n.to_string())
        }
    }
    let mut rules: BTreeMap<(&str, &str), Counts> = BTreeMap::new();
    let mut dirs: BTreeMap<(String, bool), Counts> = BTreeMap::new();
    for f in findings {
        rules.entry((&f.code, &f.rule)).or_default().add(f.severity);
        dirs.entry((directory(&f.path), is_test_path(&f.path))).or_default().add(f.severity);
    }
    let mut rules: Vec<_> = rules.into_iter().collect();
    rules.sort_by_key(|(_, c)| std::cmp::Reverse(c.total()));
    let rows: Vec<Vec<String>> = rules
        .iter()
        .map(|((code, rule), c)| {
            let mut row = vec![code.to_string(), rule.to_string()];
            row.extend(c.cells());
            row
        })
        .collect();
    writeln!(out)?;
    writeln!(out, "{}", st.bold("Findings per rule"))?;
    let header = ["code", "rule", "findings", "errors", "warnings", "notes"];
    fitted_table(out, &header, &rows, &st, Some((1, options.width())))?;

    let mut dirs: Vec<_> = dirs.into_iter().collect();
    dirs.sort_by_key(|(_, c)| std::cmp::Reverse(c.total()));
    let shown = if options.verbose { dirs.len() } else { DIRECTORIES_SHOWN };
    let rows: Vec<Vec<String>> = dirs
        .iter()
        .take(shown)
        .map(|((dir, test), c)| {
            let mut row = vec![dir.clone(), if *test { "test".into() } else { "code".into() }];
            row.extend(c.cells());
            row
        })
        .collect();
    writeln!(out)?;
    writeln!(out, "{}", st.bold("Findings per directory"))?;
    table(out, &["directory", "kind", "findings", "errors", "warnings", "notes"], &rows, &st)?;
    if dirs.len() > shown {
        writeln!(out, "… and {} more directories (-v lists all)", dirs.len() - shown)?;
    }
    Ok(())
}

/// The directory a finding is rolled up under: the file's first two directories
/// (`packages/app`, `src/report`), `.` for a file at the root.
fn directory(path: &str) -> String {
    let dirs: Vec<&str> = path.split('/').collect();
    let dirs = &dirs[..dirs.len().saturating_sub(1)];
    if dirs.is_empty() { ".".to_owned() } else { dirs[..dirs.len().min(2)].join("/") }
}

/// A plain aligned table: the first column left-aligned, numbers right-aligned.
pub(crate) fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    style: &Style,
) -> std::io::Result<()> {
    fitted_table(out, header, rows, style, None)
}

/// [`table`], and with `fit: Some((column, width))` that column's cells are cut so a row
/// fits `width` (never below 12 columns).
fn fitted_table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    style: &Style,
    fit: Option<(usize, usize)>,
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| fit::columns(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(fit::columns(cell));
        }
    }
    if let Some((column, width)) = fit {
        let total = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        if total > width {
            widths[column] = widths[column].saturating_sub(total - width).max(12);
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let cell = fit::truncate(cell, widths[i]);
            let pad = widths[i] - fit::columns(&cell);
            let numeric = i > 0 && cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
            if i > 0 {
                s.push_str("  ");
            }
            if numeric {
                s.push_str(&" ".repeat(pad));
                s.push_str(&cell);
            } else {
                s.push_str(&cell);
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
