//! The walk: `.gitignore`, `.ignore`, `.auraignore` and global git excludes honoured,
//! `.git` never entered, include/exclude globs applied, languages detected.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;
use ignore::overrides::{Override, OverrideBuilder};

use super::{EngineError, SNIFF};
use crate::config::AnalysisConfig;
use crate::lang::{self, Lang};
use crate::model::Skipped;

/// A file the walk found and recognised.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as reports show it: relative to the root, `/`-separated.
    pub display: String,
    pub lang: Lang,
    pub size: u64,
}

/// Walk `paths`, handing each source file to `found` as soon as it is recognised (so
/// analysis starts while the walk goes on); returns what was skipped on the way. The
/// directory `never` (the analysis cache) is not entered.
pub fn walk(
    paths: &[PathBuf],
    root: &Path,
    config: &AnalysisConfig,
    never: Option<&Path>,
    mut found: impl FnMut(SourceFile),
) -> Result<Vec<Skipped>, EngineError> {
    let overrides = overrides(root, config)?;
    let languages = languages(config);
    let never = never.map(Path::to_path_buf);

    let mut builder = WalkBuilder::new(&paths[0]);
    for p in &paths[1..] {
        builder.add(p);
    }
    builder
        .follow_links(true)
        .require_git(false)
        .add_custom_ignore_filename(".auraignore")
        // a stable order, so streamed reports are the same from run to run
        .sort_by_file_name(|a, b| a.cmp(b))
        .overrides(overrides)
        .filter_entry(move |e| {
            e.file_name() != ".git"
                && never
                    .as_ref()
                    .is_none_or(|dir| !(e.path() == dir && e.file_type().is_some_and(|t| t.is_dir())))
        });

    let mut seen = HashSet::new();
    let mut skipped = Vec::new();
    for entry in builder.build() {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                skipped.push(walk_error(&err, root));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let display = display_path(path, root);
        let head = if path.extension().is_none() { sniff(path) } else { Vec::new() };
        let Some(spec) = lang::detect(path, &head) else { continue };
        if !languages.is_empty() && !languages.contains(&spec.lang) {
            continue;
        }
        let size = match entry.metadata() {
            Ok(m) => m.len(),
            Err(e) => {
                skipped.push(Skipped { path: display, reason: format!("unreadable: {e}") });
                continue;
            }
        };
        // overlapping arguments (`src src/a.py`) name a file once
        if seen.insert(display.clone()) {
            found(SourceFile { path: path.to_path_buf(), display, lang: spec.lang, size });
        }
    }
    Ok(skipped)
}

/// `analysis.include` and `exclude` as one matcher rooted at `root`.
fn overrides(root: &Path, config: &AnalysisConfig) -> Result<Override, EngineError> {
    let mut overrides = OverrideBuilder::new(root);
    for glob in &config.include {
        overrides.add(glob).map_err(|e| EngineError::Glob { glob: glob.clone(), message: e.to_string() })?;
    }
    for glob in &config.exclude {
        overrides
            .add(&format!("!{glob}"))
            .map_err(|e| EngineError::Glob { glob: glob.clone(), message: e.to_string() })?;
    }
    overrides.build().map_err(|e| EngineError::Glob { glob: String::new(), message: e.to_string() })
}

/// `analysis.languages`; empty means every language.
fn languages(config: &AnalysisConfig) -> Vec<Lang> {
    config.languages.iter().filter_map(|l| Lang::from_name(l)).collect()
}

/// The walk's choices for files that come from elsewhere (git blobs): the same globs,
/// the same languages, the same detection.
pub struct Selector {
    overrides: Override,
    languages: Vec<Lang>,
}

impl Selector {
    pub fn new(root: &Path, config: &AnalysisConfig) -> Result<Self, EngineError> {
        Ok(Self { overrides: overrides(root, config)?, languages: languages(config) })
    }

    /// The language to analyze `path` (relative to the root) as, or `None` to leave it out.
    pub fn language(&self, path: &str, bytes: &[u8]) -> Option<Lang> {
        // the walk never enters an excluded directory: neither does this
        let excluded_dir = Path::new(path)
            .ancestors()
            .skip(1)
            .filter(|dir| !dir.as_os_str().is_empty())
            .any(|dir| self.overrides.matched(dir, true).is_ignore());
        if excluded_dir || self.overrides.matched(path, false).is_ignore() {
            return None;
        }
        let spec = lang::detect(Path::new(path), &bytes[..bytes.len().min(256)])?;
        (self.languages.is_empty() || self.languages.contains(&spec.lang)).then_some(spec.lang)
    }
}

/// The first bytes of a file, for its `#!` line.
fn sniff(path: &Path) -> Vec<u8> {
    let mut head = Vec::with_capacity(256);
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(SNIFF.min(256) as u64).read_to_end(&mut head);
    }
    head
}

/// `path` relative to `root`, `/`-separated; as given when outside `root`.
pub fn display_path(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let s = rel.to_string_lossy();
    let s = if std::path::MAIN_SEPARATOR == '/' { s.into_owned() } else { s.replace('\\', "/") };
    if s.is_empty() {
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    } else {
        s
    }
}

fn walk_error(err: &ignore::Error, root: &Path) -> Skipped {
    let mut path = String::new();
    let mut current = err;
    let reason;
    loop {
        match current {
            ignore::Error::WithPath { path: p, err: inner } => {
                path = display_path(p, root);
                current = inner;
            }
            ignore::Error::WithDepth { err: inner, .. }
            | ignore::Error::WithLineNumber { err: inner, .. } => current = inner,
            ignore::Error::Loop { child, .. } => {
                path = display_path(child, root);
                reason = "symlink loop".into();
                break;
            }
            ignore::Error::Io(e) => {
                reason = format!("unreadable: {}", super::io_reason(e));
                break;
            }
            other => {
                reason = other.to_string();
                break;
            }
        }
    }
    Skipped { path, reason }
}
