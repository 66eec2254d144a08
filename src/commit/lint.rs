//! The commit-message linter: commitlint's rules, with commitlint's semantics, and
//! messages that quote what is wrong and say how to fix it.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::case::Case;
use super::example::{Wanted, example};
use super::ignore::{Ignored, ignored};
use super::rules::{RuleSetting, RuleValue, Rules};
use super::sections::Sections;
use super::text::{is_js_whitespace, js_len, js_trim};
use crate::config::{RuleCondition, RuleLevel};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Fails the lint.
    Error,
    /// Reported; does not fail.
    Warning,
}

/// One rule a message breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The rule's name, e.g. `type-enum`.
    pub rule: &'static str,
    /// Error or warning.
    pub level: Level,
    /// What is wrong, quoting the offending part, and how to fix it.
    pub message: String,
    /// The offending part of the message.
    pub found: Option<String>,
    /// A replacement for `found` that satisfies the rule, when one can be computed.
    pub suggestion: Option<String>,
}

/// The verdict on one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lint {
    /// The first line of the message.
    pub header: String,
    /// Why the message was skipped (a merge, a revert, ...), if it was.
    pub ignored: Option<Ignored>,
    /// The problems: errors first, then warnings, each in rule-name order.
    pub problems: Vec<Problem>,
}

impl Lint {
    /// No errors (warnings are fine).
    pub fn valid(&self) -> bool {
        self.errors() == 0
    }

    /// How many problems are errors.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.level == Level::Error).count()
    }

    /// How many problems are warnings.
    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Lints a cleaned message (see [`super::message::clean`]) against `rules`. Messages
/// the default ignores cover (merges, reverts, `fixup!`, version headers, empty
/// messages) are skipped.
pub fn lint(message: &str, rules: &Rules) -> Lint {
    let header = message.split('\n').next().unwrap_or("").trim_end_matches('\r').to_owned();
    if let Some(reason) = ignored(message) {
        return Lint { header, ignored: Some(reason), problems: Vec::new() };
    }
    let sections = Sections::of(message);
    let mut problems = Vec::new();
    for (rule, setting) in rules.iter() {
        let level = match setting.level {
            RuleLevel::Off => continue,
            RuleLevel::Warning => Level::Warning,
            RuleLevel::Error => Level::Error,
        };
        if let Some(finding) = check(rule, setting, &sections, rules) {
            problems.push(Problem {
                rule,
                level,
                message: finding.message,
                found: finding.found,
                suggestion: finding.suggestion,
            });
        }
    }
    problems.sort_by_key(|p| p.level);
    Lint { header, ignored: None, problems }
}

/// What a rule found wrong.
struct Finding {
    message: String,
    found: Option<String>,
    suggestion: Option<String>,
}

impl Finding {
    fn new(message: impl Into<String>) -> Self {
        Self { message: message.into(), found: None, suggestion: None }
    }

    fn found(mut self, found: impl Into<String>) -> Self {
        self.found = Some(found.into());
        self
    }

    fn suggest(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion;
        self
    }
}

/// Runs one rule; `None` when the message satisfies it. `rules` shape the examples hints quote.
fn check(rule: &str, setting: &RuleSetting, s: &Sections<'_>, rules: &Rules) -> Option<Finding> {
    let never = setting.when == RuleCondition::Never;
    match rule {
        "body-empty" => empty_rule("body", s.body.is_some(), never, "add a body after a blank line"),
        "body-leading-blank" => leading_blank("body", s.body.as_ref().map(|r| (1, r.start)), s, never),
        "body-max-line-length" => max_line_length("body", &s.numbered(&s.body), setting),
        "footer-leading-blank" => {
            leading_blank("footer", s.footer.as_ref().map(|r| (r.start - 1, r.start)), s, never)
        }
        "footer-max-line-length" => max_line_length("footer", &s.numbered(&s.footer), setting),
        "header-max-length" => header_length(s.header, setting, true),
        "header-min-length" => header_length(s.header, setting, false),
        "header-trim" => header_trim(s.header),
        "scope-case" => scope_case(s.scope()?, setting, never),
        "scope-empty" => empty_rule("scope", s.scope().is_some(), never, "write 'type(scope): subject'"),
        "scope-enum" => scope_enum(s.scope()?, setting, never),
        "subject-case" => subject_case(s.subject()?, setting, never),
        "subject-empty" => empty_rule("subject", s.subject().is_some(), never, subject_hint(s, rules)),
        "subject-full-stop" => full_stop(s, setting, never),
        "type-case" => type_case(s.kind()?, setting, never),
        "type-empty" => empty_rule("type", s.kind().is_some(), never, type_hint(s, rules)),
        "type-enum" => type_enum(s.kind()?, setting, never),
        _ => None,
    }
}

