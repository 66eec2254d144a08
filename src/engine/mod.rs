//! The engine: walk → parse (one parser per language per thread) → one metrics pass,
//! in parallel, with one consumer collecting the results into a [`Report`].
//!
//! [`analyze`] is the library entry point: `review`, the hooks and `serve` call it too.

mod cache;
mod collect;
mod isolate;
mod parse;
mod shard;
mod walk;

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::graph;
use crate::lang::Lang;
use crate::metrics::MeasureOptions;
use crate::model;
use crate::model::{AnalyzedFile, FileError, FileReport, FileResult, Report, Run, Shard, Skipped};
use crate::rules::{self, Policy, RuleSet};
use cache::Cache;
pub use cache::{
    BUILD as CACHE_BUILD, RunStats as CacheStats, Usage as CacheUsage, clear as clear_cache,
    usage as cache_usage,
};
pub use collect::{Keep, Spooled};
pub use parse::parse;
use shard::FileSet;
pub use shard::{MergeError, config_digest, in_shard, merge};
pub use walk::{SourceFile, walk as walk_sources};

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
    #[error("cannot spool the report to a temporary file: {0}")]
    Spool(std::io::Error),
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

/// How to run an analysis (the one-shot form of [`Engine`]).
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

/// Analyze files and directories with an engine built for this one run, without a cache.
pub fn analyze(paths: &[PathBuf], config: &Config, options: &AnalyzeOptions) -> Result<Report, EngineError> {
    let engine =
        Engine::new(config, EngineOptions { jobs: options.jobs, rules: options.rules, cache: None })?;
    engine.analyze(
        Source::Paths { paths, cwd: &options.cwd, shard: options.shard, changed: None },
        options.progress,
    )
}

/// Analyze in-memory files (staged blobs, a commit's tree) with an engine built for this
/// one run, without a cache: see [`Source::Blobs`].
pub fn analyze_blobs(
    blobs: Vec<Blob>,
    root: &Path,
    config: &Config,
    rules: bool,
) -> Result<Report, EngineError> {
    let engine = Engine::new(config, EngineOptions { jobs: config.analysis.jobs, rules, cache: None })?;
    engine.analyze(Source::Blobs { blobs, root }, &NoProgress)
}

/// How to build an [`Engine`].
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Worker threads (None: one per core, on rayon's global pool).
    pub jobs: Option<usize>,
    /// Run the rules (false: metrics only, no findings).
    pub rules: bool,
    /// The analysis cache's directory (None: no cache). See [`cache_dir`].
    pub cache: Option<PathBuf>,
}

/// Where the work of a run comes from.
pub enum Source<'a> {
    /// Files and directories on disk, walked with the ignore files and the configuration's
    /// globs; paths are relative to `cwd` (to the directory, when it is the only one).
    Paths {
        paths: &'a [PathBuf],
        cwd: &'a Path,
        shard: Option<(u32, u32)>,
        /// Analyze only the files that differ from a revision (`--changed-since`); the
        /// others are walked, so imports still resolve against the whole tree.
        changed: Option<&'a crate::git::ChangedSince>,
    },
    /// In-memory files (staged blobs, a commit's tree, an editor's buffer): the
    /// configuration's globs and languages select them, their paths are relative to `root`
    /// (the repository root), the same rules run.
    Blobs { blobs: Vec<Blob>, root: &'a Path },
}

/// What a run knows once every file is done.
#[derive(Debug, Clone)]
pub struct RunEnd {
    /// The directory the results' paths are relative to.
    pub root: PathBuf,
    /// The run's identity (configuration, file set, shard).
    pub run: Run,
    /// What the run did with the cache, when there is one.
    pub cache: Option<cache::RunStats>,
}

/// The analysis engine, built once from a configuration: its thread pool, rule set and
/// cache serve every run (a command's one, a review's two sides, a server's requests).
pub struct Engine {
    config: Config,
    rules: Option<RuleSet>,
    pool: Option<rayon::ThreadPool>,
    cache: Option<Cache>,
    measure: MeasureOptions,
}

