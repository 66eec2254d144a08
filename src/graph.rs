//! The import graph: each file's imports resolved to files of the repository where the
//! language allows it, and the cycles among them.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use petgraph::Directed;
use petgraph::algo::tarjan_scc;
use petgraph::csr::Csr;

use crate::lang::Lang;
use crate::metrics::Import;
use crate::model::{FileReport, ImportGraph};

/// What the graph reads of an analyzed file, and the imports it resolves in place.
pub trait Node {
    fn path(&self) -> &str;
    fn language(&self) -> Lang;
    /// The file's imports, taken out to be resolved and put back with [`Node::put_imports`].
    fn take_imports(&mut self) -> Vec<Import>;
    fn put_imports(&mut self, imports: Vec<Import>);
}

impl Node for FileReport {
    fn path(&self) -> &str {
        &self.path
    }
    fn language(&self) -> Lang {
        self.language
    }
    fn take_imports(&mut self) -> Vec<Import> {
        std::mem::take(&mut self.metrics.imports)
    }
    fn put_imports(&mut self, imports: Vec<Import>) {
        self.metrics.imports = imports;
    }
}

/// Resolve every file's imports (filling `Import::resolved`) and build the graph, with where
/// each cycle's finding points.
pub fn build<N: Node>(files: &mut [N], root: &Path) -> (ImportGraph, CycleLines) {
    let paths: HashSet<String> = files.iter().map(|f| f.path().to_owned()).collect();
    build_within(files, paths, root)
}

/// [`build`] when `files` are only part of the repository: `paths` holds every file's
/// path (so a package's `__init__.py` or a crate's `lib.rs` is known without being analyzed).
pub fn build_within<N: Node>(
    files: &mut [N],
    paths: HashSet<String>,
    root: &Path,
) -> (ImportGraph, CycleLines) {
    // the analyzed files, then the tree's other files (known by path only), so an import
    // of a file outside the analysis still resolves to it
    let analyzed: HashSet<&str> = files.iter().map(|f| f.path()).collect();
    let mut others: Vec<(String, Lang)> = paths
        .iter()
        .filter(|p| !analyzed.contains(p.as_str()))
        .filter_map(|p| crate::lang::detect(Path::new(p), b"").map(|spec| (p.clone(), spec.lang)))
        .collect();
    others.sort();
    let entries = files.iter().map(|f| (f.path().to_owned(), f.language())).chain(others).collect();
    let mut paths = paths;
    paths.extend(analyzed.iter().map(|p| (*p).to_owned()));
    let resolver = Resolver::new(entries, paths, root);
    let mut builder = Builder::default();
    for file in files.iter_mut() {
        let mut imports = file.take_imports();
        resolver.resolve(file.path(), file.language(), &mut imports);
        builder.add(file.path(), file.language(), &imports);
        file.put_imports(imports);
    }
    builder.finish()
}

/// Resolves imports to the files of one tree, known before any file's imports are.
pub struct Resolver {
    index: Index,
}

impl Resolver {
    /// Over `files` (path and language; the first of two files claiming one module name
    /// wins it) and `paths`, every file of the tree (a JavaScript import may name a file
    /// of no language aura reads).
    pub fn new(files: Vec<(String, Lang)>, paths: HashSet<String>, root: &Path) -> Self {
        Self { index: Index::new(files, paths, root) }
    }

    /// Fill in each import's `resolved` file, where it resolves to one.
    pub fn resolve(&self, path: &str, lang: Lang, imports: &mut [Import]) {
        for import in imports {
            import.resolved = self.index.resolve(path, lang, &import.module);
        }
    }
}

