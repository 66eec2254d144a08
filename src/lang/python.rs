//! Python: node kinds of tree-sitter-python.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_definition"],
    closures: &["lambda"],
    classes: &["class_definition"],
    scopes: &[],
    branches: &[
        "if_statement",
        "elif_clause",
        "for_statement",
        "while_statement",
        "except_clause",
        "conditional_expression",
        "for_in_clause",
        "if_clause",
    ],
    cases: &["case_clause"],
    branch_tokens: &[("and", "boolean_operator"), ("or", "boolean_operator")],
    logical_operators: &["and", "or"],
    logical_expressions: &["boolean_operator"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &["elif_clause"],
    cognitive: &[
        "for_statement",
        "while_statement",
        "except_clause",
        "conditional_expression",
        "match_statement",
    ],
    nesting: &["try_statement", "with_statement"],
    jumps: &[],
    labels: &[],
    gotos: &[],
    calls: &["call"],
    comments: &["comment"],
    strings: &["string", "concatenated_string"],
    interpolations: &["interpolation"],
    docstring_statements: &["expression_statement"],
    imports: &["import_statement", "import_from_statement", "future_import_statement"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Python,
    name: "python",
    scope_separator: ".",
    extensions: &["py", "pyi", "pyw"],
    interpreters: &["python", "pypy"],
    grammar: || tree_sitter_python::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks { uncounted_parameters, ..Hooks::new(imports, is_public, is_documented) },
};

/// `import a.b as c, d` → `a.b`, `d`; `from .x import y` → `.x`, `.x.y`.
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    match node.kind() {
        "import_from_statement" => {
            let Some(module) = node.child_by_field_name("module_name") else { return };
            let module = text(module, src).into_owned();
            let mut cursor = node.walk();
            let mut named = false;
            for name in node.children_by_field_name("name", &mut cursor) {
                let name = match name.kind() {
                    "aliased_import" => name.child_by_field_name("name"),
                    _ => Some(name),
                };
                if let Some(name) = name {
                    let sep = if module.ends_with('.') { "" } else { "." };
                    out.push(format!("{module}{sep}{}", text(name, src)));
                    named = true;
                }
            }
            if !named || !module.chars().all(|c| c == '.') {
                out.push(module);
            }
        }
        "future_import_statement" => out.push("__future__".into()),
        _ => {
            let mut cursor = node.walk();
            for name in node.children_by_field_name("name", &mut cursor) {
                let name = match name.kind() {
                    "aliased_import" => name.child_by_field_name("name"),
                    _ => Some(name),
                };
                if let Some(name) = name {
                    out.push(text(name, src).into_owned());
                }
            }
        }
    }
}

/// Public: not `_private` (dunder names are public). The engine already excludes
/// definitions nested in functions.
fn is_public(node: Node, src: &[u8]) -> bool {
    let Some(name) = node.child_by_field_name("name") else { return false };
    let name = text(name, src);
    !name.starts_with('_') || (name.starts_with("__") && name.ends_with("__"))
}

/// A docstring: the body's first statement is a string.
fn is_documented(node: Node, _src: &[u8]) -> bool {
    let Some(body) = node.child_by_field_name("body") else { return false };
    let Some(first) = body.named_child(0) else { return false };
    first.kind() == "expression_statement"
        && first.named_child(0).is_some_and(|s| s.kind() == "string" || s.kind() == "concatenated_string")
}

/// Of a Python function's `parameters`, those SIZ003 does not count: `*args` and
/// `**kwargs`, and the first parameter of a method (its `self` or `cls`) unless the method
/// is a `@staticmethod`.
fn uncounted_parameters(params: Node, src: &[u8]) -> u32 {
    let mut cursor = params.walk();
    let list: Vec<Node> = params.named_children(&mut cursor).filter(|p| p.kind() != "comment").collect();
    let variadic = |p: &Node| {
        let inner = if p.kind() == "typed_parameter" { p.named_child(0) } else { Some(*p) };
        inner.is_some_and(|n| matches!(n.kind(), "list_splat_pattern" | "dictionary_splat_pattern"))
    };
    let mut uncounted = list.iter().filter(|p| variadic(p)).count() as u32;
    let receiver =
        list.first().is_some_and(|p| matches!(p.kind(), "identifier" | "typed_parameter") && !variadic(p));
    if receiver && params.parent().is_some_and(|f| is_method(f, src)) {
        uncounted += 1;
    }
    uncounted
}

/// A function defined in a class body, not decorated `@staticmethod`.
fn is_method(function: Node, src: &[u8]) -> bool {
    let outer = match function.parent() {
        Some(p) if p.kind() == "decorated_definition" => p,
        _ => function,
    };
    if outer.kind() == "decorated_definition" {
        let mut cursor = outer.walk();
        let is_static = outer
            .named_children(&mut cursor)
            .filter(|c| c.kind() == "decorator")
            .any(|d| text(d, src).trim_start_matches('@').trim() == "staticmethod");
        if is_static {
            return false;
        }
    }
    outer
        .parent()
        .filter(|b| b.kind() == "block")
        .and_then(|b| b.parent())
        .is_some_and(|c| c.kind() == "class_definition")
}

/// The import sits in the body of an `if TYPE_CHECKING:` (or `if typing.TYPE_CHECKING:`,
/// `if t.TYPE_CHECKING:` with `typing` imported as `t`), which only type checkers run; its
/// `else` branch does run.
pub fn under_type_checking(node: Node, src: &[u8]) -> bool {
    let mut child = node;
    while let Some(parent) = child.parent() {
        if parent.kind() == "if_statement"
            && parent.child_by_field_name("consequence").is_some_and(|c| c.id() == child.id())
            && parent.child_by_field_name("condition").is_some_and(|c| is_type_checking(c, src))
        {
            return true;
        }
        child = parent;
    }
    false
}

/// `TYPE_CHECKING`, or an attribute of that name (`typing.TYPE_CHECKING`, `t.TYPE_CHECKING`).
fn is_type_checking(condition: Node, src: &[u8]) -> bool {
    match condition.kind() {
        "identifier" => text(condition, src) == "TYPE_CHECKING",
        "attribute" => {
            condition.child_by_field_name("attribute").is_some_and(|a| text(a, src) == "TYPE_CHECKING")
        }
        _ => false,
    }
}
