//! `aura llm health|models|prompt` against stand-in servers on 127.0.0.1 that speak the
//! OpenAI-compatible and the Ollama protocols (`common::llm_server`): both protocols whole
//! and streamed, a stream cut short or failing mid-way, failover from a closed port, a 429
//! with `Retry-After`, the cooldown, the response cache, and the privacy rules (a remote
//! provider refused, each key sent only to its provider, secrets redacted from prompts).

use std::path::Path;
use std::process::Output;
use std::time::Instant;

use serde_json::Value;

use crate::common::llm_server::{Failure, LlmServer, MODEL, Protocol, REPLY, closed_port};
use crate::common::{Sandbox, aura};

/// A provider entry of `llm.providers`.
fn provider(name: &str, kind: &str, url: &str, extra: &str) -> String {
    format!("    - {{name: {name}, kind: {kind}, base_url: \"{url}\", max_retries: 0{extra}}}\n")
}

/// Run `aura --config aura.yaml ARGS` in `dir` with this `llm:` section.
fn run(dir: &Path, llm: &str, args: &[&str]) -> Output {
    std::fs::write(dir.join("aura.yaml"), format!("llm:\n{llm}")).unwrap();
    aura(dir)
        .args(["--config", "aura.yaml"])
        .args(args)
        .env("AURA_CACHE_DIR", dir.join("cache"))
        .output()
        .unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(out), String::from_utf8_lossy(&out.stderr)))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn health_and_models_list_both_protocols_and_say_which_provider_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let openai = LlmServer::start(Protocol::OpenAi);
    let ollama = LlmServer::start(Protocol::Ollama);
    let dead = format!("http://127.0.0.1:{}/v1", closed_port());
    let providers = format!(
        "  providers:\n{}{}",
        provider("llama", "openai", openai.url(), ""),
        provider("local", "ollama", ollama.url(), "")
    );
    let out = run(dir.path(), &providers, &["llm", "health", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let health = json(&out);
    assert_eq!(health[0]["models"], serde_json::json!([MODEL]));
    assert_eq!(health[0]["status"], "ok", "llama.cpp's /health beside /v1");
    assert_eq!(health[1]["models"], serde_json::json!([format!("{MODEL}:latest")]));
    assert_eq!(health[1]["status"], "Ollama is running");
    assert!(health.as_array().unwrap().iter().all(|h| h["reachable"] == true && h["latency_ms"].is_u64()));

    let with_dead = format!("{providers}{}", provider("gone", "openai", &dead, ""));
    let out = run(dir.path(), &with_dead, &["llm", "health"]);
    assert_eq!(out.status.code(), Some(1), "a provider that is down fails the check");
    let shown = stdout(&out);
    assert!(shown.contains("llama (openai, http://127.0.0.1:"), "{shown}");
    assert!(
        shown.contains("gone (openai,") && shown.contains("not usable: ") && shown.contains("cannot connect"),
        "{shown}"
    );

    let out = run(dir.path(), &providers, &["llm", "models"]);
    assert_eq!(stdout(&out), format!("llama\t{MODEL}\nlocal\t{MODEL}:latest\n"));
}

#[test]
fn prompts_are_answered_whole_and_streamed_and_ollama_always_gets_num_ctx() {
    let dir = tempfile::tempdir().unwrap();
    for protocol in [Protocol::OpenAi, Protocol::Ollama] {
        let server = LlmServer::start(protocol);
        let kind = if protocol == Protocol::OpenAi { "openai" } else { "ollama" };
        let llm = format!("  providers:\n{}", provider("p", kind, server.url(), ", context_window: 4096"));
        for stream in [false, true] {
            let mut args = vec!["llm", "prompt", "--provider", "p", "say something"];
            if stream {
                args.push("--stream");
            }
            // a new prompt each time: the cache must not answer
            let prompt = format!("say something {kind} {stream}");
            args[4] = &prompt;
            let out = run(dir.path(), &llm, &args);
            assert_eq!(stdout(&out), format!("{REPLY}\n"), "{kind} stream={stream}: {}", stderr(&out));
        }
        let chats = server.chats();
        assert_eq!(chats.len(), 2, "{kind}");
        assert_eq!(chats[0]["stream"], false);
        assert_eq!(chats[1]["stream"], true);
        assert_eq!(chats[0]["model"], if protocol == Protocol::OpenAi { MODEL } else { "tiny:latest" });
        if protocol == Protocol::Ollama {
            assert!(chats.iter().all(|c| c["options"]["num_ctx"] == 4096), "{chats:?}");
        }
    }
}

#[test]
fn a_stream_cut_short_or_failing_mid_way_is_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    for protocol in [Protocol::OpenAi, Protocol::Ollama] {
        let server = LlmServer::start(protocol);
        let kind = if protocol == Protocol::OpenAi { "openai" } else { "ollama" };
        let llm = format!("  providers:\n{}", provider("p", kind, server.url(), ", model: tiny"));
        server.fail_next(&[Failure::Cut, Failure::MidStreamError]);
        let cut = run(dir.path(), &llm, &["llm", "prompt", "--provider", "p", "--stream", "one"]);
        assert_eq!(cut.status.code(), Some(1), "{kind}");
        assert!(
            stderr(&cut).contains("the stream ended before its last message"),
            "{kind}: {}",
            stderr(&cut)
        );
        assert!(cut.stdout.is_empty(), "a partial answer is not printed");
        let broken = run(dir.path(), &llm, &["llm", "prompt", "--provider", "p", "--stream", "two"]);
        assert_eq!(broken.status.code(), Some(1));
        assert!(
            stderr(&broken).contains("the server failed mid-answer: the model crashed"),
            "{}",
            stderr(&broken)
        );
    }
}

