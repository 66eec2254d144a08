//! `aura changelog` and `aura bump`: releases from Conventional Commits (SPEC 7).
//!
//! The range is the commits since the nearest semantic-version tag (as `git describe`
//! finds it) up to HEAD. Breaking changes (`!` or a `BREAKING CHANGE:` footer) make a
//! major release, `feat` a minor one, `fix` and `perf` a patch.

use std::fmt;

use serde::Serialize;

use crate::commit::{self, Commit};
use crate::git::{CommitInfo, ObjectId, Repo};

/// A semantic version as a tag spells it (`v1.2.3`, `1.2.3`, `release-1.2.3`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    /// What comes before the numbers (`v`), kept for the next tag.
    #[serde(skip)]
    pub prefix: String,
}

impl Version {
    /// `v1.2.3` → 1.2.3 with prefix `v`; pre-releases and build metadata are not releases
    /// to bump from, so `1.2.3-rc.1` is `None`.
    pub fn parse(tag: &str) -> Option<Self> {
        let start = tag.find(|c: char| c.is_ascii_digit())?;
        let (prefix, rest) = tag.split_at(start);
        if !(prefix.is_empty() || prefix.ends_with(['v', 'V', '-', '/', '_'])) {
            return None;
        }
        let mut parts = rest.split('.');
        let mut num = || parts.next().and_then(|p| p.parse::<u64>().ok());
        let (major, minor, patch) = (num()?, num()?, num()?);
        if parts.next().is_some() {
            return None;
        }
        Some(Self { major, minor, patch, prefix: prefix.to_owned() })
    }

    /// The next version after a release of `level`.
    pub fn bumped(&self, level: Level) -> Self {
        let mut next = self.clone();
        match level {
            Level::Major => (next.major, next.minor, next.patch) = (self.major + 1, 0, 0),
            Level::Minor => (next.minor, next.patch) = (self.minor + 1, 0),
            Level::Patch => next.patch += 1,
            Level::None => {}
        }
        next
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}.{}.{}", self.prefix, self.major, self.minor, self.patch)
    }
}

/// How big a release the commits make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    None,
    Patch,
    Minor,
    Major,
}

/// One commit as the changelog shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub short_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub scope: Option<String>,
    pub subject: String,
    pub breaking: bool,
    /// What the `BREAKING CHANGE:` footer says (else the subject).
    pub breaking_note: Option<String>,
    pub author: String,
}

impl Entry {
    fn level(&self) -> Level {
        match self.kind.as_str() {
            _ if self.breaking => Level::Major,
            "feat" => Level::Minor,
            "fix" | "perf" => Level::Patch,
            _ => Level::None,
        }
    }
}

/// The commits of a release.
#[derive(Debug, Clone, Serialize)]
pub struct Release {
    /// The tag the range starts after (`None`: from the first commit).
    pub previous: Option<String>,
    /// The version tag on the range's last commit (`None`: the work is unreleased).
    pub tag: Option<String>,
    pub current: Version,
    pub next: Version,
    pub level: Level,
    /// The newest commit's date, `YYYY-MM-DD` (UTC).
    pub date: String,
    pub entries: Vec<Entry>,
    /// Commits whose messages are not Conventional Commits (left out).
    pub unconventional: usize,
}

/// Read the release from `from` (default: the nearest version tag) to `to` (default HEAD):
/// the work since the last release, as `aura bump` measures it.
pub fn release(repo: &Repo, from: Option<&str>, to: Option<&str>) -> crate::git::Result<Release> {
    read(repo, from, to, false)
}

/// The release a changelog shows: like [`release`], except that when `to` itself carries a
/// version tag (and no `from` is given) it is that tag's release, from the tag before it
/// (as git-cliff reads a tagged HEAD), and `tag` names it.
pub fn changelog_release(repo: &Repo, from: Option<&str>, to: Option<&str>) -> crate::git::Result<Release> {
    read(repo, from, to, true)
}

fn read(repo: &Repo, from: Option<&str>, to: Option<&str>, tagged_to: bool) -> crate::git::Result<Release> {
    let to = match to {
        Some(rev) => repo.rev_parse(rev)?,
        None => repo.head_commit()?,
    };
    let tags = version_tags(repo)?;
    let newest_tag_at = |id: ObjectId| {
        tags.iter().filter(|(_, _, c)| *c == id).max_by_key(|(_, v, _)| v.clone()).map(|(n, _, _)| n.clone())
    };
    let tag = if tagged_to && from.is_none() { newest_tag_at(to) } else { None };
    let (previous, current, hidden) = match from {
        Some(rev) => {
            let id = repo.rev_parse(rev)?;
            let version = tags.iter().filter(|(_, _, c)| *c == id).map(|(_, v, _)| v.clone()).max();
            (Some(rev.to_owned()), version.unwrap_or_else(zero), vec![id])
        }
        None => match repo
            .nearest(to, |id| (tag.is_none() || *id != to) && tags.iter().any(|(_, _, c)| c == id))?
        {
            Some(id) => {
                let (name, version, _) = tags
                    .iter()
                    .filter(|(_, _, c)| *c == id)
                    .max_by_key(|(_, v, _)| v.clone())
                    .cloned()
                    .expect("a tag points at the nearest tagged commit");
                (Some(name), version, vec![id])
            }
            None => (None, zero(), Vec::new()),
        },
    };
    let commits = repo.log(&hidden, to)?;
    let date = commits.first().map_or_else(String::new, |c| date(c.time));
    let mut entries = Vec::new();
    let mut unconventional = 0;
    for c in &commits {
        if c.parents > 1 {
            continue; // a merge's changes are its parents' commits
        }
        match entry(c) {
            Some(e) => entries.push(e),
            None if commit::ignored(&c.message).is_some() => {}
            None => unconventional += 1,
        }
    }
    let level = entries.iter().map(Entry::level).max().unwrap_or(Level::None);
    let next = current.bumped(level);
    Ok(Release { previous, tag, current, next, level, date, entries, unconventional })
}

