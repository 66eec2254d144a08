//! The language registry: one row per language, and one small file of node-kind sets each.
//!
//! Metrics are written once over [`Kinds`]; a language only says which of its grammar's
//! node kinds play which role. Names are resolved to kind ids once per language
//! ([`LangTable`]), so the metrics pass does one array lookup per node.

use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

mod c;
mod cpp;
mod go;
mod java;
mod javascript;
pub(crate) mod python;
mod rust;
mod typescript;

#[cfg(feature = "lang-bash")]
mod bash;
#[cfg(feature = "lang-csharp")]
mod csharp;
#[cfg(feature = "lang-kotlin")]
mod kotlin;
#[cfg(feature = "lang-php")]
mod php;
#[cfg(feature = "lang-ruby")]
mod ruby;

/// A language aura can analyze.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Python,
    JavaScript,
    TypeScript,
    Tsx,
    Go,
    Rust,
    Java,
    C,
    Cpp,
    Ruby,
    CSharp,
    Kotlin,
    Php,
    Bash,
}

/// How `case`/`match` arms add to cyclomatic complexity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseCount {
    /// Every arm but the default one (`default:`, `case _:`) adds one.
    NonDefault,
    /// Every arm but the first adds one (a match of n arms has n − 1 extra paths).
    AllButFirst,
}

/// The roles node kinds play, by name, for one grammar. Every name must exist in the
/// grammar: a unit test resolves them all.
#[derive(Debug)]
pub struct Kinds {
    /// Definitions measured as functions of their own.
    pub functions: &'static [&'static str],
    /// Lambdas and closures: their decisions count in the enclosing function, and they
    /// raise cognitive nesting for their body.
    pub closures: &'static [&'static str],
    /// Type definitions counted as classes (and used as qualified-name scopes).
    pub classes: &'static [&'static str],
    /// Other naming scopes (Rust `impl`, namespaces, modules).
    pub scopes: &'static [&'static str],
    /// Each adds one to cyclomatic complexity.
    pub branches: &'static [&'static str],
    /// Arms of a switch/match; see [`CaseCount`].
    pub cases: &'static [&'static str],
    /// Tokens that add one to cyclomatic complexity when their parent is the given kind
    /// (`&&` in a `binary_expression`, `else` in a Rust `let ... else`).
    pub branch_tokens: &'static [(&'static str, &'static str)],
    /// Logical operator tokens that start a cognitive "sequence" (a subset of the above).
    pub logical_operators: &'static [&'static str],
    /// Binary expression kinds that hold logical operators.
    pub logical_expressions: &'static [&'static str],
    /// Parenthesized expressions, looked through when finding a logical parent.
    pub parens: &'static [&'static str],
    /// `if` kinds: `else if` chains are recognised through the `alternative` field.
    pub ifs: &'static [&'static str],
    /// Wrappers of an `else` branch (`else_clause`).
    pub elses: &'static [&'static str],
    /// Python's `elif`.
    pub elifs: &'static [&'static str],
    /// Structures that add 1 + nesting to cognitive complexity and nest their body
    /// (loops, switch/match, catch, ternary; `if` is implied).
    pub cognitive: &'static [&'static str],
    /// Other structures that nest (try, with) for the nesting-depth metric only.
    pub nesting: &'static [&'static str],
    /// `break`/`continue` (cognitive +1 when they carry a label).
    pub jumps: &'static [&'static str],
    /// Label nodes inside a `break`/`continue`.
    pub labels: &'static [&'static str],
    /// `goto` (cognitive +1 always).
    pub gotos: &'static [&'static str],
    /// Call expressions (direct recursion adds one to cognitive complexity).
    pub calls: &'static [&'static str],
    /// Comments.
    pub comments: &'static [&'static str],
    /// String and character literals: measured as one token, never entered.
    pub strings: &'static [&'static str],
    /// Interpolations inside strings (`{x}` in an f-string, `${x}` in a template): code
    /// measured like any other.
    pub interpolations: &'static [&'static str],
    /// Statements in which a lone string is a docstring, counted as comment lines when
    /// `analysis.docstrings_as_comments` is on (Python's `expression_statement`).
    pub docstring_statements: &'static [&'static str],
    /// Import statements, handed to [`Hooks::imports`].
    pub imports: &'static [&'static str],
    /// How switch/match arms count.
    pub case_count: CaseCount,
    /// Class kinds count only when they have a body (C `struct foo *p` is a use, not a definition).
    pub class_needs_body: bool,
}

