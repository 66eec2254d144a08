//! `aura review`: judge what a change did, not the whole repository (SPEC 8).
//!
//! The changed files are read at both revisions from the object database and analyzed on
//! the engine's one road. Findings at head are matched with the base's by content
//! fingerprint (new or existing), the base's that are gone are fixed, and the diff's hunks
//! decide which findings the filter mode keeps. Functions are matched by qualified name
//! for metric deltas. [`impact`] adds who imports the changed files, the tests, and a risk
//! summary.

pub mod impact;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Serialize;

use crate::config::FilterMode;
use crate::engine::{self, Blob, Engine, NoProgress, Source};
use crate::git::{ChangeKind, Hunk, ObjectId, Repo, hunks};
use crate::model::{FileError, FileReport, Finding, Report, Tool};
use crate::rules::Family;

pub mod llm;

pub use impact::{Impact, Risk, RiskLevel};

/// Why a review could not be made (a file that fails to analyze is an error of the report,
/// not of the review).
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error(transparent)]
    Git(#[from] crate::git::GitError),
    #[error(transparent)]
    Engine(#[from] engine::EngineError),
    #[error("cannot search the importers of the changed files: {0}")]
    Search(#[from] aho_corasick::BuildError),
}

type Result<T, E = ReviewError> = std::result::Result<T, E>;

/// Version of the JSON review's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// Context lines around a hunk that `diff_context` keeps, as `git diff` shows them.
const CONTEXT_LINES: u32 = 3;

/// The side a review judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// A commit.
    Commit(ObjectId),
    /// The index (`--staged`): what the next commit would hold.
    Index,
}

/// What to review.
#[derive(Debug, Clone)]
pub struct Request {
    /// The commit the change is measured against (the merge base in a pull request);
    /// `None`: nothing (a first commit, or the index of a repository without commits).
    pub base: Option<ObjectId>,
    pub head: Head,
    pub filter: FilterMode,
    /// Look for the files that import the changed ones (reads every file's imports).
    pub impact: bool,
}

/// Everything a review found.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub schema_version: u32,
    pub tool: Tool,
    /// The base commit (full hex id; empty when there is none).
    pub base: String,
    /// The head commit, or `index` for `--staged`.
    pub head: String,
    pub filter_mode: FilterMode,
    pub summary: Summary,
    /// Every changed file, sorted by path.
    pub files: Vec<ChangedFile>,
    /// Functions added, deleted or changed, with their metrics before and after.
    pub functions: Vec<FunctionDelta>,
    /// The findings the filter mode keeps, new or already there at base.
    pub findings: Vec<ReviewFinding>,
    /// Findings at base that the change removed (paths and lines as they were at base).
    pub fixed: Vec<Finding>,
    pub impact: Impact,
    pub risk: Risk,
    /// Files whose analysis failed.
    pub errors: Vec<FileError>,
    /// What `--llm` did: the provider, its comments (findings of `LLM001`), the files it
    /// was not shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llm: Option<llm::LlmReview>,
    /// The head analysis of the changed files with only the kept findings: what the
    /// SARIF, Code Quality and HTML writers take.
    #[serde(skip)]
    pub head_report: Report,
}

/// Counts over the review.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub files_changed: u32,
    pub added: u32,
    pub modified: u32,
    pub renamed: u32,
    pub deleted: u32,
    pub lines_added: u32,
    pub lines_deleted: u32,
    /// Kept findings that are not at base.
    pub new_findings: u32,
    /// Kept findings that were already at base (on lines the change touched).
    pub existing_findings: u32,
    pub fixed_findings: u32,
    /// Findings at base that a suppression comment the change added now hides: still in
    /// the code, so not fixed.
    pub suppressed_findings: u32,
    /// Kept findings per severity.
    pub findings: crate::model::FindingCounts,
    /// Head findings in the changed files that the filter mode left out.
    pub filtered_out: u32,
    pub functions_added: u32,
    pub functions_deleted: u32,
    pub functions_changed: u32,
    /// Sum of the cyclomatic complexity deltas over every function (negative: simpler).
    pub cyclomatic_delta: i64,
    pub cognitive_delta: i64,
}