fn length_value(setting: &RuleSetting) -> usize {
    match setting.value {
        RuleValue::Length(n) => n,
        _ => 0,
    }
}

fn cases(setting: &RuleSetting) -> &[Case] {
    match &setting.value {
        RuleValue::Cases(cases) => cases,
        _ => &[],
    }
}

fn names(setting: &RuleSetting) -> &[String] {
    match &setting.value {
        RuleValue::Names(names) => names,
        _ => &[],
    }
}

/// `a, b or c`
fn or_list<T: AsRef<str>>(items: &[T]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            format!("{} or {}", init.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", "), last.as_ref())
        }
    }
}

/// `type-empty`, `scope-empty`, `subject-empty`, `body-empty`: `never` requires the part.
fn empty_rule(part: &str, present: bool, never: bool, hint: impl Into<String>) -> Option<Finding> {
    match (never, present) {
        (true, false) => Some(Finding::new(format!("{part} may not be empty; {}", hint.into()))),
        (false, true) => Some(Finding::new(format!("{part} must be empty"))),
        _ => None,
    }
}

/// `feat:x`: a type-like word, a colon, no space.
fn missing_space(header: &str) -> bool {
    header.split_once(':').is_some_and(|(before, after)| {
        !after.starts_with(' ')
            && !before.is_empty()
            && before.chars().all(|c| c.is_alphanumeric() || "_()!-, /".contains(c))
    })
}

/// How to add the missing type, tailored to the most common mistakes. The example
/// keeps the user's words and passes the configured rules.
fn type_hint(s: &Sections<'_>, rules: &Rules) -> String {
    let header = s.header;
    if missing_space(header) {
        return format!("add a space after the ':' in '{header}'");
    }
    if let Some(parts) = s.parts {
        let wanted = Wanted { kind: None, scope: parts.scope, subject: Some(parts.subject) };
        return format!("write the type before the ':' in '{header}', e.g. '{}'", header_of(rules, wanted));
    }
    let subject = lower_first(js_trim(header));
    let wanted = Wanted { kind: Some("feat"), scope: None, subject: Some(&subject) };
    format!("'{header}' is not 'type(scope): subject'; write e.g. '{}'", header_of(rules, wanted))
}

fn subject_hint(s: &Sections<'_>, rules: &Rules) -> String {
    match s.parts {
        _ if missing_space(s.header) => format!("add a space after the ':' in '{}'", s.header),
        Some(p) if !p.kind.is_empty() => format!("describe the change after '{}'", s.header.trim_end()),
        _ => format!("write 'type(scope): subject', e.g. '{}'", header_of(rules, Wanted::default())),
    }
}

/// The first line of the example for `wanted` (a required body is not quoted in a hint).
fn header_of(rules: &Rules, wanted: Wanted<'_>) -> String {
    let message = example(rules, wanted);
    message.lines().next().unwrap_or_default().to_owned()
}

/// `body-leading-blank`, `footer-leading-blank`: the line `before` the part's `first`
/// line is empty (for the body, commitlint looks at the message's second line).
fn leading_blank(
    part: &str,
    lines: Option<(usize, usize)>,
    s: &Sections<'_>,
    never: bool,
) -> Option<Finding> {
    let (before, first) = lines?;
    let blank = s.lines.get(before).is_some_and(|l| l.is_empty());
    let first = s.lines[first];
    match (never, blank) {
        (false, false) => {
            let above = if part == "body" { "the header" } else { "the body" };
            Some(
                Finding::new(format!(
                    "{part} must be separated from {above} by a blank line; add one before '{}'",
                    excerpt(first)
                ))
                .found(first),
            )
        }
        (true, true) => Some(Finding::new(format!("{part} must not have a leading blank line")).found(first)),
        _ => None,
    }
}