#[test]
fn failover_passes_a_closed_port_and_a_429_is_retried_after_its_wait() {
    let dir = tempfile::tempdir().unwrap();
    let live = LlmServer::start(Protocol::OpenAi);
    let dead = format!("http://127.0.0.1:{}/v1", closed_port());
    let llm = format!(
        "  providers:\n{}{}  routing:\n    default: [dead, live]\n",
        provider("dead", "openai", &dead, ", model: tiny"),
        provider("live", "openai", live.url(), ", model: tiny, max_retries: 1")
            .replace(", max_retries: 0", "")
    );
    live.fail_next(&[Failure::Status(429, vec![("Retry-After", "1".to_owned())])]);
    let started = Instant::now();
    let out = run(dir.path(), &llm, &["llm", "prompt", "--format", "json", "hello"]);
    let answer = json(&out);
    assert_eq!(answer["text"], REPLY);
    assert_eq!(answer["provider"], "live");
    assert!(answer["failed"][0].as_str().unwrap().contains("cannot connect"), "{answer}");
    assert_eq!(live.chats().len(), 2, "the 429, then the retry");
    assert!(started.elapsed().as_millis() >= 1000, "Retry-After: 1 was waited for");
}

#[test]
fn a_failed_provider_cools_down_and_a_repeated_request_is_answered_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (LlmServer::start(Protocol::OpenAi), LlmServer::start(Protocol::Ollama));
    let llm = format!(
        "  providers:\n{}{}  routing:\n    default: [first, second]\n  cooldown: 600\n",
        provider("first", "openai", first.url(), ", model: tiny"),
        provider("second", "ollama", second.url(), ", model: tiny")
    );
    first.fail_next(&[Failure::Status(500, vec![])]);
    let out = run(dir.path(), &llm, &["llm", "prompt", "one"]);
    assert_eq!(stdout(&out), format!("{REPLY}\n"), "{}", stderr(&out));
    assert_eq!((first.chats().len(), second.chats().len()), (1, 1));

    let out = run(dir.path(), &llm, &["llm", "prompt", "two"]);
    assert_eq!(stdout(&out), format!("{REPLY}\n"));
    assert_eq!(first.chats().len(), 1, "the failed provider is skipped while it cools down");
    assert_eq!(second.chats().len(), 2);

    let out = run(dir.path(), &llm, &["llm", "prompt", "--format", "json", "two"]);
    assert_eq!(json(&out)["cached"], true);
    assert_eq!((first.chats().len(), second.chats().len()), (1, 2), "no server was asked again");
}

