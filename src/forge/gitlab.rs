//! GitLab: the sticky comment is a merge-request note (REST API v4).

use reqwest::Method;
use serde::Deserialize;

use super::client::{Halt, Http};
use super::{Forge, ForgeError, Posted, Target, api_base, parse_number};

/// Pages of 100 notes read at most while looking for the marker.
const MAX_PAGES: usize = 100;

#[derive(Deserialize)]
struct Note {
    id: u64,
    #[serde(default)]
    body: Option<String>,
    /// GitLab's own notes ("added 2 commits"): never ours.
    #[serde(default)]
    system: bool,
}

pub(super) fn target_from_env(get: &impl Fn(&str) -> Option<String>) -> Result<Target, ForgeError> {
    let api_url = match get("CI_API_V4_URL") {
        Some(url) => api_base("CI_API_V4_URL", &url)?,
        None => match get("CI_SERVER_URL") {
            Some(server) => format!("{}/api/v4", api_base("CI_SERVER_URL", &server)?),
            None => "https://gitlab.com/api/v4".to_owned(),
        },
    };
    // The merge request lives in the target project, which for a fork is not CI_PROJECT_ID.
    let project =
        ["CI_MERGE_REQUEST_PROJECT_ID", "CI_PROJECT_ID", "CI_PROJECT_PATH"].into_iter().find_map(get);
    let number = match get("AURA_PR_NUMBER") {
        Some(value) => Some(parse_number("AURA_PR_NUMBER", &value)?),
        None => get("CI_MERGE_REQUEST_IID").map(|v| parse_number("CI_MERGE_REQUEST_IID", &v)).transpose()?,
    };
    let (Some(project), Some(number)) = (project.clone(), number) else {
        let missing = match project {
            None => "CI_PROJECT_ID is not set (run in GitLab CI, or set it to the project id or path)",
            Some(_) => {
                "CI_MERGE_REQUEST_IID is not set: the job is not in a merge request pipeline (add \
                 `rules: - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"`) and AURA_PR_NUMBER is not set"
            }
        };
        return Err(ForgeError::NoChangeRequest { what: "merge request", detail: missing.to_owned() });
    };
    let token = get("AURA_GITLAB_TOKEN").or_else(|| get("GITLAB_TOKEN"));
    Ok(Target { forge: Forge::GitLab, api_url, project, number, token })
}

pub(super) fn upsert(http: &Http, target: &Target, marker: &str, body: &str) -> Result<Posted, Halt> {
    let notes = format!(
        "{}/projects/{}/merge_requests/{}/notes",
        target.api_url,
        encode_project(&target.project),
        target.number
    );
    let mut page = "1".to_owned();
    let mut sticky: Option<Note> = None;
    for _ in 0..MAX_PAGES {
        let url = format!("{notes}?per_page=100&page={page}");
        let reply = http.get(&url)?;
        for note in reply.json::<Vec<Note>>(&url)? {
            let holds_marker = !note.system && note.body.as_deref().is_some_and(|b| b.contains(marker));
            // Ids grow with time: the highest is the most recent, whatever the sort order.
            if holds_marker && sticky.as_ref().is_none_or(|s| note.id > s.id) {
                sticky = Some(note);
            }
        }
        let next = reply.headers.get("x-next-page").and_then(|v| v.to_str().ok()).map(str::trim);
        match next.filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
            Some(next) => page = next.to_owned(),
            None => break,
        }
    }
    let posted = match sticky {
        Some(n) if n.body.as_deref() == Some(body) => Posted::Updated { id: n.id, url: None },
        Some(n) => {
            let url = format!("{notes}/{}", n.id);
            let edited: Note = http.write(Method::PUT, &url, body)?.json(&url)?;
            Posted::Updated { id: edited.id, url: None }
        }
        None => {
            let created: Note = http.write(Method::POST, &notes, body)?.json(&notes)?;
            Posted::Created { id: created.id, url: None }
        }
    };
    Ok(posted)
}

/// A project id as a path segment: `42` stays, `group/sub/project` becomes
/// `group%2Fsub%2Fproject`.
fn encode_project(project: &str) -> String {
    let mut out = String::with_capacity(project.len());
    for b in project.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_paths_are_encoded() {
        assert_eq!(encode_project("42"), "42");
        assert_eq!(encode_project("group/sub/my.project"), "group%2Fsub%2Fmy.project");
        assert_eq!(encode_project("a b"), "a%20b");
    }
}