/// The graph, built one file (with its resolved imports) at a time, over numbered files.
#[derive(Default)]
pub struct Builder {
    ids: HashMap<Arc<str>, u32>,
    names: Vec<Arc<str>>,
    /// Flat lists, sorted and deduplicated once at the end: a large tree's graph is a few
    /// bytes per import, not a tree node or a map entry each.
    edges: Vec<(u32, u32)>,
    /// The edges of imports run when a module loads: only they can close a cycle (a
    /// function-local or `TYPE_CHECKING` import is how Python code breaks one).
    eager: Vec<(u32, u32)>,
    /// (importer, target, line) of each non-deferred import, in the order each importer
    /// imports them (where a cycle's finding points).
    lines: Vec<(u32, u32, u32)>,
}

impl Builder {
    fn id(&mut self, path: &str) -> u32 {
        if let Some(&id) = self.ids.get(path) {
            return id;
        }
        let id = self.names.len() as u32;
        let name: Arc<str> = path.into();
        self.names.push(name.clone());
        self.ids.insert(name, id);
        id
    }

    /// Add the edges of `path`'s resolved imports; the graph's one copy of `path`, for a
    /// caller that keeps the path too.
    pub fn add(&mut self, path: &str, lang: Lang, imports: &[Import]) -> Arc<str> {
        let from = self.id(path);
        for (i, import) in imports.iter().enumerate() {
            let Some(target) = import.resolved.as_deref() else { continue };
            let to = self.id(target);
            if !import.deferred {
                self.lines.push((from, to, import.line));
            }
            if target != path || import.module.starts_with("mod ") {
                self.edges.push((from, to));
                let orders_nothing = lang == Lang::Python && submodules_only(imports, i, path, target);
                if !import.deferred && !orders_nothing {
                    self.eager.push((from, to));
                }
            }
        }
        self.names[from as usize].clone()
    }

    /// The graph, and where each cycle's finding points.
    pub fn finish(mut self) -> (ImportGraph, CycleLines) {
        for list in [&mut self.edges, &mut self.eager] {
            list.sort_unstable();
            list.dedup();
        }
        // stable: each importer's imports stay in their order
        self.lines.sort_by_key(|&(from, _, _)| from);
        let cycles = cycles(&self.names, &std::mem::take(&mut self.eager));
        let name = |id: u32| self.names[id as usize].clone();
        let mut edges: Vec<(Arc<str>, Arc<str>)> =
            std::mem::take(&mut self.edges).into_iter().map(|(a, b)| (name(a), name(b))).collect();
        edges.sort_unstable();
        let lines = CycleLines { ids: self.ids, lines: self.lines };
        (ImportGraph { edges, cycles }, lines)
    }
}

/// Where a cycle's finding points: the first import of its first file leading into it.
pub struct CycleLines {
    ids: HashMap<Arc<str>, u32>,
    /// Sorted by importer.
    lines: Vec<(u32, u32, u32)>,
}

impl CycleLines {
    /// The line of the first import by which `cycle`'s first file imports a member (itself
    /// only in a cycle of one); 1 when none is known.
    pub fn line(&self, cycle: &[String]) -> u32 {
        let members: Vec<Option<u32>> = cycle.iter().map(|m| self.ids.get(m.as_str()).copied()).collect();
        let Some(&own) = members.first() else { return 1 };
        let leads_in = |to: u32| members.contains(&Some(to)) && (Some(to) != own || cycle.len() == 1);
        let Some(own_id) = own else { return 1 };
        let first = self.lines.partition_point(|&(from, _, _)| from < own_id);
        let found = self.lines[first..]
            .iter()
            .take_while(|&&(from, _, _)| from == own_id)
            .find(|&&(_, to, _)| leads_in(to));
        found.map_or(1, |&(_, _, line)| line)
    }
}

