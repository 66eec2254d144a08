//! `aura review` on repositories built here with pinned dates: the filter modes, metric
//! deltas, new and fixed findings, renames and deletions, the index, CI defaults and a
//! shallow clone.

use crate::common::{self, Sandbox, text};
use serde_json::Value;

/// A function of cyclomatic complexity `n` (n - 1 `if`s).
fn branching(name: &str, n: u32) -> String {
    let mut body = format!("def {name}(x):\n");
    for i in 1..n {
        body.push_str(&format!("    if x == {i}:\n        return {i}\n"));
    }
    body.push_str("    return 0\n");
    body
}

/// A bare `except:` (PY001) on line 4.
const LEGACY: &str =
    "def load(path):\n    try:\n        return open(path).read()\n    except:\n        return None\n";

fn review(s: &Sandbox, args: &[&str]) -> (Value, i32) {
    let mut all = vec!["review", "--format", "json"];
    all.extend_from_slice(args);
    let out = s.aura(&all);
    let code = out.status.code().unwrap_or(-1);
    assert!(code == 0 || code == 1, "aura review {args:?}:\n{}", text(&out));
    (serde_json::from_slice(&out.stdout).expect("JSON review"), code)
}

fn codes(review: &Value, key: &str) -> Vec<String> {
    review[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{} {}:{}", f["code"].as_str().unwrap(), f["path"].as_str().unwrap(), f["line"]))
        .collect()
}

/// Base: `legacy.py` with a finding and `calc.py` with a function of complexity 3.
fn base() -> (Sandbox, String) {
    let s = Sandbox::new();
    s.write("app/legacy.py", LEGACY);
    s.write("app/calc.py", &branching("score", 3));
    s.write("app/__init__.py", "");
    let base = s.commit_all_on_day("feat: first version", 1);
    (s, base)
}

#[test]
fn added_mode_leaves_out_findings_on_unchanged_lines_and_nofilter_keeps_them() {
    let (s, base) = base();
    s.write("app/legacy.py", &format!("{LEGACY}\n\ndef other():\n    return 1\n"));
    s.commit_all_on_day("feat: another function", 2);

    let (added, code) = review(&s, &["--base", &base]);
    assert!(codes(&added, "findings").is_empty(), "{added:#}");
    assert_eq!(added["summary"]["filtered_out"], 1);
    assert_eq!(code, 0);

    let (all, _) = review(&s, &["--base", &base, "--filter-mode", "nofilter"]);
    assert_eq!(codes(&all, "findings"), ["PY001 app/legacy.py:4"]);
    assert_eq!(all["findings"][0]["status"], "existing", "the finding was at base already");

    // a changed line inside the finding's span brings it back in `added` mode
    s.write("app/legacy.py", &LEGACY.replace("return None", "return ''"));
    s.commit_all_on_day("fix: empty text on error", 3);
    let (touched, _) = review(&s, &["--base", "HEAD~1"]);
    assert_eq!(codes(&touched, "findings"), ["PY001 app/legacy.py:4"]);
}

#[test]
fn a_function_going_from_complexity_3_to_12_shows_the_delta_and_a_new_finding() {
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 12));
    s.commit_all_on_day("feat: score every level", 2);

    let (r, code) = review(&s, &["--base", &base, "--fail-on", "warning"]);
    assert_eq!(code, 1, "a new warning reaches the gate");
    let f = &r["functions"][0];
    assert_eq!(f["qualified_name"], "score");
    assert_eq!(f["status"], "modified");
    assert_eq!(f["before"]["cyclomatic"], 3);
    assert_eq!(f["after"]["cyclomatic"], 12);
    assert_eq!(r["summary"]["cyclomatic_delta"], 9);
    // the finding is on the `def` line, which did not change: the function's body did
    assert_eq!(codes(&r, "findings"), ["CPX001 app/calc.py:1"]);
    assert_eq!(r["findings"][0]["status"], "new");

    let out = s.aura(&["review", "--base", &base, "--format", "table"]);
    let table = String::from_utf8_lossy(&out.stdout);
    let row = table.lines().find(|l| l.contains("app/calc.py score")).unwrap_or_default();
    assert!(row.contains("  3 → 12 (+9)  "), "{table}");
}

