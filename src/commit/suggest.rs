//! `aura commit suggest`: a Conventional Commit message for a change, offline (SPEC 7).
//!
//! The type comes from what changed (only docs → `docs`, only tests → `test`, CI files →
//! `ci`, build manifests → `build`, new files or new public functions → `feat`, small
//! edits inside existing functions → `fix`, larger reshaping → `refactor`), the scope from
//! the configured scopes or the common directory, the subject from the changed symbols.
//! A [`Drafter`] (the LLM, later) may propose a message first; a draft the linter rejects
//! is retried once, then replaced by the heuristic one.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::engine::{Blob, Engine, NoProgress, Source};
use crate::git::{ChangeKind, ObjectId, Repo, hunks};
use crate::lang;
use crate::metrics::FunctionMetrics;

/// One changed file with its content before and after.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Relative to the repository root, `/`-separated.
    pub path: String,
    pub kind: ChangeKind,
    pub old: Option<Vec<u8>>,
    pub new: Option<Vec<u8>>,
    /// The blob ids of `old` and `new`, when they come from the object database: the
    /// analysis cache's keys without hashing the content.
    pub old_id: Option<ObjectId>,
    pub new_id: Option<ObjectId>,
}

/// The staged change (index against HEAD), with both sides' content.
pub fn staged(repo: &Repo) -> crate::git::Result<Vec<FileChange>> {
    let blob = |id: Option<crate::git::ObjectId>| id.map(|id| repo.blob(id)).transpose();
    repo.staged()?
        .into_iter()
        .map(|c| {
            Ok(FileChange {
                old: blob(c.old)?,
                new: blob(c.new)?,
                old_id: c.old,
                new_id: c.new,
                path: c.path,
                kind: c.kind,
            })
        })
        .collect()
}

impl FileChange {
    /// A change from the texts before and after (`None`: the file did not exist).
    pub fn from_texts(path: &str, old: Option<&str>, new: Option<&str>) -> Self {
        let kind = match (old, new) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Deleted,
            _ => ChangeKind::Modified,
        };
        Self {
            path: path.into(),
            kind,
            old: old.map(|s| s.as_bytes().to_vec()),
            new: new.map(|s| s.as_bytes().to_vec()),
            old_id: None,
            new_id: None,
        }
    }
}

/// A proposed message, in parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: String,
    pub scope: Option<String>,
    pub subject: String,
    /// Body lines (one bullet per file when several changed).
    pub body: Vec<String>,
}

impl Suggestion {
    /// The full message: header, a blank line, the body.
    pub fn message(&self) -> String {
        let mut out = self.header();
        if !self.body.is_empty() {
            out.push_str("\n\n");
            out.push_str(&self.body.join("\n"));
        }
        out.push('\n');
        out
    }

    pub fn header(&self) -> String {
        match &self.scope {
            Some(scope) => format!("{}({scope}): {}", self.kind, self.subject),
            None => format!("{}: {}", self.kind, self.subject),
        }
    }
}

/// Where a drafted message can come from besides the heuristic (the LLM layer plugs in
/// here): a full message for the change, or `None`. On the retry, `rejected` is the
/// previous draft and the linter's problems with it.
pub trait Drafter {
    fn draft(&self, change: &Described, rejected: Option<(&str, &str)>) -> Option<String>;
}

/// What a drafter is told of a change: the heuristic message (a hint to the type and
/// scope) and the change itself.
pub struct Described<'a> {
    pub hint: String,
    pub changes: &'a [FileChange],
}

