//! `aura analyze`: metrics and findings for every file under the given paths, in any
//! report format, gated by `--fail-on`.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{AnalyzeArgs, GateArgs, GlobalArgs};
use crate::config::Config;
use crate::engine::{self, Engine, Keep, Source};
use crate::model::{FileResult, Report};
use crate::progress::Bar;
use crate::report::{self, Format, HumanOptions, ReportOptions};
use crate::rules::Baseline;

use super::{Output, load_selected};

/// Run `aura analyze`.
pub fn run(args: &AnalyzeArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_selected(global, cwd, &args.select)?;
    let format = format(global)?;
    if args.statistics {
        statistics_format(format, global)?;
    }
    let stdin = stdin_name(args)?;
    // read the baseline before the (long) analysis: a wrong path fails fast
    let baseline = args.baseline.as_ref().map(|p| Baseline::read(&cwd.join(p))).transpose()?;
    if let (Some(b), Some(path)) = (&baseline, &args.baseline)
        && b.is_legacy()
        && !global.quiet
    {
        eprintln!(
            "aura: the baseline {} was written by an older aura (line findings match by message); refresh it with --write-baseline",
            path.display()
        );
    }
    let bar = Bar::new(global);
    let started = std::time::Instant::now();
    let start = args.paths.first().map_or_else(|| cwd.to_path_buf(), |p| cwd.join(p));
    let engine = super::engine(&config, global, cwd, &start, !args.no_rules)?;
    let chosen = format.unwrap_or(if Output::terminal(global) { Format::Table } else { Format::Json });
    let keep = if args.statistics { Keep::Nothing } else { keep(chosen) };
    // JSON Lines are written while the run goes on, each file's findings without the baseline's
    let mut stream = (chosen == Format::Jsonl && !args.statistics)
        .then(|| Stream::open(global, baseline.as_ref()))
        .transpose()?;
    let mut tap = |result: &FileResult| {
        if let Some(stream) = &mut stream {
            stream.write(result);
        }
    };
    let mut report = match stdin {
        Some(name) => analyze_stdin(name, &engine, cwd, keep, &mut tap)?,
        None => {
            let changed = args
                .changed_since
                .as_deref()
                .map(|rev| crate::git::Repo::discover(&start).and_then(|repo| repo.changed_since(rev)))
                .transpose()?;
            let source =
                Source::Paths { paths: &args.paths, cwd, shard: args.shard, changed: changed.as_ref() };
            engine.collect_with(source, &bar, keep, &mut tap)?
        }
    };
    bar.finish();
    if !global.quiet {
        warn_if_empty(&report, &args.paths);
    }
    if let Some(baseline) = &baseline {
        baseline.apply_to(&mut report);
    }
    if let Some(path) = &args.write_baseline {
        Baseline::of(&report.findings).write(&cwd.join(path))?;
        if !global.quiet {
            eprintln!("aura: wrote {} finding(s) to the baseline {}", report.findings.len(), path.display());
        }
    }
    let status = if args.statistics {
        let mut out = Output::open(global)?;
        let format = format.unwrap_or(if out.is_terminal() { Format::Table } else { Format::Json });
        let counts = report::statistics::count(&report.findings);
        report::statistics::write(&counts, format, out.style(global), &mut out)
            .context("cannot write the statistics")?;
        out.finish()?;
        gate_status(&report, &args.gate, &config, global)
    } else if let Some(stream) = stream {
        stream.finish(&report)?;
        gate_status(&report, &args.gate, &config, global)
    } else {
        deliver(&report, format, &args.gate, &config, global, Some(started.elapsed()))?
    };
    // the process ends next: freeing a whole repository's report one allocation at a
    // time would only delay the exit
    std::mem::forget(report);
    Ok(status)
}

/// A run that found nothing to analyze passes, but not silently (ruff: "No Python files
/// found"): say where aura looked and what decides what it reads.
fn warn_if_empty(report: &Report, paths: &[std::path::PathBuf]) {
    if report.summary.files > 0 || !report.errors.is_empty() {
        return;
    }
    let searched = if paths.is_empty() {
        "the current directory".to_owned()
    } else {
        paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    };
    let run = report.run.as_ref();
    match run.and_then(|r| r.shard) {
        Some(shard) if run.is_some_and(|r| r.files > 0) => eprintln!(
            "aura: warning: shard {shard} holds none of the {} source file(s) found under {searched}",
            run.map_or(0, |r| r.files)
        ),
        _ => {
            let skipped = match report.skipped.len() {
                0 => String::new(),
                n => format!(" ({n} file(s) skipped, listed in the report)"),
            };
            eprintln!(
                "aura: warning: no source files found under {searched}{skipped}; check the paths, \
                 analysis.include/exclude, .gitignore and analysis.languages (`aura config show`)"
            );
        }
    }
}

/// The `--format` asked for, else the table on a terminal and JSON elsewhere.
pub(super) fn format(global: &GlobalArgs) -> Result<Option<Format>> {
    global.format.as_deref().map(Format::parse).transpose().map_err(|e| anyhow::anyhow!(e))
}

/// Write the report and decide the exit status: 2 if a file failed with an internal error,
/// else 1 if a finding reaches the gate, else 0. The same for every format.
pub(super) fn deliver(
    report: &Report,
    format: Option<Format>,
    gate: &GateArgs,
    config: &Config,
    global: &GlobalArgs,
    elapsed: Option<std::time::Duration>,
) -> Result<ExitStatus> {
    let mut out = Output::open(global)?;
    let format = format.unwrap_or(if out.is_terminal() { Format::Table } else { Format::Json });
    let human = HumanOptions {
        style: out.style(global),
        verbose: global.verbose > 0,
        width: Some(report::fit::width(out.is_terminal())),
        elapsed,
    };
    let options = ReportOptions {
        template: gate.template.clone(),
        category: gate.category.clone(),
        custom_rules: config.rules.custom.clone(),
    };
    report::write_analysis(report, format, human, &options, &mut out).context("cannot write the report")?;
    out.finish()?;
    Ok(gate_status(report, gate, config, global))
}

