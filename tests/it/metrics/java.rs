//! Java; and how imports resolve to `.java` files.

use aura::lang::Lang;

use super::support::graph;

// ============================================================================ Java

golden!(
    /// Rows 1-4 Javadoc: comment. 5 code. 6 code (`//` in a string) + trailing comment. 7-9 text
    /// block with `//` and a blank row (rows 7-10): code. 11-13 block comment with a blank row:
    /// comment. 14-15 code. total=15 code=8 comment=7 blank=0.
    java_lines,
    Lang::Java,
    r##"/**
 * Docs.
 *
 */
public class Lines {
    String a = "// not a comment"; // trailing
    String b = """
        // text block

        """;
    /* block

       comment */
    int c = 1;
}
"##
);

golden!(
    /// if / else if / else: cc 3, cog 3.
    java_cc_if_else_chain,
    Lang::Java,
    r##"class A {
    int sign(int x) {
        if (x > 0) {
            return 1;
        } else if (x < 0) {
            return -1;
        } else {
            return 0;
        }
    }
}
"##
);

golden!(
    /// for, enhanced for, while, do-while: cc 5, cog 4.
    java_cc_loops,
    Lang::Java,
    r##"class A {
    void loops(int[] xs) {
        for (int i = 0; i < 3; i++) {}
        for (int x : xs) {}
        while (xs.length > 3) {}
        do {} while (false);
    }
}
"##
);

golden!(
    /// Switch statement and switch expression: each label but `default` adds 1, `case 2, 3`
    /// is one label (+1): old cc 3, cog 1; arrow: cases 1 and 2 → cc 3 + the ternary in a
    /// block arm 1 = 4; cog: switch 1 + ternary (nesting 1) 2 = 3.
    java_cc_switch_statement_and_expression,
    Lang::Java,
    r##"class A {
    int old(int x) {
        switch (x) {
            case 1: return 1;
            case 2, 3: return 2;
            default: return 0;
        }
    }
    int arrow(int x) {
        return switch (x) {
            case 1 -> 10;
            case 2 -> { yield x > 0 ? 20 : 30; }
            default -> 0;
        };
    }
}
"##
);

golden!(
    /// Each catch clause +1 (a multi-catch `A | B` is one clause); try, try-with-resources and
    /// finally are free: cc 3, cog 2; nesting 2 (catch inside try).
    java_cc_try_catch,
    Lang::Java,
    r##"class A {
    int run() {
        try (var r = open()) {
            r.run();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        } catch (Exception e) {
            return -2;
        } finally {
            close();
        }
        return 0;
    }
}
"##
);

golden!(
    /// Ternary and boolean runs: cc = 1 + ?: + && + || = 4; cog = ?: 1 + runs 2 = 3.
    java_ternary_and_logical,
    Lang::Java,
    r##"class A {
    int f(boolean a, boolean b, boolean c) {
        return a && b || c ? 1 : 0;
    }
}
"##
);

golden!(
    /// Labeled continue/break +1: for 1, for-each 2, if 3, continue outer 1, if 3, break outer 1
    /// = 11; cc = 1 + 4 = 5; nesting 3.
    java_cog_labeled_jumps,
    Lang::Java,
    r##"class A {
    void scan(int[][] rows) {
        outer:
        for (int i = 0; i < rows.length; i++) {
            for (int v : rows[i]) {
                if (v == 0) continue outer;
                if (v < 0) break outer;
            }
        }
    }
}
"##
);

golden!(
    /// A lambda is not a function of its own: its `if` counts in the parent (cc 2) and it raises
    /// nesting: if 1 + nesting 1 = 2.
    java_lambda_counts_in_parent,
    Lang::Java,
    r##"class A {
    Runnable make(int x) {
        return () -> { if (x > 0) System.out.println(x); };
    }
}
"##
);

golden!(
    /// Direct recursion +1 once per function: fact: ternary 1 + recursion 1 = 2.
    java_cog_recursion,
    Lang::Java,
    r##"class A {
    int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
}
"##
);

golden!(
    /// Qualified names: nested classes, interfaces, enums, records, methods of an anonymous
    /// class (under the enclosing method), constructors named after their class.
    /// Classes: Outer, E, R, Api = 4.
    java_qualified_names,
    Lang::Java,
    r##"class Outer {
    Outer() {}
    void m() {
        Runnable r = new Runnable() {
            public void run() {}
        };
    }
    enum E { A; void e() {} }
    record R(int x) { R { } }
    interface Api { void call(); default void d() {} }
}
"##
);

golden!(
    /// Parameters: varargs count 1: f 2; no parameters: 0.
    java_parameters,
    Lang::Java,
    r##"class A {
    void f(int a, String... rest) {}
    void g() {}
}
"##
);

golden!(
    /// Public: `public` classes, methods and constructors, and interface members without
    /// modifiers. Documented: a `/** */` Javadoc right above (annotations in between allowed);
    /// a `//` or `/* */` comment is not Javadoc.
    /// Public: Api, Api(), doc, annotated, plain, block, Inner.m, Iface.call = 8 (hidden and pkg
    /// are not, nor the package-private Iface); documented: Api, Api(), doc, annotated = 4.
    java_docs_public_rule,
    Lang::Java,
    r##"/** The API. */
public class Api {
    /** Ctor. */
    public Api() {}

    /** Doc. */
    public void doc() {}

    /** Annotated. */
    @Deprecated
    public void annotated() {}

    // Not Javadoc.
    public void plain() {}

    /* Not Javadoc either. */
    public void block() {}

    private void hidden() {}

    void pkg() {}

    static class Inner { public void m() {} }

    interface Iface { void call(); }
}
"##
);

golden!(
    /// Imports: single-type, on-demand (`.*` dropped) and static imports.
    java_imports,
    Lang::Java,
    r##"package a.b;

import java.util.List;
import java.util.*;
import static java.lang.Math.max;
"##
);

golden_halstead!(
    /// `int f(int a) { return a + 1; }` in `class A { }`. `int` is a keyword token in
    /// tree-sitter-java (inside `integral_type`), so it is an operator: the method's operators
    /// int ( ) { return + ; } (n1 8, N1 9); operands f a a 1 (n2 3, N2 4); V = 13·log2 11 =
    /// 44.973, D = 4 · 4/3 = 5.333, MI 88.29. The file adds `class` `{` `}` and `A`:
    /// n1 9, N1 12, n2 4, N2 5; MI with 3 code lines 76.86.
    java_halstead,
    Lang::Java,
    r##"class A {
    int f(int a) { return a + 1; }
}
"##
);

golden!(
    /// Interface methods are public even when they carry a `default` or `static` modifier:
    /// public = call, d, s = 3 (the package-private interface itself is not).
    java_interface_default_methods_public,
    Lang::Java,
    r##"interface Api {
    void call();
    default void d() {}
    static void s() {}
}
"##
);

// ============================================================================ Import resolution

/// Java: `a.b.C` resolves to a file ending in `a/b/C.java`; on-demand imports (`a.b.*`) and
/// the JDK stay unresolved.
#[test]
fn graph_java_resolution() {
    snapshot!(
        "graph_java_resolution",
        graph(
            &[
                (
                    "src/main/java/a/b/App.java",
                    Lang::Java,
                    "package a.b;\nimport a.b.util.Helper;\nimport a.b.util.*;\nimport java.util.List;\nclass App {}\n",
                ),
                ("src/main/java/a/b/util/Helper.java", Lang::Java, "package a.b.util;\nclass Helper {}\n"),
            ],
            &[],
        )
    );
}
