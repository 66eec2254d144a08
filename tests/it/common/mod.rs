//! What the test modules share: [`aura()`], the one way they run the binary; a git sandbox
//! (a temporary home with its own git configuration, so no user or system settings leak in,
//! a repository, and `aura` on PATH); where the tools `.ci/run` installs are; and in
//! [`forge`], a fake GitHub/GitLab API.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub mod forge;
pub mod llm_server;

/// The `aura` binary under test.
const AURA: &str = env!("CARGO_BIN_EXE_aura");

/// `aura` run in `dir` as a user meets it, isolated from the user's own setup: `HOME` is
/// `dir`, no colour, 100 columns (human output fits `COLUMNS`: an exported one must not
/// change the tests' output), no `AURA_CONFIG_PATH`. A later `.env(...)` overrides; for
/// `.assert()` import `assert_cmd::assert::OutputAssertExt`, for `write_stdin` wrap it in
/// `assert_cmd::Command::from_std`.
pub fn aura(dir: &Path) -> Command {
    let mut cmd = Command::new(AURA);
    cmd.current_dir(dir)
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("AURA_CONFIG_PATH");
    cmd
}

/// The repository's root: the data directories (`tests/fixtures`, `tests/formats`, ...) are
/// under it.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary home with its own git configuration, and a repository in it.
pub struct Sandbox {
    _tmp: tempfile::TempDir,
    pub home: PathBuf,
    pub repo: PathBuf,
    /// The directory put first on PATH (holds `aura` unless a test removes it).
    pub bin: PathBuf,
}

impl Sandbox {
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path().join("home");
        let repo = tmp.path().join("repo");
        let bin = tmp.path().join("bin");
        fs::create_dir_all(&home).unwrap();
        fs::create_dir_all(&repo).unwrap();
        fs::create_dir_all(&bin).unwrap();
        fs::copy(AURA, bin.join("aura")).unwrap();
        fs::write(
            home.join(".gitconfig"),
            "[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n",
        )
        .unwrap();
        let s = Self { _tmp: tmp, home, repo, bin };
        s.git_ok(&["init", "-q"]);
        s
    }

    pub fn env(&self, cmd: &mut Command) {
        let path = format!("{}:/usr/bin:/bin", self.bin.display());
        cmd.env_clear()
            .env("HOME", &self.home)
            .env("PATH", path)
            .env("GIT_CONFIG_GLOBAL", self.home.join(".gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("NO_COLOR", "1")
            // human output fits COLUMNS: an exported one must not change the tests' output
            .env("COLUMNS", "100")
            .env("LANG", "C");
    }

    pub fn git_in(&self, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        self.env(&mut cmd);
        cmd.current_dir(dir).args(args).output().unwrap()
    }

    pub fn git(&self, args: &[&str]) -> Output {
        self.git_in(&self.repo, args)
    }

    pub fn git_ok(&self, args: &[&str]) -> String {
        let out = self.git(args);
        assert!(out.status.success(), "git {args:?} failed:\n{}", text(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `aura` (the copy on the sandbox's PATH) in `dir` with the sandbox's environment, for a
    /// test to add variables or arguments to.
    pub fn aura_command_in(&self, dir: &Path) -> Command {
        let mut cmd = Command::new(self.bin.join("aura"));
        self.env(&mut cmd);
        cmd.current_dir(dir);
        cmd
    }

    /// [`Self::aura_command_in`] the repository.
    pub fn aura_command(&self) -> Command {
        self.aura_command_in(&self.repo)
    }

    pub fn aura_in(&self, dir: &Path, args: &[&str]) -> Output {
        self.aura_command_in(dir).args(args).output().unwrap()
    }

    pub fn aura(&self, args: &[&str]) -> Output {
        self.aura_in(&self.repo, args)
    }

    pub fn write(&self, rel: &str, content: &str) {
        let path = self.repo.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    pub fn hooks(&self) -> PathBuf {
        self.repo.join(".git/hooks")
    }

    /// Stage everything and commit; the outcome of `git commit`.
    pub fn commit(&self, message: &str) -> Output {
        self.git_ok(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message])
    }

    /// Change `history-DAY.txt` and commit it with `message` on day `day` (1-28) of January 2026 (fixed dates
    /// and author give the same ids on every run); the short id.
    pub fn commit_on_day(&self, message: &str, day: u32) -> String {
        let name = format!("history-{day}.txt");
        let path = self.repo.join(&name);
        let mut content = fs::read_to_string(&path).unwrap_or_default();
        content.push_str(&format!("{message}\n"));
        fs::write(&path, content).unwrap();
        self.git_ok(&["add", &name]);
        self.commit_dated(message, day, &[]);
        self.git_ok(&["rev-parse", "--short=7", "HEAD"]).trim().to_owned()
    }

    /// Stage everything and commit it on day `day` of January 2026 (fixed ids); the full id.
    pub fn commit_all_on_day(&self, message: &str, day: u32) -> String {
        self.git_ok(&["add", "-A"]);
        self.commit_dated(message, day, &["--allow-empty"]);
        self.git_ok(&["rev-parse", "HEAD"]).trim().to_owned()
    }

    /// Commit what is staged, dated day `day` (1-28) of January 2026, without hooks.
    fn commit_dated(&self, message: &str, day: u32, extra: &[&str]) {
        let date = format!("2026-01-{:02}T12:00:00Z", day.clamp(1, 28));
        let mut cmd = Command::new("git");
        self.env(&mut cmd);
        let out = cmd
            .current_dir(&self.repo)
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .args(["commit", "-q", "--no-verify", "-m", message])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out));
    }

    pub fn head_message(&self) -> String {
        self.git_ok(&["log", "-1", "--format=%B"]).trim_end().to_owned()
    }

    pub fn commits(&self) -> usize {
        let out = self.git(&["rev-list", "--count", "HEAD"]);
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
    }
}

pub fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

pub fn executable(path: &Path, content: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

/// Whether this is a CI run (`CI` set to anything but empty, `0` or `false`).
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// A missing external tool: a failure under CI, a skip (said on stderr) elsewhere.
pub fn missing(what: &str, install: &str) {
    assert!(!ci(), "missing {what}; CI must provide it: {install} (.ci/run does)");
    eprintln!("skipped: missing {what} ({install}); under CI this test fails");
}

/// The node_modules directory `.ci/run` installs into (`AURA_NODE_MODULES` overrides).
pub fn node_modules() -> PathBuf {
    if let Some(dir) = std::env::var_os("AURA_NODE_MODULES").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    home.join(".cache/aura-ci/node/node_modules")
}

/// The Chromium the HTML checks drive (`CHROMIUM` overrides).
pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .filter(|v| !v.is_empty())
        .map_or_else(|| "/usr/bin/chromium".into(), PathBuf::from)
}
