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

    /// Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew.
    #[arg(long, global = true, env = "AURA_NO_CACHE")]
    pub no_cache: bool,
}

impl GlobalArgs {
    /// What these flags override of the configuration.
    pub fn overrides(&self) -> crate::config::Overrides {
        crate::config::Overrides {
            config: self.config.clone(),
            jobs: self.jobs,
            quiet: self.quiet,
            verbose: self.verbose,
        }
    }
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
    /// Analyze files or directories: metrics, findings, and a report in any format.
    Analyze(AnalyzeArgs),
    /// List every rule with its code, default severity and threshold.
    Rules,
    /// Print a rule's documentation: what it checks, why, an example, how to fix it.
    Explain(ExplainArgs),
    /// Join JSON reports (shards of one analysis) into one report in any format.
    Merge(MergeArgs),
    /// Analyze, then re-analyze on every change and print the new and fixed findings.
    ///
    /// The first run prints the totals; every rerun that changes something prints the
    /// findings it added (`+`) and fixed (`-`), then the new totals. Reruns go through the
    /// analysis cache, so only the changed files are parsed again. `--format jsonl` writes
    /// one JSON object per event per line, for tools. Ctrl-C stops the watch (exit 0).
    Watch(WatchArgs),
    /// Print the import dependency graph and its cycles.
    Graph(GraphArgs),
    /// Review a change: findings on the lines it touched, metric deltas, impact and risk.
    Review(ReviewArgs),
    /// Files and functions ranked by churn (commits in a window) × complexity.
    Hotspots(HotspotsArgs),
    /// Run one of aura's git hooks (what installed hooks and the pre-commit framework call).
    Hook(HookArgs),
    /// Install aura's git hooks, keeping any existing hook (it runs first).
    InstallHooks(InstallHooksArgs),
    /// Remove aura's git hooks, restoring the hooks they replaced byte for byte.
    UninstallHooks(UninstallHooksArgs),
    /// The changelog of the commits since the last version tag, grouped by type.
    Changelog(ChangelogArgs),
    /// The next semantic version: breaking → major, feat → minor, fix/perf → patch.
    Bump(BumpArgs),
    /// Branch names by the team's convention (`git.branch`).
    #[command(subcommand)]
    Branch(BranchCommand),
    /// Work with commit messages (Conventional Commits).
    #[command(subcommand)]
    Commit(CommitCommand),
    /// Show, validate, create or locate configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print shell completions for SHELL.
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one page per (sub)command with --dir.
    Man(ManArgs),
    /// The analysis cache: how much it holds, or empty it.
    #[command(subcommand)]
    Cache(CacheCommand),
    /// The LLM providers of `llm.providers`: whether they answer, and their models.
    #[command(subcommand)]
    Llm(LlmCommand),
    /// Answer a question about the repository with the LLM routed for questions.
    ///
    /// The context is retrieved without an embedding model: BM25 over the files and their
    /// functions, and a map of the definitions the rest of the code uses most (ranked as
    /// aider ranks it), personalised to the files and identifiers the question names. The
    /// answer streams to the terminal, then the places it was given are listed as
    /// `path:line`. `--retrieve-only` prints that context (with `--format json`: path,
    /// lines, score) without asking a model.
    Ask(AskArgs),
}

/// Arguments of `aura ask`.
#[derive(Debug, Args, Clone)]
pub struct AskArgs {
    /// The question (`-`: read it from standard input).
    pub question: String,
    /// Files or directories to search (default: the current directory).
    pub paths: Vec<PathBuf>,
    /// Print the retrieved context without asking a model.
    #[arg(long)]
    pub retrieve_only: bool,
    /// Print the request (URL, headers by name, body) instead of sending it.
    #[arg(long, conflicts_with = "retrieve_only")]
    pub dry_run: bool,
    /// Ask only this provider (no failover).
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// The most pieces of code in the context.
    #[arg(long, value_name = "N", default_value_t = 12)]
    pub limit: usize,
    /// Tokens of context [default: the routed models' smallest window, less the answer's
    /// tokens and the instructions]
    #[arg(long, value_name = "TOKENS")]
    pub budget: Option<usize>,
    /// The longest answer, in tokens.
    #[arg(long, value_name = "N", default_value_t = 512)]
    pub max_tokens: u32,
}

