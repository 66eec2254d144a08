//! One file per subcommand. Each is thin: resolve configuration, call the engine, hand
//! the result to a report writer.

pub mod analyze;
pub mod ask;
pub mod branch;
pub mod cache;
pub mod changelog;
pub mod commit;
pub mod completions;
pub mod config;
pub mod graph;
pub mod hook;
pub mod hooks;
pub mod hotspots;
pub mod llm;
pub mod merge;
pub mod review;
pub mod rules;
pub mod watch;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{Cli, ColorChoice, Command, GlobalArgs};
use crate::config::Config;
use crate::engine::{Engine, EngineOptions};
use crate::report::Style;

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    let cwd = working_dir(&cli.global)?;
    match &cli.command {
        Command::Analyze(args) => analyze::run(args, &cli.global, &cwd),
        Command::Watch(args) => watch::run(args, &cli.global, &cwd),
        Command::Graph(args) => graph::run(args, &cli.global, &cwd),
        Command::Hotspots(args) => hotspots::run(args, &cli.global, &cwd),
        Command::Rules => rules::list(&cli.global, &cwd),
        Command::Explain(args) => rules::explain(args, &cli.global, &cwd),
        Command::Merge(args) => merge::run(args, &cli.global, &cwd),
        Command::Review(args) => review::run(args, &cli.global, &cwd),
        Command::Hook(args) => hook::run(args, &cli.global, &cwd),
        Command::InstallHooks(args) => hooks::install(args, &cli.global, &cwd),
        Command::UninstallHooks(args) => hooks::uninstall(args, &cli.global, &cwd),
        Command::Branch(cmd) => branch::run(cmd, &cli.global, &cwd),
        Command::Changelog(args) => changelog::changelog(args, &cli.global, &cwd),
        Command::Bump(args) => changelog::bump(args, &cli.global, &cwd),
        Command::Commit(cmd) => commit::run(cmd, &cli.global, &cwd),
        Command::Config(cmd) => {
            let mut out = Output::open(&cli.global)?;
            let status = config::run(cmd, &cli.global, &cwd, &mut out)?;
            out.finish()?;
            Ok(status)
        }
        Command::Completions(args) => completions::completions(args.shell, &cli.global),
        Command::Man(args) => completions::man(args, &cli.global, &cwd),
        Command::Cache(cmd) => cache::run(cmd, &cli.global, &cwd),
        Command::Llm(cmd) => llm::run(cmd, &cli.global, &cwd),
        Command::Ask(args) => ask::run(args, &cli.global, &cwd),
    }
}

/// The engine a command runs on: the configuration's rules and threads, and the analysis
/// cache of the repository holding `start` unless `--no-cache`.
pub fn engine(config: &Config, global: &GlobalArgs, cwd: &Path, start: &Path, rules: bool) -> Result<Engine> {
    let cache = (!global.no_cache).then(|| crate::engine::cache_dir(config, start, cwd));
    Ok(Engine::new(config, EngineOptions { jobs: config.analysis.jobs, rules, cache })?)
}

/// The directory the command runs in: `-C DIR`, else the process's.
fn working_dir(global: &GlobalArgs) -> Result<PathBuf> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    match &global.directory {
        Some(dir) => {
            let dir = cwd.join(dir);
            anyhow::ensure!(dir.is_dir(), "-C {}: not a directory", dir.display());
            Ok(dir)
        }
        None => Ok(cwd),
    }
}

/// Where a report goes: standard output or `-o FILE`.
pub struct Output {
    inner: BufWriter<Box<dyn Write>>,
    to_terminal: bool,
    path: Option<PathBuf>,
}

impl Output {
    /// Open the destination the global flags name.
    pub fn open(global: &GlobalArgs) -> Result<Self> {
        match &global.output {
            Some(path) => {
                let file = File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
                Ok(Self {
                    inner: BufWriter::new(Box::new(file)),
                    to_terminal: false,
                    path: Some(path.clone()),
                })
            }
            None => Ok(Self {
                inner: BufWriter::new(Box::new(io::stdout().lock())),
                to_terminal: io::stdout().is_terminal(),
                path: None,
            }),
        }
    }

