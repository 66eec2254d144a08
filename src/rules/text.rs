//! The text rules: secrets, found in a file's bytes whatever the language (in strings,
//! comments, or data files read as code).

use std::sync::OnceLock;

use regex::bytes::{Regex, RegexSet};

use super::registry as r;
use super::{At, FileInput, Identity, Policy, Raw};

/// A credential format: its name (for the message), its pattern (group 1, if any, is the
/// secret itself), and the rule it belongs to.
struct Format {
    name: &'static str,
    rule: &'static str,
    pattern: &'static str,
    /// A cheap expression every match contains: one DFA pass over a file finds which
    /// formats can occur, and only those run their full pattern.
    trigger: &'static str,
}

static FORMATS: &[Format] = &[
    Format {
        name: "AWS access key id",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b",
        trigger: r"(?-u)A[KS]IA|ABIA|ACCA",
    },
    Format {
        name: "AWS secret access key",
        rule: r::SECRET_TOKEN,
        pattern: r#"(?-u)(?i)aws_?secret_?(?:access_?)?key["']?(?:\s*:\s*[&\w<>' ]{1,30}?)?\s*(?:[:=]|:=|=>)\s*(?:[\w:.]+\()?["']?([A-Za-z0-9/+]{40})(?:["'\s,;)]|$)"#,
        trigger: r"(?-u)(?i)aws_?secret",
    },
    Format {
        name: "GitHub token",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b(gh[pousr]_[A-Za-z0-9]{36,255})\b",
        trigger: r"(?-u)gh[pousr]_",
    },
    Format {
        name: "GitHub token",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b",
        trigger: r"(?-u)github_pat_",
    },
    Format {
        name: "GitLab token",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b(glpat-[A-Za-z0-9_\-]{20,})",
        trigger: r"(?-u)glpat-",
    },
    Format {
        name: "Slack token",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b(xox[abposr]-[0-9]{6,}-[0-9A-Za-z\-]{8,})",
        trigger: r"(?-u)xox[abposr]-",
    },
    Format {
        name: "Slack webhook",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)(https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,})",
        trigger: r"(?-u)hooks\.slack\.com",
    },
    Format {
        name: "Stripe secret key",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b([sr]k_live_[0-9A-Za-z]{20,})\b",
        trigger: r"(?-u)k_live_",
    },
    Format {
        name: "Google API key",
        rule: r::SECRET_TOKEN,
        pattern: r"(?-u)\b(AIza[0-9A-Za-z_\-]{35})(?:[^0-9A-Za-z_\-]|$)",
        trigger: r"(?-u)AIza",
    },
    Format {
        name: "private key",
        rule: r::PRIVATE_KEY,
        pattern: r"(?-u)(-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)",
        trigger: r"(?-u)PRIVATE KEY",
    },
    Format {
        name: "password in a connection string",
        rule: r::PASSWORD,
        pattern: r#"(?-u)\b[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^\s:/@"'`<>]*:([^\s:/@"'`<>]+)@[^\s/"'`<>]+"#,
        trigger: r"(?-u)://[^\s:/@]*:[^\s/@]+@",
    },
    Format {
        name: "hard-coded password",
        rule: r::PASSWORD,
        pattern: r#"(?-u)(?i)\b(?P<name>[a-z0-9_.\-]*(?:password|passwd|pwd|secret|api_?key|apikey|access_?token|auth_?token|client_?secret|private_?key|token)[a-z0-9_\-]*)["']?(?:\s*:\s*[&\w<>\[\]' ]{1,30}?)?\s*(?P<sep>[:=]|:=|=>|==|\()\s*(?:[\w:.]+\()?[bru]?(?P<q>["'])([^"'\s]{8,})["']"#,
        trigger: r"(?-u)(?i)passw|pwd|secret|api_?key|apikey|token",
    },
];

