#!/usr/bin/env bash
# clang-tidy with the tree's .clang-tidy on the C++ files a branch changed (against the merge
# base with BASE, default main; a changed header brings in its .cpp), or on every file with
# --all (slow: each file is compiled once more). Needs a configured build (compile_commands.json).
#   bash scripts/check-tidy.sh [BASE] [--build DIR]     (BASE may be any commit, e.g. HEAD~1)
#   bash scripts/check-tidy.sh --all [--build DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
base=main
all=0
build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --all) all=1 ;;
    --build) build=$2; shift ;;
    *) base=$1 ;;
  esac
  shift
done
tidy=${CLANG_TIDY:-clang-tidy}
command -v "$tidy" >/dev/null || { echo "tidy: $tidy not found (apt-get install clang-tidy)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json (configure first)" >&2; exit 1; }

if [ $all = 1 ]; then
  mapfile -t changed < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t changed < <(git diff --name-only --diff-filter=ACMR "$(git merge-base "$base" HEAD)" -- '*.cpp' '*.h')
fi
files=()
for f in "${changed[@]}"; do
  case "$f" in *.h) f=${f%.h}.cpp ;; esac
  # Only files the build compiles (a header's .cpp may not exist).
  [ -f "$f" ] && grep -q "\"file\": \"$PWD/$f\"" "$build/compile_commands.json" && files+=("$f")
done
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | sed '/^$/d')
if [ ${#files[@]} -eq 0 ]; then
  echo "tidy: no changed C++ files"
  exit 0
fi
echo "tidy: ${#files[@]} file(s), $(nproc) at a time"
export tidy build
# One clang-tidy per core; a file's findings are printed with its name, and any finding fails.
if printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$(nproc)" sh -c \
  '"$tidy" -p "$build" --quiet "$1" 2>/dev/null || { echo "tidy: $1 FAILED" >&2; exit 1; }' sh; then
  echo "tidy: passed"
else
  exit 1
fi
