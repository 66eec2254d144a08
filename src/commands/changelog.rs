//! `aura changelog` and `aura bump`.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::changelog::{self, Level};
use crate::cli::{BumpArgs, ChangelogArgs, GlobalArgs};
use crate::git::Repo;

use super::{Output, load_config};

const TEMPLATE: &str = include_str!("../../templates/changelog.md.j2");

/// Run `aura changelog`.
pub fn changelog(args: &ChangelogArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    load_config(global, cwd)?;
    let json = json_format(global, "markdown")?;
    let repo = Repo::discover(cwd)?;
    let release = changelog::changelog_release(&repo, args.range.from.as_deref(), args.range.to.as_deref())?;
    let mut out = Output::open(global)?;
    if json {
        serde_json::to_writer_pretty(&mut out, &release)?;
        writeln!(out)?;
    } else {
        // as git-cliff: work after the newest tag is unreleased until it is named
        let heading = match (&args.tag, args.bump, args.unreleased, &release.tag) {
            (Some(v), ..) => Some(v.clone()),
            (None, true, ..) => Some(release.next.to_string()),
            (None, false, false, Some(tag)) => Some(tag.clone()),
            _ => None,
        };
        let template = match &args.template {
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the template {}", path.display()))?,
            None => TEMPLATE.to_owned(),
        };
        let ctx = changelog::context(&release, heading.as_deref(), args.all);
        let mut text = Vec::new();
        crate::report::template::render("changelog", &template, ctx, &mut text)?;
        if !text.ends_with(b"\n") {
            text.push(b'\n');
        }
        out.write_all(&text)?;
    }
    out.finish()?;
    note_unconventional(release.unconventional, global);
    Ok(ExitStatus::Clean)
}

/// Run `aura bump`.
pub fn bump(args: &BumpArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    load_config(global, cwd)?;
    let json = json_format(global, "text")?;
    let repo = Repo::discover(cwd)?;
    let release = changelog::release(&repo, args.range.from.as_deref(), args.range.to.as_deref())?;
    let mut out = Output::open(global)?;
    if json {
        let value = serde_json::json!({
            "current": release.current.to_string(),
            "next": release.next.to_string(),
            "level": release.level,
            "previous_tag": release.previous,
            "commits": release.entries.len(),
            "unconventional": release.unconventional,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(out, "{}", release.next)?;
    }
    out.finish()?;
    if release.level == Level::None && !global.quiet {
        let since = release.previous.as_deref().unwrap_or("the first commit");
        eprintln!("aura: no feat, fix, perf or breaking change since {since}: the version stays");
    }
    note_unconventional(release.unconventional, global);
    Ok(ExitStatus::Clean)
}

/// `--format`: `json`, or the command's human format.
fn json_format(global: &GlobalArgs, human: &str) -> Result<bool> {
    match global.format.as_deref() {
        None => Ok(false),
        Some("json") => Ok(true),
        Some(f) if f == human => Ok(false),
        Some(other) => anyhow::bail!("unknown format `{other}` (use {human} or json)"),
    }
}

fn note_unconventional(count: usize, global: &GlobalArgs) {
    if count > 0 && !global.quiet {
        eprintln!("aura: left out {count} commit(s) whose messages are not Conventional Commits");
    }
}
