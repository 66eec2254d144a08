//! The example messages the linter's hints quote ("write e.g. '...'"), built to pass the
//! configured rules: an allowed type in the allowed case, a listed scope when scopes are
//! listed (or required), the subject in an allowed case, the full stop as configured,
//! and a header within the length limits. An example that breaks the rules it explains
//! would send the user round in circles.

use super::case::Case;
use super::lint::{case_verdict, fix_case};
use super::rules::{RuleSetting, RuleValue, Rules};
use super::text::js_len;
use crate::config::{RuleCondition, RuleLevel};

/// The subject of the generic example.
pub(super) const SUBJECT: &str = "accept empty input";

/// The scope of the generic example, when no scopes are listed but one is required.
const SCOPE: &str = "parser";

/// Words appended to a subject a `header-min-length` finds too short.
const MORE: &[&str] = &["so", "that", "every", "caller", "gets", "a", "clear", "result"];

/// What the example should keep from the user's header, where the rules allow it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Wanted<'a> {
    pub kind: Option<&'a str>,
    pub scope: Option<&'a str>,
    pub subject: Option<&'a str>,
}

/// A message that passes `rules`, keeping what it can of `wanted`.
pub(super) fn example(rules: &Rules, wanted: Wanted<'_>) -> String {
    let active = |name: &str| rules.get(name).filter(|s| s.level != RuleLevel::Off);
    let kind = fitted_case(active("type-case"), &pick_type(active("type-enum"), wanted.kind));
    let scope = pick_scope(active("scope-enum"), active("scope-empty"), wanted.scope)
        .map(|scope| fitted_case(active("scope-case"), &scope));
    let stop = active("subject-full-stop").and_then(|s| match s.value {
        RuleValue::Character(c) => Some((c, s.when == RuleCondition::Always)),
        _ => None,
    });
    let subject = wanted.subject.map(str::trim).filter(|s| !s.is_empty()).unwrap_or(SUBJECT);
    let subject = match stop {
        Some((c, _)) => subject.trim_end_matches(c),
        None => subject.trim_end_matches('.'),
    };
    let mut words: Vec<String> = subject.split_whitespace().map(str::to_owned).collect();
    let max = active("header-max-length").map_or(usize::MAX, length);
    let min = active("header-min-length").map_or(0, length);
    let subject_case = active("subject-case");
    let header = |words: &[String], scope: Option<&str>| {
        let mut subject = fitted_case(subject_case, &words.join(" "));
        if let Some((c, true)) = stop {
            subject.push(c);
        }
        match scope {
            Some(scope) => format!("{kind}({scope}): {subject}"),
            None => format!("{kind}: {subject}"),
        }
    };
    let mut line = header(&words, scope.as_deref());
    for more in MORE.iter().cycle().take(4 * MORE.len()) {
        if js_len(&line) >= min {
            break;
        }
        words.push((*more).to_owned());
        line = header(&words, scope.as_deref());
    }
    while js_len(&line) > max && words.len() > 1 {
        words.pop();
        line = header(&words, scope.as_deref());
    }
    if js_len(&line) > max && !requires(active("scope-empty")) {
        line = header(&words, None);
    }
    if requires(active("body-empty")) {
        line.push_str("\n\nSay why the change is needed.");
    }
    line
}

/// A type the `type-enum` allows: the wanted one, else `fix`, `feat`, else the first listed.
fn pick_type(setting: Option<&RuleSetting>, wanted: Option<&str>) -> String {
    let preferred = wanted.into_iter().chain(["fix", "feat", "chore", "docs", "change"]);
    let Some(setting) = setting else {
        return wanted.unwrap_or("fix").to_owned();
    };
    let names = names(setting);
    match setting.when {
        RuleCondition::Always if !names.is_empty() => {
            preferred.clone().find(|t| names.iter().any(|n| n == t)).unwrap_or(&names[0]).to_owned()
        }
        RuleCondition::Never => {
            preferred.clone().find(|t| !names.iter().any(|n| n == t)).unwrap_or("change").to_owned()
        }
        RuleCondition::Always => wanted.unwrap_or("fix").to_owned(),
    }
}

/// A scope the rules allow: the wanted one when no list forbids it, the first listed one
/// when scopes are listed, a generic one when a scope is required, none when forbidden.
fn pick_scope(
    enumerated: Option<&RuleSetting>,
    empty: Option<&RuleSetting>,
    wanted: Option<&str>,
) -> Option<String> {
    if empty.is_some_and(|s| s.when == RuleCondition::Always) {
        return None; // scope-empty `always`: a scope is forbidden
    }
    let listed = enumerated.filter(|s| s.when == RuleCondition::Always).map(names).unwrap_or_default();
    let forbidden = enumerated.filter(|s| s.when == RuleCondition::Never).map(names).unwrap_or_default();
    let allowed = |scope: &str| {
        (listed.is_empty() || listed.iter().any(|n| n == scope)) && !forbidden.iter().any(|n| n == scope)
    };
    if let Some(scope) = wanted.filter(|s| allowed(s)) {
        return Some(scope.to_owned());
    }
    if let Some(first) = listed.first() {
        return Some(first.clone());
    }
    requires(empty).then(|| SCOPE.to_owned()).filter(|s| allowed(s))
}

