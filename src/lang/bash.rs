//! Bash (feature `lang-bash`): node kinds of tree-sitter-bash.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &["function_definition"],
    closures: &[],
    classes: &[],
    scopes: &[],
    branches: &[
        "if_statement",
        "elif_clause",
        "for_statement",
        "c_style_for_statement",
        "while_statement",
        "ternary_expression",
    ],
    cases: &["case_item"],
    branch_tokens: &[
        ("&&", "list"),
        ("||", "list"),
        ("&&", "binary_expression"),
        ("||", "binary_expression"),
    ],
    logical_operators: &["&&", "||"],
    logical_expressions: &["list", "binary_expression"],
    parens: &[],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &["elif_clause"],
    cognitive: &[
        "for_statement",
        "c_style_for_statement",
        "while_statement",
        "case_statement",
        "ternary_expression",
    ],
    nesting: &[],
    jumps: &[],
    labels: &[],
    gotos: &[],
    calls: &["command"],
    comments: &["comment"],
    strings: &["string", "raw_string", "ansi_c_string", "heredoc_body"],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["command"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Bash,
    name: "bash",
    scope_separator: ".",
    extensions: &["sh", "bash"],
    interpreters: &["bash", "sh", "dash", "zsh", "ksh"],
    grammar: || tree_sitter_bash::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, |_, _| true, is_documented),
};

/// `source file.sh` and `. file.sh`.
fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    let Some(name) = node.child_by_field_name("name") else { return };
    let command = &src[name.byte_range()];
    if command != b"source" && command != b"." {
        return;
    }
    if let Some(arg) = node.child_by_field_name("argument") {
        out.push(common::unquote(&text(arg, src)));
    }
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["comment"])
}
