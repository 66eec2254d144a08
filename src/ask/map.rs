//! The repository map, ranked as aider ranks it (`aider/repomap.py`): files are nodes, and
//! each file that uses an identifier another file defines has an edge to it, weighted by
//! how telling the identifier is and how often it is used. PageRank, personalised to the
//! files and identifiers the question names, ranks the files; each file's rank is shared
//! among its out-edges, so a definition's rank is what the files using it give it.
//!
//! Weights (aider's): ×10 for an identifier the question names, ×10 for a long compound
//! name (`snake_case`/`camelCase`, 8 characters or more), ×0.1 for a private `_name`,
//! ×0.1 for a name defined in more than 5 files; √(uses) for the count. A name defined
//! in more than [`MAX_DEFINERS`] files (`__init__`, `get`) tells nothing and is left out.

use std::collections::HashMap;

use super::words::{Term, TermMap};

/// A name defined in more files than this is no edge.
const MAX_DEFINERS: usize = 32;
const DAMPING: f64 = 0.85;
const ITERATIONS: usize = 40;

/// One file as the map sees it.
pub struct Node<'a> {
    /// Each identifier the file uses (its hash) and how often, sorted by hash.
    pub uses: &'a [(Term, u32)],
    /// What it defines: the identifier's hash, name and 1-based line.
    pub defines: &'a [Def],
    /// The question names this file (its path, or its name as an identifier).
    pub mentioned: bool,
}

/// A definition found in a file.
#[derive(Debug, Clone)]
pub struct Def {
    pub ident: Term,
    pub name: Box<str>,
    pub line: u32,
}

/// The ranks: of each file (summing to 1), and of each definition the map lists.
pub struct Ranked {
    pub files: Vec<f64>,
    /// `(file, index into its defines, rank)`, best first.
    pub defs: Vec<(u32, u32, f64)>,
}

/// Rank `nodes`; `mentioned` are the identifiers the question names.
pub fn rank(nodes: &[Node], mentioned: &[Term]) -> Ranked {
    let mut definers: TermMap<Vec<u32>> = TermMap::default();
    for (at, node) in nodes.iter().enumerate() {
        for def in node.defines {
            let files = definers.entry(def.ident).or_default();
            if files.last() != Some(&(at as u32)) {
                files.push(at as u32);
            }
        }
    }
    let long: TermMap<bool> =
        nodes.iter().flat_map(|n| n.defines.iter()).map(|d| (d.ident, is_telling(&d.name))).collect();
    let weight = |ident: Term, count: u32, definers: usize| -> f64 {
        let mut mul = 1.0;
        if mentioned.contains(&ident) {
            mul *= 10.0;
        }
        if long.get(&ident).copied().unwrap_or(false) {
            mul *= 10.0;
        }
        if definers > 5 {
            mul *= 0.1;
        }
        mul * f64::from(count).sqrt()
    };
    let private: TermMap<bool> =
        nodes.iter().flat_map(|n| n.defines.iter()).map(|d| (d.ident, d.name.starts_with('_'))).collect();
    // each file's out-edges, summed per target
    let edges: Vec<Vec<(u32, f64)>> = nodes
        .iter()
        .enumerate()
        .map(|(at, node)| {
            let mut out: HashMap<u32, f64> = HashMap::new();
            for &(ident, count) in node.uses {
                let Some(files) = definers.get(&ident).filter(|f| f.len() <= MAX_DEFINERS) else { continue };
                let mut w = weight(ident, count, files.len());
                if private.get(&ident).copied().unwrap_or(false) {
                    w *= 0.1;
                }
                for &to in files.iter().filter(|&&to| to != at as u32) {
                    *out.entry(to).or_default() += w;
                }
            }
            let mut out: Vec<(u32, f64)> = out.into_iter().collect();
            out.sort_by_key(|(to, _)| *to);
            out
        })
        .collect();
    let personal = personalisation(nodes, mentioned, &definers);
    let files = pagerank(&edges, &personal);

    // a definition's rank: what each user's rank gives it, by the edge's share
    let mut def_rank: HashMap<(u32, Term), f64> = HashMap::new();
    for (at, node) in nodes.iter().enumerate() {
        let total: f64 = edges[at].iter().map(|(_, w)| w).sum();
        if total == 0.0 {
            continue;
        }
        for &(ident, count) in node.uses {
            let Some(to) = definers.get(&ident).filter(|f| f.len() <= MAX_DEFINERS) else { continue };
            let mut w = weight(ident, count, to.len());
            if private.get(&ident).copied().unwrap_or(false) {
                w *= 0.1;
            }
            for &to in to.iter().filter(|&&to| to != at as u32) {
                *def_rank.entry((to, ident)).or_default() += files[at] * w / total;
            }
        }
    }
    let mut defs: Vec<(u32, u32, f64)> = Vec::new();
    for (at, node) in nodes.iter().enumerate() {
        for (i, def) in node.defines.iter().enumerate() {
            if let Some(rank) = def_rank.remove(&(at as u32, def.ident)) {
                defs.push((at as u32, i as u32, rank));
            }
        }
    }
    defs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    Ranked { files, defs }
}

