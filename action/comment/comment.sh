#!/usr/bin/env bash
# Create or update the sticky aura comment on a pull request from a Markdown file, for the
# `workflow_run` half of the fork pull request split (action/examples/review-comment.yml).
# The file and the pull request number come from an artifact that a fork's code could have
# written: the number must be digits, the pull request's head must be the reviewed commit,
# and the text is only ever sent as a comment body.
#
# Environment (set by action.yml through `env:`):
#   INPUT_MARKDOWN_FILE   the comment's Markdown
#   INPUT_PR_NUMBER       the pull request number, or INPUT_PR_NUMBER_FILE, a file holding it
#   INPUT_HEAD_SHA        the commit that was reviewed (github.event.workflow_run.head_sha); optional
#   INPUT_MARKER          the hidden marker that finds the comment again on the next run
#   GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY
set -euo pipefail

fail() {
  echo "::error title=aura::$*"
  exit 2
}

command -v jq >/dev/null || fail "jq is required to post the comment"
pr=${INPUT_PR_NUMBER:-}
if [ -z "$pr" ] && [ -n "${INPUT_PR_NUMBER_FILE:-}" ]; then
  [ -f "$INPUT_PR_NUMBER_FILE" ] || fail "no pull request number file at $INPUT_PR_NUMBER_FILE"
  pr=$(head -c 32 "$INPUT_PR_NUMBER_FILE" | tr -d '[:space:]')
fi
[[ $pr =~ ^[1-9][0-9]{0,9}$ ]] || fail "the pull request number must be a positive integer, not \`${pr:0:32}\`"
[ -f "${INPUT_MARKDOWN_FILE:-}" ] || fail "no Markdown report at \`${INPUT_MARKDOWN_FILE:-}\`"
marker=${INPUT_MARKER:-<!-- aura-review -->}
api="${GITHUB_API_URL:-https://api.github.com}/repos/${GITHUB_REPOSITORY:?}"

# `github METHOD PATH [BODY_FILE]`: one REST call; the response body on stdout.
github() {
  local args=(-fsSL --retry 3 -X "$1" -H "Authorization: Bearer ${GITHUB_TOKEN:?}"
    -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28")
  [ -z "${3:-}" ] || args+=(-H "Content-Type: application/json" --data-binary "@$3")
  curl "${args[@]}" "$api$2"
}

if [ -n "${INPUT_HEAD_SHA:-}" ]; then
  head=$(github GET "/pulls/$pr" | jq -r '.head.sha')
  [ "$head" = "$INPUT_HEAD_SHA" ] \
    || fail "pull request #$pr's head is $head, not the reviewed commit $INPUT_HEAD_SHA; not commenting"
fi

body=$(mktemp)
trap 'rm -f "$body"' EXIT
# GitHub refuses a comment over 65536 characters
jq -Rs --arg marker "$marker" \
  '{body: ((if contains($marker) then . else $marker + "\n" + . end) | if length > 65000 then .[:65000] + "\n\n_(truncated)_" else . end)}' \
  "$INPUT_MARKDOWN_FILE" >"$body"

id=""
for page in $(seq 1 50); do
  comments=$(github GET "/issues/$pr/comments?per_page=100&page=$page")
  id=$(jq -r --arg marker "$marker" '[.[] | select(.body | contains($marker))][0].id // empty' <<<"$comments")
  if [ -n "$id" ] || [ "$(jq length <<<"$comments")" -lt 100 ]; then break; fi
done

if [ -n "$id" ]; then
  github PATCH "/issues/comments/$id" "$body" >/dev/null
  echo "Updated the aura comment on pull request #$pr"
else
  github POST "/issues/$pr/comments" "$body" >/dev/null
  echo "Commented on pull request #$pr"
fi
