//! `aura hotspots`: files and functions ranked by churn (commits in a window) × complexity.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, HotspotsArgs};
use crate::engine::{Blob, Source};
use crate::git::Repo;
use crate::hotspots::{self, Request};
use crate::progress::Bar;
use crate::report::{HotspotsFormat, HumanOptions, ReportOptions, write_hotspots};

use super::{Output, load_config};

/// Run `aura hotspots`.
pub fn run(args: &HotspotsArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let format =
        global.format.as_deref().map(HotspotsFormat::parse).transpose().map_err(|e| anyhow::anyhow!(e))?;
    let repo = Repo::discover(cwd)?;
    let head = repo.head_commit()?;
    // the HTML page is the whole report around the hotspots: it shows findings too
    let rules = format == Some(HotspotsFormat::Html);
    let bar = Bar::new(global);
    let (root, analysis) = match repo.workdir() {
        // the working tree, as `aura analyze` sees it (same selection, same cache)
        Some(top) => {
            let engine = super::engine(&config, global, cwd, top, rules)?;
            (
                top.to_path_buf(),
                engine.analyze(Source::Paths { paths: &[], cwd: top, shard: None, changed: None }, &bar)?,
            )
        }
        // a bare repository: the files at HEAD
        None => {
            let root = repo.common_dir().to_path_buf();
            let mut blobs = Vec::new();
            for change in repo.diff_commits(None, head)? {
                if let Some(id) = change.new {
                    blobs.push(Blob::stored(change.path, repo.blob(id)?, id));
                }
            }
            let engine = super::engine(&config, global, cwd, &root, rules)?;
            let report = engine.analyze(Source::Blobs { blobs, root: &root }, &bar)?;
            (root, report)
        }
    };
    bar.finish();
    let request = Request {
        head,
        since: args.since,
        max_commits: args.max_commits,
        top: args.top,
        functions_top: args.functions_top,
        root,
    };
    // the historical versions are measured, not checked: their functions' spans are all
    // churn needs (and each version is cached by its blob id)
    let history = super::engine(&config, global, cwd, &request.root, false)?;
    let hotspots = hotspots::compute(&repo, &request, &analysis, &history)?;
    if hotspots.window.shallow {
        anyhow::ensure!(
            args.allow_shallow,
            "this is a shallow clone and the window reaches past its fetched history: churn would \
             count only the {} fetched commit(s). Fetch more history (`git fetch --unshallow`, or \
             `fetch-depth: 0` in CI), narrow the window (--since, --max-commits), or pass \
             --allow-shallow to rank on the fetched history",
            hotspots.window.commits
        );
        if !global.quiet {
            eprintln!("aura: warning: shallow clone: churn is limited to the fetched history");
        }
    }
    if !global.quiet
        && let Some(sparse) = hotspots::check_sparse(&repo, &request, &hotspots.window)?
    {
        eprintln!("aura: note: {}", sparse.message(&request));
    }
    let mut out = Output::open(global)?;
    let format =
        format.unwrap_or(if out.is_terminal() { HotspotsFormat::Table } else { HotspotsFormat::Json });
    let human =
        HumanOptions { style: out.style(global), verbose: global.verbose > 0, ..HumanOptions::default() };
    let options = ReportOptions { template: args.template.clone(), ..ReportOptions::default() };
    write_hotspots(&hotspots, &analysis, format, human, &options, &mut out)
        .context("cannot write the report")?;
    out.finish()?;
    Ok(ExitStatus::Clean)
}
