//! The async HTTP edge every provider speaks through: one client per provider (its key in
//! its own default headers, marked sensitive so it is never logged), a connect timeout, a
//! timeout for the answer to start and between streamed parts, a total timeout, and bounded
//! retries on 408, 429, 5xx and connection errors that honour `Retry-After` (as the
//! OpenAI client does: backoff from 0.5 s to 8 s, no retry past a 120 s wait).

use std::sync::Once;
use std::time::{Duration, Instant};

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Client, Method, Response, Url};
use serde_json::Value;

use super::LlmError;
use crate::config::ProviderConfig;

/// A `Retry-After` longer than this is not waited for: the provider fails now.
const LONGEST_WAIT: Duration = Duration::from_secs(120);

/// One provider's HTTP client.
pub(super) struct Edge {
    client: Client,
    provider: String,
    base_url: String,
    first_byte: Duration,
    total: Duration,
    max_retries: u32,
}

/// What a streamed line means to its reader.
pub(super) enum Flow {
    More,
    Done,
}

impl Edge {
    pub(super) fn new(config: &ProviderConfig, base_url: &str, key: Option<&str>) -> Result<Self, LlmError> {
        install_crypto_provider();
        let config_error = |message: String| LlmError::Config { provider: config.name.clone(), message };
        let mut headers = HeaderMap::new();
        if let Some(key) = key {
            let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
                config_error("the API key has characters not allowed in an HTTP header".into())
            })?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
        }
        let mut builder = Client::builder()
            .user_agent(concat!("aura/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .connect_timeout(Duration::from_secs(config.connect_timeout))
            // a redirect could carry the key to another host
            .redirect(reqwest::redirect::Policy::none());
        if Url::parse(base_url).is_ok_and(|u| is_loopback(&u)) {
            builder = builder.no_proxy();
        }
        let client = builder
            .build()
            .map_err(|e| config_error(format!("cannot set up the HTTP client: {}", error_chain(&e))))?;
        Ok(Self {
            client,
            provider: config.name.clone(),
            base_url: base_url.to_owned(),
            first_byte: Duration::from_secs(config.first_byte_timeout),
            total: Duration::from_secs(config.timeout),
            max_retries: config.max_retries,
        })
    }

    /// `path` under the base URL (`/models`), or under its origin when it starts with `//`
    /// (`//health`: llama.cpp and vLLM serve it beside `/v1`, not in it).
    pub(super) fn url(&self, path: &str) -> String {
        match path.strip_prefix('/').and_then(|p| p.strip_prefix('/')) {
            Some(rooted) => match Url::parse(&self.base_url) {
                Ok(base) => format!("{}/{rooted}", base.origin().ascii_serialization()),
                Err(_) => format!("{}/{rooted}", self.base_url),
            },
            None => format!("{}{path}", self.base_url),
        }
    }

    /// A GET answered 2xx, as JSON.
    pub(super) async fn get_json(&self, path: &str) -> Result<Value, LlmError> {
        let url = self.url(path);
        let response = self.send(Method::GET, &url, None).await?;
        let text = self.body(response, &url).await?;
        serde_json::from_str(&text).map_err(|e| self.protocol(&url, format!("the answer is not JSON: {e}")))
    }

    /// A GET, once, whatever its status: (status, body). For health checks.
    pub(super) async fn probe(&self, path: &str) -> Result<(u16, String), LlmError> {
        let url = self.url(path);
        let request = self.client.get(&url).send();
        let response = match tokio::time::timeout(self.first_byte, request).await {
            Err(_) => return Err(self.timeout(&url, self.first_byte)),
            Ok(Err(e)) => return Err(self.network(&url, &e)),
            Ok(Ok(response)) => response,
        };
        let status = response.status().as_u16();
        Ok((status, self.body(response, &url).await?))
    }

    /// A POST of `body` answered 2xx, as JSON.
    pub(super) async fn post_json(&self, path: &str, body: &Value) -> Result<Value, LlmError> {
        let url = self.url(path);
        let work = async {
            let response = self.send(Method::POST, &url, Some(body)).await?;
            let text = self.body(response, &url).await?;
            serde_json::from_str(&text)
                .map_err(|e| self.protocol(&url, format!("the answer is not JSON: {e}")))
        };
        tokio::time::timeout(self.total, work).await.unwrap_or_else(|_| Err(self.timeout(&url, self.total)))
    }

    /// A POST whose 2xx answer is read line by line as it arrives: `read` is given each
    /// non-empty line and says when the stream is complete. A stream that ends before
    /// `read` says [`Flow::Done`] is a failure (a server that gave up mid-answer).
    pub(super) async fn post_lines(
        &self,
        path: &str,
        body: &Value,
        read: &mut (dyn FnMut(&str) -> Result<Flow, String> + Send),
    ) -> Result<(), LlmError> {
        let url = self.url(path);
        let work = async {
            let mut response = self.send(Method::POST, &url, Some(body)).await?;
            let mut pending: Vec<u8> = Vec::new();
            loop {
                let chunk = match tokio::time::timeout(self.first_byte, response.chunk()).await {
                    Err(_) => return Err(self.timeout(&url, self.first_byte)),
                    Ok(Err(e)) => return Err(self.network(&url, &e)),
                    Ok(Ok(chunk)) => chunk,
                };
                let Some(chunk) = chunk else {
                    return Err(self.protocol(&url, "the stream ended before its last message".into()));
                };
                pending.extend_from_slice(&chunk);
                while let Some(end) = memchr::memchr(b'\n', &pending) {
                    let line: Vec<u8> = pending.drain(..=end).collect();
                    let line = String::from_utf8_lossy(&line);
                    let line = line.trim();
                    if line.is_empty() {
                        continue;
                    }
                    match read(line).map_err(|message| self.protocol(&url, message))? {
                        Flow::More => {}
                        Flow::Done => return Ok(()),
                    }
                }
            }
        };
        tokio::time::timeout(self.total, work).await.unwrap_or_else(|_| Err(self.timeout(&url, self.total)))
    }

    /// Send, retrying what may pass on a second try; a 2xx response, or the last error.
    async fn send(&self, method: Method, url: &str, body: Option<&Value>) -> Result<Response, LlmError> {
        let mut attempt = 0;
        loop {
            let mut request = self.client.request(method.clone(), url);
            if let Some(body) = body {
                request = request.json(body);
            }
            let started = Instant::now();
            let outcome = tokio::time::timeout(self.first_byte, request.send()).await;
            let (error, wait) = match outcome {
                Err(_) => (self.timeout(url, self.first_byte), None),
                Ok(Err(e)) => {
                    let retry = e.is_connect() || e.is_request() || e.is_timeout();
                    let error = self.network(url, &e);
                    if !retry {
                        return Err(error);
                    }
                    (error, None)
                }
                Ok(Ok(response)) if response.status().is_success() => return Ok(response),
                Ok(Ok(response)) => {
                    let status = response.status().as_u16();
                    let wait = retry_after(response.headers());
                    let text = response.text().await.unwrap_or_default();
                    let error = LlmError::Status {
                        provider: self.provider.clone(),
                        url: url.to_owned(),
                        status,
                        message: error_message(&text),
                    };
                    if !(status == 408 || status == 409 || status == 429 || status >= 500) {
                        return Err(error);
                    }
                    (error, wait)
                }
            };
            if attempt >= self.max_retries {
                return Err(error);
            }
            let wait = wait.unwrap_or_else(|| backoff(attempt));
            if wait > LONGEST_WAIT {
                return Err(error);
            }
            tracing::info!(provider = %self.provider, %url, %error, attempt, wait_ms = wait.as_millis() as u64,
                elapsed_ms = started.elapsed().as_millis() as u64, "retrying");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    async fn body(&self, response: Response, url: &str) -> Result<String, LlmError> {
        match tokio::time::timeout(self.total, response.text()).await {
            Err(_) => Err(self.timeout(url, self.total)),
            Ok(Err(e)) => Err(self.network(url, &e)),
            Ok(Ok(text)) => Ok(text),
        }
    }

    pub(super) fn protocol(&self, url: &str, message: String) -> LlmError {
        LlmError::Protocol { provider: self.provider.clone(), url: url.to_owned(), message }
    }

    fn network(&self, url: &str, e: &reqwest::Error) -> LlmError {
        LlmError::Network { provider: self.provider.clone(), url: url.to_owned(), message: error_chain(e) }
    }

    fn timeout(&self, url: &str, after: Duration) -> LlmError {
        LlmError::Timeout { provider: self.provider.clone(), url: url.to_owned(), seconds: after.as_secs() }
    }
}

/// Install rustls' crypto provider, once per process: reqwest is built without one
/// (aws-lc is slow to build), and every HTTP client (the providers, the forges) needs it.
/// `Err` from rustls means another part of the process installed one first, as good. rustls
/// 0.23.48 deprecates ring's provider for lacking post-quantum key exchange, which a REST
/// call can do without.
pub(crate) fn install_crypto_provider() {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// The wait before retry `attempt` (0-based) when the server names none: 0.5 s doubling,
/// at most 8 s.
fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(500u64.saturating_mul(1 << attempt.min(4))).min(Duration::from_secs(8))
}

/// The server's `retry-after-ms` or `Retry-After` (seconds; an HTTP date counts as 1 s,
/// rather than parsing clocks that may disagree).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = text(RETRY_AFTER.as_str())?;
    match value.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && seconds >= 0.0 => Some(Duration::from_secs_f64(seconds)),
        Ok(_) => None,
        Err(_) => Some(Duration::from_secs(1)),
    }
}

