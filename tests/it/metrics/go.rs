//! Go; and how imports under the `go.mod` module path resolve.

use aura::lang::Lang;

use super::support::graph;

// ============================================================================ Go

golden!(
    /// Row 1 code. 2 blank. 3-5 block comment with a blank row: comment. 6 doc comment: comment.
    /// 7 code + trailing comment: code. 8-10 raw string holding `//` and a blank row: code.
    /// 11 code. total=11 code=6 comment=4 blank=1.
    go_lines,
    Lang::Go,
    r##"package main

/* A block

   comment. */
// Raw returns text.
func Raw() string { // trailing
	return `// not a comment

end`
}
"##
);

golden!(
    /// if with an init statement, `else if`, `else`: cc = 1 + 2 = 3; cog = 1 + 1 + 1 = 3.
    go_cc_if_else_chain,
    Lang::Go,
    r##"package p

func sign(x int) (int, error) {
	if err := check(x); err != nil {
		return 0, err
	} else if x < 0 {
		return -1, nil
	} else {
		return 1, nil
	}
}
"##
);

golden!(
    /// Every `for` form is one loop: three-clause, condition-only, infinite, range: cc 5, cog 4.
    go_cc_for_forms,
    Lang::Go,
    r##"package p

func loops(xs []int) {
	for i := 0; i < 3; i++ {
	}
	for len(xs) > 0 {
		xs = xs[1:]
	}
	for {
		break
	}
	for _, x := range xs {
		_ = x
	}
}
"##
);

golden!(
    /// Switch forms: each case clause but `default` adds 1, a clause listing several values
    /// adds 1 (lizard and gocyclo agree): expression switch 2, type switch 2, select 1:
    /// cc = 1 + 5 = 6; cog = 3 switches at nesting 0 = 3.
    go_cc_switch_type_switch_select,
    Lang::Go,
    r##"package p

func kinds(x int, v interface{}, ch chan int) {
	switch x {
	case 1:
	case 2, 3:
	default:
	}
	switch v.(type) {
	case int:
	case string:
	}
	select {
	case <-ch:
	default:
	}
}
"##
);

golden!(
    /// `&&` and `||`: cc +1 each (3); cog: `if` 1 + runs `&&`, `||` = 3.
    go_logical_operators,
    Lang::Go,
    r##"package p

func ok(a, b, c bool) bool {
	if a && b || c {
		return true
	}
	return false
}
"##
);

golden!(
    /// Labeled `continue`/`break` and `goto` add 1 to cog:
    /// for 1 + select 2 + if 3 + continue outer 1 + break outer 1 + goto 1 = 9;
    /// cc = 1 + for + case + if = 4 (default is free); nesting 3.
    go_cog_labels_and_goto,
    Lang::Go,
    r##"package p

func loop(ch chan int) {
outer:
	for {
		select {
		case v := <-ch:
			if v > 0 {
				continue outer
			}
		default:
			break outer
		}
	}
	goto done
done:
}
"##
);

golden!(
    /// Direct recursion adds 1 once per function: fib (two calls, no branch) cog 1; fact: if 1 +
    /// recursion 1 = 2. A method calling itself through its receiver (`s.walk()`) is not
    /// recognised as recursion (gocognit does not either): walk cog 1.
    go_cog_recursion,
    Lang::Go,
    r##"package p

func fib(n int) int { return fib(n-1) + fib(n-2) }

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func (s *Tree) walk(n int) {
	if n > 0 {
		s.walk(n - 1)
	}
}
"##
);

golden!(
    /// Known limit: tree-sitter-go parses `Fact[T](n-1)` as a type conversion, so a recursive
    /// call with explicit type arguments is not recognised: Fact cog = if 1 = 1.
    go_cog_recursion_generic_call,
    Lang::Go,
    r##"package p

func Fact[T any](n int) int {
	if n <= 1 {
		return 1
	}
	return n * Fact[T](n-1)
}
"##
);

golden!(
    /// A function literal is a function of its own (`(anonymous)`, qualified by its parent);
    /// its decisions do not count in the parent (gocyclo and gocognit count them in the parent):
    /// run cc 1 cog 0; the literal cc 3 (`&&`, `if`), cog 2.
    go_func_literal_is_separate,
    Lang::Go,
    r##"package p

func run(xs []int) {
	f := func(x int) bool {
		if x > 0 && x < 10 {
			return true
		}
		return false
	}
	_ = f
}
"##
);

golden!(
    /// Parameters: `a, b int` counts each name, a variadic counts 1, unnamed parameters count 1
    /// each; results and the receiver are not parameters: f 3, g 2, h 0, (T).m 1.
    go_parameters,
    Lang::Go,
    r##"package p

func f(a, b int, c ...string) {}
func g(int, string)            {}
func h() (x, y int)            { return }
func (t *T) m(z int)           {}
"##
);

golden!(
    /// Methods are named after their receiver's type (pointer and type arguments dropped):
    /// `Server.Handle`, `List.Push`.
    go_receiver_qualified_names,
    Lang::Go,
    r##"package p

type Server struct{}

func (s *Server) Handle() {}

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
"##
);

golden!(
    /// Public: exported (capitalised) functions, methods and types; documented: a comment right
    /// above (above `type` for a type spec). Public: Server, Handle, Exported, Undocumented = 4;
    /// documented: Server, Handle, Exported = 3; hidden and helper are not public.
    go_docs_exported_rule,
    Lang::Go,
    r##"package p

// Server serves.
type Server struct{}

type hidden struct{}

// Handle handles.
func (s *Server) Handle() {}

// Exported is documented.
func Exported() {}

func Undocumented() {}

func helper() {}
"##
);

golden!(
    /// Imports: single, grouped, aliased, dot and blank imports, each as its path.
    go_imports,
    Lang::Go,
    r##"package p

import "fmt"

import (
	m "example.com/mod/pkg"
	. "strings"
	_ "embed"
)
"##
);

golden_halstead!(
    /// `func f(a int) int { return a + 1 }`: operators func ( ) { return + } (n1 7, N1 7);
    /// operands f a int int a 1 (n2 4: f a int 1, N2 6). V = 13·log2 11 = 44.973,
    /// D = 7/2 · 6/4 = 5.25. The `package p` clause counts for the file only.
    go_halstead,
    Lang::Go,
    r##"package p

func f(a int) int { return a + 1 }
"##
);

// ============================================================================ Import resolution

/// Go: an import path under the module path of a `go.mod` is a package directory of the
/// repository; the edge points at its first non-test file (sorted by path).
#[test]
fn graph_go_resolution() {
    snapshot!(
        "graph_go_resolution",
        graph(
            &[
                (
                    "main.go",
                    Lang::Go,
                    "package main\n\nimport (\n\t\"fmt\"\n\t\"example.com/m/internal/db\"\n)\n"
                ),
                ("internal/db/db.go", Lang::Go, "package db\n"),
                ("internal/db/conn.go", Lang::Go, "package db\n"),
                ("internal/db/a_test.go", Lang::Go, "package db\n"),
            ],
            &[("go.mod", "module example.com/m\n\ngo 1.22\n")],
        )
    );
}