/// `aura llm` subcommands.
#[derive(Debug, Subcommand, Clone)]
pub enum LlmCommand {
    /// Check every provider (or one): reachable, latency, models, the server's state.
    /// Exit 1 when one is not usable.
    Health(LlmArgs),
    /// List the models every provider (or one) offers.
    Models(LlmArgs),
    /// Send a prompt the way aura's features do (routing, failover, cache, redaction) and
    /// print the answer; `--dry-run` prints exactly what would be sent instead.
    Prompt(LlmPromptArgs),
}

/// The route of `aura llm prompt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LlmRoute {
    Default,
    Commit,
    Review,
    Question,
}

/// Arguments of `aura llm prompt`.
#[derive(Debug, Args, Clone)]
pub struct LlmPromptArgs {
    /// The prompt (`-`: read it from standard input).
    pub text: String,
    /// A system message before it.
    #[arg(long, value_name = "TEXT")]
    pub system: Option<String>,
    /// The request type whose route (`llm.routing.*`) to use.
    #[arg(long, value_enum, default_value_t = LlmRoute::Default)]
    pub route: LlmRoute,
    /// Ask only this provider (no failover).
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Ask for a streamed answer (SSE or NDJSON).
    #[arg(long)]
    pub stream: bool,
    /// Print the request (URL, headers by name, body) instead of sending it.
    #[arg(long)]
    pub dry_run: bool,
    /// The longest answer, in tokens.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub max_tokens: u32,
}

/// Which providers an `aura llm` command talks to.
#[derive(Debug, Args, Clone, Default)]
pub struct LlmArgs {
    /// Only this provider (its `name` in `llm.providers`).
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
}

/// `aura cache` subcommands.
#[derive(Debug, Subcommand, Clone)]
pub enum CacheCommand {
    /// Where the cache is, how many entries and bytes it holds, and its bound.
    Stats,
    /// Delete every analysis entry (the LLM cache beside it stays).
    Clear,
}

