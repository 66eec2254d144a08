//! Python: lines and docstrings, cyclomatic and cognitive complexity, functions, classes,
//! documentation, imports and Halstead; and how Python imports resolve.

use aura::config::Config;
use aura::lang::Lang;

use super::support::{graph, summary_with};

// ============================================================================ Python

golden!(
    /// Rows: 1 comment, 2 code (trailing comment is code), 3 blank, 4 code (`#` in a string).
    /// total=4 code=2 comment=1 blank=1.
    python_lines_code_comment_blank,
    Lang::Python,
    r##"# a comment line
x = 1  # a trailing comment makes the line code

y = "# not a comment"
"##
);

golden!(
    /// Module docstring rows 1-4 are comment (its blank row 2 too); rows 5-6 blank; 7 code;
    /// function docstring row 8 comment; the assigned multi-line string rows 9-11 are code,
    /// its blank row 10 too; 12 code. total=12 code=5 comment=5 blank=2; f len=5.
    python_lines_docstrings_are_comments,
    Lang::Python,
    r##""""Module docstring.

More text.
"""


def f():
    """Function docstring."""
    s = """not a

docstring"""
    return s
"##
);

/// With `analysis.docstrings_as_comments: false` every docstring row is code:
/// total=5 code=4 comment=0 blank=1.
#[test]
fn python_lines_docstrings_as_code_when_configured() {
    let mut config = Config::default();
    config.analysis.docstrings_as_comments = false;
    let src = "\"\"\"Module docstring.\"\"\"\n\ndef f():\n    \"\"\"Doc.\"\"\"\n    return 1\n";
    snapshot!("python_lines_docstrings_as_code_when_configured", summary_with(Lang::Python, src, &config));
}

golden!(
    /// Lines are counted on `\n`; a `\r\n` file has the same counts, and a UTF-8 BOM is skipped.
    /// total=3 code=2 comment=1 blank=0.
    python_lines_crlf_and_bom, Lang::Python, "\u{feff}# c\r\nx = 1\r\ny = 2\r\n");

golden!(
    /// The seeds' example (developer guide, Testing Guidelines): cc = 1 + 3 ifs = 4;
    /// cog = if 1 + if 2 + if 3 + else 1 + else 1 + else 1 = 9; nesting 3.
    python_seed_complex_function,
    Lang::Python,
    r##"def complex_function(a, b, c):
    if a > 0:
        if b > 0:
            if c > 0:
                return a + b + c
            else:
                return a + b
        else:
            return a
    else:
        return 0
"##
);

golden!(
    /// cc = 1 + if + elif + elif = 4 (else adds nothing); cog = if 1 + elif 1 + elif 1 + else 1 = 4.
    python_cc_if_elif_else,
    Lang::Python,
    r##"def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    elif x is None:
        return None
    else:
        return 0
"##
);

golden!(
    /// cc = 1 + for + if + while = 4: the loop `else` adds nothing (radon +1 each), `break` and
    /// `continue` add nothing. cog = for 1 + if (nested in for) 2 + while 1 = 4; nesting 2.
    python_cc_loops_and_loop_else,
    Lang::Python,
    r##"def loops(xs):
    for x in xs:
        if x:
            break
    else:
        pass
    while xs:
        xs.pop()
        continue
    else:
        pass
"##
);

golden!(
    /// cc = 1 + 2 except clauses = 3; `else` and `finally` add nothing (lizard counts finally,
    /// radon counts the try-else). cog = except 1 + except 1 = 2; try/finally are free.
    /// Nesting: an `except` clause sits inside the `try` node, so depth 2.
    python_cc_try_except_else_finally,
    Lang::Python,
    r##"def guarded(f):
    try:
        f()
    except ValueError:
        return 1
    except (KeyError, TypeError):
        return 2
    else:
        return 3
    finally:
        f()
"##
);

golden!(
    /// `with` and `assert` are not decisions (radon counts assert): cc 1, cog 0; `with` nests (depth 1).
    python_cc_with_and_assert_not_counted,
    Lang::Python,
    r##"def managed(path):
    with open(path) as fh:
        assert fh
        return fh.read()
"##
);

golden!(
    /// Conditional expression: cc 2, cog 1 (1 + nesting 0); a nested one in the else part: cc 3,
    /// cog 1 + 2 = 3.
    python_cc_conditional_expression,
    Lang::Python,
    r##"def pick(a, b):
    return a if a else b

def pick3(a, b, c):
    return a if a else (b if b else c)
"##
);

golden!(
    /// Each `and`/`or` adds 1 to cc. Cognitive adds 1 per run of like operators:
    /// same: `a and b and c` cc 3 cog 1; mixed: `a and b or c` cc 3 cog 2;
    /// grouped: `a or (b or c)` cc 3 cog 1 (parentheses are looked through);
    /// alternating: `(a and b) or (c and d)` cc 4 cog 3; in an `if`: cc 3, cog if 1 + run 1 = 2.
    python_boolean_operators,
    Lang::Python,
    r##"def same(a, b, c):
    return a and b and c

def mixed(a, b, c):
    return a and b or c

def grouped(a, b, c):
    return a or (b or c)

def alternating(a, b, c, d):
    return (a and b) or (c and d)

def in_if(a, b):
    if a and b:
        return 1
"##
);

golden!(
    /// match: each `case` but the wildcard `case _` adds 1 (radon's rule; lizard also counts
    /// `case _`), and a guard `if` adds 1: cc = 1 + 3 cases + 1 guard = 5.
    /// cog: match 1 (cases are free). Nesting 1.
    python_cc_match_case,
    Lang::Python,
    r##"def classify(p):
    match p:
        case 0:
            return "zero"
        case [x, y] if x > y:
            return "desc"
        case {"k": v}:
            return v
        case _:
            return None
"##
);

golden!(
    /// Comprehensions: each `for` and each `if` clause adds 1 to cc (lizard and radon agree):
    /// one: cc 3; two: 2 for + 2 if = cc 5. They add nothing to cognitive (complexipy counts them).
    python_cc_comprehensions,
    Lang::Python,
    r##"def one(xs):
    return [x for x in xs if x]

def two(rows):
    return {c for r in rows if r for c in r if c}
"##
);

golden!(
    /// A lambda is not a function of its own: its decisions count in the enclosing function
    /// (cc = 1 + conditional 1 = 2) and it raises cognitive nesting for its body
    /// (conditional 1 + nesting 1 = 2).
    python_lambda_counts_in_parent,
    Lang::Python,
    r##"def sort(xs):
    return sorted(xs, key=lambda x: x if x else 0)
"##
);

golden!(
    /// A nested `def` is a function of its own, named `outer.inner`, and adds nothing to its
    /// parent: outer cc 2 cog 1; inner cc 2 cog 1 (its nesting starts again at 0).
    python_nested_function_is_separate,
    Lang::Python,
    r##"def outer(x):
    def inner(y):
        if y:
            return 1
        return 0
    if x:
        return inner(x)
    return 0
"##
);

golden!(
    /// Nesting increments: for 1, while 1+1, if 1+2 = 6; nesting depth 3.
    python_cog_nesting_increments,
    Lang::Python,
    r##"def deep(xs):
    for x in xs:
        while x:
            if x > 1:
                x -= 1
"##
);

golden!(
    /// An `if` nested in an `elif` body is at nesting 1: if 1 + elif 1 + nested if 2 + else 1 = 5.
    /// cc = 1 + if + elif + if = 4. Nesting depth 2.
    python_cog_if_inside_elif,
    Lang::Python,
    r##"def f(a, b):
    if a:
        return 1
    elif b:
        if a is None:
            return 2
    else:
        return 3
"##
);

golden!(
    /// Direct recursion adds 1 once per function (the white paper's "each method in a
    /// recursion cycle"): fact: conditional 1 + recursion 1 = 2; walk (a method calling
    /// `self.walk`): if 1 + recursion 1 = 2; fib calls itself twice: if 1 + 1 = 2.
    python_cog_recursion,
    Lang::Python,
    r##"def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

class Tree:
    def walk(self, node):
        if node:
            self.walk(node.left)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
"##
);

golden!(
    /// Qualified names join enclosing classes and functions with `.`; classes 2 (A, A.B).
    python_qualified_names,
    Lang::Python,
    r##"class A:
    class B:
        def m(self):
            def helper():
                pass
            return helper

    @staticmethod
    def s():
        pass

async def co():
    pass
"##
);

golden!(
    /// Parameters: every entry of the parameter list, `self` included: f has 7
    /// (self, a, b=1, *args, c, d: int = 2, **kw); g has 0.
    python_parameters,
    Lang::Python,
    r##"def f(self, a, b=1, *args, c, d: int = 2, **kw):
    pass

def g():
    pass
"##
);

golden!(
    /// The bare `/` and `*` markers are not parameters: g(a, /, b, *, c) has 3.
    python_parameters_separators_not_counted,
    Lang::Python,
    r##"def g(a, /, b, *, c):
    pass
"##
);

golden!(
    /// Public: a module-level function or class, or a method, whose name does not start with `_`
    /// (dunder names are public); functions nested in functions are not API.
    /// Public: Doc (documented), documented, undocumented, Doc.__init__, Doc.method = 5;
    /// documented: Doc, documented, Doc.method = 3.
    python_docs_public_rule,
    Lang::Python,
    r##"class Doc:
    """A documented class."""

    def __init__(self):
        pass

    def method(self):
        """Documented."""

    def _private(self):
        """Private."""

def documented():
    """Yes."""
    def nested():
        pass

def undocumented():
    return 1

def _hidden():
    pass
"##
);

golden!(
    /// Imports as written: `import a.b as c, d` → a.b, d; `from .x import y` → .x.y and .x;
    /// `from . import m` → .m only; `from __future__ import ...` → __future__.
    python_imports,
    Lang::Python,
    r##"from __future__ import annotations
import os.path as osp, sys
from collections import OrderedDict as OD, deque
from . import sibling
from ..pkg.mod import name
"##
);

golden!(
    /// Top-level code is measured for the file: file cc = 1 + if + and = 3, file cog = if 1 + and 1 = 2.
    python_top_level_code,
    Lang::Python,
    r##"import sys

if __name__ == "__main__" and sys.argv:
    print("run")
"##
);

golden!(
    /// A syntax error is counted, and the file still gets metrics.
    python_parse_error_still_measured,
    Lang::Python,
    r##"def ok(a):
    if a:
        return 1

def broken(:
    pass
"##
);

golden!(
    /// Decisions inside f-string replacement fields are decisions (lizard ≥ 1.24 and radon count
    /// them): cc = 1 + conditional + and = 3; cog = conditional 1 + and 1 = 2.
    python_fstring_interpolation_counts,
    Lang::Python,
    r##"def f(a, b):
    return f"{a if b else 0} {a and b}"
"##
);

golden_halstead!(
    /// `def f(a): return a + 1`: operators def ( ) : return + (n1 6, N1 6); operands f a a 1
    /// (n2 3, N2 4). V = 10·log2 9 = 31.699, D = 6/2 · 4/3 = 4, E = 126.797, T = 7.044, B = 0.011.
    /// MI = (171 − 5.2 ln 31.699 − 0.23·1 − 16.2 ln 2)·100/171 = 82.79 (2 code lines: the
    /// docstring row is comment). Comments and the docstring are not tokens, so the file has
    /// the function's counts.
    python_halstead,
    Lang::Python,
    r##"# comment
def f(a):
    """Doc."""
    return a + 1
"##
);

golden_halstead!(
    /// A nested function's tokens belong to it alone: outer has `def outer ( ) : return inner`
    /// → operators def ( ) : return (n1 5, N1 5), operands outer inner (n2 2, N2 2);
    /// inner: def ( ) : return (n1 5, N1 5), operands inner 1 (n2 2, N2 2). The file has both.
    /// outer's MI uses its 3 code rows (inner's row included): see the snapshot.
    python_halstead_nested_function,
    Lang::Python,
    r##"def outer():
    def inner(): return 1
    return inner
"##
);

// ============================================================================ Import resolution

/// Python: absolute dotted modules resolve against each file's package (the top package is
/// the highest directory with `__init__.py`); relative imports climb one package per extra
/// dot; `from X import name` also tries `X.name` as a module. Standard-library and unknown
/// modules stay unresolved. pkg/a.py and pkg/sub/b.py import each other: a cycle.
#[test]
fn graph_python_resolution() {
    snapshot!(
        "graph_python_resolution",
        graph(
            &[
                ("pkg/__init__.py", Lang::Python, "from . import a\n"),
                ("pkg/a.py", Lang::Python, "import os\nfrom .sub import b\n"),
                ("pkg/sub/__init__.py", Lang::Python, ""),
                ("pkg/sub/b.py", Lang::Python, "from ..a import thing\nimport pkg.a\n"),
                ("tool.py", Lang::Python, "import pkg.sub.b\nimport missing\n"),
            ],
            &[],
        )
    );
}
