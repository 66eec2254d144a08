//! Helpers shared by the language modules: measure a source and render the summaries
//! the snapshots hold.

use std::fmt::Write as _;

use aura::config::Config;
use aura::lang::Lang;

fn ext(lang: Lang) -> &'static str {
    match lang {
        Lang::Python => "py",
        Lang::JavaScript => "js",
        Lang::TypeScript => "ts",
        Lang::Tsx => "tsx",
        Lang::Go => "go",
        Lang::Rust => "rs",
        Lang::Java => "java",
        Lang::C => "c",
        Lang::Cpp => "cpp",
        Lang::Ruby => "rb",
        Lang::CSharp => "cs",
        Lang::Kotlin => "kt",
        Lang::Php => "php",
        Lang::Bash => "sh",
    }
}

fn measure(lang: Lang, src: &str, config: &Config) -> aura::metrics::FileMetrics {
    aura::engine::analyze_source(lang, &format!("case.{}", ext(lang)), src.as_bytes(), config)
        .expect("analysis succeeds")
        .metrics
}

/// Lines, file totals, imports and one line per function.
pub fn summary(lang: Lang, src: &str) -> String {
    summary_with(lang, src, &Config::default())
}

pub fn summary_with(lang: Lang, src: &str, config: &Config) -> String {
    let m = measure(lang, src, config);
    let mut out = String::new();
    let l = m.lines;
    writeln!(out, "lines total={} code={} comment={} blank={}", l.total, l.code, l.comment, l.blank).unwrap();
    writeln!(
        out,
        "file cc={} cog={} parse_errors={} classes={} docs={}/{}",
        m.cyclomatic,
        m.cognitive,
        m.parse_errors,
        m.classes,
        m.documentation.documented,
        m.documentation.public
    )
    .unwrap();
    for i in &m.imports {
        writeln!(out, "import L{} {}", i.line, i.module).unwrap();
    }
    for f in &m.functions {
        write!(
            out,
            "{} L{}-{} params={} cc={} cog={} nest={} len={}",
            f.qualified_name,
            f.start_line,
            f.end_line,
            f.parameters,
            f.cyclomatic,
            f.cognitive,
            f.nesting_depth,
            f.lines
        )
        .unwrap();
        match (f.public, f.documented) {
            (true, true) => out.push_str(" public documented"),
            (true, false) => out.push_str(" public"),
            _ => {}
        }
        out.push('\n');
    }
    out
}

/// Halstead counts and measures, and the maintainability index, of the file and each function.
pub fn halstead(lang: Lang, src: &str) -> String {
    let m = measure(lang, src, &Config::default());
    let mut out = String::new();
    let mut row = |name: &str, h: &aura::metrics::Halstead, mi: f64| {
        writeln!(
            out,
            "{name}: n1={} n2={} N1={} N2={} vocabulary={} length={} V={:.3} D={:.3} E={:.3} T={:.3} B={:.3} MI={:.2}",
            h.distinct_operators,
            h.distinct_operands,
            h.total_operators,
            h.total_operands,
            h.vocabulary,
            h.length,
            h.volume,
            h.difficulty,
            h.effort,
            h.time,
            h.bugs,
            mi
        )
        .unwrap();
    };
    row("(file)", &m.halstead, m.maintainability);
    for f in &m.functions {
        row(&f.qualified_name, &f.halstead, f.maintainability);
    }
    out
}

/// Analyze several files as one repository and show how each import resolves.
/// `extra` files (go.mod) are written to a temporary root the resolver reads.
pub fn graph(files: &[(&str, Lang, &str)], extra: &[(&str, &str)]) -> String {
    let root = tempfile::tempdir().unwrap();
    for (path, text) in extra {
        let p = root.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let mut reports: Vec<aura::model::FileReport> = files
        .iter()
        .map(|(path, lang, src)| {
            aura::engine::analyze_source(*lang, path, src.as_bytes(), &Config::default())
                .expect("analysis succeeds")
        })
        .collect();
    let (g, _) = aura::graph::build(&mut reports, root.path());
    let mut out = String::new();
    for r in &reports {
        for i in &r.metrics.imports {
            writeln!(
                out,
                "{} L{} {} -> {}",
                r.path,
                i.line,
                i.module,
                i.resolved.as_deref().unwrap_or("(unresolved)")
            )
            .unwrap();
        }
    }
    for (a, b) in &g.edges {
        writeln!(out, "edge {a} -> {b}").unwrap();
    }
    for c in &g.cycles {
        writeln!(out, "cycle {}", c.join(" ")).unwrap();
    }
    out
}
