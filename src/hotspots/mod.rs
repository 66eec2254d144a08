//! `aura hotspots`: files and functions ranked by churn (commits in a window) × complexity.
//!
//! Churn comes from the history, read in process through gix: every non-merge commit of
//! the window is diffed against its first parent, renames followed, and counted against
//! the file's current path. Complexity comes from the engine's analysis of the current
//! files. Function-level churn parses each touching commit's version of the highest-ranked
//! files and attributes the commit to the functions its hunks touched in that version, by
//! qualified name.

mod since;
mod sparse;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

pub use since::{Since, date, timestamp};
pub use sparse::{FEW_COMMITS, Sparse, check as check_sparse};

use crate::engine::{Blob, Engine, EngineError, NoProgress, Source};
use crate::git::{GitError, Hunk, ObjectId, Repo, Window};
use crate::lang::Lang;
use crate::metrics::FunctionMetrics;
use crate::model;
use crate::model::{FileReport, Report};

/// Version of the JSON shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// How the scores are computed, as the reports state it.
pub const FILE_SCORE: &str = "commits × cyclomatic complexity of the file (1 + every decision point in it)";
pub const FUNCTION_SCORE: &str = "commits that touched the function × its cyclomatic complexity";

/// Why hotspots could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum HotspotsError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// What to rank, and how much of it.
#[derive(Debug, Clone)]
pub struct Request {
    /// The commit whose history is walked (HEAD).
    pub head: ObjectId,
    pub since: Since,
    pub max_commits: Option<usize>,
    /// Files and functions listed.
    pub top: usize,
    /// Files (the highest-ranked) whose history is parsed for function-level churn.
    pub functions_top: usize,
    /// The repository root: paths are relative to it, and `analysis.include`/`exclude`
    /// match against it.
    pub root: PathBuf,
}

/// The ranked files and functions.
#[derive(Debug, Clone, Serialize)]
pub struct Hotspots {
    pub schema_version: u32,
    pub tool: model::Tool,
    pub window: WindowSummary,
    pub scoring: Scoring,
    /// The highest-scoring files, best first (at most `--top`).
    pub files: Vec<FileHotspot>,
    /// The highest-scoring functions of the files parsed for function-level churn.
    pub functions: Vec<FunctionHotspot>,
    pub totals: Totals,
}

/// The commits the churn counts.
#[derive(Debug, Clone, Serialize)]
pub struct WindowSummary {
    /// The commit the history was walked from.
    pub head: String,
    /// Its committer time (UTC): relative windows are measured back from it.
    pub head_time: String,
    /// The window's first moment (UTC); `null` for the whole history.
    pub since: Option<String>,
    pub max_commits: Option<usize>,
    /// Non-merge commits in the window.
    pub commits: usize,
    /// Merge commits in the window, not counted (as `git log --no-merges`).
    pub merges_skipped: usize,
    /// The walk reached a shallow clone's boundary: older commits were not fetched.
    pub shallow: bool,
}

/// How the scores are computed.
#[derive(Debug, Clone, Serialize)]
pub struct Scoring {
    pub file: &'static str,
    pub function: &'static str,
}

/// Counts before `--top` cut the lists.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Totals {
    /// Current files with at least one commit in the window.
    pub files: usize,
    /// Functions with at least one commit, in the files parsed for function-level churn.
    pub functions: usize,
    /// Files whose history was parsed for function-level churn (`--functions-top`).
    pub function_files: usize,
    /// Historical file versions parsed for it.
    pub versions_parsed: usize,
}

/// A file's churn, complexity and score.
#[derive(Debug, Clone, Serialize)]
pub struct FileHotspot {
    pub rank: usize,
    pub path: String,
    pub language: Lang,
    /// Non-merge commits in the window that changed the file (under any earlier name).
    pub commits: u32,
    pub lines_added: u32,
    pub lines_deleted: u32,
    /// 1 + every decision point in the file, as `aura analyze` reports it.
    pub cyclomatic: u32,
    pub cognitive: u32,
    pub functions: u32,
    /// `commits × cyclomatic`.
    pub score: u64,
    /// The date (UTC) of the newest commit that changed it.
    pub last_changed: String,
}

/// A function's churn, complexity and score.
#[derive(Debug, Clone, Serialize)]
pub struct FunctionHotspot {
    pub rank: usize,
    pub path: String,
    pub qualified_name: String,
    pub start_line: u32,
    pub end_line: u32,
    /// Commits whose hunks touched the function's lines in that commit's version.
    pub commits: u32,
    pub cyclomatic: u32,
    pub cognitive: u32,
    /// `commits × cyclomatic`.
    pub score: u64,
}

