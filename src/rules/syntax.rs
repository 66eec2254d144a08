//! The syntax rules: tree-sitter query patterns, one combined query per language
//! (compiled once per process) run once over each file's tree, each match checked by its
//! pattern's predicate.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;
use tree_sitter::{Node, Query, QueryCursor, QueryMatch, StreamingIterator};

use super::registry as r;
use super::{At, FileInput, Identity, Policy, Raw};
use crate::lang::Lang;
use crate::lang::Lang::{C, Cpp, Go, Java, JavaScript, Python, Rust, Tsx, TypeScript};

/// What a pattern's match must also satisfy; `Some(message)` keeps it.
type Check = fn(&Hit) -> Option<Cow<'static, str>>;

/// One query pattern of a rule.
struct Pattern {
    rule: &'static str,
    langs: &'static [Lang],
    /// Exactly one pattern (alternations allowed). `@finding` locates the finding (else the
    /// first capture); other captures are for `check`.
    query: &'static str,
    message: &'static str,
    suggestion: &'static str,
    check: Option<Check>,
    /// A regular expression every source the pattern can match contains (a superset): files
    /// without it skip the pattern, and files where no pattern's trigger occurs skip the
    /// tree traversal altogether. ASCII only, for the DFA.
    trigger: &'static str,
}

const JS: &[Lang] = &[JavaScript, TypeScript, Tsx];

