#!/usr/bin/env bash
# Speed benchmarks in their short mode (100,000 entries, one run each): the reader on one and
# two threads beside python3's json.load and zcat, and `cluster` end to end (--text on one
# core; read + cluster on two cores beside one). Prints figures and the load average; never a
# timed pass/fail: fails only if a program fails.
set -euo pipefail
cd "$(dirname "$0")/.."
uptime
for bench in bench_reader bench_pipeline; do
  exe=build/tests/bench/$bench
  if [ ! -x "$exe" ]; then
    echo "test-extra-speed: $exe not built, skipped"
    continue
  fi
  timeout 300 "$exe" --short
done
