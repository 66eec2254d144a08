//! Watch mode: analyze the paths once, then again whenever a file under them changes, and
//! say what changed in the findings.
//!
//! There is no second analysis road: every rerun is the engine's full [`Engine::analyze`]
//! over the same paths, and the engine's cache makes the unchanged files nearly free (in a
//! git repository they are not even read). What this module adds is the file-system
//! watcher, the debounce, the filter that drops events which cannot change a result, a new
//! engine when a configuration file changes, and the diff of two runs' findings by
//! fingerprint ([`diff`]). It hands typed [`WatchEvent`]s to a callback: `aura watch`
//! prints them, a server can forward them.

mod events;

use std::collections::HashMap;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher as _};
use serde::Serialize;

use crate::engine::{Engine, EngineError, Progress, Source};
use crate::model::{Finding, FindingCounts, Report};
use events::{Filter, next_batch};

/// What a watch reports, one event per analysis whose results changed.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum WatchEvent {
    /// An analysis of the watched paths: the first one, or a rerun that changed something.
    Analyzed(Analysis),
    /// A watched path is gone: the last results stand until it is back.
    Missing {
        /// The watched paths that no longer exist, as given.
        paths: Vec<String>,
    },
    /// A configuration file changed and does not load: the watch goes on with the
    /// configuration it had.
    ConfigError {
        /// What is wrong, with the file and line.
        message: String,
    },
}

/// One analysis of the watched paths, against the one before it.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// 0 for the first analysis, then one more per rerun.
    pub run: u64,
    /// The paths whose changes started this run, relative to the report's root (empty for
    /// the first run).
    pub changed: Vec<String>,
    /// Findings this run has and the one before did not (every finding, for the first run).
    pub new: Vec<Finding>,
    /// Findings the run before had and this one does not.
    pub fixed: Vec<Finding>,
    /// This run's totals.
    pub totals: Totals,
    /// How long the analysis took.
    #[serde(rename = "elapsed_ms", serialize_with = "millis")]
    pub elapsed: Duration,
}

/// The totals of one analysis.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Files analyzed.
    pub files: u32,
    /// Findings per severity (and suppressed).
    pub findings: FindingCounts,
    /// Files not analyzed (too large, binary, unreadable).
    pub skipped: u32,
    /// Files whose analysis failed with an internal error.
    pub errors: u32,
}

impl Totals {
    /// The totals of a report.
    pub fn of(report: &Report) -> Self {
        Self {
            files: report.summary.files,
            findings: report.summary.findings,
            skipped: report.skipped.len() as u32,
            errors: report.errors.len() as u32,
        }
    }
}

fn millis<S: serde::Serializer>(elapsed: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(elapsed.as_millis() as u64)
}