fn zero() -> Version {
    Version { major: 0, minor: 0, patch: 0, prefix: "v".into() }
}

/// Tags that name a release version, with the commit each points at.
fn version_tags(repo: &Repo) -> crate::git::Result<Vec<(String, Version, ObjectId)>> {
    Ok(repo
        .tags()?
        .into_iter()
        .filter_map(|(name, id)| Version::parse(&name).map(|v| (name, v, id)))
        .collect())
}

fn entry(c: &CommitInfo) -> Option<Entry> {
    let Commit { kind, scope, subject, breaking, footers, .. } = commit::parse(&c.message).ok()?;
    let breaking_note = footers.iter().find(|f| f.is_breaking()).map(|f| f.value.trim().to_owned());
    Some(Entry {
        id: c.id.to_string(),
        short_id: c.short_id(),
        kind: kind.to_lowercase(),
        scope,
        subject,
        breaking: breaking || breaking_note.is_some(),
        breaking_note,
        author: c.author.clone(),
    })
}

/// Days since the epoch to a civil date (Howard Hinnant's algorithm), `YYYY-MM-DD`.
fn date(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The changelog's sections, in order: the types users read about, then (with `all`)
/// the rest.
const SECTIONS: &[(&str, &str, bool)] = &[
    ("feat", "Features", true),
    ("fix", "Bug Fixes", true),
    ("perf", "Performance", true),
    ("revert", "Reverts", true),
    ("docs", "Documentation", false),
    ("refactor", "Refactoring", false),
    ("style", "Style", false),
    ("test", "Tests", false),
    ("build", "Build", false),
    ("ci", "Continuous Integration", false),
    ("chore", "Chores", false),
];

#[derive(Serialize)]
struct Section<'a> {
    title: &'static str,
    entries: Vec<&'a Entry>,
}

/// The template's context: the release (named `heading`, or unreleased), its breaking
/// changes, and its sections.
pub fn context(release: &Release, heading: Option<&str>, all: bool) -> minijinja::Value {
    let mut sections: Vec<Section> = Vec::new();
    for (kind, title, shown) in SECTIONS {
        let entries: Vec<&Entry> = release.entries.iter().filter(|e| e.kind == *kind).collect();
        if (*shown || all) && !entries.is_empty() {
            sections.push(Section { title, entries });
        }
    }
    if all {
        let other: Vec<&Entry> =
            release.entries.iter().filter(|e| !SECTIONS.iter().any(|(k, _, _)| *k == e.kind)).collect();
        if !other.is_empty() {
            sections.push(Section { title: "Other", entries: other });
        }
    }
    let breaking: Vec<&Entry> = release.entries.iter().filter(|e| e.breaking).collect();
    minijinja::context! {
        version => heading.unwrap_or("Unreleased"),
        unreleased => heading.is_none(),
        previous => release.previous.clone(),
        // an unreleased section has no release date yet
        date => if heading.is_some() { release.date.clone() } else { String::new() },
        breaking => minijinja::value::Serde(breaking),
        sections => minijinja::value::Serde(sections),
        release => minijinja::value::Serde(release),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_with_their_prefix_and_bump() {
        let v = Version::parse("v1.2.3").unwrap();
        assert_eq!(v.to_string(), "v1.2.3");
        assert_eq!(v.bumped(Level::Major).to_string(), "v2.0.0");
        assert_eq!(v.bumped(Level::Minor).to_string(), "v1.3.0");
        assert_eq!(v.bumped(Level::Patch).to_string(), "v1.2.4");
        assert_eq!(
            Version::parse("release-0.9.10").unwrap().bumped(Level::Patch).to_string(),
            "release-0.9.11"
        );
        assert_eq!(Version::parse("1.2.3-rc.1"), None);
        assert_eq!(Version::parse("nightly"), None);
        assert_eq!(Version::parse("build2.0.0"), None);
    }

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_700_000_000), "2023-11-14");
        assert_eq!(date(951_782_400), "2000-02-29");
    }
}