/// A message for `changes`: the drafter's if the linter (`valid`) accepts it within two
/// attempts, else the heuristic's (which measures the changed sources on `engine`).
pub fn suggest(
    changes: &[FileChange],
    engine: &Engine,
    drafter: Option<&dyn Drafter>,
    check: impl Fn(&str) -> Result<(), String>,
) -> String {
    let valid = |m: &str| check(m).is_ok();
    let heuristic = heuristic(changes, engine);
    if let Some(drafter) = drafter {
        let described = Described { hint: heuristic.header(), changes };
        let mut rejected: Option<(String, String)> = None;
        for _ in 0..2 {
            let previous = rejected.as_ref().map(|(d, p)| (d.as_str(), p.as_str()));
            let Some(draft) = drafter.draft(&described, previous) else { break };
            match check(&draft) {
                Ok(()) => return draft,
                Err(problems) => {
                    tracing::info!(%problems, "the drafted message was rejected");
                    rejected = Some((draft, problems));
                }
            }
        }
    }
    // the heuristic's message, made plainer until the configured rules accept it (a
    // shorter header limit, a scope list, body rules)
    let mut plain = heuristic.clone();
    let mut candidates = vec![heuristic.message()];
    plain.body.clear();
    candidates.push(plain.message());
    plain.scope = None;
    candidates.push(plain.message());
    for max in [50, 30, 15] {
        plain.subject = truncate(&plain.subject, max).trim_end_matches('…').trim_end().to_owned();
        candidates.push(plain.message());
    }
    candidates.iter().find(|m| valid(m)).cloned().unwrap_or_else(|| heuristic.message())
}

/// What a drafter is told: the files and the heuristic's reading of them.
/// What kind of file a path is, for choosing the type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Source,
    Test,
    Docs,
    Ci,
    Build,
    Other,
}

fn category(path: &str) -> Category {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if lower.starts_with(".github/workflows/")
        || lower.starts_with(".github/actions/")
        || lower.starts_with(".circleci/")
        || lower.starts_with(".ci/")
        || matches!(
            name,
            ".gitlab-ci.yml" | "jenkinsfile" | "azure-pipelines.yml" | ".travis.yml" | "action.yml"
        )
    {
        return Category::Ci;
    }
    if matches!(
        name,
        "cargo.toml"
            | "cargo.lock"
            | "package.json"
            | "package-lock.json"
            | "yarn.lock"
            | "pnpm-lock.yaml"
            | "pyproject.toml"
            | "setup.py"
            | "setup.cfg"
            | "poetry.lock"
            | "uv.lock"
            | "go.mod"
            | "go.sum"
            | "makefile"
            | "dockerfile"
            | "build.gradle"
            | "build.gradle.kts"
            | "pom.xml"
            | "cmakelists.txt"
            | "build.rs"
            | "gemfile"
            | "gemfile.lock"
            | "composer.json"
            | "composer.lock"
    ) || name.starts_with("requirements") && ext == "txt"
    {
        return Category::Build;
    }
    if lang::detect(Path::new(name), b"").is_some() {
        return if crate::rules::is_test_path(path) || is_test_name(name) {
            Category::Test
        } else {
            Category::Source
        };
    }
    if matches!(ext, "md" | "rst" | "adoc" | "txt")
        || lower.starts_with("docs/")
        || lower.starts_with("doc/")
        || name.starts_with("readme")
        || name.starts_with("license")
        || name.starts_with("changelog")
    {
        return Category::Docs;
    }
    if crate::rules::is_test_path(path) {
        return Category::Test;
    }
    Category::Other
}

fn is_test_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    stem.starts_with("test_") || stem.ends_with("_test") || name.contains(".test.") || name.contains(".spec.")
}

/// The symbols a source change touched.
#[derive(Debug, Default)]
struct Symbols {
    added: Vec<String>,
    removed: Vec<String>,
    changed: Vec<String>,
    /// Whether a function that is part of the public API appeared.
    public_added: bool,
}

/// The functions of the source files before and after the change, by path: one engine run
/// per side, through the engine's cache (a staged blob analyzed before is not parsed again).
#[derive(Debug, Default)]
struct Measured {
    old: HashMap<String, Vec<FunctionMetrics>>,
    new: HashMap<String, Vec<FunctionMetrics>>,
}

impl Measured {
    fn new(sources: &[&FileChange], engine: &Engine) -> Self {
        let side = |old: bool| {
            let blobs = sources
                .iter()
                .filter_map(|c| {
                    let (bytes, id) = if old { (&c.old, c.old_id) } else { (&c.new, c.new_id) };
                    let (path, bytes) = (c.path.clone(), bytes.clone()?);
                    Some(match id {
                        Some(id) => Blob::stored(path, bytes, id),
                        None => Blob::new(path, bytes),
                    })
                })
                .collect();
            // the paths are relative to the repository root, as the globs are
            match engine.analyze(Source::Blobs { blobs, root: Path::new("") }, &NoProgress) {
                Ok(report) => report.files.into_iter().map(|f| (f.path, f.metrics.functions)).collect(),
                // no functions to name: the message falls back to the files
                Err(_) => HashMap::new(),
            }
        };
        Self { old: side(true), new: side(false) }
    }
}

