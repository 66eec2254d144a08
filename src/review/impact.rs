//! A change's reach: the unchanged files that import a changed one (from the import
//! graph), whether tests changed alongside the code, and a risk summary.
//!
//! Finding the importers must not cost an analysis of the whole repository: a file can
//! only import a changed module if its text names it, so every other file is searched
//! for the changed modules' names first (one Aho-Corasick pass over its bytes), and only
//! the files that mention one are parsed for their imports, on the engine's road.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use aho_corasick::AhoCorasick;
use serde::Serialize;

use super::{ChangedFile, FindingStatus, Head, Result, ReviewFinding, Summary};
use crate::engine::{Blob, Engine, NoProgress, Source};
use crate::git::{ChangeKind, ObjectId, Repo};
use crate::model::{Report, Severity};
use crate::rules::{Family, is_test_path};

/// Who and what a change reaches.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Impact {
    /// Unchanged files that import a changed (or deleted) file, with what they import.
    pub importers: Vec<Importer>,
    /// Changed files that are test code.
    pub changed_tests: Vec<String>,
    /// Changed files that are code (analyzed, not tests).
    pub changed_code: Vec<String>,
    /// Unchanged test files that import a changed file: the tests to run.
    pub related_tests: Vec<String>,
    /// Whether the importers were looked for.
    pub searched: bool,
    /// Why they were not (`--no-impact`, or a change larger than `review.impact_max_files`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_searched: Option<String>,
}

/// An unchanged file that imports changed ones.
#[derive(Debug, Clone, Serialize)]
pub struct Importer {
    pub path: String,
    pub imports: Vec<String>,
}

/// How risky a change looks, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    pub level: RiskLevel,
    /// 0-100, the sum of the reasons' weights, capped.
    pub score: u32,
    pub reasons: Vec<String>,
}

/// A coarse risk level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// Find the importers of the changed files and sort the changed files into tests and code.
pub(super) fn impact(
    repo: &Repo,
    head: Head,
    files: &[ChangedFile],
    head_report: &Report,
    base_report: &Report,
    engine: &Engine,
    root: &Path,
) -> Result<Impact> {
    let config = engine.config();
    let analyzed: HashSet<&str> = head_report.files.iter().map(|f| f.path.as_str()).collect();
    let mut impact = Impact { searched: true, ..Impact::default() };
    for f in files {
        if is_test_path(&f.path) {
            impact.changed_tests.push(f.path.clone());
        } else if analyzed.contains(f.path.as_str()) {
            impact.changed_code.push(f.path.clone());
        }
    }
    let max = config.review.impact_max_files;
    if files.len() > max {
        impact.searched = false;
        impact.not_searched = Some(format!(
            "{} files changed, more than review.impact_max_files ({max}): importers were not searched",
            files.len()
        ));
        return Ok(impact);
    }
    let tree = match head {
        Head::Commit(id) => repo.tree_files(id)?,
        Head::Index => repo.index_files()?,
    };
    let changed: HashSet<&str> =
        files.iter().flat_map(|f| [Some(f.path.as_str()), f.from.as_deref()]).flatten().collect();
    // deleted files are still a target: an importer left behind is a broken import
    let deleted: Vec<&crate::model::FileReport> = base_report
        .files
        .iter()
        .filter(|f| files.iter().any(|c| c.status == ChangeKind::Deleted && c.path == f.path))
        .collect();
    let targets: Vec<&str> =
        head_report.files.iter().chain(deleted.iter().copied()).map(|f| f.path.as_str()).collect();
    if targets.is_empty() {
        return Ok(impact);
    }
    let candidates: Vec<(String, ObjectId)> =
        tree.iter().filter(|(path, _)| !changed.contains(path.as_str())).cloned().collect();
    let all_paths: HashSet<String> = tree.iter().map(|(p, _)| p.clone()).collect();
    let needles = Needles::new(&targets, &all_paths)?;
    let mentioning = mentioning(repo, candidates, &needles);
    tracing::debug!(candidates = tree.len(), parsed = mentioning.len(), "searched for importers");
    let importers = engine.analyze(Source::Blobs { blobs: mentioning, root }, &NoProgress)?;

    let mut all: Vec<crate::model::FileReport> = importers.files;
    all.extend(head_report.files.iter().cloned());
    all.extend(deleted.into_iter().cloned());
    let mut paths = all_paths;
    paths.extend(targets.iter().map(|p| (*p).to_owned()));
    let (graph, _) = crate::graph::build_within(&mut all, paths, root);
    let targets: HashSet<&str> = targets.into_iter().collect();
    let mut by_importer: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in &graph.edges {
        if !changed.contains(&**from) && targets.contains(&**to) {
            by_importer.entry(from.to_string()).or_default().insert(to.to_string());
        }
    }
    for (path, imports) in by_importer {
        if is_test_path(&path) {
            impact.related_tests.push(path.clone());
        }
        impact.importers.push(Importer { path, imports: imports.into_iter().collect() });
    }
    Ok(impact)
}

