//! The rule configuration resolved once per run: which rules run where, at what severity,
//! with which thresholds, plus the compiled custom rules.

use std::collections::BTreeMap;
use std::path::Path;

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use tree_sitter::{Query, QueryCursor, StreamingIterator};

use super::registry::{RULES, Rule};
use super::{At, FileInput, Identity, Raw};
use crate::config::{Config, CustomRule, ThresholdResolver, Thresholds};
use crate::lang::Lang;
use crate::model::Severity;

/// Why the rule configuration cannot be used (loading normally catches these first).
#[derive(Debug, thiserror::Error)]
pub enum RuleSetError {
    #[error("{0}")]
    Invalid(String),
}

/// Whether `selector` (a code, a name, a code prefix such as `SEC`, or `*`) picks the rule
/// with this code and name. Case does not matter.
pub fn selects(selector: &str, code: &str, name: &str) -> bool {
    let s = selector.trim();
    s == "*"
        || s.eq_ignore_ascii_case("all")
        || s.eq_ignore_ascii_case(code)
        || s.eq_ignore_ascii_case(name)
        || (!s.is_empty()
            && s.len() < code.len()
            && s.chars().all(|c| c.is_ascii_alphanumeric())
            && code.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)))
}

/// Whether `selector` picks any built-in rule or one of `custom_ids`; else a message with a
/// suggestion.
pub fn check_selector(selector: &str, custom_ids: &[&str]) -> Result<(), String> {
    if RULES.iter().any(|r| selects(selector, r.code, r.name))
        || custom_ids.iter().any(|id| selects(selector, id, id))
    {
        return Ok(());
    }
    let candidates = RULES.iter().flat_map(|r| [r.code, r.name]).chain(custom_ids.iter().copied());
    let mut message = format!("unknown rule `{selector}`");
    match crate::closed::did_you_mean(selector, candidates) {
        Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
        None => message.push_str("; `aura rules` lists the rule codes"),
    }
    Err(message)
}

/// Enable/disable lists and severity overrides, global or for some paths.
#[derive(Debug, Clone, Default)]
struct Switches {
    enable: Vec<String>,
    disable: Vec<String>,
    severity: BTreeMap<String, Severity>,
}

impl Switches {
    /// Apply to one rule's state.
    fn apply(&self, code: &str, name: &str, on: &mut bool, severity: &mut Severity) {
        if self.enable.iter().any(|s| selects(s, code, name)) {
            *on = true;
        }
        if self.disable.iter().any(|s| selects(s, code, name)) {
            *on = false;
        }
        // the most specific selector wins: an exact code or name over a prefix over `*`
        let mut best: Option<(u8, Severity)> = None;
        for (selector, level) in &self.severity {
            if !selects(selector, code, name) {
                continue;
            }
            let rank = if selector.eq_ignore_ascii_case(code) || selector.eq_ignore_ascii_case(name) {
                2
            } else if selector.trim() == "*" || selector.eq_ignore_ascii_case("all") {
                0
            } else {
                1
            };
            if best.is_none_or(|(r, _)| rank >= r) {
                best = Some((rank, *level));
            }
        }
        if let Some((_, level)) = best {
            *severity = level;
        }
    }
}

/// A custom rule, compiled.
struct Custom {
    id: String,
    lang: Lang,
    query: Query,
    /// The capture that locates a finding (`@finding`, else the first).
    capture: u32,
    message: String,
    severity: Severity,
}

/// The resolved rules of a run.
pub struct RuleSet {
    global: Switches,
    by_path: Vec<(Gitignore, Switches)>,
    thresholds: ThresholdResolver,
    custom: Vec<Custom>,
}

impl std::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleSet").field("custom", &self.custom.len()).finish_non_exhaustive()
    }
}

/// What applies to one file: rule on/off and severity (indexed like `RULES`), thresholds,
/// and the same for its language's custom rules.
pub struct Policy {
    on: Vec<bool>,
    severity: Vec<Severity>,
    custom: Vec<(usize, bool, Severity)>,
    pub thresholds: Thresholds,
    pub lang: Lang,
}

impl Policy {
    pub fn enabled(&self, code: &str) -> bool {
        RULES
            .iter()
            .position(|r| r.code == code)
            .is_some_and(|i| self.on[i] && RULES[i].applies_to(self.lang))
    }

