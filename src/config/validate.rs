//! Checks serde cannot make: globs compile, numbers are in range, names refer to
//! something that exists, addresses parse.

use std::collections::BTreeSet;
use std::net::SocketAddr;

use ignore::gitignore::GitignoreBuilder;
use ignore::overrides::OverrideBuilder;

use super::schema::{COMMIT_RULES, Config, ThresholdOverrides, Thresholds};
use crate::closed::did_you_mean;

/// One semantic problem: the dotted key of the offending value and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The dotted key, e.g. `analysis.exclude[2]` or `serve.bind`.
    pub key: String,
    /// What is wrong and what would be right.
    pub message: String,
}

/// Every semantic problem of `config`, in schema order.
pub fn check(config: &Config) -> Vec<Problem> {
    let mut problems = Problems::default();
    check_analysis(config, &mut problems);
    check_rules(config, &mut problems);
    check_git(config, &mut problems);
    check_llm(config, &mut problems);
    check_serve(config, &mut problems);
    problems.0
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { key: key.into(), message: message.into() });
    }

    fn positive(&mut self, key: &str, value: u64) {
        if value == 0 {
            self.push(key, "must be greater than 0");
        }
    }

    fn glob(&mut self, key: String, glob: &str) {
        if let Err(message) = check_glob(glob) {
            self.push(key, message);
        }
    }

    fn non_empty(&mut self, key: String, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.push(key, format!("{what} must not be empty"));
        }
    }
}

/// Whether `glob` compiles in the gitignore syntax aura's path globs use.
pub fn check_glob(glob: &str) -> Result<(), String> {
    if glob.trim().is_empty() {
        return Err("a glob must not be empty".to_owned());
    }
    // Both syntaxes aura uses: walk overrides (include/exclude) and gitignore matching
    // (threshold overrides). Gitignore alone accepts an unclosed `[` as a literal.
    let overrides = OverrideBuilder::new("").add(glob).map(|_| ()).map_err(|err| err.to_string());
    let gitignore = GitignoreBuilder::new("").add_line(None, glob).map(|_| ()).map_err(|err| err.to_string());
    overrides.and(gitignore).map_err(|err| {
        let reason = err.split_once("': ").map_or(err.as_str(), |(_, reason)| reason);
        format!("invalid glob `{glob}`: {reason}")
    })
}

fn check_analysis(config: &Config, problems: &mut Problems) {
    let analysis = &config.analysis;
    for (i, language) in analysis.languages.iter().enumerate() {
        language_name(problems, format!("analysis.languages[{i}]"), language);
    }
    for language in analysis.thresholds_by_language.keys() {
        language_name(problems, format!("analysis.thresholds_by_language.{language}"), language);
    }
    for (i, glob) in analysis.include.iter().enumerate() {
        problems.glob(format!("analysis.include[{i}]"), glob);
    }
    for (i, glob) in analysis.exclude.iter().enumerate() {
        problems.glob(format!("analysis.exclude[{i}]"), glob);
    }
    problems.positive("analysis.max_file_size", analysis.max_file_size);
    problems.positive("analysis.cache_max_size", analysis.cache_max_size);
    if let Some(dir) = &analysis.cache_dir {
        problems.non_empty("analysis.cache_dir".to_owned(), dir, "the cache directory");
    }
    if analysis.jobs == Some(0) {
        problems.push("analysis.jobs", "must be at least 1 (leave it unset for one per core)");
    }
    check_thresholds("analysis.thresholds", &analysis.thresholds, problems);
    for (language, overrides) in &analysis.thresholds_by_language {
        check_overrides(&format!("analysis.thresholds_by_language.{language}"), overrides, problems);
    }
    for (i, entry) in analysis.overrides.iter().enumerate() {
        if entry.paths.is_empty() {
            problems.push(format!("analysis.overrides[{i}].paths"), "list at least one glob");
        }
        for (j, glob) in entry.paths.iter().enumerate() {
            problems.glob(format!("analysis.overrides[{i}].paths[{j}]"), glob);
        }
        check_overrides(&format!("analysis.overrides[{i}].thresholds"), &entry.thresholds, problems);
        let ids = custom_ids(config);
        let prefix = format!("analysis.overrides[{i}].rules");
        selectors(problems, &prefix, &entry.rules.enable, &entry.rules.disable, &entry.rules.severity, &ids);
    }
}

