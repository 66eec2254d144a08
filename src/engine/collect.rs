//! The one consumer of a run's results: it folds each file into the summary, the findings
//! and what the import graph needs as the file arrives, and keeps of its metrics only what
//! the report's writer asks for ([`Keep`]), so a writer that streams never holds a whole
//! repository's metrics.

use std::collections::HashMap;
use std::io::{BufWriter, Write as _};
use std::sync::Arc;

use super::RunEnd;
use crate::graph;
use crate::lang::Lang;
use crate::model;
use crate::model::{
    AnalyzedFile, CycleSuppressions, FileError, FileReport, FileResult, FileSpool, Finding, FunctionRef,
    ImportGraph, LanguageSummary, Report, SCHEMA_VERSION, Skipped, Summary, Tool,
};
use crate::rules::{self, RuleSet};

/// What a report keeps of each file's metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every file in `Report::files` (the table, templates, review, merge).
    Files,
    /// Each file serialized to a temporary file as it arrives, for the JSON writer to
    /// copy out in path order ([`Report::spooled`]); `Report::files` stays empty.
    Spool,
    /// Nothing beyond the summary, the graph and the findings (SARIF, Code Quality, ...).
    Nothing,
}

/// The report's files as JSON, written as they arrived (in memory up to
/// `SPOOL_IN_MEMORY`, then in a temporary file), copied out in path order.
#[derive(Debug)]
pub struct Spooled {
    store: Store,
    records: Vec<Record>,
}

/// A spool this big stays in memory (a repository of a few thousand files: Django's 2,897
/// take 18 MB); past it, it moves to a temporary file, so memory stays bounded whatever the
/// number of files.
const SPOOL_IN_MEMORY: usize = 24 << 20;

/// The in-memory spool grows by chunks of this size, never by copying itself into a
/// buffer twice as large (which would hold both at once).
const SPOOL_CHUNK: usize = 1 << 20;

#[derive(Debug)]
enum Store {
    Memory(Chunks),
    File(std::fs::File),
}

/// Bytes in chunks that each hold whole records: the chunks one after the other are the
/// spool's bytes, and a record is read from the one chunk holding it.
#[derive(Debug, Default)]
struct Chunks {
    /// Each chunk with the offset of its first byte in the spool.
    chunks: Vec<(u64, Vec<u8>)>,
    len: usize,
}

impl Chunks {
    fn push(&mut self, bytes: &[u8]) {
        let fits = self.chunks.last().is_some_and(|(_, c)| c.capacity() - c.len() >= bytes.len());
        if !fits {
            self.chunks.push((self.len as u64, Vec::with_capacity(SPOOL_CHUNK.max(bytes.len()))));
        }
        if let Some((_, chunk)) = self.chunks.last_mut() {
            chunk.extend_from_slice(bytes);
        }
        self.len += bytes.len();
    }

    fn get(&self, record: Record) -> &[u8] {
        let i = self.chunks.partition_point(|(start, _)| *start <= record.offset) - 1;
        let (start, chunk) = &self.chunks[i];
        let at = (record.offset - start) as usize;
        &chunk[at..at + record.len as usize]
    }
}

impl FileSpool for Spooled {
    /// Each file's JSON object, comma-separated, in path order.
    fn write_files(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut buffer = Vec::new();
        for (i, record) in self.records.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            match &self.store {
                Store::Memory(chunks) => out.write_all(chunks.get(*record))?,
                Store::File(file) => {
                    buffer.resize(record.len as usize, 0);
                    super::cache::pread(file, &mut buffer, record.offset)?;
                    out.write_all(&buffer)?;
                }
            }
        }
        Ok(())
    }
}

/// Where one file's JSON is in the spool.
#[derive(Debug, Clone, Copy)]
struct Record {
    offset: u64,
    len: u32,
}

/// The consumer of one run.
pub(super) struct Collector<'a> {
    keep: Keep,
    rules: Option<&'a RuleSet>,
    files: Vec<FileReport>,
    slims: Vec<Slim>,
    spool: Option<Spool>,
    skipped: Vec<Skipped>,
    errors: Vec<FileError>,
    findings: Vec<Finding>,
    suppressed: Vec<String>,
    cycle_suppressions: HashMap<String, CycleSuppressions>,
    summary: Summarizer,
    graph: graph::Builder,
}

