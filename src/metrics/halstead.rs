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
/// belongs to. One pair of vectors per file, not per function: two sorts at the end
/// replace thousands of small allocations. Each occurrence packs into one `u64`: the
/// function in the top 24 bits (`TOP_LEVEL` for code outside functions), the operator kind
/// or a 40-bit hash of the operand's text below.
#[derive(Debug, Default)]
pub struct Tally {
    operators: Vec<u64>,
    operands: Vec<u64>,
}

const VALUE_BITS: u32 = 40;
const VALUE_MASK: u64 = (1 << VALUE_BITS) - 1;
/// The function slot of top-level code (files hold fewer functions than this).
const TOP_LEVEL: u64 = (1 << 24) - 1;

#[inline]
fn pack(func: u32, value: u64) -> u64 {
    (u64::from(func).min(TOP_LEVEL) << VALUE_BITS) | (value & VALUE_MASK)
}

impl Tally {
    /// A tally with room for about `tokens` occurrences.
    pub fn with_capacity(tokens: usize) -> Self {
        Self { operators: Vec::with_capacity(tokens / 2), operands: Vec::with_capacity(tokens / 2) }
    }

    /// An operator of kind `kind` inside function `func` (`u32::MAX`: top level).
    #[inline]
    pub fn operator(&mut self, func: u32, kind: u16) {
        self.operators.push(pack(func, u64::from(kind)));
    }

    /// An operand spelled `text` inside function `func` (`u32::MAX`: top level).
    #[inline]
    pub fn operand(&mut self, func: u32, text: &[u8]) {
        self.operands.push(pack(func, fnv1a(text)));
    }

    /// The file's measures and each function's (`functions` of them; a function's own
    /// tokens only, nested functions excluded).
    pub fn finish(mut self, functions: usize) -> (Halstead, Vec<Halstead>) {
        let mut counts = vec![[0u32; 4]; functions];
        self.operators.sort_unstable();
        self.operands.sort_unstable();
        tally_runs(&self.operators, &mut counts, 0);
        tally_runs(&self.operands, &mut counts, 1);
        let distinct = |packed: &mut Vec<u64>| {
            for v in packed.iter_mut() {
                *v &= VALUE_MASK;
            }
            packed.sort_unstable();
            packed.dedup();
            packed.len() as u32
        };
        let (total_operators, total_operands) = (self.operators.len() as u32, self.operands.len() as u32);
        let n1 = distinct(&mut self.operators);
        let n2 = distinct(&mut self.operands);
        let file = Halstead::from_counts(n1, n2, total_operators, total_operands);
        let per_function = counts.iter().map(|c| Halstead::from_counts(c[0], c[1], c[2], c[3])).collect();
        (file, per_function)
    }
}

/// Count distinct and total occurrences per function over sorted packed values:
/// `counts[f][slot]` distinct, `counts[f][slot + 2]` total.
fn tally_runs(packed: &[u64], counts: &mut [[u32; 4]], slot: usize) {
    let mut previous = None;
    for &value in packed {
        if let Some(c) = counts.get_mut((value >> VALUE_BITS) as usize) {
            c[slot + 2] += 1;
            if previous != Some(value) {
                c[slot] += 1;
            }
        }
        previous = Some(value);
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
