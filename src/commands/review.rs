//! `aura review`: resolve the two sides (flags, else the CI environment), review, write
//! every report asked for, and on CI the job summary, annotations and the sticky comment.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use crate::ExitStatus;
use crate::cli::{CommentOn, GlobalArgs, ReviewArgs};
use crate::config::Config;
use crate::forge::{self, Forge, Posted, Target};
use crate::git::Repo;
use crate::report::{self, Format, HumanOptions, ReportOptions};
use crate::review::{self, Head, Request, Review};

use super::{Output, load_selected};

/// GitHub shows at most this many annotations of a step; more would only be dropped.
const MAX_ANNOTATIONS: usize = 50;

/// Run `aura review`.
pub fn run(args: &ReviewArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_selected(global, cwd, &args.select)?;
    let format = super::analyze::format(global)?;
    if args.statistics {
        super::analyze::statistics_format(format, global)?;
    }
    let repo = Repo::discover(cwd)?;
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let request = request(&repo, args, &config, &env)?;
    let root = repo.workdir().unwrap_or_else(|| repo.git_dir()).to_path_buf();
    let engine = super::engine(&config, global, cwd, &root, true)?;
    // the importer search only reads imports: metrics only, on the same cache
    let importers = request.impact.then(|| super::engine(&config, global, cwd, &root, false)).transpose()?;
    let mut review = review::review(&repo, &request, &engine, importers.as_ref())?;
    if args.llm || config.review.llm {
        let router = crate::llm::Router::new(&config.llm, Some(crate::llm::state_dir(&config, cwd)));
        if !router.is_routed(crate::llm::Kind::Review) {
            bail!(crate::llm::RouteError::NoRoute(crate::llm::Kind::Review.as_str()));
        }
        match review::llm::add_comments(&repo, &request, &mut review, &router) {
            Ok(done) => {
                if !global.quiet {
                    eprintln!(
                        "aura review --llm: {} comment(s) from {} ({}){}{}",
                        done.comments,
                        done.provider,
                        if done.cached { "cached" } else { "asked" },
                        if done.dropped > 0 {
                            format!(", {} pointing outside the diff dropped", done.dropped)
                        } else {
                            String::new()
                        },
                        if done.left_out.is_empty() {
                            String::new()
                        } else {
                            format!(", {} file(s) not shown to the model", done.left_out.len())
                        },
                    );
                }
                review.llm = Some(done);
            }
            // a configuration error (a refused provider) stops the review; a provider that
            // does not answer only costs its comments
            Err(review::llm::LlmReviewError::Route(e @ crate::llm::RouteError::Failed(_))) => {
                eprintln!("aura review --llm: no comments: {e}");
            }
            Err(e) => return Err(e.into()),
        }
    }

    let options = ReportOptions {
        template: args.gate.template.clone(),
        category: args.gate.category.clone(),
        custom_rules: config.rules.custom.clone(),
    };
    let comment = &config.review.comment;
    let mut out = Output::open(global)?;
    let format = format.unwrap_or(if out.is_terminal() { Format::Table } else { Format::Json });
    let human = HumanOptions {
        style: out.style(global),
        verbose: global.verbose > 0,
        width: Some(report::fit::width(out.is_terminal())),
        ..HumanOptions::default()
    };
    if args.statistics {
        let counts = report::statistics::count(review.findings.iter().map(|k| &k.finding));
        report::statistics::write(&counts, format, human.style, &mut out)
            .context("cannot write the statistics")?;
    } else {
        report::write_review(&review, format, human, &options, comment, &mut out)
            .context("cannot write the review")?;
    }
    out.finish()?;
    let extra = [
        (&args.sarif, Format::Sarif),
        (&args.markdown, Format::Markdown),
        (&args.codequality, Format::CodeQuality),
        (&args.json, Format::Json),
    ];
    for (path, format) in extra {
        if let Some(path) = path {
            write_file(&cwd.join(path), |w| {
                Ok(report::write_review(&review, format, human, &options, comment, w)?)
            })?;
        }
    }

    let markdown = || -> Result<String> {
        let mut buf = Vec::new();
        report::write_review(&review, Format::Markdown, human, &options, comment, &mut buf)?;
        Ok(String::from_utf8(buf)?)
    };
    if env("GITHUB_ACTIONS").as_deref() == Some("true") {
        // `--format github` on standard output has written every annotation already
        let annotated = format == Format::Github && global.output.is_none();
        github_outputs(&review, &markdown()?, !annotated, &env)?;
    }
    if let Some(on) = args.comment {
        post(on, &markdown()?, comment, global, &env);
    }

    if !global.quiet {
        for e in &review.errors {
            eprintln!("aura: {}: {}", e.path, e.message);
        }
    }
    if !review.errors.is_empty() {
        return Ok(ExitStatus::Error);
    }
    let gate = args.gate.fail_on.unwrap_or(config.review.fail_on);
    let reached = review.reaching(gate);
    if reached > 0 {
        if !global.quiet {
            let source =
                super::gate_source(args.gate.fail_on.map(|_| "--fail-on"), &config, "review.fail_on");
            let zero = if args.gate.exit_zero { "; --exit-zero: exit status 0" } else { "" };
            eprintln!(
                "aura: {reached} finding(s) on the change at or above the gate `{gate}` ({source}{zero})"
            );
        }
        return Ok(super::exit_zero(ExitStatus::Failure, args.gate.exit_zero));
    }
    Ok(ExitStatus::Clean)
}