/// Python's `from pkg import a, b` lists `pkg.a`, `pkg.b`, then `pkg` (at `before[..i]`'s
/// end, on one line). When every name is a submodule and the importer is inside `pkg`,
/// the `pkg` edge orders nothing: `pkg/__init__.py` has started loading before any of its
/// modules can, and Python imports a submodule missing from a half-loaded package. Names
/// defined in `__init__.py` (`from pkg import Error`) keep the edge.
fn submodules_only(imports: &[Import], i: usize, path: &str, target: &str) -> bool {
    let Some(package) = target.strip_suffix("__init__.py") else { return false };
    if !path.starts_with(package) {
        return false;
    }
    let bare = &imports[i];
    let prefix = format!("{}.", bare.module);
    let mut names =
        imports[..i].iter().rev().take_while(|m| m.line == bare.line && m.module.starts_with(&prefix));
    let first = names.next();
    first.is_some()
        && first.into_iter().chain(names).all(|m| m.resolved.as_deref().is_some_and(|r| r != target))
}

fn cycles(names: &[Arc<str>], edges: &[(u32, u32)]) -> Vec<Vec<String>> {
    // compressed rows over the sorted edges: four bytes an edge, no map of nodes
    let graph: Csr<(), (), Directed, u32> = match Csr::from_sorted_edges(edges) {
        Ok(graph) => graph,
        Err(_) => {
            let mut sorted = edges.to_vec();
            sorted.sort_unstable();
            Csr::from_sorted_edges(&sorted).unwrap_or_default()
        }
    };
    let mut cycles: Vec<Vec<String>> = tarjan_scc(&graph)
        .into_iter()
        .filter(|scc| scc.len() > 1 || graph.contains_edge(scc[0], scc[0]))
        .map(|scc| {
            let mut files: Vec<String> = scc.iter().map(|&n| names[n as usize].to_string()).collect();
            files.sort();
            files
        })
        .collect();
    cycles.sort();
    cycles
}

/// Lookup tables over the analyzed files.
struct Index {
    paths: HashSet<String>,
    /// Python dotted module name → file.
    python: HashMap<String, String>,
    /// Go: module path from `go.mod` → its directory (relative to the root).
    go_modules: Vec<(String, String)>,
    /// Go: directory → its non-test files.
    go_dirs: HashMap<String, Vec<String>>,
    /// File name → paths with that name (for suffix matches).
    by_name: HashMap<String, Vec<String>>,
}

impl Index {
    fn new(files: Vec<(String, Lang)>, paths: HashSet<String>, root: &Path) -> Self {
        let mut python = HashMap::new();
        let mut go_dirs: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for (path, language) in files.iter().map(|(p, l)| (p.as_str(), *l)) {
            let name = path.rsplit('/').next().unwrap_or(path).to_string();
            by_name.entry(name).or_default().push(path.to_owned());
            match language {
                Lang::Python => {
                    if let Some(module) = python_module(path, &paths) {
                        python.entry(module).or_insert_with(|| path.to_owned());
                    }
                }
                Lang::Go if !path.ends_with("_test.go") => {
                    go_dirs.entry(parent(path).to_string()).or_default().push(path.to_owned());
                }
                _ => {}
            }
        }
        let go_modules = go_modules(root, &go_dirs);
        Self { paths, python, go_modules, go_dirs, by_name }
    }

    fn resolve(&self, from: &str, lang: Lang, module: &str) -> Option<String> {
        match lang {
            Lang::Python => self.python_import(from, module),
            Lang::JavaScript | Lang::TypeScript | Lang::Tsx => self.relative_script(from, module),
            Lang::Go => self.go_import(module),
            Lang::Rust => self.rust_import(from, module),
            Lang::Java => self.java_import(module),
            Lang::C | Lang::Cpp => self.include(from, module),
            _ => None,
        }
    }

    fn python_import(&self, from: &str, module: &str) -> Option<String> {
        let absolute = if module.starts_with('.') {
            let dots = module.chars().take_while(|&c| c == '.').count();
            let own = python_module(from, &self.paths)?;
            let mut parts: Vec<&str> = own.split('.').collect();
            // a module's package is its parent; a package's `__init__` is itself
            if !from.ends_with("__init__.py") {
                parts.pop();
            }
            for _ in 1..dots {
                parts.pop()?;
            }
            let rest = &module[dots..];
            let base = parts.join(".");
            match (base.is_empty(), rest.is_empty()) {
                (true, _) => rest.to_string(),
                (false, true) => base,
                (false, false) => format!("{base}.{rest}"),
            }
        } else {
            module.to_string()
        };
        self.python.get(&absolute).cloned()
    }

