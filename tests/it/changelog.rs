//! `aura changelog` and `aura bump` on histories built here, with fixed dates and author
//! so commit ids (and so the snapshots) are the same on every run.

use crate::common::{Sandbox, text};

fn stdout(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// v1.2.3, then a release's worth of commits of every kind.
fn released() -> Sandbox {
    let s = Sandbox::new();
    s.commit_on_day("feat: first release", 1);
    s.git_ok(&["tag", "v1.2.3"]);
    s
}

#[test]
fn bump_follows_the_biggest_change_since_the_last_tag() {
    let cases: &[(&[&str], &str)] = &[
        (&["docs: typo", "chore: tidy"], "v1.2.3"),
        (&["fix: off by one"], "v1.2.4"),
        (&["perf: cache the parse"], "v1.2.4"),
        (&["fix: a", "feat(api): add search"], "v1.3.0"),
        (&["feat(api)!: drop the v1 endpoints"], "v2.0.0"),
        (&["fix: rename the flag\n\nBREAKING CHANGE: `--old` is now `--new`"], "v2.0.0"),
        (&["fix: rename the flag\n\nBREAKING-CHANGE: `--old` is now `--new`"], "v2.0.0"),
        // the spec requires upper case: a lower-case footer is not a breaking change
        (&["fix: rename the flag\n\nbreaking change: `--old` is now `--new`"], "v1.2.4"),
    ];
    for (messages, expected) in cases {
        let s = released();
        for (i, m) in messages.iter().enumerate() {
            s.commit_on_day(m, 2 + i as u32);
        }
        let out = s.aura(&["bump"]);
        assert_eq!(stdout(&out).trim(), *expected, "{messages:?}");
    }
}

#[test]
fn bump_without_tags_starts_from_zero() {
    let s = Sandbox::new();
    s.commit_on_day("feat: start", 1);
    s.commit_on_day("fix: detail", 2);
    assert_eq!(stdout(&s.aura(&["bump"])).trim(), "v0.1.0");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.aura(&["bump", "--format", "json"]))).unwrap();
    assert_eq!(json["current"], "v0.0.0");
    assert_eq!(json["level"], "minor");
    assert_eq!(json["previous_tag"], serde_json::Value::Null);
}

#[test]
fn changelog_groups_by_type_with_breaking_changes_first() {
    let s = released();
    s.commit_on_day("feat(parser): read TOML", 2);
    s.commit_on_day("fix: keep comments\n\nCloses #12", 3);
    s.commit_on_day("docs: explain the parser", 4);
    s.commit_on_day(
        "refactor(core)!: one error type\n\nBREAKING CHANGE: `Error::Io` is gone; match on `Error::kind()`",
        5,
    );
    s.commit_on_day("perf(parser): intern keys", 6);
    s.commit_on_day("Update things", 7);
    s.commit_on_day("fixup! feat(parser): read TOML", 8);
    let out = s.aura(&["changelog"]);
    insta::assert_snapshot!("changelog_default", stdout(&out));
    assert!(
        text(&out).contains("left out 1 commit(s)"),
        "the unconventional one, not the fixup:\n{}",
        text(&out)
    );
    insta::assert_snapshot!(
        "changelog_all_unreleased",
        stdout(&s.aura(&["changelog", "--all", "--unreleased"]))
    );
}

#[test]
fn changelog_ranges_templates_and_json() {
    let s = released();
    s.commit_on_day("feat: one", 2);
    s.git_ok(&["tag", "v1.3.0"]);
    s.commit_on_day("fix: two", 3);
    s.commit_on_day("fix: three", 4);
    // default range: since the nearest tag, and that work is not released yet
    let out = stdout(&s.aura(&["changelog"]));
    assert!(out.starts_with("## Unreleased\n"), "{out}");
    assert!(out.contains("- three (") && out.contains("- two ("), "{out}");
    assert!(!out.contains("one"), "{out}");
    // named by the user, or by the next version
    let out = stdout(&s.aura(&["changelog", "--tag", "v1.3.1"]));
    assert!(out.starts_with("## v1.3.1 (2026-01-04)"), "{out}");
    let out = stdout(&s.aura(&["changelog", "--bump"]));
    assert!(out.starts_with("## v1.3.1 (2026-01-04)"), "{out}");
    // an explicit range
    let out = stdout(&s.aura(&["changelog", "--from", "v1.2.3", "--to", "v1.3.0", "--release", "1.3.0"]));
    assert!(out.starts_with("## 1.3.0 (2026-01-02)"), "{out}");
    assert!(out.contains("- one ("), "{out}");
    // a user's template
    std::fs::write(
        s.repo.join("cl.j2"),
        "{{ version }}:{% for e in release.entries %} {{ e.type }}={{ e.subject }}{% endfor %}\n",
    )
    .unwrap();
    assert_eq!(stdout(&s.aura(&["changelog", "--template", "cl.j2"])), "Unreleased: fix=three fix=two\n");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.aura(&["changelog", "--format", "json"]))).unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 2);
    assert_eq!(json["previous"], "v1.3.0");
    assert_eq!(json["tag"], serde_json::Value::Null);
    // once HEAD is tagged, the changelog is that release, from the tag before it
    s.git_ok(&["tag", "v1.3.1"]);
    let out = stdout(&s.aura(&["changelog"]));
    assert!(out.starts_with("## v1.3.1 (2026-01-04)"), "{out}");
    assert!(out.contains("- three (") && out.contains("- two (") && !out.contains("one"), "{out}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.aura(&["changelog", "--format", "json"]))).unwrap();
    assert_eq!((json["previous"].as_str(), json["tag"].as_str()), (Some("v1.3.0"), Some("v1.3.1")));
    assert!(stdout(&s.aura(&["changelog", "--unreleased"])).starts_with("## Unreleased\n"));
    // and the version stays: nothing was committed since the tag
    assert_eq!(stdout(&s.aura(&["bump"])).trim(), "v1.3.1");
}

#[test]
fn merges_are_left_out_and_their_commits_kept() {
    let s = released();
    s.git_ok(&["checkout", "-q", "-b", "topic"]);
    s.commit_on_day("feat: on a branch", 2);
    s.git_ok(&["checkout", "-q", "main"]);
    s.commit_on_day("fix: on main", 3);
    let out = s.git(&["merge", "-q", "--no-ff", "--no-edit", "topic"]);
    assert!(out.status.success(), "{}", text(&out));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&s.aura(&["changelog", "--format", "json"]))).unwrap();
    let subjects: Vec<&str> =
        json["entries"].as_array().unwrap().iter().map(|e| e["subject"].as_str().unwrap()).collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(subjects.contains(&"on a branch") && subjects.contains(&"on main"), "{subjects:?}");
    assert_eq!(json["unconventional"], 0, "the merge commit is not counted as unconventional");
}

#[test]
fn clear_errors_outside_a_repository_without_commits_and_for_a_missing_revision() {
    let s = Sandbox::new();
    let out = s.aura(&["bump"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("no commits yet"), "{}", text(&out));
    s.commit_on_day("feat: x", 1);
    let out = s.aura(&["changelog", "--from", "v9.9.9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("revision `v9.9.9` not found"), "{}", text(&out));
    let out = s.aura_in(&s.home, &["bump"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("not inside a git repository"), "{}", text(&out));
}
