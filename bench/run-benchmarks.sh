#!/usr/bin/env bash
# KAP Finder's performance benchmark, against PostgreSQL 15 + PostGIS 3 on the same data and the
# same queries, in one command. See BENCHMARKS.md for what it measures and how to read it.
#
#   bench/run-benchmarks.sh --providers 100000,1000000
#
# For every corpus size: generates the synthetic providers (same seed for every system), builds
# KAP Finder's index and loads PostgreSQL, then, repeated and interleaved: KAP Finder in process,
# over HTTP (wrk) beside a trivial Undertow handler, and PostgreSQL through pgbench. Writes
# bench/results/<name>.json and bench/results/<name>.md. Data goes to --work, outside the
# repository. Needs a JDK 17, PostgreSQL 15 with PostGIS 3 and wrk (installed here when missing,
# if this runs as root on Debian).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run-benchmarks.sh [options]

  --providers N[,N...]   corpus sizes (default: 100000,1000000)
  --seed S               seed of the providers and of the searchers (default: 42)
  --work DIR             generated data, indexes, the database and logs
                         (default: ${TMPDIR:-/tmp}/kapfinder-bench)
  --name NAME            results file name (default: <date>-<commit>)
  --repeat R             repetitions of every query measurement, interleaved (default: 3)
  --seconds S            duration of each HTTP and pgbench run, and of each in-process shape
                         (default: 10)
  --warmup S             warm-up of the in-process run and of the HTTP server, all shapes
                         together, each at least 5 s a shape (default: 60)
  --quick                a smoke test: --repeat 1 --seconds 3 --warmup 5
  --skip-postgis         KAP Finder only
  --rebuild              rebuild the jars even when they exist
  -h, --help
EOF
}

PROVIDERS=100000,1000000
SEED=42
WORK="${TMPDIR:-/tmp}/kapfinder-bench"
NAME=""
REPEAT=3
RUN_SECONDS=10
WARMUP=60
SKIP_POSTGIS=false
REBUILD=false
COMMAND_LINE="bench/run-benchmarks.sh $*"

while [ $# -gt 0 ]; do
  case "$1" in
    --providers) PROVIDERS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --seconds) RUN_SECONDS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --quick) REPEAT=1; RUN_SECONDS=3; WARMUP=5; shift ;;
    --skip-postgis) SKIP_POSTGIS=true; shift ;;
    --rebuild) REBUILD=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/measure.sh