    fn relative_script(&self, from: &str, module: &str) -> Option<String> {
        if !module.starts_with("./") && !module.starts_with("../") {
            return None;
        }
        let base = normalize(&join(parent(from), module))?;
        let stem = base.trim_end_matches(".js").trim_end_matches(".mjs").trim_end_matches(".cjs");
        let candidates = [
            base.clone(),
            format!("{stem}.ts"),
            format!("{stem}.tsx"),
            format!("{base}.ts"),
            format!("{base}.tsx"),
            format!("{base}.js"),
            format!("{base}.jsx"),
            format!("{base}.mjs"),
            format!("{base}.cjs"),
            format!("{base}/index.ts"),
            format!("{base}/index.tsx"),
            format!("{base}/index.js"),
            format!("{base}/index.jsx"),
        ];
        candidates.into_iter().find(|c| self.paths.contains(c))
    }

    fn go_import(&self, module: &str) -> Option<String> {
        for (prefix, dir) in &self.go_modules {
            let rest = if module == prefix {
                Some("")
            } else {
                module.strip_prefix(prefix.as_str()).and_then(|r| r.strip_prefix('/'))
            };
            if let Some(rest) = rest {
                let target = match (dir.is_empty(), rest.is_empty()) {
                    (true, _) => rest.to_string(),
                    (false, true) => dir.clone(),
                    (false, false) => format!("{dir}/{rest}"),
                };
                // a package is a directory: point at its first file
                return self.go_dirs.get(&target).and_then(|files| files.iter().min().cloned());
            }
        }
        None
    }

    fn rust_import(&self, from: &str, module: &str) -> Option<String> {
        if let Some(name) = module.strip_prefix("mod ") {
            let file_name = from.rsplit('/').next().unwrap_or(from);
            let dir = parent(from);
            let base = if matches!(file_name, "mod.rs" | "lib.rs" | "main.rs") {
                dir.to_string()
            } else {
                join(dir, file_name.trim_end_matches(".rs"))
            };
            let candidates = [join(&base, &format!("{name}.rs")), join(&base, &format!("{name}/mod.rs"))];
            return candidates.into_iter().find(|c| self.paths.contains(c));
        }
        let rest = module.strip_prefix("crate::")?;
        let src = crate_src_dir(from, &self.paths)?;
        let parts: Vec<&str> = rest.split("::").collect();
        // the longest module path that is a file: crate::a::b::Item → src/a/b.rs
        for n in (1..=parts.len()).rev() {
            let base = join(&src, &parts[..n].join("/"));
            for candidate in [format!("{base}.rs"), format!("{base}/mod.rs")] {
                if self.paths.contains(&candidate) {
                    return Some(candidate);
                }
            }
        }
        None
    }

    fn java_import(&self, module: &str) -> Option<String> {
        let class = module.rsplit('.').next()?;
        let suffix = format!("{}.java", module.replace('.', "/"));
        self.by_name
            .get(&format!("{class}.java"))?
            .iter()
            .find(|p| {
                p.ends_with(&suffix)
                    && (p.len() == suffix.len() || p[..p.len() - suffix.len()].ends_with('/'))
            })
            .cloned()
    }

    fn include(&self, from: &str, module: &str) -> Option<String> {
        let name = module.strip_prefix('"')?.strip_suffix('"')?;
        if let Some(local) = normalize(&join(parent(from), name))
            && self.paths.contains(&local)
        {
            return Some(local);
        }
        if self.paths.contains(name) {
            return Some(name.to_string());
        }
        let file = name.rsplit('/').next()?;
        let matches: Vec<&String> = self
            .by_name
            .get(file)?
            .iter()
            .filter(|p| {
                p.ends_with(name) && (p.len() == name.len() || p[..p.len() - name.len()].ends_with('/'))
            })
            .collect();
        // only an unambiguous match is an edge
        match matches.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    }
}

