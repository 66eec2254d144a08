//! The parse-only floor: what a tree-sitter analyzer cannot go below.
//!
//! Walks the given directories with the engine's walk settings, detects each file's
//! language the way the engine does, then — in parallel, one parser per language per
//! thread — reads every file, parses it and visits every node of its tree once with a
//! `TreeCursor`. Nothing else: no metrics, no report. `scripts/bench` compares aura's full
//! analysis against this program's CPU time (SPEC §11).
//!
//! ```text
//! cargo bench --bench parse_floor -- DIR...
//! ```
//!
//! Arguments starting with `--` are ignored (`cargo bench` passes `--bench`). Prints files,
//! bytes, nodes and elapsed wall time on one line.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use aura::lang::{self, Lang};
use ignore::WalkBuilder;
use rayon::prelude::*;
use tree_sitter::Parser;

/// Files larger than this are skipped, as by the engine's default `analysis.max_file_size`.
const MAX_FILE_SIZE: u64 = 1024 * 1024;
/// Bytes looked at for a `#!` line (extensionless files) or a NUL byte (binary files),
/// as by the engine.
const SHEBANG_SNIFF: u64 = 256;
const NUL_SNIFF: usize = 8192;

thread_local! {
    /// One parser per language per thread, reused across files (as in `engine::parse`).
    static PARSERS: RefCell<HashMap<Lang, Parser>> = RefCell::new(HashMap::new());
}

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
    let files = walk(&dirs);
    let total =
        files.par_iter().map(|(path, lang)| parse_and_walk(path, *lang)).reduce(Tally::default, |a, b| a + b);
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

/// The source files under `dirs`, found with the same `ignore` settings as
/// `engine::walk` (no include/exclude globs: the default configuration).
fn walk(dirs: &[PathBuf]) -> Vec<(PathBuf, Lang)> {
    let mut builder = WalkBuilder::new(&dirs[0]);
    for d in &dirs[1..] {
        builder.add(d);
    }
    builder
        .follow_links(true)
        .require_git(false)
        .add_custom_ignore_filename(".auraignore")
        .filter_entry(|e| e.file_name() != ".git");

    let mut files = Vec::new();
    for entry in builder.build().flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let head = if path.extension().is_none() { sniff(path) } else { Vec::new() };
        if let Some(spec) = lang::detect(path, &head) {
            files.push((path.to_path_buf(), spec.lang));
        }
    }
    files
}

/// The first bytes of a file, for its `#!` line.
fn sniff(path: &Path) -> Vec<u8> {
    let mut head = Vec::with_capacity(SHEBANG_SNIFF as usize);
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(SHEBANG_SNIFF).read_to_end(&mut head);
    }
    head
}

/// Read, parse and visit every node of one file.
fn parse_and_walk(path: &Path, lang: Lang) -> Tally {
    let skipped = Tally { skipped: 1, ..Tally::default() };
    let Ok(bytes) = std::fs::read(path) else {
        return skipped;
    };
    if bytes.len() as u64 > MAX_FILE_SIZE || bytes[..bytes.len().min(NUL_SNIFF)].contains(&0) {
        return skipped;
    }
    let src = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);

    let tree = PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let parser = match parsers.entry(lang) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let spec = lang.spec()?;
                let mut parser = Parser::new();
                parser.set_language(&(spec.grammar)()).ok()?;
                e.insert(parser)
            }
        };
        let tree = parser.parse(src, None);
        if tree.is_none() {
            parser.reset();
        }
        tree
    });
    let Some(tree) = tree else { return skipped };

    Tally { files: 1, bytes: bytes.len() as u64, nodes: count_nodes(&tree), skipped: 0 }
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