static PATTERNS: &[Pattern] = &[
    // --- SEC004 dynamic code execution
    Pattern {
        rule: r::EVAL,
        langs: &[Python],
        query: r#"(call function: (identifier) @f (#any-of? @f "eval" "exec")) @finding"#,
        message: "code executed from a string with `eval`/`exec`",
        suggestion: "Parse data instead (`ast.literal_eval`, `json.loads`) or dispatch through a table of allowed functions.",
        check: None,
        trigger: r#"\b(?:eval|exec)\s*\("#,
    },
    Pattern {
        rule: r::EVAL,
        langs: JS,
        query: r#"[(call_expression function: (identifier) @f (#eq? @f "eval")) (new_expression constructor: (identifier) @f (#eq? @f "Function"))] @finding"#,
        message: "code executed from a string with `eval`/`new Function`",
        suggestion: "Parse data with `JSON.parse`, or dispatch through an object of allowed functions.",
        check: None,
        trigger: r#"\beval\s*\(|\bFunction\s*\("#,
    },
    // --- SEC005 shell
    Pattern {
        rule: r::SHELL,
        langs: &[Python],
        query: r#"(keyword_argument name: (identifier) @k value: (true) (#eq? @k "shell")) @finding"#,
        message: "command run through a shell (`shell=True`)",
        suggestion: "Pass the program and its arguments as a list without `shell=True`: `subprocess.run([\"tar\", \"xf\", name])`.",
        check: None,
        trigger: r#"\bshell\s*=\s*True"#,
    },
    Pattern {
        rule: r::SHELL,
        langs: &[Python],
        query: r#"(call function: (attribute object: (identifier) @o attribute: (identifier) @a) (#eq? @o "os") (#any-of? @a "system" "popen")) @finding"#,
        message: "command run through a shell (`os.system`/`os.popen`)",
        suggestion: "Use `subprocess.run([...])` with an argument list instead of a shell command string.",
        check: None,
        trigger: r#"\bos\s*\.\s*(?:system|popen)"#,
    },
    Pattern {
        rule: r::SHELL,
        langs: &[Go],
        query: r#"(call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f) arguments: (argument_list . [(interpreted_string_literal) (raw_string_literal)] @sh) (#eq? @p "exec") (#eq? @f "Command")) @finding"#,
        message: "command run through a shell (`exec.Command` of a shell)",
        suggestion: "Run the program directly: `exec.Command(\"tar\", \"xf\", name)`.",
        check: Some(is_shell),
        trigger: r#"\bexec\s*\.\s*Command\s*\("#,
    },
    Pattern {
        rule: r::SHELL,
        langs: &[Rust],
        query: r#"(call_expression function: (scoped_identifier path: (identifier) @t name: (identifier) @n) arguments: (arguments . (string_literal) @sh) (#eq? @t "Command") (#eq? @n "new")) @finding"#,
        message: "command run through a shell (`Command::new` of a shell)",
        suggestion: "Run the program directly: `Command::new(\"tar\").args([\"xf\", name])`.",
        check: Some(is_shell),
        trigger: r#"\bCommand\s*::\s*new\s*\("#,
    },
    Pattern {
        rule: r::SHELL,
        langs: &[Java],
        query: r#"(method_invocation object: (method_invocation name: (identifier) @g) name: (identifier) @e (#eq? @g "getRuntime") (#eq? @e "exec")) @finding"#,
        message: "command run with `Runtime.exec`",
        suggestion: "Use `ProcessBuilder` with the program and each argument as separate strings.",
        check: None,
        trigger: r#"\bgetRuntime\b"#,
    },
    Pattern {
        rule: r::SHELL,
        langs: &[C, Cpp],
        query: r#"(call_expression function: (identifier) @f (#any-of? @f "system" "popen")) @finding"#,
        message: "command run through a shell (`system`/`popen`)",
        suggestion: "Use `execv`/`posix_spawn` with an argument vector instead of a shell command string.",
        check: None,
        trigger: r#"\b(?:system|popen)\s*\("#,
    },
    // --- SEC006 SQL built from strings
    Pattern {
        rule: r::SQL,
        langs: &[Python],
        query: r#"[(binary_operator left: (string) @sql operator: ["+" "%"]) (call function: (attribute object: (string) @sql attribute: (identifier) @a) (#eq? @a "format")) (string (interpolation)) @sql] @finding"#,
        message: "SQL built by formatting or concatenating strings",
        suggestion: "Pass values as query parameters: `cursor.execute(\"... WHERE id = %s\", [id])`.",
        check: Some(is_sql),
        trigger: r#"SELECT\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|select\s[^\n]*?\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s"#,
    },
    Pattern {
        rule: r::SQL,
        langs: JS,
        query: r#"[(binary_expression left: [(string) (template_string)] @sql operator: "+") (template_string (template_substitution)) @sql] @finding"#,
        message: "SQL built by concatenating strings or a template literal",
        suggestion: "Use the driver's placeholders (`$1`, `?`) and pass values separately.",
        check: Some(is_sql),
        trigger: r#"SELECT\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|select\s[^\n]*?\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s"#,
    },
    Pattern {
        rule: r::SQL,
        langs: &[Go],
        query: r#"[(binary_expression left: [(interpreted_string_literal) (raw_string_literal)] @sql operator: "+") (call_expression function: (selector_expression field: (field_identifier) @f) arguments: (argument_list . [(interpreted_string_literal) (raw_string_literal)] @sql) (#eq? @f "Sprintf"))] @finding"#,
        message: "SQL built with `+` or `fmt.Sprintf`",
        suggestion: "Use placeholders (`$1`, `?`) with `db.Query(query, args...)`.",
        check: Some(is_sql),
        trigger: r#"SELECT\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|select\s[^\n]*?\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s"#,
    },
    Pattern {
        rule: r::SQL,
        langs: &[Java],
        query: r#"[(binary_expression left: (string_literal) @sql operator: "+") (method_invocation object: (identifier) @o name: (identifier) @n arguments: (argument_list . (string_literal) @sql) (#eq? @o "String") (#eq? @n "format"))] @finding"#,
        message: "SQL built with `+` or `String.format`",
        suggestion: "Use a `PreparedStatement` with `?` placeholders.",
        check: Some(is_sql),
        trigger: r#"SELECT\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|select\s[^\n]*?\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s"#,
    },
    // --- SEC007 TLS verification off
    Pattern {
        rule: r::TLS,
        langs: &[Python],
        query: r#"[(keyword_argument name: (identifier) @k value: (false) (#eq? @k "verify")) (attribute object: (identifier) @o attribute: (identifier) @a (#eq? @o "ssl") (#eq? @a "_create_unverified_context")) (assignment left: (attribute attribute: (identifier) @c) right: (false) (#eq? @c "check_hostname"))] @finding"#,
        message: "TLS certificate verification is turned off",
        suggestion: "Keep verification on; for a private CA pass its bundle: `verify=\"/path/ca.pem\"`.",
        check: None,
        trigger: r#"\bverify\s*=\s*False|_create_unverified_context|check_hostname"#,
    },
    Pattern {
        rule: r::TLS,
        langs: JS,
        query: r#"[(pair key: [(property_identifier) (string)] @k value: (false) (#match? @k "^['\"]?rejectUnauthorized['\"]?$")) (assignment_expression left: (member_expression property: (property_identifier) @p) right: (string) @v (#eq? @p "NODE_TLS_REJECT_UNAUTHORIZED") (#match? @v "0"))] @finding"#,
        message: "TLS certificate verification is turned off",
        suggestion: "Remove `rejectUnauthorized: false`; for a private CA pass its certificate with the `ca` option.",
        check: None,
        trigger: r#"rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED"#,
    },
    Pattern {
        rule: r::TLS,
        langs: &[Go],
        query: r#"[(keyed_element key: (literal_element (_) @k) value: (literal_element (true)) (#eq? @k "InsecureSkipVerify")) (assignment_statement left: (expression_list (selector_expression field: (field_identifier) @f)) right: (expression_list (true)) (#eq? @f "InsecureSkipVerify"))] @finding"#,
        message: "TLS certificate verification is turned off (`InsecureSkipVerify`)",
        suggestion: "Remove `InsecureSkipVerify`; for a private CA add it to `tls.Config.RootCAs`.",
        check: None,
        trigger: r#"InsecureSkipVerify"#,
    },
    Pattern {
        rule: r::TLS,
        langs: &[Rust],
        query: r#"(call_expression function: (field_expression field: (field_identifier) @m) arguments: (arguments (boolean_literal) @b) (#any-of? @m "danger_accept_invalid_certs" "danger_accept_invalid_hostnames") (#eq? @b "true")) @finding"#,
        message: "TLS certificate verification is turned off",
        suggestion: "Remove the `danger_accept_invalid_*` call; add a private CA with `add_root_certificate`.",
        check: None,
        trigger: r#"danger_accept_invalid"#,
    },
    // --- language rules
    Pattern {
        rule: r::BARE_EXCEPT,
        langs: &[Python],
        query: r#"(except_clause !value) @finding"#,
        message: "bare `except:` catches every exception, `KeyboardInterrupt` and `SystemExit` too",
        suggestion: "Catch the exceptions you expect: `except (OSError, ValueError):`, or at least `except Exception:`.",
        check: Some(bare_except_head),
        trigger: r#"\bexcept\s*:"#,
    },
    Pattern {
        rule: r::MUTABLE_DEFAULT,
        langs: &[Python],
        query: r#"[(default_parameter value: [(list) (dictionary) (set) (list_comprehension) (dictionary_comprehension) (set_comprehension)] @finding) (typed_default_parameter value: [(list) (dictionary) (set) (list_comprehension) (dictionary_comprehension) (set_comprehension)] @finding) (default_parameter value: (call function: (identifier) @f (#any-of? @f "list" "dict" "set")) @finding) (typed_default_parameter value: (call function: (identifier) @f (#any-of? @f "list" "dict" "set")) @finding)]"#,
        message: "mutable default argument: one object is shared by every call",
        suggestion: "Default to `None` and create the value in the body: `items = [] if items is None else items`.",
        check: None,
        trigger: r#"\bdef\s+\w+\s*\((?:[^()]|\([^()]*\))*?=\s*(?:\[|\{|list\s*\(|dict\s*\(|set\s*\()"#,
    },
    Pattern {
        rule: r::DEBUGGER,
        langs: JS,
        query: r#"(debugger_statement) @finding"#,
        message: "`debugger` statement",
        suggestion: "Remove it.",
        check: None,
        trigger: r#"\bdebugger\b"#,
    },
    Pattern {
        rule: r::LOOSE_EQUALITY,
        langs: JS,
        query: r#"[(binary_expression operator: ["==" "!="] right: [(number) (string) (true) (false)]) (binary_expression left: [(number) (string) (true) (false)] operator: ["==" "!="])] @finding"#,
        message: "loose equality against a literal converts types first",
        suggestion: "Use `===` / `!==`.",
        check: None,
        trigger: r#"[^=!<>]==[^=]|!=[^=]"#,
    },
    Pattern {
        rule: r::IGNORED_ERROR,
        langs: &[Go],
        query: r#"(assignment_statement left: (expression_list . (identifier) @b .) operator: "=" right: (expression_list . (call_expression) .) (#eq? @b "_")) @finding"#,
        message: "the result of a call is discarded with `_ =`; if it is an error, it is ignored",
        suggestion: "Handle the error (`if err := f(); err != nil { ... }`), or say in a comment why it is safe to drop.",
        check: None,
        trigger: r#"(?m)^\s*_\s*=[^=]"#,
    },
    Pattern {
        rule: r::LOOP_CAPTURE,
        langs: &[Go],
        query: r#"(go_statement (call_expression function: (func_literal) @lit)) @finding"#,
        message: "goroutine captures a loop variable",
        suggestion: "Pass the variable as an argument (`go func(v T) { ... }(v)`), or require Go 1.22+ in go.mod.",
        check: Some(loop_capture),
        trigger: r#"\bgo\s+func\b"#,
    },
    Pattern {
        rule: r::UNSAFE,
        langs: &[Rust],
        query: r#"(unsafe_block) @finding"#,
        message: "`unsafe` block",
        suggestion: "Keep it minimal and explain why it is sound in a `// SAFETY:` comment above it.",
        check: None,
        trigger: r#"\bunsafe\s*\{"#,
    },
    Pattern {
        rule: r::UNWRAP,
        langs: &[Rust],
        query: r#"(call_expression function: (field_expression field: (field_identifier) @m) (#any-of? @m "unwrap" "expect")) @finding"#,
        message: "`unwrap`/`expect` panics on `None` or `Err`",
        suggestion: "Propagate with `?` or handle the case (`unwrap_or`, `match`); keep `expect` for real invariants.",
        check: Some(not_in_test),
        trigger: r#"\.\s*(?:unwrap|expect)\s*\("#,
    },
];

