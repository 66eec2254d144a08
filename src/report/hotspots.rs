//! `aura hotspots` output: a table, JSON, Markdown, or the HTML report with a hotspots
//! section.

use std::io::Write;

use minijinja::context;
use minijinja::value::{Serde, Value};

use super::{HumanOptions, ReportOptions, table, template};
use crate::hotspots::Hotspots;
use crate::model::Report;

const MARKDOWN: &str = include_str!("../../templates/hotspots.md.j2");

/// Output formats of `aura hotspots`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HotspotsFormat {
    Table,
    Json,
    Markdown,
    Html,
}

impl HotspotsFormat {
    /// Every accepted `--format` value.
    pub const NAMES: &'static [&'static str] = &["table", "json", "markdown", "html"];

    /// Parse a `--format` value; the error lists the accepted values.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.to_ascii_lowercase().as_str() {
            "table" => Ok(Self::Table),
            "json" => Ok(Self::Json),
            "markdown" | "md" => Ok(Self::Markdown),
            "html" => Ok(Self::Html),
            other => Err(format!(
                "unknown format `{other}` for `aura hotspots`; expected one of: {}",
                Self::NAMES.join(", ")
            )),
        }
    }
}

/// Write the hotspots; `analysis` is the analysis they were ranked on (the HTML format
/// draws the whole report around them).
pub fn write_hotspots(
    hotspots: &Hotspots,
    analysis: &Report,
    format: HotspotsFormat,
    human: HumanOptions,
    options: &ReportOptions,
    out: &mut dyn Write,
) -> Result<(), super::ReportError> {
    match format {
        HotspotsFormat::Table => write_table(hotspots, human, out)?,
        HotspotsFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, hotspots)?;
            writeln!(out)?;
        }
        HotspotsFormat::Markdown => {
            let source = template::source(options, MARKDOWN)?;
            let ctx = context! { hotspots => Value::from(Serde(hotspots)) };
            template::render("hotspots.md", &source, ctx, out)?;
        }
        HotspotsFormat::Html => template::html_with(analysis, Some(hotspots), options, out)?,
    }
    Ok(())
}

/// The window line, then the files and the functions as aligned tables.
fn write_table(h: &Hotspots, options: HumanOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let st = options.style;
    let w = &h.window;
    let from = w.since.as_deref().map_or("the first commit".to_owned(), |s| s[..10].to_owned());
    let merges = match w.merges_skipped {
        0 => String::new(),
        n => format!(", {n} merge(s) skipped"),
    };
    writeln!(
        out,
        "{} {} commit(s) from {from} to {} (HEAD {}){merges}",
        st.bold("Churn window:"),
        w.commits,
        &w.head_time[..10],
        &w.head[..7.min(w.head.len())],
    )?;
    if w.shallow {
        writeln!(out, "{}", st.yellow("Shallow clone: churn is limited to the fetched history."))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        st.bold(&format!("Files: commits × cyclomatic (top {} of {})", h.files.len(), h.totals.files))
    )?;
    if h.files.is_empty() {
        writeln!(out, "  No analyzed file changed in the window.")?;
    } else {
        let rows: Vec<Vec<String>> = h
            .files
            .iter()
            .map(|f| {
                vec![
                    f.path.clone(),
                    f.commits.to_string(),
                    f.lines_added.to_string(),
                    f.lines_deleted.to_string(),
                    f.cyclomatic.to_string(),
                    f.score.to_string(),
                    f.last_changed.clone(),
                ]
            })
            .collect();
        table::table(
            out,
            &["path", "commits", "added", "deleted", "cyclomatic", "score", "last change"],
            &rows,
            &st,
        )?;
    }
    if h.totals.function_files == 0 {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        st.bold(&format!(
            "Functions: commits × cyclomatic (top {} of {}, in the {} top file(s))",
            h.functions.len(),
            h.totals.functions,
            h.totals.function_files
        ))
    )?;
    if h.functions.is_empty() {
        writeln!(out, "  No commit touched a current function.")?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = h
        .functions
        .iter()
        .map(|f| {
            vec![
                f.qualified_name.clone(),
                format!("{}:{}", f.path, f.start_line),
                f.commits.to_string(),
                f.cyclomatic.to_string(),
                f.cognitive.to_string(),
                f.score.to_string(),
            ]
        })
        .collect();
    table::table(out, &["function", "location", "commits", "cyclomatic", "cognitive", "score"], &rows, &st)
}
