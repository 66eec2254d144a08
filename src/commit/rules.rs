//! The lint rules' settings: commitlint's `@commitlint/config-conventional` by default,
//! changed by `git.commit` in the configuration.

use serde_json::Value;
use thiserror::Error;

use super::case::Case;
use crate::config::{COMMIT_RULES, CommitConfig, CommitRuleSetting, RuleCondition, RuleLevel};

/// What a rule's `value` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// The rule takes no value.
    None,
    /// A length in characters (UTF-16 units, as commitlint counts).
    Length,
    /// A case name or a list of them.
    Cases,
    /// A list of names (types, scopes).
    Names,
    /// One character.
    Character,
}

impl ValueKind {
    /// How to write such a value, for messages and documentation.
    pub fn describe(self) -> &'static str {
        match self {
            Self::None => "no value",
            Self::Length => "a whole number of characters, e.g. 72",
            Self::Cases => "a case name or a list of them, e.g. [sentence-case, upper-case]",
            Self::Names => "a list of names, e.g. [feat, fix]",
            Self::Character => "one character, e.g. '.'",
        }
    }
}

/// A rule's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleValue {
    /// No value.
    None,
    /// A length limit.
    Length(usize),
    /// Letter cases.
    Cases(Vec<Case>),
    /// Allowed (or, with `never`, forbidden) names.
    Names(Vec<String>),
    /// A character.
    Character(char),
}

/// One rule's effective setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSetting {
    /// `off`, `warning` or `error`.
    pub level: RuleLevel,
    /// Whether the check must hold (`always`) or must not (`never`).
    pub when: RuleCondition,
    /// The rule's value.
    pub value: RuleValue,
}

/// A rule aura knows: its name, what it checks, its value's kind and its default.
#[derive(Debug, Clone, Copy)]
pub struct RuleSpec {
    /// commitlint's name, e.g. `header-max-length`.
    pub name: &'static str,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// The kind of value it takes.
    pub kind: ValueKind,
    /// The default level (config-conventional's, or off).
    pub level: RuleLevel,
    /// The default condition.
    pub when: RuleCondition,
}

/// Every rule, in `COMMIT_RULES` order, with config-conventional's levels.
#[rustfmt::skip]
pub const RULE_SPECS: &[RuleSpec] = {
    use RuleCondition::{Always, Never};
    use RuleLevel::{Error as E, Off, Warning as W};
    use ValueKind::{Cases, Character, Length, Names, None as Nothing};
    &[
        spec("body-empty",             Nothing,   Off, Never,  "the body is empty (`never`: a body is required)"),
        spec("body-leading-blank",     Nothing,   W,   Always, "a blank line separates the body from the header"),
        spec("body-max-line-length",   Length,    E,   Always, "no body line is longer than the value (lines with URLs pass)"),
        spec("footer-leading-blank",   Nothing,   W,   Always, "a blank line separates the footer from the body"),
        spec("footer-max-line-length", Length,    E,   Always, "no footer line is longer than the value (lines with URLs pass)"),
        spec("header-max-length",      Length,    E,   Always, "the header is at most the value long"),
        spec("header-min-length",      Length,    Off, Always, "the header is at least the value long"),
        spec("header-trim",            Nothing,   E,   Always, "the header neither starts nor ends with whitespace"),
        spec("scope-case",             Cases,     Off, Always, "every scope (split on `/`, `\\`, `,`) is in one of the cases"),
        spec("scope-empty",            Nothing,   Off, Never,  "the scope is empty (`never`: a scope is required)"),
        spec("scope-enum",             Names,     Off, Always, "every scope is one of the list (`git.commit.scopes`)"),
        spec("subject-case",           Cases,     E,   Never,  "the subject is in one of the cases (`never`: in none)"),
        spec("subject-empty",          Nothing,   E,   Never,  "the subject is empty (`never`: a subject is required)"),
        spec("subject-full-stop",      Character, E,   Never,  "the header ends with the character (`never`: it does not)"),
        spec("type-case",              Cases,     E,   Always, "the type is in one of the cases"),
        spec("type-empty",             Nothing,   E,   Never,  "the type is empty (`never`: a type is required)"),
        spec("type-enum",              Names,     E,   Always, "the type is one of the list (`git.commit.types`)"),
    ]
};

const fn spec(
    name: &'static str,
    kind: ValueKind,
    level: RuleLevel,
    when: RuleCondition,
    summary: &'static str,
) -> RuleSpec {
    RuleSpec { name, summary, kind, level, when }
}

