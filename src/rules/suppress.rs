//! `aura: ignore` comments: `aura: ignore[CODE, ...]` (or bare `aura: ignore`, every rule)
//! on a finding's line or the line above; `aura: ignore-file[CODE, ...]` anywhere in the
//! file for the whole file. Codes are matched like configuration selectors (a code, a
//! name or a code prefix).
//!
//! flake8's and ruff's `# noqa` is honoured on its own line: bare, it suppresses every
//! finding there but an import cycle (STR001 is about several files); `# noqa: E722,C901`
//! suppresses the aura rules [`NOQA_CODES`] maps those codes to (and aura's own codes),
//! and nothing for a code aura has no equivalent of. `# type: ignore` is a type
//! checker's and suppresses nothing.

use std::sync::OnceLock;

use regex::bytes::Regex;

use super::set::selects;
use crate::model::CycleSuppressions;

/// The suppressions written in one file (kept in the analysis cache with the file's other
/// path-independent results).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Suppressions {
    /// (line of the comment, codes; empty: every rule).
    lines: Vec<(u32, Vec<String>)>,
    /// Codes ignored in the whole file; `Some(empty)`: every rule.
    file: Option<Vec<String>>,
    /// (line of a `# noqa`, the aura codes it maps to; `None`: every rule).
    #[serde(with = "registry_codes")]
    noqa: Vec<(u32, Option<Vec<&'static str>>)>,
}

/// `# noqa` lines as stored: the codes as text, read back as the registry's own codes (a
/// code a newer registry no longer has suppresses nothing).
mod registry_codes {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Noqa = Vec<(u32, Option<Vec<&'static str>>)>;

    pub fn serialize<S: Serializer>(noqa: &Noqa, serializer: S) -> Result<S::Ok, S::Error> {
        noqa.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Noqa, D::Error> {
        let stored: Vec<(u32, Option<Vec<String>>)> = Deserialize::deserialize(deserializer)?;
        Ok(from_stored(stored))
    }

    /// Stored `# noqa` lines with their codes as the registry's own.
    pub(super) fn from_stored(stored: Vec<(u32, Option<Vec<String>>)>) -> Noqa {
        stored
            .into_iter()
            .map(|(line, codes)| {
                let codes = codes.map(|codes| {
                    codes.iter().filter_map(|c| super::super::find(c).map(|r| r.code)).collect()
                });
                (line, codes)
            })
            .collect()
    }
}

/// flake8/ruff/pylint codes and the aura rule that reports the same problem, for
/// `# noqa: CODE` (codes not listed have no aura equivalent and suppress nothing).
pub static NOQA_CODES: &[(&str, &str)] = &[
    ("C901", "CPX001"),
    ("PLR1702", "CPX003"),
    ("PLR0913", "SIZ003"),
    ("D102", "DOC001"),
    ("D103", "DOC001"),
    ("S105", "SEC003"),
    ("S106", "SEC003"),
    ("S107", "SEC003"),
    ("S102", "SEC004"),
    ("S307", "SEC004"),
    ("S602", "SEC005"),
    ("S605", "SEC005"),
    ("S608", "SEC006"),
    ("S323", "SEC007"),
    ("S501", "SEC007"),
    ("E722", "PY001"),
    ("B001", "PY001"),
    ("B006", "PY002"),
    ("FIX001", "MRK001"),
    ("FIX002", "MRK001"),
    ("FIX003", "MRK001"),
    ("FIX004", "MRK001"),
];

/// The codes of another linter that mean aura's rule `code`.
pub fn noqa_codes_for(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    NOQA_CODES.iter().filter(move |(_, aura)| *aura == code).map(|(other, _)| *other)
}

fn noqa_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // flake8's own pattern: `# noqa`, `# NOQA: E722, C901`
    RE.get_or_init(|| {
        Regex::new(r"(?i)#\s*noqa(?::[\s]?((?-i:[A-Z]+[0-9]+)(?:[,\s]+(?-i:[A-Z]+[0-9]+))*))?")
            .expect("a valid noqa pattern")
    })
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"aura:\s*ignore(-file)?(?:\[([^\]\n]*)\])?").expect("a valid suppression pattern")
    })
}

/// In the cache's binary form, `# noqa` codes are stored as text and read back as the
/// registry's own, as `registry_codes` does for JSON.
impl crate::wire::Wire for Suppressions {
    fn put(&self, out: &mut Vec<u8>) {
        let Suppressions { lines, file, noqa } = self;
        lines.put(out);
        file.put(out);
        let noqa: Vec<(u32, Option<Vec<String>>)> = noqa
            .iter()
            .map(|(line, codes)| (*line, codes.as_ref().map(|c| c.iter().map(|c| c.to_string()).collect())))
            .collect();
        noqa.put(out);
    }

    fn take(input: &mut crate::wire::Input<'_>) -> Option<Self> {
        use crate::wire::Wire;
        let lines = Wire::take(input)?;
        let file = <Option<Vec<String>> as Wire>::take(input)?;
        let noqa = registry_codes::from_stored(Wire::take(input)?);
        Some(Suppressions { lines, file, noqa })
    }
}

