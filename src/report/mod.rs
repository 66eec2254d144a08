//! Report writers: one file per format. Workers never print; these are the one consumer.

mod graph;
mod json;
mod table;

use std::io::Write;

pub use graph::{GraphFormat, write_graph};

use crate::engine::Report;

/// Output formats of `aura analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Human-readable tables (the default on a terminal).
    Table,
    /// Everything, versioned (`schema_version`).
    Json,
}

impl Format {
    /// Parse a `--format` value; the error lists the accepted values.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "table" => Ok(Self::Table),
            "json" => Ok(Self::Json),
            other => {
                Err(format!("unknown format `{other}` for `aura analyze`; expected one of: table, json"))
            }
        }
    }
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
}

/// Write an analysis report in `format`.
pub fn write_analysis(
    report: &Report,
    format: Format,
    human: HumanOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => table::write(report, human, out),
        Format::Json => json::write(report, out),
    }
}