/// One changed file.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedFile {
    pub path: String,
    /// The path before a rename.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub status: ChangeKind,
    /// The language aura analyzed it as (none: not analyzed, e.g. documentation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::lang::Lang>,
    pub lines_added: u32,
    pub lines_deleted: u32,
    pub hunks: Vec<Hunk>,
}

/// A function's metrics on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FunctionSide {
    pub start_line: u32,
    pub end_line: u32,
    pub cyclomatic: u32,
    pub cognitive: u32,
    /// Code lines.
    pub lines: u32,
}

/// What happened to a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FunctionStatus {
    Added,
    Modified,
    Deleted,
}

/// One function's metrics before and after.
#[derive(Debug, Clone, Serialize)]
pub struct FunctionDelta {
    /// The file at head (at base for a deleted file).
    pub path: String,
    pub qualified_name: String,
    pub status: FunctionStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<FunctionSide>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<FunctionSide>,
}

impl FunctionDelta {
    fn metric(&self, pick: impl Fn(&FunctionSide) -> u32) -> i64 {
        let side = |s: &Option<FunctionSide>| s.as_ref().map_or(0, |s| i64::from(pick(s)));
        side(&self.after) - side(&self.before)
    }
    pub fn cyclomatic_delta(&self) -> i64 {
        self.metric(|s| s.cyclomatic)
    }
    pub fn cognitive_delta(&self) -> i64 {
        self.metric(|s| s.cognitive)
    }
    pub fn lines_delta(&self) -> i64 {
        self.metric(|s| s.lines)
    }
}

/// Whether a kept finding is new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingStatus {
    /// Not at base: the change introduced it.
    New,
    /// At base too (same fingerprint), on lines the change touched.
    Existing,
}

/// A finding the review keeps.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewFinding {
    #[serde(flatten)]
    pub finding: Finding,
    pub status: FindingStatus,
    /// At base a comment suppressed it, and the change removed the comment (so it is
    /// existing, not new).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unsuppressed: bool,
}

/// Both sides of the changed files, read from the object database.
struct Sides {
    head: Vec<Blob>,
    base: Vec<Blob>,
    files: Vec<ChangedFile>,
}

