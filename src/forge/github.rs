//! GitHub: the sticky comment is an issue comment on the pull request (REST API 2022-11-28).

use std::path::PathBuf;

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde::Deserialize;

use super::client::{Halt, Http};
use super::{Forge, ForgeError, Posted, Target, api_base, parse_number};

/// Pages of 100 comments read at most while looking for the marker.
const MAX_PAGES: usize = 100;

#[derive(Deserialize)]
struct Comment {
    id: u64,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    html_url: Option<String>,
}

pub(super) fn target_from_env(get: &impl Fn(&str) -> Option<String>) -> Result<Target, ForgeError> {
    let api_url =
        api_base("GITHUB_API_URL", &get("GITHUB_API_URL").unwrap_or("https://api.github.com".into()))?;
    let Some(project) = get("GITHUB_REPOSITORY") else {
        return Err(ForgeError::NoChangeRequest {
            what: "pull request",
            detail: "GITHUB_REPOSITORY (owner/repo) is not set; run in GitHub Actions or set it".into(),
        });
    };
    let well_formed =
        project.split_once('/').is_some_and(|(o, r)| !o.is_empty() && !r.is_empty() && !r.contains('/'));
    if !well_formed {
        return Err(ForgeError::Config(format!("GITHUB_REPOSITORY=`{project}` is not `owner/repo`")));
    }
    let number = pr_number(get)?;
    let token = get("AURA_GITHUB_TOKEN").or_else(|| get("GITHUB_TOKEN"));
    Ok(Target { forge: Forge::GitHub, api_url, project, number, token })
}

/// `AURA_PR_NUMBER`, else the event payload, else `GITHUB_REF` (`refs/pull/N/merge`).
fn pr_number(get: &impl Fn(&str) -> Option<String>) -> Result<u64, ForgeError> {
    if let Some(value) = get("AURA_PR_NUMBER") {
        return parse_number("AURA_PR_NUMBER", &value);
    }
    let payload = get("GITHUB_EVENT_PATH").map(|path| payload_number(PathBuf::from(path)));
    if let Some(Ok(Some(n))) = payload {
        return Ok(n);
    }
    let git_ref = get("GITHUB_REF");
    if let Some(n) = git_ref.as_deref().and_then(ref_number) {
        return Ok(n);
    }
    if let Some(Err(e)) = payload {
        return Err(e);
    }
    let event = get("GITHUB_EVENT_NAME").map_or_else(String::new, |e| format!(" (a `{e}` event)"));
    let payload = match get("GITHUB_EVENT_PATH") {
        Some(_) => format!("the event payload at GITHUB_EVENT_PATH{event} has no pull request number"),
        None => "GITHUB_EVENT_PATH is not set".to_owned(),
    };
    let git_ref = match git_ref {
        Some(r) => format!("GITHUB_REF (`{r}`) is not `refs/pull/N/merge`"),
        None => "GITHUB_REF is not set".to_owned(),
    };
    Err(ForgeError::NoChangeRequest {
        what: "pull request",
        detail: format!(
            "{payload}, {git_ref}, and AURA_PR_NUMBER is not set; run the job on a `pull_request` event \
             or set AURA_PR_NUMBER"
        ),
    })
}

/// `.pull_request.number`, else `.number`, else `.issue.number` for a comment on a pull request.
fn payload_number(path: PathBuf) -> Result<Option<u64>, ForgeError> {
    let text = std::fs::read_to_string(&path)
        .map_err(|e| ForgeError::EventPayload { path: path.clone(), message: e.to_string() })?;
    let event: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| ForgeError::EventPayload { path, message: e.to_string() })?;
    let issue = &event["issue"];
    let on_pull_request = issue.get("pull_request").is_some_and(|pr| !pr.is_null());
    Ok(event["pull_request"]["number"]
        .as_u64()
        .or_else(|| event["number"].as_u64())
        .or_else(|| issue["number"].as_u64().filter(|_| on_pull_request)))
}

/// `refs/pull/42/merge` (or `/head`) → 42.
fn ref_number(git_ref: &str) -> Option<u64> {
    let rest = git_ref.strip_prefix("refs/pull/")?;
    let (number, kind) = rest.split_once('/')?;
    matches!(kind, "merge" | "head").then(|| number.parse().ok()).flatten()
}

pub(super) fn upsert(http: &Http, target: &Target, marker: &str, body: &str) -> Result<Posted, Halt> {
    let repo = format!("{}/repos/{}", target.api_url, target.project);
    let comments = format!("{repo}/issues/{}/comments", target.number);
    let mut url = format!("{comments}?per_page=100&page=1");
    let mut sticky: Option<Comment> = None;
    for _ in 0..MAX_PAGES {
        let reply = http.get(&url)?;
        for comment in reply.json::<Vec<Comment>>(&url)? {
            let holds_marker = comment.body.as_deref().is_some_and(|b| b.contains(marker));
            // Ids grow with time: the highest is the most recent.
            if holds_marker && sticky.as_ref().is_none_or(|s| comment.id > s.id) {
                sticky = Some(comment);
            }
        }
        match next_link(&reply.headers) {
            Some(next) if http.same_origin(&next) => url = next,
            _ => break,
        }
    }
    let posted = match sticky {
        // Unchanged: an edit would only add an "edited" mark.
        Some(c) if c.body.as_deref() == Some(body) => Posted::Updated { id: c.id, url: c.html_url },
        Some(c) => {
            let url = format!("{repo}/issues/comments/{}", c.id);
            let edited: Comment = http.write(Method::PATCH, &url, body)?.json(&url)?;
            Posted::Updated { id: edited.id, url: edited.html_url }
        }
        None => {
            let created: Comment = http.write(Method::POST, &comments, body)?.json(&comments)?;
            Posted::Created { id: created.id, url: created.html_url }
        }
    };
    Ok(posted)
}

/// The `rel="next"` address of a `Link` header.
fn next_link(headers: &HeaderMap) -> Option<String> {
    headers.get_all("link").iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).find_map(
        |part| {
            let (url, params) = part.split_once(';')?;
            let is_next = params.split(';').any(|p| matches!(p.trim(), r#"rel="next""# | "rel=next"));
            is_next.then(|| url.trim().trim_start_matches('<').trim_end_matches('>').to_owned())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn pull_refs_give_the_number() {
        assert_eq!(ref_number("refs/pull/42/merge"), Some(42));
        assert_eq!(ref_number("refs/pull/7/head"), Some(7));
        assert_eq!(ref_number("refs/heads/main"), None);
        assert_eq!(ref_number("refs/pull/x/merge"), None);
        assert_eq!(ref_number("refs/pull/42/other"), None);
    }

    #[test]
    fn the_next_link_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "link",
            HeaderValue::from_static(
                r#"<https://api.github.com/repositories/1/issues/2/comments?page=1>; rel="prev", <https://api.github.com/repositories/1/issues/2/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/2/comments?page=5>; rel="last""#,
            ),
        );
        assert_eq!(
            next_link(&headers).as_deref(),
            Some("https://api.github.com/repositories/1/issues/2/comments?page=3")
        );
        assert_eq!(next_link(&HeaderMap::new()), None);
    }
}
