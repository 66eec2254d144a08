//! Ruby (feature `lang-ruby`): node kinds of tree-sitter-ruby.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["method", "singleton_method"],
    closures: &["block", "do_block", "lambda"],
    classes: &["class", "module", "singleton_class"],
    scopes: &[],
    branches: &[
        "if",
        "elsif",
        "unless",
        "while",
        "until",
        "for",
        "rescue",
        "conditional",
        "if_modifier",
        "unless_modifier",
        "while_modifier",
        "until_modifier",
        "rescue_modifier",
    ],
    cases: &["when", "in_clause"],
    branch_tokens: &[("&&", "binary"), ("||", "binary"), ("and", "binary"), ("or", "binary")],
    logical_operators: &["&&", "||", "and", "or"],
    logical_expressions: &["binary"],
    parens: &["parenthesized_statements"],
    ifs: &["if", "unless"],
    elses: &["else"],
    elifs: &["elsif"],
    cognitive: &[
        "while",
        "until",
        "for",
        "rescue",
        "conditional",
        "case",
        "case_match",
        "if_modifier",
        "unless_modifier",
        "while_modifier",
        "until_modifier",
        "rescue_modifier",
    ],
    nesting: &["begin"],
    jumps: &[],
    labels: &[],
    gotos: &[],
    calls: &["call"],
    comments: &["comment"],
    strings: &["string", "heredoc_body", "string_array", "symbol_array", "regex"],
    interpolations: &["interpolation"],
    docstring_statements: &[],
    imports: &["call"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Ruby,
    name: "ruby",
    scope_separator: ".",
    extensions: &["rb", "rake", "gemspec"],
    interpreters: &["ruby"],
    grammar: || tree_sitter_ruby::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, |_, _| true, is_documented),
};

/// `require "x"`, `require_relative "x"`.
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    let Some(method) = node.child_by_field_name("method") else { return };
    let name = &src[method.byte_range()];
    if name != b"require" && name != b"require_relative" {
        return;
    }
    let arg = node.child_by_field_name("arguments").and_then(|a| a.named_child(0));
    if let Some(arg) = arg.filter(|a| a.kind() == "string") {
        out.push(common::unquote(&text(arg, src)));
    }
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["comment"])
}
