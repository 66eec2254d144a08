//! Shards of one run: which share of the files a report holds, the run's identity, and
//! [`merge`], which joins the shards back into one report only when they are every shard
//! of the same run.

use std::path::PathBuf;

use super::collect::{cycle_findings, summarize};
use crate::config::Config;
use crate::graph;
use crate::model::{self, Partial, Report, Run, SCHEMA_VERSION, Shard};
use crate::rules::{self, RuleSet};

impl Run {
    /// The identity of a run with `config` over the files `selected`.
    pub(super) fn new(config: &Config, selected: &FileSet, shard: Option<Shard>) -> Self {
        Self {
            config_digest: config_digest(config),
            files_digest: format!("{:016x}", selected.sum),
            files: selected.count,
            shard,
            partial: None,
        }
    }
}

/// An order-independent digest of a set of paths, built as the walk finds them (a sum of
/// each path's hash: no list of every path is kept).
#[derive(Debug, Default)]
pub(super) struct FileSet {
    sum: u64,
    count: u32,
}

impl FileSet {
    /// One more path (each path is added once: the walk never yields a file twice).
    pub(super) fn add(&mut self, path: &str) {
        self.sum = self.sum.wrapping_add(model::stable_hash(&[path.as_bytes()]));
        self.count += 1;
    }
}

/// Whether the file at `path` (relative, as reported) belongs to shard `i` of `n`: a hash of
/// the path, so every runner agrees without coordination and a file never moves between
/// shards while its path stays.
pub fn in_shard(path: &str, (i, n): (u32, u32)) -> bool {
    model::stable_hash(&[path.as_bytes()]) % u64::from(n.max(1)) == u64::from(i.saturating_sub(1))
}

/// Digest of what in `config` decides a report's metrics and findings: the `analysis` and
/// `rules` sections, without the worker count and the gate, which change neither.
pub fn config_digest(config: &Config) -> String {
    let mut analysis = config.analysis.clone();
    analysis.jobs = None;
    analysis.fail_on = Default::default();
    analysis.cache_dir = None;
    analysis.cache_max_size = 0;
    let bytes = serde_json::to_vec(&(&analysis, &config.rules)).unwrap_or_default();
    format!("{:016x}", model::stable_hash(&[&bytes]))
}

/// Why reports cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("no reports to merge")]
    Empty,
    #[error(
        "{report}: report schema_version {found} cannot be merged by this aura (schema {SCHEMA_VERSION})"
    )]
    Schema { report: String, found: u32 },
    #[error(
        "{report} does not say which run it belongs to (written by an older aura): analyze again with this aura"
    )]
    NoIdentity { report: String },
    #[error("{a} and {b} have different roots ({root_a} and {root_b})")]
    Roots { a: String, b: String, root_a: String, root_b: String },
    #[error(
        "{a} was written by aura {version_a} and {b} by aura {version_b}: merge reports of one aura version"
    )]
    Versions { a: String, b: String, version_a: String, version_b: String },
    #[error(
        "{a} and {b} were analyzed with different configurations (digests {digest_a} and {digest_b}): \
         run every shard with the same configuration"
    )]
    Configs { a: String, b: String, digest_a: String, digest_b: String },
    #[error(
        "{a} ({files_a} files) and {b} ({files_b} files) were analyzed over different sets of files: \
         run every shard on the same tree and paths"
    )]
    FileSets { a: String, b: String, files_a: u32, files_b: u32 },
    #[error("{sharded} is a shard ({shard}) but {whole} is a whole run: merge the shards of one run only")]
    Mixed { sharded: String, shard: Shard, whole: String },
    #[error("{a} is shard {shard_a} but {b} is shard {shard_b}: the shards of one run share their N")]
    Totals { a: String, b: String, shard_a: Shard, shard_b: Shard },
    #[error("{report} says it is shard {shard}, which no run has")]
    InvalidShard { report: String, shard: Shard },
    #[error("shard {shard} is given twice: {a} and {b}")]
    Duplicate { shard: Shard, a: String, b: String },
    #[error(
        "incomplete set of shards: {} {} of {total} missing (merged: {}); merge every shard, or pass \
         --allow-partial to write a report marked partial",
        if missing.len() == 1 { "shard" } else { "shards" },
        list(missing),
        list(given)
    )]
    Incomplete { total: u32, missing: Vec<u32>, given: Vec<u32> },
    #[error("{a} and {b} overlap: both analyzed {path}")]
    Overlap { a: String, b: String, path: String },
    #[error("invalid rule configuration: {0}")]
    Rules(#[from] rules::RuleSetError),
}

fn list(indexes: &[u32]) -> String {
    indexes.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}