/// A Python file's dotted module name: its path from the top of its package tree
/// (the first ancestor directory without `__init__.py`).
pub(crate) fn python_module(path: &str, paths: &HashSet<String>) -> Option<String> {
    let stem = path.strip_suffix(".py").or_else(|| path.strip_suffix(".pyi"))?;
    let mut parts: Vec<&str> = stem.split('/').collect();
    if parts.last() == Some(&"__init__") {
        parts.pop();
    }
    let mut start = parts.len().saturating_sub(1);
    while start > 0 {
        let dir = parts[..start].join("/");
        if paths.contains(&format!("{dir}/__init__.py")) {
            start -= 1;
        } else {
            break;
        }
    }
    if start >= parts.len() {
        return None;
    }
    Some(parts[start..].join("."))
}

/// The `src` directory of the crate a Rust file belongs to: the nearest ancestor holding
/// `lib.rs` or `main.rs`.
fn crate_src_dir(from: &str, paths: &HashSet<String>) -> Option<String> {
    let mut dir = parent(from).to_string();
    loop {
        if paths.contains(&join(&dir, "lib.rs")) || paths.contains(&join(&dir, "main.rs")) {
            return Some(dir);
        }
        if dir.is_empty() {
            return None;
        }
        dir = parent(&dir).to_string();
    }
}

/// Go module paths declared by `go.mod` files in the directories holding Go code.
fn go_modules(root: &Path, go_dirs: &HashMap<String, Vec<String>>) -> Vec<(String, String)> {
    let mut seen = HashSet::new();
    let mut modules = Vec::new();
    for dir in go_dirs.keys() {
        let mut d = dir.clone();
        loop {
            if seen.insert(d.clone()) {
                let go_mod = root.join(&d).join("go.mod");
                if let Ok(text) = std::fs::read_to_string(&go_mod) {
                    let module = text
                        .lines()
                        .find_map(|l| l.trim().strip_prefix("module "))
                        .map(|m| m.trim().trim_matches('"').to_string());
                    if let Some(m) = module {
                        modules.push((m, d.clone()));
                    }
                }
            }
            if d.is_empty() {
                break;
            }
            d = parent(&d).to_string();
        }
    }
    // the longest module path wins for nested modules
    modules.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
    modules
}

fn parent(path: &str) -> &str {
    path.rfind('/').map(|i| &path[..i]).unwrap_or("")
}

fn join(dir: &str, rest: &str) -> String {
    if dir.is_empty() { rest.to_string() } else { format!("{dir}/{rest}") }
}

/// Resolve `.` and `..`; `None` when it climbs above the root.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_modules_start_at_the_top_package() {
        let paths: HashSet<String> =
            ["src/pkg/__init__.py", "src/pkg/a.py", "src/pkg/sub/__init__.py", "src/pkg/sub/b.py", "tool.py"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        assert_eq!(python_module("src/pkg/sub/b.py", &paths).as_deref(), Some("pkg.sub.b"));
        assert_eq!(python_module("src/pkg/__init__.py", &paths).as_deref(), Some("pkg"));
        assert_eq!(python_module("tool.py", &paths).as_deref(), Some("tool"));
    }

    #[test]
    fn normalize_resolves_dots() {
        assert_eq!(normalize("a/./b/../c").as_deref(), Some("a/c"));
        assert_eq!(normalize("../x"), None);
    }

    #[test]
    fn cycles_are_strongly_connected_sets() {
        let names: Vec<Arc<str>> = ["a", "b", "c", "d"].into_iter().map(Into::into).collect();
        let edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)];
        assert_eq!(
            cycles(&names, &edges),
            vec![vec!["a".to_string(), "b".into(), "c".into()], vec!["d".to_string()]]
        );
    }
}
