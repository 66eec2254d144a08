//! The sticky review comment against a fake GitHub and GitLab API on 127.0.0.1.

use std::collections::HashMap;

use aura::forge::{Forge, ForgeError, Posted, Target, post_sticky};

use crate::common::forge::FakeForge;

const MARKER: &str = "<!-- aura-review -->";

fn github_target(fake: &FakeForge, token: Option<&str>) -> Target {
    Target {
        forge: Forge::GitHub,
        api_url: fake.api_url().to_owned(),
        project: "octo/widgets".into(),
        number: 7,
        token: token.map(str::to_owned),
    }
}

fn gitlab_target(fake: &FakeForge, token: Option<&str>) -> Target {
    Target {
        forge: Forge::GitLab,
        api_url: fake.api_url().to_owned(),
        project: "group/widgets".into(),
        number: 3,
        token: token.map(str::to_owned),
    }
}

fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| map.get(name).cloned()
}

fn skipped(posted: Posted) -> String {
    match posted {
        Posted::Skipped { reason } => reason,
        other => panic!("expected Skipped, got {other:?}"),
    }
}

// --- GitHub ----------------------------------------------------------------------------

#[test]
fn github_first_post_creates_and_second_edits_the_same_comment() {
    let fake = FakeForge::github();
    fake.seed("LGTM");
    let target = github_target(&fake, Some("ghs_secret"));

    let first = post_sticky(&target, MARKER, "## Review\nfirst").unwrap();
    let Posted::Created { id, url } = first else { panic!("{first:?}") };
    assert!(url.unwrap().ends_with(&format!("#issuecomment-{id}")));
    let created = fake.requests_of("POST");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].path, "/repos/octo/widgets/issues/7/comments");
    let sent: serde_json::Value = serde_json::from_str(&created[0].body).unwrap();
    assert_eq!(sent["body"], format!("{MARKER}\n## Review\nfirst"), "the marker is prepended");

    let second = post_sticky(&target, MARKER, "## Review\nsecond").unwrap();
    assert!(matches!(second, Posted::Updated { id: same, .. } if same == id), "{second:?}");
    let patches = fake.requests_of("PATCH");
    assert_eq!(patches.len(), 1);
    assert_eq!(patches[0].path, format!("/repos/octo/widgets/issues/comments/{id}"));

    let sticky = fake.comments_with(MARKER);
    assert_eq!(sticky.len(), 1, "never a second comment");
    assert_eq!(sticky[0].body, format!("{MARKER}\n## Review\nsecond"));
    assert_eq!(fake.comments().len(), 2, "the other comment is untouched");
}

#[test]
fn github_sends_the_auth_and_api_headers() {
    let fake = FakeForge::github();
    post_sticky(&github_target(&fake, Some("ghs_secret")), MARKER, "body").unwrap();
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "one listing, one create: {requests:?}");
    for request in &requests {
        assert_eq!(request.header("authorization"), Some("Bearer ghs_secret"));
        assert_eq!(request.header("accept"), Some("application/vnd.github+json"));
        assert_eq!(request.header("x-github-api-version"), Some("2022-11-28"));
        assert!(request.header("user-agent").unwrap().starts_with("aura/"));
    }
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[0].path, "/repos/octo/widgets/issues/7/comments?per_page=100&page=1");
    assert_eq!(requests[1].header("content-type"), Some("application/json"));
}

#[test]
fn github_finds_the_marker_comment_on_page_two() {
    let fake = FakeForge::github();
    for i in 0..130 {
        fake.seed(&format!("chatter {i}"));
    }
    let old = fake.seed(&format!("{MARKER}\nold review"));
    fake.seed("more chatter");
    let posted = post_sticky(&github_target(&fake, Some("t")), MARKER, "new review").unwrap();
    assert_eq!(
        posted,
        Posted::Updated {
            id: old,
            url: Some(format!("https://github.example/o/r/pull/1#issuecomment-{old}"))
        }
    );
    let pages: Vec<String> = fake.requests_of("GET").into_iter().map(|r| r.path).collect();
    assert_eq!(
        pages,
        [
            "/repos/octo/widgets/issues/7/comments?per_page=100&page=1",
            "/repos/octo/widgets/issues/7/comments?per_page=100&page=2"
        ]
    );
    assert_eq!(fake.comments_with(MARKER).len(), 1);
    assert!(fake.requests_of("POST").is_empty());
}

