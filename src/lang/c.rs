//! C: node kinds of tree-sitter-c (C++ reuses the hooks).

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_definition"],
    closures: &[],
    classes: &["struct_specifier", "union_specifier", "enum_specifier"],
    scopes: &[],
    branches: &["if_statement", "for_statement", "while_statement", "do_statement", "conditional_expression"],
    cases: &["case_statement"],
    branch_tokens: &[("&&", "binary_expression"), ("||", "binary_expression")],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &[],
    cognitive: &[
        "for_statement",
        "while_statement",
        "do_statement",
        "conditional_expression",
        "switch_statement",
    ],
    nesting: &[],
    jumps: &[],
    labels: &[],
    gotos: &["goto_statement"],
    calls: &["call_expression"],
    comments: &["comment"],
    strings: &["string_literal", "char_literal", "concatenated_string", "system_lib_string"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["preproc_include"],
    case_count: CaseCount::NonDefault,
    class_needs_body: true,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::C,
    name: "c",
    scope_separator: ".",
    extensions: &["c", "h"],
    interpreters: &["tcc"],
    grammar: || tree_sitter_c::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: HOOKS,
};

pub(super) const HOOKS: Hooks = Hooks { function_name, ..Hooks::new(imports, is_public, is_documented) };

/// `#include "x.h"` → `"x.h"` (quoted: resolved against the repository);
/// `#include <stdio.h>` → `<stdio.h>` (a system header).
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    if let Some(path) = node.child_by_field_name("path") {
        out.push(text(path, src).into_owned());
    }
}

/// C and free C++ functions: not `static` (file-local functions are not part of an
/// interface). C++ class members: under `public:`, or a `struct`'s/`union`'s default.
fn is_public(node: Node, src: &[u8]) -> bool {
    if let Some(body) = node.parent().filter(|p| p.kind() == "field_declaration_list") {
        let mut prev = node.prev_sibling();
        while let Some(p) = prev {
            if p.kind() == "access_specifier" {
                return text(p, src).trim_start().starts_with("public");
            }
            prev = p.prev_sibling();
        }
        return body.parent().is_some_and(|class| class.kind() != "class_specifier");
    }
    let mut cursor = node.walk();
    let is_static =
        node.children(&mut cursor).any(|c| c.kind() == "storage_class_specifier" && text(c, src) == "static");
    !is_static
}

/// The declarator's name: through pointers, references and qualified names.
pub(super) fn function_name(node: Node, src: &[u8]) -> Option<String> {
    let mut declarator = node.child_by_field_name("declarator")?;
    for _ in 0..16 {
        match declarator.kind() {
            "function_declarator"
            | "pointer_declarator"
            | "reference_declarator"
            | "parenthesized_declarator"
            | "attributed_declarator" => {
                declarator =
                    declarator.child_by_field_name("declarator").or_else(|| declarator.named_child(0))?;
            }
            _ => return Some(text(declarator, src).into_owned()),
        }
    }
    None
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["comment"])
}
