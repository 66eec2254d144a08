//! The `llm:` and `serve:` sections: the integrations that talk to other processes.

use serde::{Deserialize, Serialize};

use super::enums::{ProviderKind, Role};
use super::schema::MIB;

/// `llm:` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LlmConfig {
    /// The providers aura may call, by name.
    pub providers: Vec<ProviderConfig>,
    /// Which providers serve each request type, in failover order.
    pub routing: RoutingConfig,
    /// The on-disk response cache.
    pub cache: LlmCacheConfig,
    /// Allow providers outside this machine (code leaves it); loopback only when false.
    pub allow_remote: bool,
    /// Seconds a failing provider is skipped before being tried again.
    pub cooldown: u64,
    /// A directory whose prompt templates (`commit.system.j2`, `commit.user.j2`) replace the
    /// built-in ones, relative to the repository root unless absolute.
    pub prompts_dir: Option<String>,
}

impl Default for LlmConfig {
    fn default() -> Self {
        Self {
            providers: vec![
                ProviderConfig::new("lm_studio", ProviderKind::OpenAi),
                ProviderConfig::new("ollama", ProviderKind::Ollama),
                ProviderConfig::new("mock", ProviderKind::Mock),
            ],
            routing: RoutingConfig::default(),
            cache: LlmCacheConfig::default(),
            allow_remote: false,
            cooldown: 30,
            prompts_dir: None,
        }
    }
}

impl LlmConfig {
    /// The provider named `name`.
    pub fn provider(&self, name: &str) -> Option<&ProviderConfig> {
        self.providers.iter().find(|p| p.name == name)
    }
}

/// One LLM provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// The name routing refers to.
    pub name: String,
    /// The protocol it speaks.
    pub kind: ProviderKind,
    /// The server's base URL; unset uses the kind's default.
    #[serde(default)]
    pub base_url: Option<String>,
    /// The model to request; unset uses the first the server lists.
    #[serde(default)]
    pub model: Option<String>,
    /// The environment variable holding the API key (sent only to this provider).
    #[serde(default)]
    pub api_key_env: Option<String>,
    /// Seconds to wait for a connection.
    #[serde(default = "defaults::connect_timeout")]
    pub connect_timeout: u64,
    /// Seconds a whole request may take.
    #[serde(default = "defaults::timeout")]
    pub timeout: u64,
    /// Seconds to wait for the answer to start, and between two parts of a streamed one
    /// (a loaded model starts within it; a stuck one is given up early).
    #[serde(default = "defaults::first_byte_timeout")]
    pub first_byte_timeout: u64,
    /// Retries on 408, 429 and 5xx answers.
    #[serde(default = "defaults::max_retries")]
    pub max_retries: u32,
    /// The context window in tokens (sent to Ollama as `num_ctx`).
    #[serde(default = "defaults::context_window")]
    pub context_window: u32,
}

impl ProviderConfig {
    /// A provider of `kind` named `name` at the kind's default address.
    pub fn new(name: &str, kind: ProviderKind) -> Self {
        Self {
            name: name.to_owned(),
            kind,
            base_url: kind.default_base_url().map(str::to_owned),
            model: None,
            api_key_env: None,
            connect_timeout: defaults::connect_timeout(),
            timeout: defaults::timeout(),
            first_byte_timeout: defaults::first_byte_timeout(),
            max_retries: defaults::max_retries(),
            context_window: defaults::context_window(),
        }
    }

    /// The base URL to use: the configured one or the kind's default.
    pub fn effective_base_url(&self) -> Option<&str> {
        self.base_url.as_deref().or(self.kind.default_base_url())
    }
}

/// Defaults of list items, which serde fills per field.
mod defaults {
    pub(super) fn connect_timeout() -> u64 {
        5
    }
    pub(super) fn timeout() -> u64 {
        120
    }
    pub(super) fn first_byte_timeout() -> u64 {
        60
    }
    pub(super) fn max_retries() -> u32 {
        2
    }
    pub(super) fn context_window() -> u32 {
        8192
    }
}

/// `llm.routing:` provider names per request type, in failover order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoutingConfig {
    /// Used by every request type whose own list is empty; empty means no LLM (offline).
    pub default: Vec<String>,
    /// Commit-message drafting.
    pub commit: Vec<String>,
    /// Review comments.
    pub review: Vec<String>,
    /// Questions (`aura ask`).
    pub question: Vec<String>,
}

impl RoutingConfig {
    /// The provider names for one request type's list, falling back to `default`.
    pub fn resolve<'a>(&'a self, list: &'a [String]) -> &'a [String] {
        if list.is_empty() { &self.default } else { list }
    }
}

/// `llm.cache:` the response cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LlmCacheConfig {
    /// Cache deterministic (temperature 0) answers.
    pub enabled: bool,
    /// The cache directory, relative to the repository root unless absolute.
    pub dir: String,
    /// The most bytes the cache may hold; the oldest entries go first.
    pub max_size: u64,
}

impl Default for LlmCacheConfig {
    fn default() -> Self {
        Self { enabled: true, dir: ".aura/cache/llm".to_owned(), max_size: 64 * MIB }
    }
}

/// `serve:` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServeConfig {
    /// The socket address to listen on; a non-loopback one needs `auth.tokens`.
    pub bind: String,
    /// Bearer tokens.
    pub auth: AuthConfig,
    /// Seconds an issued token stays valid.
    pub token_expiry: u64,
    /// Per-token request rate limits.
    pub rate_limiting: RateLimiting,
    /// Analyses that may run at the same time.
    pub max_concurrent_analysis: usize,
    /// Analysis results kept in memory.
    pub cache_size: usize,
    /// Seconds a request may take.
    pub request_timeout: u64,
    /// The largest request body, in bytes.
    pub body_limit: u64,
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".to_owned(),
            auth: AuthConfig::default(),
            token_expiry: 3600,
            rate_limiting: RateLimiting::default(),
            max_concurrent_analysis: 10,
            cache_size: 1000,
            request_timeout: 30,
            body_limit: 10 * MIB,
        }
    }
}

/// `serve.auth:` bearer tokens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    /// The accepted tokens; empty disables authentication (loopback binds only).
    pub tokens: Vec<TokenConfig>,
}

/// One accepted bearer token, never stored in clear in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// A name for audit logs.
    pub name: String,
    /// What the token may do.
    pub role: Role,
    /// The SHA-256 of the token, in hex (set this or `env`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// The environment variable holding the token (set this or `sha256`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,
}

/// `serve.rate_limiting:` a token bucket per token.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimiting {
    /// Sustained requests per minute.
    pub requests_per_minute: u32,
    /// Requests allowed at once above the sustained rate.
    pub burst_size: u32,
}

impl Default for RateLimiting {
    fn default() -> Self {
        Self { requests_per_minute: 100, burst_size: 20 }
    }
}