    /// Whether the output the global flags name is a terminal, before opening it.
    pub fn terminal(global: &GlobalArgs) -> bool {
        global.output.is_none() && io::stdout().is_terminal()
    }

    /// Whether the output is a terminal (human formats by default, colors allowed).
    pub fn is_terminal(&self) -> bool {
        self.to_terminal
    }

    /// Flush; a failure names the file.
    pub fn finish(mut self) -> Result<()> {
        let path = self.path.take();
        self.inner.flush().map_err(|e| match path {
            Some(p) => anyhow::Error::new(e).context(format!("cannot write {}", p.display())),
            None => anyhow::Error::new(e),
        })
    }

    /// The style for human output on this destination.
    pub fn style(&self, global: &GlobalArgs) -> Style {
        let color = use_color(global.color, self.to_terminal);
        Style { color }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Load the configuration layers for a command.
pub fn load_config(global: &GlobalArgs, cwd: &Path) -> Result<crate::config::Config> {
    let loaded = crate::config::load(cwd, &global.overrides())?;
    let color = use_color(global.color, io::stderr().is_terminal());
    crate::logging::init(&loaded.config.logging, color);
    log_layers(&loaded);
    Ok(loaded.config)
}

/// At `-v` (info): the layers in the order they apply, each file read or not found, and
/// the keys the environment and the flags set.
fn log_layers(loaded: &crate::config::Loaded) {
    use crate::config::Origin;
    tracing::info!("configuration layer default: built in");
    for layer in &loaded.layers {
        let Some(path) = layer.origin.file() else { continue };
        let state = if layer.exists { "read" } else { "not found" };
        tracing::info!("configuration layer {}: {} ({state})", layer.origin.layer(), path.display());
    }
    let mut set: Vec<(&Origin, Vec<&str>)> = Vec::new();
    for (key, origin) in &loaded.origins {
        if !matches!(origin, Origin::Env(_) | Origin::Flag(_)) {
            continue;
        }
        match set.iter_mut().find(|(o, _)| *o == origin) {
            Some((_, keys)) => keys.push(key),
            None => set.push((origin, vec![key])),
        }
    }
    // the environment below the flags, as they apply
    set.sort_by_key(|(origin, _)| matches!(origin, Origin::Flag(_)));
    for (origin, keys) in set {
        let (Origin::Env(name) | Origin::Flag(name)) = origin else { continue };
        tracing::info!("configuration layer {}: {name} sets {}", origin.layer(), keys.join(", "));
    }
}

/// Where a gate came from, for the message of a run it stops: `--fail-on` when the flag
/// set it, else the configuration key with its file and line, variable, or default.
pub(crate) fn gate_source(flag: Option<&str>, config: &crate::config::Config, key: &str) -> String {
    match flag {
        Some(flag) => flag.to_owned(),
        None if config.provenance.origin(key) == crate::config::Origin::Default => {
            format!("{}; --fail-on or `{key}` changes it", config.provenance.describe(key))
        }
        None => config.provenance.describe(key),
    }
}

/// Load the configuration with the selection flags (`--select`, `--exclude`, …) over it.
pub fn load_selected(
    global: &GlobalArgs,
    cwd: &Path,
    select: &crate::cli::SelectArgs,
) -> Result<crate::config::Config> {
    let mut config = load_config(global, cwd)?;
    crate::config::apply_selection(&select.selection(), &mut config)?;
    Ok(config)
}

/// The exit status `--exit-zero` leaves: 0 instead of 1; an error (2) stays an error.
pub fn exit_zero(status: ExitStatus, exit_zero: bool) -> ExitStatus {
    if exit_zero && status == ExitStatus::Failure { ExitStatus::Clean } else { status }
}

/// `--color`: `auto` colors a terminal unless `NO_COLOR` is set (and not empty).
fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_gate_says_how_to_change_it() {
        let config = crate::config::Config::default();
        assert_eq!(
            gate_source(None, &config, "analysis.fail_on"),
            "analysis.fail_on's default; --fail-on or `analysis.fail_on` changes it"
        );
        assert_eq!(gate_source(Some("--fail-on"), &config, "analysis.fail_on"), "--fail-on");
    }
}
