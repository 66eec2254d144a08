//! `aura analyze`: metrics for every file and function under the given paths.

use std::path::Path;

use anyhow::Result;

use crate::ExitStatus;
use crate::cli::{AnalyzeArgs, GlobalArgs};
use crate::engine::{self, AnalyzeOptions};
use crate::progress::Bar;
use crate::report::{self, Format, HumanOptions};

use super::{Output, load_config};

/// Run `aura analyze`.
pub fn run(args: &AnalyzeArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let out = Output::open(global)?;
    let format = match global.format.as_deref() {
        Some(f) => Format::parse(f).map_err(|e| anyhow::anyhow!(e))?,
        None if out.is_terminal() => Format::Table,
        None => Format::Json,
    };
    let bar = Bar::new(global);
    let options = AnalyzeOptions { jobs: config.analysis.jobs, cwd: cwd.to_path_buf(), progress: &bar };
    let report = engine::analyze(&args.paths, &config, &options)?;
    bar.finish();
    let human = HumanOptions { style: out.style(global), verbose: global.verbose > 0 };
    let mut out = out;
    report::write_analysis(&report, format, human, &mut out)?;
    out.finish()?;
    if !global.quiet {
        for e in &report.errors {
            eprintln!("aura: {}: {}", e.path, e.message);
        }
    }
    // an internal error on one file is a tool error; everything else was reported
    let status = if report.errors.is_empty() { ExitStatus::Clean } else { ExitStatus::Error };
    // the process ends next: freeing a whole repository's report one allocation at a
    // time would only delay the exit
    std::mem::forget(report);
    Ok(status)
}