/// Functions added, removed and edited between the two versions of a source file.
fn symbols(change: &FileChange, measured: &Measured) -> Symbols {
    let mut out = Symbols::default();
    let (old, new) = (measured.old.get(&change.path), measured.new.get(&change.path));
    let (old, new) = (old.map_or(&[][..], Vec::as_slice), new.map_or(&[][..], Vec::as_slice));
    let old_names: BTreeSet<&str> = old.iter().map(|f| f.qualified_name.as_str()).collect();
    let new_names: BTreeSet<&str> = new.iter().map(|f| f.qualified_name.as_str()).collect();
    let edits = hunks(change.old.as_deref().unwrap_or(b""), change.new.as_deref().unwrap_or(b""));
    for f in new {
        if f.name == "(anonymous)" {
            continue;
        }
        if !old_names.contains(f.qualified_name.as_str()) {
            out.public_added |= f.public;
            out.added.push(f.name.clone());
        } else if edits.iter().any(|h| h.touches(f.start_line, f.end_line)) {
            out.changed.push(f.name.clone());
        }
    }
    for f in old {
        if f.name != "(anonymous)" && !new_names.contains(f.qualified_name.as_str()) {
            out.removed.push(f.name.clone());
        }
    }
    for list in [&mut out.added, &mut out.removed, &mut out.changed] {
        let mut seen = BTreeSet::new();
        list.retain(|n| seen.insert(n.clone()));
    }
    out
}

/// Lines added plus lines removed.
fn churn(change: &FileChange) -> (u32, u32) {
    hunks(change.old.as_deref().unwrap_or(b""), change.new.as_deref().unwrap_or(b""))
        .iter()
        .fold((0, 0), |(a, r), h| (a + h.new_lines, r + h.old_lines))
}

/// Whether only whitespace changed.
fn whitespace_only(change: &FileChange) -> bool {
    let squash = |b: &Option<Vec<u8>>| -> Option<Vec<u8>> {
        b.as_ref().map(|b| b.iter().copied().filter(|c| !c.is_ascii_whitespace()).collect())
    };
    change.kind == ChangeKind::Modified && squash(&change.old) == squash(&change.new)
}

