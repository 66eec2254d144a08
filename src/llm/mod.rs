//! The LLM layer: the providers aura may ask (an OpenAI-compatible server such as LM
//! Studio, llama.cpp or vLLM; Ollama's native API; a deterministic mock), reached through
//! one async HTTP edge ([`http`]) with timeouts and bounded retries.
//!
//! Local-first: a provider whose address is not on this machine is refused before any
//! connection unless `llm.allow_remote` is set, and each provider's API key (read from the
//! environment variable its `api_key_env` names) goes only to that provider. With no
//! provider routed, nothing here runs and aura works offline as before.
//!
//! Everything is async; a command enters it with [`block_on`] at its edge.

mod cache;
pub(crate) mod http;
mod mock;
mod ollama;
mod openai;
mod prompt;
mod route;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::config::{LlmConfig, ProviderConfig, ProviderKind};
pub use cache::ResponseCache;
pub use http::is_loopback;
pub use prompt::Templates;
pub use route::{Delta, Kind, RouteError, Routed, Router};

/// Who says a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

/// One message of a chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Self {
        Self { role: Role::System, content: content.into() }
    }
    pub fn user(content: impl Into<String>) -> Self {
        Self { role: Role::User, content: content.into() }
    }
}

/// A chat request, the same for every provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chat {
    pub messages: Vec<Message>,
    pub temperature: f32,
    pub max_tokens: u32,
    /// Ask for the answer as a stream (SSE or NDJSON); the reply is the same text.
    pub stream: bool,
    /// The prompt template and its version (`commit@1`), part of the cache key: a changed
    /// template never gets an answer to the old one.
    #[serde(skip)]
    pub template: String,
}

impl Chat {
    /// A deterministic chat of `messages` (temperature 0, so its answer may be cached).
    pub fn new(messages: Vec<Message>, max_tokens: u32, template: &str) -> Self {
        Self { messages, temperature: 0.0, max_tokens, stream: false, template: template.to_owned() }
    }
}

/// A provider's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub provider: String,
    pub model: String,
    pub text: String,
    /// Why the model stopped (`stop`, `length`), when the server says.
    pub finish_reason: Option<String>,
}

/// Exactly what a chat would send to a provider (`aura llm prompt --dry-run`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preview {
    pub provider: String,
    pub method: &'static str,
    pub url: String,
    /// `Authorization: Bearer` with the key from this variable, when it is set.
    pub key_from: Option<String>,
    pub body: serde_json::Value,
}

/// What `llm health` reports of one provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Health {
    pub provider: String,
    pub kind: &'static str,
    pub base_url: String,
    pub reachable: bool,
    /// Milliseconds of the check's first request, when it was answered.
    pub latency_ms: Option<u64>,
    pub models: Vec<String>,
    /// The server's own state when it has one (llama.cpp's `/health`: `ok`, `loading`).
    pub status: Option<String>,
    /// Why it is not usable.
    pub error: Option<String>,
}

/// Why a provider could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    #[error(
        "provider `{provider}` is at {url}, outside this machine: code would leave it. Set `llm.allow_remote: true` to allow it"
    )]
    Remote { provider: String, url: String },
    #[error("provider `{provider}`: {message}")]
    Config { provider: String, message: String },
    #[error("no provider named `{0}` in llm.providers")]
    Unknown(String),
    #[error("provider `{provider}` ({url}): {message}")]
    Network { provider: String, url: String, message: String },
    #[error("provider `{provider}` ({url}) answered {status}: {message}")]
    Status { provider: String, url: String, status: u16, message: String },
    #[error("provider `{provider}` ({url}): no answer within {seconds} s")]
    Timeout { provider: String, url: String, seconds: u64 },
    #[error("provider `{provider}` ({url}): {message}")]
    Protocol { provider: String, url: String, message: String },
}

impl LlmError {
    /// An error that is the provider's, not the configuration's: the next provider of a
    /// route may answer instead.
    pub fn is_provider_failure(&self) -> bool {
        !matches!(self, Self::Remote { .. } | Self::Config { .. } | Self::Unknown(_))
    }

    /// The provider refused the request as longer than its context window (OpenAI's and
    /// llama.cpp's 400 `context_length_exceeded`, a 413): the request's fault, not the
    /// provider's, so no cooldown; a shorter one may pass.
    pub fn is_too_long(&self) -> bool {
        match self {
            Self::Status { status: 413, .. } => true,
            Self::Status { status: 400, message, .. } => {
                let m = message.to_ascii_lowercase();
                m.contains("context length")
                    || m.contains("context_length")
                    || m.contains("context size")
                    || m.contains("too long")
                    || m.contains("maximum context")
            }
            _ => false,
        }
    }
}

/// One configured provider, ready to be asked.
pub struct Provider {
    config: ProviderConfig,
    base_url: String,
    backend: Backend,
}