source "$REPO/bench/lib/measure.sh"
cd "$REPO"
INDEXER_JAR="$REPO/indexer/target/kapfinder-indexer.jar"
SERVER_JAR="$REPO/search-server/target/kapfinder-server.jar"
BENCH_JAR="$REPO/bench/target/kapfinder-bench.jar"
SHAPES=(blend nearest facets articles suggest)
KAP_PORT=18080
TRIVIAL_PORT=18081
PG_PORT=55432
PG_BIN=/usr/lib/postgresql/15/bin
PG_SHARED_BUFFERS=2GB

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { echo "run-benchmarks: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# --- what the benchmark needs ----------------------------------------------------------------

command -v java >/dev/null || die "java not found: install a JDK 17"
if ! $SKIP_POSTGIS; then
  if [ ! -x "$PG_BIN/postgres" ] || [ ! -x "$PG_BIN/pgbench" ] \
      || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    die "PostgreSQL 15 with PostGIS 3 is needed (or pass --skip-postgis). On Debian 12:
    sudo apt-get install postgresql-15 postgresql-15-postgis-3
(this script starts its own throwaway server; the packaged cluster may stay stopped)"
  fi
fi
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null || die "could not install wrk: apt-get install wrk"
  else
    die "wrk is needed: sudo apt-get install wrk"
  fi
fi
for tool in curl jcmd awk; do
  command -v "$tool" >/dev/null || die "$tool not found"
done

if $REBUILD || [ ! -f "$INDEXER_JAR" ] || [ ! -f "$SERVER_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  log "building the jars"
  ./mvnw -q -DskipTests package
fi

COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  COMMIT="$COMMIT+local-changes"
fi
[ -n "$NAME" ] || NAME="$(date -u +%Y-%m-%d)-${COMMIT%%+*}"
RESULTS="$WORK/results/$NAME"
mkdir -p "$WORK" "$RESULTS"
MEASUREMENTS="$RESULTS/measurements.jsonl"
FACTS="$RESULTS/facts.tsv"
: > "$MEASUREMENTS"
: > "$FACTS"
fact() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$FACTS"; }
bench() { java -jar "$BENCH_JAR" "$@"; }

fact 0 date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fact 0 commit "$COMMIT"
fact 0 command "$COMMAND_LINE"
fact 0 nproc "$(nproc)"
fact 0 cpu "$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
fact 0 ramGiB "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
fact 0 loadAverageAtStart "$(cut -d' ' -f1-3 /proc/loadavg)"
fact 0 java "$(java -version 2>&1 | head -1)"
fact 0 wrk "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
fact 0 seed "$SEED"
fact 0 repeat "$REPEAT"
fact 0 secondsPerRun "$RUN_SECONDS"
fact 0 warmupSeconds "$WARMUP"

# --- processes this script starts, stopped on exit -------------------------------------------

SERVER_PID=""
TRIVIAL_PID=""
PG_STARTED=false
PG_DATA="$WORK/postgres/data"
PG_SOCKET="$WORK/postgres/socket"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_stop() {
  if $PG_STARTED; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
    PG_STARTED=false
  fi
}
stop_pid() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1" && wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  stop_pid "$SERVER_PID"
  stop_pid "$TRIVIAL_PID"
  pg_stop
}
trap cleanup EXIT

psql_run() {
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
}

pg_start() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/postgres/server.log" -w start -o "\
    -c port=$PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_SOCKET \
    -c shared_buffers=$PG_SHARED_BUFFERS -c effective_cache_size=8GB -c work_mem=64MB \
    -c maintenance_work_mem=1GB -c max_parallel_maintenance_workers=2 \
    -c wal_level=minimal -c max_wal_senders=0 -c synchronous_commit=off \
    -c max_wal_size=8GB -c checkpoint_timeout=30min -c random_page_cost=1.1 -c jit=off" \
    >/dev/null
  PG_STARTED=true
}

pg_init() {
  pg_stop
  rm -rf "$WORK/postgres"
  mkdir -p "$PG_DATA" "$PG_SOCKET"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$WORK/postgres"; fi
  chmod 700 "$PG_DATA"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C \
    --no-sync >/dev/null
  pg_start
  fact 0 postgres "$(psql_run -At -c 'SHOW server_version')"
  fact 0 postgresSettings "shared_buffers=$PG_SHARED_BUFFERS work_mem=64MB jit=off random_page_cost=1.1 synchronous_commit=off wal_level=minimal"
}

