//! `aura cache stats|clear`: the analysis cache of the repository aura runs in.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{CacheCommand, GlobalArgs};
use crate::engine;

use super::{Output, load_config};

/// Run `aura cache …`.
pub fn run(command: &CacheCommand, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let dir = engine::cache_dir(&config, cwd, cwd);
    let json = match global.format.as_deref() {
        None | Some("table" | "text") => false,
        Some("json") => true,
        Some(other) => anyhow::bail!("unknown format `{other}` for `aura cache` (expected table or json)"),
    };
    let mut out = Output::open(global)?;
    match command {
        CacheCommand::Stats => {
            let usage = engine::cache_usage(&dir, config.analysis.cache_max_size);
            if json {
                serde_json::to_writer_pretty(&mut out, &usage)?;
                writeln!(out)?;
            } else {
                writeln!(out, "cache:    {}", usage.dir)?;
                writeln!(out, "entries:  {}", usage.entries)?;
                writeln!(
                    out,
                    "size:     {} of {} (analysis.cache_max_size)",
                    bytes(usage.bytes),
                    bytes(usage.max_size)
                )?;
                writeln!(out, "build:    {}", engine::CACHE_BUILD)?;
            }
        }
        CacheCommand::Clear => {
            let removed = engine::clear_cache(&dir)
                .with_context(|| format!("cannot clear the cache {}", dir.display()))?;
            if json {
                serde_json::to_writer_pretty(
                    &mut out,
                    &serde_json::json!({ "dir": dir.display().to_string(), "removed": removed }),
                )?;
                writeln!(out)?;
            } else if !global.quiet {
                writeln!(
                    out,
                    "removed {removed} cache entr{} from {}",
                    if removed == 1 { "y" } else { "ies" },
                    dir.display()
                )?;
            }
        }
    }
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// Bytes in a unit people read: `12.3 MiB`.
fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