/// A pattern's match, as its check sees it.
pub(super) struct Hit<'a, 't> {
    src: &'a [u8],
    path: &'a str,
    m: &'a QueryMatch<'a, 't>,
    query: &'a Query,
    tree: &'a tree_sitter::Tree,
    tests: &'a OnceLock<Vec<(usize, usize)>>,
}

impl<'t> Hit<'_, 't> {
    fn capture(&self, name: &str) -> Option<Node<'t>> {
        let index = self.query.capture_index_for_name(name)?;
        self.m.captures().iter().find(|c| c.index == index).map(|c| c.node)
    }

    fn text(&self, node: Node) -> &str {
        std::str::from_utf8(&self.src[node.byte_range()]).unwrap_or("")
    }
}

/// The combined query of one language and, per pattern index, its entry in `PATTERNS`
/// (`None` for the generated TODO pattern).
struct Compiled {
    query: Query,
    patterns: Vec<Option<&'static Pattern>>,
    /// The triggers, one per entry of `patterns`: all at once, then each alone to find
    /// where in a file it occurs.
    triggers: regex::bytes::RegexSet,
    each: Vec<regex::bytes::Regex>,
}

/// More trigger sites than this in a file: one walk of the whole tree is cheaper.
const MAX_RANGES: usize = 64;
/// Trigger sites closer than this are searched together.
const MERGE_GAP: usize = 512;