/// Review a change: the one entry point `aura review` and the hooks share. Both sides run
/// on `engine` (the command's one, with its cache: a side read before, by the analysis or
/// an earlier review, is not parsed again); the importer search (`request.impact`) parses on
/// `importers`, an engine without rules sharing the same cache, else on `engine`.
pub fn review(repo: &Repo, request: &Request, engine: &Engine, importers: Option<&Engine>) -> Result<Review> {
    let root = repo.workdir().unwrap_or_else(|| repo.git_dir()).to_path_buf();
    let changes = match request.head {
        Head::Commit(head) => repo.diff_commits(request.base, head)?,
        Head::Index => repo.staged()?,
    };
    let sides = read_sides(repo, changes)?;
    let (head_report, base_report) = rayon::join(
        || engine.analyze(Source::Blobs { blobs: sides.head, root: &root }, &NoProgress),
        || engine.analyze(Source::Blobs { blobs: sides.base, root: &root }, &NoProgress),
    );
    let (mut head_report, base_report) = (head_report?, base_report?);
    let mut files = sides.files;
    let languages: HashMap<&str, crate::lang::Lang> =
        head_report.files.iter().chain(&base_report.files).map(|f| (f.path.as_str(), f.language)).collect();
    for f in &mut files {
        f.language = languages.get(f.path.as_str()).copied();
    }

    let scope = Scope::new(&files, &head_report.files, request.filter);
    let base_prints: HashSet<&str> = base_report.findings.iter().map(|f| f.fingerprint.as_str()).collect();
    let head_prints: HashSet<&str> = head_report.findings.iter().map(|f| f.fingerprint.as_str()).collect();
    // a finding a comment suppresses on one side is still in the code there
    let base_suppressed: HashSet<&str> =
        base_report.suppressed_fingerprints.iter().map(String::as_str).collect();
    let head_suppressed: HashSet<&str> =
        head_report.suppressed_fingerprints.iter().map(String::as_str).collect();
    let renamed_from: HashMap<&str, &str> =
        files.iter().filter_map(|f| Some((f.path.as_str(), f.from.as_deref()?))).collect();
    let (gone, newly_suppressed): (Vec<&Finding>, Vec<&Finding>) = base_report
        .findings
        .iter()
        .filter(|f| !head_prints.contains(f.fingerprint.as_str()))
        .partition(|f| !head_suppressed.contains(f.fingerprint.as_str()));
    let fixed: Vec<Finding> = gone
        .into_iter()
        .map(|f| {
            let mut f = f.clone();
            if let Some(old) = renamed_from.get(f.path.as_str()) {
                f.path = (*old).to_owned();
            }
            f
        })
        .collect();
    let mut kept = Vec::new();
    let mut filtered_out = 0;
    for f in std::mem::take(&mut head_report.findings) {
        if scope.keeps(&f) {
            let print = f.fingerprint.as_str();
            let unsuppressed = !base_prints.contains(print) && base_suppressed.contains(print);
            let status = if base_prints.contains(print) || unsuppressed {
                FindingStatus::Existing
            } else {
                FindingStatus::New
            };
            kept.push(ReviewFinding { finding: f, status, unsuppressed });
        } else {
            filtered_out += 1;
        }
    }
    head_report.findings = kept.iter().map(|k| k.finding.clone()).collect();
    head_report.recount();

    let functions = function_deltas(&files, &head_report.files, &base_report.files);
    let impact = if request.impact {
        let importers = importers.unwrap_or(engine);
        impact::impact(repo, request.head, &files, &head_report, &base_report, importers, &root)?
    } else {
        Impact {
            not_searched: Some("--no-impact: importers were not searched".to_owned()),
            ..Impact::default()
        }
    };
    let mut summary = summarize(&files, &kept, fixed.len(), filtered_out, &functions, &head_report);
    summary.suppressed_findings = newly_suppressed.len() as u32;
    let risk = impact::risk(&summary, &kept, &impact);
    let mut errors = head_report.errors.clone();
    errors.extend(base_report.errors.iter().cloned());
    Ok(Review {
        schema_version: SCHEMA_VERSION,
        tool: head_report.tool.clone(),
        base: request.base.map(|b| b.to_string()).unwrap_or_default(),
        head: match request.head {
            Head::Commit(id) => id.to_string(),
            Head::Index => "index".to_owned(),
        },
        filter_mode: request.filter,
        summary,
        files,
        functions,
        findings: kept,
        fixed,
        impact,
        risk,
        errors,
        llm: None,
        head_report,
    })
}

/// Read both sides of every change, and diff the ones that have two. A renamed file's base
/// side is analyzed under its new path, so the fingerprints of its findings compare.
fn read_sides(repo: &Repo, changes: Vec<crate::git::Change>) -> Result<Sides> {
    use rayon::prelude::*;
    let mut pairs = Vec::with_capacity(changes.len());
    for change in changes {
        let old = change.old.map(|id| repo.blob(id)).transpose()?;
        let new = change.new.map(|id| repo.blob(id)).transpose()?;
        pairs.push((change, old, new));
    }
    let files: Vec<ChangedFile> = pairs
        .par_iter()
        .map(|(change, old, new)| {
            let (old, new) = (old.as_deref().unwrap_or_default(), new.as_deref().unwrap_or_default());
            // binary content has no lines, as git says `Bin` for it
            let hunks =
                if engine::is_binary(old) || engine::is_binary(new) { Vec::new() } else { hunks(old, new) };
            ChangedFile {
                path: change.path.clone(),
                from: change.from.clone(),
                status: change.kind,
                language: None,
                lines_added: hunks.iter().map(|h| h.new_lines).sum(),
                lines_deleted: hunks.iter().map(|h| h.old_lines).sum(),
                hunks,
            }
        })
        .collect();
    let (mut head, mut base) = (Vec::new(), Vec::new());
    for (change, old, new) in pairs {
        if let (Some(bytes), Some(id)) = (old, change.old) {
            base.push(Blob::stored(change.path.clone(), bytes, id));
        }
        if let (Some(bytes), Some(id)) = (new, change.new) {
            head.push(Blob::stored(change.path, bytes, id));
        }
    }
    Ok(Sides { head, base, files })
}

