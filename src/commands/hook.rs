//! `aura hook NAME [ARGS...]`: what the installed hook scripts and the pre-commit
//! framework run. Each hook is thin: read what git hands it, call the library, decide.

use std::io::{BufRead as _, IsTerminal as _};
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, HookArgs};
use crate::config::Config;
use crate::engine::Engine;
use crate::git::{self, ObjectId, Repo};
use crate::model::Report;
use crate::report::{HumanOptions, Style};
use crate::review::{self, Head, Request};

use super::load_selected;

/// Run `aura hook NAME`.
pub fn run(args: &HookArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let hook = git::hooks::check_name(&args.name)?;
    if skipped(hook) {
        return Ok(ExitStatus::Clean);
    }
    let config = load_selected(global, cwd, &args.select)?;
    let hooks = &config.git.hooks;
    let gated = |status: Result<ExitStatus>| status.map(|s| super::exit_zero(s, args.exit_zero));
    match hook {
        "pre-commit" if hooks.pre_commit.enabled => gated(pre_commit(args, &config, global, cwd)),
        "pre-push" if hooks.pre_push.enabled => gated(pre_push(args, &config, global, cwd)),
        "commit-msg" if hooks.commit_msg.enabled => {
            super::commit::commit_msg_hook(&args.args, &config, global, cwd)
        }
        "prepare-commit-msg" if hooks.prepare_commit_msg.enabled => {
            prepare_commit_msg(&args.args, &config, global, cwd)
        }
        _ => Ok(ExitStatus::Clean),
    }
}

/// `AURA_SKIP=1` (or `all`) skips every hook; `AURA_SKIP=pre-commit,commit-msg` those.
fn skipped(hook: &str) -> bool {
    std::env::var("AURA_SKIP")
        .is_ok_and(|v| v.split(',').map(str::trim).any(|s| s == "1" || s == "all" || s == hook))
}

/// `pre-commit`: review the staged content of the changed files (the index, not the
/// working tree) and block on findings at or above `git.hooks.pre_commit.fail_on` on the
/// lines the commit changes (`review.filter_mode`).
fn pre_commit(args: &HookArgs, config: &Config, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    annotations(global)?; // a wrong --format fails before the review
    let repo = Repo::discover(cwd)?;
    repo.require_workdir("the pre-commit hook")?;
    let request =
        Request { base: repo.head()?, head: Head::Index, filter: config.review.filter_mode, impact: false };
    let engine = super::engine(config, global, cwd, cwd, true)?;
    let review = review::review(&repo, &request, &engine, None)?;
    gate(&review.head_report, config, "pre-commit", "the staged changes", args, global)
}

/// `pre-push`: for each ref pushed (stdin: `<local ref> <local sha> <remote ref> <remote sha>`),
/// review what the pushed commits changed, as it is at the pushed commit.
fn pre_push(args: &HookArgs, config: &Config, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    annotations(global)?;
    let repo = Repo::discover(cwd)?;
    let engine = super::engine(config, global, cwd, cwd, true)?;
    let mut status = ExitStatus::Clean;
    // the pre-commit framework reads stdin itself and hands over the range instead
    if let (Ok(from), Ok(to)) = (std::env::var("PRE_COMMIT_FROM_REF"), std::env::var("PRE_COMMIT_TO_REF")) {
        let (from, to) = (repo.rev_parse(&from)?, repo.rev_parse(&to)?);
        let review = review_push(&repo, Some(from), to, &engine)?;
        return gate(&review.head_report, config, "pre-push", "the pushed changes", args, global);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(status);
    }
    for line in stdin.lock().lines() {
        let line = line.context("cannot read the refs git is pushing")?;
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [local_ref, local, _remote_ref, remote] = fields[..] else { continue };
        let Ok(local) = ObjectId::from_hex(local.as_bytes()) else { continue };
        if local.is_null() {
            continue; // deleting a remote branch pushes no code
        }
        let remote = ObjectId::from_hex(remote.as_bytes()).ok().filter(|id| !id.is_null());
        let Some(base) = pushed_base(&repo, local, remote)? else { continue };
        let review = review_push(&repo, base, local, &engine)?;
        if review.files.is_empty() {
            continue;
        }
        let what = format!("the changes pushed from {local_ref}");
        if gate(&review.head_report, config, "pre-push", &what, args, global)? != ExitStatus::Clean {
            status = ExitStatus::Failure;
        }
    }
    Ok(status)
}

fn review_push(repo: &Repo, base: Option<ObjectId>, to: ObjectId, engine: &Engine) -> Result<review::Review> {
    let request =
        Request { base, head: Head::Commit(to), filter: engine.config().review.filter_mode, impact: false };
    Ok(review::review(repo, &request, engine, None)?)
}

/// Where the commits `local` pushes start: what the remote has (`remote`, or for a new
/// branch, every remote-tracking branch), as the parent of the oldest pushed commit.
/// `None`: nothing new is pushed; `Some(None)`: the push starts the history.
fn pushed_base(repo: &Repo, local: ObjectId, remote: Option<ObjectId>) -> Result<Option<Option<ObjectId>>> {
    let known = |id: &ObjectId| repo.gix().find_commit(*id).is_ok();
    let hidden: Vec<ObjectId> = match remote.filter(known) {
        Some(id) => vec![id],
        None => repo.remote_tips()?,
    };
    let commits = repo.log(&hidden, local)?;
    let Some(oldest) = commits.last() else { return Ok(None) };
    let parent =
        repo.gix().find_commit(oldest.id).ok().and_then(|c| c.parent_ids().next().map(|p| p.detach()));
    Ok(Some(parent))
}

