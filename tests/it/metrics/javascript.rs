//! JavaScript (and JSX), TypeScript and TSX; and how relative script imports resolve.

use aura::lang::Lang;

use super::support::graph;

// ============================================================================ JavaScript (and JSX)

golden!(
    /// Rows 1-5 JSDoc: comment. 6 code. 7 code with a trailing comment. 8 code (`/*` in a
    /// string). 9-11 block comment with a blank row: comment. 12 `/* c */ code` and its regex
    /// holding `//`: code. 13-16 template literal: code, its `//` row and blank row too. 17-18 code.
    /// total=18 code=10 comment=8 blank=0.
    js_lines,
    Lang::JavaScript,
    r##"/**
 * Adds.
 *
 * @param {number} a
 */
export function add(a) {
  const b = 1; // trailing
  const url = "http://example.com /* not a comment */";
  /* block

     comment */
  /* lead */ const re = /a\/\/b/;
  const t = `line
// not a comment

end`;
  return a + b;
}
"##
);

golden!(
    /// cc = 1 + if + else if = 3; cog = if 1 + else if 1 + else 1 = 3; nesting 1.
    js_cc_if_else_chain,
    Lang::JavaScript,
    r##"function sign(x) {
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
    /// An `if` inside an `else` block (not `else if`) is nested: if 1 + else 1 + nested if 2 = 4.
    js_cog_if_inside_else_block,
    Lang::JavaScript,
    r##"function f(a, b) {
  if (a) {
    return 1;
  } else {
    if (b) {
      return 2;
    }
  }
  return 0;
}
"##
);

golden!(
    /// for, for-of, for-in, while, do-while: each +1 to cc (6) and +1 to cog at nesting 0 (5).
    js_cc_loops,
    Lang::JavaScript,
    r##"function loops(xs, o) {
  for (let i = 0; i < xs.length; i++) {}
  for (const x of xs) {}
  for (const k in o) {}
  while (xs.length) xs.pop();
  do { xs.push(1); } while (xs.length < 3);
}
"##
);

golden!(
    /// switch: each `case` but `default` adds 1 to cc, empty fall-through labels too (lizard
    /// agrees): cc = 1 + 3 = 4; cog: switch 1 (cases free); nesting 1.
    js_cc_switch,
    Lang::JavaScript,
    r##"function sw(x) {
  switch (x) {
    case 1:
      return "one";
    case 2:
    case 3:
      return "few";
    default:
      return "many";
  }
}
"##
);

golden!(
    /// catch +1 to cc and cog; try and finally are free: cc 2, cog 1.
    /// Nesting depth 2: the catch clause is a child of the try statement.
    js_cc_try_catch_finally,
    Lang::JavaScript,
    r##"function guarded(f) {
  try {
    f();
  } catch (e) {
    return null;
  } finally {
    f();
  }
}
"##
);

golden!(
    /// Ternary +1 cc; cog 1 + nesting: `a ? b : c ? d : e` → cc 3, cog 1 + 2 = 3.
    js_cc_ternary_nested,
    Lang::JavaScript,
    r##"function pick(a, b, c, d, e) {
  return a ? b : c ? d : e;
}
"##
);

golden!(
    /// `&&` `||` `??` each +1 to cc; cognitive counts runs of `&&`/`||` only (`??` is free, as in
    /// the white paper): same cc 3 cog 1; mixed `a && b || c` cc 3 cog 2 (SonarJS gives 1);
    /// nullish `a ?? b ?? c` cc 3 cog 0; optional chaining `a?.b` adds nothing: cc 1 cog 0.
    js_logical_operators,
    Lang::JavaScript,
    r##"function same(a, b, c) { return a && b && c; }
function mixed(a, b, c) { return a && b || c; }
function nullish(a, b, c) { return a ?? b ?? c; }
function chain(a) { return a?.b?.c; }
"##
);

golden!(
    /// Labeled `continue`/`break` add 1 to cog; unlabeled ones add nothing.
    /// for-of 1, for 2, if 3, continue outer 1, if 3, break outer 1 = 11; cc = 1 + 4 = 5; nesting 3.
    js_cog_labeled_jumps,
    Lang::JavaScript,
    r##"function scan(rows) {
  outer: for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (row[i] === 0) continue outer;
      if (row[i] < 0) break outer;
      break;
    }
  }
}
"##
);

