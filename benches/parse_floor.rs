//! The parse-only floor: what a tree-sitter analyzer cannot go below.
//!
//! Walks the given directories with the engine's own walk (`engine::walk_sources`), which
//! also detects each language, then — in parallel, with the engine's per-thread parsers
//! (`engine::parse`) — reads every file, parses it and visits every node of its tree once with a
//! `TreeCursor`. Nothing else: no metrics, no report. `scripts/bench` compares aura's full
//! analysis against this program's CPU time (SPEC §11).
//!
//! ```text
//! cargo bench --bench parse_floor -- DIR...
//! ```
//!
//! Arguments starting with `--` are ignored (`cargo bench` passes `--bench`). Prints files,
//! bytes, nodes and elapsed wall time on one line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use aura::config::AnalysisConfig;
use aura::engine::{self, SourceFile};
use rayon::prelude::*;

/// Files larger than this are skipped, as by the engine's default `analysis.max_file_size`.
const MAX_FILE_SIZE: u64 = 1024 * 1024;
/// Bytes looked at for a NUL byte (binary files), as by the engine.
const NUL_SNIFF: usize = 8192;

/// What one file contributed.
#[derive(Default, Clone, Copy)]
struct Tally {
    files: u64,
    bytes: u64,
    nodes: u64,
    /// Files not parsed: unreadable, too large, binary, or the parser gave up.
    skipped: u64,
}

impl std::ops::Add for Tally {
    type Output = Tally;
    fn add(self, o: Tally) -> Tally {
        Tally {
            files: self.files + o.files,
            bytes: self.bytes + o.bytes,
            nodes: self.nodes + o.nodes,
            skipped: self.skipped + o.skipped,
        }
    }
}

fn main() -> ExitCode {
    let dirs: Vec<PathBuf> = std::env::args_os()
        .skip(1)
        .filter(|a| !a.to_string_lossy().starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if dirs.is_empty() {
        eprintln!("usage: parse_floor DIR...   (cargo bench --bench parse_floor -- DIR...)");
        return ExitCode::from(2);
    }

    let start = Instant::now();
    // the engine's own walk (default configuration), collected first: the floor has no
    // overlap of walking and parsing to its credit
    let mut files: Vec<SourceFile> = Vec::new();
    let root = dirs[0].clone();
    if let Err(e) = engine::walk_sources(&dirs, &root, &AnalysisConfig::default(), None, |f| files.push(f)) {
        eprintln!("parse_floor: {e}");
        return ExitCode::from(2);
    }
    let total = files.par_iter().map(parse_and_walk).reduce(Tally::default, |a, b| a + b);
    let elapsed = start.elapsed();

    println!(
        "files {}  bytes {}  nodes {}  skipped {}  elapsed {:.3} s  (threads {})",
        total.files,
        total.bytes,
        total.nodes,
        total.skipped,
        elapsed.as_secs_f64(),
        rayon::current_num_threads(),
    );
    ExitCode::SUCCESS
}

/// Read, parse (the engine's per-thread parser) and visit every node of one file.
fn parse_and_walk(file: &SourceFile) -> Tally {
    let skipped = Tally { skipped: 1, ..Tally::default() };
    let Some(bytes) = read(&file.path) else { return skipped };
    let src = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let Some(tree) = engine::parse(file.lang, src) else { return skipped };
    Tally { files: 1, bytes: bytes.len() as u64, nodes: count_nodes(&tree), skipped: 0 }
}

/// The file's bytes, unless it is too large or binary (as the engine skips them).
fn read(path: &Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    let binary = bytes[..bytes.len().min(NUL_SNIFF)].contains(&0);
    (bytes.len() as u64 <= MAX_FILE_SIZE && !binary).then_some(bytes)
}

/// Visit every node of `tree` in document order with one cursor, iteratively.
fn count_nodes(tree: &tree_sitter::Tree) -> u64 {
    let mut cursor = tree.walk();
    let mut nodes = 1u64;
    loop {
        if cursor.goto_first_child() || cursor.goto_next_sibling() {
            nodes += 1;
            continue;
        }
        // climb until an ancestor has a next sibling, or the root is reached
        loop {
            if !cursor.goto_parent() {
                return nodes;
            }
            if cursor.goto_next_sibling() {
                nodes += 1;
                break;
            }
        }
    }
}