/// Language-specific readings that kind sets cannot express: small functions over a node.
pub struct Hooks {
    /// The module names one import node brings in.
    pub imports: fn(node: tree_sitter::Node, src: &[u8], out: &mut Vec<String>),
    /// Whether a function or class definition is public API.
    pub is_public: fn(node: tree_sitter::Node, src: &[u8]) -> bool,
    /// The name of a function definition, where the `name` field does not hold it.
    pub function_name: fn(node: tree_sitter::Node, src: &[u8]) -> Option<String>,
    /// Whether the definition carries a doc comment or docstring.
    pub is_documented: fn(node: tree_sitter::Node, src: &[u8]) -> bool,
    /// Of a function's declared parameters (its `parameters` list), those the parameter
    /// rule leaves out: a method's receiver and variadics.
    pub uncounted_parameters: fn(params: tree_sitter::Node, src: &[u8]) -> u32,
}

impl Hooks {
    /// A language's own imports, public-API and documentation rules; the function's name
    /// from its `name` field, and every declared parameter counted.
    pub const fn new(
        imports: fn(node: tree_sitter::Node, src: &[u8], out: &mut Vec<String>),
        is_public: fn(node: tree_sitter::Node, src: &[u8]) -> bool,
        is_documented: fn(node: tree_sitter::Node, src: &[u8]) -> bool,
    ) -> Self {
        Hooks {
            imports,
            is_public,
            function_name: common::name_field,
            is_documented,
            uncounted_parameters: common::every_parameter_counts,
        }
    }
}

/// One row of the registry.
pub struct LangSpec {
    pub lang: Lang,
    /// Lower-case name used in configuration and reports.
    pub name: &'static str,
    /// Joins scopes in qualified names: `Outer.method`, `Type::method`.
    pub scope_separator: &'static str,
    /// File extensions, without the dot.
    pub extensions: &'static [&'static str],
    /// Interpreters named on a `#!` line.
    pub interpreters: &'static [&'static str],
    /// The tree-sitter grammar.
    pub grammar: fn() -> tree_sitter::Language,
    pub kinds: &'static Kinds,
    pub hooks: Hooks,
}

impl std::fmt::Debug for LangSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangSpec").field("name", &self.name).finish()
    }
}

/// Every language compiled into this binary.
pub static REGISTRY: &[LangSpec] = &[
    python::SPEC,
    javascript::SPEC,
    typescript::TYPESCRIPT,
    typescript::TSX,
    go::SPEC,
    rust::SPEC,
    java::SPEC,
    c::SPEC,
    cpp::SPEC,
    #[cfg(feature = "lang-ruby")]
    ruby::SPEC,
    #[cfg(feature = "lang-csharp")]
    csharp::SPEC,
    #[cfg(feature = "lang-kotlin")]
    kotlin::SPEC,
    #[cfg(feature = "lang-php")]
    php::SPEC,
    #[cfg(feature = "lang-bash")]
    bash::SPEC,
];

impl Lang {
    /// The registry row, if this language is compiled in.
    pub fn spec(self) -> Option<&'static LangSpec> {
        REGISTRY.iter().find(|s| s.lang == self)
    }

    /// The lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::JavaScript => "javascript",
            Lang::TypeScript => "typescript",
            Lang::Tsx => "tsx",
            Lang::Go => "go",
            Lang::Rust => "rust",
            Lang::Java => "java",
            Lang::C => "c",
            Lang::Cpp => "cpp",
            Lang::Ruby => "ruby",
            Lang::CSharp => "csharp",
            Lang::Kotlin => "kotlin",
            Lang::Php => "php",
            Lang::Bash => "bash",
        }
    }

    /// Look a language up by its name (or a common alias).
    pub fn from_name(name: &str) -> Option<Lang> {
        let lower = name.to_ascii_lowercase();
        let alias = match lower.as_str() {
            "py" => "python",
            "js" | "jsx" => "javascript",
            "ts" => "typescript",
            "c++" | "cxx" => "cpp",
            "rs" => "rust",
            "golang" => "go",
            "c#" | "cs" => "csharp",
            "kt" => "kotlin",
            "rb" => "ruby",
            "sh" | "shell" => "bash",
            other => other,
        };
        ALL.iter().copied().find(|l| l.name() == alias)
    }

    /// The resolved kind table for this language (built once per process).
    pub fn table(self) -> Option<&'static LangTable> {
        static TABLES: OnceLock<Vec<LangTable>> = OnceLock::new();
        install_allocator();
        let tables = TABLES.get_or_init(|| REGISTRY.iter().map(LangTable::new).collect());
        tables.iter().find(|t| t.spec.lang == self)
    }
}

