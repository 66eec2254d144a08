//! Routing: each request type (`llm.routing.commit|review|question`, else `default`) goes
//! to an ordered list of providers; a provider that fails is left for the next one and
//! cooled down for `llm.cooldown` seconds (remembered on disk beside the response cache, so
//! the next command skips it too), and a deterministic answer is looked up in the response
//! cache before any provider is asked.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{Answer, Chat, LlmError, Provider, ResponseCache};
use crate::config::LlmConfig;

/// What a request is for: it picks the route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Commit,
    Review,
    Question,
    Default,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Commit => "commit",
            Self::Review => "review",
            Self::Question => "question",
            Self::Default => "default",
        }
    }
}

/// Why a routed request got no answer.
#[derive(Debug, thiserror::Error)]
pub enum RouteError {
    #[error("no LLM provider is routed for {0} requests: set `llm.routing.{0}` or `llm.routing.default`")]
    NoRoute(&'static str),
    /// A provider the configuration names cannot be used at all (not on this machine, no
    /// such provider): a configuration error, never skipped over.
    #[error(transparent)]
    Refused(LlmError),
    #[error("no provider answered: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Failed(Vec<LlmError>),
}

/// What a streamed answer shows as it goes.
#[derive(Debug, Clone, Copy)]
pub enum Delta<'a> {
    /// The next piece of the answer.
    Text(&'a str),
    /// The provider failed after some of its answer was shown: what follows is another
    /// provider's answer, from its start.
    Failed { provider: &'a str },
}

/// An answer, and how it was got.
#[derive(Debug, Clone)]
pub struct Routed {
    pub answer: Answer,
    /// From the response cache: no provider was asked.
    pub cached: bool,
    /// The providers that failed before one answered.
    pub failures: Vec<LlmError>,
}

pub struct Router {
    config: LlmConfig,
    providers: Vec<(String, Result<Provider, LlmError>)>,
    cache: Option<ResponseCache>,
    /// Where the cooldowns are kept between commands (None: in memory only).
    state: Option<PathBuf>,
    cooldowns: Mutex<HashMap<String, u64>>,
}

impl Router {
    /// Every configured provider, built (a refused one fails only when it is used); the
    /// response cache and the cooldowns in `dir` (`llm.cache.dir`), when there is one.
    pub fn new(config: &LlmConfig, dir: Option<PathBuf>) -> Self {
        let providers = config
            .providers
            .iter()
            .map(|p| (p.name.clone(), Provider::new(p, config.allow_remote)))
            .collect();
        let cache = match &dir {
            Some(dir) if config.cache.enabled => Some(ResponseCache::new(dir.clone(), config.cache.max_size)),
            _ => None,
        };
        let state = dir.map(|d| d.join("cooldown.json"));
        let cooldowns = state
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Self { config: config.clone(), providers, cache, state, cooldowns: Mutex::new(cooldowns) }
    }

    /// The provider names `kind` goes to, in order.
    pub fn route(&self, kind: Kind) -> &[String] {
        let routing = &self.config.routing;
        let list = match kind {
            Kind::Commit => &routing.commit,
            Kind::Review => &routing.review,
            Kind::Question => &routing.question,
            Kind::Default => &routing.default,
        };
        routing.resolve(list)
    }

    /// The smallest context window (tokens) among the usable providers routed for `kind`:
    /// what a prompt for it must fit, whichever provider answers.
    pub fn context_window(&self, kind: Kind) -> usize {
        self.route(kind)
            .iter()
            .filter_map(|n| self.provider(n).ok())
            .map(|p| p.context_window() as usize)
            .min()
            .unwrap_or(4096)
    }

    /// Whether any provider serves `kind` (false: aura works offline for it).
    pub fn is_routed(&self, kind: Kind) -> bool {
        !self.route(kind).is_empty()
    }

    /// The provider named `name`, or why it cannot be used.
    pub fn provider(&self, name: &str) -> Result<&Provider, LlmError> {
        match self.providers.iter().find(|(n, _)| n == name) {
            Some((_, Ok(provider))) => Ok(provider),
            Some((_, Err(e))) => Err(e.clone()),
            None => Err(LlmError::Unknown(name.to_owned())),
        }
    }

    /// Ask the providers routed for `kind`, in order, the cooled-down ones last.
    pub async fn ask(&self, kind: Kind, chat: &Chat) -> Result<Routed, RouteError> {
        self.ask_streaming(kind, chat, &mut |_| {}).await
    }

    /// [`Router::ask`], showing `on` the answer as it arrives, and each provider that
    /// failed after part of its answer was shown (the next one starts again).
    pub async fn ask_streaming(
        &self,
        kind: Kind,
        chat: &Chat,
        on: &mut (dyn FnMut(Delta) + Send),
    ) -> Result<Routed, RouteError> {
        let names = self.route(kind);
        if names.is_empty() {
            return Err(RouteError::NoRoute(kind.as_str()));
        }
        let mut providers = Vec::new();
        for name in names {
            providers.push(self.provider(name).map_err(RouteError::Refused)?);
        }
        let now = now();
        let cooling = |p: &&Provider| self.cooldown_until(p.name()).is_some_and(|until| until > now);
        let (cool, ready): (Vec<&Provider>, Vec<&Provider>) = providers.into_iter().partition(cooling);
        for p in &cool {
            tracing::info!(provider = p.name(), "cooling down after a failure: tried last");
        }
        self.ask_in_order(ready.into_iter().chain(cool), chat, on).await
    }

    /// Ask one provider by name (no failover).
    pub async fn ask_provider(&self, name: &str, chat: &Chat) -> Result<Routed, RouteError> {
        self.ask_provider_streaming(name, chat, &mut |_| {}).await
    }

    /// [`Router::ask_provider`], showing `on` the answer as it arrives.
    pub async fn ask_provider_streaming(
        &self,
        name: &str,
        chat: &Chat,
        on: &mut (dyn FnMut(Delta) + Send),
    ) -> Result<Routed, RouteError> {
        let provider = self.provider(name).map_err(RouteError::Refused)?;
        self.ask_in_order(std::iter::once(provider), chat, on).await
    }

    async fn ask_in_order<'a>(
        &self,
        providers: impl Iterator<Item = &'a Provider> + Clone,
        chat: &Chat,
        on: &mut (dyn FnMut(Delta) + Send),
    ) -> Result<Routed, RouteError> {
        let cacheable = chat.temperature == 0.0;
        if let Some(cache) = self.cache.as_ref().filter(|_| cacheable) {
            for provider in providers.clone() {
                if let Some(answer) = cache.get(&provider.cache_key(chat)) {
                    on(Delta::Text(&answer.text));
                    return Ok(Routed { answer, cached: true, failures: Vec::new() });
                }
            }
        }
        let mut failures = Vec::new();
        for provider in providers {
            let mut shown = false;
            let answered = provider
                .chat_streaming(chat, &mut |text| {
                    shown |= !text.is_empty();
                    on(Delta::Text(text));
                })
                .await;
            if answered.is_err() && shown {
                on(Delta::Failed { provider: provider.name() });
            }
            match answered {
                Ok(answer) => {
                    if let Some(cache) = self.cache.as_ref().filter(|_| cacheable) {
                        cache.put(&provider.cache_key(chat), &answer);
                    }
                    self.set_cooldown(provider.name(), None);
                    return Ok(Routed { answer, cached: false, failures });
                }
                Err(e) if e.is_too_long() => {
                    // another provider's window may be larger; this one is not at fault
                    tracing::info!(provider = provider.name(), error = %e, "the request is too long for the provider");
                    failures.push(e);
                }
                Err(e) if e.is_provider_failure() => {
                    tracing::info!(provider = provider.name(), error = %e, "provider failed; trying the next");
                    self.set_cooldown(provider.name(), Some(now() + self.config.cooldown));
                    failures.push(e);
                }
                Err(e) => return Err(RouteError::Refused(e)),
            }
        }
        Err(RouteError::Failed(failures))
    }

    fn cooldown_until(&self, name: &str) -> Option<u64> {
        self.cooldowns.lock().unwrap_or_else(|e| e.into_inner()).get(name).copied()
    }

    /// Start (`Some(until)`) or end a provider's cooldown, and remember it.
    fn set_cooldown(&self, name: &str, until: Option<u64>) {
        let mut cooldowns = self.cooldowns.lock().unwrap_or_else(|e| e.into_inner());
        let changed = match until {
            Some(until) => cooldowns.insert(name.to_owned(), until) != Some(until),
            None => cooldowns.remove(name).is_some(),
        };
        let Some(path) = self.state.as_ref().filter(|_| changed) else { return };
        let now = now();
        cooldowns.retain(|_, until| *until > now);
        let saved = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| {
            let dir = path.parent().unwrap_or(std::path::Path::new("."));
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            serde_json::to_writer(&mut file, &*cooldowns)?;
            file.persist(path).map_err(|e| e.error)?;
            Ok(())
        });
        if let Err(e) = saved {
            tracing::info!(path = %path.display(), error = %e, "cannot remember the provider cooldowns");
        }
    }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs()
}