/// One commit's version of a current file.
struct Version {
    /// Index into the history's commits.
    commit: usize,
    /// The file's path in that commit.
    path: String,
    old: Option<ObjectId>,
    new: Option<ObjectId>,
}

/// Walk the history, count churn against the files of `analysis`, and rank.
pub fn compute(
    repo: &Repo,
    request: &Request,
    analysis: &Report,
    engine: &Engine,
) -> Result<Hotspots, HotspotsError> {
    let started = std::time::Instant::now();
    let head_time = repo.commit_time(request.head)?;
    let cutoff = request.since.cutoff(head_time);
    let history = repo.history(request.head, &Window { since: cutoff, max_commits: request.max_commits })?;
    tracing::debug!(commits = history.commits.len(), elapsed = ?started.elapsed(), "walked the history");

    let current: HashMap<&str, &FileReport> = analysis.files.iter().map(|f| (f.path.as_str(), f)).collect();
    let versions = versions_of_current_files(&history, &current);

    // line hunks of every version, in parallel; the files' order is the paths' order
    let mut paths: Vec<&String> = versions.keys().collect();
    paths.sort();
    let pairs: Vec<(Option<ObjectId>, Option<ObjectId>)> =
        paths.iter().flat_map(|p| versions[*p].iter().map(|v| (v.old, v.new))).collect();
    let mut all_hunks = repo.hunks_between(&pairs)?.into_iter();
    let hunks: HashMap<&str, Vec<Vec<Hunk>>> = paths
        .iter()
        .map(|p| (p.as_str(), versions[*p].iter().map(|_| all_hunks.next().unwrap_or_default()).collect()))
        .collect();
    tracing::debug!(versions = pairs.len(), elapsed = ?started.elapsed(), "diffed the versions");

    let mut files: Vec<FileHotspot> = paths
        .iter()
        .filter_map(|path| {
            let file = current.get(path.as_str())?;
            let list = &versions[*path];
            let commits = list.len() as u32;
            let (added, deleted) = hunks[path.as_str()]
                .iter()
                .flatten()
                .fold((0, 0), |(a, d), h| (a + h.new_lines, d + h.old_lines));
            let newest = list.iter().map(|v| history.commits[v.commit].time).max().unwrap_or(head_time);
            Some(FileHotspot {
                rank: 0,
                path: (*path).clone(),
                language: file.language,
                commits,
                lines_added: added,
                lines_deleted: deleted,
                cyclomatic: file.metrics.cyclomatic,
                cognitive: file.metrics.cognitive,
                functions: file.metrics.functions.len() as u32,
                score: u64::from(commits) * u64::from(file.metrics.cyclomatic),
                last_changed: date(newest),
            })
        })
        .collect();
    files.sort_by(|a, b| b.score.cmp(&a.score).then(b.commits.cmp(&a.commits)).then(a.path.cmp(&b.path)));

    // function-level churn for the highest-ranked files
    let scope: Vec<&FileHotspot> = files.iter().take(request.functions_top).collect();
    let mut jobs = Vec::new();
    for file in &scope {
        for (v, version) in versions[&file.path].iter().enumerate() {
            // a version whose diff is empty (a pure rename) touches no function
            if let Some(id) = version.new.filter(|_| !hunks[file.path.as_str()][v].is_empty()) {
                jobs.push((file.path.as_str(), v, Blob::stored(version.path.clone(), repo.blob(id)?, id)));
            }
        }
    }
    let versions_parsed = jobs.len();
    let touched: Vec<(&str, HashSet<String>)> = jobs
        .into_par_iter()
        .map(|(path, v, blob)| -> Result<_, EngineError> {
            let parsed =
                engine.analyze(Source::Blobs { blobs: vec![blob], root: &request.root }, &NoProgress)?;
            let functions = parsed.files.first().map(|f| f.metrics.functions.as_slice()).unwrap_or_default();
            let names =
                touched_functions(functions, &hunks[path][v]).into_iter().map(str::to_owned).collect();
            Ok((path, names))
        })
        .collect::<Result<_, _>>()?;
    let mut function_commits: HashMap<(&str, &str), u32> = HashMap::new();
    for (path, names) in &touched {
        for name in names {
            *function_commits.entry((path, name.as_str())).or_default() += 1;
        }
    }
    let mut functions: Vec<FunctionHotspot> = scope
        .iter()
        .filter_map(|f| current.get(f.path.as_str()))
        .flat_map(|file| {
            let counts = &function_commits;
            file.metrics.functions.iter().filter_map(move |func| {
                let commits = *counts.get(&(file.path.as_str(), func.qualified_name.as_str()))?;
                Some(FunctionHotspot {
                    rank: 0,
                    path: file.path.clone(),
                    qualified_name: func.qualified_name.clone(),
                    start_line: func.start_line,
                    end_line: func.end_line,
                    commits,
                    cyclomatic: func.cyclomatic,
                    cognitive: func.cognitive,
                    score: u64::from(commits) * u64::from(func.cyclomatic),
                })
            })
        })
        .collect();
    functions.sort_by(|a, b| {
        (b.score, b.commits)
            .cmp(&(a.score, a.commits))
            .then(a.path.cmp(&b.path))
            .then(a.start_line.cmp(&b.start_line))
    });
    tracing::debug!(versions_parsed, elapsed = ?started.elapsed(), "attributed churn to functions");

    let totals = Totals {
        files: files.len(),
        functions: functions.len(),
        function_files: scope.len(),
        versions_parsed,
    };
    files.truncate(request.top);
    functions.truncate(request.top);
    for (i, f) in files.iter_mut().enumerate() {
        f.rank = i + 1;
    }
    for (i, f) in functions.iter_mut().enumerate() {
        f.rank = i + 1;
    }
    Ok(Hotspots {
        schema_version: SCHEMA_VERSION,
        tool: analysis.tool.clone(),
        window: WindowSummary {
            head: request.head.to_string(),
            head_time: timestamp(head_time),
            since: cutoff.map(timestamp),
            max_commits: request.max_commits,
            commits: history.commits.len(),
            merges_skipped: history.merges,
            shallow: history.cut_by_shallow,
        },
        scoring: Scoring { file: FILE_SCORE, function: FUNCTION_SCORE },
        files,
        functions,
        totals,
    })
}