/// The sides to compare: `--staged`; `--base` (else the CI's base) and `--head`. The base
/// is the merge base of the two, as a pull request's diff is.
fn request(
    repo: &Repo,
    args: &ReviewArgs,
    config: &Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Request> {
    let filter = args.filter_mode.unwrap_or(config.review.filter_mode);
    let impact = !args.no_impact;
    if args.staged {
        let base = repo.head()?;
        return Ok(Request { base, head: Head::Index, filter, impact });
    }
    let head = match &args.head {
        Some(rev) => repo.rev_parse(rev)?,
        None => repo.head_commit()?,
    };
    let base_rev = match &args.base {
        Some(rev) => rev.clone(),
        None => ci_base(env)
            .or_else(|| repo.rev_parse("origin/HEAD").ok().map(|_| "origin/HEAD".to_owned()))
            .context(
                "no base to review against: pass --base REV (for example --base origin/main), or run in a \
             GitHub pull request or GitLab merge request pipeline, where aura finds the base itself",
            )?,
    };
    let base = repo.rev_parse(&base_rev)?;
    let base = repo.merge_base(base, head)?;
    Ok(Request { base: Some(base), head: Head::Commit(head), filter, impact })
}

/// The base a CI system names: GitLab's merge-request diff base, GitHub's pull request base
/// (from the event payload, else the base branch).
fn ci_base(env: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    if let Some(sha) = env("CI_MERGE_REQUEST_DIFF_BASE_SHA") {
        return Some(sha);
    }
    if env("GITHUB_ACTIONS").as_deref() != Some("true") {
        return None;
    }
    let from_event = env("GITHUB_EVENT_PATH").and_then(|path| {
        let event: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
        event.pointer("/pull_request/base/sha")?.as_str().map(str::to_owned)
    });
    from_event.or_else(|| env("GITHUB_BASE_REF").map(|branch| format!("origin/{branch}")))
}

/// Write one extra report to a file, atomically enough: create, write, flush.
fn write_file(path: &Path, write: impl FnOnce(&mut dyn std::io::Write) -> Result<()>) -> Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    write(&mut w)?;
    w.flush().with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// On GitHub Actions: the Markdown in the job summary, and one annotation per kept finding
/// (new ones first), which GitHub shows on the pull request's diff.
fn github_outputs(
    review: &Review,
    markdown: &str,
    annotate: bool,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<()> {
    if let Some(path) = env("GITHUB_STEP_SUMMARY") {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("cannot write the job summary {path}"))?;
        writeln!(file, "{markdown}")?;
    }
    if annotate {
        report::write_annotations(review, MAX_ANNOTATIONS, &mut std::io::stdout().lock())?;
    }
    Ok(())
}

/// Post the sticky comment; a failure is a warning, never the review's failure (the review
/// is in the job summary, the annotations and the reports).
fn post(
    on: CommentOn,
    markdown: &str,
    comment: &crate::config::CommentConfig,
    global: &GlobalArgs,
    env: &dyn Fn(&str) -> Option<String>,
) {
    let forge = match on {
        CommentOn::Github => Forge::GitHub,
        CommentOn::Gitlab => Forge::GitLab,
    };
    let outcome = Target::from_env(forge, env).and_then(|target| {
        if comment.sticky {
            forge::post_sticky(&target, &comment.marker, markdown)
        } else {
            // a fresh comment each run: a marker no earlier comment carries
            let marker = format!("<!-- aura-review {} -->", std::process::id());
            forge::post_sticky(&target, &marker, markdown)
        }
    });
    match outcome {
        Ok(Posted::Created { url, .. }) if !global.quiet => {
            eprintln!("aura: posted the review comment{}", url.map(|u| format!(": {u}")).unwrap_or_default());
        }
        Ok(Posted::Updated { url, .. }) if !global.quiet => {
            eprintln!(
                "aura: updated the review comment{}",
                url.map(|u| format!(": {u}")).unwrap_or_default()
            );
        }
        Ok(Posted::Skipped { reason }) => {
            eprintln!("aura: warning: the review comment was not posted: {reason}");
        }
        Err(e) => eprintln!("aura: warning: the review comment was not posted: {e}"),
        Ok(_) => {}
    }
}
