//! `--statistics`: how many findings each rule produced, most frequent first, as text or
//! JSON (ruff's `check --statistics`).

use std::io::{self, Write};

use serde::Serialize;

use super::{Format, Style};
use crate::model::Finding;

/// Version of the statistics JSON's shape.
const SCHEMA_VERSION: u32 = 1;

/// One rule's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    /// The rule's code (or a custom rule's id).
    pub code: String,
    /// The rule's name.
    pub name: String,
    pub count: u32,
}

#[derive(Serialize)]
struct Statistics<'a> {
    schema_version: u32,
    total: u32,
    rules: &'a [RuleCount],
}

/// The findings counted per rule: by count, most first, then by code.
pub fn count<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<RuleCount> {
    let mut counts: Vec<RuleCount> = Vec::new();
    for f in findings {
        match counts.iter_mut().find(|c| c.code == f.code) {
            Some(c) => c.count += 1,
            None => counts.push(RuleCount { code: f.code.to_string(), name: f.rule.to_string(), count: 1 }),
        }
    }
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    counts
}

/// The formats `--statistics` writes: text for `table`, or JSON.
pub fn accepts(format: Format) -> bool {
    matches!(format, Format::Table | Format::Json)
}

/// Write the counts: `  12  CPX001  cyclomatic-complexity` lines and a total, or JSON.
pub fn write(counts: &[RuleCount], format: Format, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let total = counts.iter().map(|c| c.count).sum();
    if format == Format::Json {
        let doc = Statistics { schema_version: SCHEMA_VERSION, total, rules: counts };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        return writeln!(out);
    }
    let count_width = counts.iter().map(|c| c.count.to_string().len()).max().unwrap_or(1);
    let code_width = counts.iter().map(|c| c.code.chars().count()).max().unwrap_or(0);
    for c in counts {
        let code = format!("{:<code_width$}", c.code);
        writeln!(out, "{:>count_width$}  {}  {}", c.count, style.bold(&code), c.name)?;
    }
    match total {
        0 => writeln!(out, "No findings."),
        1 => writeln!(out, "Found 1 finding."),
        n if counts.len() == 1 => writeln!(out, "Found {n} findings (1 rule)."),
        n => writeln!(out, "Found {n} findings ({} rules).", counts.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: &str, rule: &str) -> Finding {
        Finding {
            code: code.to_owned().into(),
            rule: rule.to_owned().into(),
            severity: crate::model::Severity::Warning,
            message: String::new(),
            path: "a.py".into(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            function: None,
            suggestion: "".into(),
            fingerprint: String::new(),
        }
    }

    #[test]
    fn most_frequent_first_then_by_code() {
        let findings =
            [finding("SEC001", "s"), finding("CPX002", "b"), finding("CPX001", "a"), finding("CPX002", "b")];
        let counts = count(&findings);
        let order: Vec<(&str, u32)> = counts.iter().map(|c| (c.code.as_str(), c.count)).collect();
        assert_eq!(order, [("CPX002", 2), ("CPX001", 1), ("SEC001", 1)]);
        let mut text = Vec::new();
        write(&counts, Format::Table, Style::default(), &mut text).unwrap();
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "2  CPX002  b\n1  CPX001  a\n1  SEC001  s\nFound 4 findings (3 rules).\n"
        );
    }
}
