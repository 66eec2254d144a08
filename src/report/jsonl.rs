//! JSON Lines: one line per file, written as the run delivers it (in the order the walk
//! found the files), then one summary line. A consumer reads results while the run goes
//! on, and aura's memory does not grow with the files written.
//!
//! Lines are objects told apart by `type`: `file` (the file's metrics, as in the JSON
//! report's `files`, and its `findings`), `skipped`, `error`, and last `summary` (what is
//! known once every file is in: the summary, the import graph, and the findings about more
//! than one file, import cycles). A file line's imports are resolved already: the engine
//! knows every file of the tree before it hands out the first result.

use std::io::Write;

use serde::Serialize;

use crate::model::{FileError, FileReport, Finding, ImportGraph, Report, Run, Skipped, Summary, Tool};
use crate::rules;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    File {
        #[serde(flatten)]
        file: &'a FileReport,
        findings: &'a [Finding],
    },
    Skipped(&'a Skipped),
    Error(&'a FileError),
    Summary {
        schema_version: u32,
        tool: &'a Tool,
        run: Option<&'a Run>,
        root: &'a str,
        summary: &'a Summary,
        graph: &'a ImportGraph,
        findings: Vec<&'a Finding>,
    },
}

fn write_line(line: &Line, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, line)?;
    out.write_all(b"\n")
}

/// The line of an analyzed file, with the findings the report keeps of it.
pub fn write_file(file: &FileReport, findings: &[Finding], out: &mut dyn Write) -> std::io::Result<()> {
    write_line(&Line::File { file, findings }, out)
}

/// The line of a file that was not analyzed.
pub fn write_skipped(skipped: &Skipped, out: &mut dyn Write) -> std::io::Result<()> {
    write_line(&Line::Skipped(skipped), out)
}

/// The line of a file whose analysis failed.
pub fn write_error(error: &FileError, out: &mut dyn Write) -> std::io::Result<()> {
    write_line(&Line::Error(error), out)
}

/// The closing line: the report without its files and their own findings.
pub fn write_summary(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let findings = report.findings.iter().filter(|f| f.code == rules::IMPORT_CYCLE_CODE).collect();
    write_line(
        &Line::Summary {
            schema_version: report.schema_version,
            tool: &report.tool,
            run: report.run.as_ref(),
            root: &report.root,
            summary: &report.summary,
            graph: &report.graph,
            findings,
        },
        out,
    )
}

/// The whole report as lines: each file with its findings, in path order, then the
/// skipped and failed files and the summary.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let mut findings = report.findings.iter().filter(|f| f.code != rules::IMPORT_CYCLE_CODE).peekable();
    for file in &report.files {
        // findings are sorted by path, as files are
        while findings.next_if(|f| f.path < file.path).is_some() {}
        let mut own = Vec::new();
        while let Some(f) = findings.next_if(|f| f.path == file.path) {
            own.push(f.clone());
        }
        write_file(file, &own, out)?;
    }
    report.skipped.iter().try_for_each(|s| write_skipped(s, out))?;
    report.errors.iter().try_for_each(|e| write_error(e, out))?;
    write_summary(report, out)
}