golden!(
    /// Direct recursion +1 once per function, also through `this.name()`: f: ternary 1 + 1 = 2;
    /// K.m: ternary 1 + 1 = 2.
    js_cog_recursion,
    Lang::JavaScript,
    r##"function f(n) { return n ? f(n - 1) : 0; }
class K {
  m(n) { return n ? this.m(n - 1) : 0; }
}
"##
);

golden!(
    /// Arrow functions and function expressions are functions of their own (as in lizard and
    /// SonarJS): named after the variable, property or field they are bound to, `(anonymous)`
    /// otherwise; their decisions do not count in the enclosing function: outer cc 2, cog 1.
    js_arrow_and_callbacks_are_functions,
    Lang::JavaScript,
    r##"function outer(xs) {
  const pos = (x) => x > 0 ? x : 0;
  xs.forEach(function (x) { if (x) console.log(x); });
  const obj = { key: () => 1, method() { return 2; } };
  if (xs.length) return xs.map(pos);
}
class C { field = () => 1; }
module.exports.handler = async () => 2;
"##
);

golden!(
    /// Nested function declarations are separate functions named `outer.inner`; outer cc 1.
    js_nested_function_is_separate,
    Lang::JavaScript,
    r##"function outer() {
  function inner(a) {
    return a && a.b;
  }
  return inner;
}
"##
);

golden!(
    /// Public: exported declarations (also `export const f = () => ...`) and class methods
    /// other than `#private` ones. Documented: a comment right above (or above the `export`).
    /// Public: documented, undocumented, arrow, Api, Api.method = 5 (Api.#secret and local are
    /// not); documented: documented, arrow, Api = 3.
    js_docs_public_rule,
    Lang::JavaScript,
    r##"/** Documented. */
export function documented() {}

export function undocumented() {}

/** An arrow. */
export const arrow = () => 1;

function local() {}

// A class.
export class Api {
  method() {}
  #secret() {}
}
"##
);

golden!(
    /// Imports: `import ... from`, side-effect `import`, `export ... from`, `require()` and
    /// dynamic `import()`; each with its line.
    js_imports,
    Lang::JavaScript,
    r##"import fs from "fs";
import { a, b } from "./lib/a.js";
import "./side-effect";
export * from "../shared";
export { c } from "./c";
const d = require("./d");
const e = await import("./e.mjs");
"##
);

golden!(
    /// Parameters: one per entry, a destructuring pattern is one, `...rest` is one: f 5; g 1; h 0.
    /// The default value `b = 1` is a decision: f cc 2.
    js_parameters,
    Lang::JavaScript,
    r##"function f(a, b = 1, { c, d }, [e], ...rest) {}
const g = x => x;
const h = async () => 1;
"##
);

golden!(
    /// JSX: `{cond && <X/>}` and `{c ? <A/> : null}` are decisions (cc = 1 + && + ?: = 3,
    /// cog 1 + 1 = 2); JSX text holding `//` is not a comment, and a `{/* */}` row holds code
    /// (its braces). total=14 code=13 comment=1 blank=0.
    js_jsx,
    Lang::JavaScript,
    r##"// A component.
export function App({ items, user }) {
  return (
    <div title="a // b">
      {/* a JSX comment */}
      http://not.a.comment
      {user && <span>{user.name}</span>}
      {items.length > 0 ? <ul /> : null}
      <p>
        text
      </p>
    </div>
  );
}
"##
);

golden!(
    /// Decisions inside template-literal substitutions are decisions (lizard does not look inside them), and
    /// an arrow function inside one is a function: f cc = 1 + ?: + && = 3, cog 1 + 1 = 2;
    /// the arrow `(anonymous)` cc 2 cog 1.
    js_template_substitutions_count,
    Lang::JavaScript,
    r##"function f(a, b) {
  return `${a ? b : 0} ${a && b} ${[1].map((x) => (x ? 1 : 2))}`;
}
"##
);

