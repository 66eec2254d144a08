//! A Conventional Commits 1.0.0 parser (<https://www.conventionalcommits.org/en/v1.0.0/>).
//!
//! ```text
//! feat(parser)!: accept footers with a # separator     header: type, scope, !, subject
//!                                                      one blank line
//! Footers are now split on `token: ` and `token #`.    body: free text, any paragraphs
//!
//! BREAKING CHANGE: `Footer::value` keeps the `#`.      footers: `token: value` or
//! Refs #142                                            `token #value`, to the end
//! ```
//!
//! The header is read with the pattern of commitlint's `conventionalcommits` preset,
//! `^(\w*)(?:\((.*)\))?!?: (.*)$`, so the linter and the parser agree on type, scope and
//! subject. `BREAKING CHANGE` must be upper case, as the specification says: a footer
//! `breaking change: ...` does not make a commit breaking (commitlint's parser matches it
//! in any case; aura deliberately does not).

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use super::text::is_js_whitespace;

/// The footer tokens that mark a breaking change (upper case only).
pub const BREAKING_TOKENS: [&str; 2] = ["BREAKING CHANGE", "BREAKING-CHANGE"];

/// A parsed Conventional Commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The type: `feat`, `fix`, ... as written (the linter checks its case).
    pub kind: String,
    /// The scope between parentheses, when there is a non-empty one.
    pub scope: Option<String>,
    /// Whether the commit is a breaking change: a `!` before the colon, or a
    /// `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer.
    pub breaking: bool,
    /// The description after `: `, trimmed.
    pub subject: String,
    /// The whole first line.
    pub header: String,
    /// The text between the header and the footers, without surrounding blank lines.
    pub body: Option<String>,
    /// The footers, in order.
    pub footers: Vec<Footer>,
}

impl Commit {
    /// What breaks, for a changelog: the `BREAKING CHANGE` footer's text, else the
    /// subject of a `!` header; `None` when the commit is not breaking.
    pub fn breaking_change(&self) -> Option<&str> {
        let footer = self.footers.iter().find(|f| f.is_breaking()).map(|f| f.value.as_str());
        footer.or(self.breaking.then_some(self.subject.as_str()))
    }
}

/// A footer: `token: value` or `token #value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    /// `Refs`, `Signed-off-by`, `BREAKING CHANGE`, ...
    pub token: String,
    /// The text after `: `, or after the space of ` #` (so `Refs #142` has the value
    /// `#142`); continuation lines are joined with newlines.
    pub value: String,
}

impl Footer {
    /// Whether this footer announces a breaking change.
    pub fn is_breaking(&self) -> bool {
        BREAKING_TOKENS.contains(&self.token.as_str())
    }
}

/// Why a message is not a Conventional Commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but whitespace.
    Empty,
    /// The header is not `type(scope)!: subject`.
    NotConventional {
        /// The header as written.
        header: String,
    },
    /// The header has no type before the colon (`: add a flag`, `(core): fix`).
    MissingType {
        /// The header as written.
        header: String,
    },
    /// The header has no description after `type: `.
    MissingSubject {
        /// The header as written.
        header: String,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the commit message is empty"),
            Self::NotConventional { header } => {
                write!(f, "'{header}' is not a Conventional Commits header: write 'type(scope): subject'")
            }
            Self::MissingType { header } => write!(f, "'{header}' has no type before the ':'"),
            Self::MissingSubject { header } => write!(f, "'{header}' has no description after the ':'"),
        }
    }
}

impl std::error::Error for ParseError {}

/// The parts of a header that matched the Conventional Commits pattern; any part may
/// be empty (commitlint's type-empty, scope-empty and subject-empty rules judge that).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// The type: the word characters before `(`, `!` or `: ` (may be empty).
    pub kind: &'a str,
    /// The text between the parentheses, when there are parentheses.
    pub scope: Option<&'a str>,
    /// Whether a `!` precedes the colon.
    pub breaking: bool,
    /// Everything after `: `, untrimmed.
    pub subject: &'a str,
}

