//! `aura commit lint` and `aura commit suggest`, and the commit-msg hook: commit messages
//! checked with commitlint's Conventional Commits rules, and proposed for a staged change.

use std::io::{IsTerminal, Read, Write as _};
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use crate::ExitStatus;
use crate::cli::{CommitCommand, CommitLintArgs, CommitSuggestArgs, GlobalArgs};
use crate::commit::{self, DEFAULT_COMMENT_CHAR, Linted, Rules, TextOptions};
use crate::config::Config;
use crate::engine::Engine;
use crate::git::Repo;
use crate::llm::{Kind, Router};
use crate::report::Style;

use super::{Output, load_config};

/// Run `aura commit ...`.
pub fn run(command: &CommitCommand, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    match command {
        CommitCommand::Lint(args) => lint(args, global, cwd),
        CommitCommand::Suggest(args) => suggest(args, global, cwd),
    }
}

/// The output formats of `aura commit lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn format(global: &GlobalArgs) -> Result<Format> {
    match global.format.as_deref() {
        None | Some("text") => Ok(Format::Text),
        Some("json") => Ok(Format::Json),
        Some(other) => bail!("unknown format `{other}` for `aura commit lint`: expected `text` or `json`"),
    }
}

/// Lint the message the arguments name; exit 1 when one has errors.
fn lint(args: &CommitLintArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let format = format(global)?;
    let config = load_config(global, cwd)?;
    let rules = Rules::from_config(&config.git.commit)?;
    let messages = messages(args, cwd)?;
    let results: Vec<Linted> = messages
        .into_iter()
        .map(|(commit, message)| Linted { commit, lint: commit::lint(&message, &rules) })
        .collect();
    let mut out = Output::open(global)?;
    match format {
        Format::Json => commit::write_json(&results, &mut out)?,
        Format::Text => {
            let options =
                TextOptions { style: out.style(global), quiet: global.quiet, verbose: global.verbose > 0 };
            commit::write_text(&results, options, &mut out)?;
        }
    }
    out.finish()?;
    let valid = results.iter().all(|r| r.lint.valid());
    Ok(if valid { ExitStatus::Clean } else { ExitStatus::Failure })
}

