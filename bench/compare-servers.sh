#!/usr/bin/env bash
# Times two builds of the search server over HTTP on loopback, run after run in turn, so that both
# see the same hours of a noisy machine: another commit's server jar against this checkout's. Both
# serve the same index at once, each on its own port; wrk replays the same request paths against
# one, then the other, then the other first in the next round.
#
#   bench/compare-servers.sh --baseline /path/to/old/kapfinder-server.jar --index DIR \
#     --paths <prepared folder>/http/blend.paths
#
# Prints each run's requests a second, median latency and the server's CPU a request (the kernel's
# count for the server's process, every thread, over the run, divided by its requests), then the
# medians and their ratios (current / baseline). The paths are those bench/run-benchmarks.sh
# prepares for each query shape (under its --work folder, prepared-<N>-seed<S>/http/).
set -euo pipefail

usage() {
  cat <<'EOF_USAGE'
Usage: bench/compare-servers.sh --baseline JAR --index DIR --paths FILE [options]

  --baseline JAR  the server jar to compare against
  --current JAR   the server jar measured (default: this checkout's search-server/target/kapfinder-server.jar)
  --index DIR     the index folder both serve
  --paths FILE    request paths to replay, one a line
  --rounds N      runs against each server (default: 6)
  --seconds S     length of each run (default: 20)
  --clients C     connections, and wrk threads (default: 2)
  --warmup S      requests against each server before the runs (default: 60)
  --ports P,Q     the two servers' ports (default: 18081,18082)
  -h, --help
EOF_USAGE
}

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/measure.sh
source "$REPO/bench/lib/measure.sh"
BASELINE=""
CURRENT="$REPO/search-server/target/kapfinder-server.jar"
INDEX=""
PATHS=""
ROUNDS=6
SECONDS_PER_RUN=20
CLIENTS=2
WARMUP=60
PORTS=18081,18082
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASELINE="$2"; shift 2 ;;
    --current) CURRENT="$2"; shift 2 ;;
    --index) INDEX="$2"; shift 2 ;;
    --paths) PATHS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --ports) PORTS="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
die() { echo "compare-servers: $*" >&2; exit 1; }
[ -f "$BASELINE" ] || die "--baseline must name a server jar"
[ -f "$CURRENT" ] || die "no server jar at $CURRENT: build it (./mvnw -q -DskipTests package) or give --current"
[ -d "$INDEX" ] || die "--index must name an index folder"
[ -s "$PATHS" ] || die "--paths must name a file of request paths"
command -v wrk >/dev/null || die "wrk is needed: sudo apt-get install wrk"
IFS=',' read -r BASELINE_PORT CURRENT_PORT <<< "$PORTS"

PIDS=()
stop_servers() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_servers EXIT

LOGS="$(mktemp -d "${TMPDIR:-/tmp}/kapfinder-compare-servers.XXXXXX")"
start_server() { # label jar port
  if curl -s -o /dev/null "http://127.0.0.1:$3/"; then
    die "something already listens on 127.0.0.1:$3: stop it first, or give --ports"
  fi
  # No management port: two servers run at once.
  java -jar "$2" --index "$INDEX" --port "$3" --management-port -1 > "$LOGS/$1.log" 2>&1 &
  local pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$3/healthz"; do
    kill -0 "$pid" 2>/dev/null || die "the $1 server stopped, see $LOGS/$1.log"
    sleep 0.1
  done
  echo "$pid"
}
# Each started in a subshell, which prints its process id: kept at once, for the exit to stop.
BASELINE_PID="$(start_server baseline "$BASELINE" "$BASELINE_PORT")"
PIDS+=("$BASELINE_PID")
CURRENT_PID="$(start_server current "$CURRENT" "$CURRENT_PORT")"
PIDS+=("$CURRENT_PID")

replay() { # port seconds
  KB_PATHS="$PATHS" KB_SYSTEM=compare KB_SHAPE=paths KB_CONCURRENCY="$CLIENTS" KB_REPEAT=1 \
    KB_PROVIDERS=0 wrk -t "$CLIENTS" -c "$CLIENTS" -d "${2}s" --timeout 10s \
    -s "$REPO/bench/wrk/replay.lua" "http://127.0.0.1:$1" | sed -n 's/^RESULT //p'
}

RUNS="$LOGS/runs.tsv"
run() { # label port pid
  local before after line
  before="$(cpu_ticks "$3")"
  line="$(replay "$2" "$SECONDS_PER_RUN")"
  after="$(cpu_ticks "$3")"
  [ -n "$line" ] || die "wrk gave no result against the $1 server"
  printf '%s\n' "$line" | awk -v label="$1" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    {
      match($0, /"operations":[0-9]+/); operations = substr($0, RSTART + 13, RLENGTH - 13)
      match($0, /"opsPerSec":[0-9.]+/); rate = substr($0, RSTART + 12, RLENGTH - 12)
      match($0, /"p50Ms":[0-9.]+/); p50 = substr($0, RSTART + 8, RLENGTH - 8)
      match($0, /"errors":[0-9]+/); errors = substr($0, RSTART + 9, RLENGTH - 9)
      cpu = (operations > 0) ? ticks * 1000 / hz / operations : 0
      printf "%s\t%.1f\t%.3f\t%.4f\t%d\n", label, rate, p50, cpu, errors
    }' | tee -a "$RUNS"
}

echo "warming up both servers, ${WARMUP} s each" >&2
replay "$BASELINE_PORT" "$WARMUP" > /dev/null
replay "$CURRENT_PORT" "$WARMUP" > /dev/null
printf 'server\treq/s\tp50 ms\tserver CPU ms/req\terrors\n'
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then
    run baseline "$BASELINE_PORT" "$BASELINE_PID"; run current "$CURRENT_PORT" "$CURRENT_PID"
  else
    run current "$CURRENT_PORT" "$CURRENT_PID"; run baseline "$BASELINE_PORT" "$BASELINE_PID"
  fi
done

for column in 2 3 4; do
  name="$(printf 'requests a second\tp50 ms\tserver CPU ms a request' | cut -f$((column - 1)))"
  base="$(awk -F'\t' -v c="$column" '$1 == "baseline" { print $c }' "$RUNS" | median)"
  current="$(awk -F'\t' -v c="$column" '$1 == "current" { print $c }' "$RUNS" | median)"
  awk -v n="$name" -v b="$base" -v c="$current" \
    'BEGIN { printf "median %s: baseline %.4g, current %.4g, ratio %.3f\n", n, b, c, c / b }'
done
rm -rf "$LOGS"