/// The offline suggestion, from the configuration of `engine` (a metrics-only one will do:
/// it measures the changed sources' functions).
pub fn heuristic(changes: &[FileChange], engine: &Engine) -> Suggestion {
    let config = engine.config();
    let commit = &config.git.commit;
    if changes.is_empty() {
        return Suggestion {
            kind: allowed(&commit.types, "chore"),
            scope: None,
            subject: "update files".into(),
            body: Vec::new(),
        };
    }
    let categories: Vec<Category> = changes.iter().map(|c| category(&c.path)).collect();
    let sources: Vec<&FileChange> =
        changes.iter().zip(&categories).filter(|(_, k)| **k == Category::Source).map(|(c, _)| c).collect();

    let mut bullets = Vec::new();
    let (kind, subject) = if sources.is_empty() {
        let dominant = dominant(&categories);
        let files: Vec<&FileChange> =
            changes.iter().zip(&categories).filter(|(_, k)| **k == dominant).map(|(c, _)| c).collect();
        non_source_message(dominant, &files, changes)
    } else {
        let mut all = Symbols::default();
        let (mut added_lines, mut removed_lines) = (0, 0);
        let mut new_files = Vec::new();
        let mut deleted_files = Vec::new();
        let measured = Measured::new(&sources, engine);
        for c in &sources {
            let s = symbols(c, &measured);
            let (a, r) = churn(c);
            added_lines += a;
            removed_lines += r;
            match c.kind {
                ChangeKind::Added => new_files.push(stem(&c.path)),
                ChangeKind::Deleted => deleted_files.push(stem(&c.path)),
                ChangeKind::Modified | ChangeKind::Renamed => {}
            }
            bullets.push(bullet(c, &s));
            all.public_added |= s.public_added;
            all.added.extend(s.added);
            all.removed.extend(s.removed);
            all.changed.extend(s.changed);
        }
        if sources.iter().all(|c| whitespace_only(c)) {
            (
                "style".to_owned(),
                format!("format {}", names(&sources.iter().map(|c| file_name(&c.path)).collect::<Vec<_>>())),
            )
        } else if !new_files.is_empty() || all.public_added {
            let what = if all.public_added || new_files.is_empty() { all.added.clone() } else { new_files };
            ("feat".to_owned(), format!("add {}", names(&what)))
        } else if all.added.is_empty()
            && all.changed.is_empty()
            && (!all.removed.is_empty() || !deleted_files.is_empty())
        {
            let what = if all.removed.is_empty() { deleted_files } else { all.removed.clone() };
            ("refactor".to_owned(), format!("remove {}", names(&what)))
        } else {
            let mut what = all.changed.clone();
            what.extend(all.added.iter().cloned());
            if what.is_empty() {
                what = sources.iter().map(|c| stem(&c.path)).collect();
            }
            if added_lines + removed_lines <= 20 && all.added.is_empty() && all.removed.is_empty() {
                ("fix".to_owned(), format!("correct {}", names(&what)))
            } else if removed_lines > added_lines {
                ("refactor".to_owned(), format!("simplify {}", names(&what)))
            } else {
                ("refactor".to_owned(), format!("rework {}", names(&what)))
            }
        }
    };
    let body = if changes.len() > 1 && !bullets.is_empty() { bullets } else { Vec::new() };
    let kind = allowed(&commit.types, &kind);
    let scope = scope(changes, &commit.scopes).filter(|s| !redundant_scope(&kind, s));
    Suggestion { kind, scope, subject, body }
}

/// A scope that only repeats the type: `docs(docs)`, `test(tests)`, `ci(workflows)`.
fn redundant_scope(kind: &str, scope: &str) -> bool {
    scope == kind
        || match kind {
            "docs" => matches!(scope, "doc" | "docs" | "documentation"),
            "test" => matches!(scope, "test" | "tests" | "spec" | "specs" | "__tests__" | "testdata"),
            "ci" => true,
            _ => false,
        }
}

/// The message for a change without source files.
fn non_source_message(dominant: Category, files: &[&FileChange], all: &[FileChange]) -> (String, String) {
    let shown: Vec<String> = files.iter().map(|c| file_name(&c.path)).collect();
    let all_added = files.iter().all(|c| c.kind == ChangeKind::Added);
    let verb = if all_added { "add" } else { "update" };
    match dominant {
        Category::Docs => ("docs".into(), format!("{verb} {}", names(&shown))),
        Category::Test => {
            let subjects: Vec<String> = files.iter().map(|c| tested(&c.path)).collect();
            ("test".into(), format!("{verb} tests for {}", names(&subjects)))
        }
        Category::Ci => ("ci".into(), format!("{verb} {}", names(&shown))),
        Category::Build => {
            let locks = files.iter().all(|c| c.path.ends_with(".lock") || c.path.ends_with("-lock.json"));
            let subject =
                if locks { "update locked dependencies".into() } else { format!("{verb} {}", names(&shown)) };
            ("build".into(), subject)
        }
        Category::Source | Category::Other => {
            let shown: Vec<String> = all.iter().map(|c| file_name(&c.path)).collect();
            ("chore".into(), format!("{verb} {}", names(&shown)))
        }
    }
}

/// The category most files share (ties: the first in [`Category`] order).
fn dominant(categories: &[Category]) -> Category {
    let mut counts = std::collections::BTreeMap::new();
    for c in categories {
        *counts.entry(*c).or_insert(0) += 1;
    }
    let max = counts.values().copied().max().unwrap_or(0);
    counts.into_iter().find(|(_, n)| *n == max).map_or(Category::Other, |(c, _)| c)
}

/// `kind` if the configuration allows it, else `chore`, else the first allowed type.
fn allowed(types: &[String], kind: &str) -> String {
    if types.is_empty() || types.iter().any(|t| t == kind) {
        return kind.to_owned();
    }
    types.iter().find(|t| *t == "chore").or_else(|| types.first()).cloned().unwrap_or_else(|| kind.to_owned())
}