impl Suppressions {
    /// Find every suppression comment in `src`.
    pub fn parse(src: &[u8]) -> Self {
        let mut out = Self { noqa: parse_noqa(src), ..Self::default() };
        // cheap test first: most files have none
        if memchr_aura(src).is_none() {
            return out;
        }
        let mut line = 1u32;
        let mut counted = 0usize;
        for caps in pattern().captures_iter(src) {
            let whole = caps.get(0).expect("group 0");
            line += src[counted..whole.start()].iter().filter(|&&b| b == b'\n').count() as u32;
            counted = whole.start();
            let codes: Vec<String> = caps
                .get(2)
                .map(|m| {
                    String::from_utf8_lossy(m.as_bytes())
                        .split(',')
                        .map(|c| c.trim().to_string())
                        .filter(|c| !c.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            if caps.get(1).is_some() {
                match &mut out.file {
                    Some(all) if all.is_empty() => {}
                    Some(existing) if !codes.is_empty() => existing.extend(codes),
                    _ => out.file = Some(codes),
                }
            } else {
                out.lines.push((line, codes));
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.file.is_none() && self.noqa.is_empty()
    }

    /// Whether a finding of rule `code` on `line` is suppressed.
    pub fn covers(&self, code: &str, line: u32) -> bool {
        if self.file.as_ref().is_some_and(|codes| picks(codes, code)) {
            return true;
        }
        // a bare `# noqa` is about its line; an import cycle is about several files, and
        // the re-export lines it is reported on carry a `# noqa` meant for F401
        let bare_covers = code != super::IMPORT_CYCLE_CODE;
        if self
            .noqa
            .iter()
            .any(|(at, codes)| *at == line && codes.as_ref().map_or(bare_covers, |c| c.contains(&code)))
        {
            return true;
        }
        self.lines.iter().any(|(at, codes)| (*at == line || *at + 1 == line) && picks(codes, code))
    }

    /// Where these comments suppress the import-cycle rule (as [`Suppressions::covers`]
    /// would say), kept with the file's findings until the cycles are known.
    pub fn for_cycles(&self) -> Option<CycleSuppressions> {
        let code = super::IMPORT_CYCLE_CODE;
        let whole_file = self.file.as_ref().is_some_and(|codes| picks(codes, code));
        let noqa = self.noqa.iter().filter(|(_, codes)| codes.as_ref().is_some_and(|c| c.contains(&code)));
        let mut lines: Vec<u32> = noqa.map(|(at, _)| *at).collect();
        for (at, codes) in &self.lines {
            if picks(codes, code) {
                lines.extend([*at, *at + 1]);
            }
        }
        lines.sort_unstable();
        lines.dedup();
        (whole_file || !lines.is_empty()).then_some(CycleSuppressions { whole_file, lines })
    }
}

/// Whether a comment's `codes` (empty: every rule) name rule `code`.
fn picks(codes: &[String], code: &str) -> bool {
    codes.is_empty() || codes.iter().any(|c| selects(c, code, super::find(code).map_or(code, |r| r.name)))
}

/// Every `# noqa` comment of `src`, its codes mapped to aura's.
fn parse_noqa(src: &[u8]) -> Vec<(u32, Option<Vec<&'static str>>)> {
    let mut out = Vec::new();
    if memchr::memmem::find(src, b"noqa").is_none()
        && memchr::memmem::find(src, b"NOQA").is_none()
        && memchr::memmem::find(src, b"NoQA").is_none()
    {
        return out;
    }
    let (mut line, mut counted) = (1u32, 0usize);
    for caps in noqa_pattern().captures_iter(src) {
        let whole = caps.get(0).expect("group 0");
        line += src[counted..whole.start()].iter().filter(|&&b| b == b'\n').count() as u32;
        counted = whole.start();
        let codes = caps.get(1).map(|m| {
            let mut mapped: Vec<&'static str> = String::from_utf8_lossy(m.as_bytes())
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter_map(|c| {
                    let mapped = NOQA_CODES.iter().find(|(other, _)| *other == c).map(|(_, aura)| *aura);
                    // aura's own codes work too: `# noqa: STR001`
                    mapped.or_else(|| super::find(c).filter(|r| r.code == c).map(|r| r.code))
                })
                .collect();
            mapped.dedup();
            mapped
        });
        match codes {
            Some(codes) if codes.is_empty() => {}
            codes => out.push((line, codes)),
        }
    }
    out
}

/// Position of the first `aura:` in `src`, if any.
fn memchr_aura(src: &[u8]) -> Option<usize> {
    memchr::memmem::find(src, b"aura:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_line_above_and_file() {
        let src = b"x = eval(a)  # aura: ignore[SEC004]\n# aura: ignore\ny = 1\nz = 2\n";
        let s = Suppressions::parse(src);
        assert!(s.covers("SEC004", 1));
        assert!(!s.covers("CPX001", 1));
        assert!(s.covers("CPX001", 2));
        assert!(s.covers("CPX001", 3));
        assert!(!s.covers("CPX001", 4));
        let f = Suppressions::parse(b"// aura: ignore-file[SEC, debugger-statement]\n");
        assert!(f.covers("SEC003", 40) && f.covers("JS001", 9) && !f.covers("CPX001", 1));
    }

    #[test]
    fn noqa_bare_mapped_unmapped_and_type_ignore() {
        let src = b"a  # noqa\nb  # NOQA: E722,C901\nc  # noqa: E501\nd  # type: ignore\ne  #noqa:B006 trailing words\n";
        let s = Suppressions::parse(src);
        assert!(s.covers("SEC004", 1) && !s.covers("SEC004", 2), "bare: every rule, its own line only");
        assert!(s.covers("PY001", 2) && s.covers("CPX001", 2) && !s.covers("SEC004", 2));
        assert!(!s.covers("PY001", 3), "E501 has no aura equivalent");
        assert!(!s.covers("PY001", 4) && !s.covers("SEC004", 4), "type: ignore is not a suppression");
        assert!(s.covers("PY002", 5) && !s.covers("PY001", 5));
        assert!(!s.covers("STR001", 1), "a bare noqa on a re-export does not hide a cycle");
        let own = Suppressions::parse(b"from . import a  # noqa: STR001\n");
        assert!(own.covers("STR001", 1) && !own.covers("PY001", 1));
    }
}
