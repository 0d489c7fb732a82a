#!/usr/bin/env bash
# Conformance of the fake servers with the vendors' official Node.js clients: if the official
# client cannot talk to a fake, the fake is wrong.
#   BigQuery  @google-cloud/bigquery against build/tests/fakebigquery_server (tests/conformance/bigquery.mjs)
#   Logging   @google-cloud/logging (REST transport) against build/tests/fakegoogle_server, and
#             its linked-dataset listing against fakebigquery_server (tests/conformance/logging.mjs)
#   GitHub    @octokit/rest, its throttling plugin and @octokit/auth-oauth-device against
#             build/tests/fakegithub_server, github.com and GHES (/api/v3) layouts (tests/conformance/github.mjs)
# The clients' versions are pinned in tests/conformance/package.json and package-lock.json and
# installed with `npm ci` into build/npm-conformance (a cache, reused while the lockfile is
# unchanged). Skips (exit 0) only when npm cannot reach its registry and nothing is cached;
# any other failure fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
name=test-extra-conformance
servers=(fakebigquery_server fakegoogle_server fakegithub_server)
for s in "${servers[@]}"; do
  if [ ! -x "build/tests/$s" ]; then
    echo "$name: build/tests/$s is not built (cmake --build build --target ${servers[*]})" >&2
    exit 1
  fi
done
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "$name: $tool is missing (scripts/setup-deps.sh installs it)" >&2; exit 1; }
done

lock=tests/conformance/package-lock.json
cache=$root/build/npm-conformance
stamp=$cache/lock.sha256
want=$(sha256sum "$lock" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -d "$cache/node_modules" ]; then
  if ! timeout 60 npm ping >/dev/null 2>&1; then
    echo "$name: SKIPPED: npm cannot reach its registry ($(npm config get registry)), so the official clients cannot be installed"
    exit 0
  fi
  echo "$name: installing the clients pinned in $lock into $cache"
  rm -rf "$cache"
  mkdir -p "$cache"
  cp tests/conformance/package.json "$lock" "$cache/"
  # No install scripts: the clients are plain JavaScript.
  (cd "$cache" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  echo "$want" >"$stamp"
fi
export NODE_PATH=$cache/node_modules
version() { node -p "require('$NODE_PATH/$1/package.json').version"; }
# The google-gax that carries Logging's REST transport is the one nested under logging-api.
gax=$NODE_PATH/@google-cloud/logging-api/node_modules/google-gax
[ -d "$gax" ] || gax=$NODE_PATH/google-gax
echo "$name: node $(node --version); @google-cloud/bigquery $(version @google-cloud/bigquery)," \
  "@google-cloud/logging $(version @google-cloud/logging) (google-gax $(node -p "require('$gax/package.json').version"))," \
  "@octokit/rest $(version @octokit/rest), @octokit/plugin-throttling $(version @octokit/plugin-throttling)," \
  "@octokit/auth-oauth-device $(version @octokit/auth-oauth-device)"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# start LABEL PROGRAM ARGS...: starts a fake, waits for the base URL it prints, sets $url.
start() {
  local label=$1 program=$2
  shift 2
  "build/tests/$program" "$@" >"$work/$label.url" 2>"$work/$label.log" &
  pids+=($!)
  for _ in $(seq 1 100); do
    [ -s "$work/$label.url" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  url=$(head -n1 "$work/$label.url")
  case "$url" in
    http://127.0.0.1:*) ;;
    *) echo "$name: $program did not start" >&2; cat "$work/$label.log" >&2; exit 1 ;;
  esac
}

start bigquery fakebigquery_server --entries 300 --page-rows 7 --write-fixture "$work/bigquery.json"
bigquery=$url
echo "$name: BigQuery"
timeout 120 node tests/conformance/bigquery.mjs "$bigquery" "$work/bigquery.json"

start google fakegoogle_server --entries 120 --page-size 25 --write-fixture "$work/logging.json"
echo "$name: Cloud Logging"
timeout 120 node tests/conformance/logging.mjs "$url" "$work/logging.json" "$bigquery" 25

start github fakegithub_server
echo "$name: GitHub (github.com layout)"
timeout 120 node tests/conformance/github.mjs "$url"
start ghes fakegithub_server --prefix /api/v3
echo "$name: GitHub Enterprise Server layout"
timeout 120 node tests/conformance/github.mjs "$url"
echo "$name: every official client talked to its fake"