struct Compiled {
    /// One DFA pass tells which formats occur at all (most files: none).
    set: RegexSet,
    each: Vec<Regex>,
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| Compiled {
        set: RegexSet::new(FORMATS.iter().map(|f| f.trigger)).expect("valid secret triggers"),
        each: FORMATS.iter().map(|f| Regex::new(f.pattern).expect("a valid secret pattern")).collect(),
    })
}

/// Find the secrets in a file.
pub(super) fn check(policy: &Policy, input: &FileInput, out: &mut Vec<Raw>) {
    let wanted = [r::SECRET_TOKEN, r::PRIVATE_KEY, r::PASSWORD].map(|code| policy.enabled(code));
    secrets(input.src, input.path, wanted, &mut |format, value, span| {
        let (message, suggestion) = match format.rule {
            r::PRIVATE_KEY => (
                "private key in the source".to_string(),
                "Revoke and replace the key; load it from a file outside the repository or a secret manager.",
            ),
            r::PASSWORD => (
                format!("{} ({})", format.name, redact(value)),
                "Read it from the environment or a secret manager; in test fixtures mark the line `aura: ignore[SEC003]`.",
            ),
            _ => (
                format!("{} in the source ({})", format.name, redact(value)),
                "Revoke the credential now, then read it from the environment or a secret manager.",
            ),
        };
        out.push(Raw {
            code: format.rule,
            message,
            suggestion: suggestion.to_string(),
            at: At::Bytes(span.0, span.1),
            function: None,
            identity: Identity::LineText,
        });
    });
}

/// What stands for a secret in a redacted text.
pub const REDACTED: &str = "[REDACTED SECRET]";