/// The message of an error body, whatever shape the server uses: OpenAI's and llama.cpp's
/// `{"error": {"message"}}`, Ollama's `{"error": "…"}`, FastAPI's `{"detail"}`, a
/// `{"message"}`, else the start of the text.
pub(super) fn error_message(text: &str) -> String {
    let json: Option<Value> = serde_json::from_str(text.trim()).ok();
    let found = json.as_ref().and_then(|j| {
        let error = j.get("error");
        let nested = error.and_then(|e| e.get("message")).and_then(Value::as_str);
        nested
            .or_else(|| error.and_then(Value::as_str))
            .or_else(|| j.get("detail").and_then(Value::as_str))
            .or_else(|| j.get("message").and_then(Value::as_str))
            .map(str::to_owned)
            .or_else(|| error.map(Value::to_string))
    });
    let message = found.unwrap_or_else(|| text.trim().chars().take(200).collect());
    if message.is_empty() { "no message".to_owned() } else { message }
}

/// Whether `url` names this machine: `localhost` (and its subdomains, which resolve to it
/// by RFC 6761) or a loopback address. Names are not resolved: a name that happens to
/// resolve to 127.0.0.1 today is still a remote name.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// An error with its causes: reqwest's own message ("error sending request") says little.
pub(crate) fn error_chain(e: &reqwest::Error) -> String {
    if e.is_connect() {
        // reqwest's and hyper's wrappers say nothing the innermost cause does not
        let mut inner: &dyn std::error::Error = e;
        while let Some(next) = inner.source() {
            inner = next;
        }
        return format!("cannot connect: {inner}");
    }
    let mut out = if e.is_timeout() { "timed out".to_owned() } else { e.without_url_text() };
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

trait WithoutUrl {
    fn without_url_text(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    fn without_url_text(&self) -> String {
        let mut text = self.to_string();
        if let Some(url) = self.url() {
            text = text.replace(&format!(" ({url})"), "").replace(url.as_str(), "");
        }
        text.trim().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_of_every_server_give_their_message() {
        let openai = r#"{"error":{"message":"context too long","type":"invalid_request_error","code":"context_length_exceeded"}}"#;
        assert_eq!(error_message(openai), "context too long");
        assert_eq!(
            error_message(r#"{"error":"model \"x\" not found, try pulling it first"}"#),
            "model \"x\" not found, try pulling it first"
        );
        assert_eq!(error_message(r#"{"detail":"Invalid API key"}"#), "Invalid API key");
        assert_eq!(error_message(r#"{"error":{"code":503}}"#), r#"{"code":503}"#);
        assert_eq!(error_message("Internal Server Error"), "Internal Server Error");
        assert_eq!(error_message(""), "no message");
    }

    #[test]
    fn retry_after_in_seconds_milliseconds_or_a_date() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(1)));
        headers.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(250)));
    }

    #[test]
    fn backoff_doubles_to_a_cap() {
        let waits: Vec<u64> = (0..7).map(|a| backoff(a).as_millis() as u64).collect();
        assert_eq!(waits, [500, 1000, 2000, 4000, 8000, 8000, 8000]);
    }

    #[test]
    fn only_this_machine_is_loopback() {
        for (url, local) in [
            ("http://localhost:1234/v1", true),
            ("http://LOCALHOST./", true),
            ("http://api.localhost/", true),
            ("http://127.0.0.1:11434", true),
            ("http://127.8.9.1/", true),
            ("http://[::1]:8080/", true),
            ("http://localhost.example.com/", false),
            ("http://10.0.0.2:1234/v1", false),
            ("https://api.openai.com/v1", false),
            ("http://0.0.0.0:1234/", false),
        ] {
            assert_eq!(is_loopback(&Url::parse(url).unwrap()), local, "{url}");
        }
    }
}
