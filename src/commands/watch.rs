//! `aura watch`: analyze the paths, then re-analyze them through the cache on every change
//! and print what changed in the findings, until Ctrl-C.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, WatchArgs};
use crate::progress::Bar;
use crate::report::watch::{WatchFormat, WatchText, write_event_json, write_event_text};
use crate::watch::{WatchEvent, WatchOptions};

use super::{Output, load_selected};

/// Run `aura watch`.
pub fn run(args: &WatchArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_selected(global, cwd, &args.select)?;
    let format = match global.format.as_deref() {
        Some(name) => WatchFormat::parse(name).map_err(anyhow::Error::msg)?,
        None => WatchFormat::Text,
    };
    let start = args.paths.first().map_or_else(|| cwd.to_path_buf(), |p| cwd.join(p));
    let engine = super::engine(&config, global, cwd, &start, !args.no_rules)?;
    let mut options = WatchOptions::new(args.paths.clone(), cwd.to_path_buf());
    if !global.no_cache {
        // every run writes there: watching it would rerun forever
        options.ignore.push(crate::engine::cache_dir(&config, &start, cwd));
    }
    options.config_files = global.config.iter().map(|c| cwd.join(c)).collect();

    // the cache's writes are atomic: stopping at any moment loses nothing, so Ctrl-C (or
    // SIGTERM) ends the watch at once, as its normal end
    ctrlc::set_handler(|| std::process::exit(ExitStatus::Clean as i32))
        .context("cannot install the Ctrl-C handler")?;
    let mut out = Output::open(global)?;
    let text = WatchText { style: out.style(global), quiet: global.quiet };
    let bar = Bar::new(global);
    let watched = if args.paths.is_empty() {
        ".".to_owned()
    } else {
        args.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    };
    // a configuration file changed: the same configuration and engine, built again
    let mut reload = || {
        let config = load_selected(global, cwd, &args.select).map_err(|e| format!("{e:#}"))?;
        super::engine(&config, global, cwd, &start, !args.no_rules).map_err(|e| format!("{e:#}"))
    };
    crate::watch::watch(engine, &options, &bar, &mut reload, &mut |event| {
        bar.finish();
        match format {
            WatchFormat::Text => write_event_text(event, text, &mut out)?,
            WatchFormat::Jsonl => write_event_json(event, &mut out)?,
        }
        out.flush()?;
        if let WatchEvent::Analyzed(first) = event
            && first.run == 0
            && !global.quiet
        {
            let files = first.totals.files;
            eprintln!(
                "aura: watching {files} file{} in {watched} for changes (Ctrl-C stops)",
                if files == 1 { "" } else { "s" }
            );
        }
        Ok(())
    })?;
    out.finish()?;
    Ok(ExitStatus::Clean)
}
