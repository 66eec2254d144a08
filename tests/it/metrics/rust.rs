//! Rust; and how `mod` declarations and `use crate::` paths resolve.

use aura::lang::Lang;

use super::support::graph;

// ============================================================================ Rust

golden!(
    /// Row 1 `//!` and rows 3-5 `///` doc comments: comment. 2 blank. 6-8 nested block comment
    /// with a blank row: comment. 9 code. 10 code (`//` in a string) with a trailing comment.
    /// 11-13 raw string with a blank row: code. 14 code.
    /// total=14 code=6 comment=7 blank=1.
    rust_lines,
    Lang::Rust,
    r###"//! Crate docs.

/// Docs
/// over
/// rows.
/* outer /* nested */

   still comment */
pub fn f() -> usize {
    let s = "// not a comment"; // trailing
    let r = r#"raw

"#;
    s.len() + r.len() }
"###
);

golden!(
    /// if / else if / else and `if let`: cc = 1 + 3 = 4; cog = if 1 + else if 1 + else 1 +
    /// if let (nested in the else block) 2 + its else 1 = 6; nesting 2.
    rust_cc_if_else_chain,
    Lang::Rust,
    r##"fn sign(x: i32, o: Option<i32>) -> i32 {
    if x > 0 {
        1
    } else if x < 0 {
        -1
    } else {
        if let Some(v) = o { v } else { 0 }
    }
}
"##
);

golden!(
    /// for, while, while let: +1 each to cc; `loop` has no condition: cc 4.
    /// cog: each loop (including `loop`) +1 at nesting 0 = 4.
    rust_cc_loops,
    Lang::Rust,
    r##"fn loops(mut v: Vec<i32>) {
    for x in &v {}
    while v.len() > 3 { v.pop(); }
    while let Some(_) = v.pop() {}
    loop { break; }
}
"##
);

golden!(
    /// A match of n arms adds n − 1 (the first arm is the fall-through path; `_` is an arm like
    /// any other): 4 arms → +3, 2 arms → +1. lizard adds 1 per `match`; rust-code-analysis
    /// 1 per arm. cog: match 1 each. four cc 4, two cc 2.
    rust_cc_match_arms_n_minus_1,
    Lang::Rust,
    r##"fn four(n: u8) -> u8 {
    match n {
        0 => 0,
        1 | 2 => 1,
        3..=9 => 2,
        _ => 3,
    }
}

fn two(b: bool) -> u8 {
    match b {
        true => 1,
        false => 0,
    }
}
"##
);

golden!(
    /// A match guard `if` is a decision (lizard counts the `if` token, and a Python `case ... if`
    /// guard counts in aura): 3 arms → +2, guard +1 = cc 4.
    rust_cc_match_guard_counts,
    Lang::Rust,
    r##"fn guard(n: i32) -> i32 {
    match n {
        0 => 0,
        x if x > 10 => 2,
        _ => 1,
    }
}
"##
);

golden!(
    /// `?` is an early-return branch: +1 each to cc (lizard agrees), nothing to cog: cc 3, cog 0.
    rust_cc_try_operator,
    Lang::Rust,
    r##"fn parse(a: &str, b: &str) -> Result<i32, std::num::ParseIntError> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    Ok(x + y)
}
"##
);

golden!(
    /// `let ... else` is a branch: cc 2 (its `else` block's `return` is the other path); cog 0.
    rust_cc_let_else,
    Lang::Rust,
    r##"fn first(s: &str) -> char {
    let Some(c) = s.chars().next() else { return ' ' };
    c
}
"##
);

golden!(
    /// A closure is not a function of its own: its decisions count in the parent (cc = 1 + if
    /// + && = 3) and it raises nesting: if 1 + nesting 1 = 2, && 1, else 1 → cog 4.
    rust_closure_counts_in_parent,
    Lang::Rust,
    r##"fn count(v: &[i32]) -> usize {
    v.iter().filter(|&&a| if a > 0 && a < 5 { true } else { false }).count()
}
"##
);

golden!(
    /// Labeled break/continue +1: loop 1, while 2, if 3, continue 'outer 1, if 3, break 'outer 1
    /// = 11; unlabeled `break` free; cc = 1 + while + if + if = 4; nesting 3.
    rust_cog_labeled_jumps,
    Lang::Rust,
    r##"fn walk(mut depth: u32) {
    'outer: loop {
        while depth > 0 {
            if depth == 3 { continue 'outer; }
            if depth == 7 { break 'outer; }
            depth -= 1;
            break;
        }
    }
}
"##
);

golden!(
    /// Recursion through the name, `self.name()` and `Self::name()`: +1 once per function.
    /// fact: if 1 + else 1 + recursion 1 = 3 (cc 2); Tree::walk: if 1 + recursion 1 (it calls
    /// itself twice, as `self.walk` and `Self::walk`) = 2.
    rust_cog_recursion,
    Lang::Rust,
    r##"fn fact(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}

impl Tree {
    fn walk(&self, n: u32) {
        if n > 0 {
            self.walk(n - 1);
            Self::walk(self, n - 1);
        }
    }
}
"##
);

