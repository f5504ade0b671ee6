#!/usr/bin/env bash
# The checks CI runs beside the tests: every C++ file as .clang-format lays it out, and clang-tidy
# (.clang-tidy) clean on our sources and headers. Needs build/compile_commands.json (scripts/build.sh).
# Usage: check-style.sh [format|tidy]   (both when no argument)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
what=${1:-all}

if [ "$what" = all ] || [ "$what" = format ]; then
  mapfile -t sources < <(git ls-files '*.cpp' '*.h')
  clang-format --dry-run --Werror "${sources[@]}"
  echo "format: ${#sources[@]} files as .clang-format lays them out"
fi

if [ "$what" = all ] || [ "$what" = tidy ]; then
  [ -f build/compile_commands.json ] || { echo "build/compile_commands.json missing: run scripts/build.sh" >&2; exit 2; }
  # Our translation units only (not moc output or the embedded migrations in build/).
  run-clang-tidy -quiet -p build -j "${JOBS:-2}" -extra-arg=-Wno-unknown-warning-option -header-filter="^$root/(server|client|shared|tests|bench)/" \
    "^$root/(server|client|shared|tests|bench)/.*\.cpp$" >/tmp/helpdesk-tidy.log 2>&1 || {
    # run-clang-tidy always colours its output; strip that before listing the findings.
    sed 's/\x1b\[[0-9;]*m//g' /tmp/helpdesk-tidy.log | grep -E '^/.*(warning|error):' | sort -u >&2
    echo "tidy: findings above (full log /tmp/helpdesk-tidy.log)" >&2
    exit 1
  }
  echo "tidy: clean"
fi
