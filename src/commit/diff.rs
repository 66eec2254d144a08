//! The staged change as a unified diff for a model to read, within a budget of characters:
//! lockfiles, generated and binary files left out (named, not shown), files in path order
//! until the budget is spent, the rest listed as left out (as pr-agent and opencommit trim
//! a diff to a model's context).

use super::suggest::FileChange;
use crate::git::{ChangeKind, hunks};

/// Lines of context around each hunk.
const CONTEXT: usize = 2;

/// A diff cut to a budget.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Budgeted {
    pub text: String,
    /// Files not shown, each with why (`lockfile`, `generated`, `binary`, `over budget`).
    pub omitted: Vec<(String, &'static str)>,
}

/// `changes` as a unified diff of at most about `budget` characters.
pub fn budgeted(changes: &[FileChange], budget: usize) -> Budgeted {
    let mut out = Budgeted::default();
    for change in changes {
        let (old, new) = (change.old.as_deref().unwrap_or(b""), change.new.as_deref().unwrap_or(b""));
        let reason = if is_lockfile(&change.path) {
            Some("lockfile")
        } else if crate::engine::is_binary(old) || crate::engine::is_binary(new) {
            Some("binary")
        } else if is_generated(&change.path, new) || is_generated(&change.path, old) {
            Some("generated")
        } else {
            None
        };
        if let Some(reason) = reason {
            out.omitted.push((change.path.clone(), reason));
            continue;
        }
        let file = render(change, old, new);
        if out.text.len() + file.len() > budget {
            out.omitted.push((change.path.clone(), "over budget"));
            continue;
        }
        out.text.push_str(&file);
    }
    out
}

/// One file's unified diff.
fn render(change: &FileChange, old: &[u8], new: &[u8]) -> String {
    let path = &change.path;
    let mut out = format!("diff --git a/{path} b/{path}\n");
    match change.kind {
        ChangeKind::Added => out.push_str(&format!("new file\n--- /dev/null\n+++ b/{path}\n")),
        ChangeKind::Deleted => out.push_str(&format!("deleted file\n--- a/{path}\n+++ /dev/null\n")),
        _ => out.push_str(&format!("--- a/{path}\n+++ b/{path}\n")),
    }
    let (old_text, new_text) = (String::from_utf8_lossy(old), String::from_utf8_lossy(new));
    let old_lines: Vec<&str> = old_text.lines().collect();
    let new_lines: Vec<&str> = new_text.lines().collect();
    for h in hunks(old, new) {
        // 0-based starts of the removed and added runs (a count of 0 keeps the line before)
        let old_at = if h.old_lines == 0 { h.old_start as usize } else { h.old_start as usize - 1 };
        let new_at = if h.new_lines == 0 { h.new_start as usize } else { h.new_start as usize - 1 };
        let before = old_at.min(CONTEXT);
        let after_end = (new_at + h.new_lines as usize + CONTEXT).min(new_lines.len());
        let after = after_end - (new_at + h.new_lines as usize).min(after_end);
        let (old_count, new_count) =
            (h.old_lines as usize + before + after, h.new_lines as usize + before + after);
        // an empty side is shown at the line before it, as git does (`-0,0` for a new file)
        let start = |at: usize, count: usize| if count == 0 { at } else { at - before + 1 };
        out.push_str(&format!(
            "@@ -{},{old_count} +{},{new_count} @@\n",
            start(old_at, old_count),
            start(new_at, new_count)
        ));
        for line in &old_lines[old_at - before..old_at] {
            out.push_str(&format!(" {line}\n"));
        }
        for line in old_lines.iter().skip(old_at).take(h.old_lines as usize) {
            out.push_str(&format!("-{line}\n"));
        }
        for line in new_lines.iter().skip(new_at).take(h.new_lines as usize) {
            out.push_str(&format!("+{line}\n"));
        }
        for line in new_lines.iter().skip(new_at + h.new_lines as usize).take(after) {
            out.push_str(&format!(" {line}\n"));
        }
    }
    out
}

pub(crate) fn is_lockfile(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    matches!(
        name.as_str(),
        "cargo.lock"
            | "package-lock.json"
            | "npm-shrinkwrap.json"
            | "yarn.lock"
            | "pnpm-lock.yaml"
            | "poetry.lock"
            | "pipfile.lock"
            | "uv.lock"
            | "composer.lock"
            | "gemfile.lock"
            | "go.sum"
            | "bun.lockb"
    ) || name.ends_with(".lock")
}

/// Minified or marked as generated in its first lines (`@generated`, `DO NOT EDIT`).
pub(crate) fn is_generated(path: &str, text: &[u8]) -> bool {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".min.js")
        || lower.ends_with(".min.css")
        || lower.ends_with(".map")
        || lower.ends_with(".svg")
    {
        return true;
    }
    let head = &text[..text.len().min(1024)];
    memchr::memmem::find(head, b"@generated").is_some()
        || memchr::memmem::find(head, b"DO NOT EDIT").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_reads_as_a_unified_diff_and_lockfiles_stay_out() {
        let changes = [
            FileChange::from_texts("Cargo.lock", Some("a"), Some("b")),
            FileChange::from_texts("src/a.py", Some("one\ntwo\nthree\nfour\n"), Some("one\ntwo\n3\nfour\n")),
            FileChange::from_texts("src/new.py", None, Some("x = 1\n")),
        ];
        let diff = budgeted(&changes, 10_000);
        assert_eq!(
            diff.text,
            "diff --git a/src/a.py b/src/a.py\n--- a/src/a.py\n+++ b/src/a.py\n@@ -1,4 +1,4 @@\n one\n two\n-three\n+3\n four\n\
             diff --git a/src/new.py b/src/new.py\nnew file\n--- /dev/null\n+++ b/src/new.py\n@@ -0,0 +1,1 @@\n+x = 1\n"
        );
        assert_eq!(diff.omitted, [("Cargo.lock".to_owned(), "lockfile")]);
        let small = budgeted(&changes, 120);
        assert_eq!(small.omitted.last().unwrap(), &("src/new.py".to_owned(), "over budget"));
    }
}
