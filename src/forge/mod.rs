//! Posting the sticky review comment to a forge (SPEC 8): a GitHub pull-request comment or a
//! GitLab merge-request note that holds a hidden marker, so a rerun edits it instead of
//! adding another.
//!
//! Posting never fails a review: a missing or read-only token is [`Posted::Skipped`] with a
//! sentence saying why; only a network error or a server error that survives one retry (or
//! a misconfiguration) is a [`ForgeError`], which the caller prints as a warning.
//!
//! The client is reqwest's blocking one: call [`post_sticky`] from synchronous code, not from
//! inside an async runtime.

mod body;
mod client;
mod github;
mod gitlab;

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use client::{Halt, Http};

/// The forges aura can post to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Forge {
    GitHub,
    GitLab,
}

impl Forge {
    /// The largest comment body the forge accepts, in characters.
    pub const fn max_body_chars(self) -> usize {
        match self {
            Self::GitHub => 65_536,
            Self::GitLab => 1_000_000,
        }
    }
}

impl fmt::Display for Forge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::GitHub => "GitHub",
            Self::GitLab => "GitLab",
        })
    }
}

impl FromStr for Forge {
    type Err = ForgeError;

    /// `github` or `gitlab`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "github" => Ok(Self::GitHub),
            "gitlab" => Ok(Self::GitLab),
            _ => Err(ForgeError::Config(format!("unknown forge `{s}` (expected `github` or `gitlab`)"))),
        }
    }
}

/// Where to post: the forge's API, the repository or project, and the pull or merge request.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    pub forge: Forge,
    /// The REST API base without a trailing slash (`https://api.github.com`,
    /// `https://gitlab.com/api/v4`).
    pub api_url: String,
    /// GitHub: `owner/repo`. GitLab: the numeric project id or the `group/project` path
    /// (encoded when it goes into a URL).
    pub project: String,
    /// The pull-request number (GitHub) or merge-request iid (GitLab).
    pub number: u64,
    /// The API token; `None` makes [`post_sticky`] skip with a reason.
    pub token: Option<String>,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the token: Debug output ends up in logs.
        f.debug_struct("Target")
            .field("forge", &self.forge)
            .field("api_url", &self.api_url)
            .field("project", &self.project)
            .field("number", &self.number)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl Target {
    /// Reads the target from CI environment variables through `var` (pass
    /// `|name| std::env::var(name).ok()` in production). Empty values count as unset.
    ///
    /// GitHub: `GITHUB_API_URL` (default `https://api.github.com`), `GITHUB_REPOSITORY`,
    /// token `AURA_GITHUB_TOKEN` then `GITHUB_TOKEN`, number `AURA_PR_NUMBER`, else the event
    /// payload at `GITHUB_EVENT_PATH`, else `GITHUB_REF` (`refs/pull/N/merge`).
    /// GitLab: `CI_API_V4_URL` (else `CI_SERVER_URL` + `/api/v4`, else gitlab.com),
    /// `CI_PROJECT_ID` (else `CI_PROJECT_PATH`), token `AURA_GITLAB_TOKEN` then
    /// `GITLAB_TOKEN`, iid `AURA_PR_NUMBER` else `CI_MERGE_REQUEST_IID`.
    pub fn from_env(forge: Forge, var: impl Fn(&str) -> Option<String>) -> Result<Target, ForgeError> {
        let get = |name: &str| var(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        match forge {
            Forge::GitHub => github::target_from_env(&get),
            Forge::GitLab => gitlab::target_from_env(&get),
        }
    }
}

/// What [`post_sticky`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// A new comment, with its web address when the forge returns one.
    Created { id: u64, url: Option<String> },
    /// The existing comment holding the marker was edited.
    Updated { id: u64, url: Option<String> },
    /// Nothing was posted (no token, or one that cannot write); the reason is a sentence
    /// to show the user.
    Skipped { reason: String },
}

