//! Rules: what turns metrics and syntax into findings.
//!
//! The registry (`registry.rs`) names every built-in rule; `RuleSet` is the configuration
//! resolved once per run (which rules are on, their severities, per-path changes, the
//! compiled custom rules). Per file, in the engine's worker, [`check_file`] runs the metric
//! rules on the file's metrics, the syntax rules (tree-sitter queries) on its tree and the
//! text rules (secrets) on its bytes, drops what `aura: ignore` and `# noqa` comments suppress and
//! fingerprints the rest by content.

mod baseline;
mod fingerprint;
mod metric;
mod registry;
mod set;
mod suppress;
mod syntax;
mod text;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use baseline::{Baseline, BaselineError};
pub use registry::{
    Family, IMPORT_CYCLE as IMPORT_CYCLE_CODE, LLM_REVIEW, RULES, Rule, Threshold, find, suggest,
};
pub use set::{Policy, RuleSet, RuleSetError, check_selector, compile_query, selects};
pub use suppress::{NOQA_CODES, Suppressions, noqa_codes_for};
pub use text::{REDACTED, redact_secrets};

use crate::lang::Lang;
use crate::metrics::FileMetrics;
use crate::model::{FileFindings, Finding, fingerprint};

/// What the rules see of one file.
pub struct FileInput<'a> {
    pub lang: Lang,
    /// Relative path, `/`-separated (as in the report).
    pub path: &'a str,
    pub src: &'a [u8],
    pub tree: &'a tree_sitter::Tree,
    pub metrics: &'a FileMetrics,
}

/// A finding before severity, suppression and fingerprint are applied: a rule code and a
/// byte range or a line.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub code: &'static str,
    pub message: String,
    pub suggestion: String,
    pub at: At,
    pub function: Option<String>,
    /// What identifies it besides its rule and file: a function's name, or the text of
    /// its line (the default).
    pub identity: Identity,
}

/// Where a raw finding is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum At {
    /// A byte range of the source.
    Bytes(usize, usize),
    /// A 1-based line (its whole text).
    Line(u32),
}

#[derive(Debug, Clone)]
pub(crate) enum Identity {
    /// The normalized text of the finding's first line.
    LineText,
    /// A name that stays when code moves (a function's qualified name, a cycle).
    Name(String),
}

/// What the rules that read a file's tree and bytes found in it (syntax patterns, secrets,
/// custom queries, syntax errors), located, with what the metric rules need of the text:
/// everything about a file that depends on its content and its [`RuleSet::tree_key`] alone,
/// so the analysis cache keeps it beside the metrics. [`apply`] turns it into findings for
/// one path: the metric rules with that path's thresholds, severities, suppressions and
/// fingerprints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scan {
    findings: Vec<Located>,
    /// One per function of the metrics, in their order.
    anchors: Vec<Anchor>,
    /// Where the first line's code starts and ends (columns), for file-level findings.
    first_line: (u32, u32),
    suppressions: Suppressions,
}

/// A finding located in the file, before severity, suppression and fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Located {
    /// A built-in rule's code, or a custom rule's id.
    code: String,
    custom: bool,
    message: String,
    suggestion: String,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    function: Option<String>,
    /// What identifies it besides its rule and file (see `fingerprint.rs`).
    identity: String,
}

/// What a function's metric findings need of the text: the columns of its first line's code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Anchor {
    pub column: u32,
    pub end_column: u32,
}

crate::wire::wire_struct!(Scan { findings, anchors, first_line, suppressions });
crate::wire::wire_struct!(Located {
    code,
    custom,
    message,
    suggestion,
    line,
    column,
    end_line,
    end_column,
    function,
    identity
});
crate::wire::wire_struct!(Anchor { column, end_column });