#[test]
fn the_review_gate_message_names_the_config_line_that_set_it() {
    let (s, base) = base();
    s.write(".aura/config.yaml", "review:\n  fail_on: warning\n");
    s.write("app/calc.py", &branching("score", 12));
    s.commit_all_on_day("feat: score every level", 2);
    let out = s.aura(&["review", "--base", &base, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let config = s.repo.join(".aura/config.yaml");
    let expected = format!(
        "aura: 1 finding(s) on the change at or above the gate `warning` (review.fail_on in {}:2:3)",
        config.display()
    );
    assert!(text(&out).contains(&expected), "{}", text(&out));
}

#[test]
fn a_removed_finding_is_reported_as_fixed() {
    let (s, base) = base();
    s.write("app/legacy.py", &LEGACY.replace("except:", "except OSError:"));
    s.commit_all_on_day("fix: catch only file errors", 2);
    let (r, code) = review(&s, &["--base", &base]);
    assert_eq!(code, 0);
    assert!(codes(&r, "findings").is_empty());
    assert_eq!(codes(&r, "fixed"), ["PY001 app/legacy.py:4"]);
    assert_eq!(r["summary"]["fixed_findings"], 1);
}

#[test]
fn renames_keep_their_findings_and_deletions_fix_theirs() {
    let (s, base) = base();
    s.git_ok(&["mv", "app/legacy.py", "app/compat.py"]);
    s.git_ok(&["rm", "-q", "app/calc.py"]);
    s.commit_all_on_day("refactor: rename legacy, drop calc", 2);
    let (r, _) = review(&s, &["--base", &base, "--filter-mode", "nofilter"]);

    let files: Vec<(String, String)> = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap().to_owned(), f["status"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(files, [("app/calc.py".into(), "deleted".into()), ("app/compat.py".into(), "renamed".into())]);
    assert_eq!(r["files"][1]["from"], "app/legacy.py");
    // the moved finding is the same finding, not a new one
    assert_eq!(codes(&r, "findings"), ["PY001 app/compat.py:4"]);
    assert_eq!(r["findings"][0]["status"], "existing");
    assert!(codes(&r, "fixed").is_empty(), "{r:#}");
    let deleted: Vec<&str> = r["functions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "deleted")
        .map(|f| f["qualified_name"].as_str().unwrap())
        .collect();
    assert_eq!(deleted, ["score"]);
}

#[test]
fn staged_reviews_the_index_not_the_working_tree() {
    let (s, _) = base();
    s.write("app/run.py", "def run(cmd):\n    return eval(cmd)\n");
    s.git_ok(&["add", "app/run.py"]);
    // fixed in the working tree only: the commit would still hold eval
    s.write("app/run.py", "def run(cmd):\n    return cmd\n");
    let (r, _) = review(&s, &["--staged"]);
    assert_eq!(r["head"], "index");
    assert_eq!(codes(&r, "findings"), ["SEC004 app/run.py:2"]);
    assert_eq!(r["files"][0]["status"], "added");
}

#[test]
fn impact_lists_the_importers_and_the_tests_to_run() {
    let (s, _) = base();
    s.write("app/report.py", "from app.calc import score\n\ndef show(x):\n    return score(x)\n");
    s.write(
        "tests/test_calc.py",
        "from app import calc\n\ndef test_score():\n    assert calc.score(1) == 1\n",
    );
    s.write("app/unrelated.py", "def score_board():\n    return 'calc'\n");
    s.commit_all_on_day("test: cover the score", 2);
    s.write("app/calc.py", &branching("score", 4));
    s.commit_all_on_day("feat: one more level", 3);

    let (r, _) = review(&s, &["--base", "HEAD~1"]);
    let importers: Vec<&str> =
        r["impact"]["importers"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap()).collect();
    assert_eq!(importers, ["app/report.py", "tests/test_calc.py"]);
    assert_eq!(r["impact"]["related_tests"], serde_json::json!(["tests/test_calc.py"]));
    assert_eq!(r["impact"]["changed_tests"], serde_json::json!([]));
    let reasons = r["risk"]["reasons"].to_string();
    assert!(reasons.contains("no test changed"), "{reasons}");

    let (quick, _) = review(&s, &["--base", "HEAD~1", "--no-impact"]);
    assert_eq!(quick["impact"]["searched"], false);
}

#[test]
fn the_markdown_comment_starts_with_its_marker() {
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 12));
    s.write("app/legacy.py", &LEGACY.replace("except:", "except OSError:"));
    s.commit_all_on_day("feat: score every level", 2);
    let out = s.aura(&["review", "--base", &base, "--format", "markdown"]);
    let markdown = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(markdown.starts_with("<!-- aura-review -->\n"), "{markdown}");
    insta::assert_snapshot!("review_comment", markdown);
}

#[test]
fn on_github_actions_the_base_comes_from_the_event_and_the_summary_and_annotations_are_written() {
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 12));
    s.commit_all_on_day("feat: score every level", 2);
    let event = s.home.join("event.json");
    std::fs::write(&event, format!(r#"{{"pull_request": {{"number": 7, "base": {{"sha": "{base}"}}}}}}"#))
        .unwrap();
    let summary = s.home.join("summary.md");
    let json = s.home.join("review.json");
    let out = s
        .aura_command()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_EVENT_PATH", &event)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["review", "--format", "sarif", "-o", "review.sarif"])
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("::warning file=app/calc.py,line=1,endLine=1,col=1,"),
        "annotations on stdout:\n{stdout}"
    );
    let summary = std::fs::read_to_string(summary).unwrap();
    assert!(summary.starts_with("<!-- aura-review -->"), "{summary}");
    let review: Value = serde_json::from_slice(&std::fs::read(json).unwrap()).unwrap();
    assert_eq!(review["base"].as_str().unwrap(), base);
    let sarif: Value = serde_json::from_slice(&std::fs::read(s.repo.join("review.sarif")).unwrap()).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "SARIF holds the kept findings only");
}