/// The findings `after` has and `before` has not (new), and those `before` has and `after`
/// has not (fixed), matched by fingerprint: a finding whose code moved is neither. Equal
/// fingerprints are matched one for one, so a second copy of a finding is new.
pub fn diff(before: &[Finding], after: &[Finding]) -> (Vec<Finding>, Vec<Finding>) {
    fn extra(of: &[Finding], against: &[Finding]) -> Vec<Finding> {
        let mut left: HashMap<&str, usize> = HashMap::new();
        for f in against {
            *left.entry(f.fingerprint.as_str()).or_default() += 1;
        }
        of.iter()
            .filter(|f| match left.get_mut(f.fingerprint.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .cloned()
            .collect()
    }
    (extra(after, before), extra(before, after))
}

/// The state between runs: the last run's findings and totals.
#[derive(Debug, Default)]
pub struct Session {
    runs: u64,
    findings: Vec<Finding>,
    totals: Totals,
    /// The last event said a path was missing: the next analysis is reported even if it
    /// changed nothing, so the user sees the watch is back.
    missing: bool,
}

impl Session {
    /// Record a run's findings and totals; the event to report, or `None` when a rerun
    /// changed neither the findings nor the totals.
    pub fn record(
        &mut self,
        findings: Vec<Finding>,
        totals: Totals,
        changed: Vec<String>,
        elapsed: Duration,
    ) -> Option<Analysis> {
        let (new, fixed) = diff(&self.findings, &findings);
        let run = self.runs;
        let quiet = run > 0 && new.is_empty() && fixed.is_empty() && totals == self.totals && !self.missing;
        self.runs += 1;
        self.findings = findings;
        self.totals = totals;
        self.missing = false;
        (!quiet).then_some(Analysis { run, changed, new, fixed, totals, elapsed })
    }

    /// Note that a watched path is gone; whether that is news (the first time in a row).
    pub fn lose(&mut self) -> bool {
        !std::mem::replace(&mut self.missing, true)
    }
}

/// Errors that stop a watch (a rerun's per-file problems and a vanished path do not).
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("cannot watch {path}: {source}{hint}", path = .path.display())]
    Watch { path: PathBuf, source: notify::Error, hint: &'static str },
    #[error("cannot write the watch's output")]
    Sink(#[source] io::Error),
}

/// What to watch and how long to wait.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// The paths to analyze and watch, as given (empty: `cwd`).
    pub paths: Vec<PathBuf>,
    /// The directory relative paths are resolved in.
    pub cwd: PathBuf,
    /// Directories whose changes never matter: the analysis cache, which every run writes.
    pub ignore: Vec<PathBuf>,
    /// Configuration files besides the project's `.aura/config.*` (`--config FILE`): a
    /// change builds the engine again, through the caller's `reload`.
    pub config_files: Vec<PathBuf>,
    /// A rerun starts once no event came for this long.
    pub quiet: Duration,
    /// ... or this long after the first event, so a file written without pause cannot
    /// hold the rerun back forever.
    pub max_wait: Duration,
}

impl WatchOptions {
    pub fn new(paths: Vec<PathBuf>, cwd: PathBuf) -> Self {
        Self {
            paths,
            cwd,
            ignore: Vec::new(),
            config_files: Vec::new(),
            quiet: Duration::from_millis(200),
            max_wait: Duration::from_secs(2),
        }
    }

    /// The watched paths, absolute and without `.` components.
    fn roots(&self) -> Vec<PathBuf> {
        if self.paths.is_empty() {
            return vec![self.cwd.clone()];
        }
        self.paths.iter().map(|p| clean(&self.cwd.join(p))).collect()
    }
}

/// How often a watch with a missing path looks for it to come back.
const POLL: Duration = Duration::from_secs(1);

/// Analyze `options.paths` with `engine`, hand the first analysis to `on_event`, then rerun
/// after every burst of changes that can matter and hand it each run that changed
/// something. When a configuration file changes, `reload` builds the engine again from it
/// (its error is a [`WatchEvent::ConfigError`] and the old engine goes on). Returns when
/// `on_event` fails (its error stops the watch) or the watcher stops; a watched path that
/// vanishes is a [`WatchEvent::Missing`], not an error.
pub fn watch(
    mut engine: Engine,
    options: &WatchOptions,
    progress: &dyn Progress,
    reload: &mut dyn FnMut() -> Result<Engine, String>,
    on_event: &mut dyn FnMut(&WatchEvent) -> io::Result<()>,
) -> Result<(), WatchError> {
    let roots = options.roots();
    if let Some(gone) = roots.iter().find(|r| std::fs::symlink_metadata(r).is_err()) {
        return Err(EngineError::NotFound(gone.clone()).into());
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|source| WatchError::Watch {
        path: options.cwd.clone(),
        hint: hint(&source),
        source,
    })?;
    for root in &roots {
        watch_root(&mut watcher, root).map_err(|source| WatchError::Watch {
            path: root.clone(),
            hint: hint(&source),
            source,
        })?;
    }
    let filter = Filter::new(&roots, options);
    let mut session = Session::default();
    // registered before the first run: a change made while it runs is not lost
    let started = Instant::now();
    let report = engine.analyze(source(options), progress)?;
    let root = PathBuf::from(&report.root);
    let totals = Totals::of(&report);
    let first = session.record(report.findings, totals, Vec::new(), started.elapsed());
    if let Some(first) = first {
        on_event(&WatchEvent::Analyzed(first)).map_err(WatchError::Sink)?;
    }
    let mut missing = false;
    loop {
        let Some(batch) = next_batch(&rx, &filter, options, missing.then_some(POLL)) else {
            return Ok(());
        };
        let mut reloaded = false;
        if !batch.config.is_empty() {
            match reload() {
                Ok(fresh) => {
                    engine = fresh;
                    reloaded = true;
                }
                Err(message) => on_event(&WatchEvent::ConfigError { message }).map_err(WatchError::Sink)?,
            }
        }
        if batch.paths.is_empty() && !reloaded && !missing {
            continue;
        }
        if missing {
            if roots.iter().any(|r| !r.exists()) {
                continue;
            }
            // a deleted directory took its watch with it
            for root in &roots {
                if let Err(e) = watch_root(&mut watcher, root) {
                    tracing::warn!(path = %root.display(), error = %e, "cannot watch again");
                }
            }
        }
        let started = Instant::now();
        match engine.analyze(source(options), &crate::engine::NoProgress) {
            Ok(report) => {
                missing = false;
                let changed = batch.config.iter().chain(&batch.paths).map(|p| relative(p, &root)).collect();
                let totals = Totals::of(&report);
                if let Some(event) = session.record(report.findings, totals, changed, started.elapsed()) {
                    on_event(&WatchEvent::Analyzed(event)).map_err(WatchError::Sink)?;
                }
            }
            Err(EngineError::NotFound(_)) => {
                missing = true;
                if session.lose() {
                    let paths = gone(&roots, options);
                    on_event(&WatchEvent::Missing { paths }).map_err(WatchError::Sink)?;
                }
            }
            // the first run's configuration worked: another error (an invalid glob) came
            // with a reloaded one
            Err(e) => {
                let message = e.to_string();
                on_event(&WatchEvent::ConfigError { message }).map_err(WatchError::Sink)?;
            }
        }
    }
}

/// The watched paths that no longer exist, as given.
fn gone(roots: &[PathBuf], options: &WatchOptions) -> Vec<String> {
    if options.paths.is_empty() {
        return vec![options.cwd.display().to_string()];
    }
    roots
        .iter()
        .zip(&options.paths)
        .filter(|(root, _)| !root.exists())
        .map(|(_, given)| given.display().to_string())
        .collect()
}

fn source(options: &WatchOptions) -> Source<'_> {
    Source::Paths { paths: &options.paths, cwd: &options.cwd, shard: None, changed: None }
}

