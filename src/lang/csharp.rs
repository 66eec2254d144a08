//! C# (feature `lang-csharp`): node kinds of tree-sitter-c-sharp.

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

pub static KINDS: Kinds = Kinds {
    functions: &[
        "method_declaration",
        "constructor_declaration",
        "destructor_declaration",
        "operator_declaration",
        "conversion_operator_declaration",
        "local_function_statement",
    ],
    closures: &["lambda_expression", "anonymous_method_expression"],
    classes: &[
        "class_declaration",
        "struct_declaration",
        "interface_declaration",
        "enum_declaration",
        "record_declaration",
    ],
    scopes: &["namespace_declaration", "file_scoped_namespace_declaration"],
    branches: &[
        "if_statement",
        "for_statement",
        "foreach_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
    ],
    cases: &["switch_section", "switch_expression_arm"],
    branch_tokens: &[("&&", "binary_expression"), ("||", "binary_expression"), ("??", "binary_expression")],
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &[],
    elifs: &[],
    cognitive: &[
        "for_statement",
        "foreach_statement",
        "while_statement",
        "do_statement",
        "catch_clause",
        "conditional_expression",
        "switch_statement",
        "switch_expression",
    ],
    nesting: &["try_statement", "using_statement"],
    jumps: &[],
    labels: &[],
    gotos: &["goto_statement"],
    calls: &["invocation_expression"],
    comments: &["comment"],
    strings: &[
        "string_literal",
        "verbatim_string_literal",
        "raw_string_literal",
        "interpolated_string_expression",
        "character_literal",
    ],
    interpolations: &["interpolation"],
    docstring_statements: &[],
    imports: &["using_directive"],
    case_count: CaseCount::NonDefault,
    class_needs_body: false,
};

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::CSharp,
    name: "csharp",
    scope_separator: ".",
    extensions: &["cs"],
    interpreters: &[],
    grammar: || tree_sitter_c_sharp::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: Hooks::new(imports, is_public, is_documented),
};

fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    out.extend(common::first_named_text(node, src, &["qualified_name", "identifier"]));
}

fn is_public(node: Node, src: &[u8]) -> bool {
    let mut cursor = node.walk();
    node.children(&mut cursor).any(|c| c.kind() == "modifier" && text(c, src) == "public")
}

fn is_documented(node: Node, src: &[u8]) -> bool {
    common::preceded_by_comment(node, src, &["comment"])
}
