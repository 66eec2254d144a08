#!/usr/bin/env bash
# Put `aura` on the job's PATH for the action: a release binary when INPUT_VERSION is set
# (checked against its published .sha256), else `cargo install` from the action's own checkout.
#
# Environment (set by action.yml through `env:`, never interpolated into this script):
#   INPUT_VERSION               release to download, `1.2.3` or `v1.2.3`; empty: build from source
#   INPUT_RELEASE_REPOSITORY    owner/name whose GitHub releases hold the binaries (optional)
#   AURA_ACTION_REPOSITORY      the repository the action was used from (github.action_repository)
#   GITHUB_ACTION_PATH, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH, GITHUB_PATH, GITHUB_SERVER_URL
set -euo pipefail

fail() {
  echo "::error title=aura::$*"
  exit 2
}

# The Rust target triple of this runner's release archive, into TARGET (not printed: a
# failure inside `$(...)` would swallow its message).
target() {
  case "${RUNNER_OS:-Linux}/${RUNNER_ARCH:-X64}" in
    Linux/X64) TARGET=x86_64-unknown-linux-gnu ;;
    Linux/ARM64) TARGET=aarch64-unknown-linux-gnu ;;
    macOS/X64) TARGET=x86_64-apple-darwin ;;
    macOS/ARM64) TARGET=aarch64-apple-darwin ;;
    Windows/X64) TARGET=x86_64-pc-windows-msvc ;;
    *) fail "no aura release binary for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}; leave \`version\` empty to build from source" ;;
  esac
}

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

download() {
  local version=${INPUT_VERSION#v}
  [[ $version =~ ^[0-9A-Za-z][0-9A-Za-z.+-]*$ ]] || fail "version \`$INPUT_VERSION\` is not a release version such as 1.2.3"
  local repo=${INPUT_RELEASE_REPOSITORY:-${AURA_ACTION_REPOSITORY:-}}
  [[ $repo =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] \
    || fail "cannot tell which repository's releases to download (got \`$repo\`); set \`release-repository: owner/name\`"
  local name url dir
  target
  name="aura-$TARGET.tar.gz"
  url="${GITHUB_SERVER_URL:-https://github.com}/$repo/releases/download/v$version/$name"
  dir="$RUNNER_TEMP/aura-$version"
  mkdir -p "$dir/bin"
  echo "Downloading $url"
  curl --proto '=https' --tlsv1.2 -fsSL --retry 3 -o "$dir/$name" "$url" \
    || fail "could not download $url: is v$version released with binaries for this runner?"
  curl --proto '=https' --tlsv1.2 -fsSL --retry 3 -o "$dir/$name.sha256" "$url.sha256" \
    || fail "could not download $url.sha256 to verify the archive"
  local expected actual
  expected=$(cut -d' ' -f1 <"$dir/$name.sha256")
  actual=$(sha256 "$dir/$name")
  [ "$expected" = "$actual" ] || fail "$name: checksum $actual does not match the published $expected"
  tar -xzf "$dir/$name" -C "$dir/bin"
  local bin
  bin=$(find "$dir/bin" -type f \( -name aura -o -name aura.exe \) | head -n 1)
  [ -n "$bin" ] || fail "$name holds no aura binary"
  chmod +x "$bin"
  dirname "$bin" >>"$GITHUB_PATH"
}

build() {
  command -v cargo >/dev/null || fail "cargo is not installed; set \`version\` to download a release binary instead"
  local root="$RUNNER_TEMP/aura-source"
  echo "Building aura from $GITHUB_ACTION_PATH/.. (set \`version\` to download a release instead)"
  cargo install --locked --path "$GITHUB_ACTION_PATH/.." --root "$root"
  echo "$root/bin" >>"$GITHUB_PATH"
}

if [ -n "${INPUT_VERSION:-}" ]; then download; else build; fi
