//! The terminal table as a user meets it on a big repository: findings most severe first,
//! rollups per rule and directory, import cycles counted, a closing line, the width kept;
//! and a run that found nothing to analyze saying so.

use crate::common::aura;

/// The run's duration in the closing line changes from run to run.
fn redact_time(text: &str) -> String {
    regex::Regex::new(r"\(\d+\.\d\d s\)").unwrap().replace_all(text, "([time] s)").into_owned()
}

/// Six modules in one ring of imports, each with an `eval` and a long TODO, two rings more,
/// and test and fixture code with findings of their own.
fn tangled() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    for dir in ["app/core", "app/ring", "tests/fixtures", "lib"] {
        std::fs::create_dir_all(d.join(dir)).unwrap();
    }
    for i in 1..=6 {
        let next = i % 6 + 1;
        std::fs::write(
            d.join(format!("app/core/m{i}.py")),
            format!(
                "from app.core import m{next}\n# TODO: split this module once the importer no longer reaches into its private helpers\n\n\ndef run{i}(x):\n    return eval(x)\n"
            ),
        )
        .unwrap();
    }
    // four more cycles of two modules each: five cycles in all
    for (a, b) in [("p", "q"), ("r", "s"), ("t", "u"), ("v", "w")] {
        std::fs::write(d.join(format!("app/ring/{a}.py")), format!("from app.ring import {b}\n")).unwrap();
        std::fs::write(d.join(format!("app/ring/{b}.py")), format!("from app.ring import {a}\n")).unwrap();
    }
    for dir in ["app", "app/core", "app/ring"] {
        std::fs::write(d.join(dir).join("__init__.py"), "").unwrap();
    }
    std::fs::write(
        d.join("tests/test_core.py"),
        "def test_run():\n    try:\n        assert True\n    except:\n        pass\n",
    )
    .unwrap();
    std::fs::write(d.join("tests/fixtures/sample.py"), "def sample():\n    return eval('1 + 1')\n").unwrap();
    std::fs::write(d.join("lib/a_rather_long_module_name.py"), "def f():\n    exec('x = 1')\n").unwrap();
    tmp
}

#[test]
fn the_table_orders_by_severity_rolls_up_counts_collapses_cycles_and_fits_the_width() {
    let tmp = tangled();
    let out = aura(tmp.path()).args(["analyze", "--format", "table"]).env("COLUMNS", "80").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than COLUMNS=80: {line:?}");
    }
    // a location is never cut, however narrow the terminal
    assert!(text.contains("lib/a_rather_long_module_name.py:2:5"), "{text}");
    let closing = text.lines().last().unwrap();
    assert!(
        regex::Regex::new(
            r"^Found 14 warnings, 6 notes in 20 files \(\d+\.\d\d s\); 2 in test or fixture files$"
        )
        .unwrap()
        .is_match(closing),
        "{closing}"
    );
    insta::assert_snapshot!("table_tangled", redact_time(&text));
}

#[test]
fn verbose_lists_every_cycle_and_wraps_messages_instead_of_cutting_them() {
    let tmp = tangled();
    let out =
        aura(tmp.path()).args(["-v", "analyze", "--format", "table"]).env("COLUMNS", "80").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let cycle_findings = text.lines().filter(|l| l.contains("STR001  import cycle")).count();
    assert_eq!(cycle_findings, 5, "{text}");
    assert!(!text.contains("more STR001"), "{text}");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("reaches into its private helpers"), "the whole message, wrapped: {text}");
    // the findings fit (the `-v` file table may not: a path is never cut)
    let findings = text.split("\nFindings: ").nth(1).unwrap();
    assert!(findings.lines().all(|l| l.chars().count() <= 80), "{findings}");
}

#[test]
fn an_empty_run_warns_on_stderr_and_every_report_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("README.txt"), "no code here\n").unwrap();
    let out = aura(tmp.path()).args(["analyze", "--format", "table"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "an empty run passes, as documented");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "aura: warning: no source files found under the current directory; check the paths, \
         analysis.include/exclude, .gitignore and analysis.languages (`aura config show`)\n"
    );
    insta::assert_snapshot!("table_empty", redact_time(&String::from_utf8(out.stdout).unwrap()));

    // everything excluded: the warning names the paths searched
    std::fs::create_dir(tmp.path().join("src")).unwrap();
    std::fs::write(tmp.path().join("src/a.py"), "x = 1\n").unwrap();
    std::fs::write(tmp.path().join("aura.yaml"), "analysis:\n  exclude: [\"*.py\"]\n").unwrap();
    let out = aura(tmp.path())
        .args(["--config", "aura.yaml", "analyze", "src", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("aura: warning: no source files found under src"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["files"], 0);

    let out =
        aura(tmp.path()).args(["--config", "aura.yaml", "analyze", "--format", "markdown"]).output().unwrap();
    let markdown = String::from_utf8(out.stdout).unwrap();
    assert!(markdown.contains("⚠️ **No source files found**: nothing was analyzed."), "{markdown}");
    assert!(!markdown.contains("<summary>Metrics"), "no empty metrics table: {markdown}");
    let out =
        aura(tmp.path()).args(["--config", "aura.yaml", "analyze", "--format", "html"]).output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<strong>No source files were found</strong>: nothing was analyzed."));

    // -q silences the warning, not the report
    let out = aura(tmp.path())
        .args(["-q", "--config", "aura.yaml", "analyze", "--format", "table"])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().contains("No source files found"));
}

#[test]
fn a_partial_merge_says_so_in_the_table() {
    let tmp = tangled();
    let dir = tmp.path();
    let out =
        aura(dir).args(["analyze", "--shard", "1/2", "--format", "json", "-o", "s1.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = aura(dir).args(["merge", "s1.json", "--allow-partial", "--format", "table"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Partial report: shard 2/2 not merged (aura merge --allow-partial); their files"),
        "{text}"
    );
}