/// For each current file, the commits (one version each) that changed it, newest first.
/// The walk goes newest first, so a rename is seen before the older commits that used the
/// old name: from then on the old name stands for the file's current path.
fn versions_of_current_files(
    history: &crate::git::History,
    current: &HashMap<&str, &FileReport>,
) -> HashMap<String, Vec<Version>> {
    let mut alias: HashMap<String, String> = HashMap::new();
    let mut versions: HashMap<String, Vec<Version>> = HashMap::new();
    for (i, commit) in history.commits.iter().enumerate() {
        let mut renames = Vec::new();
        for touch in &commit.touched {
            let path = alias.get(&touch.path).cloned().unwrap_or_else(|| touch.path.clone());
            if let Some(from) = &touch.from {
                renames.push((from.clone(), path.clone()));
            }
            if !current.contains_key(path.as_str()) {
                continue;
            }
            let list = versions.entry(path).or_default();
            if list.last().is_some_and(|v| v.commit == i) {
                continue;
            }
            list.push(Version { commit: i, path: touch.path.clone(), old: touch.old, new: touch.new });
        }
        alias.extend(renames);
    }
    versions
}

/// The qualified names of the functions (of the version the hunks produced) whose lines
/// the hunks changed. A pure deletion touches a function when it lies between two of the
/// function's lines.
fn touched_functions<'f>(functions: &'f [FunctionMetrics], hunks: &[Hunk]) -> HashSet<&'f str> {
    let mut out = HashSet::new();
    for f in functions {
        if hunks.iter().any(|h| h.touches(f.start_line, f.end_line)) {
            out.insert(f.qualified_name.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn function(name: &str, start_line: u32, end_line: u32) -> FunctionMetrics {
        FunctionMetrics {
            name: name.into(),
            qualified_name: name.into(),
            start_line,
            end_line,
            parameters: 0,
            uncounted_parameters: 0,
            cyclomatic: 1,
            cognitive: 0,
            nesting_depth: 0,
            lines: end_line - start_line + 1,
            halstead: Default::default(),
            maintainability: 100.0,
            public: false,
            documented: false,
        }
    }

    fn hunk(new_start: u32, new_lines: u32) -> Hunk {
        Hunk { old_start: new_start, old_lines: 1, new_start, new_lines }
    }

    #[test]
    fn hunks_touch_the_functions_whose_lines_they_change() {
        let fs = [function("a", 1, 3), function("b", 5, 9)];
        let names = |hunks: &[Hunk]| {
            let mut v: Vec<&str> = touched_functions(&fs, hunks).into_iter().collect();
            v.sort();
            v
        };
        assert_eq!(names(&[hunk(2, 1)]), ["a"]);
        assert_eq!(names(&[hunk(4, 1)]), Vec::<&str>::new());
        assert_eq!(names(&[hunk(3, 3)]), ["a", "b"]);
        assert_eq!(names(&[hunk(9, 1)]), ["b"]);
        // a deletion between lines 6 and 7 is inside b; one after line 3 (a's last) is not
        assert_eq!(names(&[hunk(6, 0)]), ["b"]);
        assert_eq!(names(&[hunk(3, 0)]), Vec::<&str>::new());
    }
}