golden_halstead!(
    /// `function f(a) { return a + 1; }`: operators function ( ) { return + ; } (n1 8, N1 8);
    /// operands f a a 1 (n2 3, N2 4). V = 12·log2 11 = 41.514, D = 8/2 · 4/3 = 5.333,
    /// E = 221.404, T = 12.300, B = 0.014; MI = (171 − 5.2 ln 41.513 − 0.23 − 0)·100/171 = 88.53.
    js_halstead,
    Lang::JavaScript,
    r##"function f(a) { return a + 1; }
"##
);

golden!(
    /// A comment between `else` and `if` does not turn an `else if` into an `else` plus a
    /// nested `if`: cog = if 1 + else if 1 = 2.
    js_cog_comment_between_else_and_if,
    Lang::JavaScript,
    r##"function f(a, b) {
  if (a) {
  } else /* note */ if (b) {
  }
}
"##
);

golden!(
    /// A JSX attribute may be named with a reserved word (Preact's and Solid's `class`, `for`;
    /// MUI's `<Fade in>`; `<FormGroup switch>`): no syntax error (0.25's reserved words made
    /// them 30 errors in a `.jsx` file). App: `? :` +1: cc 2, cog 1.
    jsx_reserved_word_attribute_names,
    Lang::JavaScript,
    r##"export function App({ open }) {
  return (
    <label class="row" for="name">
      <Fade in={open} />
      <FormGroup switch>{open ? 'on' : 'off'}</FormGroup>
    </label>
  );
}
"##
);

golden!(
    /// Export and import lists may name a reserved word (`export { _null as null }`, as zod's
    /// build ships): no syntax error. f: `??` +1: cc 2.
    js_reserved_word_export_names,
    Lang::JavaScript,
    r##"import { enum as e, default as d } from './m.js';
const _null = null;
export function f() { return e ?? d; }
export { _null as null, f as function, e as default };
"##
);

// ============================================================================ TypeScript

golden!(
    /// Interfaces, enums and (abstract) classes count as classes (3); a namespace is a naming
    /// scope (`Geo.dist`); overload signatures without a body are not functions (one `over`).
    /// dist: `?.` adds nothing, `??` +1: cc 2. over: if +1.
    ts_types_namespaces_overloads,
    Lang::TypeScript,
    r##"/** Shape docs. */
export interface Shape {
  area(): number;
}

export enum Color { Red, Green }

export namespace Geo {
  export function dist(p?: Point): number {
    return p?.x ?? 0;
  }
}

export abstract class Base<T> {
  /** Runs. */
  public run(x: T): void {}
}

function over(a: string): void;
function over(a: number): void;
function over(a: any): void {
  if (a as boolean) {}
}
"##
);

golden!(
    /// TypeScript takes JavaScript's rules: switch cases (2 non-default), for-of, catch,
    /// two ternaries, `&&`: cc = 1 + 2 + 1 + 1 + 2 + 1 = 8; cog = switch 1 + for-of 1 + catch 2
    /// (inside the loop) + ternary 1 + ternary 1 + `&&` 1 = 7. Generic `<T>` brackets are not
    /// comparisons. Nesting 3: for-of, try, catch.
    ts_control_flow,
    Lang::TypeScript,
    r##"export function run<T extends object>(xs: T[], mode: "a" | "b" | "c"): number {
  switch (mode) {
    case "a": break;
    case "b": break;
    default: break;
  }
  for (const x of xs) {
    try { JSON.stringify(x); } catch (e: unknown) { return -1; }
  }
  const n = xs.length > 0 ? xs.length : 0;
  return n > 1 && mode === "a" ? 1 : 0;
}
"##
);

golden!(
    /// Imports: `import type` and re-exports count; lines kept.
    ts_imports,
    Lang::TypeScript,
    r##"import { a } from "./a";
import type { B } from "../b/index";
export * from "lib";
const lazy = import("./lazy");
"##
);