#[test]
fn github_edits_the_most_recent_of_several_marker_comments() {
    let fake = FakeForge::github();
    fake.seed(&format!("{MARKER}\nolder"));
    let newer = fake.seed(&format!("{MARKER}\nnewer"));
    let posted = post_sticky(&github_target(&fake, Some("t")), MARKER, "latest").unwrap();
    assert!(matches!(posted, Posted::Updated { id, .. } if id == newer), "{posted:?}");
}

#[test]
fn github_unchanged_body_is_not_rewritten() {
    let fake = FakeForge::github();
    let id = fake.seed(&format!("{MARKER}\nsame"));
    let posted = post_sticky(&github_target(&fake, Some("t")), MARKER, &format!("{MARKER}\nsame")).unwrap();
    assert!(matches!(posted, Posted::Updated { id: same, .. } if same == id));
    assert!(fake.requests_of("PATCH").is_empty());
}

#[test]
fn github_read_only_token_is_skipped_with_a_reason() {
    let fake = FakeForge::github();
    fake.deny_writes(403);
    let reason = skipped(post_sticky(&github_target(&fake, Some("t")), MARKER, "body").unwrap());
    assert!(reason.contains("cannot write comments"), "{reason}");
    assert!(reason.contains("fork"), "{reason}");
    assert!(reason.contains("Resource not accessible by integration"), "{reason}");
    assert!(fake.comments().is_empty());
}

#[test]
fn github_404_on_write_is_a_read_only_token() {
    let fake = FakeForge::github();
    fake.seed(&format!("{MARKER}\nold"));
    fake.deny_writes(404);
    let reason = skipped(post_sticky(&github_target(&fake, Some("t")), MARKER, "body").unwrap());
    assert!(reason.contains("cannot write comments"), "{reason}");
}

#[test]
fn github_rejected_token_is_skipped() {
    let fake = FakeForge::github();
    fake.fail_next(&[401]);
    let reason = skipped(post_sticky(&github_target(&fake, Some("t")), MARKER, "body").unwrap());
    assert!(reason.contains("rejected the token"), "{reason}");
}

#[test]
fn github_without_a_token_is_skipped_without_a_request() {
    let fake = FakeForge::github();
    let reason = skipped(post_sticky(&github_target(&fake, None), MARKER, "body").unwrap());
    assert!(reason.contains("GITHUB_TOKEN"), "{reason}");
    assert!(fake.requests().is_empty());
}

#[test]
fn a_server_error_is_retried_once_without_duplicating() {
    let fake = FakeForge::github();
    fake.fail_next(&[502]);
    let posted = post_sticky(&github_target(&fake, Some("t")), MARKER, "body").unwrap();
    assert!(matches!(posted, Posted::Created { .. }), "{posted:?}");
    assert_eq!(fake.comments_with(MARKER).len(), 1);
}

#[test]
fn a_persistent_server_error_is_an_error() {
    let fake = FakeForge::github();
    fake.fail_next(&[500, 500]);
    let err = post_sticky(&github_target(&fake, Some("t")), MARKER, "body").unwrap_err();
    assert!(matches!(err, ForgeError::Status { status: 500, .. }), "{err:?}");
    assert!(err.to_string().contains("answered 500"), "{err}");
    assert_eq!(fake.requests().len(), 2, "one retry");
}

#[test]
fn an_unreachable_forge_is_a_network_error() {
    // Bind and drop: nothing listens on that port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let target = Target {
        forge: Forge::GitHub,
        api_url: format!("http://127.0.0.1:{port}"),
        project: "o/r".into(),
        number: 1,
        token: Some("t".into()),
    };
    let err = post_sticky(&target, MARKER, "body").unwrap_err();
    assert!(matches!(err, ForgeError::Network { .. }), "{err:?}");
    assert!(err.is_transient());
}

#[test]
fn an_oversized_body_is_truncated_for_github() {
    let fake = FakeForge::github();
    let body = "a line of the review\n".repeat(5000);
    post_sticky(&github_target(&fake, Some("t")), MARKER, &body).unwrap();
    let stored = &fake.comments_with(MARKER)[0].body;
    assert!(stored.chars().count() <= 65_536);
    assert!(stored.contains("cut short"));
}

// --- GitLab ----------------------------------------------------------------------------

