//! The command line: global flags and one enum of subcommands (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Local-first code intelligence: metrics, findings and import graphs in one fast binary.
#[derive(Debug, Parser)]
#[command(name = "aura", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Read configuration from FILE instead of the project's `.aura/config.yaml`.
    #[arg(long, global = true, value_name = "FILE", env = "AURA_CONFIG_PATH")]
    pub config: Option<PathBuf>,

    /// Run as if aura was started in DIR.
    #[arg(short = 'C', global = true, value_name = "DIR")]
    pub directory: Option<PathBuf>,

    /// Output format (each command lists the formats it accepts).
    #[arg(long, global = true, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Write the report to FILE instead of standard output.
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Number of worker threads (default: one per core).
    #[arg(short = 'j', long, global = true, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail on standard error (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// When to use colors (`NO_COLOR` is honoured by `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Never draw a progress bar.
    #[arg(long, global = true)]
    pub no_progress: bool,
}

/// When to color human output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when standard output is a terminal and `NO_COLOR` is unset.
    #[default]
    Auto,
    /// Always color.
    Always,
    /// Never color.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyze files or directories: metrics for every function and file.
    Analyze(AnalyzeArgs),
    /// Print the import dependency graph and its cycles.
    Graph(GraphArgs),
    /// Show, validate, create or locate configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print shell completions for SHELL.
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    Man,
}

/// Arguments of `aura analyze`.
#[derive(Debug, Args, Clone, Default)]
pub struct AnalyzeArgs {
    /// Files or directories to analyze (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Arguments of `aura graph`.
#[derive(Debug, Args, Clone, Default)]
pub struct GraphArgs {
    /// Files or directories whose imports to graph (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `aura config ...`
#[derive(Debug, Subcommand, Clone)]
pub enum ConfigCommand {
    /// Print every effective value and the layer that set it.
    Show,
    /// Check configuration files; errors name the file, line and a likely fix.
    Validate {
        /// Files to validate (default: every file the layers would read).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write a commented starter `.aura/config.yaml`.
    Init {
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print the configuration files aura reads, in layer order, and whether each exists.
    Path,
}

/// Arguments of `aura completions`.
#[derive(Debug, Args, Clone)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
