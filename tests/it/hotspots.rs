//! `aura hotspots` on histories built here with the git CLI, fixed dates and author, so
//! commit ids (and so the snapshots) are the same on every run.

use std::process::{Command, Output};

use serde_json::Value;

use crate::common::{Sandbox, chromium, missing, node_modules, text};

/// A function with five decision points (cyclomatic 6), and a simple one after it.
const HOT: &str = "\
def decide(x, y):
    if x > 0:
        if y > 0:
            return 1
        return 2
    elif x < 0:
        return 3
    for i in range(y):
        if i % 2:
            return i
    return 0


def helper():
    return 42
";

const COLD: &str = "\
def check(a):
    if a:
        return 1
    return 0
";

/// Run git with pinned author and committer dates.
fn git_at(s: &Sandbox, date: &str, args: &[&str]) {
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out = cmd
        .current_dir(&s.repo)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {}", text(&out));
}

/// Stage everything and commit it at `date` (UTC noon of that day).
fn commit_at(s: &Sandbox, day: &str, message: &str) {
    s.git_ok(&["add", "-A"]);
    git_at(s, &format!("{day}T12:00:00Z"), &["commit", "-q", "--no-verify", "-m", message]);
}

/// Rewrite `hot.py` with one replacement.
fn edit_hot(s: &Sandbox, from: &str, to: &str) {
    let text = std::fs::read_to_string(s.repo.join("hot.py")).unwrap();
    assert!(text.contains(from), "{from}");
    s.write("hot.py", &text.replacen(from, to, 1));
}

/// The history the tests rank:
/// - `old.py`: one commit in June 2025, outside the default 90-day window;
/// - `hot.py`: created, then `decide` changed three times and `helper` once (5 commits);
/// - `cold.py`: one commit;
/// - `util.py`: created, renamed to `lib/util.py`, changed (3 commits under two names);
/// - `feature.py`: one commit on a branch merged with a merge commit;
/// - `README.md`: changed often, but not source code.
fn history() -> Sandbox {
    let s = Sandbox::new();
    s.write("old.py", "def old():\n    return 1\n");
    s.write("README.md", "# demo\n");
    commit_at(&s, "2025-06-01", "feat: the old module");

    s.write("hot.py", HOT);
    s.write("cold.py", COLD);
    s.write("util.py", "def util(v):\n    return v + 1\n");
    s.write("README.md", "# demo\n\nhot and cold\n");
    commit_at(&s, "2026-01-02", "feat: hot, cold and util");

    edit_hot(&s, "return 1\n", "return 10\n");
    commit_at(&s, "2026-01-05", "fix: decide returns 10");
    edit_hot(&s, "return 3\n", "return 30\n");
    s.write("README.md", "# demo\n\nhot, cold and more\n");
    commit_at(&s, "2026-01-08", "fix: decide returns 30");
    edit_hot(&s, "return 42\n", "return 43\n");
    commit_at(&s, "2026-01-10", "fix: helper returns 43");
    s.git_ok(&["mv", "util.py", "lib_util.py"]);
    std::fs::create_dir_all(s.repo.join("lib")).unwrap();
    s.git_ok(&["mv", "lib_util.py", "lib/util.py"]);
    commit_at(&s, "2026-01-12", "refactor: move util into lib");
    s.write("lib/util.py", "def util(v):\n    return v + 2\n");
    // a deletion inside decide
    edit_hot(&s, "        return 2\n", "");
    commit_at(&s, "2026-01-14", "fix: util adds 2, decide falls through");

    s.git_ok(&["checkout", "-q", "-b", "feature"]);
    s.write("feature.py", "def feature():\n    return 1\n");
    commit_at(&s, "2026-01-16", "feat: feature");
    s.git_ok(&["checkout", "-q", "main"]);
    s.write("README.md", "# demo\n\nthe end\n");
    commit_at(&s, "2026-01-17", "docs: the end");
    git_at(&s, "2026-01-18T12:00:00Z", &["merge", "-q", "--no-ff", "-m", "merge feature", "feature"]);
    s
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(s: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["hotspots", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&stdout(&s.aura(&all))).unwrap()
}

/// `(path, commits)` of the ranked files, best first.
fn ranked(report: &Value) -> Vec<(String, u64)> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap().to_owned(), f["commits"].as_u64().unwrap()))
        .collect()
}

