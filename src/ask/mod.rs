//! `aura ask`: the context for a question about the repository, found without an
//! embedding model, and the chat that asks the routed model with it.
//!
//! Retrieval runs on the engine: its walk says which files there are (the same ignore
//! files and globs as `analyze`), its threads read them, and its tree-sitter pass (through
//! the analysis cache) gives the functions the best files are cut into.
//!
//! 1. Every file is read once and its words counted ([`words`]): the question's terms for
//!    BM25, the identifiers it uses and the names it defines for the map.
//! 2. BM25 over whole files, and the repository map ([`map`]), personalised to what the
//!    question names, rank the files; the best [`CANDIDATES`] go on.
//! 3. The engine analyzes those (a cache hit when warm) and each is cut into chunks: its
//!    outermost functions, and the code between them. BM25 over the chunks, with the
//!    question's words in a function's name counting twice, plus the file's own score,
//!    ranks them.
//! 4. The best chunks that fit the budget (tokens, estimated at [`CHARS_PER_TOKEN`]) are
//!    the context, after the map's best definitions.

pub mod map;
pub mod words;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::engine::{Blob, Engine, EngineError, NoProgress, Source, SourceFile};
use crate::model::FileResult;
use words::Term;

/// Files cut into chunks and ranked by their chunks.
pub const CANDIDATES: usize = 48;
/// Characters of code per token, estimated low: code is dense in tokens.
pub const CHARS_PER_TOKEN: usize = 3;
/// The share of the budget the map may take.
const MAP_SHARE: usize = 8;
/// BM25's saturation and length normalisation (the usual values).
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// How much the map's rank adds to a file's BM25 (both scaled to 1 at the best file).
const MAP_WEIGHT: f64 = 0.1;
/// How much a chunk's file adds to the chunk's own BM25.
const FILE_WEIGHT: f64 = 0.3;
/// Lines this long on average are minified code.
const MINIFIED_LINE: usize = 250;
/// A stretch of code between functions longer than this is cut into pieces.
const MAX_GAP_LINES: usize = 60;

/// What to retrieve.
#[derive(Debug, Clone)]
pub struct Question<'a> {
    pub text: &'a str,
    /// Files and directories to search (none: the working directory).
    pub paths: &'a [PathBuf],
    pub cwd: &'a Path,
    /// Tokens the context may take.
    pub budget: usize,
    /// Chunks at most.
    pub limit: usize,
}

/// The context retrieved for a question.
#[derive(Debug, Clone, Serialize)]
pub struct Retrieved {
    pub question: String,
    /// The directory the paths are relative to.
    pub root: PathBuf,
    /// Source files searched.
    pub files: usize,
    pub budget_tokens: usize,
    pub used_tokens: usize,
    /// Best first.
    pub chunks: Vec<Chunk>,
    /// The map's best definitions, best first.
    pub map: Vec<MapEntry>,
}

/// A piece of a file: a function, or the code between functions.
#[derive(Debug, Clone, Serialize)]
pub struct Chunk {
    pub path: String,
    pub start_line: u32,
    pub end_line: u32,
    /// The function's qualified name (none for the code between functions).
    pub symbol: Option<String>,
    pub score: f64,
    pub tokens: usize,
    #[serde(skip)]
    pub text: String,
}

/// A definition on the map.
#[derive(Debug, Clone, Serialize)]
pub struct MapEntry {
    pub path: String,
    pub line: u32,
    pub symbol: String,
    pub rank: f64,
}

/// What one read of a file found.
struct Scanned {
    path: String,
    /// Occurrences of each question term.
    tf: Vec<u32>,
    /// Terms in the file.
    length: u32,
    uses: Vec<(Term, u32)>,
    defines: Vec<map::Def>,
}

/// Why nothing could be retrieved.
#[derive(Debug, thiserror::Error)]
pub enum AskError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("the question has no words to search for (only stop words like \"where\" or \"the\")")]
    NoWords,
}