    pub fn severity(&self, rule: &Rule) -> Severity {
        RULES.iter().position(|r| r.code == rule.code).map_or(rule.severity, |i| self.severity[i])
    }

    pub fn any_enabled(&self) -> bool {
        self.on.iter().zip(RULES).any(|(on, r)| *on && r.applies_to(self.lang))
    }
}

impl RuleSet {
    /// Resolve `config`'s rules: compiles custom queries and per-path globs.
    pub fn new(config: &Config) -> Result<Self, RuleSetError> {
        let rules = &config.rules;
        let global = Switches {
            enable: rules.enable.clone(),
            disable: rules.disable.clone(),
            severity: rules.severity.clone(),
        };
        let mut by_path = Vec::new();
        for entry in &config.analysis.overrides {
            let r = &entry.rules;
            if r.enable.is_empty() && r.disable.is_empty() && r.severity.is_empty() {
                continue;
            }
            let mut builder = GitignoreBuilder::new("");
            for glob in &entry.paths {
                builder.add_line(None, glob).map_err(|e| RuleSetError::Invalid(e.to_string()))?;
            }
            let matcher = builder.build().map_err(|e| RuleSetError::Invalid(e.to_string()))?;
            by_path.push((
                matcher,
                Switches {
                    enable: r.enable.clone(),
                    disable: r.disable.clone(),
                    severity: r.severity.clone(),
                },
            ));
        }
        let thresholds = ThresholdResolver::new(&config.analysis).map_err(RuleSetError::Invalid)?;
        let custom = rules
            .custom
            .iter()
            .map(|rule| compile_custom(rule).map_err(RuleSetError::Invalid))
            .collect::<Result<_, _>>()?;
        Ok(Self { global, by_path, thresholds, custom })
    }

    /// The rules that apply to a file of `lang` at `path` (relative, `/`-separated).
    pub fn policy(&self, lang: Lang, path: &str) -> Policy {
        let matching: Vec<&Switches> = std::iter::once(&self.global)
            .chain(
                self.by_path
                    .iter()
                    .filter(|(m, _)| matches!(m.matched_path_or_any_parents(path, false), Match::Ignore(_)))
                    .map(|(_, s)| s),
            )
            .collect();
        let mut on = Vec::with_capacity(RULES.len());
        let mut severity = Vec::with_capacity(RULES.len());
        for rule in RULES {
            let (mut enabled, mut level) = (rule.default_on, rule.severity);
            for switches in &matching {
                switches.apply(rule.code, rule.name, &mut enabled, &mut level);
            }
            on.push(enabled);
            severity.push(level);
        }
        let custom = self
            .custom
            .iter()
            .enumerate()
            .filter(|(_, c)| c.lang == lang)
            .map(|(i, c)| {
                let (mut enabled, mut level) = (true, c.severity);
                for switches in &matching {
                    switches.apply(&c.id, &c.id, &mut enabled, &mut level);
                }
                (i, enabled, level)
            })
            .collect();
        let thresholds = self.thresholds.resolve(lang.name(), Path::new(path));
        Policy { on, severity, custom, thresholds, lang }
    }

    /// The severity of custom rule `id` under `policy`, or `None` when it is off there.
    pub(crate) fn custom_severity(&self, policy: &Policy, id: &str) -> Option<Severity> {
        policy
            .custom
            .iter()
            .find(|(i, on, _)| *on && self.custom[*i].id == id)
            .map(|(_, _, severity)| *severity)
    }

    /// What makes a file's [`super::Scan`] differ between two paths of the same content:
    /// which of the rules that read the tree and the bytes are on there (the metric rules,
    /// severities and thresholds are applied after the scan, per path), which custom rules
    /// run, and whether the path is test code (some rules spare tests). Paths with equal
    /// keys share cached scans.
    pub fn tree_key(&self, policy: &Policy, path: &str) -> u64 {
        let mut parts: Vec<&[u8]> = Vec::new();
        for (i, rule) in RULES.iter().enumerate() {
            if policy.on[i] && rule.applies_to(policy.lang) && !super::metric::CODES.contains(&rule.code) {
                parts.push(rule.code.as_bytes());
            }
        }
        for &(i, on, _) in &policy.custom {
            if on {
                parts.push(self.custom[i].id.as_bytes());
            }
        }
        let test: &[u8] = if super::is_test_path(path) { b"test" } else { b"code" };
        parts.push(test);
        crate::model::stable_hash(&parts)
    }