golden!(
    /// Parameters: optional, defaulted and rest parameters count; constructor parameter
    /// properties count: f 3, constructor 2. Each default value (`b: number = 1`, `y = 2`)
    /// is a decision: cc 2 each; the optional `a?:` is not.
    ts_parameters,
    Lang::TypeScript,
    r##"function f(a?: string, b: number = 1, ...r: number[]): void {}
class C { constructor(private x: number, public y = 2) {} }
"##
);

golden!(
    /// Default values and logical assignments are decisions, as lizard and ESLint's
    /// `complexity` count them: a default is `if (a === undefined) a = …`, `a ||= b` is
    /// `if (!a) a = b`. f: defaults `a = 1`, `tag = 'li'`, `{…} = {}`, `x = 2`, `[…] = []`
    /// (5) + `||=`, `&&=`, `??=` (3), not `+=`: cc 9. Neither is a cognitive increment
    /// (sonarjs counts neither): cog 0. The outer `=` of a declaration is not a default: g cc 1.
    ts_cc_default_values_and_logical_assignments,
    Lang::TypeScript,
    r##"function f(a = 1, { tag = 'li' } = {}, [x = 2] = []) {
  a ||= 1; a &&= 2; a ??= 3; a += 1;
}
function g(props) { const { tag } = props; const y = tag; }
"##
);

golden!(
    /// JavaScript reads defaults and logical assignments as TypeScript does: cc 1 + `c = 3`
    /// + `{ d = 4 }` + `??=` = 4.
    js_cc_default_values_and_logical_assignments,
    Lang::JavaScript,
    r##"function f(c = 3, { d = 4 }) { c ??= d; }
"##
);

golden!(
    /// A `this:` annotation is not a parameter: f has 1.
    ts_this_parameter_not_counted,
    Lang::TypeScript,
    r##"function f(this: Window, a: string): void {}
"##
);

golden!(
    /// `private` and `protected` members are not public API: public = Base, run = 2.
    ts_private_members_not_public,
    Lang::TypeScript,
    r##"export class Base {
  run(): void {}
  private hidden(): void {}
  protected prot(): void {}
}
"##
);

golden_halstead!(
    /// TypeScript Halstead: type annotations are tokens too, and a predefined type is a keyword.
    /// `function f(a: number) { return a; }`: operators function ( : number ) { return ; }
    /// (n1 9, N1 9); operands f a a (n2 2, N2 3). V = 12·log2 11 = 41.513, D = 9/2 · 3/2 = 6.75.
    ts_halstead,
    Lang::TypeScript,
    r##"function f(a: number) { return a; }
"##
);

golden!(
    /// Rows 1-3 block comment with a blank row: comment. 4 code + trailing comment. 5 code
    /// (`//` and `/*` in a string). 6-8 template literal with a blank row: code. 9 JSDoc: comment.
    /// 10 code. total=10 code=6 comment=4 blank=0.
    ts_lines,
    Lang::TypeScript,
    r##"/* A block

   comment. */
type Id = string; // trailing
const url: string = "http://x /* not */";
const t: string = `multi

line`;
/** Doc. */
export const n: number = 1;
"##
);

golden!(
    /// if / else if / else, for, while, do-while, `||`, `??`: cc = 1 + 2 + 3 + 1 + 1 = 8;
    /// cog = if 1 + else if 1 + else 1 + for 1 + while 1 + do 1 + `||` 1 = 7 (`??` free).
    ts_cc_loops_and_chain,
    Lang::TypeScript,
    r##"export function f(x: number, y?: number): number {
  if (x > 0) {
    x = 1;
  } else if (x < 0) {
    x = -1;
  } else {
    x = 0;
  }
  for (let i = 0; i < 3; i++) {}
  while (x > 10) x--;
  do { x++; } while (x < 0);
  return (x || 1) + (y ?? 0);
}
"##
);

golden!(
    /// TypeScript 5.0's type-only star re-exports are imports like `export *` (no syntax
    /// error, full metrics); TypeScript 4.7's variance annotations `in`/`out` on type
    /// parameters parse, and a type parameter may still be named `out`. Imports `./types` and
    /// `mod`; the interface is a class; id: `??` +1: cc 2.
    ts_export_type_star_and_variance_annotations,
    Lang::TypeScript,
    r##"export type * from './types';
export type * as NS from 'mod';
export interface Box<in I, out O, in out IO, const C> {
  get(i: I): O;
}
export function id<out>(x: out): out {
  return x ?? x;
}
"##
);