struct Spool {
    memory: Chunks,
    /// How much stays in memory ([`SPOOL_IN_MEMORY`]).
    limit: usize,
    /// Once the spool has outgrown memory.
    out: Option<BufWriter<std::fs::File>>,
    written: u64,
    buffer: Vec<u8>,
    /// The first write that failed: the run goes on, the report is not made.
    failed: Option<std::io::Error>,
}

impl<'a> Collector<'a> {
    pub(super) fn new(keep: Keep, rules: Option<&'a RuleSet>) -> std::io::Result<Self> {
        let spool = match keep {
            Keep::Spool => Some(Spool {
                memory: Chunks::default(),
                limit: SPOOL_IN_MEMORY,
                out: None,
                written: 0,
                buffer: Vec::new(),
                failed: None,
            }),
            _ => None,
        };
        Ok(Self {
            keep,
            rules,
            files: Vec::new(),
            slims: Vec::new(),
            spool,
            skipped: Vec::new(),
            errors: Vec::new(),
            findings: Vec::new(),
            suppressed: Vec::new(),
            cycle_suppressions: HashMap::new(),
            summary: Summarizer::default(),
            graph: graph::Builder::default(),
        })
    }

    /// Take one file's result.
    pub(super) fn add(&mut self, result: FileResult) {
        let analyzed = match result {
            FileResult::Analyzed(analyzed) => analyzed,
            FileResult::Skipped(s) => return self.skipped.push(s),
            FileResult::Failed(e) => return self.errors.push(e),
        };
        let AnalyzedFile { file: f, findings: found } = *analyzed;
        self.findings.extend(found.findings);
        self.suppressed.extend(found.suppressed_fingerprints);
        if let Some(s) = found.cycle_suppressions {
            self.cycle_suppressions.insert(f.path.clone(), s);
        }
        self.summary.add(&f);
        let path = self.graph.add(&f.path, f.language, &f.metrics.imports);
        if self.keep == Keep::Files {
            return self.files.push(f);
        }
        let record = self.spool.as_mut().and_then(|spool| spool.put(&f));
        self.slims.push(Slim { path, language: f.language, record });
    }

    /// The report: files sorted, the import graph and its cycle findings, the summary.
    pub(super) fn finish(self, end: RunEnd, started: std::time::Instant) -> std::io::Result<Report> {
        let Self {
            mut files,
            mut slims,
            spool,
            mut skipped,
            mut errors,
            mut findings,
            mut suppressed,
            cycle_suppressions,
            summary,
            graph,
            rules,
            ..
        } = self;
        files.sort_by(|a, b| a.path.cmp(&b.path));
        slims.sort_by(|a, b| a.path.cmp(&b.path));
        skipped.sort_by(|a, b| a.path.cmp(&b.path));
        errors.sort_by(|a, b| a.path.cmp(&b.path));
        tracing::debug!(
            files = summary.files(),
            skipped = skipped.len(),
            errors = errors.len(),
            elapsed = ?started.elapsed(),
            "walked and analyzed"
        );
        let root = &end.root;
        let (graph, lines) = graph.finish();
        if let Some(set) = rules {
            let language = |path: &str| match files.binary_search_by(|f| f.path.as_str().cmp(path)) {
                Ok(i) => Some(files[i].language),
                Err(_) => slims.binary_search_by(|s| (*s.path).cmp(path)).ok().map(|i| slims[i].language),
            };
            let line = |cycle: &[String]| lines.line(cycle);
            findings.extend(cycle_findings(
                set,
                &graph,
                &language,
                &line,
                &cycle_suppressions,
                &mut suppressed,
            ));
        }
        rules::sort(&mut findings);
        let mut summary = summary.finish();
        summary.findings.suppressed = suppressed.len() as u32;
        let spooled = match spool {
            Some(spool) => Some(Arc::new(spool.finish(slims)?) as Arc<dyn FileSpool>),
            None => None,
        };
        tracing::debug!(edges = graph.edges.len(), cycles = graph.cycles.len(), elapsed = ?started.elapsed(), "summarized");
        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            tool: Tool { name: "aura".into(), version: env!("CARGO_PKG_VERSION").into() },
            run: Some(end.run),
            root: root.display().to_string(),
            summary,
            files,
            skipped,
            errors,
            graph,
            findings,
            suppressed_fingerprints: suppressed,
            spooled,
        };
        report.recount();
        Ok(report)
    }
}

