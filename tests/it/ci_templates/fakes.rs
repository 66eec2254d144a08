//! Fakes for `ci_templates.rs`: an `aura` that logs its arguments, a runner's
//! environment to run the action's scripts in, and a GitHub REST API on localhost.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use crate::common::executable;

/// A fake `aura` in `bin`: it logs its arguments one per line to `$AURA_FAKE_LOG`, writes a
/// report (three findings) for every report flag, and exits with `$AURA_FAKE_EXIT`.
pub fn fake_aura(bin: &Path) {
    executable(
        &bin.join("aura"),
        r#"#!/bin/sh
[ "$1" = --version ] && { echo "aura 0.0.0-fake"; exit 0; }
printf '%s\n' "$@" > "$AURA_FAKE_LOG"
while [ $# -gt 0 ]; do
  case $1 in
    --sarif|--markdown|--json|--codequality)
      [ "${AURA_FAKE_EXIT:-0}" = 2 ] || echo '{"findings": [{}, {}, {}]}' > "$2"; shift ;;
  esac
  shift
done
exit "${AURA_FAKE_EXIT:-0}"
"#,
    );
}

/// A sandbox for the scripts: a fake `aura` first on PATH, a runner's temp dir and output file.
pub struct Runner {
    tmp: tempfile::TempDir,
}

impl Runner {
    pub fn new() -> Self {
        let runner = Self { tmp: tempfile::tempdir().unwrap() };
        for dir in ["bin", "temp", "work"] {
            std::fs::create_dir(runner.path(dir)).unwrap();
        }
        fake_aura(&runner.path("bin"));
        runner
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// Run `program script` in `work/` with only the given variables (and a PATH).
    pub fn run(&self, program: &str, script: &Path, env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .current_dir(self.path("work"))
            .env("PATH", format!("{}:/usr/bin:/bin", self.path("bin").display()))
            .env("HOME", self.tmp.path())
            .env("RUNNER_TEMP", self.path("temp"))
            .env("GITHUB_OUTPUT", self.path("output"))
            .env("GITHUB_PATH", self.path("github-path"))
            .env("AURA_FAKE_LOG", self.path("args"));
        cmd.arg(script).envs(env.iter().copied()).output().unwrap()
    }

    /// The arguments the fake `aura` got.
    pub fn args(&self) -> Vec<String> {
        std::fs::read_to_string(self.path("args")).unwrap().lines().map(str::to_string).collect()
    }

    pub fn outputs(&self) -> String {
        std::fs::read_to_string(self.path("output")).unwrap_or_default()
    }
}

/// One request the fake API received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: String,
}

/// A GitHub API on localhost: pull request 7 has head `abc123` and, on the second page of
/// its comments, an aura comment with id 42. Answers until the test ends.
pub fn fake_github() -> (String, Arc<Mutex<Vec<Request>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let requests = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let (method, path) =
                (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("").to_string());
            let mut length = 0;
            loop {
                let mut header = String::new();
                reader.read_line(&mut header).unwrap();
                if header.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = header.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let page_of = |n: usize| {
                let others: Vec<String> =
                    (0..n).map(|i| format!(r#"{{"id": {i}, "body": "lgtm"}}"#)).collect();
                format!("[{}]", others.join(","))
            };
            let answer = match (method.as_str(), path.as_str()) {
                ("GET", "/repos/o/r/pulls/7") => r#"{"head": {"sha": "abc123"}}"#.to_string(),
                ("GET", p) if p.ends_with("/issues/7/comments?per_page=100&page=1") => page_of(100),
                ("GET", p) if p.ends_with("/issues/7/comments?per_page=100&page=2") => {
                    r#"[{"id": 42, "body": "<!-- aura-review -->\nold"}]"#.to_string()
                }
                _ => "{}".to_string(),
            };
            requests.lock().unwrap().push(Request {
                method,
                path,
                body: String::from_utf8_lossy(&body).into(),
            });
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = stream.write_all(response.as_bytes());
        }
    });
    (url, log)
}