/// Every language aura knows of, compiled in or not.
pub const ALL: &[Lang] = &[
    Lang::Python,
    Lang::JavaScript,
    Lang::TypeScript,
    Lang::Tsx,
    Lang::Go,
    Lang::Rust,
    Lang::Java,
    Lang::C,
    Lang::Cpp,
    Lang::Ruby,
    Lang::CSharp,
    Lang::Kotlin,
    Lang::Php,
    Lang::Bash,
];

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Detect the language of a file: by extension first, then by a `#!` line in `head`.
pub fn detect(path: &Path, head: &[u8]) -> Option<&'static LangSpec> {
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        let ext = ext.to_ascii_lowercase();
        if let Some(spec) = REGISTRY.iter().find(|s| s.extensions.contains(&ext.as_str())) {
            return Some(spec);
        }
        return None;
    }
    let interpreter = shebang_interpreter(head)?;
    REGISTRY.iter().find(|s| s.interpreters.iter().any(|i| interpreter.starts_with(i)))
}

/// The interpreter a `#!` line names: `#!/usr/bin/env python3 -u` → `python3`.
fn shebang_interpreter(head: &[u8]) -> Option<&str> {
    let rest = head.strip_prefix(b"#!")?;
    let line = rest.split(|&b| b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim();
    let mut words = line.split_whitespace();
    let first = words.next()?;
    let program = first.rsplit('/').next()?;
    if program == "env" {
        words.find(|w| !w.starts_with('-')).map(|w| w.rsplit('/').next().unwrap_or(w))
    } else {
        Some(program)
    }
}

/// Role bits of a node kind.
pub mod role {
    pub const FUNCTION: u32 = 1 << 0;
    pub const CLOSURE: u32 = 1 << 1;
    pub const CLASS: u32 = 1 << 2;
    pub const SCOPE: u32 = 1 << 3;
    pub const BRANCH: u32 = 1 << 4;
    pub const CASE: u32 = 1 << 5;
    pub const LOGICAL_OP: u32 = 1 << 6;
    pub const LOGICAL_EXPR: u32 = 1 << 7;
    pub const PAREN: u32 = 1 << 8;
    pub const IF: u32 = 1 << 9;
    pub const ELSE: u32 = 1 << 10;
    pub const ELIF: u32 = 1 << 11;
    pub const COGNITIVE: u32 = 1 << 12;
    pub const NESTING: u32 = 1 << 13;
    pub const JUMP: u32 = 1 << 14;
    pub const GOTO: u32 = 1 << 15;
    pub const CALL: u32 = 1 << 16;
    pub const COMMENT: u32 = 1 << 17;
    pub const STRING: u32 = 1 << 18;
    pub const IMPORT: u32 = 1 << 19;
    /// The kind is the token of some `branch_tokens` pair (the parent decides).
    pub const BRANCH_TOKEN: u32 = 1 << 20;
    pub const LABEL: u32 = 1 << 21;
    /// A statement in which a string alone is a docstring.
    pub const DOCSTRING_STATEMENT: u32 = 1 << 22;
    pub const INTERPOLATION: u32 = 1 << 23;
}

/// A language's kind names resolved to ids: `roles[kind_id]` is a bit set of [`role`]s.
pub struct LangTable {
    pub spec: &'static LangSpec,
    pub language: tree_sitter::Language,
    pub roles: Vec<u32>,
    /// `(token kind id, parent kind id)` pairs that add one to cyclomatic complexity.
    pub branch_tokens: Vec<(u16, u16)>,
    /// The `alternative` field id, if the grammar has one.
    pub alternative_field: Option<std::num::NonZeroU16>,
    /// Strings can hold interpolated code, so the pass enters them.
    pub interpolates: bool,
    /// The anonymous `else` token's kind id (0 when the grammar has none).
    pub else_token: u16,
    /// Field ids the pass reads on hot paths (a lookup by name scans every field name).
    pub fields: Fields,
}

/// Field ids resolved once per language (0 when the grammar lacks the field).
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub operator: u16,
    pub function: u16,
    pub name: u16,
    pub object: u16,
}