/// Put a report's findings in its order: by path, line, column and code, findings at one
/// place in the order they were found. The sort is stable over indices, then applied in
/// place: its scratch is half the indices, not half of a large report's findings.
pub fn sort(findings: &mut [Finding]) {
    fn key(f: &Finding) -> (&str, u32, u32, &str) {
        (&f.path, f.line, f.column, &f.code)
    }
    let mut order: Vec<u32> = (0..findings.len() as u32).collect();
    order.sort_by(|&a, &b| key(&findings[a as usize]).cmp(&key(&findings[b as usize])));
    // position i takes the finding at order[i], one cycle of the permutation at a time
    for start in 0..findings.len() {
        let mut i = start;
        loop {
            let next = order[i] as usize;
            order[i] = i as u32;
            if next == start || next == i {
                break;
            }
            findings.swap(i, next);
            i = next;
        }
    }
}

/// Run every enabled rule on one file: [`scan`], then [`apply`].
pub fn check_file(set: &RuleSet, input: &FileInput) -> FileFindings {
    let policy = set.policy(input.lang, input.path);
    let scanned = scan(set, &policy, input);
    apply(set, &policy, input.path, input.metrics, &scanned)
}

/// Run the rules that read the tree and the bytes, as `policy` enables them.
pub fn scan(set: &RuleSet, policy: &Policy, input: &FileInput) -> Scan {
    let lines = LineIndex::new(input.src);
    let mut raw = Vec::new();
    metric::check_syntax_errors(policy, input, &mut raw);
    syntax::check(policy, input, &mut raw);
    text::check(policy, input, &mut raw);
    let mut custom = Vec::new();
    set.run_custom(input, policy, &mut custom);
    redact_in_messages(input.src, &mut raw);

    // one line's identity is worked out once: a minified file's findings share its one line
    let mut identities: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    let mut locate = |r: Raw, code: String, custom: bool| {
        let (line, column, end_line, end_column) = lines.span(input.src, r.at);
        let identity = match r.identity {
            Identity::Name(name) => name,
            Identity::LineText => {
                let anchor = match r.at {
                    At::Bytes(start, _) => start,
                    At::Line(line) => lines.line_range(input.src, line).0,
                };
                // a finding in a comment (a TODO, a secret) keeps that comment's text
                let in_comment = input
                    .tree
                    .root_node()
                    .descendant_for_byte_range(anchor, anchor)
                    .is_some_and(|n| n.kind().contains("comment"));
                if in_comment {
                    fingerprint::line_identity(input, &lines, line, anchor)
                } else {
                    identities
                        .entry(line)
                        .or_insert_with(|| fingerprint::line_identity(input, &lines, line, anchor))
                        .clone()
                }
            }
        };
        Located {
            code,
            custom,
            message: r.message,
            suggestion: r.suggestion,
            line,
            column,
            end_line,
            end_column,
            function: r.function,
            identity,
        }
    };
    let mut findings: Vec<Located> = raw
        .into_iter()
        .map(|r| {
            let code = r.code.to_string();
            locate(r, code, false)
        })
        .collect();
    findings.extend(custom.into_iter().map(|(r, id, _)| locate(r, id, true)));
    let anchors = metric::anchors(input, &lines);
    let (_, column, _, end_column) = lines.span(input.src, At::Line(1));
    Scan { findings, anchors, first_line: (column, end_column), suppressions: Suppressions::parse(input.src) }
}

