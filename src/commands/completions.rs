//! `aura completions SHELL` and `aura man`: generated from the CLI definition.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, Result};
use clap::CommandFactory;

use crate::ExitStatus;
use crate::cli::{Cli, GlobalArgs, ManArgs};

use super::Output;

/// The exit statuses every command shares (SPEC 2), as the man pages state them.
pub const EXIT_STATUSES: &[(ExitStatus, &str)] = &[
    (
        ExitStatus::Clean,
        "Success: no finding at or above the gate, the commit message or branch name is valid, \
         the configuration is valid.",
    ),
    (
        ExitStatus::Failure,
        "Findings at or above the gate (analyze, merge, review, and the pre-commit and pre-push \
         hooks), a commit message with errors (commit lint, the commit-msg hook), or a branch \
         name that breaks the convention (branch lint).",
    ),
    (
        ExitStatus::Error,
        "A usage, configuration or tool error: an unknown flag or bad value, an invalid \
         configuration (config validate lists every problem), a file that failed with an \
         internal error, no git repository or an unknown revision where one is needed.",
    ),
];

/// Print completions for `shell`.
pub fn completions(shell: clap_complete::Shell, global: &GlobalArgs) -> Result<ExitStatus> {
    let mut out = Output::open(global)?;
    clap_complete::generate(shell, &mut Cli::command(), "aura", &mut out);
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// Print the man page (roff), or with `--dir` write one page per command and subcommand
/// (as clap_mangen's `generate_to` names them) and print each path.
pub fn man(args: &ManArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let Some(dir) = &args.dir else {
        let mut out = Output::open(global)?;
        render(&Cli::command(), &mut out)?;
        out.finish()?;
        return Ok(ExitStatus::Clean);
    };
    let dir = cwd.join(dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    let mut pending = vec![root];
    let mut written = Vec::new();
    while let Some(cmd) = pending.pop() {
        pending.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let path = dir.join(clap_mangen::Man::new(cmd.clone()).get_filename());
        let mut page = Vec::new();
        render(&cmd, &mut page)?;
        std::fs::write(&path, page).with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
    }
    written.sort();
    if !global.quiet {
        let mut out = Output::open(global)?;
        for path in &written {
            writeln!(out, "{}", path.display())?;
        }
        out.finish()?;
    }
    Ok(ExitStatus::Clean)
}

/// One page: clap_mangen's, with an EXIT STATUS section before VERSION (where
/// man-pages(7) puts it), and `aura VERSION` as every page's source.
fn render(cmd: &clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let source = format!("aura {}", env!("CARGO_PKG_VERSION"));
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).source(source).render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let at = page.find("\n.SH VERSION\n").map_or(page.len(), |i| i + 1);
    out.write_all(page[..at].as_bytes())?;
    render_exit_status(out)?;
    out.write_all(page[at..].as_bytes())
}

fn render_exit_status(out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, ".SH \"EXIT STATUS\"")?;
    for (status, meaning) in EXIT_STATUSES {
        // roff: `\-` is a hyphen-minus, a bare `-` may become a typographic hyphen
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", *status as u8, meaning.replace('-', "\\-"))?;
    }
    writeln!(out, ".PP\nA closed pipe (aura analyze | head) is not an error.")
}
