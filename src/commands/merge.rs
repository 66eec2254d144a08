//! `aura merge`: join the JSON reports of an analysis split into shards.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, MergeArgs};
use crate::engine::{self, Report};

use super::analyze::{deliver, format};
use super::load_config;

/// Run `aura merge`.
pub fn run(args: &MergeArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let format = format(global)?;
    let mut reports = Vec::with_capacity(args.reports.len());
    for path in &args.reports {
        let path = cwd.join(path);
        let text = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let report: Report = serde_json::from_slice(&text)
            .with_context(|| format!("{} is not an aura JSON report", path.display()))?;
        reports.push(report);
    }
    let report = engine::merge(reports, &config).map_err(|e| anyhow::anyhow!(e))?;
    deliver(&report, format, &args.gate, &config, global)
}
