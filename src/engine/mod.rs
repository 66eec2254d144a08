//! The engine: walk → parse (one parser per language per thread) → one metrics pass,
//! in parallel, with one consumer collecting the results into a [`Report`].
//!
//! [`analyze`] is the library entry point: `review`, the hooks and `serve` call it too.

mod isolate;
mod parse;
mod shard;
mod walk;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::graph::{self, ImportGraph};
use crate::lang::Lang;
use crate::metrics::{self, FileMetrics, MeasureOptions};
use crate::rules::{self, Finding, FindingCounts, RuleSet, Suppressions};
pub use parse::{install_allocator, parse};
use shard::FileSet;
pub use shard::{MergeError, Partial, Run, Shard, config_digest, in_shard, merge};
pub use walk::{SourceFile, walk as walk_sources};

/// Version of the JSON report's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything one analysis found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub tool: Tool,
    /// The run this report belongs to: its configuration, file set and shard.
    #[serde(default)]
    pub run: Option<Run>,
    /// The directory paths in the report are relative to.
    pub root: String,
    pub summary: Summary,
    pub files: Vec<FileReport>,
    /// Files that were not analyzed, each with the reason.
    pub skipped: Vec<Skipped>,
    /// Files whose analysis failed (an internal error, isolated to that file).
    pub errors: Vec<FileError>,
    pub graph: ImportGraph,
    /// Every finding, sorted by path, line and column.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// The fingerprints of the findings suppression comments dropped, in-process only (not
    /// in the JSON report): a review matches them with the other side's findings.
    #[serde(skip)]
    pub suppressed_fingerprints: Vec<String>,
}

impl Report {
    /// Recount `summary.findings` after findings were added or dropped (keeps the
    /// suppressed and baselined counts).
    pub fn recount(&mut self) {
        let mut counts = FindingCounts {
            suppressed: self.summary.findings.suppressed,
            baselined: self.summary.findings.baselined,
            ..FindingCounts::default()
        };
        for f in &self.findings {
            counts.count(f.severity);
        }
        self.summary.findings = counts;
    }

    /// Drop the findings `baseline` lists.
    pub fn apply_baseline(&mut self, baseline: &rules::Baseline) {
        let dropped = baseline.apply(&mut self.findings);
        self.summary.findings.baselined += dropped;
        self.recount();
    }
}

/// The program that wrote a report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

/// One analyzed file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileReport {
    /// Relative to the report's root, with `/` separators.
    pub path: String,
    pub language: Lang,
    #[serde(flatten)]
    pub metrics: FileMetrics,
}

/// A file that was not analyzed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// A file whose analysis failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError {
    pub path: String,
    pub message: String,
}

/// Totals and distributions over the whole report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Summary {
    pub files: u32,
    pub lines: metrics::Lines,
    pub functions: u32,
    pub classes: u32,
    pub parse_errors: u32,
    /// Per language: files, lines and functions.
    pub languages: Vec<LanguageSummary>,
    /// Functions per cyclomatic band: 1-5, 6-10, 11-20, 21-50, over 50.
    pub cyclomatic_distribution: [u32; 5],
    /// Mean maintainability index over files.
    pub maintainability: f64,
    pub documentation: metrics::DocCoverage,
    /// The most complex functions, worst first (by cognitive, then cyclomatic).
    pub worst_functions: Vec<FunctionRef>,
    /// Findings per severity, and how many suppressions and the baseline dropped.
    #[serde(default)]
    pub findings: FindingCounts,
}

/// Totals of one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LanguageSummary {
    pub language: Lang,
    pub files: u32,
    pub lines: metrics::Lines,
    pub functions: u32,
}

/// A function named by file and line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FunctionRef {
    pub path: String,
    pub qualified_name: String,
    pub start_line: u32,
    pub cyclomatic: u32,
    pub cognitive: u32,
    pub lines: u32,
}