#[test]
fn a_shallow_clone_without_the_base_says_how_to_fetch_it() {
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 4));
    s.commit_all_on_day("feat: more", 2);
    let url = format!("file://{}", s.repo.display());
    let clone = s.home.join("shallow");
    let out = s.git_in(&s.home, &["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let out = s.aura_in(&clone, &["review", "--base", &base]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out);
    assert!(err.contains("shallow clone") && err.contains("fetch-depth: 0"), "{err}");
}

#[test]
fn without_a_base_outside_ci_the_error_says_what_to_pass() {
    let (s, _) = base();
    let out = s.aura(&["review"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("pass --base REV"), "{}", text(&out));
}

/// `aura review --comment FORGE` in a change's repository, with the CI variables given.
fn review_with_comment(s: &Sandbox, base: &str, forge: &str, vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = s.aura_command();
    cmd.args(["review", "--base", base, "--format", "json", "-o", "review.json", "--comment", forge]);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn the_github_comment_is_created_then_edited_and_a_read_only_token_does_not_fail_the_review() {
    let fake = common::forge::FakeForge::github();
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 12));
    s.commit_all_on_day("feat: score every level", 2);
    let vars = [
        ("GITHUB_API_URL", fake.api_url()),
        ("GITHUB_REPOSITORY", "octo/widgets"),
        ("GITHUB_TOKEN", "ghs_token"),
        ("AURA_PR_NUMBER", "7"),
    ];
    let out = review_with_comment(&s, &base, "github", &vars);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("posted the review comment"), "{}", text(&out));
    s.write("app/calc.py", &branching("score", 13));
    s.commit_all_on_day("feat: one more level", 3);
    let out = review_with_comment(&s, &base, "github", &vars);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("updated the review comment"), "{}", text(&out));

    let ours = fake.comments_with("<!-- aura-review -->");
    assert_eq!(ours.len(), 1, "the second run edits the first comment");
    assert!(ours[0].body.contains("`score` has cyclomatic complexity 13"), "{}", ours[0].body);
    assert_eq!(fake.requests_of("POST").len(), 1);
    assert_eq!(fake.requests_of("PATCH").len(), 1);

    let fork = common::forge::FakeForge::github();
    fork.deny_writes(403);
    let vars = [
        ("GITHUB_API_URL", fork.api_url()),
        ("GITHUB_REPOSITORY", "octo/widgets"),
        ("GITHUB_TOKEN", "ro"),
        ("AURA_PR_NUMBER", "7"),
    ];
    let out = review_with_comment(&s, &base, "github", &vars);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("was not posted"), "{}", text(&out));
    assert!(fork.comments().is_empty());
}

