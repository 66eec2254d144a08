//! JUnit XML, for CI systems that show test reports (GitLab's `artifacts:reports:junit`,
//! Jenkins, Azure Pipelines): a `<testsuite>` per analyzed file, a failing `<testcase>`
//! per finding, one passing case for a file without findings, an `<error>` case for a
//! file aura could not analyze. Valid against Jenkins' `junit-10.xsd`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use super::xml::escape;
use crate::model::{Finding, Report};

/// What one file's suite holds.
#[derive(Default)]
struct Suite<'a> {
    findings: Vec<&'a Finding>,
    errors: Vec<&'a str>,
}

/// `src/app/models.py` → `src/app/models` (the class name, as ESLint's JUnit formatter
/// writes it: a viewer reads the dot of an extension as a package separator).
fn class_name(path: &str) -> &str {
    let file_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[file_start..].rfind('.') {
        Some(dot) if dot > 0 => &path[..file_start + dot],
        _ => path,
    }
}

/// Write the report.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let (_, prefix) = super::repository_base(std::path::Path::new(&report.root));
    let mut suites: BTreeMap<&str, Suite> = BTreeMap::new();
    for file in &report.files {
        suites.entry(&file.path).or_default();
    }
    for f in &report.findings {
        suites.entry(&f.path).or_default().findings.push(f);
    }
    for e in &report.errors {
        suites.entry(&e.path).or_default().errors.push(&e.message);
    }
    let mut body = String::new();
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for (path, suite) in &mut suites {
        suite.findings.sort_by_key(|f| (f.line, f.column, &*f.code));
        let path = format!("{prefix}{path}");
        let class = escape(class_name(&path));
        let cases = suite.findings.len() + suite.errors.len();
        let cases = cases.max(1);
        tests += cases;
        failures += suite.findings.len();
        errors += suite.errors.len();
        let _ = writeln!(
            body,
            "  <testsuite name=\"{}\" tests=\"{cases}\" failures=\"{}\" errors=\"{}\" file=\"{}\">",
            escape(&path),
            suite.findings.len(),
            suite.errors.len(),
            escape(&path)
        );
        for f in &suite.findings {
            let mut text =
                format!("{path}:{}:{}: {} {} {}", f.line, f.column, f.severity.as_str(), f.code, f.message);
            if !f.suggestion.is_empty() {
                text.push('\n');
                text.push_str(&f.suggestion);
            }
            let _ = writeln!(
                body,
                "    <testcase name=\"{} at {}:{}\" classname=\"{class}\">\n      \
                 <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                escape(&super::github::title(f)),
                f.line,
                f.column,
                f.severity.as_str(),
                escape(&format!("{}: {}", f.code, f.message)),
                escape(&text)
            );
        }
        for message in &suite.errors {
            let _ = writeln!(
                body,
                "    <testcase name=\"analysis\" classname=\"{class}\">\n      \
                 <error type=\"error\" message=\"{}\"/>\n    </testcase>",
                escape(message)
            );
        }
        if cases == 1 && suite.findings.is_empty() && suite.errors.is_empty() {
            let _ = writeln!(body, "    <testcase name=\"no findings\" classname=\"{class}\"/>");
        }
        body.push_str("  </testsuite>\n");
    }
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<testsuites name=\"aura\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
    )?;
    out.write_all(body.as_bytes())?;
    writeln!(out, "</testsuites>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_drop_the_extension_only() {
        assert_eq!(class_name("src/app/models.py"), "src/app/models");
        assert_eq!(class_name("src/.hidden"), "src/.hidden");
        assert_eq!(class_name("v1.2/Makefile"), "v1.2/Makefile");
    }
}
