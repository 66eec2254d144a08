//! `aura ask QUESTION`: retrieve the context ([`crate::ask`]), then stream the routed
//! model's answer and list the places it was given.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use crate::ExitStatus;
use crate::ask::{self, Question, Retrieved};
use crate::cli::{AskArgs, GlobalArgs};
use crate::llm::{self, Delta, Kind, RouteError, Router};

use super::llm::{answered, json_format, write_previews};
use super::{Output, load_config};

/// Tokens the instructions and headings of the prompt take, beside the context.
const PROMPT_OVERHEAD: usize = 400;

pub fn run(args: &AskArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let json = json_format(global)?;
    let text = if args.question == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
        text.trim().to_owned()
    } else {
        args.question.clone()
    };
    if text.trim().is_empty() {
        bail!("the question is empty");
    }
    let router = Router::new(&config.llm, Some(llm::state_dir(&config, cwd)));
    let names: Vec<String> = match &args.provider {
        Some(name) => vec![name.clone()],
        None => router.route(Kind::Question).to_vec(),
    };
    if names.is_empty() && !args.retrieve_only {
        bail!(
            "{}; `aura ask --retrieve-only` prints the context without a model",
            RouteError::NoRoute(Kind::Question.as_str())
        );
    }
    for name in &names {
        router.provider(name)?; // refused (remote, unknown) before any work
    }
    let window = match &args.provider {
        Some(name) => router.provider(name)?.context_window() as usize,
        None => router.context_window(Kind::Question),
    };
    let budget = args
        .budget
        .unwrap_or_else(|| window.saturating_sub(args.max_tokens as usize + PROMPT_OVERHEAD).max(256));
    let start = args.paths.first().map_or_else(|| cwd.to_path_buf(), |p| cwd.join(p));
    let engine = super::engine(&config, global, cwd, &start, false)?;
    let started = std::time::Instant::now();
    let question = Question { text: &text, paths: &args.paths, cwd, budget, limit: args.limit };
    let retrieved = ask::retrieve(&engine, &question)?;
    tracing::info!(elapsed = ?started.elapsed(), files = retrieved.files, chunks = retrieved.chunks.len(), "retrieved");

    let mut out = Output::open(global)?;
    if args.retrieve_only {
        write_retrieved(&mut out, &retrieved, json)?;
        out.finish()?;
        return Ok(ExitStatus::Clean);
    }
    let root = crate::config::project_root(cwd);
    let prompts = ask::prompts(&config, &root).context("cannot read a prompt template of llm.prompts_dir")?;
    let (mut chat, redacted) = ask::chat(&retrieved, &prompts, args.max_tokens)?;
    if redacted > 0 {
        eprintln!("aura: {redacted} secret(s) redacted from the prompt");
    }
    if args.dry_run {
        let previews: Vec<_> =
            names.iter().map(|n| router.provider(n).map(|p| p.preview(&chat))).collect::<Result<_, _>>()?;
        write_previews(&mut out, &previews, json)?;
        out.finish()?;
        return Ok(ExitStatus::Clean);
    }
    chat.stream = !json;
    // the answer goes out as it comes (control characters out: a model cannot drive the
    // terminal); JSON waits for the whole of it
    let mut stdout = std::io::stdout();
    let mut shown = false;
    let mut on = |delta: Delta| {
        if json {
            return;
        }
        match delta {
            Delta::Text(text) => {
                let clean = llm::strip_controls(text);
                shown |= !clean.is_empty();
                let _ = stdout.write_all(clean.as_bytes()).and_then(|()| stdout.flush());
            }
            Delta::Failed { provider } => {
                let _ = writeln!(stdout, "\n[aura: {provider} failed mid-answer; asking the next provider]");
            }
        }
    };
    let routed = llm::block_on(async {
        match &args.provider {
            Some(name) => router.ask_provider_streaming(name, &chat, &mut on).await,
            None => router.ask_streaming(Kind::Question, &chat, &mut on).await,
        }
    });
    let Some(routed) = answered(routed)? else { return Ok(ExitStatus::Failure) };
    if json {
        let value = serde_json::json!({
            "question": retrieved.question,
            "answer": llm::strip_controls(routed.answer.text.trim()),
            "provider": routed.answer.provider,
            "model": routed.answer.model,
            "cached": routed.cached,
            "sources": retrieved.chunks,
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        if shown {
            writeln!(out)?;
        }
        writeln!(out, "\nSources ({}):", routed.answer.provider)?;
        for c in &retrieved.chunks {
            writeln!(out, "  {}", place(c))?;
        }
    }
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// A chunk as `path:start-end  symbol`.
fn place(c: &ask::Chunk) -> String {
    let symbol = c.symbol.as_deref().map(|s| format!("  {s}")).unwrap_or_default();
    format!("{}:{}-{}{symbol}", c.path, c.start_line, c.end_line)
}

fn write_retrieved(out: &mut Output, retrieved: &Retrieved, json: bool) -> Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, retrieved)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} file(s) searched; {} of {} tokens of context",
        retrieved.files, retrieved.used_tokens, retrieved.budget_tokens
    )?;
    for c in &retrieved.chunks {
        writeln!(out, "{:>7.3}  {}", c.score, place(c))?;
    }
    if !retrieved.map.is_empty() {
        writeln!(out, "\nMap (most used definitions):")?;
        for m in &retrieved.map {
            writeln!(out, "  {}:{}  {}", m.path, m.line, m.symbol)?;
        }
    }
    Ok(())
}