/// Why posting failed: a misconfiguration, or the forge could not be reached.
#[derive(Debug, thiserror::Error)]
pub enum ForgeError {
    /// Not running for a pull or merge request: the variables that would name it are unset.
    #[error("no {what} to comment on: {detail}")]
    NoChangeRequest { what: &'static str, detail: String },
    /// An environment value or argument that cannot work.
    #[error("{0}")]
    Config(String),
    /// The event payload named by `GITHUB_EVENT_PATH` could not be read.
    #[error("cannot read the GitHub event payload {}: {message}", path.display())]
    EventPayload { path: PathBuf, message: String },
    /// No answer (connection refused, DNS, TLS, timeout), after one retry.
    #[error("cannot reach {url}: {message}")]
    Network { url: String, message: String },
    /// An answer with an unexpected status (5xx after one retry, rate limits, 404 on read).
    #[error("{method} {url} answered {status}: {message}")]
    Status { method: &'static str, url: String, status: u16, message: String },
    /// A success status with a body that is not what the API documents.
    #[error("unexpected answer from {url}: {message}")]
    InvalidResponse { url: String, message: String },
}

impl ForgeError {
    /// A failure that may pass on its own (network, 5xx): worth one retry.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Network { .. } => true,
            Self::Status { status, .. } => *status >= 500,
            _ => false,
        }
    }
}

/// How long one request may take, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(30);
const RETRY_DELAY: Duration = Duration::from_secs(1);

/// Creates the comment holding `marker` on the target's pull or merge request, or edits the
/// most recent existing one (sticky): reruns never add a second comment. `body` gets the
/// marker prepended when it lacks it, and is truncated with a note beyond the forge's limit.
pub fn post_sticky(target: &Target, marker: &str, body: &str) -> Result<Posted, ForgeError> {
    if marker.trim().is_empty() {
        return Err(ForgeError::Config("the sticky-comment marker is empty".into()));
    }
    let Some(token) = target.token.as_deref().filter(|t| !t.trim().is_empty()) else {
        return Ok(Posted::Skipped { reason: no_token_reason(target.forge) });
    };
    let body = body::fit(marker, body, target.forge.max_body_chars());
    let http = Http::new(target, token)?;
    let upsert = || match target.forge {
        Forge::GitHub => github::upsert(&http, target, marker, &body),
        Forge::GitLab => gitlab::upsert(&http, target, marker, &body),
    };
    // The whole list-then-write is retried, not the single request: a create that failed
    // with a 5xx may still have landed, and the second listing then finds it.
    let outcome = match upsert() {
        Err(Halt::Fail(e)) if e.is_transient() => {
            tracing::debug!("retrying the {} comment after: {e}", target.forge);
            std::thread::sleep(RETRY_DELAY);
            upsert()
        }
        other => other,
    };
    match outcome {
        Ok(posted) => Ok(posted),
        Err(Halt::Skip(reason)) => Ok(Posted::Skipped { reason }),
        Err(Halt::Fail(e)) => Err(e),
    }
}

fn no_token_reason(forge: Forge) -> String {
    match forge {
        Forge::GitHub => "no GitHub token (set GITHUB_TOKEN or AURA_GITHUB_TOKEN, with `pull-requests: write` \
                          permission, to post the review comment); the review is in the job summary and annotations"
            .into(),
        Forge::GitLab => "no GitLab token (set AURA_GITLAB_TOKEN or GITLAB_TOKEN to a project or personal access \
                          token with the `api` scope; CI_JOB_TOKEN cannot write merge request notes)"
            .into(),
    }
}

/// The change-request number from an override or a forge variable, or why it is missing.
fn parse_number(name: &str, value: &str) -> Result<u64, ForgeError> {
    value
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ForgeError::Config(format!("{name}=`{value}` is not a pull or merge request number")))
}

/// An API base from the environment, checked and without a trailing slash.
fn api_base(name: &str, url: &str) -> Result<String, ForgeError> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(ForgeError::Config(format!("{name}=`{url}` is not an http(s) URL")));
    }
    Ok(url.trim_end_matches('/').to_owned())
}
