#!/usr/bin/env bash
# Extra CI step: builds the export-reader fuzzer with clang (libFuzzer + ASan + UBSan, the
# `fuzz` preset) and runs it for about a minute on the committed seed corpus. Exits non-zero
# when the fuzzer finds a crash, leak, hang or sanitizer report.
#   FUZZ_BUILD_DIR  build folder (default: the preset's build-fuzz/)
#   FUZZ_SECONDS    run time (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}

if ! command -v clang++ >/dev/null; then
  echo "test-extra-fuzz: clang++ not found (scripts/setup-deps.sh installs it)" >&2
  exit 1
fi
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target fuzz_reader --parallel "$(nproc)"

# New inputs go to a scratch folder so the committed corpus stays as it is.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
echo "test-extra-fuzz: fuzz_reader for ${seconds}s"
status=0
"$build/tests/fuzz/fuzz_reader" "$work/corpus" tests/fuzz/corpus/reader \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>"$work/log" || status=$?
tail -n 15 "$work/log"
if [ "$status" -ne 0 ]; then
  echo "test-extra-fuzz: fuzz_reader failed (exit $status); reproducer(s):" >&2
  ls -l "$work/artifacts" >&2 || true
  mkdir -p tests/fuzz/corpus-run
  cp "$work/artifacts"/* tests/fuzz/corpus-run/ 2>/dev/null || true
  exit "$status"
fi
echo "test-extra-fuzz: no crash"
