//! Parity with the real commitlint: every message of `tests/fixtures/commits/` (one file
//! per message, named for what it tests) is linted by `aura commit lint --edit FILE
//! --format json` and by `commitlint --extends @commitlint/config-conventional --edit
//! FILE`, the way a commit-msg hook runs each. Both must give the same verdict (exit
//! code) and the same rules at error level and at warning level, except for the few
//! messages in [`DIFFERENCES`], where aura deliberately follows git or the Conventional
//! Commits specification (docs/commits.md explains each).
//!
//! `.ci/run` installs `@commitlint/cli` and `@commitlint/config-conventional` into the
//! npm prefix of `AURA_NODE_MODULES`. Without them the test fails when `CI` is set and is
//! skipped (with a message on stderr) otherwise.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::assert::OutputAssertExt as _;
use serde_json::Value;

use crate::common::{self, missing, node_modules, repo_root};

const CORPUS: &str = "tests/fixtures/commits";

/// A message where aura deliberately differs from commitlint.
struct Difference {
    /// The corpus file, without `.txt`.
    name: &'static str,
    /// Why aura differs.
    why: &'static str,
    /// aura's own verdict: the rules at error level, then at warning level.
    errors: &'static [&'static str],
    warnings: &'static [&'static str],
}

/// Messages where aura deliberately differs from commitlint. commitlint must still
/// disagree (an entry it agrees with is stale).
const DIFFERENCES: &[Difference] = &[
    Difference {
        name: "breaking-change-lowercase-missing-blank",
        why: "`BREAKING CHANGE` must be upper case (Conventional Commits 1.0.0, rule 15); commitlint's \
         parser also takes `breaking change:` as a note, so its footer starts there and lacks a blank line",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "comment-before-header",
        why: "git drops the blank lines a stripped comment leaves above the header; commitlint lints the \
         empty first line as the header (`header-max-length: current length is undefined`)",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "whitespace-line-before-header",
        why: "git drops leading whitespace-only lines; commitlint lints `   ` as the header",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "comment-between-header-and-body",
        why: "commitlint's body-leading-blank reads the raw second line, a comment git strips; aura reads \
              the message git records, where a blank line follows the header",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "comment-before-footer",
        why: "commitlint's footer-leading-blank reads the raw line above the footer, a comment git \
              strips; in the recorded message a blank line is above it",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "whitespace-line-after-header",
        why: "git drops trailing whitespace-only lines, so the recorded message has no body; commitlint \
              takes the tab as a body that lacks its blank line",
        errors: &[],
        warnings: &[],
    },
    Difference {
        name: "gpg-line-in-body",
        why: "a `gpg:` line is text git records; commitlint's parser drops such lines (meant for \
              `git log --show-signature` output), so it sees no body",
        errors: &[],
        warnings: &["body-leading-blank"],
    },
    Difference {
        name: "merge-line-below-scissors",
        why: "commitlint applies its ignores to the raw file, so a `Merge branch` line in the diff \
              below the scissors skips the whole message; aura applies them to the message git records",
        errors: &["subject-case"],
        warnings: &[],
    },
    Difference {
        name: "revert-below-comment",
        why: "commitlint applies its ignores to the raw file, which starts with a comment; the message \
              git records starts with `Revert`, which aura skips",
        errors: &[],
        warnings: &[],
    },
];

/// One linter's judgement of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Verdict {
    exit: i32,
    errors: BTreeSet<String>,
    warnings: BTreeSet<String>,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(", ");
        write!(f, "exit {} errors [{}] warnings [{}]", self.exit, list(&self.errors), list(&self.warnings))
    }
}