/// The cleaned messages to lint, each with its commit id when it comes from history.
fn messages(args: &CommitLintArgs, cwd: &Path) -> Result<Vec<(Option<String>, String)>> {
    if args.from.is_some() || args.to.is_some() {
        // recorded messages hold no comments: nothing to strip
        let repo = Repo::discover(cwd)?;
        let to = match &args.to {
            Some(rev) => repo.rev_parse(rev)?,
            None => repo.head_commit()?,
        };
        let hidden = args.from.as_deref().map(|rev| repo.rev_parse(rev)).transpose()?;
        let commits = repo.log(hidden.as_slice(), to)?;
        return Ok(commits
            .into_iter()
            .map(|c| (Some(c.short_id()), commit::clean(&c.message, None)))
            .collect());
    }
    if let Some(path) = &args.edit {
        let path = cwd.join(path);
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let raw = String::from_utf8_lossy(&bytes);
        return Ok(vec![(None, commit::clean(&raw, Some(&comment_char(cwd))))]);
    }
    let raw = match &args.message {
        Some(message) => message.clone(),
        None => {
            let mut stdin = std::io::stdin();
            if stdin.is_terminal() {
                bail!("no message to lint: give one as an argument, with --edit FILE, or on standard input");
            }
            let mut bytes = Vec::new();
            stdin.read_to_end(&mut bytes).context("cannot read standard input")?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    // git keeps `#` lines of a message given with -m, so only --edit strips comments.
    Ok(vec![(None, commit::clean(&raw, None))])
}

/// The comment character git uses in the message file of `cwd`'s repository
/// (`core.commentChar`), git's default `#` outside a repository.
fn comment_char(cwd: &Path) -> String {
    Repo::discover(cwd).map_or_else(|_| DEFAULT_COMMENT_CHAR.to_owned(), |repo| repo.comment_char())
}

/// The commit-msg hook: lint the message file git passes; problems go to standard error
/// (git shows it), and an error blocks the commit.
pub fn commit_msg_hook(
    args: &[String],
    config: &Config,
    global: &GlobalArgs,
    cwd: &Path,
) -> Result<ExitStatus> {
    let Some(file) = args.first() else {
        bail!("commit-msg needs the message file git passes it");
    };
    let rules = Rules::from_config(&config.git.commit)?;
    let path = cwd.join(file);
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let message = commit::clean(&String::from_utf8_lossy(&bytes), Some(&comment_char(cwd)));
    let lint = commit::lint(&message, &rules);
    let valid = lint.valid();
    if !lint.problems.is_empty() {
        let stderr = std::io::stderr();
        let style = Style { color: stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() };
        let options = TextOptions { style, quiet: global.quiet, verbose: false };
        commit::write_text(&[Linted { commit: None, lint }], options, &mut stderr.lock())?;
    }
    if !valid {
        eprintln!(
            "aura commit-msg: the commit was stopped; your message is kept in {}.\n\
             Fix it and commit again (`git commit -e -F {file}` starts from it), or skip this hook \
             once: `AURA_SKIP=commit-msg git commit ...` (or `git commit --no-verify`).",
            path.display()
        );
        return Ok(ExitStatus::Failure);
    }
    Ok(ExitStatus::Clean)
}

/// Run `aura commit suggest`.
fn suggest(args: &CommitSuggestArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let json = format(global)? == Format::Json;
    let config = load_config(global, cwd)?;
    let repo = Repo::discover(cwd)?;
    let changes = commit::suggest::staged(&repo)?;
    if changes.is_empty() {
        bail!("nothing is staged: `git add` the change to describe first");
    }
    let root = repo.workdir().unwrap_or(cwd);
    let engine = super::engine(&config, global, cwd, root, false)?;
    let message = if args.llm {
        let router = Router::new(&config.llm, Some(crate::llm::state_dir(&config, cwd)));
        if !router.is_routed(Kind::Commit) {
            bail!(crate::llm::RouteError::NoRoute(Kind::Commit.as_str()));
        }
        for name in router.route(Kind::Commit) {
            router.provider(name)?; // a refused provider is a configuration error, before any work
        }
        suggested_message(&changes, &engine, root, Some((&router, None)))?
    } else {
        suggested_message(&changes, &engine, root, None)?
    };
    let mut out = Output::open(global)?;
    let header = message.lines().next().unwrap_or_default();
    if json {
        let parsed = commit::parse(&message).ok();
        let value = serde_json::json!({
            "message": message,
            "header": header,
            "type": parsed.as_ref().map(|c| c.kind.clone()),
            "scope": parsed.as_ref().and_then(|c| c.scope.clone()),
            "subject": parsed.as_ref().map(|c| c.subject.clone()),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else if args.header_only {
        writeln!(out, "{header}")?;
    } else {
        write!(out, "{message}")?;
    }
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// The suggestion for `changes`, measured on `engine` (metrics only, the command's one) and
/// checked by the linter with its configuration's rules; with a router, the providers
/// routed for `commit` draft it first (within the deadline, when there is one).
pub fn suggested_message(
    changes: &[commit::suggest::FileChange],
    engine: &Engine,
    root: &Path,
    llm: Option<(&Router, Option<std::time::Instant>)>,
) -> Result<String> {
    let config = engine.config();
    let rules = Rules::from_config(&config.git.commit)?;
    let check = |m: &str| {
        let lint = commit::lint(m, &rules);
        if lint.valid() {
            Ok(())
        } else {
            Err(lint
                .problems
                .iter()
                .map(|p| format!("{}: {}", p.rule, p.message))
                .collect::<Vec<_>>()
                .join("; "))
        }
    };
    let drafter = match llm {
        Some((router, deadline)) => {
            let prompts = commit::draft::prompts(config, root)
                .context("cannot read a prompt template of llm.prompts_dir")?;
            Some(commit::draft::LlmDrafter { router, prompts, config, rules: &rules, deadline })
        }
        None => None,
    };
    let drafter = drafter.as_ref().map(|d| d as &dyn commit::suggest::Drafter);
    Ok(commit::suggest::suggest(changes, engine, drafter, check))
}
