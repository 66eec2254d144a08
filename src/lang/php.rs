//! PHP (feature `lang-php`): node kinds of tree-sitter-php (PHP with HTML).

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_definition", "method_declaration", "anonymous_function", "arrow_function"],
    closures: &[],
    classes: &["class_declaration", "interface_declaration", "trait_declaration", "enum_declaration"],
    scopes: &["namespace_definition"],
    branches: &[
        "if_statement",
        "else_if_clause",
        "for_statement",
        "foreach_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
        "match_conditional_expression",
    ],
    cases: &["case_statement"],
    branch_tokens: &[
        ("&&", "binary_expression"),
        ("||", "binary_expression"),
        ("and", "binary_expression"),
        ("or", "binary_expression"),
        ("??", "binary_expression"),
    ],
    logical_operators: &["&&", "||", "and", "or"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &["else_if_clause"],
    cognitive: &[
        "for_statement",
        "foreach_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
        "switch_statement",
        "match_expression",
    ],
    nesting: &["try_statement"],
    jumps: &[],
    labels: &[],
    gotos: &["goto_statement"],
    calls: &["function_call_expression"],
    comments: &["comment"],
    strings: &["string", "encapsed_string", "heredoc", "nowdoc"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &[
        "namespace_use_declaration",
        "include_expression",
        "include_once_expression",
        "require_expression",
        "require_once_expression",
    ],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Php,
    name: "php",
    scope_separator: ".",
    extensions: &["php", "phtml"],
    interpreters: &["php"],
    grammar: || tree_sitter_php::LANGUAGE_PHP.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, is_public, is_documented),
};

fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        match child.kind() {
            "namespace_use_clause" => out.push(text(child, src).into_owned()),
            "string" | "encapsed_string" => out.push(common::unquote(&text(child, src))),
            _ => {}
        }
    }
}

fn is_public(node: Node, src: &[u8]) -> bool {
    let mut cursor = node.walk();
    let hidden =
        node.children(&mut cursor).any(|c| c.kind() == "visibility_modifier" && text(c, src) != "public");
    !hidden
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["comment"])
}