/// Print the findings and decide: 1 when one reaches the hook's gate
/// (`git.hooks.pre_commit.fail_on` or `git.hooks.pre_push.fail_on`).
fn gate(
    report: &Report,
    config: &Config,
    hook: &str,
    what: &str,
    args: &HookArgs,
    global: &GlobalArgs,
) -> Result<ExitStatus> {
    let (fail_on, git_command) = match hook {
        "pre-push" => (config.git.hooks.pre_push.fail_on, "git push"),
        _ => (config.git.hooks.pre_commit.fail_on, "git commit"),
    };
    for e in &report.errors {
        eprintln!("aura: {}: {}", e.path, e.message);
    }
    let reached = report.findings.iter().filter(|f| fail_on.is_reached_by(f.severity)).count();
    if report.findings.is_empty() || (global.quiet && reached == 0) {
        return Ok(ExitStatus::Clean);
    }
    if annotations(global)? {
        // on GitHub Actions (the pre-commit framework in a workflow): the runner reads
        // workflow commands on standard output
        crate::report::write_analysis(
            report,
            crate::report::Format::Github,
            HumanOptions::default(),
            &crate::report::ReportOptions::default(),
            &mut std::io::stdout().lock(),
        )?;
    } else {
        let style =
            Style { color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() };
        let mut err = std::io::stderr().lock();
        if args.statistics {
            let counts = crate::report::statistics::count(&report.findings);
            crate::report::statistics::write(&counts, crate::report::Format::Table, style, &mut err)?;
        } else {
            crate::report::table::write_findings(
                report,
                HumanOptions { style, verbose: global.verbose > 0, ..HumanOptions::default() },
                &mut err,
            )?;
        }
    }
    if reached == 0 {
        return Ok(ExitStatus::Clean);
    }
    let key = format!("git.hooks.{}.fail_on", hook.replace('-', "_"));
    let source = config.provenance.describe(&key);
    eprintln!(
        "\naura {hook}: {reached} finding(s) in {what} at or above `{fail_on}` ({source}).\n\
         Fix them, mark an accepted one with `aura: ignore[CODE]`, or skip this hook once: \
         `AURA_SKIP={hook} {git_command} ...` (or `{git_command} --no-verify`)."
    );
    Ok(ExitStatus::Failure)
}

/// `--format` of the reviewing hooks: `table` (the default, on standard error) or
/// `github` (workflow annotations); whether it is `github`.
fn annotations(global: &GlobalArgs) -> Result<bool> {
    match global.format.as_deref() {
        None | Some("table") => Ok(false),
        Some("github") => Ok(true),
        Some(other) => {
            anyhow::bail!("unknown format `{other}` for the hooks; expected one of: table, github")
        }
    }
}

/// `prepare-commit-msg FILE [SOURCE [SHA]]`: put a suggested message above git's comments
/// when the message is empty and git names no source (`-m`, `-F`, a template, a merge, a
/// squash, an amend all name one; so does the pre-commit framework, through
/// `PRE_COMMIT_COMMIT_MSG_SOURCE`).
fn prepare_commit_msg(
    args: &[String],
    config: &Config,
    global: &GlobalArgs,
    cwd: &Path,
) -> Result<ExitStatus> {
    let Some(file) = args.first() else {
        anyhow::bail!("prepare-commit-msg needs the message file git passes it");
    };
    let source = args.get(1).cloned().or_else(|| std::env::var("PRE_COMMIT_COMMIT_MSG_SOURCE").ok());
    if source.is_some_and(|s| !s.is_empty()) {
        return Ok(ExitStatus::Clean);
    }
    let repo = Repo::discover(cwd)?;
    let path = repo.workdir().unwrap_or(cwd).join(file);
    let current =
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let comment = repo.comment_char();
    if current.lines().any(|l| !l.trim().is_empty() && !l.starts_with(comment.as_str())) {
        return Ok(ExitStatus::Clean);
    }
    let changes = crate::commit::suggest::staged(&repo)?;
    if changes.is_empty() {
        return Ok(ExitStatus::Clean);
    }
    let engine = super::engine(config, global, cwd, repo.workdir().unwrap_or(cwd), false)?;
    let router = crate::llm::Router::new(&config.llm, Some(crate::llm::state_dir(config, cwd)));
    let budget = std::time::Duration::from_secs(config.git.hooks.prepare_commit_msg.llm_timeout);
    // a refused provider must not stop a commit: the offline message, and a word why
    let usable = router.is_routed(crate::llm::Kind::Commit)
        && router.route(crate::llm::Kind::Commit).iter().all(|name| match router.provider(name) {
            Ok(_) => true,
            Err(e) => {
                eprintln!("aura prepare-commit-msg: {e}; using the offline message");
                false
            }
        });
    let llm = usable.then(|| (&router, Some(std::time::Instant::now() + budget)));
    let message = super::commit::suggested_message(&changes, &engine, repo.workdir().unwrap_or(cwd), llm)?;
    let rest = current.trim_start_matches(['\n', '\r']);
    std::fs::write(&path, format!("{message}\n{rest}"))
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(ExitStatus::Clean)
}