/// An `*-empty` rule at `never`: the part is required.
fn requires(setting: Option<&RuleSetting>) -> bool {
    setting.is_some_and(|s| s.when == RuleCondition::Never)
}

/// `text` in a case the rule accepts (unchanged when it already does).
fn fitted_case(setting: Option<&RuleSetting>, text: &str) -> String {
    let Some(setting) = setting else { return text.to_owned() };
    let cases: &[Case] = match &setting.value {
        RuleValue::Cases(cases) => cases,
        _ => return text.to_owned(),
    };
    let never = setting.when == RuleCondition::Never;
    if case_verdict(text, cases, never) {
        return text.to_owned();
    }
    fix_case(text, cases, never).unwrap_or_else(|| text.to_owned())
}

fn names(setting: &RuleSetting) -> Vec<String> {
    match &setting.value {
        RuleValue::Names(names) => names.clone(),
        _ => Vec::new(),
    }
}

fn length(setting: &RuleSetting) -> usize {
    match setting.value {
        RuleValue::Length(n) => n,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::commit::lint;
    use crate::config::{CommitConfig, CommitRuleSetting};

    fn rules(types: &[&str], scopes: &[&str], changes: &[(&str, serde_json::Value)]) -> Rules {
        let mut config = CommitConfig::default();
        if !types.is_empty() {
            config.types = types.iter().map(|t| (*t).to_owned()).collect();
        }
        config.scopes = scopes.iter().map(|s| (*s).to_owned()).collect();
        for (name, change) in changes {
            let setting: CommitRuleSetting = serde_json::from_value(change.clone()).unwrap();
            config.rules.insert((*name).to_owned(), setting);
        }
        Rules::from_config(&config).unwrap()
    }

    #[test]
    fn every_example_passes_the_rules_it_is_shown_under() {
        let configs = [
            rules(&[], &[], &[]),
            rules(&[], &["cli", "core"], &[]),
            rules(&[], &[], &[("header-max-length", json!({"value": 20}))]),
            rules(&[], &["configuration"], &[("header-max-length", json!({"value": 24}))]),
            rules(&[], &[], &[("subject-case", json!({"when": "always", "value": "sentence-case"}))]),
            rules(&["feature", "bugfix"], &[], &[]),
            rules(&[], &[], &[("type-enum", json!({"when": "never", "value": ["fix", "feat"]}))]),
            rules(
                &[],
                &[],
                &[("scope-empty", json!({"level": "error"})), ("scope-case", json!({"value": "upper-case"}))],
            ),
            rules(&[], &[], &[("scope-empty", json!({"level": "error", "when": "always"}))]),
            rules(&[], &[], &[("subject-full-stop", json!({"when": "always"}))]),
            rules(&[], &[], &[("header-min-length", json!({"level": "error", "value": 45}))]),
            rules(&[], &[], &[("body-empty", json!({"level": "error"}))]),
            rules(&["FIX"], &[], &[("type-case", json!({"value": "upper-case"}))]),
            rules(&[], &[], &[("subject-case", json!({"when": "always", "value": ["upper-case"]}))]),
        ];
        let wanted = [
            Wanted::default(),
            Wanted { kind: Some("feat"), scope: Some("parser"), subject: Some("Added stuff.") },
            Wanted { kind: Some("wip"), scope: None, subject: Some("HANDLE THE EMPTY INPUT CASE TOO") },
            Wanted {
                kind: None,
                scope: Some("cli"),
                subject: Some("a very long subject that goes on and on"),
            },
        ];
        for (i, rules) in configs.iter().enumerate() {
            for want in wanted {
                let message = example(rules, want);
                let verdict = lint(&message, rules);
                assert!(verdict.problems.is_empty(), "config {i}, {want:?}: '{message}' breaks {verdict:?}");
            }
        }
    }

    #[test]
    fn keeps_what_the_rules_allow() {
        let default = rules(&[], &[], &[]);
        assert_eq!(example(&default, Wanted::default()), "fix: accept empty input");
        let want = Wanted { kind: Some("feat"), scope: Some("parser"), subject: Some("add a flag") };
        assert_eq!(example(&default, want), "feat(parser): add a flag");
        let scoped = rules(&[], &["cli"], &[("header-max-length", json!({"value": 30}))]);
        assert_eq!(example(&scoped, want), "feat(cli): add a flag");
        let long = Wanted { subject: Some("add a flag that lets users pick the output"), ..want };
        assert_eq!(example(&scoped, long), "feat(cli): add a flag that");
    }
}
