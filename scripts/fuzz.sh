#!/usr/bin/env bash
# Fuzzes every reader of untrusted bytes (tests/fuzz/FuzzTargets.h) with libFuzzer, each for
# MINUTES (default 10), one after the other, in a clang build with ASan and UBSan (build-fuzz/).
# Inputs that crash, hang, leak or run out of memory are copied to tests/fuzz/regressions/<reader>/,
# which tst_fuzz_regressions replays on every test run: commit them with the fix.
#
#   bash scripts/fuzz.sh [MINUTES] [READER…]      e.g. bash scripts/fuzz.sh 10 json_codec imap_reader
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
shift || true
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(mail_parser json_codec html_text imap_reader freshdesk_xml websocket_frames authentication_results)

bash scripts/install-deps.sh
missing=()
for p in clang-14 libfuzzer-14-dev libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHELPDESK_FUZZ=ON \
  -DHELPDESK_BUILD_CLIENT=OFF -DHELPDESK_BUILD_TESTS=OFF -DHELPDESK_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j "${JOBS:-2}" --target "${readers[@]/#/fuzz_}"

summary=()
for reader in "${readers[@]}"; do
  corpus=build-fuzz/corpus/$reader
  artifacts=build-fuzz/artifacts/$reader
  mkdir -p "$corpus" "$artifacts" "tests/fuzz/regressions/$reader" build-fuzz/logs
  cp tests/fuzz/seeds/"$reader"/* "$corpus"/ 2>/dev/null || true
  cp tests/fuzz/regressions/"$reader"/* "$corpus"/ 2>/dev/null || true
  echo "== $reader: $minutes min"
  # Fork mode goes on after a finding, so one run reports every kind of failure it meets.
  build-fuzz/bin/fuzz_"$reader" "$corpus" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time=$((minutes * 60)) -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"build-fuzz/logs/$reader.log" 2>&1 || true
  found=0
  for artifact in "$artifacts"/*; do
    [ -e "$artifact" ] || continue
    cp "$artifact" "tests/fuzz/regressions/$reader/"
    found=$((found + 1))
  done
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+|#[0-9]+' "build-fuzz/logs/$reader.log" | tail -1 | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' "build-fuzz/logs/$reader.log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  summary+=("$reader: $minutes min, $runs inputs, coverage $cov, $found findings")
done
echo
echo "Fuzzing summary (logs in build-fuzz/logs/, findings copied to tests/fuzz/regressions/):"
printf '  %s\n' "${summary[@]}"
