//! `aura llm health|models`: the configured providers, checked concurrently.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Result, bail};

use crate::ExitStatus;
use crate::cli::{GlobalArgs, LlmArgs, LlmCommand, LlmPromptArgs, LlmRoute};
use crate::llm::{self, Chat, Health, Kind, LlmError, Message, Provider, RouteError, Router};

use super::{Output, load_config};

/// Run `aura llm …`.
pub fn run(command: &LlmCommand, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let args = match command {
        LlmCommand::Prompt(args) => return prompt(args, global, cwd),
        LlmCommand::Health(args) | LlmCommand::Models(args) => args,
    };
    let config = load_config(global, cwd)?;
    let json = json_format(global)?;
    let providers = built(&config.llm, args)?;
    let checks = llm::block_on(async {
        let all = providers.iter().map(|p| async move {
            match p {
                Ok(provider) => provider.health().await,
                Err((name, kind, url, e)) => refused(name, kind, url, e),
            }
        });
        futures_join(all).await
    });
    let mut out = Output::open(global)?;
    match command {
        LlmCommand::Health(_) => {
            if json {
                serde_json::to_writer_pretty(&mut out, &checks)?;
                writeln!(out)?;
            } else {
                for h in &checks {
                    let state = match (&h.error, h.latency_ms) {
                        (Some(error), _) => format!("not usable: {error}"),
                        (None, Some(ms)) => format!("reachable in {ms} ms"),
                        (None, None) => "reachable".to_owned(),
                    };
                    writeln!(out, "{} ({}, {}): {state}", h.provider, h.kind, h.base_url)?;
                    if let Some(status) = &h.status {
                        writeln!(out, "  status: {status}")?;
                    }
                    if h.error.is_none() {
                        let models =
                            if h.models.is_empty() { "none".to_owned() } else { h.models.join(", ") };
                        writeln!(out, "  models: {models}")?;
                    }
                }
            }
        }
        LlmCommand::Models(_) | LlmCommand::Prompt(_) => {
            if json {
                let list: Vec<_> = checks
                    .iter()
                    .map(|h| serde_json::json!({ "provider": h.provider, "models": h.models, "error": h.error }))
                    .collect();
                serde_json::to_writer_pretty(&mut out, &list)?;
                writeln!(out)?;
            } else {
                for h in &checks {
                    match &h.error {
                        Some(error) => writeln!(out, "{}: not usable: {error}", h.provider)?,
                        None => {
                            for model in &h.models {
                                writeln!(out, "{}\t{model}", h.provider)?;
                            }
                        }
                    }
                }
            }
        }
    }
    out.finish()?;
    let usable = checks.iter().all(|h| h.error.is_none());
    Ok(if usable { ExitStatus::Clean } else { ExitStatus::Failure })
}

type Refusal = (String, &'static str, String, LlmError);

/// The providers to check; one named with `--provider` that is refused is an error.
fn built(config: &crate::config::LlmConfig, args: &LlmArgs) -> Result<Vec<Result<Provider, Refusal>>> {
    let chosen: Vec<_> = match &args.provider {
        Some(name) => vec![config.provider(name).ok_or_else(|| LlmError::Unknown(name.clone()))?],
        None => config.providers.iter().collect(),
    };
    let mut providers = Vec::new();
    for p in chosen {
        match Provider::new(p, config.allow_remote) {
            Ok(provider) => providers.push(Ok(provider)),
            Err(e) if args.provider.is_some() => return Err(e.into()),
            Err(e) => {
                let url = p.effective_base_url().unwrap_or_default().to_owned();
                providers.push(Err((p.name.clone(), p.kind.as_str(), url, e)));
            }
        }
    }
    Ok(providers)
}

fn refused(name: &str, kind: &'static str, url: &str, e: &LlmError) -> Health {
    Health {
        provider: name.to_owned(),
        kind,
        base_url: url.to_owned(),
        reachable: false,
        latency_ms: None,
        models: Vec::new(),
        status: None,
        error: Some(e.to_string()),
    }
}

/// Every future run at once on this thread, their outputs in order.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    for future in futures {
        set.push(Box::pin(future));
    }
    let mut outputs: Vec<Option<F::Output>> = set.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in set.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => *output = Some(value),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    outputs.into_iter().map(|o| o.expect("every future finished")).collect()
}

