//! Rust: node kinds of tree-sitter-rust.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_item"],
    closures: &["closure_expression"],
    classes: &["struct_item", "enum_item", "union_item", "trait_item"],
    scopes: &["impl_item", "mod_item"],
    branches: &["if_expression", "while_expression", "for_expression", "try_expression"],
    cases: &["match_arm"],
    branch_tokens: &[
        ("&&", "binary_expression"),
        ("||", "binary_expression"),
        ("else", "let_declaration"),
        ("if", "match_pattern"),
        ("&&", "let_chain"),
        ("||", "let_chain"),
        // macro arguments are code: `vec![x?]`, `assert!(a && b)`, `matches!(v, A if c)`
        ("?", "token_tree"),
        ("&&", "token_tree"),
        ("||", "token_tree"),
        ("if", "token_tree"),
    ],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression", "let_chain"],
    parens: &["parenthesized_expression"],
    ifs: &["if_expression"],
    elses: &["else_clause"],
    elifs: &[],
    cognitive: &["while_expression", "for_expression", "loop_expression", "match_expression"],
    nesting: &[],
    jumps: &["break_expression", "continue_expression"],
    labels: &["label"],
    gotos: &[],
    calls: &["call_expression"],
    comments: &["line_comment", "block_comment"],
    strings: &["string_literal", "raw_string_literal", "char_literal"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["use_declaration", "mod_item", "extern_crate_declaration"],
    case_count: CaseCount::AllButFirst,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Rust,
    name: "rust",
    scope_separator: "::",
    extensions: &["rs"],
    interpreters: &[],
    grammar: || tree_sitter_rust::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks { uncounted_parameters, ..Hooks::new(imports, is_public, is_documented) },
};

/// `use a::b::{c, d}` → `a::b::c`, `a::b::d`; `mod x;` → `mod x`; `extern crate y` → `y`.
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    match node.kind() {
        "mod_item" => {
            if node.child_by_field_name("body").is_none()
                && let Some(name) = node.child_by_field_name("name")
            {
                out.push(format!("mod {}", text(name, src)));
            }
        }
        "extern_crate_declaration" => {
            if let Some(name) = node.child_by_field_name("name") {
                out.push(text(name, src).into_owned());
            }
        }
        _ => {
            if let Some(arg) = node.child_by_field_name("argument") {
                expand_use(arg, src, "", out);
            }
        }
    }
}

/// Expand a use tree into its full paths (iteratively: use lists can nest).
fn expand_use(root: Node, src: &[u8], prefix: &str, out: &mut Vec<String>) {
    let mut work = vec![(root, prefix.to_string())];
    while let Some((node, prefix)) = work.pop() {
        let join = |p: &str, s: &str| if p.is_empty() { s.to_string() } else { format!("{p}::{s}") };
        match node.kind() {
            "scoped_use_list" => {
                let base = node.child_by_field_name("path").map(|p| text(p, src).into_owned());
                let prefix = match base {
                    Some(b) => join(&prefix, &b),
                    None => prefix,
                };
                if let Some(list) = node.child_by_field_name("list") {
                    let mut cursor = list.walk();
                    for child in list.named_children(&mut cursor) {
                        work.push((child, prefix.clone()));
                    }
                }
            }
            "use_list" => {
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    work.push((child, prefix.clone()));
                }
            }
            "use_as_clause" => {
                if let Some(path) = node.child_by_field_name("path") {
                    out.push(join(&prefix, &text(path, src)));
                }
            }
            "use_wildcard" => {
                let t = text(node, src);
                out.push(join(&prefix, t.trim_end_matches("::*")));
            }
            _ => out.push(join(&prefix, &text(node, src))),
        }
    }
}

/// `pub` items (any `pub(...)` visibility counts).
fn is_public(node: Node, _src: &[u8]) -> bool {
    let mut cursor = node.walk();
    node.children(&mut cursor).any(|c| c.kind() == "visibility_modifier")
}

/// A `///` or `/** */` doc comment above the item (attributes may sit in between).
/// Of a Rust function's parameters, the receiver (`self`, `&mut self`) the parameter rule
/// leaves out.
fn uncounted_parameters(params: Node, _src: &[u8]) -> u32 {
    let mut cursor = params.walk();
    params.named_children(&mut cursor).filter(|p| p.kind() == "self_parameter").count() as u32
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    let mut prev = node.prev_sibling();
    while let Some(p) = prev {
        match p.kind() {
            "attribute_item" => prev = p.prev_sibling(),
            "line_comment" | "block_comment" => {
                let t = text(p, src);
                return t.starts_with("///") || t.starts_with("/**");
            }
            _ => return false,
        }
    }
    false
}