/// What every comment holding a marker contains.
const TODO_TRIGGER: &str = r"\b(?:TODO|FIXME|XXX|HACK)\b";

/// The compiled query for `lang` (built on first use).
fn compiled(lang: Lang) -> Option<&'static Compiled> {
    // one cell per language: a Python project never pays for compiling the C++ query
    static ALL: [OnceLock<Option<Compiled>>; crate::lang::ALL.len()] =
        [const { OnceLock::new() }; crate::lang::ALL.len()];
    let index = crate::lang::ALL.iter().position(|l| *l == lang)?;
    ALL[index].get_or_init(|| compile(lang)).as_ref()
}

fn compile(lang: Lang) -> Option<Compiled> {
    let table = lang.table()?;
    let mut source = String::new();
    let mut starts: Vec<(usize, Option<&'static Pattern>)> = Vec::new();
    for pattern in PATTERNS.iter().filter(|p| p.langs.contains(&lang)) {
        starts.push((source.len(), Some(pattern)));
        source.push_str(pattern.query);
        source.push('\n');
    }
    let comments: Vec<String> = table.spec.kinds.comments.iter().map(|k| format!("({k})")).collect();
    if !comments.is_empty() {
        starts.push((source.len(), None));
        source.push_str(&format!("[{}] @finding\n", comments.join(" ")));
    }
    let query = match Query::new(&table.language, &source) {
        Ok(q) => q,
        Err(e) => {
            tracing::error!(language = %lang, error = %e, "a built-in rule query does not compile");
            return None;
        }
    };
    let patterns: Vec<Option<&'static Pattern>> = (0..query.pattern_count())
        .map(|i| {
            let at = query.start_byte_for_pattern(i);
            starts.iter().rev().find(|(s, _)| *s <= at).and_then(|(_, p)| *p)
        })
        .collect();
    let sources: Vec<String> =
        patterns.iter().map(|p| format!("(?-u){}", p.map_or(TODO_TRIGGER, |p| p.trigger))).collect();
    let compiled = regex::bytes::RegexSet::new(&sources).and_then(|set| {
        let each = sources.iter().map(|t| regex::bytes::Regex::new(t)).collect::<Result<Vec<_>, _>>()?;
        Ok((set, each))
    });
    let (triggers, each) = match compiled {
        Ok(t) => t,
        Err(e) => {
            tracing::error!(language = %lang, error = %e, "a built-in rule trigger does not compile");
            return None;
        }
    };
    Some(Compiled { query, patterns, triggers, each })
}

/// Run the syntax rules of the file's language.
pub(super) fn check(policy: &Policy, input: &FileInput, out: &mut Vec<Raw>) {
    let Some(compiled) = compiled(input.lang) else { return };
    let todo = policy.enabled(r::TODO);
    let enabled: Vec<bool> =
        compiled.patterns.iter().map(|p| p.map_or(todo, |p| policy.enabled(p.rule))).collect();
    if !enabled.iter().any(|w| *w) {
        return;
    }
    // one DFA pass over the bytes; most files trigger no pattern and are not walked again
    let triggered = compiled.triggers.matches(input.src);
    let wanted: Vec<bool> = enabled.iter().enumerate().map(|(i, on)| *on && triggered.matched(i)).collect();
    if !wanted.iter().any(|w| *w) {
        return;
    }
    let finding = compiled.query.capture_index_for_name("finding");
    let tests = OnceLock::new();
    let mut seen = HashSet::new();
    let mut cursor = QueryCursor::new();
    // the query runs only around the places a trigger matched: a match of a pattern holds
    // its trigger's text, so its nodes overlap that place
    for range in trigger_ranges(compiled, &wanted, input.src) {
        cursor.set_byte_range(range);
        let mut matches = cursor.matches(&compiled.query, input.tree.root_node(), input.src);
        while let Some(m) = matches.next() {
            if !wanted[m.pattern_index] {
                continue;
            }
            let node = m
                .captures()
                .iter()
                .find(|c| Some(c.index) == finding)
                .or(m.captures().first())
                .map(|c| c.node);
            let Some(node) = node else { continue };
            let hit = Hit {
                src: input.src,
                path: input.path,
                m,
                query: &compiled.query,
                tree: input.tree,
                tests: &tests,
            };
            let Some(pattern) = compiled.patterns[m.pattern_index] else {
                if seen.insert((r::TODO, node.start_byte()))
                    && let Some(raw) = todo_note(&hit, node)
                {
                    out.push(raw);
                }
                continue;
            };
            let message = match pattern.check {
                Some(check) => match check(&hit) {
                    Some(message) => message,
                    None => continue,
                },
                None => Cow::Borrowed(pattern.message),
            };
            if !seen.insert((pattern.rule, node.start_byte())) {
                continue;
            }
            let message = if message.is_empty() { pattern.message.to_string() } else { message.into_owned() };
            out.push(Raw {
                code: pattern.rule,
                message,
                suggestion: pattern.suggestion.to_string(),
                at: At::Bytes(node.start_byte(), node.end_byte()),
                function: None,
                identity: Identity::LineText,
            });
        }
    }
}

/// The byte ranges around the matches of the wanted patterns' triggers, merged; the whole
/// file when there are many.
fn trigger_ranges(compiled: &Compiled, wanted: &[bool], src: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut sites: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, on) in wanted.iter().enumerate() {
        if !on {
            continue;
        }
        for m in compiled.each[i].find_iter(src) {
            sites.push(m.range());
            if sites.len() > MAX_RANGES {
                return std::iter::once(0..src.len()).collect();
            }
        }
    }
    sites.sort_by_key(|r| r.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for site in sites {
        match merged.last_mut() {
            Some(last) if site.start <= last.end + MERGE_GAP => last.end = last.end.max(site.end),
            _ => merged.push(site),
        }
    }
    merged
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("a valid built-in pattern"))
}