/// A directory commitlint can run in: a git repository (its `--edit` needs one) whose
/// `node_modules` is the installed one, with no user or system git configuration.
fn commitlint_home(modules: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let git = Command::new("git").args(["init", "-q"]).current_dir(dir.path()).status();
    if !git.is_ok_and(|s| s.success()) {
        std::fs::create_dir(dir.path().join(".git")).unwrap();
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(modules, dir.path().join("node_modules")).unwrap();
    dir
}

fn commitlint(bin: &Path, home: &Path, file: &Path) -> Verdict {
    let out = Command::new(bin)
        .args([
            "--cwd",
            home.to_str().unwrap(),
            "--extends",
            "@commitlint/config-conventional",
            "--color=false",
        ])
        .arg("--edit")
        .arg(file)
        .current_dir(home)
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("no-gitconfig"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let exit = out.status.code().unwrap_or(-1);
    assert!(
        matches!(exit, 0 | 1),
        "commitlint failed on {}: exit {exit}\n{stdout}{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // `✖   message [rule]`, `⚠   message [rule]`; the summary line has no [rule]
    let rules = |sign: &str| -> BTreeSet<String> {
        stdout
            .lines()
            .filter(|line| line.starts_with(sign) && line.ends_with(']'))
            .filter_map(|line| line.rsplit_once(" [").map(|(_, rule)| rule.trim_end_matches(']').to_owned()))
            .collect()
    };
    Verdict { exit, errors: rules("✖"), warnings: rules("⚠") }
}

fn aura_verdict(home: &Path, file: &Path) -> Verdict {
    let out =
        common::aura(home).args(["commit", "lint", "--format", "json", "--edit"]).arg(file).output().unwrap();
    let exit = out.status.code().unwrap_or(-1);
    assert!(
        matches!(exit, 0 | 1),
        "aura failed on {}: exit {exit}\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    assert_eq!(report["schema_version"], 1);
    let rules = |level: &str| -> BTreeSet<String> {
        report["results"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|r| r["problems"].as_array().into_iter().flatten())
            .filter(|p| p["level"] == level)
            .map(|p| p["rule"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    Verdict { exit, errors: rules("error"), warnings: rules("warning") }
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo_root().join(CORPUS))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn name(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn corpus_covers_every_case_the_notes_list() {
    let names: BTreeSet<String> = corpus().iter().map(|p| name(p)).collect();
    assert!(names.len() >= 60, "only {} messages", names.len());
    for difference in DIFFERENCES {
        assert!(names.contains(difference.name), "DIFFERENCES names a missing file: {}", difference.name);
    }
    for rule in aura::config::COMMIT_RULES {
        let tested = names.iter().any(|n| n.starts_with(rule));
        let default_on =
            aura::commit::rule_spec(rule).is_some_and(|s| s.level != aura::config::RuleLevel::Off);
        assert!(tested || !default_on, "no corpus message is named for the default rule {rule}");
    }
}

#[test]
fn verdicts_equal_commitlint() {
    let modules = node_modules();
    let bin = modules.join(".bin/commitlint");
    let config = modules.join("@commitlint/config-conventional/package.json");
    if !bin.is_file() || !config.is_file() || cfg!(not(unix)) {
        return missing(
            &format!("commitlint in {}", modules.display()),
            &format!(
                "npm install --prefix {} @commitlint/cli @commitlint/config-conventional",
                modules.parent().unwrap_or(&modules).display()
            ),
        );
    }
    let home = commitlint_home(&modules);
    let files = corpus();

    // Node starts slowly; a few messages at a time.
    let next = AtomicUsize::new(0);
    let verdicts = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let theirs = commitlint(&bin, home.path(), file);
                    let ours = aura_verdict(home.path(), file);
                    verdicts.lock().unwrap().push((name(file), theirs, ours));
                }
            });
        }
    });
    let mut verdicts = verdicts.into_inner().unwrap();
    verdicts.sort_by(|a, b| a.0.cmp(&b.0));

    let mut failures = Vec::new();
    for (name, theirs, ours) in &verdicts {
        match DIFFERENCES.iter().find(|d| d.name == name) {
            None if theirs != ours => {
                failures.push(format!("{name}:\n    commitlint {theirs}\n    aura       {ours}"));
            }
            None => {}
            Some(Difference { why, errors, warnings, .. }) => {
                let set = |rules: &[&str]| rules.iter().map(|r| (*r).to_owned()).collect::<BTreeSet<_>>();
                let expected = Verdict {
                    exit: i32::from(!errors.is_empty()),
                    errors: set(errors),
                    warnings: set(warnings),
                };
                if *ours != expected {
                    failures
                        .push(format!("{name} (a deliberate difference): aura {ours}, expected {expected}"));
                }
                if theirs == ours {
                    failures.push(format!(
                        "{name}: commitlint now agrees ({theirs}); drop it from DIFFERENCES ({why})"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} messages differ from commitlint:\n{}",
        failures.len(),
        verdicts.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// The command itself: message sources, exit codes, configuration

/// `aura commit lint ARGS` in `dir`, isolated from the user's configuration.
fn lint_in(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    common::aura(dir).args(["commit", "lint"]).args(args).assert()
}

#[test]
fn exit_codes_and_message_sources() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    lint_in(dir, &["feat: add a flag"]).code(0).stdout("");
    lint_in(dir, &["feature: add a flag"]).code(1).stdout(predicates::str::contains(
        "✖ type 'feature' is not allowed; did you mean 'feat'? [type-enum]",
    ));
    // warnings only pass
    lint_in(dir, &["docs: x\nbody"]).code(0).stdout(predicates::str::contains("[body-leading-blank]"));
    lint_in(dir, &["-q", "docs: x\nbody"]).code(0).stdout("");
    // standard input keeps `#` lines, as git keeps them in a -m message; --edit strips them
    let message = format!("fix: x\n\n# {}\n", "a comment far too long for a body line ".repeat(3));
    assert_cmd::Command::from_std(common::aura(dir))
        .args(["commit", "lint"])
        .write_stdin(message.clone())
        .assert()
        .code(1)
        .stdout(predicates::str::contains("[body-max-line-length]"));
    std::fs::write(dir.join("MSG"), &message).unwrap();
    lint_in(dir, &["--edit", "MSG"]).code(0);
    // usage and I/O errors
    lint_in(dir, &["--edit", "missing"]).code(2).stderr(predicates::str::contains("cannot read"));
    lint_in(dir, &["--from", "HEAD~3"])
        .code(2)
        .stderr(predicates::str::contains("not inside a git repository"));
    lint_in(dir, &["--format", "sarif", "x"])
        .code(2)
        .stderr(predicates::str::contains("expected `text` or `json`"));
    lint_in(dir, &["--edit", "MSG", "feat: x"]).code(2);
}

#[test]
fn configuration_changes_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    std::fs::create_dir_all(dir.join(".aura")).unwrap();
    std::fs::write(
        dir.join(".aura/config.yaml"),
        "git:\n  commit:\n    types: [feat, wip]\n    scopes: [cli]\n    rules:\n      header-max-length: {value: 20}\n      \
         subject-case: {level: warning}\n",
    )
    .unwrap();
    lint_in(dir, &["wip(cli): Start"]).code(0).stdout(predicates::str::contains("⚠ subject 'Start'"));
    lint_in(dir, &["fix(cli): x"]).code(1).stdout(predicates::str::contains("use one of feat, wip"));
    lint_in(dir, &["feat(core): x"]).code(1).stdout(predicates::str::contains("scope 'core' is not allowed"));
    lint_in(dir, &["feat(cli): a header over twenty"])
        .code(1)
        .stdout(predicates::str::contains("[header-max-length]"));
    std::fs::write(
        dir.join(".aura/config.yaml"),
        "git:\n  commit:\n    rules:\n      header-max-length: {value: long}\n",
    )
    .unwrap();
    lint_in(dir, &["feat: x"]).code(2).stderr(predicates::str::contains(
        "config.yaml:4:7: git.commit.rules.header-max-length.value: expected a whole number of characters",
    ));
}

/// Every `e.g. '...'` example in `text`.
fn examples(text: &str) -> Vec<String> {
    text.split("e.g. '").skip(1).filter_map(|rest| rest.split_once('\'')).map(|(e, _)| e.to_owned()).collect()
}

#[test]
fn the_examples_in_hints_pass_the_configured_rules() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let configs = [
        "",
        "git:\n  commit:\n    scopes: [cli, core]\n    rules:\n      header-max-length: {value: 24}\n",
        "git:\n  commit:\n    types: [feature, bugfix]\n    rules:\n      subject-case: {when: always, value: \
         sentence-case}\n      subject-full-stop: {when: always}\n",
        "git:\n  commit:\n    rules:\n      scope-empty: {level: error}\n      header-min-length: {level: error, \
         value: 40}\n",
    ];
    let bad = ["Added a flag to pick the output format", ": add a flag", "(cli): add a flag", "feat(cli):"];
    let mut seen = 0;
    for config in configs {
        std::fs::create_dir_all(dir.join(".aura")).unwrap();
        std::fs::write(dir.join(".aura/config.yaml"), config).unwrap();
        for message in bad {
            let out = lint_in(dir, &[message]).code(1).get_output().stdout.clone();
            let text = String::from_utf8(out).unwrap();
            for example in examples(&text) {
                seen += 1;
                let verdict = lint_in(dir, &["-v", &example]).get_output().clone();
                assert_eq!(
                    verdict.status.code(),
                    Some(0),
                    "the example '{example}' (config {config:?}, for '{message}') fails its own rules:\n{}",
                    String::from_utf8_lossy(&verdict.stdout)
                );
                assert!(
                    !String::from_utf8_lossy(&verdict.stdout).contains('⚠'),
                    "no warning either: {example}"
                );
            }
        }
    }
    assert!(seen >= 8, "hints quote examples: {seen}");
}
