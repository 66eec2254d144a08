//! Installing and removing aura's git hooks without losing anybody else's (SPEC 7).
//!
//! The hooks directory is the one git runs hooks from: a repository-scoped
//! `core.hooksPath` is honoured; a global one, or one another manager owns (husky), is
//! refused without `--force`. A foreign hook is kept as `<hook>.legacy`, which aura's
//! script runs first; `uninstall` renames it back, so the original returns byte for byte.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{ConfigScope, Repo};

/// The hooks aura installs, in the order git runs them during a commit and a push.
pub const HOOKS: [&str; 4] = ["pre-commit", "prepare-commit-msg", "commit-msg", "pre-push"];

/// The line that marks a hook as aura's (so reinstalling replaces it, and uninstalling
/// removes only it).
pub const MARKER: &str = "# aura-managed-hook";

const SCRIPT: &str = include_str!("../../hooks/hook.sh");

/// Why hooks cannot be installed or removed.
#[derive(Debug, thiserror::Error)]
pub enum HookError {
    #[error(
        "core.hooksPath is set to `{value}` in your global git configuration, so git runs every repository's hooks from {}; \
         installing there would affect all your repositories. Unset it (`git config --global --unset core.hooksPath`) \
         or pass --force to install there anyway",
        dir.display()
    )]
    GlobalHooksPath { value: String, dir: PathBuf },
    #[error(
        "core.hooksPath is `{value}`, which husky manages (it rewrites that directory on install). \
         Call `aura hook NAME` from husky's hook files instead (e.g. `.husky/commit-msg`: `aura hook commit-msg \"$1\"`), \
         or pass --force to install there anyway"
    )]
    Husky { value: String },
    #[error("{} and {} both exist, and the first is not aura's: move one of them aside, then install again", hook.display(), legacy.display())]
    LegacyTaken { hook: PathBuf, legacy: PathBuf },
    #[error("unknown hook `{0}` (aura's hooks: pre-commit, prepare-commit-msg, commit-msg, pre-push)")]
    Unknown(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> HookError + '_ {
    move |source| HookError::Io { path: path.to_path_buf(), source }
}

/// Where git runs this repository's hooks from, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HooksDir {
    pub path: PathBuf,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `hooks/` in the common git directory (shared by linked worktrees).
    Default,
    /// `core.hooksPath` from this repository's configuration.
    Repository(String),
    /// `core.hooksPath` from the global or system configuration.
    Global(String),
    /// `core.hooksPath` pointing into husky's directory.
    Husky(String),
}

/// The hooks directory as git resolves it (`git rev-parse --git-path hooks`).
pub fn hooks_dir(repo: &Repo) -> HooksDir {
    let Some((value, scope)) = repo.config("core.hooksPath").filter(|(v, _)| !v.is_empty()) else {
        return HooksDir { path: repo.common_dir().join("hooks"), origin: Origin::Default };
    };
    let expanded = match value.strip_prefix("~/") {
        Some(rest) => std::env::home_dir().map_or_else(|| PathBuf::from(&value), |home| home.join(rest)),
        None => PathBuf::from(&value),
    };
    // git resolves a relative hooksPath against the top of the worktree the hook runs in
    let base = repo.workdir().unwrap_or_else(|| repo.git_dir());
    let path = base.join(expanded);
    let husky = path.components().any(|c| c.as_os_str() == ".husky") || path.join("husky.sh").exists();
    let origin = if husky {
        Origin::Husky(value)
    } else {
        match scope {
            ConfigScope::Repository => Origin::Repository(value),
            ConfigScope::Global => Origin::Global(value),
        }
    };
    HooksDir { path, origin }
}

/// What happened to one hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Installed,
    /// A foreign hook was there: it is now `<hook>.legacy` and runs first.
    InstalledKeepingLegacy,
    /// aura's script was there, older: replaced.
    Updated,
    /// aura's script was there, identical.
    UpToDate,
    /// aura's script removed; nothing was there before it.
    Removed,
    /// aura's script removed and the hook it had replaced put back.
    Restored,
    /// A hook that is not aura's: left alone.
    NotOurs,
    /// No hook of that name.
    Absent,
}

impl Action {
    /// A phrase for the user.
    pub fn describe(&self, hook: &str) -> String {
        match self {
            Self::Installed => format!("installed {hook}"),
            Self::InstalledKeepingLegacy => {
                format!("installed {hook} (the existing hook is kept as {hook}.legacy and still runs first)")
            }
            Self::Updated => format!("updated {hook}"),
            Self::UpToDate => format!("{hook} is already installed"),
            Self::Removed => format!("removed {hook}"),
            Self::Restored => format!("removed {hook} and restored the hook it replaced"),
            Self::NotOurs => format!("left {hook} alone: it is not aura's"),
            Self::Absent => format!("{hook}: nothing to remove"),
        }
    }
}

/// The script for a hook, with the binary that installs it as the fallback when `aura`
/// is not on PATH.
pub fn script(installed_by: &Path) -> String {
    let quoted = format!("'{}'", installed_by.display().to_string().replace('\'', r"'\''"));
    SCRIPT.replace("@INSTALLED_BY@", &quoted)
}

