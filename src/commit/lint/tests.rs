//! Each rule with a passing and a failing message (commitlint's semantics), changed
//! settings, and the wording of the messages.

use serde_json::json;

use super::*;
use crate::config::{CommitConfig, CommitRuleSetting};

/// A rule's name and its changed level, condition and value.
type Change<'a> = (&'a str, Option<RuleLevel>, Option<RuleCondition>, Option<serde_json::Value>);

fn rules_with(changes: &[Change<'_>]) -> Rules {
    let mut config = CommitConfig::default();
    for (name, level, when, value) in changes {
        let setting = CommitRuleSetting { level: *level, when: *when, value: value.clone() };
        config.rules.insert((*name).to_owned(), setting);
    }
    Rules::from_config(&config).unwrap()
}

/// The rules `message` breaks under `rules`, as `rule:level`.
fn broken_with(message: &str, rules: &Rules) -> Vec<String> {
    lint(message, rules)
        .problems
        .iter()
        .map(|p| format!("{}:{}", p.rule, if p.level == Level::Error { "error" } else { "warning" }))
        .collect()
}

fn broken(message: &str) -> Vec<String> {
    broken_with(message, &Rules::conventional())
}

/// The problem `rule` reports for `message` under the defaults.
fn problem(message: &str, rule: &str) -> Problem {
    let lint = lint(message, &Rules::conventional());
    lint.problems.into_iter().find(|p| p.rule == rule).unwrap_or_else(|| panic!("no {rule} for {message:?}"))
}

fn on(name: &str, when: RuleCondition, value: Option<serde_json::Value>) -> Rules {
    rules_with(&[(name, Some(RuleLevel::Error), Some(when), value)])
}

use RuleCondition::{Always, Never};

#[test]
fn seeds_example_is_valid() {
    let message = "feat(intelligence): add JavaScript AST analyzer\n\n\
                   - Implement tree-sitter based parsing\n- Add complexity metrics\n\nCloses #142";
    assert_eq!(broken(message), Vec::<String>::new());
    assert!(lint(message, &Rules::conventional()).valid());
}

#[test]
fn body_empty() {
    let rules = on("body-empty", Never, None);
    assert_eq!(broken_with("feat: x\n\nbody", &rules), Vec::<String>::new());
    assert_eq!(broken_with("feat: x", &rules), ["body-empty:error"]);
    let always = on("body-empty", Always, None);
    assert_eq!(broken_with("feat: x\n\nbody", &always), ["body-empty:error"]);
    assert_eq!(broken_with("feat: x", &always), Vec::<String>::new());
}

#[test]
fn body_leading_blank() {
    assert_eq!(broken("feat: x\n\nbody"), Vec::<String>::new());
    assert_eq!(broken("feat: x\nbody"), ["body-leading-blank:warning"]);
    let p = problem("feat: x\nbody text", "body-leading-blank");
    assert_eq!(
        p.message,
        "body must be separated from the header by a blank line; add one before 'body text'"
    );
    let never = on("body-leading-blank", Never, None);
    assert_eq!(broken_with("feat: x\n\nbody", &never), ["body-leading-blank:error"]);
}

#[test]
fn body_max_line_length() {
    let long = "word ".repeat(21);
    assert_eq!(broken(&format!("feat: x\n\n{}", "a".repeat(100))), Vec::<String>::new());
    assert_eq!(broken(&format!("feat: x\n\n{long}")), ["body-max-line-length:error"]);
    assert_eq!(
        broken(&format!("feat: x\n\n{long} https://example.com")),
        Vec::<String>::new(),
        "URL lines pass"
    );
    let p = problem(&format!("feat: x\n\nshort\n{long}\n{long}"), "body-max-line-length");
    assert!(
        p.message.starts_with(
            "body line 4 is 105 characters long, over the limit of 100 (and 1 more line); wrap it"
        ),
        "{}",
        p.message
    );
    assert_eq!(p.found.as_deref(), Some(long.as_str()));
    let short = rules_with(&[("body-max-line-length", None, None, Some(json!(3)))]);
    assert_eq!(broken_with("feat: x\n\nabcd", &short), ["body-max-line-length:error"]);
}

#[test]
fn footer_leading_blank() {
    assert_eq!(broken("fix: x\n\nbody\n\nCloses #1"), Vec::<String>::new());
    assert_eq!(broken("fix: x\n\nbody\nCloses #1"), ["footer-leading-blank:warning"]);
    let p = problem("fix: x\n\nbody\nCloses #1", "footer-leading-blank");
    assert_eq!(
        p.message,
        "footer must be separated from the body by a blank line; add one before 'Closes #1'"
    );
}

#[test]
fn footer_max_line_length() {
    let long = format!("Closes #1 {}", "word ".repeat(20));
    assert_eq!(broken(&format!("fix: x\n\n{long}")), ["footer-max-line-length:error"]);
    assert_eq!(broken("fix: x\n\nCloses #1"), Vec::<String>::new());
}

#[test]
fn header_max_length() {
    let at_limit = format!("feat: {}", "a".repeat(94));
    assert_eq!(broken(&at_limit), Vec::<String>::new());
    assert_eq!(broken(&format!("{at_limit}b")), ["header-max-length:error"]);
    let p = problem(&format!("{at_limit}bc"), "header-max-length");
    assert_eq!(p.message, "header is 102 characters long, over the limit of 100; shorten it by 2 characters");
    let squash = format!("feat: {} (#1234)", "a".repeat(90));
    let p = problem(&squash, "header-max-length");
    assert!(p.message.ends_with("(the ' (#…)' a squash merge appends counts too)"), "{}", p.message);
    // UTF-16 units, as commitlint counts: the rocket is 2
    assert_eq!(broken(&format!("feat: {} 🚀", "a".repeat(92))), ["header-max-length:error"]);
}

#[test]
fn header_min_length() {
    let rules = rules_with(&[("header-min-length", Some(RuleLevel::Error), None, Some(json!(10)))]);
    assert_eq!(broken_with("fix: abcde", &rules), Vec::<String>::new());
    assert_eq!(broken_with("fix: abcd", &rules), ["header-min-length:error"]);
}

#[test]
fn header_trim() {
    assert_eq!(broken("feat: x "), ["header-trim:error"]);
    let p = problem("feat: add x ", "header-trim");
    assert_eq!(p.message, "header 'feat: add x ' must not end with whitespace; write 'feat: add x'");
    assert_eq!(p.suggestion.as_deref(), Some("feat: add x"));
    assert!(problem(" feat: x", "header-trim").message.contains("must not start with whitespace"));
    assert!(problem(" feat: x\t", "header-trim").message.contains("must not be surrounded by whitespace"));
}

#[test]
fn scope_case() {
    let rules = on("scope-case", Always, Some(json!("kebab-case")));
    assert_eq!(broken_with("feat(core-lib): x", &rules), Vec::<String>::new());
    assert_eq!(broken_with("feat(core-lib/cli, api): x", &rules), Vec::<String>::new(), "each part");
    assert_eq!(broken_with("feat(coreLib): x", &rules), ["scope-case:error"]);
    assert_eq!(broken_with("feat: x", &rules), Vec::<String>::new(), "no scope, nothing to check");
    let p = lint("feat(CoreLib): x", &rules).problems.remove(0);
    assert_eq!(p.message, "scope 'CoreLib' must be kebab-case; write 'core-lib'");
    let lower = on("scope-case", Always, None);
    assert_eq!(broken_with("feat(Core): x", &lower), ["scope-case:error"], "lower-case by default");
}

#[test]
fn scope_empty() {
    let rules = on("scope-empty", Never, None);
    assert_eq!(broken_with("feat(core): x", &rules), Vec::<String>::new());
    assert_eq!(broken_with("feat: x", &rules), ["scope-empty:error"]);
    assert_eq!(broken_with("feat(): x", &rules), ["scope-empty:error"]);
    let always = on("scope-empty", Always, None);
    assert_eq!(broken_with("feat(core): x", &always), ["scope-empty:error"]);
}

#[test]
fn scope_enum() {
    let config = CommitConfig { scopes: vec!["core".into(), "cli".into()], ..CommitConfig::default() };
    let rules = Rules::from_config(&config).unwrap();
    assert_eq!(broken_with("feat(core): x", &rules), Vec::<String>::new());
    assert_eq!(broken_with("feat(core, cli): x", &rules), Vec::<String>::new());
    assert_eq!(broken_with("feat: x", &rules), Vec::<String>::new(), "no scope is fine (scope-empty's job)");
    assert_eq!(broken_with("feat(cor): x", &rules), ["scope-enum:error"]);
    let p = lint("feat(core/clj): x", &rules).problems.remove(0);
    assert_eq!(p.message, "scope 'clj' is not allowed; did you mean 'cli'?");
    assert_eq!(p.suggestion.as_deref(), Some("cli"));
    assert_eq!(broken("feat(anything): x"), Vec::<String>::new(), "off without scopes");
    let never = on("scope-enum", Never, Some(json!(["legacy"])));
    assert_eq!(broken_with("feat(legacy): x", &never), ["scope-enum:error"]);
    assert_eq!(broken_with("feat(core): x", &never), Vec::<String>::new());
}

#[test]
fn subject_case() {
    for bad in ["Add a flag", "Add A Flag", "AddFlag", "ADD A FLAG", "Ümlaut first", "Добавить"] {
        assert_eq!(broken(&format!("feat: {bad}")), ["subject-case:error"], "{bad}");
    }
    for good in [
        "add a flag",
        "add JavaScript support",
        "`Eslint` configuration",
        "2FA for admins",
        "useState hook",
        "🎉 first release",
        "添加新功能",
        "'Quoted' first",
    ] {
        assert_eq!(broken(&format!("feat: {good}")), Vec::<String>::new(), "{good}");
    }
    let p = problem("feat: Add a flag", "subject-case");
    assert_eq!(
        p.message,
        "subject 'Add a flag' must not be sentence-case, start-case, pascal-case or upper-case; write 'add a flag'"
    );
    assert_eq!(p.suggestion.as_deref(), Some("add a flag"));
    assert_eq!(problem("feat: ADD IT", "subject-case").suggestion.as_deref(), Some("add it"));
    let always_lower = on("subject-case", Always, Some(json!("lower-case")));
    assert_eq!(broken_with("feat: add JavaScript", &always_lower), ["subject-case:error"]);
    assert_eq!(broken_with("feat: add js", &always_lower), Vec::<String>::new());
}

#[test]
fn subject_empty() {
    assert_eq!(broken("feat:"), ["subject-empty:error", "type-empty:error"]);
    assert_eq!(broken("feat: "), ["header-trim:error", "subject-empty:error"]);
    let p = problem("feat:add a flag", "subject-empty");
    assert_eq!(p.message, "subject may not be empty; add a space after the ':' in 'feat:add a flag'");
}

#[test]
fn subject_full_stop() {
    assert_eq!(broken("feat: add a flag."), ["subject-full-stop:error"]);
    assert_eq!(broken("feat: add a flag..."), Vec::<String>::new(), "an ellipsis is not a full stop");
    assert_eq!(broken("feat: add a flag"), Vec::<String>::new());
    let p = problem("feat: add a flag.", "subject-full-stop");
    assert_eq!(p.message, "subject must not end with '.'; write 'add a flag'");
    assert_eq!((p.found.as_deref(), p.suggestion.as_deref()), (Some("add a flag."), Some("add a flag")));
    let bang = rules_with(&[("subject-full-stop", None, None, Some(json!("!")))]);
    assert_eq!(broken_with("feat: add a flag!", &bang), ["subject-full-stop:error"]);
    let always = on("subject-full-stop", Always, None);
    assert_eq!(broken_with("feat: add a flag", &always), ["subject-full-stop:error"]);
}

#[test]
fn type_case() {
    assert_eq!(broken("Feat: x"), ["type-case:error", "type-enum:error"]);
    let p = problem("FIX: x", "type-case");
    assert_eq!(p.message, "type 'FIX' must be lower-case; write 'fix'");
    let upper = on("type-case", Always, Some(json!("upper-case")));
    let custom = CommitConfig { types: vec!["FIX".into()], ..CommitConfig::default() };
    let mut config = custom.clone();
    config.rules.insert(
        "type-case".into(),
        CommitRuleSetting { value: Some(json!("upper-case")), ..CommitRuleSetting::default() },
    );
    assert_eq!(broken_with("FIX: x", &Rules::from_config(&config).unwrap()), Vec::<String>::new());
    assert_eq!(broken_with("fix: x", &upper), ["type-case:error"]);
}

#[test]
fn type_empty() {
    assert_eq!(broken("(core): x"), ["type-empty:error"]);
    assert_eq!(broken("Add a flag"), ["subject-empty:error", "type-empty:error"]);
    let p = problem("(core): x", "type-empty");
    assert_eq!(
        p.message,
        "type may not be empty; write the type before the ':' in '(core): x', e.g. 'fix(core): x'"
    );
    let p = problem("Add a flag", "type-empty");
    assert_eq!(
        p.message,
        "type may not be empty; 'Add a flag' is not 'type(scope): subject'; write e.g. 'feat: add a flag'"
    );
}

#[test]
fn type_enum() {
    assert_eq!(broken("feature: x"), ["type-enum:error"]);
    let p = problem("feature: x", "type-enum");
    assert_eq!(p.message, "type 'feature' is not allowed; did you mean 'feat'?");
    assert_eq!((p.found.as_deref(), p.suggestion.as_deref()), (Some("feature"), Some("feat")));
    assert_eq!(problem("tests: x", "type-enum").suggestion.as_deref(), Some("test"));
    assert_eq!(problem("doc: x", "type-enum").suggestion.as_deref(), Some("docs"));
    let p = problem("wip: x", "type-enum");
    assert_eq!(
        p.message,
        "type 'wip' is not allowed; use one of build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test"
    );
    let custom =
        Rules::from_config(&CommitConfig { types: vec!["wip".into()], ..CommitConfig::default() }).unwrap();
    assert_eq!(broken_with("wip: x", &custom), Vec::<String>::new());
    let never = on("type-enum", Never, Some(json!(["chore"])));
    assert_eq!(broken_with("chore: x", &never), ["type-enum:error"]);
}

#[test]
fn levels_and_off() {
    let rules = rules_with(&[
        ("subject-case", Some(RuleLevel::Off), None, None),
        ("type-enum", Some(RuleLevel::Warning), None, None),
    ]);
    let lint = lint("feature: Add a flag", &rules);
    assert_eq!(lint.problems.iter().map(|p| p.rule).collect::<Vec<_>>(), ["type-enum"]);
    assert!(lint.valid(), "warnings only");
    assert_eq!((lint.errors(), lint.warnings()), (0, 1));
}

#[test]
fn errors_come_before_warnings() {
    let lint = lint("Feat: x\nbody", &Rules::conventional());
    let order: Vec<(&str, Level)> = lint.problems.iter().map(|p| (p.rule, p.level)).collect();
    assert_eq!(
        order,
        [("type-case", Level::Error), ("type-enum", Level::Error), ("body-leading-blank", Level::Warning)]
    );
}

#[test]
fn ignored_messages_have_no_problems() {
    let lint = lint("Merge branch 'main' into x\n\nAdd A Thing.", &Rules::conventional());
    assert_eq!(lint.ignored, Some(Ignored::Merge));
    assert!(lint.problems.is_empty() && lint.valid());
    assert_eq!(lint.header, "Merge branch 'main' into x");
    assert_eq!(super::lint("", &Rules::conventional()).ignored, Some(Ignored::Empty));
}

#[test]
fn lower_case_breaking_change_is_body_text() {
    // commitlint would start a footer at the note and warn about the missing blank line
    assert_eq!(broken("feat: x\n\nbody\nbreaking change: y"), Vec::<String>::new());
    assert_eq!(broken("feat: x\n\nbody\nBREAKING CHANGE: y"), ["footer-leading-blank:warning"]);
}

#[test]
fn odd_input_never_panics() {
    let rules = Rules::conventional();
    for message in [
        "\r",
        ":",
        "(",
        "#",
        "feat(: x",
        "feat: x\n\n#",
        "feat: x\nfixes",
        "feat: x\nfixes ",
        "feat: x\nclose \u{2028}#1",
        "feat: é.",
        "🚀",
        "a\u{0}b: c",
    ] {
        let _ = lint(message, &rules);
    }
    let long = format!("feat: {}\n\n{}", "x".repeat(50_000), "Closes #1 fix ".repeat(5_000));
    assert!(!lint(&long, &rules).valid());
}