impl Engine {
    /// Build an engine: compiles the rules, starts the threads, opens the cache (a cache
    /// that cannot be opened, on a read-only disk say, is left out with a note at `-v`).
    pub fn new(config: &Config, options: EngineOptions) -> Result<Self, EngineError> {
        let rules = if options.rules { Some(RuleSet::new(config)?) } else { None };
        let pool = match options.jobs {
            Some(jobs) if jobs > 0 => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(jobs)
                    .build()
                    .map_err(|e| EngineError::Threads { jobs, message: e.to_string() })?,
            ),
            _ => None,
        };
        let cache = options.cache.and_then(|dir| {
            match Cache::open(&dir, config.analysis.cache_max_size, &result_digest(config)) {
                Ok(cache) => Some(cache),
                Err(e) => {
                    tracing::info!(cache = %dir.display(), error = %e, "cannot open the analysis cache; analyzing without it");
                    None
                }
            }
        });
        let measure = MeasureOptions { docstrings_as_comments: config.analysis.docstrings_as_comments };
        Ok(Self { config: config.clone(), rules, pool, cache, measure })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Run over `source` and collect every file's result into a report: sorted, with the
    /// import graph, its cycle findings and the summary.
    pub fn analyze(&self, source: Source, progress: &dyn Progress) -> Result<Report, EngineError> {
        self.collect(source, progress, Keep::Files)
    }

    /// [`Engine::analyze`], keeping of each file's metrics only what `keep` says: the
    /// summary, graph and findings are whole either way.
    pub fn collect(
        &self,
        source: Source,
        progress: &dyn Progress,
        keep: Keep,
    ) -> Result<Report, EngineError> {
        self.collect_with(source, progress, keep, &mut |_| {})
    }

    /// [`Engine::collect`], showing `tap` each file's result first (in the order the files
    /// were found): a streaming writer writes it out while the run goes on.
    pub fn collect_with(
        &self,
        source: Source,
        progress: &dyn Progress,
        keep: Keep,
        tap: &mut dyn FnMut(&FileResult),
    ) -> Result<Report, EngineError> {
        let started = std::time::Instant::now();
        let mut collector = collect::Collector::new(keep, self.rules.as_ref()).map_err(EngineError::Spool)?;
        let end = self.run(source, progress, &mut |result| {
            tap(&result);
            collector.add(result);
        })?;
        collector.finish(end, started).map_err(EngineError::Spool)
    }

    /// Run over `source`, handing each file's result to `sink` on the calling thread as
    /// soon as the file is done (in no particular order).
    pub fn run(
        &self,
        source: Source,
        progress: &dyn Progress,
        sink: &mut dyn FnMut(FileResult),
    ) -> Result<RunEnd, EngineError> {
        if let Some(cache) = &self.cache {
            // what other runs published since this engine's last run
            cache.reload();
        }
        let (root, run) = match source {
            Source::Paths { paths, cwd, shard, changed } => {
                self.run_paths(paths, cwd, shard, changed, progress, sink)?
            }
            Source::Blobs { blobs, root } => self.run_blobs(blobs, root, progress, sink)?,
        };
        let cache = self.cache.as_ref().map(Cache::finish);
        Ok(RunEnd { root, run, cache })
    }

    /// The source files a run over `paths` would analyze (the walk, its ignore files and
    /// the configuration's globs; never the cache directory), and the directory their
    /// paths are relative to: for commands that read the tree beside the analysis
    /// (`aura ask`).
    pub fn sources(&self, paths: &[PathBuf], cwd: &Path) -> Result<(PathBuf, Vec<SourceFile>), EngineError> {
        let (paths, root) = roots(paths, cwd)?;
        let never = self.cache.as_ref().map(|c| c.root().to_path_buf());
        let mut files = Vec::new();
        walk::walk(&paths, &root, &self.config.analysis, never.as_deref(), |file| files.push(file))?;
        Ok((root, files))
    }