/// The ids of the custom rules, which rule selectors may name.
fn custom_ids(config: &Config) -> Vec<&str> {
    config.rules.custom.iter().map(|r| r.id.as_str()).collect()
}

/// Every rule selector (`enable`, `disable`, `severity` keys) must pick some rule.
fn selectors(
    problems: &mut Problems,
    prefix: &str,
    enable: &[String],
    disable: &[String],
    severity: &std::collections::BTreeMap<String, crate::model::Severity>,
    ids: &[&str],
) {
    for (list, codes) in [("enable", enable), ("disable", disable)] {
        for (i, code) in codes.iter().enumerate() {
            if code.trim().is_empty() {
                problems.push(format!("{prefix}.{list}[{i}]"), "a rule code must not be empty");
            } else if let Err(message) = crate::rules::check_selector(code, ids) {
                problems.push(format!("{prefix}.{list}[{i}]"), message);
            }
        }
    }
    for code in severity.keys() {
        if let Err(message) = crate::rules::check_selector(code, ids) {
            problems.push(format!("{prefix}.severity.{code}"), message);
        }
    }
}

/// A language name must be one aura knows (compiled in or behind a `lang-*` feature).
fn language_name(problems: &mut Problems, key: String, name: &str) {
    if crate::lang::Lang::from_name(name).is_some() {
        return;
    }
    let known: Vec<&str> = crate::lang::ALL.iter().map(|l| l.name()).collect();
    let hint = match crate::closed::did_you_mean(&name.to_ascii_lowercase(), known.iter().copied()) {
        Some(s) => format!("; did you mean `{s}`?"),
        None => format!("; known languages: {}", known.join(", ")),
    };
    problems.push(key, format!("unknown language `{name}`{hint}"));
}

fn check_thresholds(prefix: &str, t: &Thresholds, problems: &mut Problems) {
    check_overrides(
        prefix,
        &ThresholdOverrides {
            cyclomatic: Some(t.cyclomatic),
            cognitive: Some(t.cognitive),
            nesting: Some(t.nesting),
            function_length: Some(t.function_length),
            file_length: Some(t.file_length),
            parameters: Some(t.parameters),
            maintainability: Some(t.maintainability),
        },
        problems,
    );
}

fn check_overrides(prefix: &str, o: &ThresholdOverrides, problems: &mut Problems) {
    let counts = [
        ("cyclomatic", o.cyclomatic),
        ("cognitive", o.cognitive),
        ("nesting", o.nesting),
        ("function_length", o.function_length),
        ("file_length", o.file_length),
        ("parameters", o.parameters),
    ];
    for (name, value) in counts {
        if let Some(value) = value {
            problems.positive(&format!("{prefix}.{name}"), u64::from(value));
        }
    }
    if let Some(mi) = o.maintainability
        && !(mi > 0.0 && mi <= 100.0)
    {
        problems.push(format!("{prefix}.maintainability"), "must be greater than 0 and at most 100");
    }
}

fn check_rules(config: &Config, problems: &mut Problems) {
    let rules = &config.rules;
    let ids = custom_ids(config);
    selectors(problems, "rules", &rules.enable, &rules.disable, &rules.severity, &ids);
    let mut ids = BTreeSet::new();
    for (i, rule) in rules.custom.iter().enumerate() {
        let key = |field: &str| format!("rules.custom[{i}].{field}");
        if rule.id.trim().is_empty() || rule.id.contains(char::is_whitespace) {
            problems.push(key("id"), "a rule id must be non-empty and without spaces");
        } else if !ids.insert(rule.id.as_str()) {
            problems.push(key("id"), format!("duplicate rule id `{}`", rule.id));
        } else if let Some(builtin) = crate::rules::find(&rule.id) {
            problems.push(
                key("id"),
                format!("`{}` is the built-in rule {}; choose another id", rule.id, builtin.code),
            );
        }
        problems.non_empty(key("message"), &rule.message, "the message");
        if rule.language.trim().is_empty() {
            problems.non_empty(key("language"), &rule.language, "the language");
        } else if rule.query.trim().is_empty() {
            problems.non_empty(key("query"), &rule.query, "the query");
        } else if let Err(message) = crate::rules::compile_query(&rule.language, &rule.query) {
            let field = if message.starts_with("unknown language") || message.contains("not compiled") {
                "language"
            } else {
                "query"
            };
            problems.push(key(field), message);
        }
    }
}