/// The names an import of `path` has to spell (for languages other than Python): its file
/// stem, or its directory's name for a package's own file (`index.js`, `mod.rs`) and for Go
/// (packages are directories).
fn module_names(path: &str) -> Vec<String> {
    let mut parts = path.rsplit('/');
    let file = parts.next().unwrap_or(path);
    let dir = parts.next();
    let stem = file.split('.').next().unwrap_or(file);
    let mut names = vec![stem.to_owned()];
    if matches!(stem, "__init__" | "index" | "mod" | "lib" | "main") || file.ends_with(".go") {
        names.extend(dir.map(str::to_owned));
    }
    names.retain(|n| !n.is_empty());
    names
}

/// How a Python file can be imported: by its dotted name (`import a.b.c`, `from a.b.c import
/// x`), from its package (`from a.b import c`), or relatively (`from .c import x`, `from .
/// import c`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// The full dotted name, not followed by `.` (that would be a submodule).
    Dotted,
    /// `from PACKAGE import`: the names follow.
    FromPackage,
    /// The module's own name in a relative import (`from .` lines).
    Relative,
}

/// The texts that can only occur in a file that imports one of the targets.
struct Needles {
    python: Option<(AhoCorasick, Vec<Form>)>,
    other: Option<AhoCorasick>,
}

impl Needles {
    fn new(targets: &[&str], paths: &HashSet<String>) -> Result<Self> {
        let mut python: BTreeMap<String, Form> = BTreeMap::new();
        let mut other: BTreeSet<String> = BTreeSet::new();
        for t in targets {
            if t.ends_with(".py") || t.ends_with(".pyi") {
                let Some(dotted) = crate::graph::python_module(t, paths) else { continue };
                let (package, name) = dotted.rsplit_once('.').unwrap_or(("", &dotted));
                python.insert(dotted.clone(), Form::Dotted);
                python.insert(name.to_owned(), Form::Relative);
                if !package.is_empty() {
                    python.insert(format!("{package} import"), Form::FromPackage);
                }
            } else {
                other.extend(module_names(t));
            }
        }
        let python = if python.is_empty() {
            None
        } else {
            let (texts, forms): (Vec<String>, Vec<Form>) = python.into_iter().unzip();
            Some((AhoCorasick::new(&texts)?, forms))
        };
        let other = if other.is_empty() { None } else { Some(AhoCorasick::new(&other)?) };
        Ok(Self { python, other })
    }

    /// Whether `bytes` (the file at `path`) may import a target.
    fn found_in(&self, path: &str, bytes: &[u8]) -> bool {
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let bounded = |start: usize, end: usize| {
            let before = start.checked_sub(1).map(|i| bytes[i]);
            !before.is_some_and(word) && !bytes.get(end).copied().is_some_and(word)
        };
        if path.ends_with(".py") || path.ends_with(".pyi") {
            let Some((finder, forms)) = &self.python else { return false };
            return finder.find_overlapping_iter(bytes).any(|m| {
                let (start, end) = (m.start(), m.end());
                if !bounded(start, end) || !in_import(bytes, start) {
                    return false;
                }
                match forms[m.pattern().as_usize()] {
                    Form::Dotted => bytes.get(end) != Some(&b'.'),
                    Form::FromPackage => true,
                    Form::Relative => relative_import(bytes, start),
                }
            });
        }
        let Some(finder) = &self.other else { return false };
        finder
            .find_overlapping_iter(bytes)
            .any(|m| bounded(m.start(), m.end()) && in_import(bytes, m.start()))
    }
}

/// Whether the import holding `at` is relative: its statement starts with `from .`.
fn relative_import(bytes: &[u8], at: usize) -> bool {
    let mut start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    if !import_line(bytes, start) {
        // inside `from . import (`: the statement starts on the line of the parenthesis
        let Some(open) = memchr::memrchr(b'(', &bytes[..start]) else { return false };
        start = memchr::memrchr(b'\n', &bytes[..open]).map_or(0, |i| i + 1);
    }
    bytes[start..].trim_ascii_start().starts_with(b"from .")
}

