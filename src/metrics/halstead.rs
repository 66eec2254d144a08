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

/// Operator and operand occurrences gathered during the pass.
#[derive(Debug, Default)]
pub struct Tally {
    operators: Vec<u16>,
    operands: Vec<u64>,
}

impl Tally {
    #[inline]
    pub fn operator(&mut self, kind: u16) {
        self.operators.push(kind);
    }

    #[inline]
    pub fn operand(&mut self, text: &[u8]) {
        self.operands.push(fnv1a(text));
    }

    /// Compute the measures (consumes the occurrences).
    pub fn finish(mut self) -> Halstead {
        let total_operators = self.operators.len() as u32;
        let total_operands = self.operands.len() as u32;
        self.operators.sort_unstable();
        self.operators.dedup();
        self.operands.sort_unstable();
        self.operands.dedup();
        Halstead::from_counts(
            self.operators.len() as u32,
            self.operands.len() as u32,
            total_operators,
            total_operands,
        )
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
    fn tally_counts_distinct_and_total() {
        let mut t = Tally::default();
        t.operator(1);
        t.operator(1);
        t.operator(2);
        t.operand(b"x");
        t.operand(b"y");
        t.operand(b"x");
        let h = t.finish();
        assert_eq!((h.distinct_operators, h.total_operators), (2, 3));
        assert_eq!((h.distinct_operands, h.total_operands), (2, 3));
    }
}