fn check_git(config: &Config, problems: &mut Problems) {
    let git = &config.git;
    if git.commit.types.is_empty() {
        problems.push("git.commit.types", "list at least one commit type");
    }
    for (i, kind) in git.commit.types.iter().enumerate() {
        problems.non_empty(format!("git.commit.types[{i}]"), kind, "a commit type");
    }
    for (name, setting) in &git.commit.rules {
        if !COMMIT_RULES.contains(&name.as_str()) {
            let mut message = format!("unknown commit rule `{name}`");
            if let Some(best) = did_you_mean(name, COMMIT_RULES.iter().copied()) {
                message.push_str(&format!("; did you mean `{best}`?"));
            }
            problems.push(format!("git.commit.rules.{name}"), message);
        } else if let Err(message) = crate::commit::check_setting(name, setting) {
            // "value: ..." problems point at the value's line
            match message.strip_prefix("value: ") {
                Some(message) => problems.push(format!("git.commit.rules.{name}.value"), message),
                None => problems.push(format!("git.commit.rules.{name}"), message),
            }
        }
    }
    for (i, prefix) in git.branch.prefixes.iter().enumerate() {
        problems.non_empty(format!("git.branch.prefixes[{i}]"), prefix, "a branch prefix");
    }
    problems.positive("git.branch.max_length", git.branch.max_length as u64);
    problems.non_empty("review.comment.marker".to_owned(), &config.review.comment.marker, "the marker");
}

fn check_llm(config: &Config, problems: &mut Problems) {
    let llm = &config.llm;
    let mut names = BTreeSet::new();
    for (i, provider) in llm.providers.iter().enumerate() {
        let key = |field: &str| format!("llm.providers[{i}].{field}");
        if provider.name.trim().is_empty() {
            problems.push(key("name"), "a provider name must not be empty");
        } else if !names.insert(provider.name.as_str()) {
            problems.push(key("name"), format!("duplicate provider name `{}`", provider.name));
        }
        if let Some(url) = provider.effective_base_url()
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            problems.push(key("base_url"), format!("`{url}` is not an http:// or https:// URL"));
        }
        problems.positive(&key("connect_timeout"), provider.connect_timeout);
        problems.positive(&key("timeout"), provider.timeout);
        problems.positive(&key("first_byte_timeout"), provider.first_byte_timeout);
        problems.positive(&key("context_window"), u64::from(provider.context_window));
    }
    let routes = [
        ("default", &llm.routing.default),
        ("commit", &llm.routing.commit),
        ("review", &llm.routing.review),
        ("question", &llm.routing.question),
    ];
    for (route, list) in routes {
        for (i, name) in list.iter().enumerate() {
            if !names.contains(name.as_str()) {
                let mut message = format!("no provider named `{name}` in llm.providers");
                if let Some(best) = did_you_mean(name, names.iter().copied()) {
                    message.push_str(&format!("; did you mean `{best}`?"));
                }
                problems.push(format!("llm.routing.{route}[{i}]"), message);
            }
        }
    }
    problems.non_empty("llm.cache.dir".to_owned(), &llm.cache.dir, "the cache directory");
}

fn check_serve(config: &Config, problems: &mut Problems) {
    let serve = &config.serve;
    match parse_bind(&serve.bind) {
        None => problems.push(
            "serve.bind",
            format!("`{}` is not a socket address; expected HOST:PORT such as 127.0.0.1:8080", serve.bind),
        ),
        Some(loopback) if !loopback && serve.auth.tokens.is_empty() => problems.push(
            "serve.bind",
            format!("`{}` is not a loopback address: configure serve.auth.tokens to serve it", serve.bind),
        ),
        Some(_) => {}
    }
    let mut names = BTreeSet::new();
    for (i, token) in serve.auth.tokens.iter().enumerate() {
        let key = |field: &str| format!("serve.auth.tokens[{i}].{field}");
        if token.name.trim().is_empty() {
            problems.push(key("name"), "a token name must not be empty");
        } else if !names.insert(token.name.as_str()) {
            problems.push(key("name"), format!("duplicate token name `{}`", token.name));
        }
        match (&token.sha256, &token.env) {
            (Some(_), Some(_)) | (None, None) => {
                problems.push(format!("serve.auth.tokens[{i}]"), "set exactly one of `sha256` and `env`");
            }
            (Some(hash), None) if hash.len() != 64 || !hash.chars().all(|c| c.is_ascii_hexdigit()) => {
                problems.push(key("sha256"), "expected 64 hexadecimal digits (a SHA-256 digest)");
            }
            _ => {}
        }
    }
    problems.positive("serve.token_expiry", serve.token_expiry);
    problems.positive(
        "serve.rate_limiting.requests_per_minute",
        u64::from(serve.rate_limiting.requests_per_minute),
    );
    problems.positive("serve.rate_limiting.burst_size", u64::from(serve.rate_limiting.burst_size));
    problems.positive("serve.max_concurrent_analysis", serve.max_concurrent_analysis as u64);
    problems.positive("serve.request_timeout", serve.request_timeout);
    problems.positive("serve.body_limit", serve.body_limit);
}

