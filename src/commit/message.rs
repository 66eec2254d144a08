//! The message a commit-msg hook is given, cleaned to the message that gets linted.
//!
//! git hands the hook the raw `COMMIT_EDITMSG`: the user's text, git's comment lines
//! (`# Please enter the commit message...`) and, with `git commit -v`, a diff under a
//! scissors line. git strips those only after the hook has run, so the hook strips them
//! itself, as commitlint's `--edit` mode does.

use super::text::is_js_whitespace;

/// git's default comment character (`core.commentChar`).
pub const DEFAULT_COMMENT_CHAR: &str = "#";

/// The scissors line without its comment character: it and everything below it is
/// dropped (`git commit -v` puts the diff there).
pub const SCISSORS: &str = "------------------------ >8 ------------------------";

/// The message git will record, as far as linting is concerned.
///
/// With `comment` (git's `core.commentChar`, `#` by default), everything from the line
/// `<comment> ------------------------ >8 ------------------------` down is dropped, then
/// every line starting with `comment`. Pass `None` for messages that never held comments
/// (a message argument, a commit already recorded): git keeps `#` lines of `-m` messages.
///
/// Then, as git does, blank (or whitespace-only) lines at the start and end are dropped
/// and CRLF line ends become LF. Trailing whitespace inside lines is kept, as commitlint
/// keeps it, so `header-trim` can see a header that ends with a space.
pub fn clean(raw: &str, comment: Option<&str>) -> String {
    let scissors = comment.map(|c| format!("{c} {SCISSORS}"));
    let mut lines: Vec<&str> = Vec::new();
    for line in raw.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(comment) = comment.filter(|c| !c.is_empty()) {
            if scissors.as_deref() == Some(line) {
                break;
            }
            if line.starts_with(comment) {
                continue;
            }
        }
        lines.push(line);
    }
    let blank = |line: &&str| line.chars().all(is_js_whitespace);
    let start = lines.iter().position(|l| !blank(l)).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !blank(l)).map_or(start, |i| i + 1);
    lines[start..end].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_comments_and_everything_under_the_scissors() {
        let raw = "feat: add a flag\n\nWhy it helps.\n# Please enter the commit message\n#\n\
                   # ------------------------ >8 ------------------------\n\
                   diff --git a/x b/x\n+added line\n";
        assert_eq!(clean(raw, Some("#")), "feat: add a flag\n\nWhy it helps.");
    }

    #[test]
    fn keeps_comment_lines_without_a_comment_char() {
        assert_eq!(clean("fix: x\n\n# not a comment\n", None), "fix: x\n\n# not a comment");
    }

    #[test]
    fn honours_another_comment_char() {
        let raw = "fix: x\n; comment\n# kept\n; ------------------------ >8 ------------------------\ngone";
        assert_eq!(clean(raw, Some(";")), "fix: x\n# kept");
    }

    #[test]
    fn a_scissors_line_needs_the_exact_text() {
        let raw = "fix: x\n\n#  ------------------------ >8 ------------------------\nkept";
        assert_eq!(clean(raw, Some("#")), "fix: x\n\nkept");
    }

    #[test]
    fn drops_blank_lines_at_both_ends_and_crlf() {
        assert_eq!(clean("\r\n  \r\nfix: x \r\n\r\nbody\r\n\r\n \t\r\n", Some("#")), "fix: x \n\nbody");
        assert_eq!(clean("# only a comment\n", Some("#")), "");
        assert_eq!(clean("", Some("#")), "");
        assert_eq!(clean(" \n\t\n", None), "");
    }

    #[test]
    fn a_comment_above_the_header_leaves_the_header_first() {
        assert_eq!(clean("# template\n\nfeat: x\n", Some("#")), "feat: x");
    }
}