/// The context for `question`.
pub fn retrieve(engine: &Engine, question: &Question) -> Result<Retrieved, AskError> {
    let terms = words::question_terms(question.text);
    let (root, files) = engine.sources(question.paths, question.cwd)?;
    let max_size = engine.config().analysis.max_file_size;
    let scanned: Vec<Scanned> =
        engine.install(|| files.par_iter().filter_map(|f| scan(f, &terms, max_size)).collect());
    let (named_idents, named_paths) = named(question.text);
    if terms.is_empty() && named_idents.is_empty() {
        return Err(AskError::NoWords);
    }
    let stats = Stats::new(&scanned, &terms);

    // the map over every file
    let nodes: Vec<map::Node> = scanned
        .iter()
        .map(|s| map::Node { uses: &s.uses, defines: &s.defines, mentioned: mentions(&s.path, &named_paths) })
        .collect();
    let mentioned_idents: Vec<Term> = named_idents.iter().map(|i| words::hash(i.as_bytes())).collect();
    let ranked = map::rank(&nodes, &mentioned_idents);

    // the files, by BM25 and map rank
    let bm25: Vec<f64> = scanned.iter().map(|s| stats.score(&s.tf, s.length, stats.avg_file)).collect();
    let best_bm25 = bm25.iter().copied().fold(0.0, f64::max);
    let best_rank = ranked.files.iter().copied().fold(0.0, f64::max);
    let file_score: Vec<f64> = (0..scanned.len())
        .map(|i| {
            let lexical = if best_bm25 > 0.0 { bm25[i] / best_bm25 } else { 0.0 };
            let map = if best_rank > 0.0 { ranked.files[i] / best_rank } else { 0.0 };
            lexical + MAP_WEIGHT * map + if nodes[i].mentioned { 1.0 } else { 0.0 }
        })
        .collect();
    let mut order: Vec<usize> = (0..scanned.len()).collect();
    order.sort_by(|&a, &b| file_score[b].total_cmp(&file_score[a]).then(a.cmp(&b)));
    order.truncate(CANDIDATES);
    order.retain(|&i| file_score[i] > 0.0);

    let mut chunks = chunks(engine, &root, &order, &scanned, &terms)?;
    let avg_chunk = chunks.iter().map(|c| f64::from(c.2)).sum::<f64>() / chunks.len().max(1) as f64;
    for (chunk, _, length, tf) in &mut chunks {
        chunk.score = stats.score(tf, *length, avg_chunk);
    }
    let best_chunk = chunks.iter().map(|c| c.0.score).fold(0.0, f64::max);
    let best_file = file_score.iter().copied().fold(0.0, f64::max);
    let mut chunks: Vec<Chunk> = chunks
        .into_iter()
        .map(|(mut chunk, file, _, _)| {
            let own = if best_chunk > 0.0 { chunk.score / best_chunk } else { 0.0 };
            let file = file_score[file];
            chunk.score = round(own + FILE_WEIGHT * file / best_file.max(f64::MIN_POSITIVE));
            chunk
        })
        .collect();
    chunks.sort_by(|a, b| {
        b.score.total_cmp(&a.score).then_with(|| a.path.cmp(&b.path)).then(a.start_line.cmp(&b.start_line))
    });

    // the map's share of the budget, then the chunks that fit
    let map_budget = question.budget / MAP_SHARE;
    let mut map = Vec::new();
    let mut used = 0;
    for &(file, def, rank) in &ranked.defs {
        let s = &scanned[file as usize];
        let d = &s.defines[def as usize];
        let cost = (s.path.len() + d.name.len() + 8).div_ceil(CHARS_PER_TOKEN);
        if used + cost > map_budget {
            break;
        }
        used += cost;
        map.push(MapEntry {
            path: s.path.clone(),
            line: d.line,
            symbol: d.name.to_string(),
            rank: round(rank),
        });
    }
    let mut kept = Vec::new();
    for chunk in chunks {
        if kept.len() >= question.limit {
            break;
        }
        if used + chunk.tokens <= question.budget {
            used += chunk.tokens;
            kept.push(chunk);
        }
    }
    Ok(Retrieved {
        question: question.text.to_owned(),
        root,
        files: scanned.len(),
        budget_tokens: question.budget,
        used_tokens: used,
        chunks: kept,
        map,
    })
}

