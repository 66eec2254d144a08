//! Every built-in rule, in one place: its code, name, family, default severity, the
//! threshold it reads, the languages it runs on, and its documentation. The doc comment of
//! each entry is what `aura explain CODE` prints and what SARIF's `help` carries: first
//! line a summary, then what it checks, why it matters, an example and how to fix it.

use crate::lang::Lang;
use crate::model::Severity;

/// A rule family: how `aura rules` groups the list, and a SARIF tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Complexity,
    Size,
    Maintainability,
    Documentation,
    Structure,
    Security,
    Language,
    Marker,
    Syntax,
    Generated,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Complexity => "complexity",
            Self::Size => "size",
            Self::Maintainability => "maintainability",
            Self::Documentation => "documentation",
            Self::Structure => "structure",
            Self::Security => "security",
            Self::Language => "language",
            Self::Marker => "marker",
            Self::Syntax => "syntax",
            Self::Generated => "generated",
        }
    }
}

/// The configuration value a metric rule compares against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    Cyclomatic,
    Cognitive,
    Nesting,
    FunctionLength,
    FileLength,
    Parameters,
    Maintainability,
}

impl Threshold {
    /// The key under `analysis.thresholds`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Cyclomatic => "cyclomatic",
            Self::Cognitive => "cognitive",
            Self::Nesting => "nesting",
            Self::FunctionLength => "function_length",
            Self::FileLength => "file_length",
            Self::Parameters => "parameters",
            Self::Maintainability => "maintainability",
        }
    }

    /// The value in `thresholds`.
    pub fn value(self, t: &crate::config::Thresholds) -> f64 {
        match self {
            Self::Cyclomatic => f64::from(t.cyclomatic),
            Self::Cognitive => f64::from(t.cognitive),
            Self::Nesting => f64::from(t.nesting),
            Self::FunctionLength => f64::from(t.function_length),
            Self::FileLength => f64::from(t.file_length),
            Self::Parameters => f64::from(t.parameters),
            Self::Maintainability => t.maintainability,
        }
    }
}

/// One built-in rule.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, used in reports, config and `aura: ignore[CODE]`.
    pub code: &'static str,
    /// Kebab-case name (config accepts it as well as the code).
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub threshold: Option<Threshold>,
    /// The languages it runs on; empty: every language.
    pub languages: &'static [Lang],
    /// For security rules: GitHub's `security-severity` (0.1-10.0).
    pub security_severity: Option<&'static str>,
    /// Runs unless configuration disables it (else only when `rules.enable` names it).
    pub default_on: bool,
    /// The documentation: summary line, then what, why, example, fix.
    pub doc: &'static str,
}

impl Rule {
    /// The first line of the documentation.
    pub fn summary(&self) -> &'static str {
        self.doc.lines().next().unwrap_or("").trim()
    }

    /// The documentation after the summary line (what, why, example, fix).
    pub fn details(&self) -> String {
        let text: Vec<&str> = self.doc.lines().skip(1).map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
        text.join("\n").trim().to_string()
    }

    /// Whether the rule runs on files of `lang`.
    pub fn applies_to(&self, lang: Lang) -> bool {
        self.languages.is_empty() || self.languages.contains(&lang)
    }
}

