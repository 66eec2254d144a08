//! `aura review --llm`: comments from the providers routed for `review`, added to the
//! review as findings of their own rule (`LLM001`), marked as generated.
//!
//! The diff is trimmed to the model's context as pr-agent does: lockfiles, generated and
//! binary files out, deletion-only hunks out, the largest files first until the budget is
//! spent, and what was left out listed (in the prompt and in the review). Each hunk shows
//! its new lines numbered, so the model can point at them. The answer (YAML or JSON, in a
//! fence or not, with pr-agent's key names or ours) is parsed tolerantly, and a comment
//! that points outside the diff is dropped.

use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{FindingStatus, Head, Request, Review, ReviewError, ReviewFinding};
use crate::commit::diff::{is_generated, is_lockfile};
use crate::git::{Hunk, Repo, hunks};
use crate::llm::{self, Chat, Kind, Message, RouteError, Router};
use crate::model::{Finding, Severity, fingerprint};
use crate::rules::LLM_REVIEW;

/// The built-in prompt's version, part of the response cache's key.
const VERSION: u32 = 1;
const SYSTEM: &str = include_str!("../../templates/prompts/review.system.j2");
/// Characters of diff per token of context (code is dense in tokens).
const CHARS_PER_TOKEN: usize = 3;
/// Lines around a hunk shown as context.
const CONTEXT: u32 = 3;

/// What the LLM review did, reported with the review.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LlmReview {
    pub provider: String,
    pub model: String,
    /// From the response cache: no provider was asked.
    pub cached: bool,
    pub comments: u32,
    /// Comments that pointed outside the diff, or at no file of it.
    pub dropped: u32,
    /// Changed files the model was not shown, each with why.
    pub left_out: Vec<LeftOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    pub path: String,
    pub reason: &'static str,
}

/// One comment as the model wrote it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Comment {
    #[serde(alias = "relevant_file", alias = "path", alias = "file_path")]
    file: String,
    #[serde(alias = "start_line", alias = "line_number")]
    line: u32,
    #[serde(default)]
    end_line: Option<u32>,
    #[serde(alias = "issue_header", alias = "summary", default)]
    title: String,
    #[serde(alias = "issue_content", alias = "comment", alias = "message", default)]
    body: String,
}

/// A file of the change as the model sees it.
struct Shown {
    path: String,
    text: String,
    hunks: Vec<Hunk>,
}