/// `aura llm prompt`: one chat through the router, or its preview.
fn prompt(args: &LlmPromptArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let json = json_format(global)?;
    let text = if args.text == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
        text
    } else {
        args.text.clone()
    };
    let mut messages = Vec::new();
    let mut redacted = 0;
    for (system, content) in [(true, args.system.as_deref()), (false, Some(text.as_str()))] {
        let Some(content) = content else { continue };
        let (clean, count) = crate::rules::redact_secrets(content);
        redacted += count;
        messages.push(if system { Message::system(clean) } else { Message::user(clean) });
    }
    if redacted > 0 {
        eprintln!("aura: {redacted} secret(s) redacted from the prompt");
    }
    let mut chat = Chat::new(messages, args.max_tokens, "prompt@1");
    chat.stream = args.stream;
    let kind = match args.route {
        LlmRoute::Default => Kind::Default,
        LlmRoute::Commit => Kind::Commit,
        LlmRoute::Review => Kind::Review,
        LlmRoute::Question => Kind::Question,
    };
    let router = Router::new(&config.llm, Some(llm::state_dir(&config, cwd)));
    let mut out = Output::open(global)?;
    if args.dry_run {
        let names: Vec<String> = match &args.provider {
            Some(name) => vec![name.clone()],
            None if router.is_routed(kind) => router.route(kind).to_vec(),
            None => bail!(RouteError::NoRoute(kind.as_str())),
        };
        let mut previews = Vec::new();
        for name in &names {
            previews.push(router.provider(name)?.preview(&chat));
        }
        write_previews(&mut out, &previews, json)?;
        out.finish()?;
        return Ok(ExitStatus::Clean);
    }
    let routed = llm::block_on(async {
        match &args.provider {
            Some(name) => router.ask_provider(name, &chat).await,
            None => router.ask(kind, &chat).await,
        }
    });
    let Some(routed) = answered(routed)? else { return Ok(ExitStatus::Failure) };
    if json {
        let value = serde_json::json!({
            "provider": routed.answer.provider,
            "model": routed.answer.model,
            "text": routed.answer.text,
            "finish_reason": routed.answer.finish_reason,
            "cached": routed.cached,
            "failed": routed.failures.iter().map(ToString::to_string).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", routed.answer.text)?;
    }
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// A routed answer; `None` when every provider failed (said on standard error: the
/// command exits 1); a refused route or provider is a configuration error.
pub(super) fn answered(routed: Result<llm::Routed, RouteError>) -> Result<Option<llm::Routed>> {
    match routed {
        Ok(routed) => {
            tracing::info!(provider = %routed.answer.provider, model = %routed.answer.model, cached = routed.cached, "answered");
            Ok(Some(routed))
        }
        Err(e @ RouteError::Failed(_)) => {
            eprintln!("aura: {e}");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Requests as `--dry-run` prints them: method, URL, headers by name, body; several in
/// failover order.
pub(super) fn write_previews(out: &mut Output, previews: &[llm::Preview], json: bool) -> Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, previews)?;
        writeln!(out)?;
        return Ok(());
    }
    for (i, p) in previews.iter().enumerate() {
        let order =
            if previews.len() > 1 { format!(" (#{} in failover order)", i + 1) } else { String::new() };
        writeln!(out, "{} {}{order}", p.method, p.url)?;
        writeln!(out, "Content-Type: application/json")?;
        if let Some(var) = &p.key_from {
            writeln!(out, "Authorization: Bearer <the value of ${var}>")?;
        }
        writeln!(out)?;
        serde_json::to_writer_pretty(&mut *out, &p.body)?;
        writeln!(out)?;
    }
    Ok(())
}

pub(super) fn json_format(global: &GlobalArgs) -> Result<bool> {
    match global.format.as_deref() {
        None | Some("table" | "text") => Ok(false),
        Some("json") => Ok(true),
        Some(other) => bail!("unknown format `{other}` for `aura llm` (expected table or json)"),
    }
}