#[test]
fn the_gitlab_note_is_created_then_updated() {
    let fake = common::forge::FakeForge::gitlab();
    let (s, base) = base();
    s.write("app/calc.py", &branching("score", 12));
    s.commit_all_on_day("feat: score every level", 2);
    let vars = [
        ("CI_API_V4_URL", fake.api_url()),
        ("CI_PROJECT_ID", "42"),
        ("CI_MERGE_REQUEST_IID", "3"),
        ("AURA_GITLAB_TOKEN", "glpat-token"),
    ];
    let out = review_with_comment(&s, &base, "gitlab", &vars);
    assert!(out.status.success(), "{}", text(&out));
    s.write("app/calc.py", &branching("score", 13));
    s.commit_all_on_day("feat: one more level", 3);
    let out = review_with_comment(&s, &base, "gitlab", &vars);
    assert!(out.status.success(), "{}", text(&out));
    let ours = fake.comments_with("<!-- aura-review -->");
    assert_eq!(ours.len(), 1);
    assert!(ours[0].body.contains("complexity 13"), "{}", ours[0].body);
    assert_eq!(fake.requests_of("PUT").len(), 1);

    let denied = common::forge::FakeForge::gitlab();
    denied.deny_writes(403);
    let vars = [
        ("CI_API_V4_URL", denied.api_url()),
        ("CI_PROJECT_ID", "42"),
        ("CI_MERGE_REQUEST_IID", "3"),
        ("AURA_GITLAB_TOKEN", "t"),
    ];
    let out = review_with_comment(&s, &base, "gitlab", &vars);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("was not posted"), "{}", text(&out));
}

