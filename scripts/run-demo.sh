#!/usr/bin/env bash
# Quick start, command 1: install dependencies, build, and open the app on its demo data.
# Without a display it says so and prints the headless equivalent instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh
bash scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/loggardener --demo
fi
echo "run-demo: no display (DISPLAY and WAYLAND_DISPLAY are unset), so here is the headless" >&2
echo "run-demo: equivalent: the issue clusters of the bundled demo data." >&2
./build/app/loggardener inspect --demo
exec ./build/app/loggardener cluster --demo