# Sum of the proportional set sizes of this database server's processes (the postmaster and its
# children): its share of RAM, shared buffers counted once.
pg_pss_bytes() {
  local postmaster total=0 pid
  postmaster="$(head -1 "$PG_DATA/postmaster.pid")"
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    if [ -r "/proc/$pid/smaps_rollup" ]; then
      total=$((total + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup") * 1024))
    fi
  done
  echo "$total"
}

# --- one wrk run: appends its measurement ----------------------------------------------------

wrk_run() { # system shape concurrency repeat providers url paths-file-or-empty seconds [server-pid]
  local system=$1 shape=$2 c=$3 rep=$4 n=$5 url=$6 paths=$7 seconds=$8 pid=${9:-} out before=0
  if [ -n "$pid" ]; then before="$(cpu_ticks "$pid")"; fi
  out="$(KB_SYSTEM=$system KB_SHAPE=$shape KB_CONCURRENCY=$c KB_REPEAT=$rep KB_PROVIDERS=$n \
    KB_PATHS=$paths wrk -t "$c" -c "$c" -d "${seconds}s" --timeout 10s \
    -s "$REPO/bench/wrk/replay.lua" "$url")"
  local line
  line="$(printf '%s\n' "$out" | sed -n 's/^RESULT //p')"
  [ -n "$line" ] || die "wrk gave no result for $system $shape: $out"
  if [ -n "$pid" ]; then
    # The server's CPU per request: what its rate comes from, whatever wrk itself takes.
    local ticks operations
    ticks=$(($(cpu_ticks "$pid") - before))
    operations="$(printf '%s' "$line" | sed 's/.*"operations":\([0-9]*\).*/\1/')"
    line="${line%\}},\"cpuMeanMs\":$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$operations" \
      'BEGIN { printf "%.6f", (n > 0 ? t * 1000 / hz / n : 0) }')}"
  fi
  if [ "$rep" -gt 0 ]; then
    printf '%s\n' "$line" >> "$MEASUREMENTS"
    log "  $system $shape c=$c: $(printf '%s' "$line" | sed 's/.*"p50Ms":\([0-9.]*\).*"p99Ms":\([0-9.]*\).*"opsPerSec":\([0-9.]*\).*"errors":\([0-9]*\).*/p50 \1 ms, p99 \2 ms, \3 req\/s, \4 errors/')"
  fi
}

pgbench_run() { # shape concurrency repeat providers seconds
  local shape=$1 c=$2 rep=$3 n=$4 seconds=$5 args=() f
  for f in "$PREP/postgis/pgbench/${shape}"_*.sql; do args+=(-f "$f@1"); done
  local prefix="$RESULTS/pgbench/$n-$shape-c$c-r$rep"
  mkdir -p "$RESULTS/pgbench"
  if [ "$rep" -gt 0 ]; then
    pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M simple -c "$c" -j "$c" -T "$seconds" \
      --log --log-prefix="$prefix" "${args[@]}" kapfinder > "$prefix.out" 2>&1 \
      || die "pgbench failed, see $prefix.out"
    bench perf pgbench-log --prefix "$prefix" --providers "$n" --shape "$shape" \
      --concurrency "$c" --repeat "$rep" --out "$MEASUREMENTS"
    log "  postgis $shape c=$c: $(grep -E '^(latency average|tps)' "$prefix.out" | tr '\n' ' ')"
  else
    pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M simple -c "$c" -j "$c" -T "$seconds" \
      "${args[@]}" kapfinder > /dev/null 2>&1 || die "pgbench warm-up failed"
  fi
}

# --- the run ---------------------------------------------------------------------------------

WORKLOAD="$WORK/workload-seed$SEED.jsonl"
log "workload: 1,000 searchers, seed $SEED"
bench perf workload --gazetteer "$REPO/corpus/gazetteer" --seed "$SEED" --out "$WORKLOAD"
cp "$WORKLOAD" "$RESULTS/"

if ! $SKIP_POSTGIS; then
  log "PostgreSQL: a throwaway server on 127.0.0.1:$PG_PORT in $WORK/postgres"
  pg_init
  fact 0 postgis "$(psql_run -d postgres -At -c "CREATE EXTENSION IF NOT EXISTS postgis; SELECT postgis_lib_version()")"
  psql_run -d postgres -c "DROP EXTENSION postgis"
fi