/// Ask the providers routed for `review` about the change, and add their comments to
/// `review` (its findings, the head report the SARIF and Code Quality writers read, the
/// counts).
pub fn add_comments(
    repo: &Repo,
    request: &Request,
    review: &mut Review,
    router: &Router,
) -> Result<LlmReview, LlmReviewError> {
    let window = router.context_window(Kind::Review);
    let changes = match request.head {
        Head::Commit(head) => repo.diff_commits(request.base, head)?,
        Head::Index => repo.staged()?,
    };
    let mut files = Vec::new();
    let mut left_out = Vec::new();
    for change in changes {
        let read = |id: Option<crate::git::ObjectId>| id.map(|id| repo.blob(id)).transpose();
        let (old, new) = (read(change.old)?.unwrap_or_default(), read(change.new)?.unwrap_or_default());
        let reason = if change.new.is_none() {
            Some("deleted")
        } else if is_lockfile(&change.path) {
            Some("lockfile")
        } else if crate::engine::is_binary(&new) || crate::engine::is_binary(&old) {
            Some("binary")
        } else if is_generated(&change.path, &new) {
            Some("generated")
        } else {
            None
        };
        if let Some(reason) = reason {
            left_out.push(LeftOut { path: change.path, reason });
            continue;
        }
        let all = hunks(&old, &new);
        // deletion-only hunks say nothing the model can comment on at head
        let kept: Vec<Hunk> = all.into_iter().filter(|h| h.new_lines > 0).collect();
        if kept.is_empty() {
            left_out.push(LeftOut { path: change.path, reason: "deletions only" });
            continue;
        }
        let text = render(&change.path, &new, &kept);
        files.push(Shown { path: change.path, text, hunks: kept });
    }
    // the largest first, as long as they fit
    files.sort_by(|a, b| b.text.len().cmp(&a.text.len()).then_with(|| a.path.cmp(&b.path)));
    let budget = (window.saturating_sub(1200) * CHARS_PER_TOKEN).max(1_000);
    let mut diff = String::new();
    let mut shown = Vec::new();
    for f in files {
        if diff.len() + f.text.len() > budget {
            left_out.push(LeftOut { path: f.path, reason: "over the model's context" });
            continue;
        }
        diff.push_str(&f.text);
        shown.push(f);
    }
    if shown.is_empty() {
        return Ok(LlmReview { left_out, ..LlmReview::default() });
    }
    let mut user = String::from(
        "Review this change. Point only at lines of the `__new hunk__` sections, by their numbers.\n\n",
    );
    user.push_str(&diff);
    if !left_out.is_empty() {
        let names: Vec<String> = left_out.iter().map(|l| format!("{} ({})", l.path, l.reason)).collect();
        user.push_str(&format!("\nChanged files not shown: {}\n", names.join(", ")));
    }
    let messages = [Message::system(SYSTEM), Message::user(user)]
        .into_iter()
        .map(|m| Message { content: crate::rules::redact_secrets(&m.content).0, ..m })
        .collect();
    let chat = Chat::new(messages, 1024, &format!("review@{VERSION}"));
    let started = Instant::now();
    let routed = llm::block_on(router.ask(Kind::Review, &chat))?;
    tracing::info!(provider = %routed.answer.provider, cached = routed.cached, elapsed = ?started.elapsed(), "LLM review answered");
    let comments = parse(&routed.answer.text);
    let mut out = LlmReview {
        provider: routed.answer.provider.clone(),
        model: routed.answer.model.clone(),
        cached: routed.cached,
        left_out,
        ..LlmReview::default()
    };
    let mut seen = std::collections::HashMap::new();
    for c in comments {
        let Some(file) = shown.iter().find(|f| f.path == c.file.trim_start_matches("./")) else {
            out.dropped += 1;
            continue;
        };
        let end = c.end_line.filter(|e| *e >= c.line).unwrap_or(c.line);
        if c.line == 0 || !file.hunks.iter().any(|h| h.touches_within(c.line, end, CONTEXT)) {
            out.dropped += 1;
            continue;
        }
        let title = llm::sanitize(&c.title);
        let body = llm::sanitize(&c.body);
        let text = match (title.is_empty(), body.is_empty()) {
            (false, false) => format!("{title}: {body}"),
            (false, true) => title.clone(),
            (true, false) => body.clone(),
            (true, true) => {
                out.dropped += 1;
                continue;
            }
        };
        let occurrence = seen.entry((file.path.clone(), title.clone())).or_insert(0);
        *occurrence += 1;
        let identity = if title.is_empty() { body.clone() } else { title.clone() };
        let finding = Finding {
            code: LLM_REVIEW.into(),
            rule: "llm-review".into(),
            severity: Severity::Note,
            message: format!("{text} (generated by {}, not verified)", routed.answer.model),
            path: file.path.clone(),
            line: c.line,
            column: 1,
            end_line: end,
            end_column: 1,
            function: None,
            suggestion: "A model wrote this comment: check it before acting on it.".into(),
            fingerprint: fingerprint(LLM_REVIEW, &file.path, &identity, *occurrence),
        };
        review.head_report.findings.push(finding.clone());
        review.findings.push(ReviewFinding { finding, status: FindingStatus::New, unsuppressed: false });
        out.comments += 1;
    }
    crate::rules::sort(&mut review.head_report.findings);
    review.findings.sort_by(|a, b| {
        (&a.finding.path, a.finding.line, a.finding.column).cmp(&(
            &b.finding.path,
            b.finding.line,
            b.finding.column,
        ))
    });
    review.head_report.recount();
    review.summary.new_findings += out.comments;
    review.summary.findings = review.head_report.summary.findings;
    Ok(out)
}

