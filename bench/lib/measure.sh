# Shell functions the benchmark scripts share; sourced, not run.

# The CPU time a process has used, in clock ticks: utime and stime, the 14th and 15th fields of
# /proc/<pid>/stat, counted from the end of the command name, which may hold spaces.
cpu_ticks() { # pid
  local stat
  stat="$(cat "/proc/$1/stat")" || { echo "process $1 is gone" >&2; return 1; }
  stat="${stat##*) }"
  # shellcheck disable=SC2086 # split into fields on purpose
  set -- $stat
  echo $((${12} + ${13}))
}

# The median of the numbers on standard input, one a line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