impl Spool {
    /// Append `file`'s JSON; `None` once a write has failed.
    fn put(&mut self, file: &FileReport) -> Option<Record> {
        if self.failed.is_some() {
            return None;
        }
        self.buffer.clear();
        let written = serde_json::to_writer(&mut self.buffer, file)
            .map_err(std::io::Error::from)
            .and_then(|()| self.append());
        if let Err(e) = written {
            self.failed = Some(e);
            return None;
        }
        let record = Record { offset: self.written, len: self.buffer.len() as u32 };
        self.written += self.buffer.len() as u64;
        Some(record)
    }

    /// Append the buffer to memory, or to the file once memory is full.
    fn append(&mut self) -> std::io::Result<()> {
        if self.out.is_none() && self.memory.len + self.buffer.len() > self.limit {
            let mut out = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
            for (_, chunk) in std::mem::take(&mut self.memory).chunks {
                out.write_all(&chunk)?;
            }
            self.out = Some(out);
        }
        match &mut self.out {
            Some(out) => out.write_all(&self.buffer),
            None => {
                self.memory.push(&self.buffer);
                Ok(())
            }
        }
    }

    fn finish(self, slims: Vec<Slim>) -> std::io::Result<Spooled> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        let store = match self.out {
            Some(out) => Store::File(out.into_inner().map_err(|e| e.into_error())?),
            None => Store::Memory(self.memory),
        };
        let records = slims.into_iter().filter_map(|s| s.record).collect();
        Ok(Spooled { store, records })
    }
}

/// What the report keeps of a file it does not keep whole.
struct Slim {
    /// Shared with the import graph.
    path: Arc<str>,
    language: Lang,
    record: Option<Record>,
}

/// The summary, folded one file at a time in any order: the same for the same files.
#[derive(Default)]
pub(super) struct Summarizer {
    summary: Summary,
    /// Maintainability in hundredths (each file's is rounded to them): an exact sum.
    maintainability: i64,
    /// The worst functions so far, a few more than the summary lists.
    worst: Vec<Worst>,
    /// Below this (cognitive, cyclomatic) a function cannot be among the worst.
    cutoff: Option<(u32, u32)>,
}

/// A candidate for `worst_functions`, with its place in its file for ties.
struct Worst {
    function: FunctionRef,
    index: usize,
}

impl Worst {
    fn order(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b) = (&self.function, &other.function);
        (b.cognitive, b.cyclomatic)
            .cmp(&(a.cognitive, a.cyclomatic))
            .then_with(|| a.path.cmp(&b.path))
            .then(a.start_line.cmp(&b.start_line))
            .then(self.index.cmp(&other.index))
    }
}

/// How many functions `worst_functions` lists.
const WORST: usize = 10;

impl Summarizer {
    pub(super) fn add(&mut self, f: &FileReport) {
        let m = &f.metrics;
        let s = &mut self.summary;
        s.files += 1;
        s.lines += m.lines;
        s.functions += m.functions.len() as u32;
        s.classes += m.classes;
        s.parse_errors += m.parse_errors;
        s.documentation.public += m.documentation.public;
        s.documentation.documented += m.documentation.documented;
        self.maintainability += (m.maintainability * 100.0).round() as i64;
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
        for (index, func) in m.functions.iter().enumerate() {
            let band = match func.cyclomatic {
                0..=5 => 0,
                6..=10 => 1,
                11..=20 => 2,
                21..=50 => 3,
                _ => 4,
            };
            self.summary.cyclomatic_distribution[band] += 1;
            if self.cutoff.is_some_and(|cutoff| (func.cognitive, func.cyclomatic) < cutoff) {
                continue;
            }
            self.worst.push(Worst {
                function: FunctionRef {
                    path: f.path.clone(),
                    qualified_name: func.qualified_name.clone(),
                    start_line: func.start_line,
                    cyclomatic: func.cyclomatic,
                    cognitive: func.cognitive,
                    lines: func.lines,
                },
                index,
            });
            if self.worst.len() >= 4 * WORST {
                self.trim();
            }
        }
    }

    fn files(&self) -> u32 {
        self.summary.files
    }

