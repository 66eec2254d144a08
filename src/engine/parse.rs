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
