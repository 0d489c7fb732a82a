#!/usr/bin/env bash
# Conformance of the fake BigQuery with Google's official Node.js client: installs
# @google-cloud/bigquery from the npm registry into build/npm (a cache; reused when present),
# starts build/tests/fakebigquery_server on a loopback port with fixture entries, and runs
# tests/conformance/bigquery.mjs against it (paging, a job that completes late, dry run,
# cancel, errors). Skips (exit 0) only when npm cannot reach the registry; any other failure
# fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
server=build/tests/fakebigquery_server
if [ ! -x "$server" ]; then
  echo "test-extra-bigquery: $server is not built (cmake --build build --target fakebigquery_server)" >&2
  exit 1
fi
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "test-extra-bigquery: $tool is missing (scripts/setup-deps.sh installs it)" >&2; exit 1; }
done

cache=$root/build/npm
mkdir -p "$cache"
if [ ! -f "$cache/node_modules/@google-cloud/bigquery/package.json" ]; then
  if ! timeout 60 npm ping >/dev/null 2>&1; then
    echo "test-extra-bigquery: SKIPPED: npm cannot reach its registry ($(npm config get registry)), so the official client cannot be installed"
    exit 0
  fi
  echo "test-extra-bigquery: installing @google-cloud/bigquery into $cache"
  (cd "$cache" && timeout 300 npm install --no-audit --no-fund --no-save --prefix . @google-cloud/bigquery >/dev/null)
fi
echo "test-extra-bigquery: client $(node -p "require('$cache/node_modules/@google-cloud/bigquery/package.json').version")"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$server" --entries 300 --page-rows 7 --write-fixture "$work/fixture.json" >"$work/url" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
url=$(head -n1 "$work/url")
case "$url" in
  http://127.0.0.1:*) ;;
  *) echo "test-extra-bigquery: the fake server did not start" >&2; cat "$work/server.log" >&2; exit 1 ;;
esac
NODE_PATH=$cache/node_modules timeout 120 node tests/conformance/bigquery.mjs "$url" "$work/fixture.json"
