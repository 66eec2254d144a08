//! The metric rules: thresholds over the numbers the metrics pass computed. They read the
//! metrics and the scan's anchors, never the tree: a cached file gets them with the
//! thresholds of the path it is at.

use super::registry as r;
use super::{Anchor, At, FileInput, LineIndex, Located, Policy, Raw};
use crate::metrics::FileMetrics;

/// The rules applied after the scan, from the metrics (and the import cycles, from the graph).
pub(super) const CODES: &[&str] = &[
    r::CYCLOMATIC,
    r::COGNITIVE,
    r::NESTING,
    r::LONG_FUNCTION,
    r::PARAMETERS,
    r::MAINTAINABILITY,
    r::MISSING_DOCS,
    r::LONG_FILE,
    r::IMPORT_CYCLE,
];

/// The rules over functions' and the file's numbers, with the thresholds that apply.
pub(super) fn check(
    policy: &Policy,
    m: &FileMetrics,
    anchors: &[Anchor],
    first_line: (u32, u32),
    out: &mut Vec<Located>,
) {
    let t = &policy.thresholds;
    // looked up once per file, not once per function
    let on: Vec<&'static str> = [
        r::CYCLOMATIC,
        r::COGNITIVE,
        r::NESTING,
        r::LONG_FUNCTION,
        r::PARAMETERS,
        r::MAINTAINABILITY,
        r::MISSING_DOCS,
    ]
    .into_iter()
    .filter(|code| policy.enabled(code))
    .collect();
    let enabled = |code: &str| on.contains(&code);
    for (i, f) in m.functions.iter().enumerate().filter(|_| !on.is_empty()) {
        let name = &f.qualified_name;
        let anchor = anchors.get(i).copied().unwrap_or_default();
        let mut push = |code: &'static str, message: String, suggestion: String| {
            out.push(Located {
                code: code.to_string(),
                custom: false,
                message,
                suggestion,
                line: f.start_line,
                column: anchor.column,
                end_line: f.start_line,
                end_column: anchor.end_column,
                function: Some(name.clone()),
                identity: format!("fn {name}"),
            });
        };
        // the message is written only for a function over the threshold
        let mut over = |code: &'static str, value: u32, limit: u32, text: &dyn Fn() -> (String, String)| {
            if value > limit && enabled(code) {
                let (message, suggestion) = text();
                push(code, message, suggestion);
            }
        };
        over(r::CYCLOMATIC, f.cyclomatic, t.cyclomatic, &|| {
            (
                format!("`{name}` has cyclomatic complexity {} (threshold {})", f.cyclomatic, t.cyclomatic),
                format!(
                    "Split `{name}`: its {} decision points each need a test. Extract branches into functions or replace them with a lookup table.",
                    f.cyclomatic - 1
                ),
            )
        });
        over(r::COGNITIVE, f.cognitive, t.cognitive, &|| {
            (
                format!("`{name}` has cognitive complexity {} (threshold {})", f.cognitive, t.cognitive),
                "Flatten it: return early instead of nesting, and extract nested blocks into named functions."
                    .to_string(),
            )
        });
        over(r::NESTING, f.nesting_depth, t.nesting, &|| {
            (
                format!(
                    "`{name}` nests control structures {} deep (threshold {})",
                    f.nesting_depth, t.nesting
                ),
                "Invert conditions into guard clauses and move inner loops into functions.".to_string(),
            )
        });
        over(r::LONG_FUNCTION, f.lines, t.function_length, &|| {
            (
                format!("`{name}` has {} lines of code (threshold {})", f.lines, t.function_length),
                "Extract its steps into functions whose names say what each does.".to_string(),
            )
        });
        // the metric counts every declared parameter (as lizard does); the rule does not
        // count a method's receiver nor variadics
        let parameters = f.parameters.saturating_sub(f.uncounted_parameters);
        over(r::PARAMETERS, parameters, t.parameters, &|| {
            (
                format!("`{name}` takes {parameters} parameters (threshold {})", t.parameters),
                "Group related parameters into a structure or an options object.".to_string(),
            )
        });
        if f.maintainability < t.maintainability && enabled(r::MAINTAINABILITY) {
            push(
                r::MAINTAINABILITY,
                format!(
                    "`{name}` has maintainability index {:.1} (threshold {})",
                    f.maintainability, t.maintainability
                ),
                "Make it shorter and less branchy; its other findings say where to start.".to_string(),
            );
        }
        if f.public && !f.documented && enabled(r::MISSING_DOCS) {
            push(
                r::MISSING_DOCS,
                format!("public `{name}` has no documentation"),
                "Add a docstring or doc comment: what it does, its parameters, what it returns or raises."
                    .to_string(),
            );
        }
    }
    if policy.enabled(r::LONG_FILE) && m.lines.code > t.file_length {
        out.push(Located {
            code: r::LONG_FILE.to_string(),
            custom: false,
            message: format!("the file has {} lines of code (threshold {})", m.lines.code, t.file_length),
            suggestion: "Split it into modules by responsibility.".to_string(),
            line: 1,
            column: first_line.0,
            end_line: 1,
            end_column: first_line.1,
            function: None,
            identity: "file".into(),
        });
    }
}

/// For each function: its first line's code columns.
pub(super) fn anchors(input: &FileInput, lines: &LineIndex) -> Vec<Anchor> {
    // one span per line: the functions of a minified file all start on its one long line
    let mut spans: std::collections::HashMap<u32, Anchor> = std::collections::HashMap::new();
    input
        .metrics
        .functions
        .iter()
        .map(|f| {
            *spans.entry(f.start_line).or_insert_with(|| {
                let (_, column, _, end_column) = lines.span(input.src, At::Line(f.start_line));
                Anchor { column, end_column }
            })
        })
        .collect()
}

/// SYN001: the file's syntax errors, at the first one.
pub(super) fn check_syntax_errors(policy: &Policy, input: &FileInput, out: &mut Vec<Raw>) {
    let m = input.metrics;
    if policy.enabled(r::SYNTAX) && m.parse_errors > 0 {
        let (start, end) = first_error(input.tree).unwrap_or((0, 0));
        out.push(Raw {
            code: r::SYNTAX,
            message: format!(
                "{} syntax error{} (the file's metrics count what could be parsed)",
                m.parse_errors,
                if m.parse_errors == 1 { "" } else { "s" }
            ),
            suggestion:
                "Fix the syntax; if the code is valid, the grammar may lag the language: exclude the file."
                    .to_string(),
            at: At::Bytes(start, end),
            function: None,
            identity: super::Identity::Name("syntax".into()),
        });
    }
}

/// The byte range of the first error or missing node, in document order.
fn first_error(tree: &tree_sitter::Tree) -> Option<(usize, usize)> {
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            return Some((node.start_byte(), node.end_byte()));
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return None;
            }
        }
    }
}