/// commitlint's two header patterns (conventional-changelog-conventionalcommits), with
/// JavaScript's `\w` and `.` (which stops at any line terminator).
static BREAKING_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z0-9_]*)(?:\(([^\r\n\u{2028}\u{2029}]*)\))?!: ([^\r\n\u{2028}\u{2029}]*)$")
        .expect("a valid pattern")
});
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z0-9_]*)(?:\(([^\r\n\u{2028}\u{2029}]*)\))?!?: ([^\r\n\u{2028}\u{2029}]*)$")
        .expect("a valid pattern")
});

/// Splits a header into type, scope, `!` and subject; `None` when it does not have the
/// `type(scope)!: subject` shape at all (`Add a flag`, `feat:no space`).
pub fn parse_header(header: &str) -> Option<Header<'_>> {
    let (captures, breaking) = match BREAKING_HEADER.captures(header) {
        Some(c) => (c, true),
        None => (HEADER.captures(header)?, false),
    };
    let group = |i: usize| captures.get(i).map(|m| m.as_str());
    Some(Header { kind: group(1).unwrap_or(""), scope: group(2), breaking, subject: group(3).unwrap_or("") })
}

/// Parses a (cleaned) commit message. CRLF line ends are accepted; blank lines before
/// the header are skipped.
pub fn parse(message: &str) -> Result<Commit, ParseError> {
    let lines: Vec<&str> = message.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let Some(first) = lines.iter().position(|l| !is_blank(l)) else {
        return Err(ParseError::Empty);
    };
    let header = lines[first];
    let owned = || header.to_owned();
    let parts = parse_header(header).ok_or_else(|| ParseError::NotConventional { header: owned() })?;
    if parts.kind.is_empty() {
        return Err(ParseError::MissingType { header: owned() });
    }
    let subject = parts.subject.trim_matches(is_js_whitespace);
    if subject.is_empty() {
        return Err(ParseError::MissingSubject { header: owned() });
    }
    let rest = &lines[first + 1..];
    let footer_start = footer_start(rest);
    let body = join_trimmed(&rest[..footer_start]);
    let footers = footers(&rest[footer_start..]);
    let breaking = parts.breaking || footers.iter().any(Footer::is_breaking);
    Ok(Commit {
        kind: parts.kind.to_owned(),
        scope: parts.scope.filter(|s| !s.is_empty()).map(str::to_owned),
        breaking,
        subject: subject.to_owned(),
        header: header.to_owned(),
        body,
        footers,
    })
}

fn is_blank(line: &str) -> bool {
    line.chars().all(is_js_whitespace)
}

/// A footer line's token and value: `token: value`, `token #value`, where a token is
/// word characters and `-`, or `BREAKING CHANGE`.
fn footer_line(line: &str) -> Option<(&str, &str)> {
    let token_end = if line.starts_with("BREAKING CHANGE") {
        "BREAKING CHANGE".len()
    } else {
        line.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).unwrap_or(line.len())
    };
    if token_end == 0 || line.starts_with('-') {
        return None;
    }
    let (token, rest) = line.split_at(token_end);
    if let Some(value) = rest.strip_prefix(": ") {
        return Some((token, value));
    }
    rest.strip_prefix(" #").map(|_| (token, &rest[1..]))
}

/// The index in `rest` (the lines after the header) where the footers start: the first
/// paragraph that opens with a footer line. `rest.len()` when there are none.
fn footer_start(rest: &[&str]) -> usize {
    let mut paragraph_start = true;
    for (i, line) in rest.iter().enumerate() {
        if is_blank(line) {
            paragraph_start = true;
            continue;
        }
        if paragraph_start && footer_line(line).is_some() {
            return i;
        }
        paragraph_start = false;
    }
    rest.len()
}