golden!(
    /// A declaration file's nameless default export signature, as zod's `.d.ts` files have
    /// it: no syntax error, and a signature is not a function (none listed).
    ts_default_export_function_signature,
    Lang::TypeScript,
    r##"import type * as errors from "../core/errors.js";
export default function (): {
    localeError: errors.$ZodErrorMap;
};
"##
);

golden!(
    /// The same TypeScript 5.0 and 4.7 syntax in a `.tsx` file, beside JSX (a `class`
    /// attribute too): import `mod`, one class, View cc 1.
    tsx_export_type_star_and_variance_annotations,
    Lang::Tsx,
    r##"export type * as NS from 'mod';
export interface Props<out T> {
  value: T;
}
export const View = <T,>({ value }: Props<T>) => <div class="v">{String(value)}</div>;
"##
);

// ============================================================================ TSX

golden!(
    /// TSX: JSX decisions count (cc = 1 + && + ?: = 3, cog 2); a generic arrow `<T,>` parses;
    /// row 1 comment, the rest code. total=11 code=10 comment=1.
    tsx_component,
    Lang::Tsx,
    r##"// Props of the list.
export const List = <T,>({ items, render }: { items: T[]; render: (t: T) => JSX.Element }) => (
  <ul>
    {/* rows */}
    {items.length > 0 && items.map(render)}
    {items.length === 0 ? <li>none</li> : null}
  </ul>
);
export function Empty(): JSX.Element {
  return <p>http://x</p>;
}
"##
);

golden!(
    /// TSX takes TypeScript's rules: class members, switch, labeled continue: for-of 1, for 2,
    /// if 3, continue outer 1 = 7; cc = 1 + 3 = 4.
    tsx_class_and_labels,
    Lang::Tsx,
    r##"export class Grid {
  scan(rows: number[][]): void {
    outer: for (const row of rows) {
      for (let i = 0; i < row.length; i++) {
        if (row[i] < 0) continue outer;
      }
    }
  }
}
"##
);

golden!(
    /// TSX lines and the rest of the shared set: rows 1-3 block comment with a blank row:
    /// comment; 4-10 code (total=10 code=7 comment=3). while, do, 1 non-default case, catch, `||`, `??`: cc = 1 + 6 = 7;
    /// cog = while 1 + do 1 + switch 1 + catch 1 + `||` 1 = 5.
    tsx_cc_misc,
    Lang::Tsx,
    r##"/* Misc.

*/
export function Misc({ n, s }: { n: number; s?: string }) {
  while (n > 10) n--;
  do { n++; } while (n < 0);
  switch (n) { case 1: break; default: break; }
  try { JSON.parse(s ?? ""); } catch { return null; }
  return <p>{n || "none"}</p>;
}
"##
);

// ============================================================================ Import resolution

/// JavaScript/TypeScript: only relative specifiers (`./`, `../`) resolve: the path itself,
/// then a `.js`/`.mjs`/`.cjs` written for a `.ts`/`.tsx` source, then the extensions
/// .ts .tsx .js .jsx .mjs .cjs, then `index.*` in a directory. Bare packages stay external.
#[test]
fn graph_script_resolution() {
    snapshot!(
        "graph_script_resolution",
        graph(
            &[
                (
                    "src/app.ts",
                    Lang::TypeScript,
                    "import React from \"react\";\nimport { u } from \"./util\";\nimport l from \"./lib/index.js\";\nimport \"../shared\";\nconst d = require(\"./data.json\");\n",
                ),
                ("src/util.ts", Lang::TypeScript, "import { app } from \"./app\";\n"),
                ("src/lib/index.ts", Lang::TypeScript, "export const l = 1;\n"),
                ("shared/index.js", Lang::JavaScript, "module.exports = {};\n"),
                ("src/view.jsx", Lang::JavaScript, "import { u } from \"./util.js\";\n"),
            ],
            &[],
        )
    );
}
