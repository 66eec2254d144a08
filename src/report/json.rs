//! The JSON report: everything, versioned by `schema_version`.

use std::io::Write;

use crate::engine::Report;

/// Write the report as compact JSON followed by a newline (a whole repository's report
/// is large: `jq .` pretty-prints it when a person wants to read it).
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    writeln!(out)
}