/// A scanned file's findings at `path`: the metric rules run on `metrics` with the path's
/// thresholds, every finding gets the path's severity, suppression comments drop theirs,
/// and the rest are fingerprinted by content.
pub fn apply(set: &RuleSet, policy: &Policy, path: &str, metrics: &FileMetrics, scan: &Scan) -> FileFindings {
    let mut raw = Vec::new();
    metric::check(policy, metrics, &scan.anchors, scan.first_line, &mut raw);
    let suppressions = &scan.suppressions;
    let cycle_suppressions = suppressions.for_cycles();
    if raw.is_empty() && scan.findings.is_empty() {
        return FileFindings { cycle_suppressions, ..FileFindings::default() };
    }
    let builtin = raw.iter().chain(scan.findings.iter().filter(|r| !r.custom)).filter_map(|r| {
        let rule = find(&r.code)?;
        Some((r, Cow::Borrowed(rule.code), Cow::Borrowed(rule.name), policy.severity(rule)))
    });
    let custom = scan.findings.iter().filter(|r| r.custom).filter_map(|r| {
        let severity = set.custom_severity(policy, &r.code)?;
        Some((r, Cow::Owned(r.code.clone()), Cow::Owned(r.code.clone()), severity))
    });
    let mut out = FileFindings::default();
    let mut seen: std::collections::HashMap<(&str, &str), u32> = std::collections::HashMap::new();
    for (r, code, rule, severity) in builtin.chain(custom) {
        let occurrence = seen.entry((r.code.as_str(), r.identity.as_str())).or_insert(0);
        *occurrence += 1;
        let fingerprint = fingerprint(&r.code, path, &r.identity, *occurrence);
        if suppressions.covers(&r.code, r.line) {
            // its fingerprint is the one it would be reported with: a review sees it at
            // base when the change only removes the comment
            out.suppressed_fingerprints.push(fingerprint);
            continue;
        }
        out.findings.push(Finding {
            code,
            rule,
            severity,
            message: r.message.clone(),
            path: path.to_string(),
            line: r.line,
            column: r.column,
            end_line: r.end_line,
            end_column: r.end_column,
            function: r.function.clone(),
            suggestion: r.suggestion.clone().into(),
            fingerprint,
        });
    }
    out.findings.sort_by(|a, b| (a.line, a.column, &a.code).cmp(&(b.line, b.column, &b.code)));
    out.cycle_suppressions = cycle_suppressions;
    out
}

/// Test code by its path (rules that spare tests: SEC003, RS002): a `test`, `tests`,
/// `spec`, `__tests__`, `testdata`, `fixtures`, `benches` or `examples` directory, or a
/// `test_*`, `*_test`, `*.test.*` or `*.spec.*` file.
pub(crate) fn is_test_path(path: &str) -> bool {
    let mut parts = path.split('/').peekable();
    while let Some(part) = parts.next() {
        let lower = part.to_ascii_lowercase();
        if parts.peek().is_some() {
            if matches!(
                lower.as_str(),
                "test"
                    | "tests"
                    | "spec"
                    | "specs"
                    | "__tests__"
                    | "testdata"
                    | "fixtures"
                    | "benches"
                    | "examples"
            ) {
                return true;
            }
            continue;
        }
        let stem = lower.split('.').next().unwrap_or("");
        return stem.starts_with("test_")
            || stem.ends_with("_test")
            || stem.ends_with("_tests")
            || lower.contains(".test.")
            || lower.contains(".spec.");
    }
    false
}

/// Keep secrets out of other findings' messages (a TODO comment quoting a token).
fn redact_in_messages(src: &[u8], raw: &mut [Raw]) {
    let secrets: Vec<String> = raw
        .iter()
        .filter(|r| matches!(r.code, "SEC001" | "SEC002" | "SEC003"))
        .filter_map(|r| match r.at {
            At::Bytes(s, e) => std::str::from_utf8(&src[s..e]).ok().map(str::to_string),
            At::Line(_) => None,
        })
        .filter(|s| s.len() >= 6)
        .collect();
    if secrets.is_empty() {
        return;
    }
    for r in raw.iter_mut().filter(|r| !matches!(r.code, "SEC001" | "SEC002" | "SEC003")) {
        for secret in secrets.iter().filter(|s| s.len() >= 12) {
            // the message may hold the whole secret or, cut short, its start
            let head: String = secret.chars().take(8).collect();
            while let Some(at) = r.message.find(&head) {
                let end = (at + secret.len()).min(r.message.len());
                let end = (end..=r.message.len()).find(|&e| r.message.is_char_boundary(e)).unwrap_or(end);
                r.message.replace_range(at..end, "[redacted]");
            }
        }
    }
}

