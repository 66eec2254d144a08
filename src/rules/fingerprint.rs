//! Finding fingerprints: a content identity that survives the edits which leave the code
//! as it was. Like SARIF's `partialFingerprints` and GitLab's code-quality fingerprints it
//! holds no line number, so lines moving up or down and code moving within the file keep
//! it; a finding anchored on a line is identified by the code tokens of that line, without
//! whitespace and comments (so adding or removing a trailing `# noqa: E501` or `// why`, or
//! re-indenting, keeps it), and by its enclosing function; identical lines in one function
//! are told apart by their occurrence index.

use super::{FileInput, LineIndex};

/// An identity longer than this (a minified line) is kept as a digest of itself: every
/// finding on a 100 KB line would otherwise carry, hash and cache the whole line.
const LONG_IDENTITY: usize = 512;

/// The identity of a finding anchored on `line` at byte `anchor`: the innermost enclosing
/// function's qualified name and the line's code tokens (a digest of them when they are
/// longer than [`LONG_IDENTITY`]).
pub(super) fn line_identity(input: &FileInput, lines: &LineIndex, line: u32, anchor: usize) -> String {
    let identity = full_line_identity(input, lines, line, anchor);
    if identity.len() > LONG_IDENTITY {
        return format!("digest {:016x}", crate::model::stable_hash(&[identity.as_bytes()]));
    }
    identity
}

fn full_line_identity(input: &FileInput, lines: &LineIndex, line: u32, anchor: usize) -> String {
    let (start, end) = lines.line_range(input.src, line);
    let mut tokens = line_tokens(input.tree, input.src, start, end, anchor);
    if tokens.is_empty() {
        // a line the tree does not cover (text rules on a file the grammar could not read)
        tokens = without_whitespace(lines.line_text(input.src, line));
    }
    let function = input
        .metrics
        .functions
        .iter()
        .filter(|f| f.start_line <= line && line <= f.end_line)
        .max_by_key(|f| f.start_line);
    match function {
        Some(f) => format!("fn {}\n{tokens}", f.qualified_name),
        None => tokens,
    }
}

/// The text of the leaves of `tree` in `start..end`, whitespace removed, leaving out
/// comments, except the comment holding `anchor` (a TODO note, a secret in a comment).
fn line_tokens(tree: &tree_sitter::Tree, src: &[u8], start: usize, end: usize, anchor: usize) -> String {
    let mut out = String::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        if node.start_byte() >= end && node.end_byte() > node.start_byte() {
            // preorder: every node after this one starts later still
            break;
        }
        let overlaps = node.start_byte() < end && node.end_byte() > start;
        let other_comment = node.kind().contains("comment") && !node.byte_range().contains(&anchor);
        if overlaps && !other_comment {
            if node.child_count() == 0 {
                let (from, to) = (node.start_byte().max(start), node.end_byte().min(end));
                out.push_str(&without_whitespace(&String::from_utf8_lossy(&src[from..to])));
            } else if cursor.goto_first_child_for_byte(start).is_some() {
                continue;
            }
        }
        loop {
            if cursor.goto_next_sibling() {
                continue 'walk;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    out
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &str, line: u32) -> String {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&tree_sitter_python::LANGUAGE.into()).unwrap();
        let tree = parser.parse(src, None).unwrap();
        let index = LineIndex::new(src.as_bytes());
        let (start, end) = index.line_range(src.as_bytes(), line);
        line_tokens(&tree, src.as_bytes(), start, end, start)
    }

    #[test]
    fn line_tokens_leave_out_whitespace_and_comments() {
        let plain = "try:\n    f()\nexcept:\n    pass\n";
        assert_eq!(tokens(plain, 3), "except:");
        assert_eq!(tokens(&plain.replace("except:", "except :   # noqa: E722"), 3), "except:");
        assert_eq!(tokens("x = eval(a, b)  # type: ignore\n", 1), "x=eval(a,b)");
        assert_eq!(tokens("x=eval(a,b)\n", 1), "x=eval(a,b)");
        // a string spanning lines is clipped to the line
        assert_eq!(tokens("s = \"\"\"one\ntwo\"\"\"\n", 2), "two\"\"\"");
    }
}