/// Read one file: its question terms, length, identifiers and definitions.
fn scan(file: &SourceFile, terms: &[Term], max_size: u64) -> Option<Scanned> {
    if file.size > max_size {
        return None;
    }
    let bytes = std::fs::read(&file.path).ok()?;
    if crate::engine::is_binary(&bytes) {
        return None;
    }
    let mut tf = vec![0; terms.len()];
    let mut length = 0;
    let mut uses: words::TermMap<u32> = words::TermMap::default();
    let mut defines = Vec::new();
    let mut after_keyword = false;
    words::identifiers(&bytes, |ident, line, end| {
        let id = words::hash(ident);
        if after_keyword && opens_definition(&bytes[end..]) && !words::is_keyword(ident) {
            defines.push(map::Def { ident: id, name: String::from_utf8_lossy(ident).into(), line: line + 1 });
        } else {
            *uses.entry(id).or_default() += 1;
        }
        after_keyword = is_definer(ident);
        words::split(ident, &mut |t| {
            length += 1;
            if let Some(at) = terms.iter().position(|q| *q == t) {
                tf[at] += 1;
            }
        });
    });
    let mut uses: Vec<(Term, u32)> = uses.into_iter().collect();
    uses.sort_unstable();
    // minified code (`jquery.min.js`) defines one-letter names by the thousand: no map
    let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
    if bytes.len() / lines > MINIFIED_LINE {
        defines.clear();
        uses.clear();
    }
    Some(Scanned { path: file.display.clone(), tf, length, uses, defines })
}

/// The keywords a definition's name follows, in the languages aura reads.
fn is_definer(ident: &[u8]) -> bool {
    matches!(
        ident,
        b"def"
            | b"class"
            | b"fn"
            | b"function"
            | b"func"
            | b"struct"
            | b"enum"
            | b"trait"
            | b"interface"
            | b"type"
    )
}

/// Whether what follows a name after `def`/`class`/`fn` is how a definition goes on
/// (`(`, `:`, `<`, `{`, `;`, `=`, `extends`), not prose ("the class the user picks").
fn opens_definition(rest: &[u8]) -> bool {
    let rest = &rest[rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count()..];
    match rest.first() {
        Some(b'(' | b':' | b'<' | b'{' | b';' | b'=' | b'[') => true,
        Some(_) => rest.starts_with(b"extends") || rest.starts_with(b"implements"),
        None => false,
    }
}

/// Document frequencies of the question's terms over the files, for BM25's idf.
struct Stats {
    idf: Vec<f64>,
    avg_file: f64,
}

