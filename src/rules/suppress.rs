//! `aura: ignore` comments: `aura: ignore[CODE, ...]` (or bare `aura: ignore`, every rule)
//! on a finding's line or the line above; `aura: ignore-file[CODE, ...]` anywhere in the
//! file for the whole file. Codes are matched like configuration selectors (a code, a
//! name or a code prefix).

use std::sync::OnceLock;

use regex::bytes::Regex;

use super::set::selects;

/// The suppressions written in one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suppressions {
    /// (line of the comment, codes; empty: every rule).
    lines: Vec<(u32, Vec<String>)>,
    /// Codes ignored in the whole file; `Some(empty)`: every rule.
    file: Option<Vec<String>>,
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"aura:\s*ignore(-file)?(?:\[([^\]\n]*)\])?").expect("a valid suppression pattern")
    })
}

impl Suppressions {
    /// Find every suppression comment in `src`.
    pub fn parse(src: &[u8]) -> Self {
        let mut out = Self::default();
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
        self.lines.is_empty() && self.file.is_none()
    }

    /// Whether a finding of rule `code` on `line` is suppressed.
    pub fn covers(&self, code: &str, line: u32) -> bool {
        let picks = |codes: &Vec<String>| {
            codes.is_empty()
                || codes.iter().any(|c| selects(c, code, super::find(code).map_or(code, |r| r.name)))
        };
        if self.file.as_ref().is_some_and(picks) {
            return true;
        }
        self.lines.iter().any(|(at, codes)| (*at == line || *at + 1 == line) && picks(codes))
    }
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
}
