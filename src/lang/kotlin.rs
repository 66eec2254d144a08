//! Kotlin (feature `lang-kotlin`): node kinds of tree-sitter-kotlin-ng.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_declaration", "secondary_constructor", "anonymous_function"],
    closures: &["lambda_literal"],
    classes: &["class_declaration", "object_declaration"],
    scopes: &["companion_object"],
    branches: &["if_expression", "for_statement", "while_statement", "do_while_statement", "catch_block"],
    cases: &["when_entry"],
    branch_tokens: &[("&&", "binary_expression"), ("||", "binary_expression"), ("?:", "binary_expression")],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_expression"],
    elses: &[],
    elifs: &[],
    cognitive: &["for_statement", "while_statement", "do_while_statement", "catch_block", "when_expression"],
    nesting: &["try_expression"],
    jumps: &[],
    labels: &[],
    gotos: &[],
    calls: &["call_expression"],
    comments: &["line_comment", "block_comment"],
    strings: &["string_literal", "multiline_string_literal", "character_literal"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["import"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Kotlin,
    name: "kotlin",
    scope_separator: ".",
    extensions: &["kt", "kts"],
    interpreters: &["kotlin"],
    grammar: || tree_sitter_kotlin_ng::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, is_public, is_documented),
};

fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    match common::first_named_text(node, src, &["qualified_identifier"]) {
        Some(name) => out.push(name),
        None => {
            let t = text(node, src);
            if let Some(rest) = t.trim().strip_prefix("import") {
                out.push(rest.trim().trim_end_matches(".*").to_string());
            }
        }
    }
}

/// Kotlin is public unless marked otherwise.
fn is_public(node: Node, src: &[u8]) -> bool {
    let mut cursor = node.walk();
    let hidden = node.children(&mut cursor).any(|c| {
        c.kind() == "modifiers"
            && text(c, src).split_whitespace().any(|w| matches!(w, "private" | "internal" | "protected"))
    });
    !hidden
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["block_comment", "line_comment"])
}
