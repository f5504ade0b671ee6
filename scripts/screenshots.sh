#!/usr/bin/env bash
# PNG screenshots of the agent client's main screens, light and dark (*-dark.png): sign-in, inbox,
# ticket with its sidebar, composer, a phone ticket, dashboards, settings, offline; against a demo
# server, under Xvfb: docs/screenshots/*.png (or the directory given), shown in README.md.
# Usage: screenshots.sh [directory]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb; }
[ -x build/bin/helpdesk-client ] || bash scripts/build.sh
work=$(mktemp -d /tmp/helpdesk-shots-XXXXXX)
chmod 755 "$work"
port=18093
build/bin/helpdesk-server --data-dir "$work/data" --port $port --demo-data >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/v1/info" >/dev/null && break; sleep 0.3; done
out=${1:-docs/screenshots}
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1400x900x24" build/bin/helpdesk-client --screenshots "$out" \
  --server "http://127.0.0.1:$port" --email ada@demo.example --password demo-password
