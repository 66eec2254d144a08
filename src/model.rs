//! The report model: what an analysis delivers, per file as each is done ([`FileResult`])
//! and for the whole run ([`Report`]), with its findings and their fingerprints. The engine
//! makes it, the rules and the import graph fill it, the writers and `merge` read it; it
//! depends on nothing of theirs.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::closed::closed_enum;
use crate::lang::Lang;
use crate::metrics::{DocCoverage, FileMetrics, Lines};

/// Version of the JSON report's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

closed_enum! {
    /// How serious a finding is (SARIF levels).
    Severity default Warning {
        /// Breaks the build at the default gate.
        Error = "error",
        /// Worth fixing.
        Warning = "warning" | "warn",
        /// Informational.
        Note = "note" | "info",
    }
}

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
    /// The files, when a streaming run spooled them instead of keeping them in `files`:
    /// the JSON writer copies them out.
    #[serde(skip)]
    pub spooled: Option<Arc<dyn FileSpool>>,
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
    pub lines: Lines,
    pub functions: u32,
    pub classes: u32,
    pub parse_errors: u32,
    /// Per language: files, lines and functions.
    pub languages: Vec<LanguageSummary>,
    /// Functions per cyclomatic band: 1-5, 6-10, 11-20, 21-50, over 50.
    pub cyclomatic_distribution: [u32; 5],
    /// Mean maintainability index over files.
    pub maintainability: f64,
    pub documentation: DocCoverage,
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
    pub lines: Lines,
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

/// What one file came to, delivered to a run's sink as soon as the file is done.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum FileResult {
    Analyzed(Box<AnalyzedFile>),
    Skipped(Skipped),
    Failed(FileError),
}

impl FileResult {
    /// The file's path, relative to the run's root.
    pub fn path(&self) -> &str {
        match self {
            Self::Analyzed(a) => &a.file.path,
            Self::Skipped(s) => &s.path,
            Self::Failed(e) => &e.path,
        }
    }
}

/// An analyzed file: its metrics, and its findings at its path.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalyzedFile {
    pub file: FileReport,
    #[serde(flatten)]
    pub findings: FileFindings,
}

/// The findings of one file, and the ones its `aura: ignore` and `# noqa` comments
/// suppressed.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct FileFindings {
    pub findings: Vec<Finding>,
    /// The fingerprints of the suppressed findings, computed as for reported ones.
    pub suppressed_fingerprints: Vec<String>,
    /// Where the file's comments suppress an import-cycle finding, when they do: cycles
    /// are found once every file is in, after the file's own findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_suppressions: Option<CycleSuppressions>,
}

/// One problem found in the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable code (`CPX001`, or a custom rule's id): a built-in rule's is
    /// borrowed, not copied into every finding.
    pub code: Cow<'static, str>,
    /// The rule's name (`cyclomatic-complexity`).
    pub rule: Cow<'static, str>,
    pub severity: Severity,
    pub message: String,
    /// Relative to the report's root, with `/` separators.
    pub path: String,
    /// 1-based line and column (columns count UTF-16 code units, as SARIF does).
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    /// The function it is in or about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// How to fix it.
    pub suggestion: Cow<'static, str>,
    /// Content-based identity: stays the same when the code moves (baselines, SARIF).
    pub fingerprint: String,
}

/// Findings per severity, and the ones dropped by suppressions and a baseline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingCounts {
    pub error: u32,
    pub warning: u32,
    pub note: u32,
    /// Dropped by `aura: ignore` and `# noqa` comments.
    pub suppressed: u32,
    /// Dropped because the baseline lists them.
    pub baselined: u32,
}

impl FindingCounts {
    pub fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Note => self.note += 1,
        }
    }

    pub fn total(&self) -> u32 {
        self.error + self.warning + self.note
    }
}

/// A stable 64-bit FNV-1a hash of the finding's identity, as 16 hex digits. The line
/// number is not part of it: moving code keeps its findings' fingerprints.
pub fn fingerprint(code: &str, path: &str, identity: &str, occurrence: u32) -> String {
    let hash =
        stable_hash(&[code.as_bytes(), path.as_bytes(), identity.as_bytes(), &occurrence.to_le_bytes()]);
    format!("{hash:016x}")
}

/// 64-bit FNV-1a over `parts`, each followed by a 0 byte: the same on every machine and in
/// every version (fingerprints and `--shard` depend on it).
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in part.iter().chain(std::iter::once(&0u8)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// Edges between analyzed files, and the cycles they form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportGraph {
    /// `[importer, imported]` pairs, sorted (each path one allocation, however many edges
    /// name it).
    pub edges: Vec<(Arc<str>, Arc<str>)>,
    /// Each strongly connected set of two or more files (or a file importing itself),
    /// sorted, smallest path first, over the imports run when a module loads (deferred
    /// ones, in a function or under `if TYPE_CHECKING:`, are edges but close no cycle).
    pub cycles: Vec<Vec<String>>,
}

/// What identifies the run a report belongs to, so `aura merge` can tell the shards of one
/// run from reports of different runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Digest of the configuration that decides metrics and findings (not `jobs` or the gate).
    pub config_digest: String,
    /// Digest of every path the run selected, before `--shard` took its share: equal in
    /// every shard of one run over one tree.
    pub files_digest: String,
    /// How many files the run selected, in all shards together.
    pub files: u32,
    /// The share this report holds (`--shard I/N`); absent for a whole run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    /// A merge made with `--allow-partial` that lacks shards: which ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<Partial>,
}

/// Shard `index` of `total` (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: u32,
    pub total: u32,
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.total)
    }
}

/// The shards a partial merge is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partial {
    /// How many shards the run had.
    pub total: u32,
    /// The indexes of the shards that were not merged, ascending.
    pub missing: Vec<u32>,
}

/// A run's files written out of memory as they arrived (`--format json` on a large tree),
/// for the JSON writer to copy out in path order.
pub trait FileSpool: std::fmt::Debug + Send + Sync {
    /// Write the files as the elements of a JSON array (without the brackets).
    fn write_files(&self, out: &mut dyn std::io::Write) -> std::io::Result<()>;
}

/// Where one file's comments suppress the import-cycle rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleSuppressions {
    /// An `aura: ignore-file` names the rule (or every rule).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole_file: bool,
    /// The lines a cycle reported on is suppressed, ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<u32>,
}

impl CycleSuppressions {
    /// Whether a cycle reported on `line` of the file is suppressed.
    pub fn covers(&self, line: u32) -> bool {
        self.whole_file || self.lines.binary_search(&line).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_position_but_not_content() {
        let a = fingerprint("CPX001", "a.py", "f", 1);
        assert_eq!(a, fingerprint("CPX001", "a.py", "f", 1));
        assert_ne!(a, fingerprint("CPX001", "a.py", "g", 1));
        assert_ne!(a, fingerprint("CPX001", "a.py", "f", 2));
        assert_ne!(a, fingerprint("CPX002", "a.py", "f", 1));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn cycle_suppressions_cover_their_lines_or_the_whole_file() {
        let lines = CycleSuppressions { whole_file: false, lines: vec![3, 4, 9] };
        assert!(lines.covers(4) && lines.covers(9) && !lines.covers(5));
        assert!(CycleSuppressions { whole_file: true, lines: vec![] }.covers(120));
    }
}