impl Stats {
    fn new(scanned: &[Scanned], terms: &[Term]) -> Self {
        let n = scanned.len() as f64;
        let idf = (0..terms.len())
            .map(|t| {
                let df = scanned.iter().filter(|s| s.tf[t] > 0).count() as f64;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        let avg_file = scanned.iter().map(|s| f64::from(s.length)).sum::<f64>() / n.max(1.0);
        Self { idf, avg_file }
    }

    fn score(&self, tf: &[u32], length: u32, average: f64) -> f64 {
        let norm = K1 * (1.0 - B + B * f64::from(length) / average.max(1.0));
        tf.iter()
            .zip(&self.idf)
            .map(|(&f, idf)| {
                let f = f64::from(f);
                idf * f * (K1 + 1.0) / (f + norm)
            })
            .sum()
    }
}

/// The identifiers a question names as code (`QuerySet`, `read_to_string`, `Engine::run`'s
/// parts), and the paths it names (`cache.rs`, `src/engine`).
fn named(question: &str) -> (Vec<String>, Vec<String>) {
    let mut idents = Vec::new();
    let mut paths = Vec::new();
    for token in
        question.split(|c: char| c.is_whitespace() || matches!(c, '`' | '"' | '\'' | ',' | '?' | '(' | ')'))
    {
        let token = token.trim_end_matches(['.', ':', ';', '!']);
        let pathlike =
            token.contains('/') || (token.contains('.') && !token.ends_with('.') && token.len() > 2);
        if pathlike && token.rsplit('.').next().is_some_and(|ext| ext.chars().all(char::is_alphanumeric)) {
            paths.push(token.trim_start_matches("./").to_owned());
        }
        for part in token.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            let code_like = part.contains('_') || part.chars().skip(1).any(char::is_uppercase);
            if code_like && part.len() > 2 && !idents.iter().any(|i| i == part) {
                idents.push(part.to_owned());
            }
        }
    }
    (idents, paths)
}

/// Whether `path` is one the question names (a suffix of it, at a component boundary).
fn mentions(path: &str, named: &[String]) -> bool {
    named.iter().any(|n| path == n || path.ends_with(&format!("/{n}")) || path.starts_with(&format!("{n}/")))
}

/// A chunk before scoring: its file (an index into the scanned files), its length in
/// terms, and how often each question term is in it.
type Cut = (Chunk, usize, u32, Vec<u32>);

/// The candidate files cut into chunks.
fn chunks(
    engine: &Engine,
    root: &Path,
    order: &[usize],
    scanned: &[Scanned],
    terms: &[Term],
) -> Result<Vec<Cut>, AskError> {
    let mut texts = Vec::new();
    let mut blobs = Vec::new();
    for &i in order {
        let path = &scanned[i].path;
        let Ok(bytes) = std::fs::read(root.join(path)) else { continue };
        texts.push((i, path.clone(), String::from_utf8_lossy(&bytes).into_owned()));
        blobs.push(Blob::new(path.clone(), bytes));
    }
    let mut functions = std::collections::HashMap::new();
    engine.run(Source::Blobs { blobs, root }, &NoProgress, &mut |result| {
        if let FileResult::Analyzed(a) = result {
            let spans: Vec<(u32, u32, String)> = a
                .file
                .metrics
                .functions
                .iter()
                .map(|f| (f.start_line, f.end_line, f.qualified_name.clone()))
                .collect();
            functions.insert(a.file.path.clone(), spans);
        }
    })?;
    // the chunk's length in terms, and how often each question term is in it
    let count = |text: &str, length: &mut u32, tf: &mut [u32]| {
        words::terms(text.as_bytes(), |t| {
            *length += 1;
            if let Some(at) = terms.iter().position(|q| *q == t) {
                tf[at] += 1;
            }
        });
    };
    let mut out = Vec::new();
    for (file, path, text) in &texts {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let spans = outermost(functions.remove(path).unwrap_or_default());
        for (start, end, symbol) in pieces(&spans, lines.len() as u32) {
            let body: String = lines[(start - 1) as usize..end as usize].concat();
            if body.trim().is_empty() {
                continue;
            }
            let (mut length, mut tf) = (0, vec![0; terms.len()]);
            count(&body, &mut length, &mut tf);
            if let Some(name) = &symbol {
                count(name, &mut length, &mut tf); // the name counts twice
            }
            // as the prompt shows it: numbered lines under a heading
            let shown = body.len() + 7 * (end - start + 1) as usize + path.len() + 16;
            let tokens = shown.div_ceil(CHARS_PER_TOKEN);
            let chunk = Chunk {
                path: path.clone(),
                start_line: start,
                end_line: end,
                symbol,
                score: 0.0,
                tokens,
                text: body,
            };
            out.push((chunk, *file, length, tf));
        }
    }
    Ok(out)
}

/// The functions not inside another, in order.
fn outermost(mut spans: Vec<(u32, u32, String)>) -> Vec<(u32, u32, String)> {
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<(u32, u32, String)> = Vec::new();
    for span in spans {
        if out.last().is_some_and(|last| span.0 <= last.1) {
            continue;
        }
        out.push(span);
    }
    out
}

/// A file's lines as chunks: each function, and the stretches between them (cut every
/// [`MAX_GAP_LINES`]).
fn pieces(functions: &[(u32, u32, String)], lines: u32) -> Vec<(u32, u32, Option<String>)> {
    let mut out = Vec::new();
    let mut next = 1;
    let gap = |from: u32, to: u32, out: &mut Vec<(u32, u32, Option<String>)>| {
        let mut start = from;
        while start <= to {
            let end = (start + MAX_GAP_LINES as u32 - 1).min(to);
            out.push((start, end, None));
            start = end + 1;
        }
    };
    for (start, end, name) in functions {
        let (start, end) = ((*start).max(1), (*end).min(lines));
        if start > end {
            continue;
        }
        if start > next {
            gap(next, start - 1, &mut out);
        }
        out.push((start, end, Some(name.clone())));
        next = end + 1;
    }
    if next <= lines {
        gap(next, lines, &mut out);
    }
    out
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

const SYSTEM: &str = include_str!("../../templates/prompts/ask.system.j2");
const USER: &str = include_str!("../../templates/prompts/ask.user.j2");
/// The built-in templates' version, part of the response cache's key.
const VERSION: u32 = 1;

/// The question prompt's templates (`ask.system.j2`, `ask.user.j2`, or `llm.prompts_dir`'s).
pub fn prompts(config: &crate::config::Config, root: &Path) -> std::io::Result<crate::llm::Templates> {
    crate::llm::Templates::load(
        config,
        root,
        "ask",
        VERSION,
        &[("ask.system.j2", SYSTEM), ("ask.user.j2", USER)],
    )
}

/// The chat asking `retrieved.question` with its context, every message redacted of the
/// secrets the secret rules find. Returns the chat and how many secrets were redacted.
pub fn chat(
    retrieved: &Retrieved,
    prompts: &crate::llm::Templates,
    max_tokens: u32,
) -> Result<(crate::llm::Chat, usize), minijinja::Error> {
    use crate::llm::{Chat, Message};
    let mut files: Vec<(String, Vec<minijinja::Value>)> = Vec::new();
    for entry in &retrieved.map {
        let def = minijinja::context! { line => entry.line, symbol => &entry.symbol };
        match files.iter_mut().find(|(p, _)| *p == entry.path) {
            Some((_, defs)) => defs.push(def),
            None => files.push((entry.path.clone(), vec![def])),
        }
    }
    let map: Vec<_> =
        files.iter().map(|(path, defs)| minijinja::context! { path => path, defs => defs }).collect();
    let chunks: Vec<_> = retrieved
        .chunks
        .iter()
        .map(|c| {
            minijinja::context! {
                path => &c.path, start_line => c.start_line, end_line => c.end_line,
                symbol => &c.symbol, numbered => numbered(&c.text, c.start_line),
            }
        })
        .collect();
    let system = prompts.render("ask.system.j2", minijinja::context! {})?;
    let user = prompts.render(
        "ask.user.j2",
        minijinja::context! { question => &retrieved.question, map => map, chunks => chunks },
    )?;
    let mut redacted = 0;
    let messages = [Message::system(system), Message::user(user)]
        .into_iter()
        .map(|m| {
            let (content, count) = crate::rules::redact_secrets(&m.content);
            redacted += count;
            Message { content, ..m }
        })
        .collect();
    Ok((Chat::new(messages, max_tokens, prompts.version()), redacted))
}

/// `text` with each line numbered from `first`, as the model is asked to cite them.
fn numbered(text: &str, first: u32) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(&format!("{:>5}| {line}", first as usize + i));
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}
