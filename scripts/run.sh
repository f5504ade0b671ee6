#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running desk: installs what is missing, builds,
# starts helpdesk-server on its embedded PostgreSQL with demo data on :8080, then the agent client
# when a display is available (sign in as alice@demo.example / demo-password). Closing the client,
# or Ctrl-C without a display, stops the server; the database stops with it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# As root the cluster runs as the postgres user, which must reach the data directory: a home
# directory like /root is closed to it, so root's default lives under /var/lib.
if [ "$(id -u)" -eq 0 ]; then default_data=/var/lib/helpdesk/data; else default_data="$PWD/data"; fi
port=8080
build/bin/helpdesk-server --data-dir "${HELPDESK_DATA:-$default_data}" --port $port --demo-data "$@" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 200); do
  curl -sf "http://127.0.0.1:$port/api/v1/info" >/dev/null && break
  kill -0 $server 2>/dev/null || exit 1
  sleep 0.3
done
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/bin/helpdesk-client ]; then
  build/bin/helpdesk-client --server "http://127.0.0.1:$port" || true
else
  echo "No display: the server runs on http://127.0.0.1:$port; start build/bin/helpdesk-client on a desktop. Ctrl-C stops."
  wait $server
fi
