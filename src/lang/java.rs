//! Java: node kinds of tree-sitter-java.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["method_declaration", "constructor_declaration", "compact_constructor_declaration"],
    closures: &["lambda_expression"],
    classes: &[
        "class_declaration",
        "interface_declaration",
        "enum_declaration",
        "record_declaration",
        "annotation_type_declaration",
    ],
    scopes: &[],
    branches: &[
        "if_statement",
        "for_statement",
        "enhanced_for_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "ternary_expression",
    ],
    cases: &["switch_label"],
    branch_tokens: &[("&&", "binary_expression"), ("||", "binary_expression")],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &[],
    elifs: &[],
    cognitive: &[
        "for_statement",
        "enhanced_for_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "ternary_expression",
        "switch_expression",
    ],
    nesting: &["try_statement", "try_with_resources_statement"],
    jumps: &["break_statement", "continue_statement"],
    labels: &["identifier"],
    gotos: &[],
    calls: &["method_invocation"],
    comments: &["line_comment", "block_comment"],
    strings: &["string_literal", "character_literal"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["import_declaration"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Java,
    name: "java",
    scope_separator: ".",
    extensions: &["java"],
    interpreters: &[],
    grammar: || tree_sitter_java::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, is_public, is_documented),
};

/// `import a.b.C;` → `a.b.C`; `import a.b.*;` → `a.b`.
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    out.extend(common::first_named_text(node, src, &["scoped_identifier", "identifier"]));
}

/// `public` members (interface members are public too).
fn is_public(node: Node, src: &[u8]) -> bool {
    let mut cursor = node.walk();
    let modifiers = node.children(&mut cursor).find(|c| c.kind() == "modifiers");
    let words = modifiers.map(|m| text(m, src).into_owned()).unwrap_or_default();
    let mut words = words.split_whitespace();
    // interface members are public unless declared `private`
    let in_interface =
        node.parent().and_then(|b| b.parent()).is_some_and(|p| p.kind() == "interface_declaration");
    if in_interface {
        return !words.any(|w| w == "private");
    }
    words.any(|w| w == "public")
}

/// A `/** ... */` Javadoc block right above the declaration.
fn is_documented(node: Node, src: &[u8]) -> bool {
    match node.prev_sibling() {
        Some(p) if p.kind() == "block_comment" => {
            text(p, src).starts_with("/**") && p.end_position().row + 1 >= node.start_position().row
        }
        _ => false,
    }
}