#[test]
fn a_binary_file_is_listed_without_lines() {
    let (s, base) = base();
    std::fs::write(s.repo.join("logo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\nmore\nlines\n").unwrap();
    s.commit_all_on_day("docs: a logo", 2);
    let (r, code) = review(&s, &["--base", &base]);
    assert_eq!(code, 0);
    assert_eq!(r["files"][0]["path"], "logo.png");
    assert_eq!(r["files"][0]["lines_added"], 0, "{r:#}");
    assert_eq!(r["files"][0]["hunks"], serde_json::json!([]));
}

#[test]
fn a_comment_or_whitespace_edit_on_the_line_or_moved_code_keeps_a_finding_existing() {
    let s = Sandbox::new();
    let legacy = LEGACY.replace("    except:\n", "    except:  # noqa: E501 (no aura equivalent)\n");
    s.write("app/legacy.py", &legacy);
    let base = s.commit_all_on_day("feat: first version", 1);

    // only the trailing comment goes: the same finding, not a new one and a fixed one
    s.write("app/legacy.py", LEGACY);
    s.commit_all_on_day("style: drop a stale noqa", 2);
    let (r, code) = review(&s, &["--base", &base]);
    assert_eq!(codes(&r, "findings"), ["PY001 app/legacy.py:4"], "{r:#}");
    assert_eq!(r["findings"][0]["status"], "existing");
    assert!(codes(&r, "fixed").is_empty(), "{r:#}");
    assert_eq!(code, 0);

    // the code moves down under a new function, and the line is re-spaced
    let moved = format!("def first():\n    return 1\n\n\n{}", LEGACY.replace("except:", "except :"));
    s.write("app/legacy.py", &moved);
    s.commit_all_on_day("feat: a first function", 3);
    let (r, _) = review(&s, &["--base", "HEAD~1", "--filter-mode", "nofilter"]);
    assert_eq!(codes(&r, "findings"), ["PY001 app/legacy.py:8"], "{r:#}");
    assert_eq!(r["findings"][0]["status"], "existing");
    assert!(codes(&r, "fixed").is_empty(), "{r:#}");
    assert_eq!(r["summary"]["new_findings"], 0, "{:#}", r["summary"]);
}

/// The section of a table review from `Findings (` to the next blank line after `Fixed` or
/// the findings (commit ids left out).
fn findings_section(s: &Sandbox, base: &str, format: &str) -> String {
    let out = s.aura(&["review", "--base", base, "--format", format]);
    let text = String::from_utf8(out.stdout).unwrap();
    let start = text.find("Findings (").or_else(|| text.find("**")).expect("a findings line");
    let end = text[start..].find("\nFunctions").map_or(text.len(), |e| start + e);
    text[start..end].trim_end().to_owned()
}

#[test]
fn removing_a_suppression_keeps_a_finding_existing_and_adding_one_does_not_fix_it() {
    let s = Sandbox::new();
    let noqa = LEGACY.replace("    except:\n", "    except:  # noqa: E722\n");
    let commented = LEGACY.replace("    except:\n", "    except:  # a reason\n");

    // control: a plain comment goes, the reported finding stays existing
    s.write("app/legacy.py", &commented);
    let control_base = s.commit_all_on_day("feat: first version", 1);
    s.write("app/legacy.py", LEGACY);
    s.commit_all_on_day("style: drop a comment", 2);
    let (control, _) = review(&s, &["--base", &control_base]);

    // the change only removes the `# noqa`: the code was there, suppressed
    s.write("app/legacy.py", &noqa);
    let base = s.commit_all_on_day("style: silence the bare except", 3);
    s.write("app/legacy.py", LEGACY);
    s.commit_all_on_day("style: drop the noqa", 4);
    let (r, code) = review(&s, &["--base", &base]);
    assert_eq!(codes(&r, "findings"), ["PY001 app/legacy.py:4"], "{r:#}");
    assert_eq!(r["findings"][0]["status"], "existing");
    assert_eq!(r["findings"][0]["unsuppressed"], true);
    assert!(codes(&r, "fixed").is_empty(), "{r:#}");
    assert_eq!(r["summary"]["new_findings"], 0, "{:#}", r["summary"]);
    assert_eq!(r["summary"]["fixed_findings"], 0);
    assert_eq!(r["risk"], control["risk"], "removing a noqa adds no risk");
    assert_eq!(control["findings"][0].get("unsuppressed"), None, "only a suppression removed is flagged");
    assert_eq!(code, 0);
    let table = findings_section(&s, &base, "table");
    assert!(table.contains("[existing, no longer suppressed]"), "{table}");
    insta::assert_snapshot!("review_unsuppressed_table", table);
    let markdown = findings_section(&s, &base, "markdown");
    assert!(markdown.contains("<sub>existing, no longer suppressed</sub>"), "{markdown}");

    // the reverse: a `# noqa` added hides the finding; it is suppressed, not fixed
    s.write("app/legacy.py", &noqa);
    s.commit_all_on_day("style: silence it again", 5);
    let (r, _) = review(&s, &["--base", "HEAD~1"]);
    assert!(codes(&r, "findings").is_empty(), "{r:#}");
    assert!(codes(&r, "fixed").is_empty(), "suppressed is not fixed: {r:#}");
    assert_eq!(r["summary"]["fixed_findings"], 0);
    assert_eq!(r["summary"]["suppressed_findings"], 1, "{:#}", r["summary"]);
    assert!(!r["risk"]["reasons"].to_string().contains("fixed"), "{:#}", r["risk"]);
    let table = findings_section(&s, "HEAD~1", "table");
    insta::assert_snapshot!("review_newly_suppressed_table", table);
    let markdown = findings_section(&s, "HEAD~1", "markdown");
    assert!(markdown.contains("1 now suppressed by a comment (not fixed)"), "{markdown}");
}

/// `app/many.py` with fourteen functions that grow by `grow` branches each (the n-th by n),
/// and three whose body changes without changing a metric.
fn many_functions(grow: bool) -> String {
    let mut text = String::new();
    for i in 1..=14 {
        text.push_str(&branching(&format!("f{i:02}"), 2 + if grow { i } else { 0 }));
        text.push_str("\n\n");
    }
    for i in 1..=3 {
        text.push_str(&format!("def g{i}(x):\n    return x + {}\n\n\n", if grow { 10 + i } else { i }));
    }
    text
}

#[test]
fn function_deltas_list_the_changed_ones_capped_and_count_the_unchanged() {
    let s = Sandbox::new();
    s.write("app/many.py", &many_functions(false));
    let base = s.commit_all_on_day("feat: many functions", 1);
    s.write("app/many.py", &many_functions(true));
    s.commit_all_on_day("feat: more branches", 2);

    // JSON keeps every touched function, changed or not
    let (r, _) = review(&s, &["--base", &base]);
    assert_eq!(r["functions"].as_array().unwrap().len(), 17);

    let section = |args: &[&str]| {
        let mut all = vec!["review", "--base", &base, "--format", "table"];
        all.extend_from_slice(args);
        let out = s.aura(&all);
        let table = String::from_utf8(out.stdout).unwrap();
        let start = table.find("\nFunctions").expect("a functions section");
        let end = table[start + 1..].find("\n\n").map_or(table.len(), |e| start + 1 + e);
        table[start + 1..end].to_owned()
    };
    let table = section(&[]);
    insta::assert_snapshot!("review_functions_table", table);
    assert!(table.contains("… and 4 more (-v lists all"), "{table}");
    assert!(table.contains("3 touched function(s) with unchanged metrics (-v lists them)"), "{table}");
    assert!(!table.contains(" g1 "), "unchanged functions are only counted: {table}");
    let verbose = section(&["-v"]);
    insta::assert_snapshot!("review_functions_verbose", verbose);
    assert!(verbose.contains("f01") && verbose.contains("g3"), "{verbose}");

    let out = s.aura(&["review", "--base", &base, "--format", "markdown"]);
    let markdown = String::from_utf8(out.stdout).unwrap();
    let start = markdown.find("**Functions**").expect("a functions section");
    let end = markdown[start..].find("</details>").map_or(markdown.len(), |e| start + e + "</details>".len());
    let functions = &markdown[start..end];
    insta::assert_snapshot!("review_functions_markdown", functions);
    assert!(functions.contains("<details><summary>… and 4 more functions with changed metrics</summary>"));
    assert!(!functions.contains("`g1`"), "{functions}");
}

#[test]
fn review_findings_fit_the_terminal_width_and_keep_their_locations() {
    let s = Sandbox::new();
    s.write("app/legacy.py", "def keep():\n    return 1\n");
    let base = s.commit_all_on_day("feat: first version", 1);
    s.write("app/legacy.py", &format!("def keep():\n    return 1\n\n\n{LEGACY}"));
    s.commit_all_on_day("feat: load files", 2);
    let findings = |columns: usize| {
        let out = s
            .aura_command()
            .env("COLUMNS", columns.to_string())
            .args(["review", "--base", &base, "--format", "table"])
            .output()
            .unwrap();
        let table = String::from_utf8(out.stdout).unwrap();
        let start = table.find("\nFindings").expect("a findings section") + 1;
        let lines: Vec<String> =
            table[start..].lines().skip(1).take_while(|l| !l.is_empty()).map(str::to_owned).collect();
        assert!(lines.iter().all(|l| l.chars().count() <= columns && !l.ends_with(' ')), "{table}");
        assert!(lines.last().unwrap().ends_with("[new]"), "{table}");
        lines.join("\n")
    };
    // the message wraps beside the location, and under it when the location leaves too little
    let beside = findings(72);
    assert!(beside.starts_with("  warning PY001   app/legacy.py:8:5  bare `except:`"), "{beside}");
    insta::assert_snapshot!("review_findings_72_columns", beside);
    let under = findings(50);
    assert!(under.starts_with("  warning PY001   app/legacy.py:8:5\n    bare"), "{under}");
    insta::assert_snapshot!("review_findings_50_columns", under);
}
