//! Report writers: one file per format. Workers never print; these are the one consumer.

mod checkstyle;
mod codequality;
mod csv;
pub(crate) mod fit;
mod github;
mod graph;
mod hotspots;
mod json;
pub mod jsonl;
mod junit;
mod rdjson;
mod review;
mod sarif;
pub mod statistics;
pub(crate) mod table;
pub(crate) mod template;
pub mod watch;
mod xml;

use std::io::Write;

pub use graph::{GraphFormat, write_graph};
pub use hotspots::{HotspotsFormat, write_hotspots};
pub use review::{write_annotations, write_review};

use crate::model::Report;

/// Output formats of `aura analyze` and `aura merge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Human-readable tables (the default on a terminal).
    Table,
    /// Everything, versioned (`schema_version`).
    Json,
    /// JSON Lines: one line per file as it is analyzed, then a summary line.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// Markdown, for pull-request comments and job summaries.
    Markdown,
    /// One self-contained HTML page with charts.
    Html,
    /// GitLab Code Quality.
    CodeQuality,
    /// GitHub Actions workflow annotations (`::error file=…::message`).
    Github,
    /// JUnit XML: a test suite per file, a failing test case per finding.
    Junit,
    /// Checkstyle XML (reviewdog, Jenkins Warnings, diff-quality).
    Checkstyle,
    /// reviewdog's Diagnostic Format (`reviewdog -f=rdjson`).
    Rdjson,
    /// One row per function in lizard's CSV columns.
    Csv,
}

impl Format {
    /// Every accepted `--format` value.
    pub const NAMES: &'static [&'static str] = &[
        "table",
        "json",
        "jsonl",
        "sarif",
        "markdown",
        "html",
        "codequality",
        "github",
        "junit",
        "checkstyle",
        "rdjson",
        "csv",
    ];

    /// Parse a `--format` value; the error lists the accepted values.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.to_ascii_lowercase().as_str() {
            "table" => Ok(Self::Table),
            "json" => Ok(Self::Json),
            "jsonl" | "json-lines" | "ndjson" => Ok(Self::Jsonl),
            "sarif" => Ok(Self::Sarif),
            "markdown" | "md" => Ok(Self::Markdown),
            "html" => Ok(Self::Html),
            "codequality" | "code-quality" | "gitlab" => Ok(Self::CodeQuality),
            "github" => Ok(Self::Github),
            "junit" => Ok(Self::Junit),
            "checkstyle" => Ok(Self::Checkstyle),
            "rdjson" => Ok(Self::Rdjson),
            "csv" => Ok(Self::Csv),
            other => {
                let mut message =
                    format!("unknown format `{other}`; expected one of: {}", Self::NAMES.join(", "));
                if let Some(best) = crate::closed::did_you_mean(other, Self::NAMES.iter().copied()) {
                    message.push_str(&format!("; did you mean `{best}`?"));
                }
                Err(message)
            }
        }
    }
}

/// What the machine and document formats need besides the report.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// A template replacing the built-in one (markdown, html).
    pub template: Option<std::path::PathBuf>,
    /// SARIF `automationDetails.id` prefix (`category/`).
    pub category: Option<String>,
    /// The custom rules of the configuration (SARIF lists every rule it reports).
    pub custom_rules: Vec<crate::config::CustomRule>,
}

/// The repository root containing `root` (the nearest ancestor with `.git`) as a `file://`
/// URI, and `root`'s path inside it (`sub/dir/`, or empty), so result URIs are relative to
/// the repository root as GitHub requires.
pub(crate) fn repository_base(root: &std::path::Path) -> (Option<String>, String) {
    let absolute = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let repo = absolute.ancestors().find(|a| a.join(".git").exists());
    let base = repo.unwrap_or(&absolute);
    let prefix = absolute
        .strip_prefix(base)
        .ok()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| !p.is_empty())
        .map(|p| format!("{p}/"))
        .unwrap_or_default();
    let mut uri = format!("file://{}", sarif::uri(&base.to_string_lossy().replace('\\', "/")));
    if !uri.ends_with('/') {
        uri.push('/');
    }
    (Some(uri), prefix)
}

/// Colors and styles for human output.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub(crate) fn paint(&self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }
    pub(crate) fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
    pub(crate) fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
    pub(crate) fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }
    pub(crate) fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }
}

/// Options of the human formats.
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanOptions {
    pub style: Style,
    /// Also list every file.
    pub verbose: bool,
    /// Columns the table may use; `None`: `COLUMNS`, else 100.
    pub width: Option<usize>,
    /// How long the run took, for the table's closing line.
    pub elapsed: Option<std::time::Duration>,
}

impl HumanOptions {
    /// The columns the table may use.
    pub(crate) fn width(&self) -> usize {
        self.width.unwrap_or_else(|| fit::width(false))
    }
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("cannot serialize the report: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot read the template {}: {source}", path.display())]
    ReadTemplate { path: std::path::PathBuf, source: std::io::Error },
    /// A template that does not parse or render: its name, line and minijinja's message.
    #[error("template {0}")]
    Template(String),
}

/// Write an analysis report in `format`.
pub fn write_analysis(
    report: &Report,
    format: Format,
    human: HumanOptions,
    options: &ReportOptions,
    out: &mut dyn Write,
) -> Result<(), ReportError> {
    match format {
        Format::Table => table::write(report, human, out)?,
        Format::Json => json::write(report, out)?,
        Format::Jsonl => jsonl::write(report, out)?,
        Format::Sarif => sarif::write(report, options, out)?,
        Format::CodeQuality => codequality::write(report, out)?,
        Format::Markdown => template::markdown(report, options, out)?,
        Format::Html => template::html(report, options, out)?,
        Format::Github => github::write(report, out)?,
        Format::Junit => junit::write(report, out)?,
        Format::Checkstyle => checkstyle::write(report, out)?,
        Format::Rdjson => rdjson::write(report, out)?,
        Format::Csv => csv::write(report, out)?,
    }
    Ok(())
}
