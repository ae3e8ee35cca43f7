#!/usr/bin/env bash
# Runs libFuzzer targets for a fixed time each, JOBS at a time, on scratch corpora seeded
# from tests/ (the seeds are read, never written).
#   scripts/run-fuzzers.sh BUILD_DIR SECONDS JOBS NAME:SEED_DIR...
# Each fuzzer's log is BUILD_DIR/NAME.log; a crash, leak, timeout or sanitizer report
# prints the log's tail and makes the script fail (after every fuzzer has run). A crash
# input is left by libFuzzer as BUILD_DIR/NAME-crash-* for reproduction.
set -u
build=$1 seconds=$2 jobs=$3
shift 3
run_one() {
  local build=$1 seconds=$2 spec=$3
  local name=${spec%%:*} seeds=${spec#*:}
  local log=$build/$name.log
  mkdir -p "$build/corpus/$name"
  if "$build/fuzz/${name}_fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="$build/$name-" \
      "$build/corpus/$name" "$seeds" >"$log" 2>&1; then
    echo "== ${name}_fuzzer, ${seconds} s: $(grep -a -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)"
  else
    echo "== ${name}_fuzzer FAILED (log: $log)"
    tail -40 "$log"
    return 1
  fi
}
export -f run_one
printf '%s\n' "$@" | xargs -P "$jobs" -I{} bash -c 'run_one "$0" "$1" "$2"' "$build" "$seconds" {}