/// `text` with every secret the secret rules find replaced by [`REDACTED`] (a private key
/// from its first line through its last), and how many there were: what an LLM prompt is
/// built from, so no credential leaves in one.
pub fn redact_secrets(text: &str) -> (String, usize) {
    let src = text.as_bytes();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    secrets(src, "", [true; 3], &mut |format, _, (start, end)| {
        let end = if format.rule == r::PRIVATE_KEY { key_end(src, end) } else { end };
        spans.push((start, end));
    });
    if spans.is_empty() {
        return (text.to_owned(), 0);
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in &spans {
        if *start < at {
            at = at.max(*end);
            continue;
        }
        // spans are on the regexes' byte matches: keep the cut on character boundaries
        let (start, end) = (floor_char(text, *start), ceil_char(text, *end));
        out.push_str(&text[at..start]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at.min(text.len())..]);
    (out, spans.len())
}

/// Where a private key that begins before `from` ends: after its `-----END ... -----` line,
/// else at the end of the text.
fn key_end(src: &[u8], from: usize) -> usize {
    let Some(end) = memchr::memmem::find(&src[from..], b"-----END") else { return src.len() };
    let after = from + end + 8;
    match memchr::memmem::find(&src[after..], b"-----") {
        Some(close) => after + close + 5,
        None => src.len(),
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Told of each secret found: its format, its value, its byte span.
type Found<'a> = dyn FnMut(&Format, &[u8], (usize, usize)) + 'a;

/// Each secret of `src` (at `path`) of the wanted rules (token, private key, password):
/// its format, value and byte span, once each.
fn secrets(src: &[u8], path: &str, wanted: [bool; 3], found: &mut Found) {
    if !wanted.iter().any(|w| *w) {
        return;
    }
    let c = compiled();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for i in c.set.matches(src).iter() {
        let format = &FORMATS[i];
        let on = match format.rule {
            r::SECRET_TOKEN => wanted[0],
            r::PRIVATE_KEY => wanted[1],
            _ => wanted[2],
        };
        if !on {
            continue;
        }
        for caps in c.each[i].captures_iter(src) {
            // the secret is the last group (the generic pattern names its other groups)
            let Some(secret) = caps.get(caps.len() - 1) else { continue };
            let value = &src[secret.range()];
            let keep = match format.rule {
                r::PRIVATE_KEY => has_key_body(&src[secret.end()..]),
                r::PASSWORD if format.name.starts_with("hard-coded") => {
                    assigned_secret(&caps, src, path) && looks_secret(value)
                }
                r::PASSWORD => !super::is_test_path(path) && !is_placeholder(value) && value.len() >= 3,
                _ => !is_example(value),
            };
            // one finding per secret: a token also caught by the password pattern counts once
            if !keep || taken.iter().any(|(s, e)| secret.start() < *e && *s < secret.end()) {
                continue;
            }
            taken.push((secret.start(), secret.end()));
            found(format, value, (secret.start(), secret.end()));
        }
    }
}

/// Whether a `name = "value"` match of the generic password pattern assigns a secret: not
/// in test code (test passwords are fixtures), the value closed by the quote that opened it, the name not a field or setting
/// name, and a call (`set_password("…")`) only of a function named for the secret.
fn assigned_secret(caps: &regex::bytes::Captures, src: &[u8], path: &str) -> bool {
    if super::is_test_path(path) {
        return false;
    }
    let (Some(name), Some(sep), Some(quote), Some(value)) =
        (caps.name("name"), caps.name("sep"), caps.name("q"), caps.get(caps.len() - 1))
    else {
        return false;
    };
    if src.get(value.end()) != Some(&quote.as_bytes()[0]) {
        return false;
    }
    let name = name.as_bytes().to_ascii_lowercase();
    if sep.as_bytes() == b"(" {
        const ENDINGS: &[&[u8]] = &[b"password", b"passwd", b"secret", b"token", b"key"];
        if !ENDINGS.iter().any(|e| name.ends_with(e)) {
            return false;
        }
    }
    !is_field_name(&name)
}

/// The first and last characters of a secret, the rest hidden: reports must not spread it.
fn redact(value: &[u8]) -> String {
    let text = String::from_utf8_lossy(value);
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 2..].iter().collect();
    format!("{head}…{tail}")
}

/// Vendor documentation examples (`AKIAIOSFODNN7EXAMPLE`) and obvious fakes.
fn is_example(value: &[u8]) -> bool {
    let upper = String::from_utf8_lossy(value).to_ascii_uppercase();
    upper.contains("EXAMPLE")
        || upper.contains("XXXXXXXX")
        || upper.contains("DUMMY")
        || upper.contains("FAKE")
}

/// A BEGIN line followed by key material (so documentation naming the marker is not a key).
fn has_key_body(after: &[u8]) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:\\[nr]|\s|Proc-Type:[^\n]*|DEK-Info:[^\n]*|[\x22'+,]|\\)*[A-Za-z0-9+/=]{24,}")
            .expect("valid")
    });
    re.is_match(&after[..after.len().min(400)])
}

/// Placeholders that are not secrets: empty-ish, templated, or a well-known stand-in.
fn is_placeholder(value: &[u8]) -> bool {
    let text = String::from_utf8_lossy(value);
    let mut lower = text.to_ascii_lowercase();
    // `password%25` is `password%` in a URL
    if let Some(at) = lower.find('%').filter(|&at| at > 0) {
        lower.truncate(at);
    }
    let templated = ["${", "{{", "{", "<", "%(", "%s", "$(", "#{", "process.env", "os.environ", "env("];
    if lower.starts_with('%') || lower.starts_with('/') || lower.starts_with('.') || lower.starts_with('[') {
        // `%HOME%`, a path, a relative path, a character class
        return true;
    }
    if templated.iter().any(|t| lower.starts_with(t) || lower.contains(&t.to_string()) && t.len() > 1)
        || lower.starts_with('$')
        || lower.starts_with('*')
        || lower.chars().all(|c| c == '*' || c == 'x' || c == '.' || c == '-' || c == '_')
    {
        return true;
    }
    const STAND_INS: &[&str] = &[
        "password",
        "passwd",
        "pass",
        "secret",
        "changeme",
        "change_me",
        "changeit",
        "example",
        "test",
        "testing",
        "dummy",
        "fake",
        "sample",
        "placeholder",
        "your-password",
        "your_password",
        "yourpassword",
        "mypassword",
        "pwd",
        "root",
        "admin",
        "user",
        "username",
        "foo",
        "bar",
        "none",
        "null",
        "undefined",
        "redacted",
        "token",
        "secret_key",
        "api_key",
    ];
    STAND_INS.contains(&lower.as_str())
        || lower.contains("example")
        || lower.contains("placeholder")
        || lower.contains("changeme")
        || lower.contains("your_")
        || lower.contains("your-")
}

