#!/usr/bin/env bash
# Formatting: fails when a C++ file under version control differs from what clang-format makes
# of it with the tree's .clang-format, and lists the files. It changes nothing; to format them:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
# run-tests.sh runs this when its check_format switch is on.
#   bash scripts/check-format.sh [--root DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" = "--root" ]; then root=$2; fi
cd "$root"
format=${CLANG_FORMAT:-clang-format}
command -v "$format" >/dev/null || { echo "format: $format not found (apt-get install clang-format)" >&2; exit 1; }

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else # a scratch copy without .git
  mapfile -t files < <(find core widgets editor app tests \( -name '*.cpp' -o -name '*.h' \) | sort)
fi
# One clang-format for all files; --ferror-limit=1 keeps its report to a line per file.
mapfile -t bad < <(printf '%s\0' "${files[@]}" |
  xargs -0 "$format" --style=file --dry-run --Werror --ferror-limit=1 2>&1 |
  sed -nE 's/^(.+):[0-9]+:[0-9]+: error: .*/\1/p' | sort -u || true)
echo "format: ${#files[@]} files, ${#bad[@]} not formatted ($("$format" --version | sed 's/.*version /clang-format /'))"
if [ ${#bad[@]} -gt 0 ]; then
  printf '  %s\n' "${bad[@]}" | head -50
  [ ${#bad[@]} -le 50 ] || echo "  … and $((${#bad[@]} - 50)) more"
  echo "format: run 'clang-format -i' on them (CONTRIBUTING.md, Formatting)" >&2
  exit 1
fi
