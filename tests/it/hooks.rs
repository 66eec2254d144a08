//! Hook safety with the real git CLI, on repositories built here: aura's hooks must never
//! lose or silence a hook that was there before, must install where git runs hooks from,
//! and must behave as documented when git calls them.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Command;

use crate::common::{Sandbox, executable, text};

const HOOKS: [&str; 4] = ["pre-commit", "prepare-commit-msg", "commit-msg", "pre-push"];

#[test]
fn a_fresh_repository_gets_all_four_hooks_and_commits_still_work() {
    let s = Sandbox::new();
    let out = s.aura(&["install-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    for hook in HOOKS {
        let path = s.hooks().join(hook);
        let content = fs::read_to_string(&path).unwrap();
        assert!(content.contains("# aura-managed-hook"), "{hook}");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o111, 0o111, "{hook} is executable");
    }
    s.write("README.md", "hello\n");
    let out = s.commit("docs: add a readme");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.commits(), 1);
}

#[test]
fn a_foreign_hook_is_kept_runs_first_and_its_failure_blocks() {
    let s = Sandbox::new();
    let original = "#!/bin/sh\necho \"legacy saw $1\" >> \"$(git rev-parse --git-dir)/legacy.log\"\n[ -e \"$(git rev-parse --git-dir)/fail\" ] && exit 3\nexit 0\n";
    executable(&s.hooks().join("commit-msg"), original);
    let out = s.aura(&["install-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("commit-msg.legacy"), "{}", text(&out));
    let legacy = s.hooks().join("commit-msg.legacy");
    assert_eq!(fs::read_to_string(&legacy).unwrap(), original);

    s.write("a.txt", "one\n");
    let out = s.commit("feat: first");
    assert!(out.status.success(), "{}", text(&out));
    let log = fs::read_to_string(s.repo.join(".git/legacy.log")).unwrap();
    assert!(log.contains("legacy saw .git/COMMIT_EDITMSG"), "{log}");

    // the old hook's failure still stops the commit
    fs::write(s.repo.join(".git/fail"), "").unwrap();
    s.write("a.txt", "two\n");
    let out = s.commit("feat: second");
    assert!(!out.status.success(), "the legacy hook's exit 3 must block");
    assert_eq!(s.commits(), 1);
}

#[test]
fn reinstalling_is_byte_identical_and_uninstalling_restores_the_original() {
    let s = Sandbox::new();
    let original = "#!/bin/bash\n# someone's careful hook\r\nexit 0\n";
    executable(&s.hooks().join("pre-commit"), original);
    fs::set_permissions(s.hooks().join("pre-commit"), fs::Permissions::from_mode(0o750)).unwrap();
    assert!(s.aura(&["install-hooks"]).status.success());
    let snapshot: Vec<(String, Vec<u8>)> = listing(&s.hooks());

    let out = s.aura(&["install-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("pre-commit is already installed"), "{}", text(&out));
    assert_eq!(listing(&s.hooks()), snapshot, "a second install changes nothing");

    let out = s.aura(&["uninstall-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    let restored = s.hooks().join("pre-commit");
    assert_eq!(fs::read(&restored).unwrap(), original.as_bytes());
    assert_eq!(fs::metadata(&restored).unwrap().permissions().mode() & 0o777, 0o750);
    let left: Vec<String> = listing(&s.hooks()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(left, vec!["pre-commit".to_owned()], "only the original is left");
}

/// The hooks directory's non-sample files and their bytes, sorted.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| !e.file_name().to_string_lossy().ends_with(".sample"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn a_repository_hooks_path_is_honoured() {
    let s = Sandbox::new();
    s.git_ok(&["config", "core.hooksPath", ".githooks"]);
    executable(
        &s.repo.join(".githooks/pre-commit"),
        "#!/bin/sh\ntouch \"$(git rev-parse --git-dir)/team-hook-ran\"\n",
    );
    let out = s.aura(&["install-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(s.repo.join(".githooks/commit-msg").exists());
    assert!(s.repo.join(".githooks/pre-commit.legacy").exists());
    assert!(!s.hooks().join("commit-msg").exists(), "nothing in .git/hooks, which git would not run");
    s.write("a.txt", "x\n");
    let out = s.commit("chore: start");
    assert!(out.status.success(), "{}", text(&out));
    assert!(s.repo.join(".git/team-hook-ran").exists());
}

#[test]
fn a_global_hooks_path_or_husky_is_refused_without_force() {
    let s = Sandbox::new();
    let global = s.home.join("global-hooks");
    s.git_ok(&["config", "--global", "core.hooksPath", global.to_str().unwrap()]);
    let out = s.aura(&["install-hooks"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("global git configuration"), "{}", text(&out));
    assert!(!global.exists(), "nothing written");
    let out = s.aura(&["install-hooks", "--force"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(global.join("commit-msg").exists());

    let s = Sandbox::new();
    s.git_ok(&["config", "core.hooksPath", ".husky/_"]);
    executable(&s.repo.join(".husky/_/commit-msg"), "#!/bin/sh\n. \"$(dirname \"$0\")/h\"\n");
    let out = s.aura(&["install-hooks"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("husky"), "{}", text(&out));
    assert_eq!(
        fs::read_to_string(s.repo.join(".husky/_/commit-msg")).unwrap(),
        "#!/bin/sh\n. \"$(dirname \"$0\")/h\"\n"
    );
}

#[test]
fn a_linked_worktree_installs_into_the_common_directory() {
    let s = Sandbox::new();
    s.write("a.txt", "x\n");
    assert!(s.commit("chore: start").status.success());
    let wt = s.repo.parent().unwrap().join("wt");
    s.git_ok(&["worktree", "add", "-q", wt.to_str().unwrap(), "-b", "topic"]);
    let out = s.aura_in(&wt, &["install-hooks"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(s.hooks().join("commit-msg").exists(), "{}", text(&out));
    fs::write(wt.join("b.txt"), "y\n").unwrap();
    s.git_in(&wt, &["add", "-A"]);
    let out = s.git_in(&wt, &["commit", "-q", "-m", "Bad message"]);
    assert!(!out.status.success(), "the worktree's commit runs aura's commit-msg hook:\n{}", text(&out));
}

#[test]
fn a_missing_binary_is_a_clear_message() {
    let s = Sandbox::new();
    assert!(s.aura(&["install-hooks"]).status.success());
    fs::remove_file(s.bin.join("aura")).unwrap();
    s.write("a.txt", "x\n");
    let out = s.commit("feat: x");
    assert!(!out.status.success());
    let said = text(&out);
    assert!(said.contains("the `aura` binary is not on PATH"), "{said}");
    assert!(said.contains("AURA_SKIP="), "{said}");
}

#[test]
fn aura_skip_skips_named_hooks() {
    let s = Sandbox::new();
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("a.txt", "x\n");
    s.git_ok(&["add", "-A"]);
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out = cmd.current_dir(&s.repo).env("AURA_SKIP", "commit-msg").args([
        "commit",
        "-q",
        "-m",
        "Not conventional",
    ]);
    let out = out.output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.head_message(), "Not conventional");
}

#[test]
fn commit_msg_rejects_a_bad_message_and_accepts_a_good_one() {
    let s = Sandbox::new();
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("a.txt", "x\n");
    let out = s.commit("Feature: added stuff.");
    assert!(!out.status.success());
    assert!(text(&out).contains("type-"), "names the rule:\n{}", text(&out));
    assert_eq!(s.commits(), 0);
    let out = s.commit("feat(core): add stuff");
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn prepare_commit_msg_leaves_a_given_message_alone_and_fills_an_empty_one() {
    let s = Sandbox::new();
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("docs/guide.md", "# Guide\n");
    let out = s.commit("docs: write the guide");
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.head_message(), "docs: write the guide");

    // no message source: the editor sees aura's suggestion (GIT_EDITOR=true keeps it)
    s.write("docs/guide.md", "# Guide\n\nMore.\n");
    s.git_ok(&["add", "-A"]);
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out = cmd.current_dir(&s.repo).env("GIT_EDITOR", "true").args(["commit", "-q"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.head_message(), "docs: update guide.md");

    // an amend keeps the message it amends (git passes the source `commit`)
    s.write("docs/guide.md", "# Guide\n\nMore, and more.\n");
    s.git_ok(&["add", "-A"]);
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out = cmd
        .current_dir(&s.repo)
        .env("GIT_EDITOR", "true")
        .args(["commit", "-q", "--amend"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.head_message(), "docs: update guide.md");
    assert_eq!(s.commits(), 2);
}

#[test]
fn pre_commit_blocks_on_the_staged_content_not_the_working_tree() {
    let s = Sandbox::new();
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_commit:\n      fail_on: warning\n");
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("app.py", "def run(cmd):\n    return eval(cmd)\n");
    s.git_ok(&["add", "-A"]);
    // the working tree is fixed, the index is not
    s.write("app.py", "def run(cmd):\n    return cmd\n");
    let out = s.git(&["commit", "-q", "-m", "feat: run commands"]);
    assert!(!out.status.success(), "the staged eval must block");
    let said = text(&out);
    assert!(said.contains("app.py:2"), "{said}");
    assert!(said.contains("SEC004"), "{said}");
    assert_eq!(s.commits(), 0);

    s.git_ok(&["add", "-A"]);
    let out = s.git(&["commit", "-q", "-m", "feat: run commands"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn a_blocked_commit_names_its_gate_and_how_to_skip_the_hook_once() {
    let s = Sandbox::new();
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_commit:\n      fail_on: warning\n");
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("app.py", "def run(cmd):\n    return eval(cmd)\n");
    let out = s.commit("feat: run commands");
    assert!(!out.status.success());
    let said = text(&out);
    let config = s.repo.join(".aura/config.yaml");
    let gate = format!("at or above `warning` (git.hooks.pre_commit.fail_on in {}:4:7)", config.display());
    assert!(said.contains(&gate), "names the file and line of the gate:\n{said}");
    assert!(said.contains("`AURA_SKIP=pre-commit git commit ...`"), "{said}");

    // the advice works as written
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out = cmd
        .current_dir(&s.repo)
        .env("AURA_SKIP", "pre-commit")
        .args(["commit", "-q", "-m", "feat: run commands"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(s.commits(), 1);
}

#[test]
fn a_rejected_message_says_how_to_skip_the_hook_once() {
    let s = Sandbox::new();
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("a.txt", "x\n");
    let out = s.commit("Added stuff");
    assert!(!out.status.success());
    let said = text(&out);
    assert!(said.contains("your message is kept in"), "{said}");
    assert!(said.contains("`AURA_SKIP=commit-msg git commit ...`"), "{said}");
    assert!(said.contains("git commit -e -F .git/COMMIT_EDITMSG"), "{said}");
}

#[test]
fn pre_commit_judges_only_the_lines_the_commit_changes() {
    let s = Sandbox::new();
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_commit:\n      fail_on: warning\n");
    // an old finding, committed before the hooks were installed
    s.write(
        "legacy.py",
        "def load(p):\n    try:\n        return open(p).read()\n    except:\n        return None\n",
    );
    assert!(s.commit("feat: legacy loader").status.success());
    assert!(s.aura(&["install-hooks"]).status.success());

    // touching another line of the file does not make its old finding this commit's problem
    s.write(
        "legacy.py",
        "def load(path):\n    try:\n        return open(path).read()\n    except:\n        return None\n",
    );
    let out = s.commit("refactor: name the path");
    assert!(out.status.success(), "an untouched old finding must not block: {}", text(&out));

    // a finding on a line the commit adds blocks it
    s.write("legacy.py", "def load(path):\n    try:\n        return open(path).read()\n    except:\n        return None\n\n\ndef run(cmd):\n    return eval(cmd)\n");
    let out = s.commit("feat: run commands");
    assert!(!out.status.success(), "the new eval must block");
    let said = text(&out);
    assert!(said.contains("legacy.py:9") && said.contains("SEC004"), "{said}");
    assert!(!said.contains("PY001"), "the old finding is not listed: {said}");
}

#[test]
fn pre_push_blocks_pushed_commits_with_findings() {
    let s = Sandbox::new();
    let remote = s.repo.parent().unwrap().join("remote.git");
    s.git_ok(&["init", "-q", "--bare", remote.to_str().unwrap()]);
    s.git_ok(&["remote", "add", "origin", remote.to_str().unwrap()]);
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_push:\n      fail_on: warning\n");
    s.write("ok.py", "def ok():\n    return 1\n");
    assert!(s.commit("feat: start").status.success());
    assert!(s.aura(&["install-hooks"]).status.success());
    let out = s.git(&["push", "-q", "origin", "main"]);
    assert!(out.status.success(), "{}", text(&out));

    s.write("bad.py", "def run(cmd):\n    return eval(cmd)\n");
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    cmd.current_dir(&s.repo).env("AURA_SKIP", "pre-commit").args(["add", "-A"]).output().unwrap();
    let mut cmd = Command::new("git");
    s.env(&mut cmd);
    let out =
        cmd.current_dir(&s.repo).env("AURA_SKIP", "pre-commit").args(["commit", "-q", "-m", "feat: run"]);
    assert!(out.output().unwrap().status.success());
    let out = s.git(&["push", "-q", "origin", "main"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("bad.py:2"), "{}", text(&out));
    let config = s.repo.join(".aura/config.yaml");
    let gate = format!("(git.hooks.pre_push.fail_on in {}:4:7)", config.display());
    assert!(text(&out).contains(&gate), "{}", text(&out));
    assert!(text(&out).contains("`AURA_SKIP=pre-push git push ...`"), "{}", text(&out));
}

#[test]
fn hooks_work_on_a_detached_head_with_a_submodule_staged() {
    let s = Sandbox::new();
    let lib = Sandbox::new();
    lib.commit_on_day("feat: library", 1);
    s.write(".aura/config.yaml", "git:\n  hooks:\n    pre_commit:\n      fail_on: warning\n");
    s.commit_on_day("chore: start", 2);
    s.git_ok(&[
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        lib.repo.to_str().unwrap(),
        "vendor/lib",
    ]);
    let head = s.git_ok(&["rev-parse", "HEAD"]);
    s.git_ok(&["checkout", "-q", "--detach", head.trim()]);
    assert!(s.aura(&["install-hooks"]).status.success());
    s.write("app.py", "def run(cmd):\n    return eval(cmd)\n");
    s.git_ok(&["add", "app.py"]);
    let out = s.git(&["commit", "-q", "-m", "feat: vendor the library"]);
    assert!(!out.status.success(), "the staged eval blocks, the submodule is skipped:\n{}", text(&out));
    assert!(text(&out).contains("app.py:2"), "{}", text(&out));
    s.write("app.py", "def run(cmd):\n    return cmd\n");
    s.git_ok(&["add", "app.py"]);
    let out = s.git(&["commit", "-q", "-m", "feat: vendor the library"]);
    assert!(out.status.success(), "{}", text(&out));
}