/// A TODO/FIXME/XXX/HACK note in a comment: one finding per marker line.
fn todo_note(hit: &Hit, node: Node) -> Option<Raw> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"(?-u:\b)(?:TODO|FIXME|XXX|HACK)(?-u:\b)");
    let text = hit.text(node);
    let marker = re.find(text)?;
    let line_end = text[marker.start()..].find('\n').map_or(text.len(), |e| marker.start() + e);
    let note = text[marker.start()..line_end].trim().trim_end_matches("*/").trim_end();
    let mut message: String = note.chars().take(100).collect();
    if message.len() < note.len() {
        message.push('…');
    }
    let start = node.start_byte() + marker.start();
    Some(Raw {
        code: r::TODO,
        message,
        suggestion: "Do it, or move it to the issue tracker and link the issue here.".to_string(),
        at: At::Bytes(start, node.start_byte() + line_end),
        function: None,
        identity: Identity::LineText,
    })
}

/// The string literal reads as SQL: `SELECT … FROM`, `INSERT INTO`, `UPDATE … SET`,
/// `DELETE FROM`, all upper or all lower case (so "Select a file from…" is not SQL); a
/// lower-case `select … from` on one line.
fn is_sql(hit: &Hit) -> Option<Cow<'static, str>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"^\s*(?:(?s:SELECT\s.+?\sFROM\s)|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|select\s[^\n]*?\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s)",
    );
    let node = hit.capture("sql")?;
    let text = hit.text(node).trim_start_matches(|c: char| "fFrRbBuU\"'`".contains(c));
    re.is_match(text).then_some(Cow::Borrowed(""))
}