/// 2 if a file failed with an internal error, else 1 if a finding reaches the gate (0
/// with `--exit-zero`), else 0.
fn gate_status(report: &Report, gate: &GateArgs, config: &Config, global: &GlobalArgs) -> ExitStatus {
    if !global.quiet {
        for e in &report.errors {
            eprintln!("aura: {}: {}", e.path, e.message);
        }
    }
    let fail_on = gate.fail_on.unwrap_or(config.analysis.fail_on);
    if !report.errors.is_empty() {
        return ExitStatus::Error;
    }
    let reached = report.findings.iter().filter(|f| fail_on.is_reached_by(f.severity)).count();
    if reached > 0 {
        if !global.quiet {
            let source = super::gate_source(gate.fail_on.map(|_| "--fail-on"), config, "analysis.fail_on");
            let zero = if gate.exit_zero { "; --exit-zero: exit status 0" } else { "" };
            eprintln!("aura: {reached} finding(s) at or above the gate `{fail_on}` ({source}{zero})");
        }
        return super::exit_zero(ExitStatus::Failure, gate.exit_zero);
    }
    ExitStatus::Clean
}

/// `--statistics` writes text (the `table` format) or JSON; any other `--format` is a
/// usage error.
pub(super) fn statistics_format(format: Option<Format>, global: &GlobalArgs) -> Result<()> {
    if format.is_some_and(|f| !report::statistics::accepts(f)) {
        anyhow::bail!(
            "--statistics prints a count per rule as text (`--format table`) or JSON (`--format json`), \
             not `{}`: drop --statistics for the full report",
            global.format.as_deref().unwrap_or_default()
        );
    }
    Ok(())
}

/// The name of the file on standard input: `-` as the PATH (or no PATH) with
/// `--stdin-filename`.
fn stdin_name(args: &AnalyzeArgs) -> Result<Option<&Path>> {
    let dash = |p: &std::path::PathBuf| p.as_os_str() == "-";
    match &args.stdin_filename {
        None if args.paths.iter().any(dash) => anyhow::bail!(
            "the PATH `-` reads a file from standard input: name it with --stdin-filename, e.g. \
             `aura analyze - --stdin-filename src/app.py` (the name decides its language, the \
             configuration that applies to it and its path in the report)"
        ),
        None => Ok(None),
        Some(_) if !args.paths.iter().all(dash) => anyhow::bail!(
            "--stdin-filename names the file read from standard input: pass `-` as the only PATH \
             (or none), not other paths"
        ),
        Some(name) => Ok(Some(name)),
    }
}

/// Analyze standard input as the file `name` (relative to `cwd`), on the engine's road for
/// in-memory files: the configuration's globs, languages and per-path overrides apply.
fn analyze_stdin(
    name: &Path,
    engine: &Engine,
    cwd: &Path,
    keep: Keep,
    tap: &mut dyn FnMut(&FileResult),
) -> Result<Report> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().read_to_end(&mut bytes).context("cannot read standard input")?;
    let blob = engine::Blob::named(name, cwd, bytes);
    Ok(engine.collect_with(Source::Blobs { blobs: vec![blob], root: cwd }, &engine::NoProgress, keep, tap)?)
}

/// What the report keeps of each file for `format`: only the JSON writer and the human and
/// document formats read the files' metrics; the others read findings and totals.
fn keep(format: Format) -> Keep {
    match format {
        Format::Json => Keep::Spool,
        Format::Jsonl | Format::Sarif | Format::CodeQuality | Format::Github | Format::Rdjson => {
            Keep::Nothing
        }
        Format::Table
        | Format::Markdown
        | Format::Html
        | Format::Junit
        | Format::Checkstyle
        | Format::Csv => Keep::Files,
    }
}

/// JSON Lines on their way out: each file's line as the engine delivers it.
struct Stream {
    out: Output,
    /// The baseline, one part per path: a file's line leaves out what it accepts.
    baseline: HashMap<String, Baseline>,
    /// The first write that failed; the run goes on, the command fails at the end.
    failed: Option<std::io::Error>,
}

impl Stream {
    fn open(global: &GlobalArgs, baseline: Option<&Baseline>) -> Result<Self> {
        let baseline = baseline.map(Baseline::by_path).unwrap_or_default();
        Ok(Self { out: Output::open(global)?, baseline, failed: None })
    }

    fn write(&mut self, result: &FileResult) {
        if self.failed.is_some() {
            return;
        }
        let out = &mut self.out;
        let written = match result {
            FileResult::Analyzed(analyzed) => match self.baseline.get(&analyzed.file.path) {
                Some(part) => {
                    let mut findings = analyzed.findings.findings.clone();
                    part.apply(&mut findings);
                    report::jsonl::write_file(&analyzed.file, &findings, out)
                }
                None => report::jsonl::write_file(&analyzed.file, &analyzed.findings.findings, out),
            },
            FileResult::Skipped(s) => report::jsonl::write_skipped(s, out),
            FileResult::Failed(e) => report::jsonl::write_error(e, out),
        };
        self.failed = written.err();
    }

    fn finish(mut self, report: &Report) -> Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(anyhow::Error::new(e).context("cannot write the report"));
        }
        report::jsonl::write_summary(report, &mut self.out).context("cannot write the report")?;
        self.out.finish()
    }
}