    /// Run `work` on the engine's threads (its `--jobs` pool, else rayon's global one).
    pub fn install<R: Send>(&self, work: impl FnOnce() -> R + Send) -> R {
        match &self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }

    fn run_paths(
        &self,
        paths: &[PathBuf],
        cwd: &Path,
        shard: Option<(u32, u32)>,
        changed: Option<&crate::git::ChangedSince>,
        progress: &dyn Progress,
        sink: &mut dyn FnMut(FileResult),
    ) -> Result<(PathBuf, Run), EngineError> {
        let (paths, root) = roots(paths, cwd)?;
        // the index vouches for unchanged files' content: their blob ids are cache keys
        // without reading them
        let index = self.cache.as_ref().and_then(|_| {
            crate::git::Repo::discover(&root).ok().and_then(|repo| repo.stat_index().ok().flatten())
        });
        let never = self.cache.as_ref().map(|c| c.root().to_path_buf());
        let mut selected = FileSet::default();
        // every file the walk finds, analyzed or not (`--changed-since`): imports resolve
        // against the whole tree
        let mut tree = Vec::new();
        // the walk first, then the analysis: a result cannot leave before every file of the
        // tree is known (its imports resolve against them), and results held for the walk
        // would be a large tree's peak memory
        let mut work = Vec::new();
        let skipped = walk::walk(&paths, &root, &self.config.analysis, never.as_deref(), |file| {
            tree.push((file.display.clone(), file.lang));
            if changed.is_some_and(|c| !c.contains(&file.path)) {
                return;
            }
            selected.add(&file.display);
            if shard.is_some_and(|s| !in_shard(&file.display, s)) {
                return;
            }
            progress.found();
            work.push(file);
        })?;
        let (tx, rx) = std::sync::mpsc::channel();
        let mut order = InOrder::new(sink);
        order.ready(resolver(tree, &root));
        self.in_pool(|scope| {
            for (at, file) in work.into_iter().enumerate() {
                let (tx, index) = (tx.clone(), index.as_ref());
                scope.spawn(move |_| {
                    let result = self.analyze_file(&file, index);
                    progress.advance();
                    let _ = tx.send((at, result));
                });
            }
            drop(tx);
            drain(&rx, &mut order);
        });
        skipped.into_iter().for_each(|s| (order.sink)(FileResult::Skipped(s)));
        let run = Run::new(&self.config, &selected, shard.map(|(index, total)| Shard { index, total }));
        Ok((root, run))
    }

    fn run_blobs(
        &self,
        blobs: Vec<Blob>,
        root: &Path,
        progress: &dyn Progress,
        sink: &mut dyn FnMut(FileResult),
    ) -> Result<(PathBuf, Run), EngineError> {
        let select = walk::Selector::new(root, &self.config.analysis)?;
        let selected: Vec<(Blob, Lang)> = blobs
            .into_iter()
            .filter_map(|blob| select.language(&blob.path, &blob.bytes).map(|lang| (blob, lang)))
            .collect();
        let mut files = FileSet::default();
        selected.iter().for_each(|(blob, _)| files.add(&blob.path));
        let run = Run::new(&self.config, &files, None);
        let (tx, rx) = std::sync::mpsc::channel();
        let mut order = InOrder::new(sink);
        order.ready(resolver(selected.iter().map(|(blob, lang)| (blob.path.clone(), *lang)).collect(), root));
        self.in_pool(|scope| {
            for (at, (blob, lang)) in selected.into_iter().enumerate() {
                progress.found();
                let tx = tx.clone();
                scope.spawn(move |_| {
                    let result = self.analyze_content(&blob.path, lang, &blob.bytes, blob.id.map(Known::Id));
                    progress.advance();
                    let _ = tx.send((at, result));
                });
            }
            drop(tx);
            drain(&rx, &mut order);
        });
        Ok((root.to_path_buf(), run))
    }

