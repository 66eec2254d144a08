#!/bin/sh
# aura-managed-hook: `aura install-hooks` wrote this file and `aura uninstall-hooks` removes it.
# One script serves every hook: it is installed as commit-msg, prepare-commit-msg,
# pre-commit and pre-push, and takes the hook's name from its own file name.
hook=${0##*/}

# pre-push reads the refs being pushed on stdin: keep them for both hooks below.
if [ "$hook" = pre-push ]; then
  stdin=$(cat)
fi

# The hook that was here before aura was installed runs first, as it did before;
# its failure stops git, as it would have on its own.
if [ -x "$0.legacy" ]; then
  if [ "$hook" = pre-push ]; then
    printf '%s\n' "$stdin" | "$0.legacy" "$@" || exit $?
  else
    "$0.legacy" "$@" || exit $?
  fi
fi

# AURA_SKIP=1 (or all) skips every aura hook; AURA_SKIP=pre-commit,commit-msg skips those.
case ",${AURA_SKIP:-}," in
  *,1,* | *,all,* | *,"$hook",*) exit 0 ;;
esac

aura=${AURA_BIN:-aura}
if ! command -v "$aura" >/dev/null 2>&1; then
  # not on PATH: the binary that installed this hook, if it is still there
  aura=@INSTALLED_BY@
  if [ ! -x "$aura" ]; then
    echo "aura: the $hook hook cannot run: the \`aura\` binary is not on PATH (nor at $aura)." >&2
    echo "aura: install aura, or skip it for one command with AURA_SKIP=$hook, or remove aura's hooks with \`aura uninstall-hooks\`." >&2
    exit 1
  fi
fi

if [ "$hook" = pre-push ]; then
  printf '%s\n' "$stdin" | "$aura" hook "$hook" "$@"
else
  exec "$aura" hook "$hook" "$@"
fi
