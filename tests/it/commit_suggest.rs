//! `aura commit suggest` and `aura commit lint --from/--to` in repositories built here,
//! and the promise that a suggestion always passes the linter with the team's rules.

use aura::commit::suggest::{FileChange, heuristic};
use aura::commit::{Rules, lint};
use aura::config::Config;
use aura::engine::{Engine, EngineOptions};

use crate::common::{Sandbox, text};

fn stdout(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn suggest_describes_the_staged_change() {
    let s = Sandbox::new();
    s.write("src/report/render.py", "def render(x):\n    return str(x)\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: start"]);
    s.write(
        "src/report/render.py",
        "def render(x):\n    return str(x)\n\n\ndef render_all(xs):\n    return [render(x) for x in xs]\n",
    );
    s.write("README.md", "usage\n");
    // only the staged part counts
    s.git_ok(&["add", "src/report/render.py"]);
    assert_eq!(
        stdout(&s.aura(&["commit", "suggest", "--header-only"])).trim(),
        "feat(report): add render_all"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.aura(&["commit", "suggest", "--format", "json"]))).unwrap();
    assert_eq!(json["type"], "feat");
    assert_eq!(json["scope"], "report");

    s.git_ok(&["reset", "-q"]);
    let out = s.aura(&["commit", "suggest"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("nothing is staged"), "{}", text(&out));
}

#[test]
fn lint_a_range_of_commits_for_ci() {
    let s = Sandbox::new();
    s.commit_on_day("feat: start", 1);
    s.git_ok(&["tag", "base"]);
    s.commit_on_day("fix(core): handle empty input", 2);
    let bad = s.commit_on_day("Updated stuff.", 3);
    let out = s.aura(&["commit", "lint", "--from", "base"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains(&bad), "names the commit:\n{said}");
    assert!(said.contains("type-empty"), "{said}");
    let out = s.aura(&["commit", "lint", "--from", "base", "--to", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = s.aura(&["commit", "lint", "--from", "no-such-rev"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("revision `no-such-rev` not found"), "{}", text(&out));
}

fn change(path: &str, old: Option<&str>, new: Option<&str>) -> FileChange {
    FileChange::from_texts(path, old, new)
}

/// Every kind of change the heuristic distinguishes, with long names to stress lengths.
fn change_sets() -> Vec<Vec<FileChange>> {
    let long =
        "def a_function_with_a_really_quite_remarkably_long_descriptive_name_for_testing(x):\n    return x\n";
    let many: String =
        (0..12).map(|i| format!("def exported_function_number_{i}(x):\n    return x\n\n\n")).collect();
    vec![
        vec![change("docs/guide.md", Some("a"), Some("b"))],
        vec![change("tests/test_parser.py", None, Some("def test_x():\n    pass\n"))],
        vec![
            change(".github/workflows/ci.yml", Some("a"), Some("b")),
            change(".gitlab-ci.yml", Some("a"), Some("b")),
        ],
        vec![change("Cargo.lock", Some("a"), Some("b")), change("Cargo.toml", Some("a"), Some("b"))],
        vec![change("src/Engine/Walk.py", Some("def a():\n    return 1\n"), Some(long))],
        vec![change("pkg/mod.py", None, Some(&many))],
        vec![change("pkg/mod.py", Some(&many), Some("def exported_function_number_0(x):\n    return x\n"))],
        vec![change("lib/x.py", Some("a = 1\n"), Some("a  =  1\n"))],
        (0..30)
            .map(|i| {
                change(
                    &format!("area{i}/deep/file_{i}.py"),
                    Some("def f():\n    return 1\n"),
                    Some("def f():\n    return 2\n"),
                )
            })
            .collect(),
        vec![change("LICENSE", None, Some("MIT")), change("tests/data/x.json", Some("{}"), Some("[]"))],
        vec![change("weird name/ÜBER.py", None, Some("def Über():\n    pass\n"))],
    ]
}

/// Team configurations that tighten the rules the suggestion has to meet.
fn configs() -> Vec<Config> {
    let yaml = [
        "{}",
        "git:\n  commit:\n    types: [feat, fix, chore]\n",
        "git:\n  commit:\n    scopes: [core, docs]\n    rules:\n      scope-enum: {level: error}\n",
        "git:\n  commit:\n    rules:\n      header-max-length: {value: 40}\n      body-max-line-length: {value: 50}\n",
        "git:\n  commit:\n    rules:\n      scope-empty: {level: error}\n",
    ];
    yaml.iter().map(|y| serde_yaml_ng::from_str::<Config>(y).unwrap_or_else(|e| panic!("{y}: {e}"))).collect()
}

#[test]
fn every_suggestion_passes_the_linter_with_the_teams_rules() {
    for config in configs() {
        let rules = Rules::from_config(&config.git.commit).unwrap();
        let engine = Engine::new(&config, EngineOptions::default()).unwrap();
        for changes in change_sets() {
            let message =
                aura::commands::commit::suggested_message(&changes, &engine, std::path::Path::new("."), None)
                    .unwrap();
            let verdict = lint(&message, &rules);
            // a rule nothing can satisfy (scope-empty never, with no scope to find) is the one exception
            let required_scope = config.git.commit.rules.contains_key("scope-empty");
            if required_scope && heuristic(&changes, &engine).scope.is_none() {
                continue;
            }
            assert!(verdict.valid(), "{message:?} with {:?}: {:?}", config.git.commit, verdict.problems);
        }
    }
}