/// A name that says what it is: long and compound (aider's ×10).
fn is_telling(name: &str) -> bool {
    let compound = name.contains('_') || name.chars().skip(1).any(char::is_uppercase);
    name.chars().count() >= 8 && compound
}

/// Where the random surfer restarts: the files the question names (100), the files
/// defining an identifier it names (10); everywhere alike when it names none.
fn personalisation(nodes: &[Node], mentioned: &[Term], definers: &TermMap<Vec<u32>>) -> Vec<f64> {
    let mut p = vec![0.0; nodes.len()];
    for (at, node) in nodes.iter().enumerate() {
        if node.mentioned {
            p[at] += 100.0;
        }
    }
    for ident in mentioned {
        for &at in definers.get(ident).map(Vec::as_slice).unwrap_or_default() {
            p[at as usize] += 10.0;
        }
    }
    let total: f64 = p.iter().sum();
    if total == 0.0 {
        let n = nodes.len().max(1) as f64;
        return vec![1.0 / n; nodes.len()];
    }
    p.iter().map(|x| x / total).collect()
}

/// Personalised PageRank by power iteration; a file with no out-edges gives its rank back
/// to the personalisation.
fn pagerank(edges: &[Vec<(u32, f64)>], personal: &[f64]) -> Vec<f64> {
    let totals: Vec<f64> = edges.iter().map(|out| out.iter().map(|(_, w)| w).sum()).collect();
    let mut rank = personal.to_vec();
    for _ in 0..ITERATIONS {
        let mut next: Vec<f64> = personal.iter().map(|p| (1.0 - DAMPING) * p).collect();
        let mut dangling = 0.0;
        for (from, out) in edges.iter().enumerate() {
            if totals[from] == 0.0 {
                dangling += rank[from];
                continue;
            }
            let share = DAMPING * rank[from] / totals[from];
            for &(to, w) in out {
                next[to as usize] += share * w;
            }
        }
        for (n, p) in next.iter_mut().zip(personal) {
            *n += DAMPING * dangling * p;
        }
        rank = next;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::super::words::hash;
    use super::*;

    fn def(name: &str, line: u32) -> Def {
        Def { ident: hash(name.as_bytes()), name: name.into(), line }
    }

    fn uses(names: &[(&str, u32)]) -> Vec<(Term, u32)> {
        let mut v: Vec<_> = names.iter().map(|(n, c)| (hash(n.as_bytes()), *c)).collect();
        v.sort();
        v
    }

    #[test]
    fn the_file_everyone_uses_ranks_first() {
        let core = [def("open_connection", 3)];
        let a = [def("helper_a", 1)];
        let b = [def("helper_b", 1)];
        let a_uses = uses(&[("open_connection", 3)]);
        let b_uses = uses(&[("open_connection", 1), ("helper_a", 1)]);
        let nodes = [
            Node { uses: &[], defines: &core, mentioned: false },
            Node { uses: &a_uses, defines: &a, mentioned: false },
            Node { uses: &b_uses, defines: &b, mentioned: false },
        ];
        let ranked = rank(&nodes, &[]);
        assert!(ranked.files[0] > ranked.files[1] && ranked.files[0] > ranked.files[2], "{:?}", ranked.files);
        assert!((ranked.files.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(ranked.defs[0].0, 0, "open_connection is the best definition");
    }

    #[test]
    fn a_mentioned_file_pulls_rank_to_what_it_uses() {
        let x = [def("parse_header", 1)];
        let y = [def("render_page", 1)];
        let asks = uses(&[("render_page", 1)]);
        let other = uses(&[("parse_header", 1)]);
        let nodes = [
            Node { uses: &[], defines: &x, mentioned: false },
            Node { uses: &[], defines: &y, mentioned: false },
            Node { uses: &asks, defines: &[], mentioned: true },
            Node { uses: &other, defines: &[], mentioned: false },
        ];
        let ranked = rank(&nodes, &[]);
        assert!(ranked.files[1] > ranked.files[0], "{:?}", ranked.files);
    }
}