/// A literal that looks like a real secret: not a placeholder, not a plain word or an
/// identifier, with enough variety (Shannon entropy of at least 3 bits per character).
fn looks_secret(value: &[u8]) -> bool {
    if is_placeholder(value) || is_example(value) {
        return false;
    }
    let text = String::from_utf8_lossy(value);
    // a word, a snake_case or kebab-case name, a dotted path, a URL path or a file name
    // (lower-case hex without separators is a key, not a name)
    let identifier = text
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.' | '/'))
        && (text.contains(['_', '-', '.', '/']) || !text.contains(|c: char| c.is_ascii_digit()));
    let camel = text.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
    // words joined by `-`, `_` or `.` (`X-Session-Token`, `Bearer.Token`)
    let words =
        text.split(['-', '_', '.']).all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()));
    if identifier || camel || words || text.contains("://") {
        return false;
    }
    entropy(&text) >= 3.0
}

/// Shannon entropy in bits per character.
fn entropy(text: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let mut n = 0usize;
    for c in text.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    counts.values().fold(0.0, |h, &k| {
        let p = k as f64 / n as f64;
        h - p * p.log2()
    })
}

/// The assigned name is a form field, a header or a setting's name, not a secret holder
/// (`password_field`, `token_type`, `PASSWORD_HASHERS`...).
fn is_field_name(assignment: &[u8]) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?-u)(?i)(?:_|-)(?:field|type|name|names|label|url|uri|path|file|header|prefix|suffix|length|len|input|id|param|hashers?|validators?|help|text|message|msg|template|format|kind|mode|class|count|key_name|env|var|re|regex|pattern|chars|search|match)\b").expect("valid")
    });
    re.is_match(assignment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_words_are_not_secrets() {
        for v in ["changeme", "${DB_PASSWORD}", "password_reset_done", "xxxxxxxxxx", "<your-password>", "%s"]
        {
            assert!(!looks_secret(v.as_bytes()), "{v}");
        }
        for v in ["S3cr3t-pass-9f8a", "hG7#kL2!pQ9z"] {
            assert!(looks_secret(v.as_bytes()), "{v}");
        }
        assert_eq!(redact(b"ghp_abcdefghijklmnop"), "ghp_…op");
    }

    #[test]
    fn key_marker_needs_a_body() {
        assert!(has_key_body(b"\n MIIEowIBAAKCAQEAx7abcdefghijklmnopqrstuvwxyz"));
        assert!(has_key_body(b"\\nMIIEowIBAAKCAQEAx7abcdefghijklmnopqrstuvwxyz"));
        assert!(!has_key_body(b"\" marker in PEM files"));
    }

    #[test]
    fn redaction_replaces_each_secret_and_a_whole_private_key() {
        let token = format!("ghp_{}", "a1B2c3D4e5".repeat(4));
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7abcdefghijklmnopqrstuvwxyz\nQWERTY\n-----END RSA PRIVATE KEY-----";
        let text = format!("é token = \"{token}\"\n{key}\nafter ü");
        let (clean, count) = redact_secrets(&text);
        assert_eq!(count, 2);
        assert_eq!(clean, format!("é token = \"{REDACTED}\"\n{REDACTED}\nafter ü"));
        assert_eq!(redact_secrets("nothing here"), ("nothing here".to_owned(), 0));
    }
}
