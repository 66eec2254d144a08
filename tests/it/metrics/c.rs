//! C and C++; and how `#include` resolves.

use aura::lang::Lang;

use super::support::graph;

// ============================================================================ C

golden!(
    /// Rows 1-2 preprocessor: code. 3-5 block comment with a blank row: comment. 6 `//`
    /// comment. 7 code. 8 code (`/*` and `//` inside a string). 9 code + trailing block comment.
    /// 10 `*/`-ended comment then code: code. 11 code. total=11 code=7 comment=4 blank=0.
    c_lines,
    Lang::C,
    r##"#include <stdio.h>
#define N 3
/* A block

   comment. */
// A line comment.
int main(void) {
    const char *s = "/* not */ // not";
    int x = N; /* trailing */
    /* lead */ x++;
    return x; }
"##
);

golden!(
    /// if / else if / else: cc 3, cog 3.
    c_cc_if_else_chain,
    Lang::C,
    r##"int sign(int x) {
    if (x > 0) {
        return 1;
    } else if (x < 0) {
        return -1;
    } else {
        return 0;
    }
}
"##
);

golden!(
    /// Loops and switch: for, while, do +1 each; cases 0 and 1 (fall-through label included)
    /// +1 each, default free: cc = 1 + 3 + 2 = 6; cog = 3 loops + switch = 4.
    c_cc_loops_and_switch,
    Lang::C,
    r##"int f(int n) {
    for (int i = 0; i < n; i++) {}
    while (n > 0) n--;
    do { n++; } while (n < 3);
    switch (n) {
    case 0:
    case 1:
        return 1;
    default:
        return 0;
    }
}
"##
);

golden!(
    /// Ternary and boolean runs: cc = 1 + ?: + && + || = 4; cog = ?: 1 + runs 2 = 3.
    c_ternary_and_logical,
    Lang::C,
    r##"int f(int a, int b, int c) {
    return (a && b) || c ? 1 : 0;
}
"##
);

golden!(
    /// `goto` +1 to cog (always; C has no labeled break): while 1 + if 2 + goto 1 = 4; cc 3.
    c_cog_goto,
    Lang::C,
    r##"int f(int n) {
again:
    while (n > 0) {
        if (n == 5) goto again;
        n--;
    }
    return n;
}
"##
);

golden!(
    /// Direct recursion +1 once per function: fact: if 1 + 1 = 2.
    c_cog_recursion,
    Lang::C,
    r##"int fact(int n) {
    if (n <= 1) return 1;
    return n * fact(n - 1);
}
"##
);

golden!(
    /// Parameters: `(void)` and `()` have none; a variadic `...` counts 1; a function-pointer
    /// parameter counts 1: f 2, g 0, h 0, k 2.
    c_parameters,
    Lang::C,
    r##"int f(int a, ...) { return 0; }
int g(void) { return 0; }
int h() { return 0; }
int k(int (*cb)(int, int), char *s[]) { return 0; }
"##
);

golden!(
    /// A function returning a function pointer: its own parameter list is `(void)`: 0 params.
    c_parameters_function_returning_pointer,
    Lang::C,
    r##"int (*getfn(void))(int) { return 0; }
"##
);

golden!(
    /// Classes: struct/union/enum definitions with a body (3); `struct point *p` and a forward
    /// declaration are uses, not definitions.
    c_struct_definitions_are_classes,
    Lang::C,
    r##"struct point { int x; int y; };
union u { int i; float f; };
enum color { RED, GREEN };
struct point *make(void);
struct later;
"##
);

golden!(
    /// Public: functions and types not declared `static`. Documented: a comment right above.
    /// Public: point, run, undocumented = 3; documented: point, run = 2; helper is static.
    c_docs_static_rule,
    Lang::C,
    r##"/* A point. */
struct point { int x; };

static int helper(int a) { return a; }

/* Runs. */
int run(void) { return helper(1); }

int undocumented(void) { return 0; }
"##
);

golden!(
    /// A trailing comment at the end of the previous code row does not document the next
    /// definition: g is public but undocumented (docs 0/1).
    c_docs_trailing_comment_is_not_doc,
    Lang::C,
    r##"int x = 1; // trailing note
int g(void) { return 0; }
"##
);

golden!(
    /// Imports: `#include <...>` (system, kept with brackets) and `#include "..."` (kept quoted,
    /// resolved against the repository).
    c_imports,
    Lang::C,
    r##"#include <stdio.h>
#include "local/util.h"
"##
);

golden_halstead!(
    /// `int f(int a) { return a + 1; }`: `int` is a named primitive_type leaf, an operand:
    /// operators ( ) { return + ; } (n1 7, N1 7); operands int f int a a 1 (n2 4, N2 6).
    /// V = 13·log2 11 = 44.973, D = 7/2 · 6/4 = 5.25, MI = 88.29.
    c_halstead,
    Lang::C,
    r##"int f(int a) { return a + 1; }
"##
);

golden!(
    /// A blank row after a preprocessor line is blank, not code (tree-sitter-c's newline
    /// token after `#if` spans it): total 4, code 3, blank 1.
    c_lines_blank_after_preprocessor_if,
    Lang::C,
    "#if defined(X)\n\nint a;\n#endif\n"
);

// ============================================================================ C++

golden!(
    /// Row 1 code. 2-5 raw string holding `//`, `/*` and a blank row: code. 6 `///` comment.
    /// 7 code with a trailing comment. total=7 code=6 comment=1 blank=0.
    cpp_lines,
    Lang::Cpp,
    r##"#include <string>
const char *s = R"(// not a comment
/* nor this */

)";
/// A doc comment.
int f() { return 0; } // trailing
"##
);

