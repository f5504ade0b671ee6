#!/usr/bin/env bash
# Configures and builds everything into build/ (binaries in build/bin/). WERROR=ON: warnings fail the build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DHELPDESK_WERROR="${WERROR:-OFF}" "$@"
cmake --build build -j "${JOBS:-2}"