enum Backend {
    Http(http::Edge),
    Mock(mock::Mock),
}

impl Provider {
    /// The provider as configured; refused when it is not on this machine and `allow_remote`
    /// is off (before any connection), or when its key variable is set but unusable.
    pub fn new(config: &ProviderConfig, allow_remote: bool) -> Result<Self, LlmError> {
        let name = config.name.clone();
        if config.kind == ProviderKind::Mock {
            let base_url = config.base_url.clone().unwrap_or_else(|| "built in".to_owned());
            return Ok(Self { config: config.clone(), base_url, backend: Backend::Mock(mock::Mock::new()) });
        }
        let base_url = config
            .effective_base_url()
            .ok_or_else(|| LlmError::Config { provider: name.clone(), message: "no base_url".into() })?
            .trim_end_matches('/')
            .to_owned();
        let url = reqwest::Url::parse(&base_url).map_err(|e| LlmError::Config {
            provider: name.clone(),
            message: format!("base_url `{base_url}` is not a URL: {e}"),
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(LlmError::Config {
                provider: name,
                message: format!("base_url `{base_url}` must be http:// or https://"),
            });
        }
        if !allow_remote && !is_loopback(&url) {
            return Err(LlmError::Remote { provider: name, url: base_url });
        }
        let key = match &config.api_key_env {
            Some(var) => std::env::var(var).ok().filter(|k| !k.is_empty()),
            None => None,
        };
        let edge = http::Edge::new(config, &base_url, key.as_deref())?;
        Ok(Self { config: config.clone(), base_url, backend: Backend::Http(edge) })
    }

    pub fn name(&self) -> &str {
        &self.config.name
    }

    /// The context window, in tokens (`context_window`).
    pub fn context_window(&self) -> u32 {
        self.config.context_window
    }

    pub fn kind(&self) -> ProviderKind {
        self.config.kind
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The mock's reply queue and request log (None for a real provider).
    pub fn mock(&self) -> Option<&mock::Mock> {
        match &self.backend {
            Backend::Mock(m) => Some(m),
            Backend::Http(_) => None,
        }
    }

    /// The models the server offers.
    pub async fn models(&self) -> Result<Vec<String>, LlmError> {
        match (&self.backend, self.config.kind) {
            (Backend::Mock(m), _) => Ok(m.models()),
            (Backend::Http(edge), ProviderKind::Ollama) => ollama::models(edge).await,
            (Backend::Http(edge), _) => openai::models(edge).await,
        }
    }

    /// The model to ask: the configured one, else the first the server lists.
    pub async fn model(&self) -> Result<String, LlmError> {
        if let Some(model) = &self.config.model {
            return Ok(model.clone());
        }
        self.models().await?.into_iter().next().ok_or_else(|| LlmError::Protocol {
            provider: self.config.name.clone(),
            url: self.base_url.clone(),
            message: "the server lists no model; set `model` for this provider".into(),
        })
    }

    /// The request [`Provider::chat`] would send, without sending it (an unset model is
    /// shown as the server's first, which only the server knows).
    pub fn preview(&self, chat: &Chat) -> Preview {
        let model =
            self.config.model.clone().unwrap_or_else(|| "(the first model the server lists)".to_owned());
        let (path, body) = match self.config.kind {
            ProviderKind::Ollama => ollama::request(&model, chat, self.config.context_window),
            _ => openai::request(&model, chat),
        };
        let key_from = self.config.api_key_env.clone().filter(|var| std::env::var_os(var).is_some());
        let url = match &self.backend {
            Backend::Http(edge) => edge.url(path),
            Backend::Mock(_) => self.base_url.clone(),
        };
        Preview { provider: self.config.name.clone(), method: "POST", url, key_from, body }
    }

    /// What identifies an answer in the response cache: the provider, its address, the
    /// model asked for, the messages and parameters, the template version.
    pub fn cache_key(&self, chat: &Chat) -> String {
        use sha2::Digest as _;
        let canonical = serde_json::json!({
            "provider": self.config.name,
            "kind": self.config.kind.as_str(),
            "base_url": self.base_url,
            "model": self.config.model,
            "context_window": self.config.context_window,
            "messages": chat.messages,
            "temperature": chat.temperature,
            "max_tokens": chat.max_tokens,
            "template": chat.template,
        });
        let digest = sha2::Sha256::digest(canonical.to_string().as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Ask the provider.
    pub async fn chat(&self, chat: &Chat) -> Result<Answer, LlmError> {
        self.chat_streaming(chat, &mut |_| {}).await
    }

    /// Ask the provider, showing `on_text` each piece of the answer as it arrives (the
    /// whole answer at once when it does not stream).
    pub async fn chat_streaming(
        &self,
        chat: &Chat,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Answer, LlmError> {
        let model = self.model().await?;
        let (text, finish_reason) = match (&self.backend, self.config.kind) {
            (Backend::Mock(m), _) => {
                let text = m.chat(chat);
                on_text(&text);
                (text, Some("stop".to_owned()))
            }
            (Backend::Http(edge), ProviderKind::Ollama) => {
                ollama::chat(edge, &model, chat, self.config.context_window, on_text).await?
            }
            (Backend::Http(edge), _) => openai::chat(edge, &model, chat, on_text).await?,
        };
        Ok(Answer { provider: self.config.name.clone(), model, text, finish_reason })
    }

    /// Whether the provider answers, how fast, and with which models.
    pub async fn health(&self) -> Health {
        let mut health = Health {
            provider: self.config.name.clone(),
            kind: self.config.kind.as_str(),
            base_url: self.base_url.clone(),
            reachable: false,
            latency_ms: None,
            models: Vec::new(),
            status: None,
            error: None,
        };
        let started = Instant::now();
        let outcome = match (&self.backend, self.config.kind) {
            (Backend::Mock(m), _) => Ok((m.models(), Some("ok".to_owned()))),
            (Backend::Http(edge), ProviderKind::Ollama) => ollama::health(edge).await,
            (Backend::Http(edge), _) => openai::health(edge).await,
        };
        match outcome {
            Ok((models, status)) => {
                health.reachable = true;
                health.latency_ms = Some(millis(started.elapsed()));
                health.models = models;
                health.status = status;
            }
            Err(e) => health.error = Some(e.to_string()),
        }
        health
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Every configured provider (or the one named), each built or refused.
pub fn providers(
    config: &LlmConfig,
    only: Option<&str>,
) -> Result<Vec<Result<Provider, LlmError>>, LlmError> {
    if let Some(name) = only {
        let provider = config.provider(name).ok_or_else(|| LlmError::Unknown(name.to_owned()))?;
        return Ok(vec![Provider::new(provider, config.allow_remote)]);
    }
    Ok(config.providers.iter().map(|p| Provider::new(p, config.allow_remote)).collect())
}

/// A model's answer made safe to use as text: control characters out (tabs and newlines
/// kept), the inside of a code fence when the answer is fenced, a leading label
/// (`Commit message:`) and wrapping quotes or backticks gone, trimmed.
pub fn sanitize(text: &str) -> String {
    let clean = strip_controls(&text.replace("\r\n", "\n"));
    let mut out = clean.trim();
    if let Some(start) = out.find("```") {
        let inner = &out[start + 3..];
        // the fence's info string (```text) ends at the first newline
        let inner = inner.split_once('\n').map_or(inner, |(_, rest)| rest);
        out = inner.split("```").next().unwrap_or(inner).trim();
    }
    for label in ["commit message:", "message:", "commit:"] {
        if out.len() >= label.len() && out[..label.len()].eq_ignore_ascii_case(label) {
            out = out[label.len()..].trim_start();
        }
    }
    for (open, close) in [('"', '"'), ('\'', '\''), ('`', '`'), ('“', '”')] {
        if out.len() >= 2 && out.starts_with(open) && out.ends_with(close) {
            out = out[open.len_utf8()..out.len() - close.len_utf8()].trim();
        }
    }
    out.to_owned()
}

/// `text` without control characters but newlines and tabs: what a model says may be
/// shown on a terminal, and must not drive it.
pub fn strip_controls(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}

/// Where the response cache and the provider cooldowns live: `llm.cache.dir` from the
/// repository root (or from `AURA_CACHE_DIR`, as `llm/` in it).
pub fn state_dir(config: &crate::config::Config, cwd: &std::path::Path) -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("AURA_CACHE_DIR").filter(|d| !d.is_empty()) {
        return cwd.join(dir).join("llm");
    }
    let root = crate::git::Repo::discover(cwd)
        .ok()
        .and_then(|repo| repo.workdir().map(std::path::Path::to_path_buf))
        .unwrap_or_else(|| cwd.to_path_buf());
    root.join(&config.llm.cache.dir)
}

/// Run `future` to its end on a runtime of this thread: the one place a command enters the
/// async layer.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread tokio runtime builds")
        .block_on(future)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_sanitised() {
        assert_eq!(sanitize("```text\nfeat: add x\n```\nThis message says"), "feat: add x");
        assert_eq!(sanitize("\"fix(core): handle y\""), "fix(core): handle y");
        assert_eq!(sanitize("Commit message: `docs: explain`"), "docs: explain");
        assert_eq!(sanitize("\u{1b}[31mfeat: a\u{7}\r\n\nbody\tok"), "[31mfeat: a\n\nbody\tok");
        assert_eq!(sanitize("  \u{0}  "), "");
    }
}
