// Which files the TypeScript compiler accepts, syntax only: the oracle of the npm syntax corpus
// (scripts/npm-syntax-corpus, tests/it/corpus_npm.rs).
//
//   node scripts/ts-syntax-check.mjs TYPESCRIPT_DIR < paths > verdicts
//
// Reads one path a line; writes `path<TAB>ok` or `path<TAB>rejected<TAB>first diagnostic`.
// One program over every file, as `tsc --noEmit --allowJs` builds it, and only its syntactic
// diagnostics (the TS1xxx errors, JavaScript files' "types can only be used in a .ts file"
// included): type errors from missing dependencies are not syntax. Dialect by extension,
// as tsc decides it: .js/.mjs/.cjs/.jsx may hold JSX, .ts/.mts/.cts may not, .tsx may.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [typescriptDir] = process.argv.slice(2);
if (!typescriptDir) {
  console.error("usage: ts-syntax-check.mjs TYPESCRIPT_DIR < paths");
  process.exit(2);
}
const ts = createRequire(path.join(typescriptDir, "package.json"))(typescriptDir);

const files = readFileSync(0, "utf8").split("\n").filter(Boolean);
const program = ts.createProgram(files, {
  allowJs: true,
  noEmit: true,
  noLib: true,
  noResolve: true,
  types: [],
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
});

const out = [];
for (const file of files) {
  const source = program.getSourceFile(file);
  if (!source) {
    out.push(`${file}\trejected\tnot read by the compiler`);
    continue;
  }
  const diagnostics = program.getSyntacticDiagnostics(source);
  if (diagnostics.length === 0) {
    out.push(`${file}\tok`);
    continue;
  }
  const d = diagnostics[0];
  const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
  const message = ts.flattenDiagnosticMessageText(d.messageText, " ").replace(/\s+/g, " ");
  out.push(`${file}\trejected\t${line + 1}:${character + 1} TS${d.code} ${message}`);
}
process.stdout.write(out.join("\n") + "\n");
console.error(`typescript ${ts.version}: ${files.length} files`);