/// Which head findings a filter mode keeps.
struct Scope<'a> {
    mode: FilterMode,
    /// Per file: its hunks.
    hunks: HashMap<&'a str, &'a [Hunk]>,
    /// Per file: function spans by qualified name, for findings about a whole function.
    functions: HashMap<&'a str, Vec<(&'a str, u32, u32)>>,
}

impl<'a> Scope<'a> {
    fn new(files: &'a [ChangedFile], head: &'a [FileReport], mode: FilterMode) -> Self {
        let hunks = files.iter().map(|f| (f.path.as_str(), f.hunks.as_slice())).collect();
        let functions = head
            .iter()
            .map(|f| {
                let spans = f
                    .metrics
                    .functions
                    .iter()
                    .map(|g| (g.qualified_name.as_str(), g.start_line, g.end_line))
                    .collect();
                (f.path.as_str(), spans)
            })
            .collect();
        Self { mode, hunks, functions }
    }

    fn keeps(&self, f: &Finding) -> bool {
        match self.mode {
            FilterMode::NoFilter | FilterMode::File => true,
            FilterMode::Added | FilterMode::DiffContext => {
                let Some(hunks) = self.hunks.get(f.path.as_str()) else { return false };
                let context = if self.mode == FilterMode::DiffContext { CONTEXT_LINES } else { 0 };
                let (start, end) = self.region(f);
                hunks.iter().any(|h| h.touches_within(start, end, context))
            }
        }
    }

    /// The lines a finding is about: a metric finding on a function covers the function
    /// (its complexity changes wherever its body does), one on a file or an import cycle
    /// covers the file, any other its own lines.
    fn region(&self, f: &Finding) -> (u32, u32) {
        let family = crate::rules::find(&f.code).map(|r| r.family);
        let whole = matches!(
            family,
            Some(
                Family::Complexity
                    | Family::Size
                    | Family::Maintainability
                    | Family::Documentation
                    | Family::Structure
            )
        );
        if whole {
            match &f.function {
                Some(name) => {
                    let span = self
                        .functions
                        .get(f.path.as_str())
                        .and_then(|spans| spans.iter().find(|(n, start, _)| n == name && *start == f.line));
                    if let Some((_, start, end)) = span {
                        return (*start, *end);
                    }
                }
                None => return (1, u32::MAX),
            }
        }
        (f.line, f.end_line.max(f.line))
    }
}