#[test]
fn gitlab_first_post_creates_and_second_updates_the_note() {
    let fake = FakeForge::gitlab();
    fake.seed_system(&format!("added 1 commit {MARKER}"));
    let target = gitlab_target(&fake, Some("glpat-secret"));

    let first = post_sticky(&target, MARKER, "first").unwrap();
    let Posted::Created { id, .. } = first else { panic!("{first:?}") };
    let posts = fake.requests_of("POST");
    assert_eq!(posts[0].path, "/api/v4/projects/group%2Fwidgets/merge_requests/3/notes");

    let second = post_sticky(&target, MARKER, "second").unwrap();
    assert_eq!(second, Posted::Updated { id, url: None });
    let puts = fake.requests_of("PUT");
    assert_eq!(puts.len(), 1);
    assert_eq!(puts[0].path, format!("/api/v4/projects/group%2Fwidgets/merge_requests/3/notes/{id}"));

    let ours: Vec<_> = fake.comments_with(MARKER).into_iter().filter(|c| !c.system).collect();
    assert_eq!(ours.len(), 1);
    assert_eq!(ours[0].body, format!("{MARKER}\nsecond"));
    for request in fake.requests() {
        assert_eq!(request.header("private-token"), Some("glpat-secret"));
        assert_eq!(request.header("authorization"), None);
    }
}

#[test]
fn gitlab_finds_the_marker_note_on_page_two() {
    let fake = FakeForge::gitlab();
    for i in 0..120 {
        fake.seed(&format!("note {i}"));
    }
    let old = fake.seed(&format!("{MARKER}\nold"));
    let posted = post_sticky(&gitlab_target(&fake, Some("t")), MARKER, "new").unwrap();
    assert_eq!(posted, Posted::Updated { id: old, url: None });
    let pages: Vec<String> = fake.requests_of("GET").into_iter().map(|r| r.path).collect();
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert!(pages[1].ends_with("notes?per_page=100&page=2"), "{pages:?}");
}

#[test]
fn gitlab_read_only_token_is_skipped() {
    let fake = FakeForge::gitlab();
    fake.deny_writes(403);
    let reason = skipped(post_sticky(&gitlab_target(&fake, Some("t")), MARKER, "body").unwrap());
    assert!(reason.contains("cannot write merge request notes"), "{reason}");
    assert!(reason.contains("CI_JOB_TOKEN"), "{reason}");
    assert!(fake.comments().is_empty());
}

#[test]
fn gitlab_without_a_token_is_skipped_and_names_the_variables() {
    let fake = FakeForge::gitlab();
    let reason = skipped(post_sticky(&gitlab_target(&fake, None), MARKER, "body").unwrap());
    assert!(reason.contains("AURA_GITLAB_TOKEN") && reason.contains("CI_JOB_TOKEN"), "{reason}");
    assert!(fake.requests().is_empty());
}

#[test]
fn an_empty_marker_is_refused() {
    let fake = FakeForge::github();
    let err = post_sticky(&github_target(&fake, Some("t")), " ", "body").unwrap_err();
    assert!(matches!(err, ForgeError::Config(_)), "{err:?}");
}

// --- The environment -------------------------------------------------------------------

#[test]
fn github_target_from_the_event_payload() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event.json");
    std::fs::write(&event, r#"{"action":"synchronize","number":12,"pull_request":{"number":12}}"#).unwrap();
    let target = Target::from_env(
        Forge::GitHub,
        env(&[
            ("GITHUB_REPOSITORY", "octo/widgets"),
            ("GITHUB_EVENT_PATH", event.to_str().unwrap()),
            ("GITHUB_REF", "refs/heads/feature"),
            ("GITHUB_TOKEN", "ghs_plain"),
            ("GITHUB_API_URL", "https://ghe.example/api/v3/"),
        ]),
    )
    .unwrap();
    assert_eq!(target.forge, Forge::GitHub);
    assert_eq!(target.number, 12);
    assert_eq!(target.project, "octo/widgets");
    assert_eq!(target.api_url, "https://ghe.example/api/v3");
    assert_eq!(target.token.as_deref(), Some("ghs_plain"));
    assert!(!format!("{target:?}").contains("ghs_plain"), "Debug hides the token");
}

