//! One CSV row per function, in lizard's `--csv` columns and order (lizard 1.24.3, with the
//! header its `-V` prints), so tools that read lizard's CSV read aura's. RFC 4180: text
//! fields quoted (as lizard quotes them), quotes doubled; lines end in LF, as lizard's do.

use std::io::Write;

use crate::model::Report;

/// lizard's header, column for column.
pub const HEADER: &str = "NLOC,CCN,token,PARAM,length,location,file,function,long_name,start,end";

/// Quote a text field: always quoted, as lizard writes them; `"` doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Write the header and one row per function, in file order then line order. `NLOC` is
/// the function's code lines, `token` its Halstead length (operators plus operands, aura's
/// token count), `length` its lines from first to last, `long_name` its qualified name.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{HEADER}")?;
    for file in &report.files {
        for f in &file.metrics.functions {
            let length = f.end_line.saturating_sub(f.start_line) + 1;
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{}",
                f.lines,
                f.cyclomatic,
                f.halstead.length,
                f.parameters,
                length,
                quoted(&format!("{}@{}-{}@{}", f.name, f.start_line, f.end_line, file.path)),
                quoted(&file.path),
                quoted(&f.name),
                quoted(&f.qualified_name),
                f.start_line,
                f.end_line
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_are_quoted_with_quotes_doubled() {
        assert_eq!(quoted("a,\"b\""), "\"a,\"\"b\"\"\"");
    }
}
