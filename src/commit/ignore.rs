//! Messages the linter skips: the ones git and its hosts write themselves. The same
//! list as commitlint's default ignores (`@commitlint/is-ignored`).

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::text::js_trim;

/// Why a message is not linted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ignored {
    /// A merge: `Merge branch 'x'`, `Merge pull request #1 from ...`, `Merge tag`, ...
    Merge,
    /// `Revert "..."` (git revert) or `revert ...`.
    Revert,
    /// `Reapply "..."` (a revert reverted).
    Reapply,
    /// `fixup!`, `squash!` or `amend!`: rewritten away by `git rebase --autosquash`.
    Autosquash,
    /// A header that is only a version number (`v1.2.3`, `chore: 1.2.3 [skip ci]`).
    Version,
    /// Nothing but whitespace (and comments) is left: git itself aborts such a commit.
    Empty,
}

impl Ignored {
    /// Lower-case words, for text output.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Merge => "a merge commit",
            Self::Revert => "a revert",
            Self::Reapply => "a reapply",
            Self::Autosquash => "a fixup!/squash!/amend! commit",
            Self::Version => "a version-only header",
            Self::Empty => "an empty message",
        }
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// Whether commitlint's default ignores skip `message`, and why.
///
/// The merge patterns `Merge pull request...`, `Merge X into Y`, `Merge branch...` and
/// `Merge tag...` apply to any line (commitlint's patterns are multi-line); the others
/// only to the start of the message.
pub fn ignored(message: &str) -> Option<Ignored> {
    if js_trim(message).is_empty() {
        return Some(Ignored::Empty);
    }
    // JavaScript's line terminators end a line for the multi-line patterns.
    let any_line = message.split(['\n', '\r', '\u{2028}', '\u{2029}']).any(|line| {
        line.starts_with("Merge pull request")
            || line.starts_with("Merge branch ")
            || line.starts_with("Merge tag ")
            || line.strip_prefix("Merge ").is_some_and(|rest| rest.contains(" into "))
    });
    let first = message.split(['\n', '\r', '\u{2028}', '\u{2029}']).next().unwrap_or("");
    // `Merged (.*?)(in|into) (.*)` and `Merged PR (.*): (.*)`
    let merged =
        first.strip_prefix("Merged ").is_some_and(|rest| rest.contains("in ") || rest.contains("into "))
            || first.strip_prefix("Merged PR ").is_some_and(|rest| rest.contains(": "));
    if any_line
        || merged
        || first.starts_with("Merge remote-tracking branch")
        || first.starts_with("Automatic merge")
        || first.strip_prefix("Auto-merged ").is_some_and(|rest| rest.contains(" into "))
    {
        return Some(Ignored::Merge);
    }
    if first.starts_with("Revert ") || first.starts_with("revert ") {
        return Some(Ignored::Revert);
    }
    if first.starts_with("Reapply ") || first.starts_with("reapply ") {
        return Some(Ignored::Reapply);
    }
    if ["amend!", "fixup!", "squash!"].iter().any(|p| message.starts_with(p)) {
        return Some(Ignored::Autosquash);
    }
    if is_version(message) {
        return Some(Ignored::Version);
    }
    None
}

/// commitlint's `isSemver`: the first line, without a `chore(scope):` prefix and a
/// `[skip ci]`-like marker, is a semantic version (`semver.valid`).
fn is_version(message: &str) -> bool {
    static CHORE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^chore(\([^)]+\))?:").expect("a valid pattern"));
    static SKIP_BRACKETS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\[(skip|ci)(-|[\s\u{feff}])(ci|skip)\]").expect("a valid pattern"));
    static SKIP_PARENS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\((skip|ci)(-|[\s\u{feff}])(ci|skip)\)").expect("a valid pattern"));
    static SEMVER: LazyLock<Regex> = LazyLock::new(|| {
        let number = "(0|[1-9][0-9]*)";
        let identifier = "(?:[0-9]*[a-zA-Z-][a-zA-Z0-9-]*|0|[1-9][0-9]*)";
        let build = "[a-zA-Z0-9-]+";
        let prerelease = format!(r"(?:-{identifier}(?:\.{identifier})*)?");
        let build = format!(r"(?:\+{build}(?:\.{build})*)?");
        Regex::new(&format!(r"^v?{number}\.{number}\.{number}{prerelease}{build}$")).expect("a valid pattern")
    });
    let first = message.split('\n').next().unwrap_or("");
    let stripped = CHORE.replace(first, "");
    let stripped = SKIP_BRACKETS.replace(&stripped, "");
    let stripped = SKIP_PARENS.replace(&stripped, "");
    let version = js_trim(&stripped);
    // semver refuses versions over 256 characters and numbers over 2^53 - 1
    let Some(captures) = SEMVER.captures(version).filter(|_| version.len() <= 256) else {
        return false;
    };
    (1..=3).all(|i| captures.get(i).and_then(|m| m.as_str().parse::<u64>().ok()).is_some_and(|n| n < 1 << 53))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_of_every_shape() {
        for message in [
            "Merge pull request #123 from org/branch",
            "Merge branch 'main' into feature",
            "Merge branch 'feature'",
            "Merge remote-tracking branch 'origin/main'",
            "Merge tag 'v1.2.0'",
            "Merge 'a' into 'b'",
            "Merged in feature/x (pull request #5)",
            "Merged PR 42: add a flag",
            "Automatic merge from release/1.0",
            "Auto-merged feature into main",
            "feat: x\n\nMerge branch 'main' into feature",
        ] {
            assert_eq!(ignored(message), Some(Ignored::Merge), "{message}");
        }
        assert_eq!(ignored("Merge the two parsers"), None);
        assert_eq!(ignored("Merged"), None);
    }

    #[test]
    fn reverts_autosquash_and_versions() {
        assert_eq!(ignored("Revert \"feat: x\"\n\nThis reverts commit abc."), Some(Ignored::Revert));
        assert_eq!(ignored("revert thing"), Some(Ignored::Revert));
        assert_eq!(ignored("Reverted thing"), None);
        assert_eq!(ignored("Reapply \"feat: x\""), Some(Ignored::Reapply));
        assert_eq!(ignored("fixup! feat: x"), Some(Ignored::Autosquash));
        assert_eq!(ignored("squash! feat: x"), Some(Ignored::Autosquash));
        assert_eq!(ignored("amend! feat: x"), Some(Ignored::Autosquash));
        assert_eq!(ignored("fixup feat: x"), None);
        assert_eq!(ignored("v1.2.3"), Some(Ignored::Version));
        assert_eq!(ignored("1.2.3-rc.1+build.5"), Some(Ignored::Version));
        assert_eq!(ignored("chore(release): 2.0.0 [skip ci]"), Some(Ignored::Version));
        assert_eq!(ignored("chore: v2.0.0 (ci skip)\n\nbody"), Some(Ignored::Version));
        assert_eq!(ignored("1.2"), None);
        assert_eq!(ignored("01.2.3"), None);
        assert_eq!(ignored("release 1.2.3"), None);
    }

    #[test]
    fn empty_messages() {
        assert_eq!(ignored(""), Some(Ignored::Empty));
        assert_eq!(ignored(" \n\t"), Some(Ignored::Empty));
    }
}
