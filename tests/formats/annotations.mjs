#!/usr/bin/env node
// Checks aura's GitHub workflow annotations against GitHub's own toolkit (tests/it/formats.rs).
//
//   node tests/formats/annotations.mjs ANNOTATIONS.txt FINDINGS.json
//
// FINDINGS.json is a list of {severity, path, line, column, end_line, end_column, title,
// message}: what each annotation must say. For each one, @actions/core (the library
// actions use to write workflow commands, with the runner's escaping) writes the command;
// aura's line must carry the same command, the same escaped message and the same escaped
// properties (their order is free: the runner reads them as a map).
//
// Environment: AURA_NODE_MODULES, a node_modules directory holding @actions/core.
// Output: one JSON object {errors: [...], checked: N}; exit 0 when there are no errors.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [annotationsPath, findingsPath] = process.argv.slice(2);
if (!annotationsPath || !findingsPath) {
  console.error('usage: node tests/formats/annotations.mjs ANNOTATIONS.txt FINDINGS.json');
  process.exit(2);
}
const base = process.env.AURA_NODE_MODULES
  ? path.join(path.resolve(process.env.AURA_NODE_MODULES), 'noop.js')
  : import.meta.url;
const core = createRequire(base)('@actions/core');

// What the runner sees of a command line: the command, its properties, its message.
function parse(line) {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) return null;
  const props = {};
  for (const pair of (m[2] || '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { command: m[1], props, message: m[3] };
}

// The line @actions/core writes for a finding.
function reference(f) {
  let written = '';
  const write = process.stdout.write;
  process.stdout.write = (chunk) => {
    written += chunk;
    return true;
  };
  try {
    const props = {
      title: f.title, file: f.path, startLine: f.line, endLine: f.end_line,
      startColumn: f.column, endColumn: f.end_column,
    };
    const fn = { error: core.error, warning: core.warning, note: core.notice }[f.severity];
    fn(f.message, props);
  } finally {
    process.stdout.write = write;
  }
  return written.replace(/\r?\n$/, '');
}

const lines = readFileSync(annotationsPath, 'utf8').split('\n').filter((l) => l.startsWith('::'));
const findings = JSON.parse(readFileSync(findingsPath, 'utf8'));
const errors = [];
if (lines.length !== findings.length) errors.push(`${lines.length} annotations for ${findings.length} findings`);
findings.forEach((f, i) => {
  const want = parse(reference(f));
  const got = parse(lines[i] || '');
  if (!got) return void errors.push(`line ${i + 1} is not a workflow command: ${lines[i]}`);
  if (JSON.stringify(got.command) !== JSON.stringify(want.command) || got.message !== want.message) {
    errors.push(`line ${i + 1}: ${lines[i]}\n  @actions/core: ${reference(f)}`);
  }
  for (const [k, v] of Object.entries(want.props)) {
    if (got.props[k] !== v) errors.push(`line ${i + 1}: ${k}=${got.props[k]}, @actions/core: ${k}=${v}`);
  }
});
process.stdout.write(JSON.stringify({ errors, checked: findings.length }, null, 2) + '\n');
process.exit(errors.length ? 1 : 0);
