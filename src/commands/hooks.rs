//! `aura install-hooks` and `aura uninstall-hooks`.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, InstallHooksArgs, UninstallHooksArgs};
use crate::config::HooksConfig;
use crate::git::Repo;
use crate::git::hooks::{self, HOOKS, HooksDir, Origin};

use super::load_config;

/// Run `aura install-hooks`.
pub fn install(args: &InstallHooksArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let names = chosen(&args.hooks, Some(&config.git.hooks))?;
    let repo = Repo::discover(cwd)?;
    let dir = hooks::hooks_dir(&repo);
    hooks::check_dir(&dir, args.force)?;
    let exe = std::env::current_exe().context("cannot tell where the aura binary is")?;
    let script = hooks::script(&exe);
    say(global, &where_(&dir));
    for name in names {
        let action = hooks::install(&dir.path, name, &script)?;
        say(global, &format!("  {}", action.describe(name)));
    }
    Ok(ExitStatus::Clean)
}

/// Run `aura uninstall-hooks`.
pub fn uninstall(args: &UninstallHooksArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let names = chosen(&args.hooks, None)?;
    let repo = Repo::discover(cwd)?;
    let dir = hooks::hooks_dir(&repo);
    say(global, &where_(&dir));
    for name in names {
        let action = hooks::uninstall(&dir.path, name)?;
        say(global, &format!("  {}", action.describe(name)));
    }
    Ok(ExitStatus::Clean)
}

/// The hooks named with `--hook`, else those `git.hooks` enables (install) or all (uninstall).
fn chosen(named: &[String], config: Option<&HooksConfig>) -> Result<Vec<&'static str>> {
    if !named.is_empty() {
        return named.iter().map(|n| hooks::check_name(n).map_err(Into::into)).collect();
    }
    Ok(HOOKS
        .into_iter()
        .filter(|h| {
            config.is_none_or(|c| match *h {
                "pre-commit" => c.pre_commit.enabled,
                "prepare-commit-msg" => c.prepare_commit_msg.enabled,
                "commit-msg" => c.commit_msg.enabled,
                _ => c.pre_push.enabled,
            })
        })
        .collect())
}

fn where_(dir: &HooksDir) -> String {
    let why = match &dir.origin {
        Origin::Default => String::new(),
        Origin::Repository(v) => format!(" (core.hooksPath = {v}, this repository's setting)"),
        Origin::Global(v) => format!(" (core.hooksPath = {v}, the global setting)"),
        Origin::Husky(v) => format!(" (core.hooksPath = {v}, husky's directory)"),
    };
    format!("hooks directory: {}{why}", dir.path.display())
}

fn say(global: &GlobalArgs, line: &str) {
    if !global.quiet {
        println!("{line}");
    }
}