#[test]
fn a_remote_provider_is_refused_and_keys_and_secrets_stay_home() {
    let dir = tempfile::tempdir().unwrap();
    let remote = provider("far", "openai", "http://10.255.255.1:9/v1", ", model: tiny");
    let started = Instant::now();
    let out =
        run(dir.path(), &format!("  providers:\n{remote}"), &["llm", "prompt", "--provider", "far", "hi"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("outside this machine") && stderr(&out).contains("llm.allow_remote"),
        "{}",
        stderr(&out)
    );
    assert!(started.elapsed().as_secs() < 5, "refused before any connection attempt could time out");

    let (keyed, plain) = (LlmServer::start(Protocol::OpenAi), LlmServer::start(Protocol::OpenAi));
    let llm = format!(
        "  providers:\n{}{}  routing:\n    default: [keyed, plain]\n",
        provider("keyed", "openai", keyed.url(), ", model: tiny, api_key_env: AURA_TEST_KEY"),
        provider("plain", "openai", plain.url(), ", model: tiny")
    );
    keyed.fail_next(&[Failure::Status(503, vec![])]);
    let token = format!("ghp_{}", "a1B2c3D4e5".repeat(4));
    let prompt = format!("why does this fail?\nGITHUB_TOKEN = \"{token}\"\n");
    std::fs::write(dir.path().join("aura.yaml"), format!("llm:\n{llm}")).unwrap();
    let out = aura(dir.path())
        .args(["--config", "aura.yaml", "llm", "prompt", &prompt])
        .env("AURA_CACHE_DIR", dir.path().join("cache"))
        .env("AURA_TEST_KEY", "sk-only-for-keyed")
        .output()
        .unwrap();
    assert_eq!(stdout(&out), format!("{REPLY}\n"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 secret(s) redacted"), "{}", stderr(&out));
    let keyed_requests = keyed.requests();
    assert!(keyed_requests.iter().all(|r| r.header("authorization") == Some("Bearer sk-only-for-keyed")));
    let plain_requests = plain.requests();
    assert!(!plain_requests.is_empty() && plain_requests.iter().all(|r| r.header("authorization").is_none()));
    for r in keyed_requests.iter().chain(&plain_requests) {
        assert!(!r.body.contains(&token), "the planted token reached a server: {}", r.body);
    }
    assert!(plain.chats()[0]["messages"][0]["content"].as_str().unwrap().contains("[REDACTED SECRET]"));
}

#[test]
fn a_dry_run_prints_the_request_and_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = LlmServer::start(Protocol::Ollama);
    let llm = format!(
        "  providers:\n{}  routing:\n    commit: [local]\n",
        provider("local", "ollama", server.url(), ", model: tiny, api_key_env: HOME")
    );
    let out = run(
        dir.path(),
        &llm,
        &["llm", "prompt", "--route", "commit", "--system", "be brief", "--dry-run", "hello"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out).replace(server.url(), "http://127.0.0.1:PORT");
    insta::assert_snapshot!(shown);
    assert!(server.requests().is_empty(), "a dry run connects to nothing");

    let out = run(dir.path(), &llm, &["llm", "prompt", "--route", "review", "hello"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no LLM provider is routed for review requests"), "{}", stderr(&out));
}

/// A sandbox repository with one commit and a staged change, its `llm:` routing `commit`
/// to `server` (an OpenAI-compatible one).
fn staged_repo(server: &LlmServer, extra: &str) -> Sandbox {
    let s = Sandbox::new();
    s.write("src/report/render.py", "def render(x):\n    return str(x)\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: start"]);
    s.write(
        ".aura/config.yaml",
        &format!(
            "llm:\n  providers:\n{}  routing:\n    commit: [p]\n{extra}",
            provider("p", "openai", server.url(), ", model: tiny")
        ),
    );
    s.write(
        "src/report/render.py",
        "def render(x):\n    return str(x)\n\n\ndef render_all(xs):\n    return [render(x) for x in xs]\n",
    );
    s.git_ok(&["add", "src/report/render.py"]);
    s
}

#[test]
fn commit_suggest_with_the_llm_keeps_a_valid_draft_retries_a_bad_one_and_falls_back() {
    let server = LlmServer::start(Protocol::OpenAi);
    let s = staged_repo(&server, "");
    server.reply_with(&["```text\n\"fix(report): render every item\"\n```"]);
    let out = s.aura(&["commit", "suggest", "--llm"]);
    assert_eq!(stdout(&out), "fix(report): render every item\n", "{}", stderr(&out));
    let chat = &server.chats()[0];
    let prompt = chat["messages"][1]["content"].as_str().unwrap();
    assert!(prompt.contains("suggests: feat(report): add render_all"), "the heuristic is the hint: {prompt}");
    assert!(prompt.contains("+def render_all(xs):"), "the staged diff is shown: {prompt}");
    assert!(chat["messages"][0]["content"].as_str().unwrap().contains("Allowed types: build, chore, ci"));

    // the same change again: the answer is the cached one, no request is made
    let again = s.aura(&["commit", "suggest", "--llm"]);
    assert_eq!(stdout(&again), "fix(report): render every item\n");
    assert_eq!(server.chats().len(), 1);

    // gibberish twice (what a random-weight model answers): the retry is told why, then
    // the offline message is used
    std::fs::remove_dir_all(s.repo.join(".aura/cache/llm")).unwrap();
    server.reply_with(&["Here is a great commit message for you!", "\u{1b}[31m>1+)L configJxn\u{19}$"]);
    let out = s.aura(&["commit", "suggest", "--llm", "--header-only"]);
    assert_eq!(stdout(&out), "feat(report): add render_all\n", "{}", stderr(&out));
    let chats = server.chats();
    assert_eq!(chats.len(), 3);
    let retry = chats[2]["messages"][1]["content"].as_str().unwrap();
    assert!(
        retry.contains("rejected by the commit linter") && retry.contains("Here is a great commit message"),
        "{retry}"
    );

    // nothing routed for commit: --llm is a configuration error
    s.write(".aura/config.yaml", "llm:\n  routing:\n    review: [mock]\n");
    let out = s.aura(&["commit", "suggest", "--llm"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no LLM provider is routed for commit requests"), "{}", stderr(&out));
}

#[test]
fn the_prepare_commit_msg_hook_never_waits_past_its_budget_and_no_secret_leaves() {
    let server = LlmServer::start(Protocol::OpenAi);
    let s = staged_repo(&server, "git:\n  hooks:\n    prepare_commit_msg:\n      llm_timeout: 1\n");
    let token = format!("glpat-{}", "Zx9Yw8Vu7T".repeat(2));
    s.write("src/settings.py", &format!("GITLAB_TOKEN = \"{token}\"\n"));
    s.git_ok(&["add", "src/settings.py"]);
    assert!(s.aura(&["install-hooks"]).status.success());

    server.fail_next(&[Failure::Late(4_000)]);
    let started = Instant::now();
    let mut cmd = std::process::Command::new("git");
    s.env(&mut cmd);
    // the pre-commit gate would stop this commit on the token: only the message hook runs
    let out = cmd
        .current_dir(&s.repo)
        .env("GIT_EDITOR", "true")
        .env("AURA_SKIP", "pre-commit")
        .args(["commit", "-q"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        started.elapsed().as_millis() < 3_500,
        "the commit waited for the slow model: {:?}",
        started.elapsed()
    );
    assert!(
        s.head_message().starts_with("feat(report)") || s.head_message().starts_with("feat"),
        "{}",
        s.head_message()
    );
    assert!(!server.chats().is_empty(), "the model was asked");
    for r in server.requests() {
        assert!(!r.body.contains(&token), "the staged token reached the server");
    }
    assert!(server.requests().iter().any(|r| r.body.contains("[REDACTED SECRET]")));
}

#[test]
fn review_with_the_llm_adds_generated_comments_on_the_diff_and_drops_the_rest() {
    let server = LlmServer::start(Protocol::OpenAi);
    let s = Sandbox::new();
    s.write("src/app.py", "def load(path):\n    return path\n");
    s.write("src/old.py", "A = 1\nB = 2\nC = 3\n");
    s.write("Cargo.lock", "# lock\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: start"]);
    s.write("src/app.py", "def load(path):\n    f = open(path)\n    return f.read()\n");
    s.write("src/old.py", "A = 1\n");
    s.write("Cargo.lock", "# lock\nsecret-lock-content = 1\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: read the file"]);
    s.write(
        ".aura/config.yaml",
        &format!(
            "llm:\n  providers:\n{}  routing:\n    review: [p]\n",
            provider("p", "openai", server.url(), ", model: tiny")
        ),
    );
    server.reply_with(&[
        "```yaml\ncomments:\n  - file: src/app.py\n    line: 2\n    title: File never closed\n    body: use a with block\n  \
         - file: src/app.py\n    line: 90\n    title: Far away\n    body: not in the diff\n  \
         - file: README.md\n    line: 1\n    title: Nowhere\n    body: no such file in the change\n```",
    ]);
    let out = s.aura(&["review", "--base", "HEAD~1", "--llm", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 comment(s) from p (asked), 2 pointing outside the diff dropped"),
        "{}",
        stderr(&out)
    );
    let review = json(&out);
    let generated: Vec<&Value> =
        review["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "LLM001").collect();
    assert_eq!(generated.len(), 1, "{review}");
    assert_eq!(generated[0]["path"], "src/app.py");
    assert_eq!(generated[0]["line"], 2);
    assert_eq!(generated[0]["status"], "new");
    assert_eq!(
        generated[0]["message"],
        "File never closed: use a with block (generated by tiny, not verified)"
    );
    assert_eq!(review["llm"]["dropped"], 2);
    let left_out: Vec<(&str, &str)> = review["llm"]["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["path"].as_str().unwrap(), l["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(left_out, [("Cargo.lock", "lockfile"), ("src/old.py", "deletions only")]);

    let prompt = server.chats()[0]["messages"][1]["content"].as_str().unwrap().to_owned();
    assert!(
        prompt.contains("## File: src/app.py\n__new hunk__\n1  def load(path):\n2 +    f = open(path)\n"),
        "{prompt}"
    );
    assert!(!prompt.contains("secret-lock-content") && !prompt.contains("## File: src/old.py"), "{prompt}");

    // every review format carries the comment: SARIF (from the cache, no second request)
    let sarif = s.aura(&["review", "--base", "HEAD~1", "--llm", "--format", "sarif"]);
    let sarif: Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "LLM001"), "{sarif}");
    assert_eq!(server.chats().len(), 1, "the second review's answer came from the cache");
    let markdown = s.aura(&["review", "--base", "HEAD~1", "--llm", "--format", "markdown"]);
    assert!(stdout(&markdown).contains("generated by tiny, not verified"), "{}", stdout(&markdown));
}