/// The spec of the rule named `name`.
pub fn rule_spec(name: &str) -> Option<&'static RuleSpec> {
    RULE_SPECS.iter().find(|s| s.name == name)
}

/// A rule setting the configuration cannot give.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("git.commit.rules.{rule}: {message}")]
pub struct RuleError {
    /// The rule's name as configured.
    pub rule: String,
    /// What is wrong and what would be right.
    pub message: String,
}

/// The settings of every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    settings: Vec<(&'static str, RuleSetting)>,
}

impl Rules {
    /// commitlint's `@commitlint/config-conventional`.
    pub fn conventional() -> Self {
        Self::from_config(&CommitConfig::default()).unwrap_or_else(|_| unreachable!("the defaults are valid"))
    }

    /// The defaults, `types` as `type-enum`'s list, `scopes` as `scope-enum`'s (an error
    /// when scopes are listed), then each rule's `level`, `when` and `value` from `rules`.
    pub fn from_config(config: &CommitConfig) -> Result<Self, RuleError> {
        let mut settings = Vec::with_capacity(RULE_SPECS.len());
        for spec in RULE_SPECS {
            let mut setting =
                RuleSetting { level: spec.level, when: spec.when, value: default_value(spec.name, config) };
            if spec.name == "scope-enum" && !config.scopes.is_empty() {
                setting.level = RuleLevel::Error;
            }
            if let Some(change) = config.rules.get(spec.name) {
                let error = |message: String| RuleError { rule: spec.name.to_owned(), message };
                check_setting(spec.name, change).map_err(error)?;
                setting.level = change.level.unwrap_or(setting.level);
                setting.when = change.when.unwrap_or(setting.when);
                if let Some(value) = &change.value {
                    setting.value = parse_value(spec.kind, value).map_err(error)?;
                }
            }
            settings.push((spec.name, setting));
        }
        if let Some(unknown) = config.rules.keys().find(|name| rule_spec(name).is_none()) {
            return Err(RuleError { rule: unknown.clone(), message: unknown_rule(unknown) });
        }
        Ok(Self { settings })
    }

    /// The setting of the rule `name` (one of `COMMIT_RULES`).
    pub fn get(&self, name: &str) -> Option<&RuleSetting> {
        self.settings.iter().find(|(n, _)| *n == name).map(|(_, s)| s)
    }

    /// Every rule and its setting, in `COMMIT_RULES` order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &RuleSetting)> {
        self.settings.iter().map(|(n, s)| (*n, s))
    }
}

fn default_value(name: &str, config: &CommitConfig) -> RuleValue {
    match name {
        "body-max-line-length" | "footer-max-line-length" | "header-max-length" => RuleValue::Length(100),
        "header-min-length" => RuleValue::Length(0),
        "scope-case" | "type-case" => RuleValue::Cases(vec![Case::Lower]),
        "subject-case" => RuleValue::Cases(vec![Case::Sentence, Case::Start, Case::Pascal, Case::Upper]),
        "subject-full-stop" => RuleValue::Character('.'),
        "type-enum" => RuleValue::Names(config.types.clone()),
        "scope-enum" => RuleValue::Names(config.scopes.clone()),
        _ => RuleValue::None,
    }
}

fn unknown_rule(name: &str) -> String {
    let hint = crate::closed::did_you_mean(name, COMMIT_RULES.iter().copied())
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    format!("unknown commit rule `{name}`{hint}")
}

/// Whether `setting` is a valid change to the rule `name`: its value has the rule's
/// kind, and a rule that needs a value (`header-min-length`) has one when switched on.
/// Configuration validation reports the message under `git.commit.rules.NAME`.
pub fn check_setting(name: &str, setting: &CommitRuleSetting) -> Result<(), String> {
    let spec = rule_spec(name).ok_or_else(|| unknown_rule(name))?;
    if let Some(value) = &setting.value {
        parse_value(spec.kind, value).map_err(|message| format!("value: {message}"))?;
    } else if name == "header-min-length" && setting.level.is_some_and(|l| l != RuleLevel::Off) {
        return Err(
            "switched on without a value: set `value` to the shortest allowed header length, e.g. 10"
                .to_owned(),
        );
    }
    Ok(())
}

