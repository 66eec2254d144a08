//! `aura merge`: join the JSON reports of an analysis split into shards.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, MergeArgs};
use crate::engine;
use crate::model::Report;

use super::analyze::{deliver, format};
use super::load_config;

/// Run `aura merge`.
pub fn run(args: &MergeArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let format = format(global)?;
    let mut reports = Vec::with_capacity(args.reports.len());
    for path in &args.reports {
        let full = cwd.join(path);
        let text = std::fs::read(&full).with_context(|| format!("cannot read {}", full.display()))?;
        let report: Report = serde_json::from_slice(&text)
            .with_context(|| format!("{} is not an aura JSON report", full.display()))?;
        reports.push((path.display().to_string(), report));
    }
    let report = engine::merge(reports, &config, args.allow_partial)?;
    if let Some(partial) = report.run.as_ref().and_then(|r| r.partial.as_ref())
        && !global.quiet
    {
        let missing: Vec<String> = partial.missing.iter().map(|i| format!("{i}/{}", partial.total)).collect();
        eprintln!(
            "aura: warning: partial report: shard(s) {} not merged (--allow-partial)",
            missing.join(", ")
        );
    }
    deliver(&report, format, &args.gate, &config, global, None)
}
