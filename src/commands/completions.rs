//! `aura completions SHELL` and `aura man`: generated from the CLI definition.

use anyhow::Result;
use clap::CommandFactory;

use crate::ExitStatus;
use crate::cli::{Cli, GlobalArgs};

use super::Output;

/// Print completions for `shell`.
pub fn completions(shell: clap_complete::Shell, global: &GlobalArgs) -> Result<ExitStatus> {
    let mut out = Output::open(global)?;
    clap_complete::generate(shell, &mut Cli::command(), "aura", &mut out);
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// Print the man page (roff).
pub fn man(global: &GlobalArgs) -> Result<ExitStatus> {
    let mut out = Output::open(global)?;
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.finish()?;
    Ok(ExitStatus::Clean)
}
