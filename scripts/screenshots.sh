#!/usr/bin/env bash
# Takes the documentation screenshots (docs/screenshots/*.png) of the desktop app on the bundled
# demo data, in a real X server (Xvfb). Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# SCREENSHOT_LANG=de_DE.UTF-8 (or ja_JP.UTF-8) takes them in that language; English otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
outdir=${2:-docs/screenshots}
binary="$build/app/loggardener"
[ -x "$binary" ] || { echo "screenshots: $binary not found; build first (scripts/build.sh)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 1; }
mkdir -p "$outdir"
# A throw-away HOME, so saved layouts and recent files of the user do not change the pictures.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Three earlier days of the same service, run headless into that HOME's history and worklog
# folder, so the History tab and Past Worklogs page show what a user sees after a few runs.
for day in 1 2 3; do
  HOME="$home" "$binary" generate --count 2500 --seed "$day" --duration 24h \
    --start "$(date -u -d "$((4 - day)) days ago 00:00" +%Y-%m-%dT%H:%M:%SZ)" \
    --out "$home/day$day.json" >/dev/null
  HOME="$home" XDG_CONFIG_HOME="$home/.config" "$binary" run --input "$home/day$day.json" >/dev/null
done
HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="${SCREENSHOT_LANG:-C.UTF-8}" LANGUAGE= TZ=UTC \
  timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$binary" --screenshot-dir "$outdir"
ls -l "$outdir"/*.png