/// Lines with a URL pass, as in commitlint: a link cannot be wrapped.
fn max_line_length(part: &str, lines: &[(usize, &str)], setting: &RuleSetting) -> Option<Finding> {
    // commitlint's /\bhttps?:\/\/\S+/, with JavaScript's \b (ASCII) and \S
    static URL: LazyLock<Regex> = LazyLock::new(|| {
        let space =
            r"\t\n\x0B\x0C\r \u{a0}\u{1680}\u{2000}-\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}";
        Regex::new(&format!(r"(?-u:\b)https?://[^{space}]")).expect("a valid pattern")
    });
    let limit = length_value(setting);
    let mut long = lines.iter().filter(|(_, line)| js_len(line) > limit && !URL.is_match(line));
    let &(number, line) = long.next()?;
    let more = long.count();
    let more = match more {
        0 => String::new(),
        1 => " (and 1 more line)".to_owned(),
        n => format!(" (and {n} more lines)"),
    };
    Some(
        Finding::new(format!(
            "{part} line {number} is {} characters long, over the limit of {limit}{more}; wrap it: '{}'",
            js_len(line),
            excerpt(line)
        ))
        .found(line),
    )
}

fn header_length(header: &str, setting: &RuleSetting, max: bool) -> Option<Finding> {
    let limit = length_value(setting);
    let length = js_len(header);
    if max && length > limit {
        let mut message = format!(
            "header is {length} characters long, over the limit of {limit}; shorten it by {}",
            characters(length - limit)
        );
        if let Some(start) = header.rfind(" (#")
            && header.ends_with(')')
            && js_len(&header[..start]) <= limit
        {
            message.push_str(" (the ' (#…)' a squash merge appends counts too)");
        }
        return Some(Finding::new(message).found(header));
    }
    if !max && length < limit {
        return Some(
            Finding::new(format!(
                "header is {length} characters long, under the minimum of {limit}; say more"
            ))
            .found(header),
        );
    }
    None
}

fn header_trim(header: &str) -> Option<Finding> {
    let leading = header.trim_start_matches(is_js_whitespace).len() < header.len();
    let trailing = header.trim_end_matches(is_js_whitespace).len() < header.len();
    let what = match (leading, trailing) {
        (true, true) => "must not be surrounded by whitespace",
        (true, false) => "must not start with whitespace",
        (false, true) => "must not end with whitespace",
        (false, false) => return None,
    };
    let trimmed = js_trim(header).to_owned();
    Some(
        Finding::new(format!("header '{header}' {what}; write '{trimmed}'"))
            .found(header)
            .suggest(Some(trimmed)),
    )
}

/// Whether `text` is in any of `cases`, then `never` inverts.
pub(super) fn case_verdict(text: &str, cases: &[Case], never: bool) -> bool {
    cases.iter().any(|c| c.matches(text)) != never
}