/// The files among `candidates` that may import a target, read in parallel, each cut after
/// its last import statement: the engine reads the same imports from the cut file, and
/// parsing a file's imports costs a fraction of parsing the file.
fn mentioning(repo: &Repo, candidates: Vec<(String, ObjectId)>, needles: &Needles) -> Vec<Blob> {
    use rayon::prelude::*;
    let shared = repo.shared();
    let found: Vec<Option<Blob>> = candidates
        .into_par_iter()
        .map_init(
            || shared.to_thread_local(),
            |repo, (path, id)| {
                // only files the engine could analyze are worth reading
                crate::lang::detect(Path::new(&path), b"")?;
                let blob = repo.find_blob(id).ok()?;
                let end = needles.found_in(&path, &blob.data).then(|| imports_end(&blob.data))?;
                Some(Blob::new(path, blob.data[..end].to_vec()))
            },
        )
        .collect();
    found.into_iter().flatten().collect()
}

/// Whether the byte at `at` is in an import statement: its line starts with (or holds) an
/// import keyword of one of the languages, or it is inside the parentheses an import line
/// opened (Python's `from a import (`, Go's `import (` block).
fn in_import(bytes: &[u8], at: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    if import_line(bytes, line_start) {
        return true;
    }
    let Some(open) = memchr::memrchr(b'(', &bytes[..line_start]) else { return false };
    if memchr::memchr(b')', &bytes[open..at]).is_some() {
        return false;
    }
    let open_line = memchr::memrchr(b'\n', &bytes[..open]).map_or(0, |i| i + 1);
    import_line(bytes, open_line)
}

/// Where the last import statement of a file ends: after its last import line, or after the
/// parenthesis that line left open (Python's `from a import (`, Go's `import (`).
fn imports_end(bytes: &[u8]) -> usize {
    let mut end = 0;
    let mut start = 0;
    let mut open = 0i32;
    while start < bytes.len() {
        let line_end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
        let line = &bytes[start..line_end];
        if open > 0 || import_line(bytes, start) {
            let parens = memchr::memchr_iter(b'(', line).count() as i32
                - memchr::memchr_iter(b')', line).count() as i32;
            open = (open + parens).max(0);
            end = line_end;
        }
        start = line_end;
    }
    end
}

/// Whether the line starting at `start` is an import: `import`, `from`, `use`, `mod`,
/// `#include`, `require(`, `import(`, or JavaScript's `} from '…'`.
fn import_line(bytes: &[u8], start: usize) -> bool {
    let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
    let line = bytes[start..end].trim_ascii_start();
    let line = line.strip_prefix(b"pub ").unwrap_or(line);
    let line = line.strip_prefix(b"export ").unwrap_or(line);
    const STARTS: [&[u8]; 7] = [b"import", b"from ", b"use ", b"mod ", b"#include", b"#import", b"package "];
    const HOLDS: [&[u8]; 4] = [b"require(", b"import(", b" from '", b" from \""];
    STARTS.iter().any(|p| line.starts_with(p))
        || HOLDS.iter().any(|h| memchr::memmem::find(line, h).is_some())
}

