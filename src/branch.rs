//! Branch names by the team's convention (SPEC 7; the seeds' `feature/`, `fix/`,
//! `hotfix/`, `docs/`, configurable under `git.branch`).

use crate::config::BranchConfig;

/// Words that say what kind of branch a description is for, by prefix (without `/`).
const KIND_WORDS: &[(&str, &[&str])] = &[
    ("hotfix", &["hotfix", "urgent", "critical"]),
    ("fix", &["fix", "fixes", "fixed", "bug", "bugfix", "resolve", "resolves", "correct", "repair", "patch"]),
    ("docs", &["docs", "doc", "document", "documentation", "readme"]),
    ("feature", &["add", "adds", "feat", "feature", "implement", "introduce", "support", "create", "new"]),
];

/// Words left out of a branch name.
const STOP_WORDS: &[&str] =
    &["a", "an", "the", "for", "to", "of", "in", "on", "with", "and", "or", "into", "from", "by"];

/// A branch name for a free-text description: `add JavaScript analyzer` →
/// `feature/javascript-analyzer`; `fix memory leak #123` → `fix/memory-leak-123`.
pub fn suggest(text: &str, config: &BranchConfig) -> String {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let kind = words.first().and_then(|first| {
        KIND_WORDS.iter().find(|(_, ws)| ws.contains(&first.as_str())).map(|(kind, _)| *kind)
    });
    let prefix = prefix_for(kind.unwrap_or("feature"), config);
    // the kind word is in the prefix already (`fix/…`), except where it names the thing
    if kind.is_some() && words.len() > 1 {
        words.remove(0);
    }
    let (numbers, rest): (Vec<String>, Vec<String>) =
        words.into_iter().partition(|w| w.chars().all(|c| c.is_ascii_digit()));
    let mut words: Vec<String> = rest.into_iter().filter(|w| !STOP_WORDS.contains(&w.as_str())).collect();
    words.extend(numbers);
    let budget = config.max_length.saturating_sub(prefix.chars().count()).max(1);
    let mut slug = String::new();
    for w in &words {
        let extra = if slug.is_empty() { w.len() } else { w.len() + 1 };
        if slug.len() + extra > budget {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w);
    }
    if slug.is_empty() {
        slug = words.first().map_or_else(|| "change".to_owned(), |w| w.chars().take(budget).collect());
    }
    format!("{prefix}{slug}")
}

/// The configured prefix for a kind (`fix` → `fix/`), else the first configured one.
fn prefix_for(kind: &str, config: &BranchConfig) -> String {
    config
        .prefixes
        .iter()
        .find(|p| p.trim_end_matches('/') == kind)
        .or_else(|| config.prefixes.first())
        .map_or_else(|| format!("{kind}/"), |p| if p.ends_with('/') { p.clone() } else { format!("{p}/") })
}

/// One reason a branch name breaks the convention.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub message: String,
}

/// What is wrong with `name`, empty when it follows the convention; with a corrected
/// name to suggest when there is something wrong.
pub fn lint(name: &str, config: &BranchConfig) -> (Vec<Problem>, Option<String>) {
    if config.exempt.iter().any(|e| e == name) {
        return (Vec::new(), None);
    }
    let mut problems = Vec::new();
    let mut say = |message: String| problems.push(Problem { message });
    if let Some(reason) = git_ref_problem(name) {
        say(format!("`{name}` is not a valid git branch name: {reason}"));
    }
    let prefix = config.prefixes.iter().find(|p| name.starts_with(p.as_str()));
    let rest = match prefix {
        Some(p) => &name[p.len()..],
        None => {
            say(format!(
                "`{name}` does not start with one of the allowed prefixes: {}",
                config.prefixes.join(", ")
            ));
            name.split_once('/').map_or(name, |(_, r)| r)
        }
    };
    if rest.is_empty() {
        say(format!(
            "`{name}` has nothing after its prefix; describe the change, e.g. `{}short-description`",
            prefix.map_or("", |p| p.as_str())
        ));
    } else if !rest.split('/').all(is_kebab) {
        say(format!("`{rest}` is not lower-case words joined by `-` (kebab-case)"));
    }
    let length = name.chars().count();
    if length > config.max_length {
        say(format!(
            "`{name}` is {length} characters long; the limit is {} (git.branch.max_length)",
            config.max_length
        ));
    }
    if problems.is_empty() {
        return (problems, None);
    }
    let kind = prefix.map(|p| p.trim_end_matches('/')).or_else(|| name.split_once('/').map(|(k, _)| k));
    let described = format!("{} {}", kind.unwrap_or(""), rest.replace(['/', '_', '.'], " "));
    let fixed = suggest(&kebab_words(&described), config);
    (problems, (fixed != name).then_some(fixed))
}

/// Split camelCase and PascalCase into words, so `JSAnalyzer` suggests `js-analyzer`.
fn kebab_words(text: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1);
        let boundary = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase() || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if boundary {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn is_kebab(part: &str) -> bool {
    !part.is_empty()
        && part
            .split('-')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// git-check-ref-format's rules, as they apply to a branch name.
fn git_ref_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        return Some("it is empty");
    }
    if name.chars().any(|c| c.is_ascii_control() || " ~^:?*[\\".contains(c)) {
        return Some("it contains a space or one of ~ ^ : ? * [ \\");
    }
    if name.contains("..") || name.contains("@{") || name.contains("//") {
        return Some("it contains `..`, `@{` or `//`");
    }
    if name.starts_with('-')
        || name.starts_with('/')
        || name.ends_with('/')
        || name.ends_with('.')
        || name == "@"
    {
        return Some("it starts with `-` or `/`, or ends with `/` or `.`");
    }
    if name.split('/').any(|c| c.starts_with('.') || c.ends_with(".lock")) {
        return Some("a component starts with `.` or ends with `.lock`");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> BranchConfig {
        BranchConfig::default()
    }

    #[test]
    fn suggests_the_seeds_examples() {
        assert_eq!(suggest("add JavaScript analyzer", &config()), "feature/javascript-analyzer");
        assert_eq!(suggest("fix memory leak #123", &config()), "fix/memory-leak-123");
        assert_eq!(suggest("hotfix: critical crash on login", &config()), "hotfix/critical-crash-login");
        assert_eq!(suggest("document the configuration section", &config()), "docs/configuration-section");
        assert_eq!(suggest("JavaScript analyzer", &config()), "feature/javascript-analyzer");
    }

    #[test]
    fn suggestions_respect_the_length_limit_at_word_boundaries() {
        let long = "add a very long description of a feature that goes on and on and on forever and ever";
        let name = suggest(long, &config());
        assert!(name.len() <= 60, "{name}");
        assert!(!name.ends_with('-'), "{name}");
        assert!(lint(&name, &config()).0.is_empty(), "{name}");
    }

    #[test]
    fn lints_with_a_corrected_name() {
        assert!(lint("feature/javascript-analyzer", &config()).0.is_empty());
        assert!(lint("main", &config()).0.is_empty());
        let (problems, fixed) = lint("Feature/JSAnalyzer", &config());
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(fixed.as_deref(), Some("feature/js-analyzer"));
        let (problems, fixed) = lint("fix/Memory_Leak", &config());
        assert!(problems[0].message.contains("kebab-case"), "{problems:?}");
        assert_eq!(fixed.as_deref(), Some("fix/memory-leak"));
        let (problems, _) = lint("wip stuff", &config());
        assert!(problems.iter().any(|p| p.message.contains("not a valid git branch name")), "{problems:?}");
    }
}
