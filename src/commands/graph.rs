//! `aura graph`: the import dependency graph and its cycles.

use std::path::Path;

use anyhow::Result;

use crate::ExitStatus;
use crate::cli::{GlobalArgs, GraphArgs};
use crate::engine::Source;
use crate::progress::Bar;
use crate::report::{GraphFormat, write_graph};

use super::{Output, load_config};

/// Run `aura graph`.
pub fn run(args: &GraphArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let format =
        global.format.as_deref().map(GraphFormat::parse).transpose().map_err(|e| anyhow::anyhow!(e))?;
    let bar = Bar::new(global);
    let start = args.paths.first().map_or_else(|| cwd.to_path_buf(), |p| cwd.join(p));
    let engine = super::engine(&config, global, cwd, &start, false)?;
    let report =
        engine.analyze(Source::Paths { paths: &args.paths, cwd, shard: None, changed: None }, &bar)?;
    bar.finish();
    let mut out = Output::open(global)?;
    // the table on a terminal, JSON on a pipe or in a file, as `aura analyze` decides
    let format = format.unwrap_or(if out.is_terminal() { GraphFormat::Table } else { GraphFormat::Json });
    let style = out.style(global);
    write_graph(&report.graph, format, style, &mut out)?;
    out.finish()?;
    Ok(ExitStatus::Clean)
}
