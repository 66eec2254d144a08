//! Readings of a node's shape the pass needs: where it ends, whether a case is the
//! default one, how many parameters a function declares.

use tree_sitter::Node;

/// `default:`, `case _:`, a case without a value.
pub(super) fn is_default_case(node: Node, src: &[u8]) -> bool {
    let head = &src[node.start_byte()..node.end_byte().min(node.start_byte() + 8)];
    // `default:` (C family), `else ->` (Kotlin `when`)
    if head.starts_with(b"default") || head.starts_with(b"else") {
        return true;
    }
    match node.named_child(0) {
        // `case _:` (Python), `_ =>` (C# switch expressions), `*)` (Bash)
        Some(first) => matches!(&src[first.byte_range()], b"_" | b"*") || first.kind() == "discard",
        None => false,
    }
}

/// Parameters, from the `parameters` field (C: inside the declarator). A Go declaration
/// `a, b int` counts each name; C's `(void)` counts none.
pub(super) fn count_parameters(node: Node, src: &[u8]) -> u32 {
    let mut list = node.child_by_field_name("parameters");
    if list.is_none() {
        if let Some(single) = node.child_by_field_name("parameter") {
            return u32::from(single.is_named());
        }
        // C: the innermost function declarator holds the function's own parameters
        // (`int (*getfn(void))(int)` returns a pointer to a function taking an int)
        let mut declarator = node.child_by_field_name("declarator");
        for _ in 0..16 {
            let Some(d) = declarator else { break };
            if let Some(p) = d.child_by_field_name("parameters") {
                list = Some(p);
            }
            declarator = d
                .child_by_field_name("declarator")
                .or_else(|| (d.kind() == "parenthesized_declarator").then(|| d.named_child(0)).flatten());
        }
        if list.is_none() {
            // Kotlin: the parameter list is a child without a field name
            let mut cursor = node.walk();
            list = node.named_children(&mut cursor).find(|c| c.kind().ends_with("_parameters"));
        }
    }
    let Some(list) = list else { return 0 };
    if list.kind() == "identifier" {
        return 1;
    }
    let mut cursor = list.walk();
    let mut count = 0;
    for p in list.children(&mut cursor) {
        let kind = p.kind();
        if !p.is_named() {
            // C++ spells a C-style variadic `...` as a bare token
            count += u32::from(kind == "...");
            continue;
        }
        let text = &src[p.byte_range()];
        if kind.contains("comment")
            || text == b"void"
            // Python's `/` and `*` markers are not parameters
            || matches!(kind, "positional_separator" | "keyword_separator")
            // TypeScript's `this: T` annotates the receiver
            || (kind == "required_parameter" && text.starts_with(b"this") && !text[4..].first().is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_'))
        {
            continue;
        }
        let mut c2 = p.walk();
        let names = p.children_by_field_name("name", &mut c2).count() as u32;
        count += names.max(1);
    }
    count
}
