//! JavaScript's notions of whitespace and length, which commitlint's rules are written in.

/// Whether `c` is whitespace to JavaScript (`\s`, `String.prototype.trim`).
pub(crate) fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// `text.trim()` in JavaScript.
pub(crate) fn js_trim(text: &str) -> &str {
    text.trim_matches(is_js_whitespace)
}

/// `text.length` in JavaScript: UTF-16 code units, so an emoji counts 2. commitlint's
/// length limits count this way, and so does aura, to give the same verdicts.
pub(crate) fn js_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_utf16_units() {
        assert_eq!(js_len("feat: add"), 9);
        assert_eq!(js_len("é"), 1);
        assert_eq!(js_len("🚀"), 2);
    }

    #[test]
    fn trims_unicode_whitespace() {
        assert_eq!(js_trim("\u{feff} a \u{3000}"), "a");
        assert_eq!(js_trim("\u{85}a"), "\u{85}a", "NEL is not whitespace to JavaScript");
    }
}
