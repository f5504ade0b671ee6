#!/usr/bin/env bash
# Runs every benchmark in build/bin (build them first; this builds nothing) and writes one markdown
# table of their figures, each with its target, its ratio to the target and, for a write path, its
# ratio to the pgbench limit of the same rows measured in the same run. Each benchmark prints its
# figures as `RESULT name=… value=… unit=… target=… limit=… label=…` lines (bench::printResult);
# its whole output is kept in bench/results/<run>.log. The table goes to stdout and to
# bench/results/latest.md.
#
# Usage: bench/run-all.sh [--quick] [--only NAME]...
#   --quick       small sizes, a smoke run of every benchmark (minutes, not an hour); its figures
#                 are not the ones to quote
#   --only NAME   run only the runs whose name starts with NAME (e.g. --only bench_api); repeatable
# Environment: BENCH_WRAP is put before each command, e.g. BENCH_WRAP="hd-locked timeout 900" on a
# shared machine so that no build runs beside a benchmark (do not run this script itself under the
# same lock: it would wait for itself).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin="$root/build/bin"
results="$root/bench/results"
mkdir -p "$results"

quick=0
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --only) only+=("$2"); shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

# name | binary and mode flags | sizes of the full run | sizes of the --quick run
runs=(
  "bench_api|bench_api||--tickets 500 --sessions 50 --events 20 --limit-seconds 3"
  "bench_api_durable|bench_api --durable||--tickets 500 --sessions 50 --events 20 --limit-seconds 3"
  "bench_api_demo_durable|bench_api --durable --demo||--tickets 500 --sessions 50 --events 20 --limit-seconds 3"
  "bench_http|bench_http||--quick"
  "bench_mail|bench_mail||--messages 200 --gate-messages 60 --fast"
  "bench_reads|bench_reads||--tickets 20000 --runs 10"
  "bench_dashboard|bench_dashboard||--tickets 20000 --runs 5"
  "bench_ws|bench_ws||--sessions 500 --events 10"
  "bench_import|bench_import||--tickets 2000 --users 500 --runs 1"
  "bench_client|bench_client||--tickets 10000 --launches 2"
  "bench_client_1m|bench_client|--tickets 1000000|--tickets 20000 --launches 2"
)
export QT_QPA_PLATFORM=offscreen # bench_client draws the client's windows off screen

selected() {
  [ ${#only[@]} -eq 0 ] && return 0
  local prefix
  for prefix in "${only[@]}"; do [[ "$1" == "$prefix"* ]] && return 0; done
  return 1
}

status_lines=()
all_results="$results/results.txt"
: >"$all_results"
for entry in "${runs[@]}"; do
  IFS='|' read -r name command full_args quick_args <<<"$entry"
  selected "$name" || continue
  read -r -a argv <<<"$command"
  if [ ! -x "$bin/${argv[0]}" ]; then
    status_lines+=("| $name | not built ($bin/${argv[0]} missing) |")
    continue
  fi
  # The quick sizes replace the full run's; the mode flags (--durable, --demo) stay.
  read -r -a sizes <<<"$([ "$quick" = 1 ] && echo "$quick_args" || echo "$full_args")"
  args=("${argv[@]:1}" "${sizes[@]}")
  log="$results/$name.log"
  echo "== $name: ${argv[0]} ${args[*]}" >&2
  started=$(date +%s)
  # shellcheck disable=SC2086 # BENCH_WRAP is a command prefix of several words
  ${BENCH_WRAP:-} "$bin/${argv[0]}" "${args[@]}" >"$log" 2>&1
  code=$?
  took=$(($(date +%s) - started))
  count=$(grep -c '^RESULT ' "$log")
  grep '^RESULT ' "$log" | sed "s/^RESULT /RESULT run=$name /" >>"$all_results"
  status_lines+=("| $name | exit $code after ${took} s, $count figures (bench/results/$name.log) |")
done

{
  echo "## Figures ($(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$root" rev-parse --short HEAD)$([ "$quick" = 1 ] && echo ', --quick: smoke sizes, not for quoting'))"
  echo
  echo "| figure | value | target | ratio to target | ratio to pgbench limit | run |"
  echo "|---|---|---|---|---|---|"
  # Each RESULT line: run=… name=… value=… unit=… target=… limit=… label=<rest of the line>.
  awk '
    function fmt(x) { return (x >= 100 || x == int(x)) ? sprintf("%.0f", x) : (x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x)) }
    {
      label = $0; sub(/.* label=/, "", label)
      delete f
      for (i = 2; i <= NF; i++) { if ($i ~ /^label=/) break; split($i, kv, "="); f[kv[1]] = substr($i, length(kv[1]) + 2) }
      value = f["value"] + 0; target = f["target"]; limit = f["limit"] + 0
      ratio = "-"; met = ""
      if (target != "-" && target != "") {
        op = target; sub(/[0-9.]+$/, "", op); t = substr(target, length(op) + 1) + 0
        if (t != 0) ratio = sprintf("%.2f", value / t)
        ok = (op == ">=" && value >= t) || (op == ">" && value > t) || (op == "<=" && value <= t) || (op == "<" && value < t)
        met = ok ? " (met)" : " (**not met**)"
        target = op " " t " " f["unit"]
      } else target = "-"
      lim = limit > 0 ? sprintf("%.2f (limit %s/s)", value / limit, fmt(limit)) : "-"
      printf("| %s | %s %s | %s | %s%s | %s | %s |\n", label, fmt(value), f["unit"], target, ratio, met, lim, f["run"])
    }' "$all_results"
  echo
  echo "| run | outcome |"
  echo "|---|---|"
  printf '%s\n' "${status_lines[@]}"
} | tee "$results/latest.md"
