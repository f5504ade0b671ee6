#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running desk: installs what is missing, builds,
# starts helpdesk-server on its embedded PostgreSQL (under ./data) with demo data on :8080.
# Stop it with Ctrl-C; the database stops with it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# As root the cluster runs as the postgres user, which must reach the data directory: a home
# directory like /root is closed to it, so root's default lives under /var/lib.
if [ "$(id -u)" -eq 0 ]; then default_data=/var/lib/helpdesk/data; else default_data="$PWD/data"; fi
exec build/bin/helpdesk-server --data-dir "${HELPDESK_DATA:-$default_data}" --demo-data "$@"
