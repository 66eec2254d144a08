//! JavaScript and JSX: node kinds of tree-sitter-javascript (TypeScript reuses most of them).

use tree_sitter::Node;

use super::{CaseCount, Hooks, Kinds, Lang, LangSpec, common, text};

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
    classes: &["class_declaration", "class"],
    scopes: &[],
    branches: BRANCHES,
    cases: &["switch_case"],
    branch_tokens: BRANCH_TOKENS,
    logical_operators: &["&&", "||"],
    logical_expressions: &["binary_expression"],
    parens: &["parenthesized_expression"],
    ifs: &["if_statement"],
    elses: &["else_clause"],
    elifs: &[],
    cognitive: COGNITIVE,
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

pub(super) const BRANCHES: &[&str] = &[
    "if_statement",
    "for_statement",
    "for_in_statement",
    "while_statement",
    "do_statement",
    "catch_clause",
    "ternary_expression",
];

/// The decision tokens of JavaScript, plus those of `$extra` (TypeScript's typed parameters).
macro_rules! branch_tokens {
    ($($extra:expr),*) => {
        &[
            ("&&", "binary_expression"),
            ("||", "binary_expression"),
            ("??", "binary_expression"),
            ("&&=", "augmented_assignment_expression"),
            ("||=", "augmented_assignment_expression"),
            ("??=", "augmented_assignment_expression"),
            ("=", "assignment_pattern"),
            ("=", "object_assignment_pattern"),
            $($extra),*
        ]
    };
}

/// `&&`, `||`, `??` between operands; the logical assignments `&&=`, `||=`, `??=` (each is
/// `if (!x) x = y`); a default value in parameters and destructuring (`f(a = 1)`,
/// `{ tag = 'li' } = props`: an `if (a === undefined)`). lizard and ESLint's `complexity`
/// count all of them.
pub(super) const BRANCH_TOKENS: &[(&str, &str)] = branch_tokens!();

/// TypeScript's parameters carry their default value themselves (`x: T = 1`).
pub(super) const TS_BRANCH_TOKENS: &[(&str, &str)] =
    branch_tokens!(("=", "required_parameter"), ("=", "optional_parameter"));

pub(super) const COGNITIVE: &[&str] = &[
    "for_statement",
    "for_in_statement",
    "while_statement",
    "do_statement",
    "catch_clause",
    "ternary_expression",
    "switch_statement",
];

pub const SPEC: LangSpec = LangSpec {
    lang: Lang::JavaScript,
    name: "javascript",
    scope_separator: ".",
    extensions: &["js", "jsx", "mjs", "cjs"],
    interpreters: &["node", "nodejs", "deno", "bun"],
    grammar: || tree_sitter_javascript::LANGUAGE.into(),
    kinds: &KINDS,
    hooks: HOOKS,
};

pub(super) const HOOKS: Hooks = Hooks { function_name, ..Hooks::new(imports, is_public, is_documented) };

/// `import x from "m"`, `export * from "m"`, `require("m")`, `import("m")`.
pub(super) fn imports(node: Node, src: &[u8], out: &mut Vec<String>) {
    match node.kind() {
        "call_expression" => {
            let Some(function) = node.child_by_field_name("function") else { return };
            let callee = src.get(function.byte_range()).unwrap_or_default();
            if callee != b"require" && function.kind() != "import" {
                return;
            }
            let arg = node.child_by_field_name("arguments").and_then(|a| a.named_child(0));
            if let Some(arg) = arg.filter(|a| a.kind() == "string") {
                out.push(common::unquote(&text(arg, src)));
            }
        }
        _ => {
            if let Some(source) = node.child_by_field_name("source") {
                out.push(common::unquote(&text(source, src)));
            }
        }
    }
}

/// Public: exported, or a method of a class (not `#private`).
pub(super) fn is_public(node: Node, src: &[u8]) -> bool {
    if node.kind() == "method_definition" {
        // `#private` names, and TypeScript's `private`/`protected` modifiers
        let mut cursor = node.walk();
        let hidden = node.children(&mut cursor).any(|c| {
            c.kind() == "accessibility_modifier" && matches!(&src[c.byte_range()], b"private" | b"protected")
        });
        return !hidden && node.child_by_field_name("name").is_some_and(|n| !text(n, src).starts_with('#'));
    }
    let mut current = node;
    for _ in 0..3 {
        match current.parent() {
            Some(p) if p.kind() == "export_statement" => return true,
            Some(p)
                if matches!(
                    p.kind(),
                    "variable_declarator" | "lexical_declaration" | "variable_declaration"
                ) =>
            {
                current = p
            }
            _ => return false,
        }
    }
    false
}

/// The `name` field, or the variable, property or field an anonymous function is bound to.
pub(super) fn function_name(node: Node, src: &[u8]) -> Option<String> {
    if let Some(name) = common::name_field(node, src) {
        return Some(name);
    }
    let parent = node.parent()?;
    let bound = match parent.kind() {
        "variable_declarator" => parent.child_by_field_name("name"),
        "pair" => parent.child_by_field_name("key"),
        "assignment_expression" => parent.child_by_field_name("left"),
        "public_field_definition" | "field_definition" => {
            parent.child_by_field_name("name").or_else(|| parent.child_by_field_name("property"))
        }
        _ => None,
    }?;
    Some(text(bound, src).into_owned())
}

/// A JSDoc or other comment right above the definition (or above its `export`).
pub(super) fn is_documented(node: Node, src: &[u8]) -> bool {
    let mut target = node;
    for _ in 0..3 {
        match target.parent() {
            Some(p)
                if matches!(
                    p.kind(),
                    "export_statement"
                        | "variable_declarator"
                        | "lexical_declaration"
                        | "variable_declaration"
                ) =>
            {
                target = p
            }
            _ => break,
        }
    }
    common::preceded_by_comment(target, src, &["comment"])
}