/// Parses a bind address; `Some(true)` when it is a loopback one. `localhost:PORT` counts.
pub fn parse_bind(bind: &str) -> Option<bool> {
    if let Ok(addr) = bind.parse::<SocketAddr>() {
        return Some(addr.ip().is_loopback());
    }
    let port = bind.strip_prefix("localhost:")?;
    port.parse::<u16>().ok().map(|_| true)
}

/// Best-effort line and column of a dotted key in a YAML or JSON file's text: each
/// segment is looked for as `name:` (or `"name":`) inside its parent's block (the lines
/// indented deeper than the parent), and `[i]` as the i-th `- ` item of a block list
/// (indented or not). Returns the deepest segment found: a flow list (`[a, b]`) or a
/// JSON document on few lines gives the line of the list's key.
pub(crate) fn locate_key(text: &str, key: &str) -> Option<(usize, usize)> {
    let segments = segments(key);
    let mut found = None;
    let mut next = 0;
    let mut parent_indent: Option<usize> = None;
    // the indent of the items of the list an index segment counts, and the count so far
    let mut items: Option<(usize, usize)> = None;
    for (index, line) in text.lines().enumerate() {
        if next >= segments.len() {
            break;
        }
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let mut indent = line.len() - body.len();
        let mut body = body;
        let counting = matches!(segments[next], Segment::Index(_));
        let item = body.starts_with("- ") || body == "-";
        // a line at or left of the parent closes its block (an indentless list's items
        // sit at the parent's own indent)
        if parent_indent.is_some_and(|p| indent < p || (indent == p && !(counting && item))) {
            break;
        }
        if let Segment::Index(wanted) = segments[next] {
            if !item {
                continue;
            }
            let (at, count) = *items.get_or_insert((indent, 0));
            if indent != at {
                continue;
            }
            items = Some((at, count + 1));
            if count != wanted {
                continue;
            }
            found = Some((index + 1, indent + 1));
            parent_indent = Some(indent);
            items = None;
            next += 1;
            // the item's first key may follow its dash: `- name: a`
            let rest = body[1..].trim_start();
            indent += body.len() - rest.len();
            body = rest;
            if next >= segments.len() || body.is_empty() {
                continue;
            }
        }
        while let Some(rest) = body.strip_prefix("- ") {
            let trimmed = rest.trim_start();
            indent += body.len() - trimmed.len();
            body = trimmed;
        }
        let Some(Segment::Key(segment)) = segments.get(next) else { continue };
        let names_segment = [format!("{segment}:"), format!("\"{segment}\":"), format!("'{segment}':")]
            .iter()
            .any(|form| body.starts_with(form.as_str()));
        if names_segment {
            found = Some((index + 1, indent + 1));
            parent_indent = Some(indent);
            next += 1;
        }
    }
    found
}

