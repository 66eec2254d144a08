//! Fitting human output to a terminal's width: the terminal's columns, and text cut or
//! wrapped to a number of columns (a location is never cut; a message may be).

/// Columns when nothing says otherwise (a pipe, a file, a CI log).
const DEFAULT_WIDTH: usize = 100;
/// Below this a terminal is taken to be this wide: narrower output helps nobody.
const MIN_WIDTH: usize = 40;

/// The columns human output may use: `COLUMNS`, else the terminal's width when `terminal`,
/// else 100.
pub fn width(terminal: bool) -> usize {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok());
    if let Some(columns) = columns.filter(|&c| c > 0) {
        return columns.max(MIN_WIDTH);
    }
    if terminal && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w).max(MIN_WIDTH);
    }
    DEFAULT_WIDTH
}

/// How many columns `text` takes (characters; output is mostly ASCII).
pub fn columns(text: &str) -> usize {
    text.chars().count()
}

/// `text` cut to at most `max` columns, ending in `…` when it was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if columns(text) <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// `text` in lines of at most `max` columns, broken at spaces (a longer word is cut).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word = truncate(word, max);
        if !line.is_empty() && columns(&line) + 1 + columns(&word) > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_marks_the_cut_and_keeps_short_text() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("a long message here", 8), "a long…");
        assert_eq!(columns(&truncate("a long message here", 8)), 7);
    }

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("", 9), [""]);
        assert!(wrap("abcdefghijkl x", 5).iter().all(|l| columns(l) <= 5));
    }
}