/// A configured scope every path mentions, else the last meaningful directory all
/// paths share, else the file's stem for a single file.
fn scope(changes: &[FileChange], scopes: &[String]) -> Option<String> {
    if let Some(s) = scopes.iter().find(|s| {
        changes.iter().all(|c| c.path.split('/').any(|part| part == s.as_str() || stem(part) == s.as_str()))
    }) {
        return Some(s.clone());
    }
    if !scopes.is_empty() {
        return None; // a scope outside the configured list would fail scope-enum
    }
    const GENERIC: &[&str] = &[
        "src", "lib", "app", "pkg", "internal", "crates", "packages", "source", "include", "cmd", "main",
        "java",
    ];
    let dirs: Vec<Vec<&str>> = changes
        .iter()
        .map(|c| {
            let mut parts: Vec<&str> = c.path.split('/').collect();
            parts.pop();
            parts
        })
        .collect();
    let first = dirs.first()?;
    let common = (0..first.len()).take_while(|&i| dirs.iter().all(|d| d.get(i) == first.get(i))).count();
    let candidate =
        first[..common].iter().rev().find(|p| !GENERIC.contains(p) && !p.starts_with('.')).copied();
    let candidate = match candidate {
        Some(dir) => Some(dir.to_owned()),
        None if changes.len() == 1 => Some(stem(&changes[0].path)),
        None => None,
    }?;
    let clean: String = candidate
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let clean = clean.trim_matches('-').to_owned();
    (!clean.is_empty() && clean.len() <= 24).then_some(clean)
}

/// `- path: added a, b; changed c` (at most 100 characters, the lint limit).
fn bullet(change: &FileChange, s: &Symbols) -> String {
    let mut parts = Vec::new();
    for (verb, list) in [("add", &s.added), ("change", &s.changed), ("remove", &s.removed)] {
        if !list.is_empty() {
            parts.push(format!("{verb} {}", names(list)));
        }
    }
    let what = match (change.kind, parts.is_empty()) {
        (ChangeKind::Added, true) => "new file".to_owned(),
        (ChangeKind::Deleted, true) => "deleted".to_owned(),
        (_, true) => "edited".to_owned(),
        (_, false) => parts.join("; "),
    };
    truncate(&format!("- {}: {what}", change.path), 100)
}

/// `a`, `a and b`, `a, b and c`, `a, b and 3 more`.
fn names(items: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for i in items {
        if !unique.contains(&i.as_str()) {
            unique.push(i);
        }
    }
    let joined = match unique.as_slice() {
        [] => "files".to_owned(),
        [one] => (*one).to_owned(),
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        [a, b, rest @ ..] => format!("{a}, {b} and {} more", rest.len()),
    };
    truncate(&joined, 60)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

fn stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('.').next().filter(|s| !s.is_empty()).unwrap_or(name).to_owned()
}

