//! TypeScript and TSX: node kinds of tree-sitter-typescript, on top of JavaScript's.

use super::{CaseCount, Kinds, Lang, LangSpec, javascript};

pub static KINDS: Kinds = Kinds {
    functions: &[
        "function_declaration",
        "function_expression",
        "generator_function_declaration",
        "generator_function",
        "method_definition",
        "arrow_function",
    ],
    closures: &[],
    classes: &[
        "class_declaration",
        "abstract_class_declaration",
        "class",
        "interface_declaration",
        "enum_declaration",
    ],
    scopes: &["internal_module", "module"],
    branches: javascript::BRANCHES,
    cases: &["switch_case"],
    branch_tokens: javascript::TS_BRANCH_TOKENS,
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &[],
    cognitive: javascript::COGNITIVE,
    nesting: &["try_statement"],
    jumps: &["break_statement", "continue_statement"],
    labels: &["statement_identifier"],
    gotos: &[],
    calls: &["call_expression"],
    comments: &["comment", "html_comment"],
    strings: &["string", "template_string", "regex"],
    interpolations: &["template_substitution"],
    docstring_statements: &[],
    imports: &["import_statement", "export_statement", "call_expression"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const TYPESCRIPT: LangSpec = LangSpec {
    lang: Lang::TypeScript,
    name: "typescript",
    scope_separator: ".",
    extensions: &["ts", "mts", "cts"],
    interpreters: &["ts-node", "tsx"],
    grammar: || tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
    kinds: &KINDS,
    hooks: javascript::HOOKS,
};

pub const TSX: LangSpec = LangSpec {
    lang: Lang::Tsx,
    name: "tsx",
    scope_separator: ".",
    extensions: &["tsx"],
    interpreters: &[],
    grammar: || tree_sitter_typescript::LANGUAGE_TSX.into(),
    kinds: &KINDS,
    hooks: javascript::HOOKS,
};