/// Errors that stop an analysis before it starts (per-file problems never do).
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("invalid include/exclude glob `{glob}`: {message}")]
    Glob { glob: String, message: String },
    #[error("could not start {jobs} worker threads: {message}")]
    Threads { jobs: usize, message: String },
    #[error("invalid rule configuration: {0}")]
    Rules(#[from] rules::RuleSetError),
}

/// Receives progress from the engine (a terminal progress bar, or nothing).
pub trait Progress: Sync {
    /// The walk found one more file to analyze.
    fn found(&self);
    /// One more file is done.
    fn advance(&self);
}

/// No progress reporting.
pub struct NoProgress;

impl Progress for NoProgress {
    fn found(&self) {}
    fn advance(&self) {}
}

/// How to run an analysis.
pub struct AnalyzeOptions<'a> {
    /// Worker threads (None: one per core).
    pub jobs: Option<usize>,
    /// Relative paths in the report are relative to this directory.
    pub cwd: PathBuf,
    pub progress: &'a dyn Progress,
    /// Run the rules (false: metrics only, no findings).
    pub rules: bool,
    /// Analyze only shard `i` of `n` (1-based): files whose path hashes to it.
    pub shard: Option<(u32, u32)>,
}

/// Analyze files and directories: the one entry point every command uses.
pub fn analyze(paths: &[PathBuf], config: &Config, options: &AnalyzeOptions) -> Result<Report, EngineError> {
    let cwd = &options.cwd;
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![cwd.clone()]
    } else {
        paths.iter().map(|p| clean(&cwd.join(p))).collect()
    };
    for p in &paths {
        if std::fs::symlink_metadata(p).is_err() {
            return Err(EngineError::NotFound(p.clone()));
        }
    }
    let root = report_root(&paths, cwd);
    let started = std::time::Instant::now();
    let measure = MeasureOptions { docstrings_as_comments: config.analysis.docstrings_as_comments };
    let max_size = config.analysis.max_file_size;
    let rule_set = if options.rules { Some(RuleSet::new(config)?) } else { None };
    let outcomes = Mutex::new(Vec::new());
    let task = Task {
        paths: &paths,
        root: &root,
        config,
        progress: options.progress,
        outcomes: &outcomes,
        max_size,
        measure,
        rules: rule_set.as_ref(),
        shard: options.shard,
    };
    let (walked_skipped, selected) = match options.jobs {
        Some(jobs) if jobs > 0 => rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| EngineError::Threads { jobs, message: e.to_string() })?
            .in_place_scope(|scope| task.run(scope))?,
        _ => rayon::in_place_scope(|scope| task.run(scope))?,
    };
    let outcomes = outcomes.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    let shard = options.shard.map(|(index, total)| Shard { index, total });
    let run = Run::new(config, &selected, shard);
    Ok(assemble(outcomes, walked_skipped, &root, rule_set.as_ref(), run, started))
}

/// Analyze in-memory files (staged blobs, a commit's tree) on the same road as
/// [`analyze`]: `analysis.include`/`exclude` and `languages` select them, paths are
/// relative to `root` (the repository root), the same rules run.
pub fn analyze_blobs(
    blobs: Vec<Blob>,
    root: &Path,
    config: &Config,
    rules: bool,
) -> Result<Report, EngineError> {
    use rayon::prelude::*;
    let started = std::time::Instant::now();
    let measure = MeasureOptions { docstrings_as_comments: config.analysis.docstrings_as_comments };
    let max_size = config.analysis.max_file_size;
    let rule_set = if rules { Some(RuleSet::new(config)?) } else { None };
    let select = walk::Selector::new(root, &config.analysis)?;
    let selected: Vec<(Blob, Lang)> = blobs
        .into_iter()
        .filter_map(|blob| select.language(&blob.path, &blob.bytes).map(|lang| (blob, lang)))
        .collect();
    let mut files = FileSet::default();
    selected.iter().for_each(|(blob, _)| files.add(&blob.path));
    let run = Run::new(config, &files, None);
    let outcomes = selected
        .into_par_iter()
        .map(|(blob, lang)| {
            analyze_bytes(&blob.path, lang, &blob.bytes, max_size, measure, rule_set.as_ref())
        })
        .collect();
    Ok(assemble(outcomes, Vec::new(), root, rule_set.as_ref(), run, started))
}

