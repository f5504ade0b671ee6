#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing suite: installs what is missing,
# builds, and runs every test through CTest (each test starts its own PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "${JOBS:-2}"