/// Byte offsets of line starts, for turning byte ranges into lines and columns.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(src: &[u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', src).map(|i| i + 1));
        Self { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub(crate) fn line_of(&self, offset: usize) -> u32 {
        (self.starts.partition_point(|&s| s <= offset)) as u32
    }

    pub(crate) fn line_range(&self, src: &[u8], line: u32) -> (usize, usize) {
        let i = (line.max(1) as usize - 1).min(self.starts.len() - 1);
        let start = self.starts[i];
        let mut end = self.starts.get(i + 1).map_or(src.len(), |&e| e - 1);
        if end > start && src.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end.max(start))
    }

    pub(crate) fn line_text<'s>(&self, src: &'s [u8], line: u32) -> &'s str {
        let (start, end) = self.line_range(src, line);
        std::str::from_utf8(&src[start..end]).unwrap_or("")
    }

    /// 1-based column (UTF-16 units) of byte `offset`.
    fn column(&self, src: &[u8], offset: usize) -> u32 {
        let line = self.line_of(offset);
        let start = self.starts[line as usize - 1];
        let prefix = String::from_utf8_lossy(&src[start..offset.min(src.len())]);
        prefix.encode_utf16().count() as u32 + 1
    }

    /// Line, column, end line and end column (exclusive) of a location.
    fn span(&self, src: &[u8], at: At) -> (u32, u32, u32, u32) {
        match at {
            At::Bytes(start, end) => {
                let end = end.max(start);
                // an end at a line start belongs to the line before
                let last = if end > start { end - 1 } else { end };
                let (line, end_line) = (self.line_of(start), self.line_of(last));
                (line, self.column(src, start), end_line, self.column(src, end))
            }
            At::Line(line) => {
                let text = self.line_text(src, line);
                let indent = text.len() - text.trim_start().len();
                let (start, _) = self.line_range(src, line);
                let col = self.column(src, start + indent);
                let end = self.column(src, start + text.trim_end().len());
                (line, col, line, end.max(col))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_utf16_columns_and_ignore_crlf() {
        let src = "a = 1\r\n  é = \"x\"\r\n".as_bytes();
        let index = LineIndex::new(src);
        let start = src.iter().position(|&b| b == b'"').unwrap();
        assert_eq!(index.span(src, At::Bytes(start, start + 3)), (2, 7, 2, 10));
        assert_eq!(index.span(src, At::Line(2)), (2, 3, 2, 10));
        assert_eq!(index.line_text(src, 1), "a = 1");
    }

    /// Findings sort by path, line, column and code; those at one place (the functions of
    /// a minified line) keep the order they were found in.
    #[test]
    fn findings_sort_by_place_and_ties_keep_their_order() {
        let at = |path: &str, line: u32, code: &'static str, fingerprint: &str| Finding {
            code: code.into(),
            rule: "r".into(),
            severity: crate::model::Severity::Warning,
            message: String::new(),
            path: path.into(),
            line,
            column: 1,
            end_line: line,
            end_column: 2,
            function: None,
            suggestion: "".into(),
            fingerprint: fingerprint.into(),
        };
        let mut findings = vec![
            at("b.py", 1, "CPX001", "f1"),
            at("a.py", 9, "CPX001", "f2"),
            at("a.js", 2, "CPX001", "z"),
            at("a.js", 2, "CPX001", "a"),
            at("a.js", 2, "CPX001", "m"),
            at("a.py", 3, "SIZ001", "f3"),
            at("a.py", 3, "CPX002", "f4"),
        ];
        sort(&mut findings);
        let got: Vec<&str> = findings.iter().map(|f| f.fingerprint.as_str()).collect();
        assert_eq!(got, ["z", "a", "m", "f4", "f3", "f2", "f1"]);
    }
}
