#!/usr/bin/env bash
# Quick start, command 2: install dependencies, build, and run every test.
# Tests get a private D-Bus session with an unlocked Secret Service (a real keychain), an
# offscreen Qt platform, and a throw-away HOME, so nothing touches the user's own data.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/setup-deps.sh
bash scripts/build.sh

status=0
dbus-run-session -- bash -c '
  set -e
  export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)" QT_QPA_PLATFORM=offscreen
  chmod 700 "$XDG_RUNTIME_DIR"
  printf %s "test-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
' || status=$?

for extra in scripts/test-extra-*.sh; do
  [ -e "$extra" ] || continue
  echo "run-tests: $extra"
  bash "$extra" || status=$?
done
exit $status