#[test]
fn github_target_from_an_issue_comment_on_a_pull_request() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event.json");
    std::fs::write(&event, r#"{"issue":{"number":31,"pull_request":{"url":"x"}}}"#).unwrap();
    let vars = [("GITHUB_REPOSITORY", "o/r"), ("GITHUB_EVENT_PATH", event.to_str().unwrap())];
    assert_eq!(Target::from_env(Forge::GitHub, env(&vars)).unwrap().number, 31);

    // An issue that is not a pull request gives no number.
    std::fs::write(&event, r#"{"issue":{"number":31}}"#).unwrap();
    let err = Target::from_env(Forge::GitHub, env(&vars)).unwrap_err();
    assert!(matches!(err, ForgeError::NoChangeRequest { .. }), "{err:?}");
}

#[test]
fn github_target_from_the_pull_ref_and_the_aura_variables() {
    let vars = [
        ("GITHUB_REPOSITORY", "o/r"),
        ("GITHUB_REF", "refs/pull/42/merge"),
        ("GITHUB_TOKEN", "plain"),
        ("AURA_GITHUB_TOKEN", "preferred"),
    ];
    let target = Target::from_env(Forge::GitHub, env(&vars)).unwrap();
    assert_eq!(target.number, 42);
    assert_eq!(target.api_url, "https://api.github.com");
    assert_eq!(target.token.as_deref(), Some("preferred"));

    let overridden =
        [("GITHUB_REPOSITORY", "o/r"), ("GITHUB_REF", "refs/pull/42/merge"), ("AURA_PR_NUMBER", "9")];
    let target = Target::from_env(Forge::GitHub, env(&overridden)).unwrap();
    assert_eq!(target.number, 9);
    assert_eq!(target.token, None, "no token is not an error here");
}

#[test]
fn github_outside_a_pull_request_names_the_variables() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event.json");
    std::fs::write(&event, r#"{"ref":"refs/heads/main","commits":[]}"#).unwrap();
    let err = Target::from_env(
        Forge::GitHub,
        env(&[
            ("GITHUB_REPOSITORY", "o/r"),
            ("GITHUB_REF", "refs/heads/main"),
            ("GITHUB_EVENT_NAME", "push"),
            ("GITHUB_EVENT_PATH", event.to_str().unwrap()),
        ]),
    )
    .unwrap_err();
    assert!(matches!(err, ForgeError::NoChangeRequest { .. }), "{err:?}");
    let message = err.to_string();
    for name in ["GITHUB_EVENT_PATH", "GITHUB_REF", "AURA_PR_NUMBER", "`push`"] {
        assert!(message.contains(name), "{message}");
    }
    let err = Target::from_env(Forge::GitHub, env(&[("GITHUB_REF", "refs/pull/1/merge")])).unwrap_err();
    assert!(err.to_string().contains("GITHUB_REPOSITORY"), "{err}");
}

#[test]
fn github_unreadable_payload_is_reported() {
    let err = Target::from_env(
        Forge::GitHub,
        env(&[("GITHUB_REPOSITORY", "o/r"), ("GITHUB_EVENT_PATH", "/nonexistent/aura/event.json")]),
    )
    .unwrap_err();
    assert!(matches!(err, ForgeError::EventPayload { .. }), "{err:?}");
}

#[test]
fn gitlab_target_from_ci_variables() {
    let target = Target::from_env(
        Forge::GitLab,
        env(&[
            ("CI_API_V4_URL", "https://gitlab.example/api/v4"),
            ("CI_PROJECT_ID", "1234"),
            ("CI_MERGE_REQUEST_IID", "56"),
            ("CI_JOB_TOKEN", "job"),
            ("GITLAB_TOKEN", "glpat"),
        ]),
    )
    .unwrap();
    assert_eq!(
        (target.api_url.as_str(), target.project.as_str(), target.number, target.token.as_deref()),
        ("https://gitlab.example/api/v4", "1234", 56, Some("glpat"))
    );

    let only_job_token = [("CI_PROJECT_ID", "1"), ("CI_MERGE_REQUEST_IID", "2"), ("CI_JOB_TOKEN", "job")];
    assert_eq!(Target::from_env(Forge::GitLab, env(&only_job_token)).unwrap().token, None);

    let err = Target::from_env(Forge::GitLab, env(&[("CI_PROJECT_ID", "1")])).unwrap_err();
    assert!(err.to_string().contains("CI_MERGE_REQUEST_IID"), "{err}");
}