/// A text in the cases an `always` rule wants, or out of the ones a `never` rule forbids.
pub(super) fn fix_case(text: &str, cases: &[Case], never: bool) -> Option<String> {
    let candidates: Vec<String> = if never && text == text.to_uppercase() {
        vec![text.to_lowercase(), lower_first(text)]
    } else if never {
        vec![lower_first(text), text.to_lowercase()]
    } else {
        cases.iter().map(|c| c.convert(text)).collect()
    };
    candidates.into_iter().find(|c| c != text && case_verdict(c, cases, never))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn case_message(part: &str, text: &str, cases: &[Case], never: bool) -> Finding {
    let must = if never { "must not" } else { "must" };
    let fix = fix_case(text, cases, never);
    let hint = fix.as_ref().map(|f| format!("; write '{f}'")).unwrap_or_default();
    let names: Vec<&str> = cases.iter().map(|c| c.name()).collect();
    Finding::new(format!("{part} '{text}' {must} be {}{hint}", or_list(&names))).found(text).suggest(fix)
}

fn type_case(kind: &str, setting: &RuleSetting, never: bool) -> Option<Finding> {
    let cases = cases(setting);
    (!case_verdict(kind, cases, never)).then(|| case_message("type", kind, cases, never))
}

/// commitlint checks a subject's case only when it starts with a letter that has case.
fn subject_case(subject: &str, setting: &RuleSetting, never: bool) -> Option<Finding> {
    static CASED_START: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^[\p{Ll}\p{Lu}\p{Lt}]").expect("a valid pattern"));
    if !CASED_START.is_match(subject) {
        return None;
    }
    let cases = cases(setting);
    (!case_verdict(subject, cases, never)).then(|| case_message("subject", subject, cases, never))
}

/// The scope's parts: commitlint splits on `/`, `\` and `,` (with an optional space).
fn scope_parts(scope: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = scope;
    while let Some(i) = rest.find(['/', '\\', ',']) {
        parts.push(&rest[..i]);
        let skip = if rest[i..].starts_with(", ") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    parts.push(rest);
    parts
}

fn scope_case(scope: &str, setting: &RuleSetting, never: bool) -> Option<Finding> {
    let cases = cases(setting);
    let parts = scope_parts(scope);
    let result = cases.iter().any(|c| parts.iter().all(|p| c.matches(p)));
    (result == never).then(|| case_message("scope", scope, cases, never))
}

fn scope_enum(scope: &str, setting: &RuleSetting, never: bool) -> Option<Finding> {
    let allowed = names(setting);
    if allowed.is_empty() {
        return None;
    }
    let listed = |s: &str| allowed.iter().any(|a| a == s);
    let parts = scope_parts(scope);
    let valid = if never {
        !parts.iter().any(|p| listed(p)) && !listed(scope)
    } else {
        parts.iter().all(|p| listed(p)) || listed(scope)
    };
    if valid {
        return None;
    }
    if never {
        return Some(Finding::new(format!("scope '{scope}' is not allowed here")).found(scope));
    }
    let bad = parts.iter().find(|p| !listed(p)).copied().unwrap_or(scope);
    let suggestion = suggest_name(bad, allowed);
    let hint = match &suggestion {
        Some(s) => format!("did you mean '{s}'?"),
        None => format!("use one of {}", allowed.join(", ")),
    };
    Some(Finding::new(format!("scope '{bad}' is not allowed; {hint}")).found(bad).suggest(suggestion))
}

fn type_enum(kind: &str, setting: &RuleSetting, never: bool) -> Option<Finding> {
    let listed = names(setting).iter().any(|t| t == kind);
    if listed != never {
        return None;
    }
    if never {
        return Some(Finding::new(format!("type '{kind}' is not allowed here")).found(kind));
    }
    let allowed = names(setting);
    let suggestion = suggest_name(kind, allowed);
    let hint = match &suggestion {
        Some(s) => format!("did you mean '{s}'?"),
        None => format!("use one of {}", allowed.join(", ")),
    };
    Some(Finding::new(format!("type '{kind}' is not allowed; {hint}")).found(kind).suggest(suggestion))
}

/// The allowed name closest to `word`: the config's did-you-mean (typos, any case),
/// else one that `word` starts with or that starts with `word` (`feature` → `feat`,
/// `doc` → `docs`).
fn suggest_name(word: &str, allowed: &[String]) -> Option<String> {
    let lower = word.to_lowercase();
    let candidates = allowed.iter().map(String::as_str);
    crate::closed::did_you_mean(&lower, candidates).or_else(|| {
        allowed
            .iter()
            .filter(|a| {
                a.len() >= 3 && lower.len() >= 3 && (lower.starts_with(a.as_str()) || a.starts_with(&lower))
            })
            .max_by_key(|a| a.len())
            .cloned()
    })
}

/// commitlint's `subject-full-stop` looks at the end of the whole header (so a header
/// that is not conventional is judged too); `...` is not a full stop.
fn full_stop(s: &Sections<'_>, setting: &RuleSetting, never: bool) -> Option<Finding> {
    let RuleValue::Character(stop) = setting.value else { return None };
    let header = s.header;
    if header.find(':').is_some_and(|i| i > 0 && i == header.len() - 1) {
        return None;
    }
    let has_stop = stop.len_utf16() == 1 && header.ends_with(stop) && !header.ends_with("...");
    let subject = s.subject().unwrap_or(header);
    match (never, has_stop) {
        (true, true) => {
            let fixed = subject.strip_suffix(stop).unwrap_or(subject).to_owned();
            Some(
                Finding::new(format!("subject must not end with '{stop}'; write '{fixed}'"))
                    .found(subject)
                    .suggest(Some(fixed)),
            )
        }
        (false, false) => Some(
            Finding::new(format!("subject must end with '{stop}'"))
                .found(subject)
                .suggest(Some(format!("{subject}{stop}"))),
        ),
        _ => None,
    }
}

fn characters(n: usize) -> String {
    if n == 1 { "1 character".to_owned() } else { format!("{n} characters") }
}

/// A long line cut to 60 characters, for messages.
fn excerpt(line: &str) -> String {
    const MAX: usize = 60;
    if line.chars().count() <= MAX {
        return line.to_owned();
    }
    let cut: String = line.chars().take(MAX - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests;
