//! The HTTP side: one blocking client per post, the forge's auth headers, and the status codes
//! sorted into "skip with a reason" and "fail".

use std::time::Duration;

use reqwest::blocking::Client;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;

use super::{Forge, ForgeError, TIMEOUT, Target};
use crate::llm::http::error_chain;

/// Why an upsert stopped early: a reason to skip (the token cannot write), or an error.
pub(super) enum Halt {
    Skip(String),
    Fail(ForgeError),
}

impl From<ForgeError> for Halt {
    fn from(e: ForgeError) -> Self {
        Self::Fail(e)
    }
}

/// A successful answer.
pub(super) struct Reply {
    pub headers: HeaderMap,
    text: String,
}

impl Reply {
    /// The body as the API's JSON shape.
    pub fn json<T: DeserializeOwned>(&self, url: &str) -> Result<T, Halt> {
        serde_json::from_str(&self.text).map_err(|e| {
            Halt::Fail(ForgeError::InvalidResponse { url: url.to_owned(), message: e.to_string() })
        })
    }
}

/// A client that sends the forge's auth headers on every request.
pub(super) struct Http {
    client: Client,
    forge: Forge,
    origin: Url,
}

impl Http {
    pub fn new(target: &Target, token: &str) -> Result<Self, ForgeError> {
        crate::llm::http::install_crypto_provider();
        let api = Url::parse(&target.api_url)
            .map_err(|e| ForgeError::Config(format!("the API URL `{}` is invalid: {e}", target.api_url)))?;
        let mut headers = HeaderMap::new();
        let secret = |value: String| {
            HeaderValue::from_str(&value)
                .map(|mut v| {
                    v.set_sensitive(true);
                    v
                })
                .map_err(|_| {
                    ForgeError::Config(format!(
                        "the {} token has characters not allowed in an HTTP header",
                        target.forge
                    ))
                })
        };
        match target.forge {
            Forge::GitHub => {
                headers.insert(AUTHORIZATION, secret(format!("Bearer {token}"))?);
                headers.insert(ACCEPT, HeaderValue::from_static("application/vnd.github+json"));
                headers.insert(
                    HeaderName::from_static("x-github-api-version"),
                    HeaderValue::from_static("2022-11-28"),
                );
            }
            Forge::GitLab => {
                headers.insert(HeaderName::from_static("private-token"), secret(token.to_owned())?);
                headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
            }
        }
        let mut builder = Client::builder()
            .user_agent(concat!("aura/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .timeout(TIMEOUT)
            .connect_timeout(Duration::from_secs(10));
        if crate::llm::is_loopback(&api) {
            // A local server (tests, a tunnel) is never behind the CI proxy.
            builder = builder.no_proxy();
        }
        let client = builder
            .build()
            .map_err(|e| ForgeError::Config(format!("cannot set up the HTTP client: {}", error_chain(&e))))?;
        Ok(Self { client, forge: target.forge, origin: api })
    }

    /// Whether `url` is on the API's scheme, host and port: the token goes only there.
    pub fn same_origin(&self, url: &str) -> bool {
        Url::parse(url).is_ok_and(|url| url.origin() == self.origin.origin())
    }

    /// A read.
    pub fn get(&self, url: &str) -> Result<Reply, Halt> {
        self.call(Method::GET, url, None)
    }

    /// A write of `{"body": body}`.
    pub fn write(&self, method: Method, url: &str, body: &str) -> Result<Reply, Halt> {
        self.call(method, url, Some(serde_json::json!({ "body": body })))
    }

    fn call(&self, method: Method, url: &str, json: Option<serde_json::Value>) -> Result<Reply, Halt> {
        let write = json.is_some();
        let mut request = self.client.request(method.clone(), url);
        if let Some(json) = &json {
            request = request.json(json);
        }
        let network = |e: reqwest::Error| ForgeError::Network {
            url: url.to_owned(),
            message: error_chain(&e.without_url()),
        };
        let response = request.send().map_err(network)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().map_err(network)?;
        if (200..300).contains(&status) {
            return Ok(Reply { headers, text });
        }
        let message = api_message(&text);
        let rate_limited = status == 429
            || headers.get("x-ratelimit-remaining").is_some_and(|v| v == "0")
            || message.to_ascii_lowercase().contains("rate limit");
        match status {
            401 => Err(Halt::Skip(self.rejected_reason(&message))),
            403 if !rate_limited => Err(Halt::Skip(self.read_only_reason(status, &message))),
            // GitHub answers a write it does not allow with 404 when the token cannot even
            // see that it could.
            404 if write => Err(Halt::Skip(self.read_only_reason(status, &message))),
            _ => Err(Halt::Fail(ForgeError::Status {
                method: method_name(&method),
                url: url.to_owned(),
                status,
                message,
            })),
        }
    }

    fn rejected_reason(&self, message: &str) -> String {
        match self.forge {
            Forge::GitHub => format!(
                "GitHub rejected the token (401: {message}); check GITHUB_TOKEN or AURA_GITHUB_TOKEN. \
                 The review is in the job summary and annotations"
            ),
            Forge::GitLab => format!(
                "GitLab rejected the token (401: {message}); AURA_GITLAB_TOKEN or GITLAB_TOKEN must be a \
                 project or personal access token with the `api` scope (CI_JOB_TOKEN cannot write merge \
                 request notes)"
            ),
        }
    }

    fn read_only_reason(&self, status: u16, message: &str) -> String {
        match self.forge {
            Forge::GitHub => format!(
                "the token cannot write comments ({status}: {message}); a pull request from a fork gets a \
                 read-only token, otherwise give the workflow `permissions: pull-requests: write`. The \
                 review is in the job summary and annotations"
            ),
            Forge::GitLab => format!(
                "the token cannot write merge request notes ({status}: {message}); it needs the `api` scope \
                 and a role that may comment on the merge request (CI_JOB_TOKEN cannot write notes)"
            ),
        }
    }
}

fn method_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PATCH => "PATCH",
        Method::PUT => "PUT",
        _ => "request",
    }
}

/// The API's error message (`{"message": …}` on both forges, `{"error": …}` on some GitLab
/// answers), else the start of the body.
fn api_message(text: &str) -> String {
    let json: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let field = json.as_ref().and_then(|j| j.get("message").or_else(|| j.get("error")));
    let message = match field {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => text.trim().chars().take(200).collect(),
    };
    if message.is_empty() { "no message".to_owned() } else { message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_messages_are_read_from_either_forge() {
        assert_eq!(
            api_message(r#"{"message":"Resource not accessible by integration"}"#),
            "Resource not accessible by integration"
        );
        assert_eq!(api_message(r#"{"error":"insufficient_scope"}"#), "insufficient_scope");
        assert_eq!(api_message(r#"{"message":{"note":["is too long"]}}"#), r#"{"note":["is too long"]}"#);
        assert_eq!(api_message("<html>Bad gateway</html>"), "<html>Bad gateway</html>");
        assert_eq!(api_message(""), "no message");
    }
}
