#!/usr/bin/env bash
# Times two ways of running the indexer on one corpus, build by build in turn, so that both see the
# same hours of a noisy machine: another commit's jar against this checkout's, or the plain
# java -jar against bin/kapfinder-indexer, say.
#
#   bench/compare-builds.sh --baseline "java -jar /path/to/old/kapfinder-indexer.jar" --corpus DIR
#
# Each command is given the indexer's arguments (build --corpus ... --index ...). Each round builds
# with both, in the order baseline, current, then current, baseline in the next round, and so on.
# Prints every build's wall, user and system seconds, then the medians and the ratio of the medians
# (current / baseline). Indexes go to --work and are removed after each build.
set -euo pipefail

usage() {
  cat <<'EOF_USAGE'
Usage: bench/compare-builds.sh --baseline COMMAND --corpus DIR [options]

  --baseline COMMAND the indexer command to compare against, e.g. "java -jar old.jar"
  --current COMMAND  the indexer command measured (default: this checkout's bin/kapfinder-indexer)
  --corpus DIR       the corpus folder (providers/, articles/)
  --gazetteer DIR    the gazetteer (default: corpus/gazetteer of this checkout)
  --rounds N         builds with each indexer (default: 3)
  --work DIR         where the indexes are built (default: ${TMPDIR:-/tmp}/kapfinder-compare-builds)
  -h, --help
EOF_USAGE
}

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/measure.sh
source "$REPO/bench/lib/measure.sh"
BASELINE=""
CURRENT="$REPO/bin/kapfinder-indexer"
CORPUS=""
GAZETTEER="$REPO/corpus/gazetteer"
ROUNDS=3
WORK="${TMPDIR:-/tmp}/kapfinder-compare-builds"
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASELINE="$2"; shift 2 ;;
    --current) CURRENT="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    --gazetteer) GAZETTEER="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$BASELINE" ] || { echo "compare-builds: --baseline is required" >&2; usage >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "compare-builds: --corpus must name a corpus folder" >&2; exit 2; }
mkdir -p "$WORK"
TIMES="$WORK/times.tsv"
: > "$TIMES"

# One build: appends "<label> <wall> <user> <system>" to the times file. The command is split into
# words as a shell splits them.
build() {
  local label="$1" command="$2" index="$WORK/index"
  rm -rf "$index"
  local TIMEFORMAT="%R %U %S" times
  # shellcheck disable=SC2086
  times="$( { time $command build --corpus "$CORPUS" --gazetteer "$GAZETTEER" \
    --index "$index" --progress lines > "$WORK/$label.log" 2>&1; } 2>&1 )" \
    || { echo "compare-builds: the $label build failed, see $WORK/$label.log" >&2; exit 1; }
  rm -rf "$index"
  echo "$label $times" | tee -a "$TIMES"
}

echo "indexer wall_s user_s system_s"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then
    build baseline "$BASELINE"; build current "$CURRENT"
  else
    build current "$CURRENT"; build baseline "$BASELINE"
  fi
done

for column in 2 3 4; do
  name="$(echo "wall user system" | cut -d' ' -f$((column - 1)))"
  base="$(awk -v c="$column" '$1 == "baseline" { print $c }' "$TIMES" | median)"
  current="$(awk -v c="$column" '$1 == "current" { print $c }' "$TIMES" | median)"
  awk -v n="$name" -v b="$base" -v c="$current" \
    'BEGIN { printf "median %s seconds: baseline %.1f, current %.1f, ratio %.3f\n", n, b, c, c / b }'
done