#[test]
fn files_rank_by_commits_times_complexity_and_follow_renames() {
    let s = history();
    let report = json(&s, &[]);
    assert_eq!(report["schema_version"], 1);
    assert_eq!(
        ranked(&report),
        [
            ("hot.py".to_owned(), 5),
            ("lib/util.py".to_owned(), 3),
            ("cold.py".to_owned(), 1),
            ("feature.py".to_owned(), 1)
        ]
    );
    let hot = &report["files"][0];
    assert_eq!(hot["cyclomatic"], 6);
    assert_eq!(hot["score"], 30);
    assert_eq!(hot["last_changed"], "2026-01-14");
    // README.md changed in four commits but is not code; old.py is outside the window
    let window = &report["window"];
    assert_eq!(window["commits"], 8, "non-merge commits since 2025-10-20: {window}");
    assert_eq!(window["merges_skipped"], 1);
    assert_eq!(window["since"], "2025-10-20T12:00:00Z", "90 days before HEAD's commit time");
    assert_eq!(window["head_time"], "2026-01-18T12:00:00Z");
    assert_eq!(window["shallow"], false);
}

#[test]
fn function_churn_goes_to_the_functions_the_hunks_touched() {
    let s = history();
    let report = json(&s, &[]);
    let functions: Vec<(String, String, u64, u64)> = report["functions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["qualified_name"].as_str().unwrap().to_owned(),
                f["commits"].as_u64().unwrap(),
                f["score"].as_u64().unwrap(),
            )
        })
        .collect();
    // decide: created, two edits and a deletion inside it; helper: created and one edit;
    // util: created and edited (the rename changed no line of it)
    assert_eq!(functions[0], ("hot.py".into(), "decide".into(), 4, 24));
    assert!(functions.contains(&("hot.py".into(), "helper".into(), 2, 2)), "{functions:?}");
    assert!(functions.contains(&("lib/util.py".into(), "util".into(), 2, 2)), "{functions:?}");
    assert_eq!(report["totals"]["function_files"], 4);

    // only the top file's history is parsed with --functions-top 1; none with 0
    let one = json(&s, &["--functions-top", "1"]);
    assert_eq!(one["totals"]["function_files"], 1);
    assert_eq!(one["totals"]["versions_parsed"], 5);
    assert!(one["functions"].as_array().unwrap().iter().all(|f| f["path"] == "hot.py"));
    let none = json(&s, &["--functions-top", "0"]);
    assert_eq!(none["functions"], serde_json::json!([]));
    assert_eq!(none["totals"]["versions_parsed"], 0);
}

#[test]
fn the_window_excludes_old_commits() {
    let s = history();
    let all = json(&s, &["--since", "all"]);
    assert!(ranked(&all).contains(&("old.py".into(), 1)));
    assert_eq!(all["window"]["since"], Value::Null);
    assert_eq!(all["window"]["commits"], 9);

    let recent = json(&s, &["--since", "2026-01-09"]);
    assert_eq!(
        ranked(&recent),
        [("hot.py".into(), 2), ("lib/util.py".into(), 2), ("feature.py".into(), 1)],
        "commits since 2026-01-09: helper, move, util+decide, feature, docs"
    );
    assert_eq!(json(&s, &["--since", "3d"])["window"]["commits"], 2, "feature and docs");

    let newest = json(&s, &["--max-commits", "3", "--top", "1"]);
    assert_eq!(newest["window"]["commits"], 3);
    assert_eq!(ranked(&newest), [("hot.py".into(), 1)], "docs, feature and 01-14 (hot and util)");
    assert_eq!(newest["totals"]["files"], 3);
}

#[test]
fn table_and_json_snapshots() {
    let s = history();
    let table = stdout(&s.aura(&["hotspots", "--format", "table"]));
    insta::assert_snapshot!("hotspots_table", table);
    let json = stdout(&s.aura(&["hotspots", "--format", "json"]));
    insta::assert_snapshot!("hotspots_json", json);
}

#[test]
fn markdown_and_html_reports_carry_the_ranking() {
    let s = history();
    let md = stdout(&s.aura(&["hotspots", "--format", "markdown", "--top", "2"]));
    assert!(md.contains("| 1 | `hot.py` | 5 |"), "{md}");
    assert!(md.contains("… and 2 more files"), "{md}");
    assert!(md.contains("`decide`"), "{md}");

    let out = s.repo.join("hotspots.html");
    stdout(&s.aura(&["hotspots", "--format", "html", "-o", out.to_str().unwrap()]));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("\"hotspots\":{"), "the embedded data carries the hotspots");
    assert!(html.contains("function hotspotsSection"));
    assert!(!html.contains("<script src"), "self-contained");
}

