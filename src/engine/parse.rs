//! Parsing: one tree-sitter parser per language per thread, reused across files.

use std::cell::RefCell;
use std::collections::HashMap;

use tree_sitter::Parser;

use super::cache::Entry;
use crate::lang::Lang;
use crate::metrics::{self, MeasureOptions};
use crate::rules::{self, FileInput, Policy, RuleSet, Scan};

thread_local! {
    static PARSERS: RefCell<HashMap<Lang, Parser>> = RefCell::new(HashMap::new());
}

/// Parse `src`, measure it and, with a rule set and the file's policy, scan it (`path` is
/// the report's relative path): the file's path-independent analysis, as the cache keeps
/// it. `None` when the language is not compiled in or the parser gave up.
pub(super) fn measure_and_scan(
    lang: Lang,
    path: &str,
    src: &[u8],
    options: MeasureOptions,
    rules: Option<(&RuleSet, &Policy)>,
) -> Option<Entry> {
    let table = lang.table()?;
    let tree = parse(lang, src)?;
    let metrics = metrics::measure(table, &tree, src, options);
    let scan = match rules {
        Some((set, policy)) => {
            let input = FileInput { lang, path, src, tree: &tree, metrics: &metrics };
            rules::scan(set, policy, &input)
        }
        None => Scan::default(),
    };
    Some(Entry { metrics, scan })
}

/// Parse `src` with this thread's parser for `lang` (created on first use, then reused).
/// `None` when the language is not compiled in or the parser gave up.
pub fn parse(lang: Lang, src: &[u8]) -> Option<tree_sitter::Tree> {
    let table = lang.table()?;
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let parser = match parsers.entry(lang) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let mut parser = Parser::new();
                parser.set_language(&table.language).ok()?;
                e.insert(parser)
            }
        };
        let tree = parser.parse(src, None);
        if tree.is_none() {
            // a parser that gave up may hold state: start afresh next time
            parser.reset();
        }
        tree
    })
}

/// Hands tree-sitter's C allocations (parser stacks, subtrees, trees: about a tenth of a
/// parse's time under glibc malloc) to mimalloc, once. `Lang::table` calls it, so it runs
/// before any grammar can reach a parser, a tree or a query: a pointer is always freed by
/// the allocator that made it.
pub fn install_allocator() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        use libmimalloc_sys as mi;
        // SAFETY: one allocator family (mimalloc) for all four, installed before any
        // tree-sitter object exists (see above), from inside a `Once`.
        unsafe {
            tree_sitter::set_allocator(Some(tree_sitter::Allocator {
                malloc: mi::mi_malloc,
                calloc: mi::mi_calloc,
                realloc: mi::mi_realloc,
                free: mi::mi_free,
            }))
        }
    });
}
