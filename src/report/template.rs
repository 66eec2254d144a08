//! The template formats: Markdown and HTML, rendered with minijinja from the templates in
//! `templates/` (built in) or from a file the user names with `--template`.

use std::io::Write;

use minijinja::value::Serde;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::{ReportError, ReportOptions};
use crate::model::{Finding, Report, Severity};

const MARKDOWN: &str = include_str!("../../templates/report.md.j2");
const HTML: &str = include_str!("../../templates/report.html.j2");

/// Findings listed in a Markdown report (a pull-request comment must stay readable).
const MARKDOWN_FINDINGS: usize = 50;

/// The template's source: the user's file, else the built-in one.
pub(crate) fn source(options: &ReportOptions, builtin: &'static str) -> Result<String, ReportError> {
    match &options.template {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|source| ReportError::ReadTemplate { path: path.clone(), source }),
        None => Ok(builtin.to_string()),
    }
}

pub(crate) fn render(name: &str, template: &str, ctx: Value, out: &mut dyn Write) -> Result<(), ReportError> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(|e| template_error(name, e))?;
    env.set_syntax(syntax);
    env.add_template(name, template).map_err(|e| template_error(name, e))?;
    let text = env.get_template(name).and_then(|t| t.render(ctx)).map_err(|e| template_error(name, e))?;
    out.write_all(text.as_bytes())?;
    Ok(())
}

fn template_error(name: &str, e: minijinja::Error) -> ReportError {
    let line = e.line().map(|l| format!(" line {l}")).unwrap_or_default();
    ReportError::Template(format!("{name}{line}: {e}"))
}

#[derive(Serialize)]
struct FindingView<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    icon: &'static str,
}

pub(crate) fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "🔴",
        Severity::Warning => "🟠",
        Severity::Note => "🔵",
    }
}

/// The Markdown report: headline counts, the most severe findings, the most complex
/// functions, languages and cycles.
pub fn markdown(report: &Report, options: &ReportOptions, out: &mut dyn Write) -> Result<(), ReportError> {
    let template = source(options, MARKDOWN)?;
    let mut findings: Vec<&Finding> = report.findings.iter().collect();
    findings.sort_by(|a, b| (a.severity, &a.path, a.line).cmp(&(b.severity, &b.path, b.line)));
    let shown: Vec<FindingView> = findings
        .iter()
        .take(MARKDOWN_FINDINGS)
        .map(|f| FindingView { finding: f, icon: icon(f.severity) })
        .collect();
    let ctx = context! {
        tool => Value::from(Serde(&report.tool)),
        root => report.root.clone(),
        summary => Value::from(Serde(&report.summary)),
        findings => Value::from(Serde(&shown)),
        findings_total => report.findings.len(),
        findings_hidden => report.findings.len().saturating_sub(shown.len()),
        cycles => Value::from(Serde(&report.graph.cycles)),
        skipped => report.skipped.len(),
        errors => Value::from(Serde(&report.errors)),
        partial => Value::from(Serde(&report.run.as_ref().and_then(|r| r.partial.as_ref()))),
    };
    render("report.md", &template, ctx, out)
}

/// The HTML report: one self-contained page; the template draws it from the report's
/// JSON, embedded with `<` escaped so no string in it can close the script element.
pub fn html(report: &Report, options: &ReportOptions, out: &mut dyn Write) -> Result<(), ReportError> {
    html_with(report, None, options, out)
}

/// The HTML report with a hotspots section (`aura hotspots --format html`): the template
/// draws it when the data carries a `hotspots` object.
pub fn html_with(
    report: &Report,
    hotspots: Option<&crate::hotspots::Hotspots>,
    options: &ReportOptions,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    let template = source(options, HTML)?;
    let mut data = serde_json::to_value(report)?;
    if let (Some(hotspots), Some(obj)) = (hotspots, data.as_object_mut()) {
        obj.insert("hotspots".into(), serde_json::to_value(hotspots)?);
    }
    // per-function Halstead counts and import lists would triple the page for no chart
    if let Some(files) = data.get_mut("files").and_then(|f| f.as_array_mut()) {
        for file in files {
            if let Some(obj) = file.as_object_mut() {
                obj.remove("halstead");
                obj.remove("imports");
            }
            if let Some(functions) = file.get_mut("functions").and_then(|f| f.as_array_mut()) {
                for function in functions {
                    if let Some(obj) = function.as_object_mut() {
                        obj.remove("halstead");
                    }
                }
            }
        }
    }
    let json = serde_json::to_string(&data)?
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    let generated = now_utc();
    let title = format!("aura report: {}", report.root);
    let ctx = context! {
        title => title,
        generated => generated,
        version => report.tool.version.clone(),
        data => Value::from_safe_string(json),
        empty => report.files.is_empty() && report.errors.is_empty(),
    };
    render("report.html", &template, ctx, out)
}

/// The current time as `YYYY-MM-DD HH:MM UTC` (`SOURCE_DATE_EPOCH` wins, for
/// reproducible reports).
fn now_utc() -> String {
    let secs =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

/// Days since 1970-01-01 to (year, month, day) (H. Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_779), (2026, 11, 22));
    }
}