/// A file's content that is not (or not only) on disk.
#[derive(Debug, Clone)]
pub struct Blob {
    /// The path relative to the report's root, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Blob {
    /// Content named by a path on the command line (`--stdin-filename`): the path as the
    /// walk would show that file, relative to `root`.
    pub fn named(path: &Path, root: &Path, bytes: Vec<u8>) -> Self {
        Self { path: walk::display_path(&clean(&root.join(path)), root), bytes }
    }
}

/// The files' outcomes into a report: sorted, the import graph and its cycle findings,
/// the summary.
fn assemble(
    outcomes: Vec<Outcome>,
    walked_skipped: Vec<Skipped>,
    root: &Path,
    rule_set: Option<&RuleSet>,
    run: Run,
    started: std::time::Instant,
) -> Report {
    let mut files = Vec::new();
    let mut skipped = walked_skipped;
    let mut errors = Vec::new();
    let mut findings = Vec::new();
    let mut suppressed = Vec::new();
    let mut suppressions = std::collections::HashMap::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Analyzed(analyzed) => {
                let (f, found) = *analyzed;
                findings.extend(found.findings);
                suppressed.extend(found.suppressed_fingerprints);
                if let Some(s) = found.suppressions {
                    suppressions.insert(f.path.clone(), s);
                }
                files.push(f);
            }
            Outcome::Skipped(s) => skipped.push(s),
            Outcome::Failed(e) => errors.push(e),
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    errors.sort_by(|a, b| a.path.cmp(&b.path));

    tracing::debug!(
        files = files.len(),
        skipped = skipped.len(),
        errors = errors.len(),
        elapsed = ?started.elapsed(),
        "walked and analyzed"
    );
    let graph = graph::build(&mut files, root);
    if let Some(set) = rule_set {
        cycle_findings(set, &files, &graph, &suppressions, &mut findings, &mut suppressed);
    }
    findings.sort_by(|a, b| (&a.path, a.line, a.column, &a.code).cmp(&(&b.path, b.line, b.column, &b.code)));
    let mut summary = summarize(&files);
    summary.findings.suppressed = suppressed.len() as u32;
    tracing::debug!(edges = graph.edges.len(), cycles = graph.cycles.len(), elapsed = ?started.elapsed(), "summarized");
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        tool: Tool { name: "aura".into(), version: env!("CARGO_PKG_VERSION").into() },
        run: Some(run),
        root: root.display().to_string(),
        summary,
        files,
        skipped,
        errors,
        graph,
        findings,
        suppressed_fingerprints: suppressed,
    };
    report.recount();
    report
}