#[test]
fn outside_a_repository_empty_or_bad_window_is_a_usage_error() {
    let s = Sandbox::new();
    let out = s.aura_in(&s.home, &["hotspots"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("not inside a git repository"), "{}", text(&out));

    let out = s.aura(&["hotspots"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("no commits yet"), "{}", text(&out));

    s.commit_on_day("feat: start", 1);
    let out = s.aura(&["hotspots", "--since", "3 fortnights"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is not a window"), "{}", text(&out));
}

#[test]
fn a_shallow_clone_fails_unless_allowed() {
    let s = history();
    let clone = s.home.join("shallow");
    let url = format!("file://{}", s.repo.display());
    let out = s.git_in(&s.home, &["clone", "-q", "--depth", "2", &url, clone.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));

    let out = s.aura_in(&clone, &["hotspots", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("shallow clone"), "{}", text(&out));
    assert!(text(&out).contains("fetch-depth: 0"), "{}", text(&out));

    let out = s.aura_in(&clone, &["hotspots", "--format", "json", "--allow-shallow"]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["window"]["shallow"], true);
    assert!(text(&out).contains("churn is limited to the fetched history"), "{}", text(&out));

    // a window inside the fetched history is exact: no error
    let out = s.aura_in(&clone, &["hotspots", "--format", "json", "--since", "2026-01-18"]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["window"]["shallow"], false);
}

#[test]
fn the_html_report_draws_the_hotspots_offline() {
    let chromium = chromium();
    let node = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let modules = node_modules();
    if !node || !modules.join("puppeteer-core/package.json").is_file() || !chromium.is_file() {
        return missing("node, puppeteer-core or chromium for the HTML check", "see tests/it/reports.rs");
    }
    let s = history();
    let report = s.home.join("hotspots.html");
    stdout(&s.aura(&["hotspots", "--format", "html", "-o", report.to_str().unwrap()]));
    let check = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/html/check.mjs");
    let out = Command::new("node")
        .arg(check)
        .arg(&report)
        .env("AURA_NODE_MODULES", &modules)
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap();
    let result: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert_eq!(out.status.code(), Some(0), "{}\n{result}", text(&out));
    assert_eq!(result["checks"]["hotspot_charts"], 2, "the scatter and the bar chart: {result}");
    assert_eq!(result["page_errors"], serde_json::json!([]));
}

#[test]
fn a_window_of_few_commits_says_so_and_suggests_a_wider_one() {
    // one commit a month through 2025: the default 90 days hold three of them
    let s = Sandbox::new();
    for month in 1..=12 {
        s.write("hot.py", &HOT.replace("return 42", &format!("return {month}")));
        commit_at(&s, &format!("2025-{month:02}-01"), &format!("fix: month {month}"));
    }
    let out = s.aura(&["hotspots", "--format", "json"]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(
            "aura: note: the window (--since 90d) holds only 3 non-merge commits, too few to rank by \
             churn (fewer than 10); widen it with `--since 10m` (it holds 10) or `--since all`"
        ),
        "{said}"
    );
    let wider = s.aura(&["hotspots", "--format", "json", "--since", "10m"]);
    assert!(!text(&wider).contains("note:"), "the suggested window is wide enough: {}", text(&wider));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&wider)).unwrap()["window"]["commits"], 10);

    // the user's own --max-commits is not second-guessed; -q silences the note
    assert!(!text(&s.aura(&["hotspots", "--format", "json", "--max-commits", "2"])).contains("note:"));
    assert!(!text(&s.aura(&["-q", "hotspots", "--format", "json"])).contains("note:"));
}

#[test]
fn a_short_history_is_named_as_such() {
    let s = history();
    let out = s.aura(&["hotspots", "--format", "json"]);
    assert!(
        text(&out).contains(
            "holds only 8 non-merge commits, too few to rank by churn (fewer than 10); \
             widen it with `--since all` (it holds 9)"
        ),
        "{}",
        text(&out)
    );
    let all = s.aura(&["hotspots", "--format", "json", "--since", "all"]);
    assert!(text(&all).contains("the whole history holds only 9 non-merge commits"), "{}", text(&all));
}