/// Arguments of `aura man`.
#[derive(Debug, Args, Clone, Default)]
pub struct ManArgs {
    /// Write every page into DIR (created if missing): `aura.1`, `aura-analyze.1`,
    /// `aura-config-show.1`, ... one per command and subcommand; prints each path.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Arguments of `aura review`.
#[derive(Debug, Args, Clone, Default)]
pub struct ReviewArgs {
    /// The revision the change is measured against; the review diffs from its merge base
    /// with the head. Default on GitHub Actions: the pull request's base; on GitLab:
    /// `CI_MERGE_REQUEST_DIFF_BASE_SHA`; elsewhere `origin/HEAD`.
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// The revision to review (default: HEAD).
    #[arg(long, value_name = "REV")]
    pub head: Option<String>,
    /// Review what is staged (the index) against HEAD.
    #[arg(long, conflicts_with_all = ["base", "head"])]
    pub staged: bool,
    /// Add comments from the providers routed for `review` (`llm.routing`), as findings of
    /// rule LLM001 marked as generated (`review.llm: true` turns it on for every review).
    #[arg(long)]
    pub llm: bool,
    /// Which findings to keep: `added` (on added or changed lines), `diff_context` (within
    /// the hunks and 3 lines around), `file` (anywhere in a changed file), `nofilter`
    /// (default: `review.filter_mode`, itself `added`).
    #[arg(long, value_name = "MODE", value_parser = parse_filter_mode)]
    pub filter_mode: Option<crate::config::FilterMode>,
    /// Do not look for the unchanged files that import the changed ones.
    #[arg(long)]
    pub no_impact: bool,
    /// Also write the SARIF report to FILE.
    #[arg(long, value_name = "FILE")]
    pub sarif: Option<PathBuf>,
    /// Also write the Markdown comment to FILE.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
    /// Also write the GitLab Code Quality report to FILE.
    #[arg(long, value_name = "FILE")]
    pub codequality: Option<PathBuf>,
    /// Also write the JSON review to FILE.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Post the Markdown as a sticky comment on the pull request (`github`) or merge
    /// request (`gitlab`), edited in place on reruns.
    #[arg(long, value_name = "FORGE", value_enum)]
    pub comment: Option<CommentOn>,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Print the number of findings per rule instead of the review (text, or JSON with
    /// `--format json`).
    #[arg(long)]
    pub statistics: bool,
    #[command(flatten)]
    pub gate: GateArgs,
}

/// Where `--comment` posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CommentOn {
    /// A pull-request comment through the GitHub REST API (`GITHUB_TOKEN`).
    Github,
    /// A merge-request note through the GitLab API (`AURA_GITLAB_TOKEN` or `GITLAB_TOKEN`).
    Gitlab,
}

fn parse_filter_mode(value: &str) -> Result<crate::config::FilterMode, String> {
    value.parse()
}

/// Arguments of `aura analyze`.
#[derive(Debug, Args, Clone, Default)]
pub struct AnalyzeArgs {
    /// Files or directories to analyze (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub gate: GateArgs,
    /// Drop the findings this baseline file lists (matched by content, not line).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the current findings to FILE as a baseline (after --baseline is applied).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Metrics only: run no rules, report no findings.
    #[arg(long)]
    pub no_rules: bool,
    /// Analyze only shard I of N (1-based): a deterministic share of the files, for CI
    /// matrices; join the shards' JSON reports with `aura merge`.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u32, u32)>,
    /// Analyze only the files that differ from REV: committed since, staged, modified or
    /// untracked (and not ignored); imports still resolve against the whole tree.
    #[arg(long, value_name = "REV", conflicts_with = "stdin_filename")]
    pub changed_since: Option<String>,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Print the number of findings per rule instead of the report (text, or JSON with
    /// `--format json`).
    #[arg(long)]
    pub statistics: bool,
    /// With the PATH `-`: the name of the file read from standard input, which decides its
    /// language, the configuration that applies to it and the path in the report.
    #[arg(long, value_name = "PATH", conflicts_with = "shard")]
    pub stdin_filename: Option<PathBuf>,
}

/// Arguments of `aura watch`.
#[derive(Debug, Args, Clone, Default)]
pub struct WatchArgs {
    /// Files or directories to analyze and watch (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Metrics only: run no rules, report no findings (only the totals change).
    #[arg(long)]
    pub no_rules: bool,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// Which rules run and which files are analyzed, over the configuration (as ruff's flags):
/// shared by `analyze`, `review` and `hook`.
#[derive(Debug, Args, Clone, Default)]
pub struct SelectArgs {
    /// Run only these rules: codes, names or code prefixes, comma-separated, repeatable
    /// (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides
    /// still apply).
    #[arg(long, value_name = "CODES", value_delimiter = ',', help_heading = "Selection")]
    pub select: Option<Vec<String>>,
    /// Also run these rules (added to `rules.enable`, or to `--select`).
    #[arg(long, value_name = "CODES", value_delimiter = ',', help_heading = "Selection")]
    pub extend_select: Vec<String>,
    /// Do not run these rules (added to `rules.disable`; wins over the selections).
    #[arg(long, value_name = "CODES", value_delimiter = ',', help_heading = "Selection")]
    pub ignore: Vec<String>,
    /// Leave out the files matching GLOB (added to `analysis.exclude`; repeatable).
    #[arg(long, value_name = "GLOB", help_heading = "Selection")]
    pub exclude: Vec<String>,
    /// Analyze only the files matching GLOB (added to `analysis.include`; repeatable).
    #[arg(long, value_name = "GLOB", help_heading = "Selection")]
    pub include: Vec<String>,
}

impl SelectArgs {
    /// The selection these flags make.
    pub fn selection(&self) -> crate::config::Selection {
        crate::config::Selection {
            select: self.select.clone(),
            extend_select: self.extend_select.clone(),
            ignore: self.ignore.clone(),
            exclude: self.exclude.clone(),
            include: self.include.clone(),
        }
    }
}

/// Arguments of `aura hook`.
#[derive(Debug, Args, Clone)]
pub struct HookArgs {
    /// The hook: pre-commit, prepare-commit-msg, commit-msg or pre-push.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// What git passes the hook (the message file for commit-msg and prepare-commit-msg;
    /// the remote's name and URL for pre-push).
    #[arg(value_name = "ARGS", trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Print the findings but never block (exit 0 even when one reaches the gate).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print the number of findings per rule instead of each finding.
    #[arg(long)]
    pub statistics: bool,
}

/// Arguments of `aura install-hooks`.
#[derive(Debug, Args, Clone, Default)]
pub struct InstallHooksArgs {
    /// Install only this hook (repeatable; default: every hook enabled in `git.hooks`).
    #[arg(long = "hook", value_name = "NAME")]
    pub hooks: Vec<String>,
    /// Install into a global `core.hooksPath` or a directory husky manages.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `aura uninstall-hooks`.
#[derive(Debug, Args, Clone, Default)]
pub struct UninstallHooksArgs {
    /// Remove only this hook (repeatable; default: all of aura's hooks).
    #[arg(long = "hook", value_name = "NAME")]
    pub hooks: Vec<String>,
}

/// The commit range of `changelog` and `bump`.
#[derive(Debug, Args, Clone, Default)]
pub struct RangeArgs {
    /// Start after this revision (default: the nearest version tag).
    #[arg(long, value_name = "REV")]
    pub from: Option<String>,
    /// End at this revision (default: HEAD).
    #[arg(long, value_name = "REV")]
    pub to: Option<String>,
}

/// Arguments of `aura changelog`.
#[derive(Debug, Args, Clone, Default)]
pub struct ChangelogArgs {
    #[command(flatten)]
    pub range: RangeArgs,
    /// Name the release TAG (default: the tag on the last commit, else `Unreleased`: the
    /// commits after the newest tag are not released yet).
    #[arg(long, visible_alias = "release", value_name = "TAG", conflicts_with_all = ["unreleased", "bump"])]
    pub tag: Option<String>,
    /// Name the release with the next version, as `aura bump` computes it.
    #[arg(long, conflicts_with = "unreleased")]
    pub bump: bool,
    /// Head the release `Unreleased`, even when its last commit is tagged.
    #[arg(long)]
    pub unreleased: bool,
    /// Every commit type, not only features, fixes, performance and reverts.
    #[arg(long)]
    pub all: bool,
    /// A minijinja template replacing `templates/changelog.md.j2`.
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
}

/// Arguments of `aura bump`.
#[derive(Debug, Args, Clone, Default)]
pub struct BumpArgs {
    #[command(flatten)]
    pub range: RangeArgs,
}

/// `aura branch` subcommands.
#[derive(Debug, Subcommand, Clone)]
pub enum BranchCommand {
    /// Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`.
    Suggest {
        /// What the branch is for.
        #[arg(value_name = "TEXT", required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// Check a branch name (default: the current branch) against the convention.
    Lint {
        /// The name to check.
        #[arg(value_name = "NAME")]
        name: Option<String>,
    },
}

/// Report options shared by `analyze` and `merge`.
#[derive(Debug, Args, Clone, Default)]
pub struct GateArgs {
    /// Exit with status 1 when a finding is at or above this severity
    /// (default: `analysis.fail_on`, itself `error` by default).
    #[arg(long, value_name = "LEVEL", value_parser = parse_fail_on)]
    pub fail_on: Option<crate::config::FailOn>,
    /// A minijinja template replacing the built-in one (markdown and html formats).
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// SARIF: the analysis category (`runAutomationDetails.id`), one per upload.
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,
    /// Exit with status 0 even when findings reach the gate (2 still reports a usage,
    /// configuration or tool error).
    #[arg(long)]
    pub exit_zero: bool,
}

fn parse_fail_on(value: &str) -> Result<crate::config::FailOn, String> {
    value.parse()
}

/// `I/N` with 1 <= I <= N.
fn parse_shard(value: &str) -> Result<(u32, u32), String> {
    let bad = || format!("`{value}` is not a shard: write I/N with 1 <= I <= N, e.g. 2/4");
    let (i, n) = value.split_once('/').ok_or_else(bad)?;
    let (i, n): (u32, u32) = (i.trim().parse().map_err(|_| bad())?, n.trim().parse().map_err(|_| bad())?);
    if i == 0 || n == 0 || i > n {
        return Err(bad());
    }
    Ok((i, n))
}

/// Arguments of `aura explain`.
#[derive(Debug, Args, Clone, Default)]
pub struct ExplainArgs {
    /// A rule code (`CPX001`) or name (`cyclomatic-complexity`).
    #[arg(value_name = "CODE")]
    pub code: String,
}

/// Arguments of `aura merge`.
#[derive(Debug, Args, Clone, Default)]
pub struct MergeArgs {
    /// JSON reports written by `aura analyze --format json` (for example one per shard).
    #[arg(value_name = "REPORT", required = true)]
    pub reports: Vec<PathBuf>,
    /// Merge an incomplete set of shards; the report says it is partial and names the
    /// missing shards (without it, a missing shard is an error).
    #[arg(long)]
    pub allow_partial: bool,
    #[command(flatten)]
    pub gate: GateArgs,
}

/// Arguments of `aura graph`.
#[derive(Debug, Args, Clone, Default)]
pub struct GraphArgs {
    /// Files or directories whose imports to graph (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Arguments of `aura hotspots`.
#[derive(Debug, Args, Clone)]
pub struct HotspotsArgs {
    /// How far back to count commits, measured from HEAD's commit time: a duration (`90d`,
    /// `12w`, `6m` months, `1y`), a date (`2024-01-01`, UTC), or `all`.
    #[arg(long, value_name = "WHEN", default_value = "90d")]
    pub since: crate::hotspots::Since,
    /// Count at most the N newest commits of the window (merges are not counted).
    #[arg(long, value_name = "N")]
    pub max_commits: Option<usize>,
    /// List the N highest-scoring files and functions.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// Attribute commits to functions in the N highest-scoring files (each commit's version
    /// of them is parsed; 0: files only).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub functions_top: usize,
    /// In a shallow clone, rank on the fetched history instead of failing.
    #[arg(long)]
    pub allow_shallow: bool,
    /// A minijinja template replacing the built-in one (markdown and html formats).
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
}

/// `aura commit ...`
#[derive(Debug, Subcommand, Clone)]
pub enum CommitCommand {
    /// Lint a commit message with commitlint's Conventional Commits rules (exit 1 on errors).
    Lint(CommitLintArgs),
    /// Propose a Conventional Commit message for the staged change (offline heuristics;
    /// it always passes `aura commit lint` with your configuration).
    Suggest(CommitSuggestArgs),
}

/// Arguments of `aura commit lint`: one message source.
#[derive(Debug, Args, Clone, Default)]
pub struct CommitLintArgs {
    /// The message to lint (default: read standard input).
    #[arg(value_name = "MESSAGE", conflicts_with_all = ["edit", "from", "to"])]
    pub message: Option<String>,
    /// Lint a message file as git passes it to the commit-msg hook: comment lines and
    /// everything below the scissors line are ignored.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["from", "to"])]
    pub edit: Option<PathBuf>,
    /// Lint every commit after REV (reachable from --to and not from REV), for CI.
    #[arg(long, value_name = "REV")]
    pub from: Option<String>,
    /// The last commit of the range (default: HEAD).
    #[arg(long, value_name = "REV")]
    pub to: Option<String>,
}

/// Arguments of `aura commit suggest`.
#[derive(Debug, Args, Clone, Default)]
pub struct CommitSuggestArgs {
    /// Print only the header line.
    #[arg(long)]
    pub header_only: bool,
    /// Let the providers routed for `commit` (`llm.routing`) draft the message; the linter
    /// checks the draft, a rejected one is retried once with the problems, then the offline
    /// message is used.
    #[arg(long)]
    pub llm: bool,
}

/// `aura config ...`
#[derive(Debug, Subcommand, Clone)]
pub enum ConfigCommand {
    /// Print every effective value and the layer that set it.
    ///
    /// The keys of commands not built yet (`llm`, `serve`, `review.llm`) are listed only
    /// when a layer sets them, or with --all.
    Show {
        /// Also list, marked, the defaults of keys whose commands are not built yet.
        #[arg(long)]
        all: bool,
    },
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
