#!/usr/bin/env bash
# Configures and builds the default preset (build/). Used by run-demo.sh and run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset default >/dev/null
fi
cmake --build build --parallel "$(nproc)"