/// One `STR001` finding per import cycle, on its first file at the import that leads into
/// the cycle; the fingerprints of those suppressions drop go to `suppressed`.
fn cycle_findings(
    set: &RuleSet,
    files: &[FileReport],
    graph: &ImportGraph,
    suppressions: &std::collections::HashMap<String, Suppressions>,
    out: &mut Vec<Finding>,
    suppressed: &mut Vec<String>,
) {
    for cycle in &graph.cycles {
        let Some(first) = cycle.first() else { continue };
        let Some(file) = files.iter().find(|f| &f.path == first) else { continue };
        let policy = set.policy(file.language, &file.path);
        let Some(rule) = rules::find(rules::IMPORT_CYCLE_CODE) else { continue };
        if !policy.enabled(rule.code) {
            continue;
        }
        let import = file.metrics.imports.iter().find(|i| {
            !i.deferred
                && i.resolved.as_ref().is_some_and(|r| cycle.contains(r) && (r != first || cycle.len() == 1))
        });
        let line = import.map_or(1, |i| i.line);
        let fingerprint = rules::fingerprint(rule.code, first, &cycle.join("\0"), 1);
        if suppressions.get(first).is_some_and(|s| s.covers(rule.code, line)) {
            suppressed.push(fingerprint);
            continue;
        }
        let members = cycle.join(" → ");
        out.push(Finding {
            code: rule.code.into(),
            rule: rule.name.into(),
            severity: policy.severity(rule),
            message: format!("import cycle between {} files: {members} → {first}", cycle.len()),
            path: first.clone(),
            line,
            column: 1,
            end_line: line,
            end_column: 1,
            function: None,
            suggestion: "Move what these modules share into a module of its own, or invert one import."
                .into(),
            fingerprint,
        });
    }
}

/// Drop `.` components so reports show `/repo`, not `/repo/.`.
fn clean(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect()
}

/// What the walk and the workers share.
struct Task<'s> {
    paths: &'s [PathBuf],
    root: &'s Path,
    config: &'s Config,
    progress: &'s dyn Progress,
    outcomes: &'s Mutex<Vec<Outcome>>,
    max_size: u64,
    measure: MeasureOptions,
    rules: Option<&'s RuleSet>,
    shard: Option<(u32, u32)>,
}

impl<'s> Task<'s> {
    /// Walk on this thread and spawn one task per file, so workers start at once; returns
    /// the files the walk skipped and the path of every file it selected (in all shards).
    fn run(&self, scope: &rayon::Scope<'s>) -> Result<(Vec<Skipped>, FileSet), EngineError> {
        let (progress, outcomes, max_size, measure, rules) =
            (self.progress, self.outcomes, self.max_size, self.measure, self.rules);
        let shard = self.shard;
        let mut selected = FileSet::default();
        let skipped = walk::walk(self.paths, self.root, &self.config.analysis, |file| {
            selected.add(&file.display);
            if shard.is_some_and(|s| !in_shard(&file.display, s)) {
                return;
            }
            progress.found();
            scope.spawn(move |_| {
                let outcome = analyze_file(&file, max_size, measure, rules);
                progress.advance();
                if let Ok(mut all) = outcomes.lock() {
                    all.push(outcome);
                }
            });
        })?;
        Ok((skipped, selected))
    }
}

/// One directory argument: paths relative to it; otherwise relative to the working directory.
fn report_root(paths: &[PathBuf], cwd: &Path) -> PathBuf {
    match paths {
        [single] if single.is_dir() => single.clone(),
        _ => cwd.to_path_buf(),
    }
}

enum Outcome {
    Analyzed(Box<(FileReport, rules::FileFindings)>),
    Skipped(Skipped),
    Failed(FileError),
}

/// Bytes read to look for a `#!` line or a NUL byte before reading a whole file.
const SNIFF: usize = 8192;

/// Binary content, as git decides it: a NUL byte near the start.
pub fn is_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(SNIFF)].contains(&0)
}

fn analyze_file(
    file: &SourceFile,
    max_size: u64,
    options: MeasureOptions,
    rules: Option<&RuleSet>,
) -> Outcome {
    let skip = |reason: String| Outcome::Skipped(Skipped { path: file.display.clone(), reason });
    if file.size > max_size {
        return skip(format!("larger than analysis.max_file_size ({} > {max_size} bytes)", file.size));
    }
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => return skip(format!("unreadable: {}", io_reason(&e))),
    };
    analyze_bytes(&file.display, file.lang, &bytes, max_size, options, rules)
}