/// Declares the registry: each entry's doc comment becomes its `doc`.
macro_rules! rules {
    ($(
        $(#[doc = $doc:literal])+
        $ident:ident = $code:literal $name:literal $family:ident $severity:ident
            $(threshold $threshold:ident)? $(languages [$($lang:ident),*])? $(security $sec:literal)?
            $([$off:ident])?;
    )+) => {
        $( pub const $ident: &str = $code; )+

        /// Every built-in rule, in `aura rules` order.
        pub static RULES: &[Rule] = &[$(
            Rule {
                code: $code,
                name: $name,
                family: Family::$family,
                severity: Severity::$severity,
                threshold: rules!(@threshold $($threshold)?),
                languages: &[$($(Lang::$lang),*)?],
                security_severity: rules!(@security $($sec)?),
                default_on: rules!(@on $($off)?),
                doc: concat!($($doc, "\n"),+),
            },
        )+];
    };
    (@threshold) => { None };
    (@threshold $t:ident) => { Some(Threshold::$t) };
    (@security) => { None };
    (@on) => { true };
    (@on off) => { false };
    (@security $s:literal) => { Some($s) };
}

rules! {
    /// Function with too many independent paths (cyclomatic complexity over the threshold).
    ///
    /// What: McCabe's cyclomatic complexity, 1 + every decision point (`if`, loop, `case`,
    /// `catch`, `&&`, `||`, ternary...; `docs/metrics.md` has the rules per language),
    /// compared with `analysis.thresholds.cyclomatic` (default 10).
    ///
    /// Why: each path needs its own test; past about 10 a function is hard to test fully
    /// and is where defects cluster.
    ///
    /// Example: a 40-line `handle(request)` with a dozen `if`/`elif` branches on the
    /// request type.
    ///
    /// Fix: split the function along its branches: a lookup table or one function per
    /// case, guard clauses for the error paths.
    CYCLOMATIC = "CPX001" "cyclomatic-complexity" Complexity Warning threshold Cyclomatic;

    /// Function that is hard to understand (cognitive complexity over the threshold).
    ///
    /// What: cognitive complexity (G. Ann Campbell, SonarSource): +1 per break in the linear
    /// flow, plus its nesting depth, compared with `analysis.thresholds.cognitive`
    /// (default 15).
    ///
    /// Why: it measures how hard the code is to read, not to test: nested conditions and
    /// loops cost more than a flat sequence of the same size.
    ///
    /// Example: a loop holding an `if` holding a `try` holding another loop.
    ///
    /// Fix: return early, extract the nested blocks into named functions, replace flag
    /// variables with direct control flow.
    COGNITIVE = "CPX002" "cognitive-complexity" Complexity Warning threshold Cognitive;

    /// Control structures nested too deeply.
    ///
    /// What: the deepest nesting of `if`, loops, `switch`, `try` and similar in a function,
    /// compared with `analysis.thresholds.nesting` (default 4).
    ///
    /// Why: every level is context a reader must keep in mind; deep nesting hides the
    /// main path of the function.
    ///
    /// Example: `for` → `if` → `for` → `if` → `try`.
    ///
    /// Fix: invert conditions into guard clauses (`if not ok: return`), extract the inner
    /// loops into functions.
    NESTING = "CPX003" "deep-nesting" Complexity Warning threshold Nesting;

    /// Function longer than the threshold.
    ///
    /// What: the code lines (not comments or blank lines) in a function's span, compared
    /// with `analysis.thresholds.function_length` (default 60).
    ///
    /// Why: a long function usually does several things; it is harder to name, test and
    /// reuse.
    ///
    /// Example: a 200-line `main` that parses arguments, reads files and prints a report.
    ///
    /// Fix: extract each step into a function whose name says what it does.
    LONG_FUNCTION = "SIZ001" "long-function" Size Warning threshold FunctionLength;

    /// File longer than the threshold.
    ///
    /// What: the code lines of a file, compared with `analysis.thresholds.file_length`
    /// (default 1000).
    ///
    /// Why: a very long file mixes responsibilities and makes navigation and review slow.
    ///
    /// Example: a 3,000-line `utils.py`.
    ///
    /// Fix: split the file by responsibility into modules.
    LONG_FILE = "SIZ002" "long-file" Size Note threshold FileLength;

    /// Function with too many parameters.
    ///
    /// What: the declared parameters of a function, compared with
    /// `analysis.thresholds.parameters` (default 5). A method's receiver is not counted
    /// (Python's `self` or `cls`, the first parameter of a method that is not a
    /// `@staticmethod`; Rust's `self`; Go's receiver; TypeScript's `this:`), nor are
    /// variadics: Python's `*args` and `**kwargs` (as pylint and ruff's PLR0913 count).
    /// A keyword-only parameter after `*` counts. The `parameters` metric in reports
    /// counts every declared parameter, as lizard does.
    ///
    /// Why: long parameter lists are easy to call wrongly (two adjacent values swapped) and
    /// signal a missing abstraction.
    ///
    /// Example: `def connect(host, port, user, password, timeout, retries, tls)`.
    ///
    /// Fix: group related parameters into a structure or options object.
    PARAMETERS = "SIZ003" "too-many-parameters" Size Warning threshold Parameters;

    /// Function with a low maintainability index.
    ///
    /// What: the maintainability index (Visual Studio's 0-100 form, from Halstead volume,
    /// cyclomatic complexity and code lines) of a function, reported when it is below
    /// `analysis.thresholds.maintainability` (default 20).
    ///
    /// Why: below 20 Visual Studio calls code hard to maintain: large, dense and branchy
    /// at once.
    ///
    /// Example: a 150-line function with many operators and branches.
    ///
    /// Fix: shorten it and lower its complexity; the other findings on it say where.
    MAINTAINABILITY = "MNT001" "low-maintainability" Maintainability Warning threshold Maintainability;

    /// Public function without documentation.
    ///
    /// What: a function or method that is part of the public API by its language's rule
    /// (exported, `pub`, not `_private`; `docs/metrics.md`) and carries no docstring or
    /// doc comment.
    ///
    /// Why: callers read the documentation, not the body; an undocumented public API gets
    /// used wrongly.
    ///
    /// Example: `pub fn parse(input: &str) -> Result<Ast>` with no `///` comment.
    ///
    /// Fix: add a docstring or doc comment saying what it does, its inputs and its errors.
    ///
    /// Off by default (a large codebase has thousands): `rules: {enable: [DOC001]}`.
    MISSING_DOCS = "DOC001" "missing-docs" Documentation Note [off];

    /// Files that import each other in a cycle.
    ///
    /// What: a cycle in the import graph (imports resolved to files of the repository),
    /// reported once per cycle on its first file.
    ///
    /// Why: a cycle ties its modules together: none can be understood, tested or reused
    /// alone, and in some languages the import order breaks at run time.
    ///
    /// Example: `models.py` imports `views.py`, which imports `models.py`.
    ///
    /// Fix: move what both need into a third module, or invert one dependency.
    IMPORT_CYCLE = "STR001" "import-cycle" Structure Warning;

    /// A credential in a known token format (cloud key, GitHub/GitLab/Slack/Stripe token).
    ///
    /// What: literals matching the formats of AWS access key ids, GitHub tokens (`ghp_`,
    /// `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab tokens (`glpat-`), Slack
    /// tokens (`xox?-`) and webhooks, Stripe live keys, Google API keys, and AWS secret keys
    /// assigned to a variable named for them. Vendor documentation examples (`…EXAMPLE`)
    /// are ignored.
    ///
    /// Why: a secret in the source is a secret in every clone, fork, CI log and backup;
    /// leaked tokens are exploited within minutes of a push.
    ///
    /// Example: `GITHUB_TOKEN = "ghp_…"`.
    ///
    /// Fix: revoke the credential now, then read it from the environment or a secret
    /// manager.
    SECRET_TOKEN = "SEC001" "hardcoded-credential" Security Error security "9.0";

    /// A private key in the source.
    ///
    /// What: a PEM or OpenSSH private key block (`-----BEGIN … PRIVATE KEY-----`).
    ///
    /// Why: whoever reads the repository can impersonate the key's owner.
    ///
    /// Example: `KEY = """-----BEGIN RSA PRIVATE KEY-----…"""`.
    ///
    /// Fix: revoke and replace the key; load keys from files outside the repository or a
    /// secret manager.
    PRIVATE_KEY = "SEC002" "private-key" Security Error security "9.0";

    /// A password written into the code.
    ///
    /// What: a password in a connection string (`postgres://user:secret@host`) and a
    /// string literal assigned to a name such as `password`, `secret_key`, `api_key`,
    /// `client_secret` or `token` whose value looks like a secret (long enough, not a
    /// placeholder such as `changeme`, `${VAR}` or `%s`, not a plain word). Test code
    /// (`tests/`, `test_*.py`, `*_test.go`, `*.test.ts`, ...) is skipped: its passwords are
    /// fixtures.
    ///
    /// Why: as for any credential: it is readable by everyone with the code.
    ///
    /// Example: `DATABASE_URL = "postgres://app:S3cr3t@db:5432/app"`.
    ///
    /// Fix: read it from the environment (`os.environ["DB_PASSWORD"]`) or a secret
    /// manager; in tests, mark the line `aura: ignore[SEC003]`.
    PASSWORD = "SEC003" "hardcoded-password" Security Warning security "7.5";

    /// Code executed from a string (`eval`, `exec`, `new Function`).
    ///
    /// What: calls of Python's `eval`/`exec`, and JavaScript's `eval` and `new Function`.
    ///
    /// Why: if any part of the string comes from outside, an attacker runs their code with
    /// the program's rights; even when it does not, the code cannot be analyzed.
    ///
    /// Example: `eval(request.args["expr"])`.
    ///
    /// Fix: parse the data instead (`ast.literal_eval`, `JSON.parse`), or dispatch through
    /// a table of allowed functions.
    EVAL = "SEC004" "dynamic-code-execution" Security Warning languages [Python, JavaScript, TypeScript, Tsx] security "8.0";

    /// A command run through a shell.
    ///
    /// What: Python `subprocess` calls with `shell=True`, `os.system` and `os.popen`; Go
    /// `exec.Command("sh", "-c", …)`; Rust `Command::new("sh")`; Java `Runtime.exec`; C and
    /// C++ `system` and `popen`.
    ///
    /// Why: a shell interprets its input: a file name or argument with `;`, `$()` or
    /// backticks runs commands (command injection).
    ///
    /// Example: `subprocess.run(f"tar xf {name}", shell=True)`.
    ///
    /// Fix: pass the program and its arguments as a list, without a shell:
    /// `subprocess.run(["tar", "xf", name])`.
    SHELL = "SEC005" "shell-command" Security Warning languages [Python, Go, Rust, Java, C, Cpp] security "8.0";

    /// SQL built by concatenating or formatting strings.
    ///
    /// What: a string literal that reads as SQL (`SELECT … FROM`, `INSERT INTO`,
    /// `UPDATE … SET`, `DELETE FROM`) joined with `+`, formatted with `%`, `.format()`,
    /// an f-string, a template literal or `Sprintf`.
    ///
    /// Why: a value spliced into SQL can change the query (SQL injection).
    ///
    /// Example: `cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")`.
    ///
    /// Fix: pass values as query parameters (`cursor.execute("… WHERE name = %s",
    /// [name])`); identifiers that must vary come from an allow-list.
    SQL = "SEC006" "sql-concatenation" Security Warning languages [Python, JavaScript, TypeScript, Tsx, Go, Java] security "8.0";

    /// TLS certificate verification turned off.
    ///
    /// What: `verify=False` (Python requests/httpx), `ssl._create_unverified_context`,
    /// `check_hostname = False`; `rejectUnauthorized: false` and
    /// `NODE_TLS_REJECT_UNAUTHORIZED = "0"` (Node); `InsecureSkipVerify: true` (Go);
    /// `danger_accept_invalid_certs(true)` (Rust).
    ///
    /// Why: without verification anyone on the network path can read and change the
    /// traffic (man in the middle).
    ///
    /// Example: `requests.get(url, verify=False)`.
    ///
    /// Fix: keep verification on; for a private CA, pass its certificate bundle
    /// (`verify="/path/ca.pem"`).
    TLS = "SEC007" "tls-verification-disabled" Security Error languages [Python, JavaScript, TypeScript, Tsx, Go, Rust] security "7.5";

    /// A bare `except:` clause.
    ///
    /// What: Python `except:` without an exception type.
    ///
    /// Why: it also catches `KeyboardInterrupt` and `SystemExit`, and hides the bugs it was
    /// not written for.
    ///
    /// Example: `try: load() except: pass`.
    ///
    /// Fix: catch the exceptions you expect (`except (OSError, ValueError):`), or at least
    /// `except Exception:`.
    BARE_EXCEPT = "PY001" "bare-except" Language Warning languages [Python];

    /// A mutable default argument.
    ///
    /// What: a Python parameter whose default is a list, dict or set literal or a call of
    /// `list()`, `dict()` or `set()`.
    ///
    /// Why: the default is created once, when the function is defined, and shared by every
    /// call: values leak from one call into the next.
    ///
    /// Example: `def add(item, items=[]): items.append(item)`.
    ///
    /// Fix: default to `None` and create the value inside: `items = [] if items is None
    /// else items`.
    MUTABLE_DEFAULT = "PY002" "mutable-default-argument" Language Warning languages [Python];

    /// A `debugger` statement.
    ///
    /// What: the JavaScript/TypeScript `debugger` statement.
    ///
    /// Why: left in, it stops every user's browser with the developer tools open.
    ///
    /// Example: `debugger;`.
    ///
    /// Fix: remove it.
    DEBUGGER = "JS001" "debugger-statement" Language Warning languages [JavaScript, TypeScript, Tsx];

    /// Loose equality against a literal.
    ///
    /// What: `==` or `!=` where one side is a number, string or boolean literal (`== null`
    /// is allowed: it is the idiom for "null or undefined").
    ///
    /// Why: `==` converts types first: `"0" == 0` and `"" == false` are true.
    ///
    /// Example: `if (count == "0")`.
    ///
    /// Fix: use `===` and `!==`.
    LOOSE_EQUALITY = "JS002" "loose-equality" Language Warning languages [JavaScript, TypeScript, Tsx];

    /// An error discarded with `_ =`.
    ///
    /// What: a Go assignment of a call's only result to the blank identifier, `_ = f()`.
    ///
    /// Why: most Go functions with one result that callers discard return an `error`;
    /// dropping it hides failures.
    ///
    /// Example: `_ = file.Close()`.
    ///
    /// Fix: handle or return the error; if ignoring it is right, say why in a comment and
    /// mark the line `aura: ignore[GO001]`.
    IGNORED_ERROR = "GO001" "ignored-error" Language Warning languages [Go];

    /// A goroutine in a loop that captures the loop variable.
    ///
    /// What: `go func() { … v … }()` inside a `for` loop whose variable `v` the function
    /// uses without receiving it as an argument.
    ///
    /// Why: before Go 1.22 every goroutine shares one variable and most see its last value;
    /// modules built with an older `go` directive still behave that way.
    ///
    /// Example: `for _, u := range urls { go func() { fetch(u) }() }`.
    ///
    /// Fix: pass the value as an argument, `go func(u string) { fetch(u) }(u)`, or
    /// require Go 1.22+ in `go.mod`.
    LOOP_CAPTURE = "GO002" "loop-variable-capture" Language Warning languages [Go];

    /// An `unsafe` block.
    ///
    /// What: a Rust `unsafe { … }` block.
    ///
    /// Why: inside it the compiler no longer guarantees memory safety; each block needs a
    /// reviewer's attention and a `// SAFETY:` comment saying why it is sound.
    ///
    /// Example: `unsafe { ptr.read() }`.
    ///
    /// Fix: use a safe API if one exists; otherwise keep the block small and document the
    /// invariants it relies on.
    UNSAFE = "RS001" "unsafe-block" Language Note languages [Rust];

    /// `unwrap()` or `expect()` outside tests.
    ///
    /// What: calls of `.unwrap()` and `.expect(…)` in Rust code that is not a test (not
    /// under `tests/`, `benches/` or `examples/`, not in a `#[test]` function or a
    /// `#[cfg(test)]` module).
    ///
    /// Why: they panic on `None` or `Err`, turning a recoverable condition into a crash.
    ///
    /// Example: `let port = env::var("PORT").unwrap();`.
    ///
    /// Fix: propagate with `?`, or handle the case (`unwrap_or`, `match`); keep `expect`
    /// for invariants and say which in its message.
    UNWRAP = "RS002" "unwrap-outside-tests" Language Note languages [Rust];

    /// A TODO, FIXME, XXX or HACK note in a comment.
    ///
    /// What: those markers in comments.
    ///
    /// Why: they are promises of work; listing them keeps them visible.
    ///
    /// Example: `# TODO: handle timeouts`.
    ///
    /// Fix: do the work, or turn the note into an issue and link it.
    TODO = "MRK001" "todo-comment" Marker Note;

    /// A syntax error.
    ///
    /// What: code the parser could not read (error or missing nodes); the file's metrics
    /// are still computed from what could be read.
    ///
    /// Why: the file may not compile or run, or uses syntax newer than aura's grammar; its
    /// numbers are less reliable.
    ///
    /// Example: an unclosed bracket.
    ///
    /// Fix: fix the syntax; if the code is valid, exclude the file or report the grammar
    /// gap.
    SYNTAX = "SYN001" "syntax-error" Syntax Warning;

    /// A review comment written by a language model (`aura review --llm`), not verified.
    ///
    /// What: a comment the providers routed for `review` (`llm.routing.review`) made on a
    /// line the change added. aura drops the comments that point outside the diff; it does
    /// not check the others.
    ///
    /// Why: a second reader of the change, for what the metric and syntax rules cannot see
    /// (wrong logic, a missed error case). It can be wrong: it is a note, never a gate.
    ///
    /// Example: `src/io.py:12 File never closed: open() without a with block leaks the
    /// handle (generated by llama3, not verified)`.
    ///
    /// Fix: read it; fix the code if the comment is right, ignore it if not.
    LLM_REVIEW = "LLM001" "llm-review" Generated Note;
}

/// The built-in rule with this code or name (case-insensitive).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name.eq_ignore_ascii_case(code_or_name))
}

/// The closest code or name to `text`, for "did you mean".
pub fn suggest(text: &str) -> Option<String> {
    crate::closed::did_you_mean(text, RULES.iter().flat_map(|r| [r.code, r.name]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
            assert!(seen.insert(rule.name), "duplicate name {}", rule.name);
            for part in ["What:", "Why:", "Example:", "Fix:"] {
                assert!(rule.doc.contains(part), "{} lacks {part}", rule.code);
            }
            assert!(rule.summary().len() <= 120, "{}: summary too long", rule.code);
            assert_eq!(rule.security_severity.is_some(), rule.family == Family::Security, "{}", rule.code);
        }
    }
}
