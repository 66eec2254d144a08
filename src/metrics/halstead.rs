//! Halstead measures: operators are keywords and punctuation, operands are identifiers
//! and literals.

use serde::{Deserialize, Serialize};

/// Halstead's measures of one function or file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Halstead {
    /// Distinct operators (n1).
    pub distinct_operators: u32,
    /// Distinct operands (n2).
    pub distinct_operands: u32,
    /// Total operators (N1).
    pub total_operators: u32,
    /// Total operands (N2).
    pub total_operands: u32,
    /// n1 + n2.
    pub vocabulary: u32,
    /// N1 + N2.
    pub length: u32,
    /// N · log2 n.
    pub volume: f64,
    /// (n1 / 2) · (N2 / n2).
    pub difficulty: f64,
    /// D · V.
    pub effort: f64,
    /// E / 18 seconds.
    pub time: f64,
    /// V / 3000.
    pub bugs: f64,
}

/// Operator and operand occurrences of a whole file, each tagged with the function it
/// belongs to (`u32::MAX`: top level). One pair of vectors per file, not per function:
/// two sorts at the end replace thousands of small allocations.
#[derive(Debug, Default)]
pub struct Tally {
    operators: Vec<(u32, u16)>,
    operands: Vec<(u32, u64)>,
}

impl Tally {
    /// A tally with room for about `tokens` occurrences.
    pub fn with_capacity(tokens: usize) -> Self {
        Self { operators: Vec::with_capacity(tokens / 2), operands: Vec::with_capacity(tokens / 2) }
    }

    #[inline]
    pub fn operator(&mut self, func: u32, kind: u16) {
        self.operators.push((func, kind));
    }

    #[inline]
    pub fn operand(&mut self, func: u32, text: &[u8]) {
        self.operands.push((func, fnv1a(text)));
    }

    /// The file's measures and each function's (`functions` of them; a function's own
    /// tokens only, nested functions excluded).
    pub fn finish(mut self, functions: usize) -> (Halstead, Vec<Halstead>) {
        let mut counts = vec![[0u32; 4]; functions];
        self.operators.sort_unstable();
        self.operands.sort_unstable();
        let mut kinds: Vec<u16> = self.operators.iter().map(|&(_, k)| k).collect();
        let mut values: Vec<u64> = self.operands.iter().map(|&(_, v)| v).collect();
        tally_runs(&self.operators, &mut counts, 0);
        tally_runs(&self.operands, &mut counts, 1);
        let (total_operators, total_operands) = (kinds.len() as u32, values.len() as u32);
        kinds.sort_unstable();
        kinds.dedup();
        values.sort_unstable();
        values.dedup();
        let file =
            Halstead::from_counts(kinds.len() as u32, values.len() as u32, total_operators, total_operands);
        let per_function = counts.iter().map(|c| Halstead::from_counts(c[0], c[1], c[2], c[3])).collect();
        (file, per_function)
    }
}

/// Count distinct and total occurrences per function over `(function, value)` pairs sorted
/// by function then value: `counts[f][slot]` distinct, `counts[f][slot + 2]` total.
fn tally_runs<T: PartialEq + Copy>(pairs: &[(u32, T)], counts: &mut [[u32; 4]], slot: usize) {
    let mut previous: Option<(u32, T)> = None;
    for &(func, value) in pairs {
        if let Some(c) = counts.get_mut(func as usize) {
            c[slot + 2] += 1;
            if previous != Some((func, value)) {
                c[slot] += 1;
            }
        }
        previous = Some((func, value));
    }
}

impl Halstead {
    /// The derived measures from n1, n2, N1, N2.
    pub fn from_counts(n1: u32, n2: u32, big_n1: u32, big_n2: u32) -> Self {
        let vocabulary = n1 + n2;
        let length = big_n1 + big_n2;
        let volume = if vocabulary > 0 { f64::from(length) * f64::from(vocabulary).log2() } else { 0.0 };
        let difficulty = if n2 > 0 { f64::from(n1) / 2.0 * f64::from(big_n2) / f64::from(n2) } else { 0.0 };
        let effort = difficulty * volume;
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        Self {
            distinct_operators: n1,
            distinct_operands: n2,
            total_operators: big_n1,
            total_operands: big_n2,
            vocabulary,
            length,
            volume: round(volume),
            difficulty: round(difficulty),
            effort: round(effort),
            time: round(effort / 18.0),
            bugs: round(volume / 3000.0),
        }
    }
}

/// FNV-1a: fast, and good enough to tell identifiers apart.
#[inline]
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_match_halstead() {
        // n1=4, n2=3, N1=6, N2=5: V = 11 log2 7, D = 2 * 5/3
        let h = Halstead::from_counts(4, 3, 6, 5);
        assert_eq!(h.vocabulary, 7);
        assert_eq!(h.length, 11);
        assert!((h.volume - 11.0 * 7f64.log2()).abs() < 0.001);
        assert!((h.difficulty - 10.0 / 3.0).abs() < 0.001);
        assert!((h.effort - h.difficulty * h.volume).abs() < 0.01);
        assert!((h.time - h.effort / 18.0).abs() < 0.01);
    }

    #[test]
    fn tally_counts_distinct_and_total_per_function_and_file() {
        let mut t = Tally::default();
        t.operator(0, 1);
        t.operator(0, 1);
        t.operator(1, 2);
        t.operator(u32::MAX, 3);
        t.operand(0, b"x");
        t.operand(1, b"y");
        t.operand(0, b"x");
        let (file, functions) = t.finish(2);
        assert_eq!((file.distinct_operators, file.total_operators), (3, 4));
        assert_eq!((file.distinct_operands, file.total_operands), (2, 3));
        assert_eq!((functions[0].distinct_operators, functions[0].total_operators), (1, 2));
        assert_eq!((functions[0].distinct_operands, functions[0].total_operands), (1, 2));
        assert_eq!((functions[1].distinct_operators, functions[1].total_operands), (1, 1));
    }
}
