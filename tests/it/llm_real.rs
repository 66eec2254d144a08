//! aura against a real OpenAI-compatible server: llama-cpp-python's server (`.ci/run`
//! installs it; `AURA_LLAMA_PYTHON` names its Python) serving the tiny random-weight model
//! `scripts/tiny-gguf` writes. The model answers gibberish: `llm health` must list it,
//! whole and streamed answers must both arrive, and `commit suggest --llm` must still print
//! a message the linter accepts.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::llm_server::closed_port;
use crate::common::{Sandbox, missing, repo_root};

/// The Python with `llama_cpp.server` and `gguf` installed.
fn llama_python() -> Option<PathBuf> {
    let named = std::env::var_os("AURA_LLAMA_PYTHON").filter(|v| !v.is_empty()).map(PathBuf::from);
    let default = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/aura-ci/llama/bin/python"));
    named.or(default).filter(|p| p.is_file())
}

struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(python: &PathBuf) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("tiny.gguf");
    let wrote = Command::new(python).arg(repo_root().join("scripts/tiny-gguf")).arg(&model).status().unwrap();
    assert!(wrote.success(), "scripts/tiny-gguf failed");
    let port = closed_port();
    let child = Command::new(python)
        .args(["-m", "llama_cpp.server", "--model"])
        .arg(&model)
        .args(["--model_alias", "tiny", "--host", "127.0.0.1", "--port", &port.to_string()])
        .args(["--n_ctx", "2048", "--n_threads", "1", "--api_key", "test-key", "--verbose", "False"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server { child, port, _dir: dir };
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(60), "llama_cpp.server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

#[test]
fn a_real_llama_cpp_server_answers_and_commit_suggest_stays_lint_valid() {
    let Some(python) = llama_python() else {
        return missing("llama-cpp-python's server", "AURA_LLAMA_PYTHON, see .ci/run");
    };
    let server = start(&python);
    let s = Sandbox::new();
    s.write("src/core/parse.py", "def parse(x):\n    return x\n");
    s.git_ok(&["add", "-A"]);
    s.git_ok(&["commit", "-q", "-m", "feat: start"]);
    s.write(
        ".aura/config.yaml",
        &format!(
            "llm:\n  providers:\n    - {{name: llama, kind: openai, base_url: \"http://127.0.0.1:{}/v1\", \
             api_key_env: AURA_LLAMA_KEY, context_window: 2048}}\n  routing:\n    commit: [llama]\n    default: [llama]\n",
            server.port
        ),
    );
    let run = |args: &[&str]| s.aura_command().args(args).env("AURA_LLAMA_KEY", "test-key").output().unwrap();

    let health = run(&["llm", "health", "--provider", "llama", "--format", "json"]);
    assert!(health.status.success(), "{}", String::from_utf8_lossy(&health.stderr));
    let health: serde_json::Value = serde_json::from_slice(&health.stdout).unwrap();
    assert_eq!(health[0]["models"], serde_json::json!(["tiny"]));

    for stream in [false, true] {
        let mut args = vec!["llm", "prompt", "--format", "json", "--max-tokens", "12"];
        if stream {
            args.push("--stream");
        }
        let prompt = format!("write a commit message {stream}");
        args.push(&prompt);
        let out = run(&args);
        assert!(out.status.success(), "stream={stream}: {}", String::from_utf8_lossy(&out.stderr));
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(answer["model"], "tiny");
        assert!(!answer["text"].as_str().unwrap().is_empty(), "the model said something: {answer}");
    }

    s.write(
        "src/core/parse.py",
        "def parse(x):\n    return x.strip()\n\n\ndef parse_all(xs):\n    return [parse(x) for x in xs]\n",
    );
    s.git_ok(&["add", "-A"]);
    let out = run(&["-v", "commit", "suggest", "--llm"]);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    // the model was asked; its gibberish draft went to the linter (or the provider failed
    // on a loaded machine, which must also end in the offline message)
    assert!(
        log.contains("the drafted message was rejected") || log.contains("no LLM draft"),
        "the draft did not go through the linter: {log}"
    );
    let message = String::from_utf8_lossy(&out.stdout).into_owned();
    let lint = run(&["commit", "lint", &message]);
    assert!(lint.status.success(), "the suggestion must pass the linter: {message:?}");
}
