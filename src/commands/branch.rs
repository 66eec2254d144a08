//! `aura branch suggest|lint`.

use std::io::Write as _;
use std::path::Path;

use anyhow::Result;

use crate::ExitStatus;
use crate::branch;
use crate::cli::{BranchCommand, GlobalArgs};
use crate::git::Repo;

use super::{Output, load_config};

/// Run `aura branch …`.
pub fn run(cmd: &BranchCommand, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let convention = &config.git.branch;
    let json = match global.format.as_deref() {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => anyhow::bail!("unknown format `{other}` for `aura branch` (use text or json)"),
    };
    let mut out = Output::open(global)?;
    let status = match cmd {
        BranchCommand::Suggest { text } => {
            let name = branch::suggest(&text.join(" "), convention);
            if json {
                writeln!(out, "{}", serde_json::json!({ "branch": name }))?;
            } else {
                writeln!(out, "{name}")?;
            }
            ExitStatus::Clean
        }
        BranchCommand::Lint { name } => {
            let name = match name {
                Some(n) => n.clone(),
                None => match Repo::discover(cwd)?.branch() {
                    Some(b) => b,
                    None => {
                        eprintln!("aura: HEAD is detached: no branch to check");
                        return Ok(ExitStatus::Clean);
                    }
                },
            };
            let (problems, fixed) = branch::lint(&name, convention);
            if json {
                let value = serde_json::json!({ "branch": name, "valid": problems.is_empty(), "problems": problems, "suggestion": fixed });
                writeln!(out, "{value}")?;
            } else if problems.is_empty() {
                if !global.quiet {
                    writeln!(out, "✔ {name}")?;
                }
            } else {
                for p in &problems {
                    writeln!(out, "✖ {}", p.message)?;
                }
                if let Some(fixed) = &fixed {
                    writeln!(out, "  did you mean `{fixed}`? (rename with `git branch -m {fixed}`)")?;
                }
            }
            if problems.is_empty() { ExitStatus::Clean } else { ExitStatus::Failure }
        }
    };
    out.finish()?;
    Ok(status)
}