/// The first argument names a shell (`sh`, `bash`, `/bin/sh`, `zsh`, `cmd`, `powershell`).
fn is_shell(hit: &Hit) -> Option<Cow<'static, str>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r#"^["'`]?(?:/usr)?(?:/bin/)?(?:sh|bash|zsh|dash|ksh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)["'`]?$"#,
    );
    let node = hit.capture("sh")?;
    re.is_match(hit.text(node)).then_some(Cow::Borrowed(""))
}

/// `except:` with nothing between the keyword and the colon (the query's `!value` also
/// matches `except*` groups in older grammars; the text decides).
fn bare_except_head(hit: &Hit) -> Option<Cow<'static, str>> {
    let node = hit.capture("finding")?;
    let text = hit.text(node);
    let head = text.strip_prefix("except")?.trim_start();
    head.starts_with(':').then_some(Cow::Borrowed(""))
}

/// Whether the Rust code at the match is test code: a file under `tests/`, `benches/` or
/// `examples/`, or inside an item marked `#[test]`, `#[cfg(test)]` or `#[…::test]`.
fn not_in_test(hit: &Hit) -> Option<Cow<'static, str>> {
    if super::is_test_path(hit.path) {
        return None;
    }
    let node = hit.capture("finding")?;
    let ranges = hit.tests.get_or_init(|| test_ranges(hit.tree, hit.src));
    let at = node.start_byte();
    (!ranges.iter().any(|(s, e)| *s <= at && at < *e)).then_some(Cow::Borrowed(""))
}

