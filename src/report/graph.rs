//! `aura graph` output: DOT, JSON or a table of edges and cycles.

use std::io::Write;

use super::Style;
use crate::model::ImportGraph;

/// Output formats of `aura graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Table,
    Json,
    Dot,
}

impl GraphFormat {
    /// Parse a `--format` value; the error lists the accepted values.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "table" => Ok(Self::Table),
            "json" => Ok(Self::Json),
            "dot" => Ok(Self::Dot),
            other => {
                Err(format!("unknown format `{other}` for `aura graph`; expected one of: table, json, dot"))
            }
        }
    }
}

/// Write the import graph.
pub fn write_graph(
    graph: &ImportGraph,
    format: GraphFormat,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        GraphFormat::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &serde_json::json!({ "schema_version": crate::model::SCHEMA_VERSION, "edges": graph.edges, "cycles": graph.cycles }),
            )?;
            writeln!(out)
        }
        GraphFormat::Dot => {
            let in_cycle: std::collections::HashSet<&str> =
                graph.cycles.iter().flatten().map(String::as_str).collect();
            writeln!(out, "digraph imports {{")?;
            writeln!(out, "  rankdir=LR;")?;
            writeln!(out, "  node [shape=box, fontname=\"monospace\"];")?;
            for (a, b) in &graph.edges {
                let cyclic = in_cycle.contains(&**a) && in_cycle.contains(&**b);
                let attrs = if cyclic { " [color=red]" } else { "" };
                writeln!(out, "  {} -> {}{attrs};", quote(a), quote(b))?;
            }
            writeln!(out, "}}")
        }
        GraphFormat::Table => {
            writeln!(out, "{}", style.bold(&format!("Imports ({} edges)", graph.edges.len())))?;
            for (a, b) in &graph.edges {
                writeln!(out, "  {a} → {b}")?;
            }
            writeln!(out)?;
            if graph.cycles.is_empty() {
                writeln!(out, "No import cycles.")
            } else {
                writeln!(out, "{}", style.red(&format!("Import cycles ({})", graph.cycles.len())))?;
                for cycle in &graph.cycles {
                    writeln!(out, "  {}", cycle.join(" → "))?;
                }
                Ok(())
            }
        }
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
