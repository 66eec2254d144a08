//! Go: node kinds of tree-sitter-go.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_declaration", "method_declaration", "func_literal"],
    closures: &[],
    classes: &["type_spec"],
    scopes: &[],
    branches: &["if_statement", "for_statement"],
    cases: &["expression_case", "type_case", "communication_case"],
    branch_tokens: &[("&&", "binary_expression"), ("||", "binary_expression")],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &[],
    elifs: &[],
    cognitive: &["for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"],
    nesting: &[],
    jumps: &["break_statement", "continue_statement"],
    labels: &["label_name"],
    gotos: &["goto_statement"],
    calls: &["call_expression"],
    comments: &["comment"],
    strings: &["interpreted_string_literal", "raw_string_literal", "rune_literal"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["import_spec"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Go,
    name: "go",
    scope_separator: ".",
    extensions: &["go"],
    interpreters: &[],
    grammar: || tree_sitter_go::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks { function_name, ..Hooks::new(imports, is_public, is_documented) },
};

fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    if let Some(path) = node.child_by_field_name("path") {
        out.push(common::unquote(&text(path, src)));
    }
}

/// Exported: the name starts with an upper-case letter.
fn is_public(node: Node, src: &[u8]) -> bool {
    node.child_by_field_name("name")
        .is_some_and(|n| text(n, src).chars().next().is_some_and(char::is_uppercase))
}

/// Methods are named `Type.Method` after their receiver's type.
fn function_name(node: Node, src: &[u8]) -> Option<String> {
    let name = common::name_field(node, src)?;
    let receiver = node
        .child_by_field_name("receiver")
        .and_then(|r| r.named_child(0))
        .and_then(|p| p.child_by_field_name("type"));
    match receiver {
        Some(ty) => {
            let ty = text(ty, src);
            let ty = ty.trim_start_matches('*');
            let ty = ty.split('[').next().unwrap_or(ty);
            Some(format!("{ty}.{name}"))
        }
        None => Some(name),
    }
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    let target = match node.kind() {
        // a doc comment stands above `type X struct`, outside the spec
        "type_spec" => node.parent().unwrap_or(node),
        _ => node,
    };
    common::preceded_by_comment(target, src, &["comment"])
}