IFS=',' read -r -a SIZES <<< "$PROVIDERS"
for N in "${SIZES[@]}"; do
  log "=== $N providers ==="
  CORPUS="$WORK/corpus-$N-seed$SEED"
  CSV="$CORPUS/providers/providers.csv"
  if [ ! -s "$CSV" ]; then
    log "generating $N providers"
    mkdir -p "$CORPUS/providers"
    java -jar "$INDEXER_JAR" generate --count "$N" --seed "$SEED" --gazetteer corpus/gazetteer \
      --out "$CSV" 2>&1 | tail -1 >&2
  fi
  rm -rf "$CORPUS/articles" && cp -r "$REPO/corpus/articles" "$CORPUS/articles"
  PREP="$WORK/prepared-$N-seed$SEED"
  bench perf prepare --workload "$WORKLOAD" --providers-csv "$CSV" \
    --gazetteer "$REPO/corpus/gazetteer" --articles "$REPO/corpus/articles" --out "$PREP"
  chmod -R a+rX "$CORPUS" "$PREP"

  # KAP Finder's index: the indexer's command line, as README tells a user to run it.
  INDEX="$WORK/index-$N-seed$SEED"
  rm -rf "$INDEX"
  log "building KAP Finder's index"
  start="$(now)"
  "$REPO/bin/kapfinder-indexer" build --corpus "$CORPUS" --gazetteer corpus/gazetteer \
    --index "$INDEX" --progress lines > "$RESULTS/build-$N.log" 2>&1 \
    || die "the index build failed, see $RESULTS/build-$N.log"
  fact "$N" kapfinder.build.seconds "$(elapsed "$start" "$(now)")"
  GENERATION="$(ls -d "$INDEX"/generations/g* | tail -1)"
  fact "$N" kapfinder.index.bytes "$(du -sb "$GENERATION" | cut -f1)"
  fact "$N" kapfinder.providers.bytes "$(du -sb "$GENERATION/providers" | cut -f1)"
  log "  $(grep -E '^Time:' "$RESULTS/build-$N.log")"

  if ! $SKIP_POSTGIS; then
    log "loading PostgreSQL"
    psql_run -d postgres -c "DROP DATABASE IF EXISTS kapfinder" -c "CREATE DATABASE kapfinder"
    start="$(now)"
    psql_run -d kapfinder -f "$PREP/postgis/load.sql" > "$RESULTS/postgis-load-$N.log" 2>&1 \
      || die "loading PostgreSQL failed, see $RESULTS/postgis-load-$N.log"
    middle="$(now)"
    psql_run -d kapfinder -f "$PREP/postgis/index.sql" >> "$RESULTS/postgis-load-$N.log" 2>&1 \
      || die "indexing PostgreSQL failed, see $RESULTS/postgis-load-$N.log"
    end="$(now)"
    fact "$N" postgis.load.seconds "$(elapsed "$start" "$middle")"
    fact "$N" postgis.index.seconds "$(elapsed "$middle" "$end")"
    fact "$N" postgis.build.seconds "$(elapsed "$start" "$end")"
    fact "$N" postgis.total.bytes "$(psql_run -d kapfinder -At -c "SELECT pg_total_relation_size('providers') + pg_total_relation_size('articles') + pg_total_relation_size('places')")"
    fact "$N" postgis.providers.bytes "$(psql_run -d kapfinder -At -c "SELECT pg_total_relation_size('providers')")"
    fact "$N" postgis.database.bytes "$(psql_run -d kapfinder -At -c "SELECT pg_database_size('kapfinder')")"
    fact "$N" postgis.located "$(psql_run -d kapfinder -At -c "SELECT count(geog) FROM providers")"
    fact "$N" postgis.sharedBuffers "$PG_SHARED_BUFFERS"
    log "  load $(sed -n 's/.*postgis.load.seconds\t//p' "$FACTS" | tail -1) s, indexes $(sed -n 's/.*postgis.index.seconds\t//p' "$FACTS" | tail -1) s"

    # Time to first answer after a restart, as for KAP Finder's server below.
    pg_stop
    start="$(now)"
    pg_start
    FIRST_SQL="$(sed -n '3p' "$PREP/postgis/pgbench/blend_000.sql")"
    psql_run -d kapfinder -At -c "$FIRST_SQL" > /dev/null
    fact "$N" postgis.firstAnswer.seconds "$(elapsed "$start" "$(now)")"
  fi

  # KAP Finder's server, and the trivial handler beside it. A server left over on either port
  # would answer in their place, unnoticed.
  for port in "$KAP_PORT" "$TRIVIAL_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      die "something already listens on 127.0.0.1:$port: stop it first"
    fi
  done
  FIRST_PATH="$(head -1 "$PREP/http/blend.paths")"
  start="$(now)"
  java -jar "$SERVER_JAR" --index "$INDEX" --port "$KAP_PORT" > "$RESULTS/server-$N.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$KAP_PORT$FIRST_PATH"; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped, see $RESULTS/server-$N.log"
    sleep 0.02
  done
  fact "$N" server.firstAnswer.seconds "$(elapsed "$start" "$(now)")"
  # java itself in the background, not the bench function: $! must be the process to stop.
  java -jar "$BENCH_JAR" perf trivial-server --port "$TRIVIAL_PORT" \
    > "$RESULTS/trivial-$N.log" 2>&1 &
  TRIVIAL_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$TRIVIAL_PORT/"; do
    kill -0 "$TRIVIAL_PID" 2>/dev/null || die "the trivial server stopped, see $RESULTS/trivial-$N.log"
    sleep 0.05
  done

  KAP="http://127.0.0.1:$KAP_PORT"
  TRIVIAL="http://127.0.0.1:$TRIVIAL_PORT/"
  log "warming up HTTP and PostgreSQL"
  # The server as long as the in-process run: its searches keep getting faster for thousands of
  # requests, as the optimising compiler reaches the per-search code.
  http_warmup_per_shape=$((WARMUP / ${#SHAPES[@]} > 5 ? WARMUP / ${#SHAPES[@]} : 5))
  for shape in "${SHAPES[@]}"; do
    wrk_run kapfinder-http "$shape" 2 0 "$N" "$KAP" "$PREP/http/$shape.paths" \
      "$http_warmup_per_shape"
    if ! $SKIP_POSTGIS; then pgbench_run "$shape" 2 0 "$N" 5; fi
  done
  wrk_run trivial-http trivial 2 0 "$N" "$TRIVIAL" "" 5

  for rep in $(seq 1 "$REPEAT"); do
    log "--- $N providers, repetition $rep of $REPEAT (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    bench perf inprocess --index "$INDEX" --workload "$WORKLOAD" --providers "$N" \
      --repeat "$rep" --warmup-seconds "$WARMUP" --seconds "$RUN_SECONDS" \
      --out "$MEASUREMENTS" 2>&1 | sed 's/^/  /' >&2
    for c in 1 2; do
      wrk_run trivial-http trivial "$c" "$rep" "$N" "$TRIVIAL" "" "$RUN_SECONDS" "$TRIVIAL_PID"
      wrk_run kapfinder-http healthz "$c" "$rep" "$N" "$KAP/healthz" "" "$RUN_SECONDS" \
        "$SERVER_PID"
      for shape in "${SHAPES[@]}"; do
        wrk_run kapfinder-http "$shape" "$c" "$rep" "$N" "$KAP" "$PREP/http/$shape.paths" \
          "$RUN_SECONDS" "$SERVER_PID"
        if ! $SKIP_POSTGIS; then pgbench_run "$shape" "$c" "$rep" "$N" "$RUN_SECONDS"; fi
      done
    done
  done

  # The server's memory after the load: heap after a full GC, and resident set size.
  jcmd "$SERVER_PID" GC.run > /dev/null
  fact "$N" server.heapAfterGc.bytes "$(jcmd "$SERVER_PID" GC.heap_info \
    | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); print v * 1024; exit } }')"
  fact "$N" server.rss.bytes "$(awk '/VmRSS/ { print $2 * 1024 }' "/proc/$SERVER_PID/status")"
  if ! $SKIP_POSTGIS; then fact "$N" postgis.rss.bytes "$(pg_pss_bytes)"; fi
  stop_pid "$SERVER_PID"; SERVER_PID=""
  stop_pid "$TRIVIAL_PID"; TRIVIAL_PID=""
done

fact 0 loadAverageAtEnd "$(cut -d' ' -f1-3 /proc/loadavg)"
pg_stop
mkdir -p "$REPO/bench/results"
bench perf report --measurements "$MEASUREMENTS" --facts "$FACTS" \
  --out "$REPO/bench/results/$NAME.json" --markdown "$REPO/bench/results/$NAME.md"
log "wrote bench/results/$NAME.json and bench/results/$NAME.md (raw data in $RESULTS)"