golden!(
    /// Range-for +1; each catch clause (also `catch (...)`) +1; try free: cc = 1 + 1 + 2 = 4;
    /// cog = for 1 + catch 2 + catch 2 = 5; nesting 3 (for, try, catch).
    cpp_cc_range_for_and_catch,
    Lang::Cpp,
    r##"#include <vector>
int sum(const std::vector<int>& xs) {
    int total = 0;
    for (int x : xs) {
        try {
            total += x;
        } catch (const std::exception& e) {
            throw;
        } catch (...) {
        }
    }
    return total;
}
"##
);

golden!(
    /// C++ shares C's constructs: if / else if / else, for, while, do, 1 non-default case,
    /// ternary, `&&`, `||`: cc = 1 + 2 + 3 + 1 + 1 + 2 = 10; cog = if 1 + else if 1 + else 1 +
    /// for 1 + while 1 + do 1 + switch 1 + ternary 1 + runs 2 + goto 1 = 11.
    cpp_cc_c_constructs,
    Lang::Cpp,
    r##"int f(int x, bool a, bool b, bool c) {
    if (x > 0) {
        x = 1;
    } else if (x < 0) {
        x = -1;
    } else {
        x = 0;
    }
    for (int i = 0; i < 3; i++) {}
    while (x > 10) x--;
    do { x++; } while (x < 0);
    switch (x) { case 1: break; default: break; }
    goto end;
end:
    return a && b || c ? x : -x;
}
"##
);

golden!(
    /// Alternative tokens `and` / `or` are logical operators: cc = 1 + if + and + or = 4;
    /// cog = if 1 + runs 2 = 3.
    cpp_alternative_logical_tokens,
    Lang::Cpp,
    r##"bool f(bool a, bool b, bool c) {
    if (a and b or c) return true;
    return false;
}
"##
);

golden!(
    /// A lambda is not a function of its own: its ternary counts in the parent (cc 2) and it
    /// raises nesting: ternary 1 + nesting 1 = 2.
    cpp_lambda_counts_in_parent,
    Lang::Cpp,
    r##"auto make() {
    return [](int v) { return v > 0 ? v : -v; };
}
"##
);

golden!(
    /// Qualified names join namespaces (nested and `a::b` ones) and classes with `::`; an
    /// out-of-line definition keeps its written `Widget::Widget`; anonymous namespaces add
    /// nothing. Classes: Widget = 1 (the `class Widget` in `Widget::Widget` is not re-counted).
    cpp_qualified_names,
    Lang::Cpp,
    r##"namespace outer {
namespace inner {
class Widget {
public:
    Widget(int n);
    int size() const { return n_; }
private:
    int n_;
};
Widget::Widget(int n) : n_(n) {}
}  // namespace inner
}  // namespace outer
namespace a::b { void f() {} }
namespace { int anon() { return 1; } }
"##
);

golden!(
    /// Parameters: `(void)` has none; defaulted parameters count; a variadic `...` counts 1 as
    /// in C: f 3, g 0, h 1 (a parameter pack is one).
    cpp_parameters,
    Lang::Cpp,
    r##"void f(int a, int b = 2, ...) {}
void g(void) {}
auto h(auto&&... xs) { return 0; }
"##
);

golden!(
    /// Parameters that aura counts consistently: `(void)` 0, defaults count, a pack is 1:
    /// f 2, g 0, h 1.
    cpp_parameters_plain,
    Lang::Cpp,
    r##"void f(int a, int b = 2) {}
void g(void) {}
auto h(auto&&... xs) { return 0; }
"##
);

golden!(
    /// Public: C's rule (not `static`), so free functions and class members are public.
    /// Public: S, S::m, run = 3; documented (comment right above): S, run = 2.
    cpp_docs_public_rule,
    Lang::Cpp,
    r##"/// A struct.
struct S { int m() { return 0; } };

// Runs.
int run() { return 0; }
static int hidden() { return 0; }
"##
);

golden!(
    /// Class members under `private:` (or a `class`'s default) are not public; a `static` member
    /// function is public. Public: A, A::pub, A::st = 3.
    cpp_access_specifiers,
    Lang::Cpp,
    r##"class A {
    int priv() { return 0; }
public:
    int pub() { return 1; }
    static int st() { return 2; }
};
"##
);

golden!(
    /// Imports: includes, as in C.
    cpp_imports,
    Lang::Cpp,
    r##"#include <vector>
#include "widget.hpp"
"##
);

golden_halstead!(
    /// `int f(int a) { return a + 1; }`: as in C: n1 7, n2 4, N1 7, N2 6.
    cpp_halstead,
    Lang::Cpp,
    r##"int f(int a) { return a + 1; }
"##
);

// ============================================================================ Import resolution

/// C/C++: a quoted include resolves beside the including file, then from the repository
/// root, then by a unique path suffix (an ambiguous suffix is no edge); `<...>` includes are
/// system headers and stay unresolved.
#[test]
fn graph_include_resolution() {
    snapshot!(
        "graph_include_resolution",
        graph(
            &[
                (
                    "src/main.c",
                    Lang::C,
                    "#include <stdio.h>\n#include \"util.h\"\n#include \"include/api.h\"\n#include \"deep.h\"\n#include \"dup.h\"\n",
                ),
                ("src/util.h", Lang::C, "int util(void);\n"),
                ("include/api.h", Lang::C, "int api(void);\n"),
                ("third/x/deep.h", Lang::C, "int deep(void);\n"),
                ("a/dup.h", Lang::C, ""),
                ("b/dup.h", Lang::C, ""),
            ],
            &[],
        )
    );
}