/// Reads a configured value of `kind`.
fn parse_value(kind: ValueKind, value: &Value) -> Result<RuleValue, String> {
    let wrong = || format!("expected {}, found {}", kind.describe(), describe_json(value));
    match kind {
        ValueKind::None => Err(format!("this rule takes no value, found {}", describe_json(value))),
        ValueKind::Length => {
            let n = value.as_u64().ok_or_else(wrong)?;
            usize::try_from(n).map(RuleValue::Length).map_err(|_| wrong())
        }
        ValueKind::Character => {
            let text = value.as_str().ok_or_else(wrong)?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(RuleValue::Character(c)),
                _ => Err(wrong()),
            }
        }
        ValueKind::Names => {
            let items = value.as_array().ok_or_else(wrong)?;
            let names = items
                .iter()
                .map(|item| {
                    item.as_str().filter(|s| !s.trim().is_empty()).map(str::to_owned).ok_or_else(wrong)
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(RuleValue::Names(names))
        }
        ValueKind::Cases => {
            let names: Vec<&Value> = match value {
                Value::Array(items) if !items.is_empty() => items.iter().collect(),
                Value::String(_) => vec![value],
                _ => return Err(wrong()),
            };
            let cases = names
                .into_iter()
                .map(|name| name.as_str().ok_or_else(wrong)?.parse::<Case>())
                .collect::<Result<Vec<_>, _>>()?;
            Ok(RuleValue::Cases(cases))
        }
    }
}

/// A JSON value in words: `the string "x"`, `the number 3`, ...
fn describe_json(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string \"{s}\""),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a mapping".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn setting(
        level: Option<RuleLevel>,
        when: Option<RuleCondition>,
        value: Option<Value>,
    ) -> CommitRuleSetting {
        CommitRuleSetting { level, when, value }
    }

    #[test]
    fn specs_follow_commit_rules() {
        let names: Vec<&str> = RULE_SPECS.iter().map(|s| s.name).collect();
        assert_eq!(names, COMMIT_RULES);
    }

    #[test]
    fn defaults_are_config_conventional() {
        let rules = Rules::conventional();
        let get = |name| rules.get(name).unwrap().clone();
        assert_eq!(get("header-max-length").value, RuleValue::Length(100));
        assert_eq!(get("body-leading-blank").level, RuleLevel::Warning);
        assert_eq!(get("subject-case").when, RuleCondition::Never);
        assert_eq!(get("scope-enum").level, RuleLevel::Off);
        let RuleValue::Names(types) = get("type-enum").value else { panic!() };
        assert_eq!(types.len(), 11);
    }

    #[test]
    fn configuration_changes_rules() {
        let mut config = CommitConfig { scopes: vec!["core".into()], ..CommitConfig::default() };
        config
            .rules
            .insert("header-max-length".into(), setting(Some(RuleLevel::Warning), None, Some(json!(72))));
        config.rules.insert(
            "subject-case".into(),
            setting(None, Some(RuleCondition::Always), Some(json!("lower-case"))),
        );
        let rules = Rules::from_config(&config).unwrap();
        let header = rules.get("header-max-length").unwrap();
        assert_eq!((header.level, header.value.clone()), (RuleLevel::Warning, RuleValue::Length(72)));
        let case = rules.get("subject-case").unwrap();
        assert_eq!(
            (case.when, case.value.clone()),
            (RuleCondition::Always, RuleValue::Cases(vec![Case::Lower]))
        );
        assert_eq!(rules.get("scope-enum").unwrap().level, RuleLevel::Error, "listing scopes enforces them");
    }

    #[test]
    fn bad_values_are_explained() {
        let check = |name, value| check_setting(name, &setting(None, None, Some(value))).unwrap_err();
        assert_eq!(
            check("header-max-length", json!("long")),
            "value: expected a whole number of characters, e.g. 72, found the string \"long\""
        );
        assert!(check("subject-case", json!(["sentence-cse"])).contains("did you mean `sentence-case`?"));
        assert!(check("type-enum", json!("feat")).starts_with("value: expected a list of names"));
        assert!(check("subject-full-stop", json!("..")).starts_with("value: expected one character"));
        assert_eq!(check("header-trim", json!(true)), "value: this rule takes no value, found `true`");
        let min =
            check_setting("header-min-length", &setting(Some(RuleLevel::Error), None, None)).unwrap_err();
        assert!(min.starts_with("switched on without a value"), "{min}");
        let mut config = CommitConfig::default();
        config.rules.insert("header-max-lenght".into(), CommitRuleSetting::default());
        let err = Rules::from_config(&config).unwrap_err();
        assert_eq!(
            err.to_string(),
            "git.commit.rules.header-max-lenght: unknown commit rule `header-max-lenght`; \
             did you mean `header-max-length`?"
        );
    }
}