/// One step of a dotted key: a mapping key or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a.b[2].c` → `a`, `b`, `[2]`, `c`.
fn segments(key: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in key.split('.') {
        let mut pieces = part.split('[');
        if let Some(name) = pieces.next().filter(|name| !name.is_empty()) {
            out.push(Segment::Key(name));
        }
        for piece in pieces {
            if let Some(index) = piece.strip_suffix(']').and_then(|n| n.parse().ok()) {
                out.push(Segment::Index(index));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(config: &Config) -> Vec<String> {
        check(config).into_iter().map(|p| p.key).collect()
    }

    #[test]
    fn defaults_are_valid() {
        assert_eq!(check(&Config::default()), []);
    }

    #[test]
    fn finds_bad_globs_thresholds_and_addresses() {
        let mut config = Config::default();
        config.analysis.exclude = vec!["ok/**".into(), "bad[".into()];
        config.analysis.thresholds.cyclomatic = 0;
        config.analysis.thresholds.maintainability = 150.0;
        config.serve.bind = "nowhere".into();
        config.llm.routing.default = vec!["lm-studio".into()];
        assert_eq!(
            keys(&config),
            [
                "analysis.exclude[1]",
                "analysis.thresholds.cyclomatic",
                "analysis.thresholds.maintainability",
                "llm.routing.default[0]",
                "serve.bind"
            ]
        );
        let routing = check(&config).into_iter().find(|p| p.key.starts_with("llm")).unwrap();
        assert_eq!(
            routing.message,
            "no provider named `lm-studio` in llm.providers; did you mean `lm_studio`?"
        );
    }

    #[test]
    fn public_binds_need_tokens() {
        let mut config = Config::default();
        config.serve.bind = "0.0.0.0:8080".into();
        assert_eq!(keys(&config), ["serve.bind"]);
        assert_eq!(parse_bind("localhost:9000"), Some(true));
        assert_eq!(parse_bind("[::1]:80"), Some(true));
        assert_eq!(parse_bind("10.0.0.1:80"), Some(false));
    }

    #[test]
    fn unknown_languages_are_named_with_a_suggestion() {
        let mut config = Config::default();
        config.analysis.languages = vec!["pyhton".into(), "go".into()];
        let problems = check(&config);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(format!("{problems:?}").contains("did you mean `python`"), "{problems:?}");
    }

    #[test]
    fn commit_rule_values_are_checked() {
        let mut config = Config::default();
        let rules = &mut config.git.commit.rules;
        let value =
            |v: serde_json::Value| super::super::CommitRuleSetting { value: Some(v), ..Default::default() };
        rules.insert("header-max-length".into(), value(serde_json::json!("72")));
        rules.insert("subject-case".into(), value(serde_json::json!(["sentence-cse"])));
        rules.insert("type-enum".into(), value(serde_json::json!(["feat", "fix"])));
        let problems = check(&config);
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["git.commit.rules.header-max-length.value", "git.commit.rules.subject-case.value"]);
        assert_eq!(
            problems[0].message,
            "expected a whole number of characters, e.g. 72, found the string \"72\""
        );
        assert!(problems[1].message.contains("did you mean `sentence-case`?"), "{problems:?}");
    }

    #[test]
    fn locates_nested_keys() {
        let text = "analysis:\n  exclude: [a]\n  thresholds:\n    cyclomatic: 0\nserve:\n  bind: x\n";
        assert_eq!(locate_key(text, "analysis.thresholds.cyclomatic"), Some((4, 5)));
        assert_eq!(locate_key(text, "serve.bind"), Some((6, 3)));
        assert_eq!(locate_key(text, "analysis.exclude[0]"), Some((2, 3)));
        let json = "{\n  \"serve\": {\n    \"bind\": \"x\"\n  }\n}\n";
        assert_eq!(locate_key(json, "serve.bind"), Some((3, 5)));
        let list = "llm:\n  providers:\n    - name: a\n      kind: openai\n";
        assert_eq!(locate_key(list, "llm.providers[0].kind"), Some((4, 7)));
    }

    #[test]
    fn locates_list_items_by_index_inside_their_parent() {
        let text = "llm:\n  providers:\n    - name: a\n      kind: openai\n    - name: b\n      \
                    kind: gpt\n  cache:\n    dir: x\n";
        assert_eq!(locate_key(text, "llm.providers[1].kind"), Some((6, 7)));
        assert_eq!(locate_key(text, "llm.providers[1].name"), Some((5, 7)));
        assert_eq!(locate_key(text, "llm.providers[1]"), Some((5, 5)));
        assert_eq!(locate_key(text, "llm.cache.dir"), Some((8, 5)));
        // indentless items, and a key that is not in its parent's block
        let flat = "analysis:\n  overrides:\n  - paths: [a]\n  - paths: [b]\n    rules:\n      enable:\n\
                    \x20       - X\n  exclude: [c]\n";
        assert_eq!(locate_key(flat, "analysis.overrides[1].paths"), Some((4, 5)));
        assert_eq!(locate_key(flat, "analysis.overrides[1].paths[0]"), Some((4, 5)));
        assert_eq!(locate_key(flat, "analysis.exclude[0]"), Some((8, 3)));
        assert_eq!(locate_key(flat, "analysis.overrides[0].rules"), Some((3, 3)));
    }
}
