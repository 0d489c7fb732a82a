#!/usr/bin/env bash
# Quick start, command 2: install dependencies, build, and run every test.
# Tests get a private D-Bus session with an unlocked Secret Service (a real keychain), an
# offscreen Qt platform, and a throw-away HOME, so nothing touches the user's own data.
# Then the extra steps run (scripts/test-extra-*.sh: the Qt 5 editor build, the fuzzer, the
# package, the UI benchmark in short mode). The last line sums everything up.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-deps.sh
bash scripts/build.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dbus-run-session -- bash -c '
  set -e
  export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)" QT_QPA_PLATFORM=offscreen
  chmod 700 "$XDG_RUNTIME_DIR"
  printf %s "test-only-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
' 2>&1 | tee "$log" || status=$?

passed=0
failed=0
if line=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log" | tail -n 1); then
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  failed=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
  passed=$((total - failed))
else
  failed=$((failed + 1)) # ctest did not get to its summary
fi

for extra in scripts/test-extra-*.sh; do
  [ -e "$extra" ] || continue
  echo "run-tests: $extra"
  if bash "$extra"; then
    passed=$((passed + 1))
  else
    echo "run-tests: $extra FAILED" >&2
    failed=$((failed + 1))
    status=1
  fi
done
# Formatting (scripts/check-format.sh) counts once the whole tree has been formatted: flip to 1.
check_format=1
if [ "$check_format" = 1 ]; then
  echo "run-tests: scripts/check-format.sh"
  if bash scripts/check-format.sh; then
    passed=$((passed + 1))
  else
    echo "run-tests: scripts/check-format.sh FAILED" >&2
    failed=$((failed + 1))
    status=1
  fi
fi
[ "$failed" -eq 0 ] || status=1
echo "run-tests: $passed passed, $failed failed"
exit $status