/// Weigh the change: new findings by severity (security ones more), complexity added,
/// code changed without tests, how many files import it, and its size.
pub(super) fn risk(summary: &Summary, findings: &[ReviewFinding], impact: &Impact) -> Risk {
    let mut score = 0u32;
    let mut reasons = Vec::new();
    let new: Vec<&ReviewFinding> = findings.iter().filter(|k| k.status == FindingStatus::New).collect();
    let count = |s: Severity| new.iter().filter(|k| k.finding.severity == s).count() as u32;
    let security = new
        .iter()
        .filter(|k| crate::rules::find(&k.finding.code).is_some_and(|r| r.family == Family::Security))
        .count() as u32;
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if security > 0 {
        score += 40;
        reasons.push(format!("{security} new security finding(s)"));
    }
    if errors > 0 {
        score += 25 + 5 * errors.min(5);
        reasons.push(format!("{errors} new error(s)"));
    }
    if warnings > 0 {
        score += 5 * warnings.min(4);
        reasons.push(format!("{warnings} new warning(s)"));
    }
    if summary.cyclomatic_delta >= 10 {
        score += 20;
        reasons
            .push(format!("cyclomatic complexity +{} over the changed functions", summary.cyclomatic_delta));
    } else if summary.cyclomatic_delta >= 5 {
        score += 10;
        reasons.push(format!("cyclomatic complexity +{}", summary.cyclomatic_delta));
    }
    if !impact.changed_code.is_empty() && impact.changed_tests.is_empty() {
        score += 15;
        reasons.push(format!("{} code file(s) changed and no test changed", impact.changed_code.len()));
    }
    let importers = impact.importers.len() as u32;
    if importers >= 10 {
        score += 15;
        reasons.push(format!("{importers} unchanged files import the changed code"));
    } else if importers > 0 {
        score += 5;
        reasons.push(format!("{importers} unchanged file(s) import the changed code"));
    }
    let lines = summary.lines_added + summary.lines_deleted;
    if lines > 1000 {
        score += 15;
        reasons.push(format!("a large change: {lines} lines"));
    } else if lines > 400 {
        score += 5;
        reasons.push(format!("{lines} lines changed"));
    }
    if summary.fixed_findings > 0 {
        reasons.push(format!("{} finding(s) fixed", summary.fixed_findings));
    }
    let score = score.min(100);
    let level = match score {
        0..=19 => RiskLevel::Low,
        20..=49 => RiskLevel::Medium,
        _ => RiskLevel::High,
    };
    Risk { level, score, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_in_import_statements_count() {
        let py = b"from app.calc import score\nx = calc\nfrom app import (\n    calc,\n)\ny = f(calc)\n";
        let at = |needle: &str, nth: usize| {
            let text = std::str::from_utf8(py).unwrap();
            text.match_indices(needle).nth(nth).unwrap().0
        };
        assert!(in_import(py, at("calc", 0)));
        assert!(!in_import(py, at("calc", 1)), "a use, not an import");
        assert!(in_import(py, at("calc", 2)), "inside `from app import (`");
        assert!(!in_import(py, at("calc", 3)), "after the import's parentheses closed");
        let go = b"package x\n\nimport (\n\t\"fmt\"\n\t\"example.com/m/server\"\n)\n";
        let go_at = std::str::from_utf8(go).unwrap().find("server").unwrap();
        assert!(in_import(go, go_at));
        let js = b"import {\n  a,\n} from './calc.js';\nconst calc = 1;\n";
        let text = std::str::from_utf8(js).unwrap();
        assert!(in_import(js, text.find("calc").unwrap()));
        assert!(!in_import(js, text.rfind("calc").unwrap()));
    }

    #[test]
    fn python_files_are_found_by_dotted_package_and_relative_imports() {
        let paths: HashSet<String> =
            ["app/__init__.py", "app/calc.py", "app/sub/__init__.py", "app/sub/calc.py"]
                .map(String::from)
                .into();
        let needles = Needles::new(&["app/calc.py"], &paths).unwrap();
        let finds = |text: &str| needles.found_in("x.py", text.as_bytes());
        assert!(finds("import app.calc\n"));
        assert!(finds("from app.calc import score\n"));
        assert!(finds("from app import calc\n"));
        assert!(finds("from app import (\n    other,\n    calc,\n)\n"));
        assert!(finds("from .calc import score\n"));
        assert!(finds("from . import calc\n"));
        assert!(!finds("from app.calc.deep import x\n"), "a submodule");
        assert!(!finds("from app.sub import calc\n"), "another package's calc is not relative");
        assert!(!finds("calc = app.calc\n"), "not an import");
        assert!(!needles.found_in("x.js", b"import calc from './calc.js'\n"), "no JavaScript target");
    }

    #[test]
    fn a_file_is_cut_after_its_last_import_statement() {
        let py = "import os\nfrom app import (\n    a,\n    b,\n)\n\ndef f():\n    return a(b)\n";
        assert_eq!(&py[..imports_end(py.as_bytes())], "import os\nfrom app import (\n    a,\n    b,\n)\n");
        let go = "package x\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {}\n";
        assert_eq!(&go[..imports_end(go.as_bytes())], "package x\n\nimport (\n\t\"fmt\"\n)\n");
        assert_eq!(imports_end(b"x = 1\n"), 0);
    }

    #[test]
    fn module_names_of_package_files_include_their_directory() {
        assert_eq!(module_names("web/src/index.tsx"), ["index", "src"]);
        assert_eq!(module_names("cmd/server/handler.go"), ["handler", "server"]);
        assert_eq!(module_names("include/foo.h"), ["foo"]);
    }
}