/// Analyze one file's bytes, wherever they came from (disk or a git blob).
fn analyze_bytes(
    display: &str,
    lang: Lang,
    bytes: &[u8],
    max_size: u64,
    options: MeasureOptions,
    rules: Option<&RuleSet>,
) -> Outcome {
    let skip = |reason: String| Outcome::Skipped(Skipped { path: display.to_owned(), reason });
    if bytes.len() as u64 > max_size {
        return skip(format!("larger than analysis.max_file_size ({} > {max_size} bytes)", bytes.len()));
    }
    if is_binary(bytes) {
        return skip("binary file (contains NUL bytes)".into());
    }
    let src = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match isolate::isolate(|| parse::measure_and_check(lang, display, src, options, rules)) {
        Ok(Some((metrics, found))) => Outcome::Analyzed(Box::new((
            FileReport { path: display.to_owned(), language: lang, metrics },
            found,
        ))),
        Ok(None) => skip(format!("the {lang} parser gave up on this file")),
        Err(message) => Outcome::Failed(FileError {
            path: display.to_owned(),
            message: format!("internal error while analyzing (please report it): {message}"),
        }),
    }
}

/// A short, stable reason for an I/O error.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "deleted during the analysis".into(),
        _ => e.to_string(),
    }
}

/// Analyze one in-memory source (for `review` and `serve`, which read blobs, not files).
pub fn analyze_source(lang: Lang, path: &str, src: &[u8], config: &Config) -> Result<FileReport, FileError> {
    let options = MeasureOptions { docstrings_as_comments: config.analysis.docstrings_as_comments };
    let src = src.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(src);
    match isolate::isolate(|| parse::measure_and_check(lang, path, src, options, None)) {
        Ok(Some((metrics, _))) => Ok(FileReport { path: path.into(), language: lang, metrics }),
        Ok(None) => Err(FileError { path: path.into(), message: format!("the {lang} parser gave up") }),
        Err(message) => Err(FileError { path: path.into(), message }),
    }
}

fn summarize(files: &[FileReport]) -> Summary {
    let mut s = Summary::default();
    let mut mi_sum = 0.0;
    let mut worst = Vec::new();
    for f in files {
        let m = &f.metrics;
        s.files += 1;
        s.lines += m.lines;
        s.functions += m.functions.len() as u32;
        s.classes += m.classes;
        s.parse_errors += m.parse_errors;
        s.documentation.public += m.documentation.public;
        s.documentation.documented += m.documentation.documented;
        mi_sum += m.maintainability;
        match s.languages.iter_mut().find(|l| l.language == f.language) {
            Some(l) => {
                l.files += 1;
                l.lines += m.lines;
                l.functions += m.functions.len() as u32;
            }
            None => s.languages.push(LanguageSummary {
                language: f.language,
                files: 1,
                lines: m.lines,
                functions: m.functions.len() as u32,
            }),
        }
        for func in &m.functions {
            let band = match func.cyclomatic {
                0..=5 => 0,
                6..=10 => 1,
                11..=20 => 2,
                21..=50 => 3,
                _ => 4,
            };
            s.cyclomatic_distribution[band] += 1;
            worst.push((func.cognitive, func.cyclomatic, f, func));
        }
    }
    s.languages.sort_by(|a, b| b.lines.code.cmp(&a.lines.code).then(a.language.cmp(&b.language)));
    s.maintainability =
        if s.files > 0 { (mi_sum / f64::from(s.files) * 100.0).round() / 100.0 } else { 100.0 };
    worst.sort_by(|a, b| {
        (b.0, b.1).cmp(&(a.0, a.1)).then(a.2.path.cmp(&b.2.path)).then(a.3.start_line.cmp(&b.3.start_line))
    });
    s.worst_functions = worst
        .into_iter()
        .take(10)
        .map(|(_, _, f, func)| FunctionRef {
            path: f.path.clone(),
            qualified_name: func.qualified_name.clone(),
            start_line: func.start_line,
            cyclomatic: func.cyclomatic,
            cognitive: func.cognitive,
            lines: func.lines,
        })
        .collect();
    s
}
