//! The metric rules: thresholds over the numbers the metrics pass computed.

use super::registry as r;
use super::{At, FileInput, Identity, Policy, Raw};

/// Compare every function (and the file) with the thresholds that apply to it.
pub(super) fn check(policy: &Policy, input: &FileInput, out: &mut Vec<Raw>) {
    let t = &policy.thresholds;
    let m = input.metrics;
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
    if on.is_empty() {
        return check_file_rules(policy, input, out);
    }
    for f in &m.functions {
        let name = &f.qualified_name;
        let mut over = |code: &'static str, value: u32, limit: u32, message: String, suggestion: String| {
            if value > limit && enabled(code) {
                out.push(Raw {
                    code,
                    message,
                    suggestion,
                    at: At::Line(f.start_line),
                    function: Some(name.clone()),
                    identity: Identity::Name(format!("fn {name}")),
                });
            }
        };
        over(
            r::CYCLOMATIC,
            f.cyclomatic,
            t.cyclomatic,
            format!("`{name}` has cyclomatic complexity {} (threshold {})", f.cyclomatic, t.cyclomatic),
            format!(
                "Split `{name}`: its {} decision points each need a test. Extract branches into functions or replace them with a lookup table.",
                f.cyclomatic - 1
            ),
        );
        over(
            r::COGNITIVE,
            f.cognitive,
            t.cognitive,
            format!("`{name}` has cognitive complexity {} (threshold {})", f.cognitive, t.cognitive),
            "Flatten it: return early instead of nesting, and extract nested blocks into named functions."
                .to_string(),
        );
        over(
            r::NESTING,
            f.nesting_depth,
            t.nesting,
            format!("`{name}` nests control structures {} deep (threshold {})", f.nesting_depth, t.nesting),
            "Invert conditions into guard clauses and move inner loops into functions.".to_string(),
        );
        over(
            r::LONG_FUNCTION,
            f.lines,
            t.function_length,
            format!("`{name}` has {} lines of code (threshold {})", f.lines, t.function_length),
            "Extract its steps into functions whose names say what each does.".to_string(),
        );
        // the metric counts every declared parameter (as lizard does); the rule does not
        // count a method's receiver nor variadics, and only the functions over the threshold
        // are looked at again
        let parameters = if f.parameters > t.parameters && enabled(r::PARAMETERS) {
            f.parameters.saturating_sub(uncounted_parameters(input, f.start_line))
        } else {
            f.parameters
        };
        over(
            r::PARAMETERS,
            parameters,
            t.parameters,
            format!("`{name}` takes {parameters} parameters (threshold {})", t.parameters),
            "Group related parameters into a structure or an options object.".to_string(),
        );
        if f.maintainability < t.maintainability && enabled(r::MAINTAINABILITY) {
            out.push(Raw {
                code: r::MAINTAINABILITY,
                message: format!(
                    "`{name}` has maintainability index {:.1} (threshold {})",
                    f.maintainability, t.maintainability
                ),
                suggestion: "Make it shorter and less branchy; its other findings say where to start."
                    .to_string(),
                at: At::Line(f.start_line),
                function: Some(name.clone()),
                identity: Identity::Name(format!("fn {name}")),
            });
        }
        if f.public && !f.documented && enabled(r::MISSING_DOCS) {
            out.push(Raw {
                code: r::MISSING_DOCS,
                message: format!("public `{name}` has no documentation"),
                suggestion:
                    "Add a docstring or doc comment: what it does, its parameters, what it returns or raises."
                        .to_string(),
                at: At::Line(f.start_line),
                function: Some(name.clone()),
                identity: Identity::Name(format!("fn {name}")),
            });
        }
    }
    check_file_rules(policy, input, out);
}

/// Parameters of the function starting on `line` that SIZ003 does not count: a method's
/// receiver (Python's `self`/`cls`, Rust's `self`) and variadics (`*args`, `**kwargs`).
fn uncounted_parameters(input: &FileInput, line: u32) -> u32 {
    let Some(row) = (line as usize).checked_sub(1) else { return 0 };
    let text = super::LineIndex::new(input.src).line_text(input.src, line).to_owned();
    let column = text.len() - text.trim_start().len();
    let point = tree_sitter::Point { row, column };
    let leaf = input.tree.root_node().descendant_for_point_range(point, point);
    let function = std::iter::successors(leaf, |n| n.parent())
        .find(|n| n.start_position().row == row && n.child_by_field_name("parameters").is_some());
    let Some(params) = function.and_then(|f| f.child_by_field_name("parameters")) else { return 0 };
    match input.lang {
        crate::lang::Lang::Python => crate::lang::python::uncounted_parameters(params, input.src),
        _ => {
            let mut cursor = params.walk();
            params.named_children(&mut cursor).filter(|p| p.kind() == "self_parameter").count() as u32
        }
    }
}

/// The rules about the whole file: its length and its syntax errors.
fn check_file_rules(policy: &Policy, input: &FileInput, out: &mut Vec<Raw>) {
    let (t, m) = (&policy.thresholds, input.metrics);
    if policy.enabled(r::LONG_FILE) && m.lines.code > t.file_length {
        out.push(Raw {
            code: r::LONG_FILE,
            message: format!("the file has {} lines of code (threshold {})", m.lines.code, t.file_length),
            suggestion: "Split it into modules by responsibility.".to_string(),
            at: At::Line(1),
            function: None,
            identity: Identity::Name("file".into()),
        });
    }
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
            identity: Identity::Name("syntax".into()),
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