    /// The custom rules for `lang`.
    pub fn custom_for(&self, lang: Lang) -> Vec<&str> {
        self.custom.iter().filter(|c| c.lang == lang).map(|c| c.id.as_str()).collect()
    }

    /// Run the enabled custom rules of the file's language.
    pub(crate) fn run_custom(
        &self,
        input: &FileInput,
        policy: &Policy,
        out: &mut Vec<(Raw, String, Severity)>,
    ) {
        for &(i, enabled, severity) in &policy.custom {
            if !enabled {
                continue;
            }
            let rule = &self.custom[i];
            let mut cursor = QueryCursor::new();
            let mut matches = cursor.matches(&rule.query, input.tree.root_node(), input.src);
            while let Some(m) = matches.next() {
                let node = m
                    .captures()
                    .iter()
                    .find(|c| c.index == rule.capture)
                    .or(m.captures().first())
                    .map(|c| c.node);
                let Some(node) = node else { continue };
                out.push((
                    Raw {
                        code: "",
                        message: rule.message.clone(),
                        suggestion: format!("See the `{}` rule in the project's configuration.", rule.id),
                        at: At::Bytes(node.start_byte(), node.end_byte()),
                        function: None,
                        identity: Identity::LineText,
                    },
                    rule.id.clone(),
                    severity,
                ));
            }
        }
    }
}

/// Compile one custom rule, or say what is wrong with it.
fn compile_custom(rule: &CustomRule) -> Result<Custom, String> {
    let query = compile_query(&rule.language, &rule.query)?;
    let capture = query.capture_names().iter().position(|n| *n == "finding").unwrap_or(0) as u32;
    Ok(Custom {
        id: rule.id.clone(),
        lang: Lang::from_name(&rule.language).ok_or("unknown language")?,
        query,
        capture,
        message: rule.message.clone(),
        severity: rule.severity,
    })
}

/// Compile a custom rule's query for `language`; the error names the language problem or
/// the query's row and column.
pub fn compile_query(language: &str, source: &str) -> Result<Query, String> {
    let lang = Lang::from_name(language).ok_or_else(|| {
        let names = crate::lang::ALL.iter().map(|l| l.name());
        match crate::closed::did_you_mean(language, names) {
            Some(best) => format!("unknown language `{language}`; did you mean `{best}`?"),
            None => format!("unknown language `{language}`"),
        }
    })?;
    let table = lang.table().ok_or_else(|| {
        format!("language `{language}` is not compiled into this aura (cargo feature lang-{language})")
    })?;
    let query = Query::new(&table.language, source).map_err(|e| {
        format!(
            "invalid tree-sitter query at query line {}, column {}: {:?} error{}",
            e.row + 1,
            e.column + 1,
            e.kind,
            if e.message.is_empty() { String::new() } else { format!(" near `{}`", e.message) }
        )
    })?;
    if query.capture_names().is_empty() {
        return Err(
            "the query captures nothing: name the node to report, e.g. `(call_expression) @finding`".into()
        );
    }
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_match_codes_names_prefixes() {
        assert!(selects("CPX001", "CPX001", "cyclomatic-complexity"));
        assert!(selects("cpx001", "CPX001", "cyclomatic-complexity"));
        assert!(selects("cyclomatic-complexity", "CPX001", "cyclomatic-complexity"));
        assert!(selects("CPX", "CPX001", "cyclomatic-complexity"));
        assert!(selects("*", "CPX001", "cyclomatic-complexity"));
        assert!(!selects("CPX0011", "CPX001", "cyclomatic-complexity"));
        assert!(!selects("SEC", "CPX001", "cyclomatic-complexity"));
        assert!(check_selector("CPX01", &[]).unwrap_err().contains("did you mean"));
        assert!(check_selector("no-print", &["no-print"]).is_ok());
    }

    #[test]
    fn exact_severity_wins_over_prefix() {
        let mut switches = Switches::default();
        switches.severity.insert("CPX".into(), Severity::Note);
        switches.severity.insert("CPX001".into(), Severity::Error);
        let (mut on, mut level) = (true, Severity::Warning);
        switches.apply("CPX001", "cyclomatic-complexity", &mut on, &mut level);
        assert_eq!(level, Severity::Error);
        switches.apply("CPX002", "cognitive-complexity", &mut on, &mut level);
        assert_eq!(level, Severity::Note);
    }
}
