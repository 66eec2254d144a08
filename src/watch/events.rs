//! Which file-system events can change a result, and how a burst of them is gathered into
//! one rerun.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{EventKind, ModifyKind};

use super::WatchOptions;

/// The paths of one burst of events that can change a result.
#[derive(Debug, Default)]
pub(super) struct Batch {
    /// The files and directories, configuration files aside.
    pub paths: BTreeSet<PathBuf>,
    /// The configuration files.
    pub config: BTreeSet<PathBuf>,
}

/// Wait for a burst of events and gather it until the tree has been quiet for
/// `options.quiet` (or `options.max_wait` has passed since it began). `poll`: return an
/// empty batch after that long without events. `None` when the watcher is gone.
pub(super) fn next_batch(
    rx: &Receiver<notify::Result<notify::Event>>,
    filter: &Filter,
    options: &WatchOptions,
    poll: Option<Duration>,
) -> Option<Batch> {
    let mut batch = Batch::default();
    let mut first: Option<Instant> = None;
    let mut last = Instant::now();
    loop {
        let wait = match first {
            Some(first) => {
                let now = Instant::now();
                let until = (last + options.quiet).min(first + options.max_wait);
                if until <= now {
                    return Some(batch);
                }
                Some(until - now)
            }
            None => poll,
        };
        let received = match wait {
            Some(wait) => rx.recv_timeout(wait),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let event = match received {
            Ok(Ok(event)) => event,
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "file watcher error");
                continue;
            }
            Err(RecvTimeoutError::Timeout) => return Some(batch),
            Err(RecvTimeoutError::Disconnected) => return None,
        };
        if !filter.add(&event, &mut batch) {
            continue;
        }
        last = Instant::now();
        first.get_or_insert(last);
    }
}

/// Which events can change a result.
#[derive(Debug)]
pub(super) struct Filter {
    roots: Vec<PathBuf>,
    ignore: Vec<PathBuf>,
    config_files: Vec<PathBuf>,
}

/// What one path's change means.
#[derive(Debug, PartialEq, Eq)]
enum Relevance {
    /// Nothing the analysis reads.
    None,
    /// Maybe a file the analysis reads, or what selects them.
    Analysis,
    /// A configuration file.
    Config,
}

impl Filter {
    pub(super) fn new(roots: &[PathBuf], options: &WatchOptions) -> Self {
        // both spellings: events name paths under the watched roots as given, the cache
        // directory may be spelled through the repository's (canonical) root
        let both = |paths: &[PathBuf]| {
            paths
                .iter()
                .flat_map(|p| [p.clone(), std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())])
                .collect::<Vec<_>>()
        };
        Self {
            roots: roots.to_vec(),
            ignore: both(&options.ignore),
            config_files: both(&options.config_files),
        }
    }

    /// Add what `event` means to `batch`; whether it meant anything.
    fn add(&self, event: &notify::Event, batch: &mut Batch) -> bool {
        // reads (the analysis's own among them) and metadata (times, permissions) change
        // no content
        if matches!(event.kind, EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_))) {
            return false;
        }
        let mut any = false;
        for path in &event.paths {
            match self.relevance(path) {
                Relevance::None => {}
                Relevance::Analysis => {
                    batch.paths.insert(path.clone());
                    any = true;
                }
                Relevance::Config => {
                    batch.config.insert(path.clone());
                    any = true;
                }
            }
        }
        // the system dropped events (a full queue): anything may have changed
        if event.need_rescan() {
            batch.paths.extend(self.roots.iter().cloned());
            any = true;
        }
        any
    }

    fn relevance(&self, path: &Path) -> Relevance {
        if self.config_files.iter().any(|c| c == path) || is_project_config(path) {
            return Relevance::Config;
        }
        if !self.roots.iter().any(|r| path.starts_with(r)) || self.ignore.iter().any(|d| path.starts_with(d))
        {
            return Relevance::None;
        }
        if path.components().any(|c| c == Component::Normal(".git".as_ref())) {
            // the results depend on the work tree only (the index is a shortcut to cache
            // keys), and on which files git ignores
            return if path.ends_with(".git/info/exclude") { Relevance::Analysis } else { Relevance::None };
        }
        let name = path.file_name().unwrap_or_default();
        if [".gitignore", ".ignore", ".auraignore"].iter().any(|n| name == *n) {
            return Relevance::Analysis;
        }
        if path.extension().is_none() {
            // a directory (created, renamed or deleted with what it held) or a script
            // known by its `#!` line: let the rerun decide
            return Relevance::Analysis;
        }
        match crate::lang::detect(path, &[]) {
            Some(_) => Relevance::Analysis,
            None => Relevance::None,
        }
    }
}

/// `.aura/config.yaml` (or `.yml`, `.json`): a project's configuration file.
fn is_project_config(path: &Path) -> bool {
    let in_config_dir =
        path.parent().and_then(Path::file_name).is_some_and(|dir| dir == crate::config::CONFIG_DIR);
    in_config_dir && path.file_name().is_some_and(|n| crate::config::FILE_NAMES.iter().any(|f| n == *f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changes_that_can_change_a_result_start_a_rerun() {
        let root = PathBuf::from("/repo");
        let mut options = WatchOptions::new(vec![], root.clone());
        options.ignore = vec![root.join(".aura/cache")];
        let filter = Filter::new(std::slice::from_ref(&root), &options);
        let cases = [
            ("/repo/app/core.py", Relevance::Analysis),
            ("/repo/app/.core.py.swp", Relevance::None),
            ("/repo/README.md", Relevance::None),
            ("/repo/app", Relevance::Analysis),
            ("/repo/bin/run", Relevance::Analysis),
            ("/repo/.gitignore", Relevance::Analysis),
            ("/repo/app/.auraignore", Relevance::Analysis),
            ("/repo/.git/index", Relevance::None),
            ("/repo/.git/objects/ab/cdef", Relevance::None),
            ("/repo/.git/info/exclude", Relevance::Analysis),
            ("/repo/.aura/cache/analysis/ab/cd", Relevance::None),
            ("/repo/.aura/config.yaml", Relevance::Config),
            ("/elsewhere/x.py", Relevance::None),
        ];
        for (path, want) in cases {
            assert_eq!(filter.relevance(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn reads_and_metadata_changes_are_not_changes() {
        use notify::event::{AccessKind, CreateKind, MetadataKind};
        let root = PathBuf::from("/repo");
        let filter = Filter::new(std::slice::from_ref(&root), &WatchOptions::new(vec![], root.clone()));
        let event = |kind| notify::Event::new(kind).add_path(root.join("a.py"));
        let mut batch = Batch::default();
        assert!(!filter.add(&event(EventKind::Access(AccessKind::Any)), &mut batch));
        assert!(!filter.add(&event(EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any))), &mut batch));
        assert!(batch.paths.is_empty());
        assert!(filter.add(&event(EventKind::Create(CreateKind::File)), &mut batch));
        assert_eq!(batch.paths.iter().collect::<Vec<_>>(), [&root.join("a.py")]);
    }
}