    /// Run `work` in a scope of the engine's pool (or rayon's global one).
    fn in_pool<'s, R>(&'s self, work: impl FnOnce(&rayon::Scope<'s>) -> R) -> R {
        match &self.pool {
            Some(pool) => pool.in_place_scope(work),
            None => rayon::in_place_scope(work),
        }
    }

    fn analyze_file(&self, file: &SourceFile, index: Option<&crate::git::StatIndex>) -> FileResult {
        let max_size = self.config.analysis.max_file_size;
        let skip = |reason: String| FileResult::Skipped(Skipped { path: file.display.clone(), reason });
        if file.size > max_size {
            return skip(format!("larger than analysis.max_file_size ({} > {max_size} bytes)", file.size));
        }
        let id = self.cache.as_ref().and(index).and_then(|index| index.blob_id(&file.path));
        if let Some(id) = id
            && let Some(result) = self.cached(&file.display, file.lang, id.as_bytes())
        {
            return result;
        }
        let bytes = match std::fs::read(&file.path) {
            Ok(b) => b,
            Err(e) => return skip(format!("unreadable: {}", io_reason(&e))),
        };
        // a miss by the index's id is a miss by the content's: not looked up twice
        self.analyze_content(&file.display, file.lang, &bytes, id.map(Known::Missed))
    }

    /// The cached analysis of content `blob` at `path`, with the path's findings.
    fn cached(&self, path: &str, lang: Lang, blob: &[u8]) -> Option<FileResult> {
        let cache = self.cache.as_ref()?;
        let policy = self.rules.as_ref().map(|set| set.policy(lang, path));
        let entry = cache.get(&cache.key(blob, lang, self.tree_key(policy.as_ref(), path)))?;
        cache.unread();
        Some(self.finish(path, lang, entry, policy.as_ref()))
    }

    fn tree_key(&self, policy: Option<&Policy>, path: &str) -> u64 {
        match (&self.rules, policy) {
            (Some(set), Some(policy)) => set.tree_key(policy, path),
            // metrics only: an entry without findings, never read by a run with rules
            _ => u64::MAX,
        }
    }

    /// Analyze one file's bytes, wherever they came from (disk, a git blob whose id may be
    /// known, a buffer), through the cache.
    fn analyze_content(&self, path: &str, lang: Lang, bytes: &[u8], id: Option<Known>) -> FileResult {
        let max_size = self.config.analysis.max_file_size;
        let skip = |reason: String| FileResult::Skipped(Skipped { path: path.to_owned(), reason });
        if bytes.len() as u64 > max_size {
            return skip(format!("larger than analysis.max_file_size ({} > {max_size} bytes)", bytes.len()));
        }
        if is_binary(bytes) {
            return skip("binary file (contains NUL bytes)".into());
        }
        let policy = self.rules.as_ref().map(|set| set.policy(lang, path));
        let key = self.cache.as_ref().map(|cache| {
            let blob = match id {
                Some(Known::Id(id) | Known::Missed(id)) => id,
                None => crate::git::blob_id(bytes),
            };
            cache.key(blob.as_bytes(), lang, self.tree_key(policy.as_ref(), path))
        });
        if let (Some(cache), Some(key)) = (&self.cache, &key)
            && !matches!(id, Some(Known::Missed(_)))
            && let Some(entry) = cache.get(key)
        {
            return self.finish(path, lang, entry, policy.as_ref());
        }
        let src = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let rules = self.rules.as_ref().zip(policy.as_ref());
        match isolate::isolate(|| parse::measure_and_scan(lang, path, src, self.measure, rules)) {
            Ok(Some(entry)) => {
                if let (Some(cache), Some(key)) = (&self.cache, &key) {
                    cache.put(key, &entry);
                }
                self.finish(path, lang, entry, policy.as_ref())
            }
            Ok(None) => skip(format!("the {lang} parser gave up on this file")),
            Err(message) => FileResult::Failed(FileError {
                path: path.to_owned(),
                message: format!("internal error while analyzing (please report it): {message}"),
            }),
        }
    }