/// Join the JSON reports of one run split into shards, each named by a label (its file):
/// files, skipped files, errors and findings are concatenated; the import graph, its cycle
/// findings and the summary are computed again over all files (a cycle can cross shards).
///
/// The reports must be of one run (one aura version, configuration and file set) and, when
/// sharded, every shard exactly once; with `allow_partial` missing shards are allowed and the
/// merged report's `run.partial` names them.
pub fn merge(
    reports: Vec<(String, Report)>,
    config: &Config,
    allow_partial: bool,
) -> Result<Report, MergeError> {
    let partial = check_set(&reports, allow_partial)?;
    let mut reports = reports.into_iter();
    let (first_label, mut merged) = reports.next().ok_or(MergeError::Empty)?;
    let mut origin = std::collections::HashMap::new();
    for f in &merged.files {
        origin.insert(f.path.clone(), first_label.clone());
    }
    let mut suppressed = merged.summary.findings.suppressed;
    let mut baselined = merged.summary.findings.baselined;
    for (label, r) in reports {
        for f in &r.files {
            if let Some(a) = origin.insert(f.path.clone(), label.clone()) {
                return Err(MergeError::Overlap { a, b: label, path: f.path.clone() });
            }
        }
        suppressed += r.summary.findings.suppressed;
        baselined += r.summary.findings.baselined;
        merged.files.extend(r.files);
        merged.skipped.extend(r.skipped);
        merged.errors.extend(r.errors);
        merged.findings.extend(r.findings);
    }
    merged.files.sort_by(|a, b| a.path.cmp(&b.path));
    merged.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    merged.errors.sort_by(|a, b| a.path.cmp(&b.path));
    merged.findings.retain(|f| f.code != rules::IMPORT_CYCLE_CODE);
    for f in &mut merged.files {
        for import in &mut f.metrics.imports {
            import.resolved = None;
        }
    }
    let root = PathBuf::from(&merged.root);
    let (graph, lines) = graph::build(&mut merged.files, &root);
    merged.graph = graph;
    let set = RuleSet::new(config)?;
    // shard reports carry no suppression comments: no cycle is suppressed here
    let mut no_suppressed = Vec::new();
    let files = &merged.files;
    let language =
        |path: &str| files.binary_search_by(|f| f.path.as_str().cmp(path)).ok().map(|i| files[i].language);
    let line = |cycle: &[String]| lines.line(cycle);
    let cycles =
        cycle_findings(&set, &merged.graph, &language, &line, &Default::default(), &mut no_suppressed);
    merged.findings.extend(cycles);
    rules::sort(&mut merged.findings);
    merged.summary = summarize(&merged.files);
    merged.summary.findings.suppressed = suppressed;
    merged.summary.findings.baselined = baselined;
    merged.recount();
    if let Some(run) = &mut merged.run {
        run.shard = None;
        run.partial = partial;
    }
    Ok(merged)
}

/// Check that `reports` are of one run and, if sharded, that every shard is there once;
/// returns what a partial merge lacks.
fn check_set(reports: &[(String, Report)], allow_partial: bool) -> Result<Option<Partial>, MergeError> {
    let Some((first_label, first)) = reports.first() else { return Err(MergeError::Empty) };
    let mut given: Vec<(Shard, &String)> = Vec::new();
    let mut whole = None;
    for (label, r) in reports {
        if r.schema_version != SCHEMA_VERSION {
            return Err(MergeError::Schema { report: label.clone(), found: r.schema_version });
        }
        let Some(run) = &r.run else { return Err(MergeError::NoIdentity { report: label.clone() }) };
        let first_run =
            first.run.as_ref().ok_or_else(|| MergeError::NoIdentity { report: first_label.clone() })?;
        let pair = || (first_label.clone(), label.clone());
        if r.root != first.root {
            let (a, b) = pair();
            return Err(MergeError::Roots { a, b, root_a: first.root.clone(), root_b: r.root.clone() });
        }
        if r.tool.version != first.tool.version {
            let (a, b) = pair();
            let (version_a, version_b) = (first.tool.version.clone(), r.tool.version.clone());
            return Err(MergeError::Versions { a, b, version_a, version_b });
        }
        if run.config_digest != first_run.config_digest {
            let (a, b) = pair();
            let (digest_a, digest_b) = (first_run.config_digest.clone(), run.config_digest.clone());
            return Err(MergeError::Configs { a, b, digest_a, digest_b });
        }
        if run.files_digest != first_run.files_digest {
            let (a, b) = pair();
            return Err(MergeError::FileSets { a, b, files_a: first_run.files, files_b: run.files });
        }
        match run.shard {
            Some(shard) => given.push((shard, label)),
            None => whole = Some(label),
        }
    }
    let (Some(&(shard, sharded)), Some(whole)) = (given.first(), whole) else {
        return complete(&given, allow_partial);
    };
    Err(MergeError::Mixed { sharded: sharded.clone(), shard, whole: whole.clone() })
}

/// Every shard of the run exactly once (or, with `allow_partial`, at most once).
fn complete(given: &[(Shard, &String)], allow_partial: bool) -> Result<Option<Partial>, MergeError> {
    let Some(&(first, first_label)) = given.first() else { return Ok(None) };
    let mut seen: Vec<Option<&String>> = vec![None; first.total as usize];
    for &(shard, label) in given {
        if shard.total != first.total {
            let (a, b) = (first_label.clone(), label.clone());
            return Err(MergeError::Totals { a, b, shard_a: first, shard_b: shard });
        }
        if shard.index == 0 || shard.index > shard.total {
            return Err(MergeError::InvalidShard { report: label.clone(), shard });
        }
        let slot = &mut seen[shard.index as usize - 1];
        if let Some(a) = slot.replace(label) {
            return Err(MergeError::Duplicate { shard, a: a.clone(), b: label.clone() });
        }
    }
    let indexes = |present: bool| -> Vec<u32> {
        (1..=first.total).filter(|i| seen[*i as usize - 1].is_some() == present).collect()
    };
    let missing = indexes(false);
    if missing.is_empty() {
        return Ok(None);
    }
    if !allow_partial {
        return Err(MergeError::Incomplete { total: first.total, missing, given: indexes(true) });
    }
    Ok(Some(Partial { total: first.total, missing }))
}
