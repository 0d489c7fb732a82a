#!/usr/bin/env bash
# Extra CI step: builds the export-reader and masker fuzzers with clang (libFuzzer + ASan +
# UBSan, the `fuzz` preset) and runs them on the committed seed corpora (about a minute, half a
# minute). Exits non-zero when a fuzzer finds a crash, leak, hang or sanitizer report.
#   FUZZ_BUILD_DIR      build folder (default: the preset's build-fuzz/)
#   FUZZ_SECONDS        the reader's run time (default 60)
#   FUZZ_MASK_SECONDS   the masker's run time (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
mask_seconds=${FUZZ_MASK_SECONDS:-30}

if ! command -v clang++ >/dev/null; then
  echo "test-extra-fuzz: clang++ not found (scripts/setup-deps.sh installs it)" >&2
  exit 1
fi
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target fuzz_reader fuzz_mask --parallel "$(nproc)"

# New inputs go to a scratch folder so the committed corpora stay as they are.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_fuzzer NAME SEED_DIR SECONDS MAX_LEN
run_fuzzer() {
  local name=$1 seeds=$2 secs=$3 maxlen=$4 status=0
  mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
  echo "test-extra-fuzz: $name for ${secs}s"
  "$build/tests/fuzz/$name" "$work/$name/corpus" "$seeds" \
    -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -max_len="$maxlen" \
    -artifact_prefix="$work/$name/artifacts/" -print_final_stats=1 2>"$work/$name/log" || status=$?
  tail -n 15 "$work/$name/log"
  if [ "$status" -ne 0 ]; then
    echo "test-extra-fuzz: $name failed (exit $status); reproducer(s):" >&2
    ls -l "$work/$name/artifacts" >&2 || true
    mkdir -p tests/fuzz/corpus-run
    cp "$work/$name/artifacts"/* tests/fuzz/corpus-run/ 2>/dev/null || true
    exit "$status"
  fi
}

run_fuzzer fuzz_reader tests/fuzz/corpus/reader "$seconds" 65536
run_fuzzer fuzz_mask tests/fuzz/corpus/mask "$mask_seconds" 4096
echo "test-extra-fuzz: no crash"