/// What a test file tests: `tests/test_parser.py` → `parser`.
fn tested(path: &str) -> String {
    let s = stem(path);
    let s = s.strip_prefix("test_").unwrap_or(&s);
    let s = s.strip_suffix("_test").unwrap_or(s);
    s.strip_suffix("_spec").unwrap_or(s).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::engine::EngineOptions;

    /// A metrics-only engine without a cache, as `aura commit suggest` builds with `--no-cache`.
    fn engine(config: &Config) -> Engine {
        Engine::new(config, EngineOptions::default()).unwrap()
    }

    fn change(path: &str, old: Option<&str>, new: Option<&str>) -> FileChange {
        FileChange::from_texts(path, old, new)
    }

    fn header(changes: &[FileChange]) -> String {
        heuristic(changes, &engine(&Config::default())).header()
    }

    #[test]
    fn only_docs_is_docs() {
        let h = header(&[
            change("docs/guide.md", Some("a"), Some("b")),
            change("README.md", Some("a"), Some("c")),
        ]);
        assert_eq!(h, "docs: update guide.md and README.md");
    }

    #[test]
    fn only_tests_is_test() {
        assert_eq!(
            header(&[change("tests/test_parser.py", None, Some("def test_x():\n    pass\n"))]),
            "test: add tests for parser"
        );
    }

    #[test]
    fn ci_and_build_files() {
        assert_eq!(header(&[change(".github/workflows/ci.yml", Some("a"), Some("b"))]), "ci: update ci.yml");
        assert_eq!(
            header(&[change("Cargo.lock", Some("a"), Some("b"))]),
            "build(cargo): update locked dependencies"
        );
    }

    #[test]
    fn a_new_public_function_is_a_feature_named_after_it() {
        let old = "def parse(x):\n    return x\n";
        let new = "def parse(x):\n    return x\n\n\ndef render(x):\n    return str(x)\n";
        assert_eq!(header(&[change("src/report/html.py", Some(old), Some(new))]), "feat(report): add render");
    }

    #[test]
    fn a_small_edit_inside_a_function_is_a_fix() {
        let old = "def total(xs):\n    return sum(xs)\n\n\ndef other():\n    return 1\n";
        let new = "def total(xs):\n    return sum(x for x in xs if x)\n\n\ndef other():\n    return 1\n";
        assert_eq!(
            header(&[change("billing/total.py", Some(old), Some(new))]),
            "fix(billing): correct total"
        );
    }

    #[test]
    fn removing_functions_is_a_refactor() {
        let old = "def a():\n    return 1\n\n\ndef b():\n    return 2\n";
        let new = "def a():\n    return 1\n";
        assert_eq!(header(&[change("pkg/util.py", Some(old), Some(new))]), "refactor(util): remove b");
    }

    #[test]
    fn whitespace_only_is_style() {
        assert_eq!(
            header(&[change("lib/x.py", Some("a = 1\n"), Some("a  =  1\n"))]),
            "style(x): format x.py"
        );
    }

    #[test]
    fn configured_scopes_win_and_unknown_scopes_are_left_out() {
        let mut config = Config::default();
        config.git.commit.scopes = vec!["engine".into()];
        let s = heuristic(
            &[change("src/engine/walk.rs", Some("fn a() {}\n"), Some("fn a() { }\n"))],
            &engine(&config),
        );
        assert_eq!(s.scope.as_deref(), Some("engine"));
        let s =
            heuristic(&[change("src/cli.rs", Some("fn a() {}\n"), Some("fn a() { }\n"))], &engine(&config));
        assert_eq!(s.scope, None);
    }

    #[test]
    fn the_type_falls_back_to_an_allowed_one() {
        let mut config = Config::default();
        config.git.commit.types = vec!["chore".into(), "feat".into()];
        let s = heuristic(&[change("docs/a.md", Some("a"), Some("b"))], &engine(&config));
        assert_eq!(s.kind, "chore");
    }

    struct Fixed(Vec<&'static str>, std::sync::Mutex<Vec<Option<String>>>);
    impl Drafter for Fixed {
        fn draft(&self, change: &Described, rejected: Option<(&str, &str)>) -> Option<String> {
            assert_eq!(change.hint, "docs: update a.md");
            let mut seen = self.1.lock().unwrap();
            seen.push(rejected.map(|(d, p)| format!("{d} / {p}")));
            self.0.get(seen.len() - 1).map(|s| (*s).to_owned())
        }
    }

    #[test]
    fn a_rejected_draft_is_retried_with_the_problems_then_replaced() {
        let changes = [change("docs/a.md", Some("a"), Some("b"))];
        let valid = |m: &str| if m.starts_with("docs") { Ok(()) } else { Err("not docs".to_owned()) };
        let config = Config::default();
        let second =
            Fixed(vec!["Here is your commit message!", "docs: explain the setup"], Default::default());
        assert_eq!(suggest(&changes, &engine(&config), Some(&second), valid), "docs: explain the setup");
        assert_eq!(
            *second.1.lock().unwrap(),
            [None, Some("Here is your commit message! / not docs".to_owned())],
            "the retry is told what was wrong"
        );
        let never = Fixed(vec!["nonsense", "more nonsense"], Default::default());
        assert_eq!(suggest(&changes, &engine(&config), Some(&never), valid), "docs: update a.md\n");
    }
}
