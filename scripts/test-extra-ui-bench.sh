#!/usr/bin/env bash
# The desktop app's responsiveness benchmark in its short mode (50,000 entries, offscreen), with
# the app beside `loggardener cluster FILE` on the same export.
# Prints the figures; budgets missed are reported as a warning, and fail the step only with
# GARDENER_BENCH_STRICT=1 (shared CI machines are too noisy for hard timing gates).
set -uo pipefail
cd "$(dirname "$0")/.."
bench=build/tests/bench/bench_ui
if [ ! -x "$bench" ]; then
  echo "test-extra-ui-bench: $bench not built (benchmarks off?); skipped"
  exit 0
fi
QT_QPA_PLATFORM=offscreen timeout 600 "$bench" --short 2>/dev/null
status=$?
if [ $status -eq 1 ]; then
  echo "test-extra-ui-bench: WARNING: a UI budget was missed (see above)"
  [ "${GARDENER_BENCH_STRICT:-0}" = "1" ] && exit 1
  exit 0
fi
exit $status