/// Check a hook name.
pub fn check_name(name: &str) -> Result<&'static str, HookError> {
    HOOKS.iter().copied().find(|h| *h == name).ok_or_else(|| HookError::Unknown(name.to_owned()))
}

/// Refuse a hooks directory aura should not write to without `--force`.
pub fn check_dir(dir: &HooksDir, force: bool) -> Result<(), HookError> {
    match (&dir.origin, force) {
        (Origin::Global(value), false) => {
            Err(HookError::GlobalHooksPath { value: value.clone(), dir: dir.path.clone() })
        }
        (Origin::Husky(value), false) => Err(HookError::Husky { value: value.clone() }),
        _ => Ok(()),
    }
}

fn is_ours(path: &Path) -> bool {
    fs::read(path).is_ok_and(|bytes| bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
}

fn legacy_path(hook: &Path) -> PathBuf {
    let mut name = hook.file_name().unwrap_or_default().to_os_string();
    name.push(".legacy");
    hook.with_file_name(name)
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// Install one hook in `dir`.
pub fn install(dir: &Path, hook: &str, script: &str) -> Result<Action, HookError> {
    fs::create_dir_all(dir).map_err(io_at(dir))?;
    let path = dir.join(hook);
    let legacy = legacy_path(&path);
    let action = if !exists(&path) {
        Action::Installed
    } else if is_ours(&path) {
        if fs::read(&path).map_err(io_at(&path))? == script.as_bytes() {
            return Ok(Action::UpToDate);
        }
        Action::Updated
    } else if exists(&legacy) {
        return Err(HookError::LegacyTaken { hook: path, legacy });
    } else {
        // a rename keeps the bytes, the mode and even a symbolic link as they were
        fs::rename(&path, &legacy).map_err(io_at(&path))?;
        Action::InstalledKeepingLegacy
    };
    write_executable(&path, script)?;
    Ok(action)
}

/// Write through a temporary file and a rename, so git never runs half a script.
fn write_executable(path: &Path, content: &str) -> Result<(), HookError> {
    let tmp = path.with_extension("aura-tmp");
    fs::write(&tmp, content).map_err(io_at(&tmp))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o755)).map_err(io_at(&tmp))?;
    }
    fs::rename(&tmp, path).map_err(io_at(path))
}

/// Remove one of aura's hooks from `dir`, putting back the hook it replaced.
pub fn uninstall(dir: &Path, hook: &str) -> Result<Action, HookError> {
    let path = dir.join(hook);
    let legacy = legacy_path(&path);
    if exists(&path) && !is_ours(&path) {
        return Ok(Action::NotOurs);
    }
    let had_ours = exists(&path);
    if exists(&legacy) {
        // over aura's script, in one step: the hook is never missing in between
        fs::rename(&legacy, &path).map_err(io_at(&legacy))?;
        return Ok(Action::Restored);
    }
    if had_ours {
        fs::remove_file(&path).map_err(io_at(&path))?;
        return Ok(Action::Removed);
    }
    Ok(Action::Absent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_quotes_the_installing_binary_for_the_shell() {
        let s = script(Path::new("/opt/it's here/aura"));
        assert!(s.contains(r"aura='/opt/it'\''s here/aura'"), "{s}");
        assert!(s.contains(MARKER));
        assert!(!s.contains("@INSTALLED_BY@"));
    }

    #[test]
    fn reinstalling_is_byte_identical_and_keeps_no_second_backup() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("commit-msg"), "#!/bin/sh\nexit 0\n").unwrap();
        let s = script(Path::new("/usr/bin/aura"));
        assert_eq!(install(dir.path(), "commit-msg", &s).unwrap(), Action::InstalledKeepingLegacy);
        assert_eq!(install(dir.path(), "commit-msg", &s).unwrap(), Action::UpToDate);
        assert_eq!(fs::read_to_string(dir.path().join("commit-msg.legacy")).unwrap(), "#!/bin/sh\nexit 0\n");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(uninstall(dir.path(), "commit-msg").unwrap(), Action::Restored);
        assert_eq!(fs::read_to_string(dir.path().join("commit-msg")).unwrap(), "#!/bin/sh\nexit 0\n");
        assert_eq!(uninstall(dir.path(), "commit-msg").unwrap(), Action::NotOurs);
    }

    #[test]
    fn a_taken_legacy_name_refuses_and_touches_nothing() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pre-commit"), "mine").unwrap();
        fs::write(dir.path().join("pre-commit.legacy"), "older").unwrap();
        let err = install(dir.path(), "pre-commit", &script(Path::new("aura"))).unwrap_err();
        assert!(matches!(err, HookError::LegacyTaken { .. }), "{err}");
        assert_eq!(fs::read_to_string(dir.path().join("pre-commit")).unwrap(), "mine");
        assert_eq!(fs::read_to_string(dir.path().join("pre-commit.legacy")).unwrap(), "older");
    }
}