impl LangTable {
    fn new(spec: &'static LangSpec) -> Self {
        let language = (spec.grammar)();
        let mut roles = vec![0u32; language.node_kind_count() + 1];
        let k = spec.kinds;
        let sets: [(&[&str], u32); 23] = [
            (k.functions, role::FUNCTION),
            (k.closures, role::CLOSURE),
            (k.classes, role::CLASS),
            (k.scopes, role::SCOPE),
            (k.branches, role::BRANCH),
            (k.cases, role::CASE),
            (k.logical_operators, role::LOGICAL_OP),
            (k.logical_expressions, role::LOGICAL_EXPR),
            (k.parens, role::PAREN),
            (k.ifs, role::IF),
            (k.elses, role::ELSE),
            (k.elifs, role::ELIF),
            (k.cognitive, role::COGNITIVE),
            (k.nesting, role::NESTING),
            (k.jumps, role::JUMP),
            (k.gotos, role::GOTO),
            (k.calls, role::CALL),
            (k.comments, role::COMMENT),
            (k.strings, role::STRING),
            (k.imports, role::IMPORT),
            (k.labels, role::LABEL),
            (k.interpolations, role::INTERPOLATION),
            (k.docstring_statements, role::DOCSTRING_STATEMENT),
        ];
        for (names, bit) in sets {
            for name in names {
                for id in kind_ids(&language, name) {
                    roles[id as usize] |= bit;
                }
            }
        }
        let mut branch_tokens = Vec::new();
        for (token, parent) in k.branch_tokens {
            for t in kind_ids(&language, token) {
                roles[t as usize] |= role::BRANCH_TOKEN;
                for p in kind_ids(&language, parent) {
                    branch_tokens.push((t, p));
                }
            }
        }
        let alternative_field = language.field_id_for_name("alternative");
        let interpolates = !k.interpolations.is_empty();
        let field = |name: &str| language.field_id_for_name(name).map_or(0, |f| f.get());
        let fields = Fields {
            operator: field("operator"),
            function: field("function"),
            name: field("name"),
            object: field("object"),
        };
        let else_token = language.id_for_node_kind("else", false);
        Self { spec, language, roles, branch_tokens, alternative_field, interpolates, else_token, fields }
    }

    /// The roles of a kind id.
    #[inline]
    pub fn role(&self, kind_id: u16) -> u32 {
        self.roles.get(kind_id as usize).copied().unwrap_or(0)
    }
}

/// Every id a kind name has (aliases give one name several ids). A name that is both a
/// named node and an anonymous token (TypeScript's `string`) means the named node.
pub fn kind_ids(language: &tree_sitter::Language, name: &str) -> Vec<u16> {
    let matching = |named: bool| -> Vec<u16> {
        (0..language.node_kind_count() as u16)
            .filter(|&id| {
                language.node_kind_for_id(id) == Some(name) && language.node_kind_is_named(id) == named
            })
            .collect()
    };
    let named = matching(true);
    if named.is_empty() { matching(false) } else { named }
}

/// Text of a node, lossily decoded.
pub fn text<'a>(node: tree_sitter::Node, src: &'a [u8]) -> std::borrow::Cow<'a, str> {
    String::from_utf8_lossy(&src[node.start_byte().min(src.len())..node.end_byte().min(src.len())])
}

/// Shared hooks that several languages reuse.
pub mod common {
    use super::text;
    use tree_sitter::Node;

    /// Every declared parameter counts.
    pub fn every_parameter_counts(_params: Node, _src: &[u8]) -> u32 {
        0
    }

    /// The `name` field's text.
    pub fn name_field(node: Node, src: &[u8]) -> Option<String> {
        node.child_by_field_name("name").map(|n| text(n, src).into_owned())
    }

    /// A comment ends on the line just above the definition (or above its attributes).
    pub fn preceded_by_comment(node: Node, _src: &[u8], comment_kinds: &[&str]) -> bool {
        let mut start_row = node.start_position().row;
        let mut prev = node.prev_sibling();
        while let Some(p) = prev {
            let kind = p.kind();
            if comment_kinds.contains(&kind) {
                // a trailing comment on the line of the previous statement documents that statement
                let own_line = p.prev_sibling().is_none_or(|q| q.end_position().row < p.start_position().row);
                return own_line && p.end_position().row + 1 >= start_row;
            }
            // attributes and decorators between the doc and the item
            if kind.contains("attribute") || kind.contains("annotation") || kind == "decorator" {
                start_row = p.start_position().row;
                prev = p.prev_sibling();
                continue;
            }
            return false;
        }
        false
    }

