#!/usr/bin/env bash
# Clustering benchmarks in their short mode: speed, memory and accuracy on a small generated
# export, Grouping Accuracy on Loghub-2k when the shared data is present, and template and
# issue-level GA on the second corpus (tests/corpus/, needs python3). Prints figures;
# fails only if a program fails.
set -euo pipefail
cd "$(dirname "$0")/.."
for bench in bench_clustering bench_loghub bench_corpus; do
  exe=build/tests/bench/$bench
  if [ ! -x "$exe" ]; then
    echo "test-extra-clustering: $exe not built, skipped"
    continue
  fi
  if [ "$bench" = bench_clustering ] || [ "$bench" = bench_corpus ]; then
    timeout 240 "$exe" --short
  else
    timeout 120 "$exe"
  fi
done
