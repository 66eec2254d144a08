//! The JSON report: everything, versioned by `schema_version`.

use std::io::Write;

use crate::engine::Report;

/// Write the report as pretty JSON followed by a newline.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