/// The footers of the footer section: a footer line starts one, anything else continues
/// the previous one's value.
fn footers(section: &[&str]) -> Vec<Footer> {
    let mut footers: Vec<Footer> = Vec::new();
    for line in section {
        match (footer_line(line), footers.last_mut()) {
            (Some((token, value)), _) => {
                footers.push(Footer { token: token.to_owned(), value: value.to_owned() });
            }
            (None, Some(last)) => {
                last.value.push('\n');
                last.value.push_str(line);
            }
            (None, None) => {}
        }
    }
    for footer in &mut footers {
        footer.value.truncate(footer.value.trim_end_matches(is_js_whitespace).len());
    }
    footers
}

/// The lines joined, without blank lines at either end; `None` when nothing is left.
fn join_trimmed(lines: &[&str]) -> Option<String> {
    let start = lines.iter().position(|l| !is_blank(l))?;
    let end = lines.iter().rposition(|l| !is_blank(l)).map_or(start, |i| i + 1);
    Some(lines[start..end].join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn footer(token: &str, value: &str) -> Footer {
        Footer { token: token.into(), value: value.into() }
    }

    #[test]
    fn parses_the_seeds_example() {
        let message = "feat(intelligence): add JavaScript AST analyzer\n\n\
                       - Implement tree-sitter based parsing\n- Add complexity metrics\n\nCloses #142";
        let commit = parse(message).unwrap();
        assert_eq!(commit.kind, "feat");
        assert_eq!(commit.scope.as_deref(), Some("intelligence"));
        assert_eq!(commit.subject, "add JavaScript AST analyzer");
        assert!(!commit.breaking);
        assert_eq!(
            commit.body.as_deref(),
            Some("- Implement tree-sitter based parsing\n- Add complexity metrics")
        );
        assert_eq!(commit.footers, [footer("Closes", "#142")]);
    }

    #[test]
    fn breaking_from_bang_or_uppercase_footer() {
        assert!(parse("feat!: drop node 14").unwrap().breaking);
        assert!(parse("feat(api)!: drop v1").unwrap().breaking);
        let footer_form = parse("feat: x\n\nBREAKING CHANGE: config moved").unwrap();
        assert!(footer_form.breaking);
        assert_eq!(footer_form.breaking_change(), Some("config moved"));
        assert!(parse("feat: x\n\nBREAKING-CHANGE: config moved").unwrap().breaking);
        assert_eq!(parse("feat!: drop node 14").unwrap().breaking_change(), Some("drop node 14"));
    }

    #[test]
    fn lower_case_breaking_change_is_not_breaking() {
        let commit = parse("feat: x\n\nbreaking change: config moved").unwrap();
        assert!(!commit.breaking, "the spec requires upper case");
        assert_eq!(commit.body.as_deref(), Some("breaking change: config moved"));
        let hyphen = parse("feat: x\n\nbreaking-change: config moved").unwrap();
        assert!(!hyphen.breaking);
        assert_eq!(hyphen.footers, [footer("breaking-change", "config moved")]);
    }

    #[test]
    fn footers_take_continuation_lines_and_paragraphs() {
        let message = "fix: x\n\nbody one\n\nbody two\n\nBREAKING CHANGE: first line\n\
                       second line\n\nthird paragraph\nRefs #12\nSigned-off-by: A <a@b.c>\n";
        let commit = parse(message).unwrap();
        assert_eq!(commit.body.as_deref(), Some("body one\n\nbody two"));
        assert_eq!(
            commit.footers,
            [
                footer("BREAKING CHANGE", "first line\nsecond line\n\nthird paragraph"),
                footer("Refs", "#12"),
                footer("Signed-off-by", "A <a@b.c>"),
            ]
        );
    }

    #[test]
    fn a_footer_must_open_a_paragraph() {
        let commit = parse("fix: x\n\nsee the notes\nRefs: #1").unwrap();
        assert_eq!(commit.body.as_deref(), Some("see the notes\nRefs: #1"));
        assert!(commit.footers.is_empty());
        let right_after_header = parse("fix: x\nRefs: #1").unwrap();
        assert_eq!(right_after_header.footers, [footer("Refs", "#1")]);
    }

    #[test]
    fn urls_and_prose_are_not_footers() {
        let commit = parse("docs: x\n\nhttps://example.com/a\n\nNote:no space").unwrap();
        assert!(commit.footers.is_empty());
    }

    #[test]
    fn header_shapes() {
        let h = parse_header("feat(core, cli)!: add x").unwrap();
        assert_eq!((h.kind, h.scope, h.breaking, h.subject), ("feat", Some("core, cli"), true, "add x"));
        assert_eq!(parse_header("feat:x"), None);
        assert_eq!(parse_header("Add a flag"), None);
        let empty_type = parse_header("(core): x").unwrap();
        assert_eq!(empty_type.kind, "");
        // the greedy scope of the preset's pattern
        assert_eq!(parse_header("feat(a): b (c): d").unwrap().scope, Some("a): b (c"));
        assert_eq!(parse_header("feat(a)!: b (c): d").unwrap().scope, Some("a"));
    }

    #[test]
    fn errors_say_what_is_missing() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse(" \n\t"), Err(ParseError::Empty));
        assert!(matches!(parse("Add a flag"), Err(ParseError::NotConventional { .. })));
        assert!(matches!(parse(": add"), Err(ParseError::MissingType { .. })));
        assert!(matches!(parse("feat:  "), Err(ParseError::MissingSubject { .. })));
        assert_eq!(
            parse("feat:x").unwrap_err().to_string(),
            "'feat:x' is not a Conventional Commits header: write 'type(scope): subject'"
        );
    }

    #[test]
    fn crlf_and_unicode() {
        let commit = parse("fix(ü): überall 🚀\r\n\r\nKörper\r\n\r\nRefs #1\r\n").unwrap();
        assert_eq!(commit.scope.as_deref(), Some("ü"));
        assert_eq!(commit.subject, "überall 🚀");
        assert_eq!(commit.body.as_deref(), Some("Körper"));
        assert_eq!(commit.footers, [footer("Refs", "#1")]);
    }

    /// Odd input never panics, whatever it is.
    #[test]
    fn never_panics() {
        let long = "a".repeat(100_000);
        let inputs = [
            "".to_owned(),
            "\n\n\n".to_owned(),
            "\r".to_owned(),
            "\r\r\n".to_owned(),
            ":".to_owned(),
            ": ".to_owned(),
            "()".to_owned(),
            "(: ".to_owned(),
            "!: x".to_owned(),
            "feat(: x".to_owned(),
            "feat): x".to_owned(),
            "feat(x)!!: y".to_owned(),
            "feat: x\n\n#".to_owned(),
            "feat: x\n\n #1".to_owned(),
            "feat: x\n\n-: y".to_owned(),
            "feat: x\n\nBREAKING CHANGE".to_owned(),
            "feat: x\n\nBREAKING CHANGE #".to_owned(),
            "feat: \u{0}\u{200d}\u{fe0f}".to_owned(),
            "😀(😀)!: 😀\n\n😀: 😀".to_owned(),
            "feat: x\u{2028}y".to_owned(),
            format!("feat: {long}"),
            format!("{long}\n\n{long}: {long}"),
            "fix: x\n".repeat(10_000),
        ];
        for input in &inputs {
            let _ = parse(input);
            for line in input.lines() {
                let _ = parse_header(line);
            }
        }
        // every prefix of a message with multi-byte characters
        let message = "feat(ü)!: 🚀 x\r\n\r\nbody ä\r\n\r\nBREAKING CHANGE: é\r\nRefs #1";
        for (i, _) in message.char_indices() {
            let _ = parse(&message[..i]);
        }
    }
}
