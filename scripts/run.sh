#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running desk: installs what is missing, builds,
# starts helpdesk-server on its embedded PostgreSQL (under ./data) with demo data on :8080.
# Stop it with Ctrl-C; the database stops with it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec build/bin/helpdesk-server --data-dir "${HELPDESK_DATA:-$PWD/data}" --demo-data "$@"