golden!(
    /// Qualified names join `mod`, `impl` (its type) and trait scopes with `::`; a nested `fn`
    /// is separate (`outer::inner`) and adds nothing to its parent. Classes: Point, Tr = 2.
    rust_qualified_names,
    Lang::Rust,
    r##"struct Point;

impl Point {
    fn new() -> Self { Point }
}

mod a {
    pub mod b {
        pub fn f() {}
    }
}

trait Tr {
    fn d(&self) {}
}

fn outer() -> i32 {
    fn inner(x: i32) -> i32 { if x > 0 { 1 } else { 0 } }
    inner(1)
}
"##
);

golden!(
    /// Parameters: `self` forms count, patterns count 1: f 4, g 0.
    rust_parameters,
    Lang::Rust,
    r##"impl S {
    fn f(&self, mut x: i32, (a, b): (i32, i32), _: u8) {}
}
fn g() {}
"##
);

golden!(
    /// Public: items with any `pub` visibility (`pub(crate)` too). Documented: a `///` or
    /// `/** */` comment above, attributes in between allowed; a plain `//` comment is not a doc.
    /// Public: Point, documented, attributed, plain, krate = 5; documented: Point, documented,
    /// attributed = 3; private is not public.
    rust_docs_pub_rule,
    Lang::Rust,
    r##"/// A point.
#[derive(Debug)]
pub struct Point;

/** Block doc. */
pub fn documented() {}

/// Doc above an attribute.
#[inline]
pub fn attributed() {}

// Not a doc comment.
pub fn plain() {}

pub(crate) fn krate() {}

fn private() {}
"##
);

golden!(
    /// Imports: use trees expand to full paths (`{a, b as c}`, globs drop `::*`), `mod x;`
    /// (no body) is `mod x`, `extern crate`; an inline `mod m { }` is not an import.
    rust_imports,
    Lang::Rust,
    r##"use std::collections::{HashMap, HashSet as Set};
use crate::engine::*;
use super::lang;
mod util;
mod inline {}
extern crate serde;
"##
);

golden!(
    /// A `where` clause is a type constraint, not a branch (lizard +1): cc = 1 + for = 2.
    rust_cc_where_not_counted,
    Lang::Rust,
    r##"pub fn generic<T>(t: T) -> T where T: Clone { for _ in 0..3 {} t }
"##
);

golden_halstead!(
    /// `fn f(a: i32) -> i32 { a + 1 }`: operators fn ( : ) -> { + } (n1 8, N1 8); operands
    /// f a i32 i32 a 1 (n2 4: f a i32 1, N2 6). V = 14·log2 12 = 50.189, D = 8/2 · 6/4 = 6.
    rust_halstead,
    Lang::Rust,
    r##"fn f(a: i32) -> i32 { a + 1 }
"##
);

golden!(
    /// Rust macro arguments are code: `?`, `&&`, `||` and `if` inside them count, as lizard
    /// counts them: cc = 1 + `?` + `&&` + `||` + guard `if` = 5.
    rust_cc_macro_arguments,
    Lang::Rust,
    r##"fn f(a: Option<i32>, b: bool, c: bool) -> Option<bool> {
    let v = vec![a?];
    assert!(b && c || v.is_empty());
    Some(matches!(a, Some(x) if x > 0))
}
"##
);

golden!(
    /// Rust let chains: the `&&` in `if let Some(x) = a && b` is a decision: cc = 1 + if + && = 3;
    /// cog = if 1 + `&&` run 1 = 2.
    rust_let_chain_and_counts,
    Lang::Rust,
    r##"fn f(a: Option<i32>, b: bool) {
    if let Some(x) = a && b {}
}
"##
);

// ============================================================================ Import resolution

/// Rust: `mod x;` resolves to `x.rs` or `x/mod.rs` beside the declaring file (inside a
/// directory named after it for non-root files); `use crate::a::b::Item` resolves to the
/// longest module path that is a file under the crate's `src` (the directory holding
/// lib.rs or main.rs). `std::`, `super::` and external crates stay unresolved.
/// src/engine/parse.rs and src/graph.rs import each other: a cycle.
#[test]
fn graph_rust_resolution() {
    snapshot!(
        "graph_rust_resolution",
        graph(
            &[
                (
                    "src/main.rs",
                    Lang::Rust,
                    "mod engine;\nmod graph;\nuse crate::engine::run;\nuse std::fmt;\n"
                ),
                ("src/engine/mod.rs", Lang::Rust, "mod parse;\nuse crate::graph::build;\nuse super::x;\n"),
                ("src/engine/parse.rs", Lang::Rust, "use serde::Serialize;\nuse crate::graph::Graph;\n"),
                ("src/graph.rs", Lang::Rust, "mod layout;\nuse crate::engine::parse::Parser;\n"),
                ("src/graph/layout.rs", Lang::Rust, ""),
            ],
            &[],
        )
    );
}