    /// A file's analysis and its findings at `path`.
    fn finish(&self, path: &str, lang: Lang, entry: cache::Entry, policy: Option<&Policy>) -> FileResult {
        let findings = match (&self.rules, policy) {
            (Some(set), Some(policy)) => rules::apply(set, policy, path, &entry.metrics, &entry.scan),
            _ => model::FileFindings::default(),
        };
        let file = FileReport { path: path.to_owned(), language: lang, metrics: entry.metrics };
        FileResult::Analyzed(Box::new(AnalyzedFile { file, findings }))
    }
}

/// A content's blob id known without hashing it.
#[derive(Debug, Clone, Copy)]
enum Known {
    /// From the object database.
    Id(crate::git::ObjectId),
    /// From the index, and already missed in the cache.
    Missed(crate::git::ObjectId),
}

/// Hand what the workers send to the sink, in the order the work was found, until every
/// one is done. On a pool thread (a run inside another run's task) it works on queued tasks
/// while it waits, so a run never waits on work queued behind itself.
fn drain(rx: &std::sync::mpsc::Receiver<(usize, FileResult)>, order: &mut InOrder) {
    use std::sync::mpsc::{RecvTimeoutError, TryRecvError};
    loop {
        match rx.try_recv() {
            Ok((at, result)) => order.put(at, result),
            Err(TryRecvError::Disconnected) => return order.flush(),
            Err(TryRecvError::Empty) => {
                if rayon::yield_now() == Some(rayon::Yield::Executed) {
                    continue;
                }
                match rx.recv_timeout(std::time::Duration::from_millis(2)) {
                    Ok((at, result)) => order.put(at, result),
                    Err(RecvTimeoutError::Disconnected) => return order.flush(),
                    Err(RecvTimeoutError::Timeout) => {}
                }
            }
        }
    }
}

/// The resolver of imports over a run's files.
fn resolver(mut files: Vec<(String, Lang)>, root: &Path) -> graph::Resolver {
    files.sort();
    let paths = files.iter().map(|(p, _)| p.clone()).collect();
    graph::Resolver::new(files, paths, root)
}

/// Results back in the order their files were found (the walk's, sorted by name), so a
/// streamed report is the same from run to run, with their imports resolved: results wait
/// until every file of the tree is known, and a result that finishes early waits for the
/// ones before it.
struct InOrder<'s> {
    sink: &'s mut dyn FnMut(FileResult),
    next: usize,
    early: std::collections::BTreeMap<usize, FileResult>,
    resolver: Option<graph::Resolver>,
}

impl<'s> InOrder<'s> {
    fn new(sink: &'s mut dyn FnMut(FileResult)) -> Self {
        Self { sink, next: 0, early: std::collections::BTreeMap::new(), resolver: None }
    }

    /// Every file is known: deliver what waited for it.
    fn ready(&mut self, resolver: graph::Resolver) {
        self.resolver = Some(resolver);
        self.release();
    }

    fn put(&mut self, at: usize, result: FileResult) {
        self.early.insert(at, result);
        self.release();
    }

    fn release(&mut self) {
        if self.resolver.is_none() {
            return;
        }
        while let Some(result) = self.early.remove(&self.next) {
            self.deliver(result);
            self.next += 1;
        }
    }

    fn deliver(&mut self, mut result: FileResult) {
        if let (FileResult::Analyzed(analyzed), Some(resolver)) = (&mut result, &self.resolver) {
            let file = &mut analyzed.file;
            resolver.resolve(&file.path, file.language, &mut file.metrics.imports);
        }
        (self.sink)(result);
    }

    /// Deliver what is left (after a gap no result will fill).
    fn flush(&mut self) {
        for (_, result) in std::mem::take(&mut self.early) {
            self.deliver(result);
        }
    }
}

/// The digest of the configuration that shapes what the cache stores for a file: how lines
/// are counted and the custom rules' queries and messages (which rules run is in each
/// key's rule part; thresholds and severities are applied after the cache).
fn result_digest(config: &Config) -> String {
    let bytes = serde_json::to_vec(&(config.analysis.docstrings_as_comments, &config.rules.custom))
        .unwrap_or_default();
    format!("{:016x}", model::stable_hash(&[&bytes]))
}