/// Why the LLM review could not run.
#[derive(Debug, thiserror::Error)]
pub enum LlmReviewError {
    #[error(transparent)]
    Review(#[from] ReviewError),
    #[error(transparent)]
    Route(#[from] RouteError),
}

impl From<crate::git::GitError> for LlmReviewError {
    fn from(e: crate::git::GitError) -> Self {
        Self::Review(ReviewError::Git(e))
    }
}

/// One file as pr-agent shows it: a header, then each hunk's new side with line numbers
/// (added lines marked `+`) and a few lines of context.
fn render(path: &str, new: &[u8], hunks: &[Hunk]) -> String {
    let text = String::from_utf8_lossy(new);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = format!("## File: {path}\n");
    for h in hunks {
        let added = h.added();
        let first = added.start.saturating_sub(CONTEXT).max(1);
        let last = (added.end + CONTEXT).min(lines.len() as u32 + 1);
        out.push_str("__new hunk__\n");
        for n in first..last {
            let mark = if added.contains(&n) { '+' } else { ' ' };
            out.push_str(&format!("{n} {mark}{}\n", lines.get(n as usize - 1).unwrap_or(&"")));
        }
    }
    out.push('\n');
    out
}

/// The comments in a model's answer: JSON or YAML, fenced or not, as a list or under a
/// key (`comments`, or pr-agent's `review.key_issues_to_review`); what does not read is
/// nothing (a small model's gibberish gives no comment, not an error).
fn parse(answer: &str) -> Vec<Comment> {
    let text = answer.replace("\r\n", "\n");
    let mut candidates = vec![text.trim().to_owned()];
    if let Some(start) = text.find("```") {
        let inner = &text[start + 3..];
        let inner = inner.split_once('\n').map_or(inner, |(_, rest)| rest);
        candidates.insert(0, inner.split("```").next().unwrap_or(inner).trim().to_owned());
    }
    if let (Some(open), Some(close)) = (text.find(['{', '[']), text.rfind(['}', ']']))
        && open < close
    {
        candidates.push(text[open..=close].to_owned());
    }
    for candidate in candidates {
        let value: Option<Value> = serde_json::from_str(&candidate)
            .ok()
            .or_else(|| serde_yaml_ng::from_str::<Value>(&candidate).ok());
        let Some(value) = value else { continue };
        let list = match &value {
            Value::Array(_) => Some(&value),
            Value::Object(map) => map
                .get("comments")
                .or_else(|| map.get("key_issues_to_review"))
                .or_else(|| map.get("review").and_then(|r| r.get("key_issues_to_review"))),
            _ => None,
        };
        let Some(Value::Array(items)) = list else { continue };
        let comments: Vec<Comment> = items.iter().filter_map(comment).collect();
        if !comments.is_empty() || items.is_empty() {
            return comments;
        }
    }
    Vec::new()
}

/// One comment, its line numbers accepted as numbers or numeric strings.
fn comment(item: &Value) -> Option<Comment> {
    let mut item = item.clone();
    if let Value::Object(map) = &mut item {
        for key in ["line", "start_line", "line_number", "end_line"] {
            if let Some(Value::String(s)) = map.get(key) {
                let number = s.trim().parse::<u32>().ok()?;
                map.insert(key.to_owned(), Value::from(number));
            }
        }
    }
    serde_json::from_value(item).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_parse_from_json_yaml_fences_and_pr_agent_keys() {
        let ours = r#"{"comments": [{"file": "a.py", "line": 3, "title": "Bug", "body": "x is unused"}]}"#;
        assert_eq!(parse(ours)[0].title, "Bug");
        let fenced = "Here you go:\n```yaml\ncomments:\n  - file: a.py\n    line: '7'\n    title: Off by one\n```\nHope it helps";
        let c = &parse(fenced)[0];
        assert_eq!((c.file.as_str(), c.line, c.title.as_str()), ("a.py", 7, "Off by one"));
        let pr_agent = "review:\n  key_issues_to_review:\n    - relevant_file: b.py\n      start_line: 2\n      end_line: 4\n      issue_header: Leak\n      issue_content: the file is never closed\n";
        let c = &parse(pr_agent)[0];
        assert_eq!(
            (c.file.as_str(), c.line, c.end_line, c.body.as_str()),
            ("b.py", 2, Some(4), "the file is never closed")
        );
        let embedded = "Sure! [{\"file\": \"a.py\", \"line\": 1, \"title\": \"t\"}] Done.";
        assert_eq!(parse(embedded).len(), 1);
        assert!(parse(">1+)L configJxn$").is_empty());
        assert!(parse("comments: []").is_empty());
    }

    #[test]
    fn a_file_shows_its_new_lines_numbered_with_context() {
        let new = b"a\nb\nc\nd\ne\nf\ng\nh\n";
        let hunk = Hunk { old_start: 4, old_lines: 1, new_start: 4, new_lines: 2 };
        assert_eq!(
            render("x.py", new, &[hunk]),
            "## File: x.py\n__new hunk__\n1  a\n2  b\n3  c\n4 +d\n5 +e\n6  f\n7  g\n8  h\n\n"
        );
    }
}