/// Match each changed file's functions at base and head by qualified name (the n-th
/// function of a name with the n-th) and keep those added, deleted or changed.
fn function_deltas(files: &[ChangedFile], head: &[FileReport], base: &[FileReport]) -> Vec<FunctionDelta> {
    let by_path = |reports: &'_ [FileReport]| -> HashMap<String, usize> {
        reports.iter().enumerate().map(|(i, f)| (f.path.clone(), i)).collect()
    };
    let (head_at, base_at) = (by_path(head), by_path(base));
    let mut out = Vec::new();
    for file in files {
        let after = head_at.get(&file.path).map(|&i| &head[i]);
        let before = base_at.get(&file.path).map(|&i| &base[i]);
        let shown_path = &file.path;
        let sides = |report: Option<&FileReport>| -> Vec<(String, FunctionSide)> {
            let Some(report) = report else { return Vec::new() };
            let mut seen: HashMap<&str, u32> = HashMap::new();
            report
                .metrics
                .functions
                .iter()
                .map(|g| {
                    let n = seen.entry(&g.qualified_name).or_default();
                    *n += 1;
                    let key =
                        if *n == 1 { g.qualified_name.clone() } else { format!("{}#{n}", g.qualified_name) };
                    let side = FunctionSide {
                        start_line: g.start_line,
                        end_line: g.end_line,
                        cyclomatic: g.cyclomatic,
                        cognitive: g.cognitive,
                        lines: g.lines,
                    };
                    (key, side)
                })
                .collect()
        };
        let (old, new) = (sides(before), sides(after));
        let old_by_key: HashMap<&str, &FunctionSide> = old.iter().map(|(k, s)| (k.as_str(), s)).collect();
        let new_keys: HashSet<&str> = new.iter().map(|(k, _)| k.as_str()).collect();
        let touched =
            |side: &FunctionSide| file.hunks.iter().any(|h| h.touches(side.start_line, side.end_line));
        let name = |key: &str| key.split('#').next().unwrap_or(key).to_owned();
        for (key, after) in &new {
            let delta = match old_by_key.get(key.as_str()) {
                None => FunctionDelta {
                    path: shown_path.to_owned(),
                    qualified_name: name(key),
                    status: FunctionStatus::Added,
                    before: None,
                    after: Some(*after),
                },
                Some(before) => {
                    let same = (before.cyclomatic, before.cognitive, before.lines)
                        == (after.cyclomatic, after.cognitive, after.lines);
                    if same && !touched(after) {
                        continue;
                    }
                    FunctionDelta {
                        path: shown_path.to_owned(),
                        qualified_name: name(key),
                        status: FunctionStatus::Modified,
                        before: Some(**before),
                        after: Some(*after),
                    }
                }
            };
            out.push(delta);
        }
        for (key, before) in &old {
            if !new_keys.contains(key.as_str()) {
                out.push(FunctionDelta {
                    path: shown_path.to_owned(),
                    qualified_name: name(key),
                    status: FunctionStatus::Deleted,
                    before: Some(*before),
                    after: None,
                });
            }
        }
    }
    out
}

fn summarize(
    files: &[ChangedFile],
    kept: &[ReviewFinding],
    fixed: usize,
    filtered_out: u32,
    functions: &[FunctionDelta],
    head: &Report,
) -> Summary {
    let count = |kind: ChangeKind| files.iter().filter(|f| f.status == kind).count() as u32;
    let new = kept.iter().filter(|k| k.status == FindingStatus::New).count() as u32;
    let fstatus = |s: FunctionStatus| functions.iter().filter(|f| f.status == s).count() as u32;
    Summary {
        files_changed: files.len() as u32,
        added: count(ChangeKind::Added),
        modified: count(ChangeKind::Modified),
        renamed: count(ChangeKind::Renamed),
        deleted: count(ChangeKind::Deleted),
        lines_added: files.iter().map(|f| f.lines_added).sum(),
        lines_deleted: files.iter().map(|f| f.lines_deleted).sum(),
        new_findings: new,
        existing_findings: kept.len() as u32 - new,
        fixed_findings: fixed as u32,
        suppressed_findings: 0,
        findings: head.summary.findings,
        filtered_out,
        functions_added: fstatus(FunctionStatus::Added),
        functions_deleted: fstatus(FunctionStatus::Deleted),
        functions_changed: fstatus(FunctionStatus::Modified),
        cyclomatic_delta: functions.iter().map(FunctionDelta::cyclomatic_delta).sum(),
        cognitive_delta: functions.iter().map(FunctionDelta::cognitive_delta).sum(),
    }
}

impl Review {
    /// The kept findings at or above a severity.
    pub fn reaching(&self, gate: crate::config::FailOn) -> usize {
        self.findings.iter().filter(|k| gate.is_reached_by(k.finding.severity)).count()
    }

    /// The root the head report's paths are relative to.
    pub fn root(&self) -> &Path {
        Path::new(&self.head_report.root)
    }
}
