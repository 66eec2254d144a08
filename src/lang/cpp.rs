//! C++: node kinds of tree-sitter-cpp, on top of C's.

use super::{CaseCount, Kinds, Lang, LangSpec, c};

pub static KINDS: Kinds = Kinds {
    functions: &["function_definition"],
    closures: &["lambda_expression"],
    classes: &["class_specifier", "struct_specifier", "union_specifier", "enum_specifier"],
    scopes: &["namespace_definition"],
    branches: &[
        "if_statement",
        "for_statement",
        "for_range_loop",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
    ],
    cases: &["case_statement"],
    branch_tokens: &[
        ("&&", "binary_expression"),
        ("||", "binary_expression"),
        ("and", "binary_expression"),
        ("or", "binary_expression"),
    ],
    logical_operators: &["&&", "||", "and", "or"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &[],
    cognitive: &[
        "for_statement",
        "for_range_loop",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
        "switch_statement",
    ],
    nesting: &["try_statement"],
    jumps: &[],
    labels: &[],
    gotos: &["goto_statement"],
    calls: &["call_expression"],
    comments: &["comment"],
    strings: &[
        "string_literal",
        "char_literal",
        "raw_string_literal",
        "concatenated_string",
        "system_lib_string",
    ],
    interpolations: &[],
    docstring_statements: &[],
    imports: &["preproc_include"],
    case_count: CaseCount::NonDefault,
    class_needs_body: true,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::Cpp,
    name: "cpp",
    extensions: &["cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tpp"],
    interpreters: &[],
    grammar: || tree_sitter_cpp::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: c::HOOKS,
};
