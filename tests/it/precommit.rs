//! aura in the pre-commit framework (https://pre-commit.com): the manifest at the
//! repository root validates, and `pre-commit try-repo` builds aura from this repository
//! (`language: rust`) and runs its commit-msg hook with the right exit codes.
//!
//! The build is cached between runs in `target/tmp` (`PRE_COMMIT_HOME` and a cargo target
//! directory), with a cheap release profile: it checks the packaging, not the optimizer.

use std::path::Path;
use std::process::Command;

use crate::common::{Sandbox, missing, repo_root, text};

fn pre_commit_available() -> bool {
    let ok = Command::new("pre-commit").arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok {
        missing("pre-commit", "pip install pre-commit");
    }
    ok
}

#[test]
fn the_manifest_validates() {
    if !pre_commit_available() {
        return;
    }
    let out = Command::new("pre-commit")
        .current_dir(repo_root())
        .args(["validate-manifest", ".pre-commit-hooks.yaml"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
}

/// `pre-commit try-repo <this repository> HOOK --hook-stage commit-msg` on a message file.
fn try_commit_msg(s: &Sandbox, hook: &str, message: &str) -> std::process::Output {
    std::fs::write(s.repo.join("MSG"), message).unwrap();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mut cmd = Command::new("pre-commit");
    s.env(&mut cmd);
    let path = format!("{}:{}", s.bin.display(), std::env::var("PATH").unwrap_or_default());
    cmd.current_dir(&s.repo)
        .env("PATH", path)
        .env("PRE_COMMIT_HOME", tmp.join("pre-commit-home"))
        .env("CARGO_TARGET_DIR", tmp.join("pre-commit-target"))
        .env(
            "CARGO_HOME",
            std::env::var("CARGO_HOME")
                .unwrap_or_else(|_| format!("{}/.cargo", std::env::var("HOME").unwrap())),
        )
        .env(
            "RUSTUP_HOME",
            std::env::var("RUSTUP_HOME")
                .unwrap_or_else(|_| format!("{}/.rustup", std::env::var("HOME").unwrap())),
        )
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_INCREMENTAL", "true")
        .args(["try-repo", repo_root().to_str().unwrap(), hook, "--hook-stage", "commit-msg"])
        .args(["--commit-msg-filename", "MSG", "--verbose"]);
    cmd.output().unwrap()
}

fn try_repo_runs(hook: &str) {
    if !pre_commit_available() {
        return;
    }
    let s = Sandbox::new();
    s.commit_on_day("chore: start", 1);
    let good = try_commit_msg(&s, hook, "feat(parser): read TOML files\n");
    assert_eq!(good.status.code(), Some(0), "{}", text(&good));
    let bad = try_commit_msg(&s, hook, "Added TOML.\n");
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad));
    let said = text(&bad);
    assert!(said.contains("type-empty") || said.contains("subject-empty"), "names the rule:\n{said}");
}

#[test]
fn try_repo_builds_aura_and_runs_the_commit_msg_hook() {
    try_repo_runs("aura-commit-msg");
}

#[test]
fn try_repo_runs_the_system_variant() {
    try_repo_runs("aura-commit-msg-system");
}
