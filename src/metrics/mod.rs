//! Metrics: the types every report reads, and the one pass that computes them all.
//!
//! The counting rules are documented per language in `docs/metrics.md`; each row there
//! has a golden test in `tests/it/metrics/` (one module per language).

mod cognitive;
mod halstead;
mod loc;
mod pass;
mod shape;

pub use halstead::Halstead;
pub use loc::Lines;
pub use pass::{MeasureOptions, line_classes, measure};

use serde::{Deserialize, Serialize};

/// Metrics of one function (or method, or named closure the language treats as a function).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionMetrics {
    /// The function's own name (`(anonymous)` when it has none).
    pub name: String,
    /// The name with its enclosing classes, impls and functions: `Outer.method`.
    pub qualified_name: String,
    /// 1-based first line.
    pub start_line: u32,
    /// 1-based last line.
    pub end_line: u32,
    pub parameters: u32,
    /// Of those, the ones the parameter rule leaves out: a method's receiver (Python's
    /// `self`/`cls`, Rust's `self`) and variadics (`*args`, `**kwargs`). Not reported.
    #[serde(skip)]
    pub uncounted_parameters: u32,
    /// McCabe: 1 + decision points.
    pub cyclomatic: u32,
    /// Campbell's cognitive complexity.
    pub cognitive: u32,
    /// Deepest nesting of control structures.
    pub nesting_depth: u32,
    /// Code lines inside the function's span.
    pub lines: u32,
    pub halstead: Halstead,
    /// Visual Studio form, 0-100.
    pub maintainability: f64,
    /// Part of the public API (each language's rule; see `docs/metrics.md`).
    pub public: bool,
    /// Carries a docstring or doc comment.
    pub documented: bool,
}

/// An import found in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Import {
    /// The module as written (`os.path`, `./util`, `crate::engine`, `"x.h"`).
    pub module: String,
    /// 1-based line.
    pub line: u32,
    /// The repository file it resolves to, when it resolves to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// Not run when the module loads: inside a function, or under Python's
    /// `if TYPE_CHECKING:`. Such an import is an edge of the graph but closes no cycle.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deferred: bool,
}

/// Documentation coverage of a file's public API.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocCoverage {
    /// Public functions, methods and types.
    pub public: u32,
    /// Of those, the documented ones.
    pub documented: u32,
}

impl DocCoverage {
    /// Documented share in percent; `None` when there is no public API.
    pub fn percent(&self) -> Option<f64> {
        (self.public > 0).then(|| f64::from(self.documented) * 100.0 / f64::from(self.public))
    }
}

/// Metrics of one file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileMetrics {
    pub lines: Lines,
    /// Syntax error and missing nodes in the tree (the file is still measured).
    pub parse_errors: u32,
    /// 1 + every decision point in the file.
    pub cyclomatic: u32,
    /// Sum over the file's functions and top-level code.
    pub cognitive: u32,
    pub classes: u32,
    pub halstead: Halstead,
    pub maintainability: f64,
    pub documentation: DocCoverage,
    pub imports: Vec<Import>,
    pub functions: Vec<FunctionMetrics>,
}

crate::wire::wire_struct!(FunctionMetrics {
    name,
    qualified_name,
    start_line,
    end_line,
    parameters,
    uncounted_parameters,
    cyclomatic,
    cognitive,
    nesting_depth,
    lines,
    halstead,
    maintainability,
    public,
    documented,
});
crate::wire::wire_struct!(Import { module, line, resolved, deferred });
crate::wire::wire_struct!(DocCoverage { public, documented });
crate::wire::wire_struct!(FileMetrics {
    lines,
    parse_errors,
    cyclomatic,
    cognitive,
    classes,
    halstead,
    maintainability,
    documentation,
    imports,
    functions,
});
crate::wire::wire_struct!(Lines { total, code, comment, blank });
crate::wire::wire_struct!(Halstead {
    distinct_operators,
    distinct_operands,
    total_operators,
    total_operands,
    vocabulary,
    length,
    volume,
    difficulty,
    effort,
    time,
    bugs,
});

/// The Visual Studio maintainability index:
/// `max(0, (171 − 5.2 ln V − 0.23 G − 16.2 ln L) · 100 / 171)`.
/// Empty code (no volume or no lines) is perfectly maintainable: 100.
pub fn maintainability_index(volume: f64, cyclomatic: u32, code_lines: u32) -> f64 {
    if volume <= 0.0 || code_lines == 0 {
        return 100.0;
    }
    let raw = 171.0 - 5.2 * volume.ln() - 0.23 * f64::from(cyclomatic) - 16.2 * f64::from(code_lines).ln();
    let mi = (raw * 100.0 / 171.0).clamp(0.0, 100.0);
    (mi * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintainability_index_follows_the_visual_studio_formula() {
        // V = 100, G = 1, L = 10: (171 - 5.2 ln 100 - 0.23 - 16.2 ln 10) * 100 / 171
        let expected = (171.0 - 5.2 * 100f64.ln() - 0.23 - 16.2 * 10f64.ln()) * 100.0 / 171.0;
        assert!((maintainability_index(100.0, 1, 10) - expected).abs() < 0.01);
        assert_eq!(maintainability_index(0.0, 1, 0), 100.0);
        assert_eq!(maintainability_index(1e30, 500, 100_000), 0.0);
    }
}
