//! Line classification: code, comment, blank (tokei/scc rules).

use serde::{Deserialize, Serialize};

/// Line counts of a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lines {
    pub total: u32,
    pub code: u32,
    pub comment: u32,
    pub blank: u32,
}

impl std::ops::AddAssign for Lines {
    fn add_assign(&mut self, o: Self) {
        self.total += o.total;
        self.code += o.code;
        self.comment += o.comment;
        self.blank += o.blank;
    }
}

const CODE: u8 = 1;
const COMMENT: u8 = 2;

/// Per-row flags: a row holding any code token is code; else one touched by a comment
/// is comment (a blank row inside a block comment too); else blank.
pub struct LineMap {
    rows: Vec<u8>,
}

impl LineMap {
    /// A map for a source of `rows` lines.
    pub fn new(rows: usize) -> Self {
        Self { rows: vec![0; rows] }
    }

    /// Mark rows `start..=end` as code.
    #[inline]
    pub fn code(&mut self, start: usize, end: usize) {
        self.mark(start, end, CODE);
    }

    /// Mark rows `start..=end` as comment.
    #[inline]
    pub fn comment(&mut self, start: usize, end: usize) {
        self.mark(start, end, COMMENT);
    }

    #[inline]
    fn mark(&mut self, start: usize, end: usize, flag: u8) {
        let end = end.min(self.rows.len().saturating_sub(1));
        for row in start..=end {
            if let Some(r) = self.rows.get_mut(row) {
                *r |= flag;
            }
        }
    }

    /// Code rows in `start..=end`.
    pub fn code_rows(&self, start: usize, end: usize) -> u32 {
        let end = (end + 1).min(self.rows.len());
        let start = start.min(end);
        self.rows[start..end].iter().filter(|&&r| r & CODE != 0).count() as u32
    }

    /// One character per row: `C` code, `#` comment, `.` blank.
    pub fn classes(&self) -> String {
        self.rows
            .iter()
            .map(|&r| {
                if r & CODE != 0 {
                    'C'
                } else if r & COMMENT != 0 {
                    '#'
                } else {
                    '.'
                }
            })
            .collect()
    }

    /// The totals.
    pub fn summary(&self) -> Lines {
        let mut lines = Lines { total: self.rows.len() as u32, ..Lines::default() };
        for &r in &self.rows {
            if r & CODE != 0 {
                lines.code += 1;
            } else if r & COMMENT != 0 {
                lines.comment += 1;
            } else {
                lines.blank += 1;
            }
        }
        lines
    }
}

/// Number of lines the way editors and `wc -l` + a final unterminated line count them.
pub fn count_rows(src: &[u8]) -> usize {
    if src.is_empty() {
        return 0;
    }
    let newlines = memchr_count(src);
    if src.last() == Some(&b'\n') { newlines } else { newlines + 1 }
}

fn memchr_count(src: &[u8]) -> usize {
    src.iter().filter(|&&b| b == b'\n').count()
}