/// The analysis cache's directory: `AURA_CACHE_DIR`, else `analysis.cache_dir` (relative to
/// the repository root), else `.aura/cache` at the root of the repository holding `start`,
/// or at `cwd` outside a repository.
pub fn cache_dir(config: &Config, start: &Path, cwd: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("AURA_CACHE_DIR").filter(|d| !d.is_empty()) {
        return cwd.join(dir);
    }
    let base = crate::git::Repo::discover(start)
        .ok()
        .and_then(|repo| repo.workdir().map(Path::to_path_buf))
        .unwrap_or_else(|| cwd.to_path_buf());
    match &config.analysis.cache_dir {
        Some(dir) => base.join(dir),
        None => base.join(".aura").join("cache"),
    }
}

/// A file's content that is not (or not only) on disk.
#[derive(Debug, Clone)]
pub struct Blob {
    /// The path relative to the report's root, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
    /// Its git blob id, when known (a blob read from the object database): the cache key
    /// without hashing the bytes.
    pub id: Option<crate::git::ObjectId>,
}

impl Blob {
    pub fn new(path: String, bytes: Vec<u8>) -> Self {
        Self { path, bytes, id: None }
    }

    /// A blob read from a repository's object database, with its id.
    pub fn stored(path: String, bytes: Vec<u8>, id: crate::git::ObjectId) -> Self {
        Self { path, bytes, id: Some(id) }
    }

    /// Content named by a path on the command line (`--stdin-filename`): the path as the
    /// walk would show that file, relative to `root`.
    pub fn named(path: &Path, root: &Path, bytes: Vec<u8>) -> Self {
        Self::new(walk::display_path(&clean(&root.join(path)), root), bytes)
    }
}

/// Drop `.` components so reports show `/repo`, not `/repo/.`.
fn clean(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect()
}

/// The paths to walk (the working directory when none is given), each of which must
/// exist, and the directory results are relative to.
fn roots(paths: &[PathBuf], cwd: &Path) -> Result<(Vec<PathBuf>, PathBuf), EngineError> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![cwd.to_path_buf()]
    } else {
        paths.iter().map(|p| clean(&cwd.join(p))).collect()
    };
    if let Some(missing) = paths.iter().find(|p| std::fs::symlink_metadata(p).is_err()) {
        return Err(EngineError::NotFound(missing.clone()));
    }
    let root = report_root(&paths, cwd);
    Ok((paths, root))
}

/// One directory argument: paths relative to it; otherwise relative to the working directory.
fn report_root(paths: &[PathBuf], cwd: &Path) -> PathBuf {
    match paths {
        [single] if single.is_dir() => single.clone(),
        _ => cwd.to_path_buf(),
    }
}

/// Bytes read to look for a `#!` line or a NUL byte before reading a whole file.
const SNIFF: usize = 8192;

/// Binary content, as git decides it: a NUL byte near the start.
pub fn is_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(SNIFF)].contains(&0)
}

/// A short, stable reason for an I/O error.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "deleted during the analysis".into(),
        _ => e.to_string(),
    }
}

/// Analyze one in-memory source without rules or cache (metrics only).
pub fn analyze_source(lang: Lang, path: &str, src: &[u8], config: &Config) -> Result<FileReport, FileError> {
    // no pool of its own: the file is analyzed on the calling thread
    let engine = Engine::new(config, EngineOptions { jobs: None, rules: false, cache: None })
        .map_err(|e| FileError { path: path.into(), message: e.to_string() })?;
    match engine.analyze_content(path, lang, src, None) {
        FileResult::Analyzed(analyzed) => Ok(analyzed.file),
        FileResult::Skipped(s) => Err(FileError { path: s.path, message: s.reason }),
        FileResult::Failed(e) => Err(e),
    }
}