/// Watch a directory recursively; a file through its directory, so an editor's save by
/// rename (a new file in its place) is still seen.
fn watch_root(watcher: &mut notify::RecommendedWatcher, root: &Path) -> notify::Result<()> {
    match root.parent() {
        Some(parent) if !root.is_dir() => watcher.watch(parent, RecursiveMode::NonRecursive),
        _ => watcher.watch(root, RecursiveMode::Recursive),
    }
}

/// What to do about a failed watch, where there is something to do.
fn hint(e: &notify::Error) -> &'static str {
    match e.kind {
        notify::ErrorKind::MaxFilesWatch => {
            " (the system's limit on watches is reached: raise it with \
             `sysctl fs.inotify.max_user_watches=524288`, or watch fewer directories)"
        }
        _ => "",
    }
}

/// `path` relative to `root`, `/`-separated, as reports show paths.
fn relative(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let shown = if rel.as_os_str().is_empty() { path } else { rel };
    shown.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/")
}

/// Drop `.` components, as the engine does for the paths it is given.
fn clean(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, Component::CurDir)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    fn finding(fingerprint: &str, line: u32) -> Finding {
        Finding {
            code: "SIZ003".into(),
            rule: "too-many-parameters".into(),
            severity: Severity::Warning,
            message: format!("finding {fingerprint}"),
            path: "app.py".into(),
            line,
            column: 1,
            end_line: line,
            end_column: 1,
            function: None,
            suggestion: "".into(),
            fingerprint: fingerprint.into(),
        }
    }

    fn prints(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.fingerprint.as_str()).collect()
    }

    #[test]
    fn new_and_fixed_findings_are_matched_by_fingerprint_not_by_line() {
        let before = [finding("a", 1), finding("b", 5)];
        // `a` moved down two lines, `b` is gone, `c` appeared
        let after = [finding("a", 3), finding("c", 9)];
        let (new, fixed) = diff(&before, &after);
        assert_eq!(prints(&new), ["c"]);
        assert_eq!(prints(&fixed), ["b"]);
        assert_eq!(diff(&after, &after), (vec![], vec![]));
    }

    #[test]
    fn equal_fingerprints_are_matched_one_for_one() {
        let (new, fixed) = diff(&[finding("a", 1)], &[finding("a", 1), finding("a", 7)]);
        assert_eq!(prints(&new), ["a"]);
        assert!(fixed.is_empty());
        let (new, fixed) = diff(&[finding("a", 1), finding("a", 7)], &[finding("a", 1)]);
        assert!(new.is_empty());
        assert_eq!(prints(&fixed), ["a"]);
    }

    #[test]
    fn a_session_reports_the_first_run_and_then_only_runs_that_changed_something() {
        let mut session = Session::default();
        let totals = |files, warning| Totals {
            files,
            findings: FindingCounts { warning, ..FindingCounts::default() },
            ..Totals::default()
        };
        let ms = Duration::from_millis;
        let first = session.record(vec![finding("a", 1)], totals(2, 1), vec![], ms(40)).unwrap();
        assert_eq!((first.run, prints(&first.new), first.fixed.len()), (0, vec!["a"], 0));
        assert!(session.record(vec![finding("a", 2)], totals(2, 1), vec!["app.py".into()], ms(3)).is_none());
        // a new file without findings changes the totals only
        let more = session.record(vec![finding("a", 2)], totals(3, 1), vec!["b.py".into()], ms(3)).unwrap();
        assert_eq!((more.run, more.new.len(), more.fixed.len()), (2, 0, 0));
        let fixed = session.record(vec![], totals(3, 0), vec!["app.py".into()], ms(3)).unwrap();
        assert_eq!((fixed.run, prints(&fixed.fixed)), (3, vec!["a"]));
        // back after a missing path: reported even though nothing changed
        assert!(session.lose());
        assert!(!session.lose(), "a path still missing is not news");
        assert!(session.record(vec![], totals(3, 0), vec![], ms(3)).is_some());
    }
}