    fn trim(&mut self) {
        self.worst.sort_by(Worst::order);
        self.worst.truncate(WORST);
        if self.worst.len() == WORST {
            self.cutoff = self.worst.last().map(|w| (w.function.cognitive, w.function.cyclomatic));
        }
    }

    pub(super) fn finish(mut self) -> Summary {
        self.trim();
        let mut s = self.summary;
        s.languages.sort_by(|a, b| b.lines.code.cmp(&a.lines.code).then(a.language.cmp(&b.language)));
        s.maintainability = if s.files > 0 {
            (self.maintainability as f64 / f64::from(s.files)).round() / 100.0
        } else {
            100.0
        };
        s.worst_functions = self.worst.into_iter().map(|w| w.function).collect();
        s
    }
}

/// The summary of `files`.
pub(super) fn summarize(files: &[FileReport]) -> Summary {
    let mut summary = Summarizer::default();
    files.iter().for_each(|f| summary.add(f));
    summary.finish()
}

/// One `STR001` finding per import cycle, on its first file (of `language`) at the import
/// that leads into the cycle (`line`); the fingerprints of those suppressions drop go to
/// `suppressed`.
pub(super) fn cycle_findings(
    set: &RuleSet,
    graph: &ImportGraph,
    language: &dyn Fn(&str) -> Option<Lang>,
    line: &dyn Fn(&[String]) -> u32,
    suppressions: &HashMap<String, CycleSuppressions>,
    suppressed: &mut Vec<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(rule) = rules::find(rules::IMPORT_CYCLE_CODE) else { return out };
    for cycle in &graph.cycles {
        let Some(first) = cycle.first() else { continue };
        let Some(lang) = language(first) else { continue };
        let policy = set.policy(lang, first);
        if !policy.enabled(rule.code) {
            continue;
        }
        let line = line(cycle);
        let fingerprint = model::fingerprint(rule.code, first, &cycle.join("\0"), 1);
        if suppressions.get(first).is_some_and(|s| s.covers(line)) {
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::FileMetrics;

    /// Records spread over several chunks (one larger than a chunk) read back whole, and the
    /// chunks in order are the records in order.
    #[test]
    fn spool_chunks_hold_whole_records() {
        let records: Vec<Vec<u8>> = [700_000, 500_000, SPOOL_CHUNK + 10, 3, 400_000]
            .iter()
            .enumerate()
            .map(|(i, &len)| vec![b'a' + i as u8; len])
            .collect();
        let mut chunks = Chunks::default();
        let mut at = Vec::new();
        for bytes in &records {
            at.push(Record { offset: chunks.len as u64, len: bytes.len() as u32 });
            chunks.push(bytes);
        }
        assert_eq!(chunks.chunks.len(), 4, "a record that does not fit starts a chunk");
        for (record, bytes) in at.iter().zip(&records) {
            assert_eq!(chunks.get(*record), &bytes[..]);
        }
        let joined: Vec<u8> = chunks.chunks.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        assert_eq!(joined, records.concat());
    }

    /// A spool that outgrows memory moves to a file and copies out the same bytes.
    #[test]
    fn a_spool_past_its_memory_limit_writes_the_same_report_from_a_file() {
        let files: Vec<FileReport> = (0..5)
            .map(|i| FileReport {
                path: format!("m{i}.py"),
                language: Lang::Python,
                metrics: FileMetrics::default(),
            })
            .collect();
        let spooled = |limit: usize| {
            let mut spool = Spool {
                memory: Chunks::default(),
                limit,
                out: None,
                written: 0,
                buffer: Vec::new(),
                failed: None,
            };
            let slims: Vec<Slim> = files
                .iter()
                .rev()
                .map(|f| Slim { path: f.path.clone().into(), language: f.language, record: spool.put(f) })
                .collect();
            let spooled = spool.finish(slims).unwrap();
            let mut out = Vec::new();
            spooled.write_files(&mut out).unwrap();
            (matches!(spooled.store, Store::File(_)), String::from_utf8(out).unwrap())
        };
        let (in_file, from_memory) = spooled(SPOOL_IN_MEMORY);
        assert!(!in_file);
        let (in_file, from_file) = spooled(100);
        assert!(in_file);
        assert_eq!(from_file, from_memory);
        assert!(
            from_memory.starts_with(r#"{"path":"m4.py""#) && from_memory.matches(r#"{"path""#).count() == 5
        );
    }
}