    /// The text of the first named child of one of `kinds` (an import's dotted name).
    pub fn first_named_text(node: Node, src: &[u8], kinds: &[&str]) -> Option<String> {
        let mut cursor = node.walk();
        let found = node.named_children(&mut cursor).find(|c| kinds.contains(&c.kind()));
        found.map(|c| text(c, src).into_owned())
    }

    /// Strip quotes from a string literal's text.
    pub fn unquote(s: &str) -> String {
        s.trim_matches(|c| c == '"' || c == '\'' || c == '`' || c == '<' || c == '>').to_string()
    }
}

/// Hands tree-sitter's C allocations (parser stacks, subtrees, trees: about a tenth of a
/// parse's time under glibc malloc) to mimalloc, once. `Lang::table` calls it, so it runs
/// before any grammar can reach a parser, a tree or a query: a pointer is always freed by
/// the allocator that made it.
fn install_allocator() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        use libmimalloc_sys as mi;
        // SAFETY: one allocator family (mimalloc) for all four, installed before any
        // tree-sitter object exists (see above), from inside a `Once`.
        unsafe {
            tree_sitter::set_allocator(Some(tree_sitter::Allocator {
                malloc: mi::mi_malloc,
                calloc: mi::mi_calloc,
                realloc: mi::mi_realloc,
                free: mi::mi_free,
            }))
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_name_exists_in_its_grammar() {
        let mut missing = Vec::new();
        for spec in REGISTRY {
            let language = (spec.grammar)();
            let k = spec.kinds;
            let all = [
                k.functions,
                k.closures,
                k.classes,
                k.scopes,
                k.branches,
                k.cases,
                k.logical_operators,
                k.logical_expressions,
                k.parens,
                k.ifs,
                k.elses,
                k.elifs,
                k.cognitive,
                k.nesting,
                k.jumps,
                k.labels,
                k.gotos,
                k.calls,
                k.comments,
                k.strings,
                k.imports,
                k.interpolations,
                k.docstring_statements,
            ];
            for name in
                all.iter().flat_map(|s| s.iter()).chain(k.branch_tokens.iter().flat_map(|(a, b)| [a, b]))
            {
                if kind_ids(&language, name).is_empty() {
                    missing.push(format!("{}: {name}", spec.name));
                }
            }
        }
        assert!(missing.is_empty(), "node kinds not in their grammar: {missing:?}");
    }

    #[test]
    fn detects_by_extension_then_shebang() {
        let d = |p: &str, head: &str| detect(Path::new(p), head.as_bytes()).map(|s| s.name);
        assert_eq!(d("a/b.py", ""), Some("python"));
        assert_eq!(d("x.TSX", ""), Some("tsx"));
        assert_eq!(d("x.h", ""), Some("c"));
        assert_eq!(d("x.hpp", ""), Some("cpp"));
        assert_eq!(d("script", "#!/usr/bin/env python3\nprint(1)"), Some("python"));
        assert_eq!(d("script", "#!/usr/bin/node"), Some("javascript"));
        assert_eq!(d("script", "#!/usr/bin/env -S node --x"), Some("javascript"));
        assert_eq!(d("README", "hello"), None);
        assert_eq!(d("x.txt", "#!/usr/bin/python"), None);
    }

    /// The dialect per extension is TypeScript's: JavaScript files may hold JSX (`.jsx`
    /// and `.js` alike), `.ts`/`.mts`/`.cts` are TypeScript without JSX (`<T>x` is a type
    /// assertion), `.tsx` is TypeScript with JSX.
    #[test]
    fn each_script_extension_selects_its_dialect() {
        let d = |p: &str| detect(Path::new(p), b"").map(|s| s.name);
        for ext in ["js", "jsx", "mjs", "cjs"] {
            assert_eq!(d(&format!("a.{ext}")), Some("javascript"), ".{ext}");
        }
        for ext in ["ts", "mts", "cts"] {
            assert_eq!(d(&format!("a.{ext}")), Some("typescript"), ".{ext}");
        }
        assert_eq!(d("a.tsx"), Some("tsx"));
        assert_eq!(d("a.d.ts"), Some("typescript"));
    }

    #[test]
    fn names_round_trip() {
        for lang in ALL {
            assert_eq!(Lang::from_name(lang.name()), Some(*lang));
        }
        assert_eq!(Lang::from_name("golang"), Some(Lang::Go));
        assert_eq!(Lang::from_name("cobol"), None);
    }
}
