//! A message as commitlint's rules see it: header, body and footer.
//!
//! commitlint (through conventional-commits-parser) does not split body and footer the
//! way the Conventional Commits specification does: its footer starts at the first line
//! after the header that references an issue (`#123` outside a URL, as in `Closes #142`
//! or `see #12`) or opens a `BREAKING CHANGE` note, and runs to the end. The rules judge
//! that split, so aura computes it the same way. One deliberate difference: a note must
//! be written `BREAKING CHANGE` or `BREAKING-CHANGE` in upper case, as the specification
//! says, where commitlint accepts any case.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::parse::{Header, parse_header};
use super::text::is_js_whitespace;

/// The parts of a cleaned message the rules judge.
#[derive(Debug)]
pub(crate) struct Sections<'a> {
    /// Every line of the message.
    pub lines: Vec<&'a str>,
    /// The first line.
    pub header: &'a str,
    /// Type, scope and subject, when the header has the Conventional Commits shape.
    pub parts: Option<Header<'a>>,
    /// The body's lines, without empty lines at either end; `None` when it is empty.
    pub body: Option<Range<usize>>,
    /// The footer's lines, to the end; `None` when there is no footer.
    pub footer: Option<Range<usize>>,
}

impl<'a> Sections<'a> {
    /// Splits a cleaned message (see [`super::message::clean`]).
    pub fn of(message: &'a str) -> Self {
        let lines: Vec<&str> = message.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
        let header = lines[0];
        let start = lines[1..]
            .iter()
            .position(|line| is_note(line) || has_reference(line))
            .map_or(lines.len(), |i| i + 1);
        let trimmed = |range: Range<usize>| {
            let first = range.clone().find(|&i| !lines[i].is_empty())?;
            let last = range.rev().find(|&i| !lines[i].is_empty())?;
            Some(first..last + 1)
        };
        let body = trimmed(1..start);
        let footer = trimmed(start..lines.len());
        Self { header, parts: parse_header(header), body, footer, lines }
    }

    /// The type, when the header has one.
    pub fn kind(&self) -> Option<&'a str> {
        self.parts.map(|p| p.kind).filter(|k| !k.is_empty())
    }

    /// The scope, when the header has a non-empty one.
    pub fn scope(&self) -> Option<&'a str> {
        self.parts.and_then(|p| p.scope).filter(|s| !s.is_empty())
    }

    /// The subject, when the header has a non-empty one.
    pub fn subject(&self) -> Option<&'a str> {
        self.parts.map(|p| p.subject).filter(|s| !s.is_empty())
    }

    /// The lines of `range`, numbered from 1 like the message's lines.
    pub fn numbered(&self, range: &Option<Range<usize>>) -> Vec<(usize, &'a str)> {
        range.clone().map(|r| r.map(|i| (i + 1, self.lines[i])).collect()).unwrap_or_default()
    }
}

/// A `BREAKING CHANGE` note line: `^[\s|*]*(BREAKING CHANGE|BREAKING-CHANGE)[:\s]+`,
/// upper case only.
fn is_note(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| is_js_whitespace(c) || c == '|' || c == '*');
    ["BREAKING CHANGE", "BREAKING-CHANGE"].iter().any(|keyword| {
        rest.strip_prefix(keyword)
            .and_then(|after| after.chars().next())
            .is_some_and(|c| c == ':' || is_js_whitespace(c))
    })
}

/// conventional-commits-parser's reference actions: a reference after one of them
/// belongs to it; without any, the whole line is searched.
const ACTIONS: [&str; 9] =
    ["close", "closes", "closed", "fix", "fixes", "fixed", "resolve", "resolves", "resolved"];

/// Whether conventional-commits-parser finds an issue reference in `line`.
fn has_reference(line: &str) -> bool {
    let sentences = action_sentences(line);
    if sentences.is_empty() {
        return issue_in(line);
    }
    sentences.into_iter().any(issue_in)
}

/// The text after each action keyword: `(close|...)\s+(.*?)(?=close|...|$)`, matched
/// case-insensitively anywhere (even inside words, as the parser does).
fn action_sentences(line: &str) -> Vec<&str> {
    let bytes = line.as_bytes();
    let keyword_at = |p: usize| ACTIONS.iter().any(|k| starts_with_ignore_case(&bytes[p..], k));
    let mut sentences = Vec::new();
    let mut p = 0;
    while p < bytes.len() {
        let keyword = ACTIONS.iter().find(|k| {
            starts_with_ignore_case(&bytes[p..], k)
                && line.get(p + k.len()..).and_then(|rest| rest.chars().next()).is_some_and(is_js_whitespace)
        });
        let Some(keyword) = keyword else {
            p += 1;
            continue;
        };
        let after = &line[p + keyword.len()..];
        let start = line.len() - after.trim_start_matches(is_js_whitespace).len();
        let end =
            (start..line.len()).find(|&q| line.is_char_boundary(q) && keyword_at(q)).unwrap_or(line.len());
        sentences.push(&line[start..end]);
        p = end.max(p + 1);
    }
    sentences
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &str) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// An issue reference in a sentence without a URL: `#` and word characters or `-`,
/// followed by whitespace, the end, or one of `,;)]`.
fn issue_in(sentence: &str) -> bool {
    static URL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)https?://(?:www\.)?[-a-zA-Z0-9@:%_+.~#?&/=]+(?-u:\b)").expect("a valid pattern")
    });
    if URL.is_match(sentence) {
        return false;
    }
    sentence.match_indices('#').any(|(i, _)| {
        let rest = &sentence[i + 1..];
        let run =
            rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(rest.len());
        run > 0
            && rest[run..]
                .chars()
                .next()
                .is_none_or(|c| is_js_whitespace(c) || matches!(c, ',' | ';' | ')' | ']'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_start_the_footer() {
        assert!(has_reference("Closes #142"));
        assert!(has_reference("see #12 for details"));
        assert!(has_reference("Refs: org/repo#7, #8"));
        assert!(has_reference("(#1234)"));
        assert!(!has_reference("Fixes #12."), "a reference ends at whitespace or ,;)]");
        assert!(!has_reference("C# is fine"));
        assert!(!has_reference("see https://github.com/o/r/issues/1#issuecomment-2 and #3"));
        assert!(!has_reference("#12 fixes the parser"), "only the text after an action is searched");
        assert!(has_reference("prefix #12"), "`fix` inside `prefix` is an action");
    }

    #[test]
    fn notes_start_the_footer() {
        assert!(is_note("BREAKING CHANGE: x"));
        assert!(is_note("  * BREAKING-CHANGE x"));
        assert!(!is_note("BREAKING CHANGE"));
        assert!(!is_note("breaking change: x"), "aura requires upper case");
    }

    #[test]
    fn splits_like_commitlint() {
        let s = Sections::of("feat: x\n\nbody\nmore\n\nCloses #1\nafter\n");
        assert_eq!((s.body.clone(), s.footer.clone()), (Some(2..4), Some(5..7)));
        let no_footer = Sections::of("feat: x\n\nSigned-off-by: A <a@b.c>");
        assert_eq!((no_footer.body, no_footer.footer), (Some(2..3), None));
        let only_header = Sections::of("feat: x");
        assert_eq!((only_header.body, only_header.footer), (None, None));
    }
}
