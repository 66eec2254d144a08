#!/usr/bin/env bash
# Run `aura review` for the action: SARIF, Markdown and JSON into $RUNNER_TEMP/aura, the step
# outputs into $GITHUB_OUTPUT. The review's exit code is an output too (`exit-code`) and this
# script exits 0, so that the SARIF upload still runs; the action's last step fails the job.
#
# Environment (set by action.yml through `env:`, never interpolated into this script):
#   INPUT_BASE, INPUT_HEAD, INPUT_FILTER_MODE, INPUT_FAIL_ON, INPUT_CATEGORY   empty: aura's default
#   INPUT_COMMENT   `true`: post the sticky pull request comment (`--comment github`)
#   INPUT_ARGS      extra arguments, split on whitespace (spaces, tabs, newlines); quotes are
#                   not interpreted and nothing is expanded or globbed, so an argument cannot
#                   contain whitespace
#   GITHUB_TOKEN    for the comment; RUNNER_TEMP, GITHUB_OUTPUT
set -euo pipefail

out="${RUNNER_TEMP:?}/aura"
mkdir -p "$out"
sarif="$out/aura.sarif"
markdown="$out/aura.md"
json="$out/aura.json"
rm -f "$sarif" "$markdown" "$json"

cmd=(aura review --format table --sarif "$sarif" --markdown "$markdown" --json "$json")
[ -z "${INPUT_BASE:-}" ] || cmd+=(--base "$INPUT_BASE")
[ -z "${INPUT_HEAD:-}" ] || cmd+=(--head "$INPUT_HEAD")
[ -z "${INPUT_FILTER_MODE:-}" ] || cmd+=(--filter-mode "$INPUT_FILTER_MODE")
[ -z "${INPUT_FAIL_ON:-}" ] || cmd+=(--fail-on "$INPUT_FAIL_ON")
[ -z "${INPUT_CATEGORY:-}" ] || cmd+=(--category "$INPUT_CATEGORY")
case "${INPUT_COMMENT:-false}" in
  true) cmd+=(--comment github) ;;
  false | '') ;;
  *)
    echo "::error title=aura::input \`comment\` must be true or false, not \`$INPUT_COMMENT\`"
    exit 2
    ;;
esac
# `read -a` splits on IFS (whitespace) and neither globs nor expands: no eval of user text.
read -r -d '' -a extra <<<"${INPUT_ARGS:-}" || true
cmd+=(${extra[@]+"${extra[@]}"}) # (bash 3.2 takes an empty "${extra[@]}" as unset)

echo "aura review: ${cmd[*]:2}"
status=0
"${cmd[@]}" || status=$?

{
  echo "exit-code=$status"
  [ ! -f "$sarif" ] || echo "sarif-file=$sarif"
  [ ! -f "$markdown" ] || echo "markdown-file=$markdown"
  [ ! -f "$json" ] || echo "json-file=$json"
  if [ -f "$json" ]; then
    if command -v jq >/dev/null; then
      echo "findings=$(jq '.findings | length' "$json")"
    elif command -v python3 >/dev/null; then
      echo "findings=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$json")"
    fi
  fi
  # where the SARIF's relative paths start, for the upload's fingerprints
  echo "repository-root=$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
} >>"$GITHUB_OUTPUT"

case $status in
  0 | 1) ;;
  *) echo "::error title=aura::aura review failed (exit code $status); see the messages above" ;;
esac