/// Byte ranges of items carrying a test attribute.
fn test_ranges(tree: &tree_sitter::Tree, src: &[u8]) -> Vec<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"^#\[(?:test|cfg\(test\)|[\w:]*::test\b|rstest\b)");
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        if node.kind() == "attribute_item" {
            let text = std::str::from_utf8(&src[node.byte_range()]).unwrap_or("");
            if re.is_match(text) {
                let mut next = node.next_named_sibling();
                while let Some(n) =
                    next.filter(|n| matches!(n.kind(), "attribute_item" | "line_comment" | "block_comment"))
                {
                    next = n.next_named_sibling();
                }
                if let Some(item) = next {
                    out.push((item.start_byte(), item.end_byte()));
                }
            }
        }
        // items only live in the source file, modules, impls and functions' blocks
        let descend = matches!(
            node.kind(),
            "source_file" | "mod_item" | "declaration_list" | "impl_item" | "function_item" | "block"
        );
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                continue 'walk;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    out
}

/// A `go func() { … }()` whose body uses a variable of an enclosing `for` clause that the
/// literal does not declare as a parameter.
fn loop_capture(hit: &Hit) -> Option<Cow<'static, str>> {
    let lit = hit.capture("lit")?;
    // the nearest enclosing loop, not beyond the enclosing function
    let mut node = lit.parent()?;
    let loop_node = loop {
        match node.kind() {
            "for_statement" => break node,
            "function_declaration" | "method_declaration" | "func_literal" => return None,
            _ => node = node.parent()?,
        }
    };
    let mut vars = Vec::new();
    let mut cursor = loop_node.walk();
    for child in loop_node.named_children(&mut cursor) {
        let declared = match child.kind() {
            "range_clause" if hit.text(child).contains(":=") => child.child_by_field_name("left"),
            "for_clause" => child
                .child_by_field_name("initializer")
                .filter(|i| i.kind() == "short_var_declaration")
                .and_then(|i| i.child_by_field_name("left")),
            _ => None,
        };
        if let Some(list) = declared {
            let mut c = list.walk();
            vars.extend(
                list.named_children(&mut c).filter(|n| n.kind() == "identifier").map(|n| hit.text(n)),
            );
        }
    }
    vars.retain(|v| *v != "_");
    if vars.is_empty() {
        return None;
    }
    let params = lit.child_by_field_name("parameters").map(|p| hit.text(p)).unwrap_or("");
    let body = lit.child_by_field_name("body")?;
    let used = uses_identifier(body, hit.src, &vars)?;
    if params.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == used) {
        return None;
    }
    Some(Cow::Owned(format!(
        "goroutine captures the loop variable `{used}` (shared by every iteration before Go 1.22)"
    )))
}

/// The first of `names` used as an identifier inside `node`.
fn uses_identifier(node: Node, src: &[u8], names: &[&str]) -> Option<String> {
    let mut cursor = node.walk();
    loop {
        let n = cursor.node();
        if n.kind() == "identifier" {
            let text = std::str::from_utf8(&src[n.byte_range()]).unwrap_or("");
            if names.contains(&text) {
                return Some(text.to_string());
            }
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() || cursor.node() == node {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_query_compiles() {
        for spec in crate::lang::REGISTRY {
            let compiled = compile(spec.lang);
            assert!(compiled.is_some(), "{} rule query does not compile", spec.name);
        }
        // every pattern's language is compiled in and the pattern is found again
        for lang in [Python, JavaScript, TypeScript, Tsx, Go, Rust, Java, C, Cpp] {
            let c = compiled(lang).unwrap();
            let expected = PATTERNS.iter().filter(|p| p.langs.contains(&lang)).count();
            assert_eq!(c.patterns.iter().filter(|p| p.is_some()).count(), expected, "{lang}");
        }
    }
}
