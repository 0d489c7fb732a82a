#!/usr/bin/env bash
# Takes the documentation screenshots of the desktop app on the bundled demo data, in a real X
# server (Xvfb).
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
#       One set in OUT_DIR (default docs/screenshots/*.png), as the docs use it.
#       SCREENSHOT_LANG=de_DE.UTF-8 (or ja_JP.UTF-8) takes it in that language; English otherwise.
#   scripts/screenshots.sh [--sizes 1280x720,1920x1080] [--palettes light,dark] [--langs en,de,ja]
#                          [BUILD_DIR] [OUT_DIR]
#       Every combination, each in OUT_DIR/<lang>-<palette>-<W>x<H>/<view>.png (default OUT_DIR
#       build/screenshots), the window exactly W×H. Any option given selects this mode; the
#       others default to 1280x720, light and en.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="" palettes="" langs=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=${2:?--sizes needs a list such as 1280x720,1920x1080}; shift 2 ;;
    --palettes) palettes=${2:?--palettes needs a list such as light,dark}; shift 2 ;;
    --langs) langs=${2:?--langs needs a list such as en,de,ja}; shift 2 ;;
    --help|-h) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "screenshots: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
matrix=false
[ -n "$sizes$palettes$langs" ] && matrix=true
build=${positional[0]:-build}
if $matrix; then outdir=${positional[1]:-build/screenshots}; else outdir=${positional[1]:-docs/screenshots}; fi
binary="$build/app/loggardener"
[ -x "$binary" ] || { echo "screenshots: $binary not found; build first (scripts/build.sh)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 1; }

locale_of() {
  case "$1" in
    en) echo C.UTF-8 ;;
    de) echo de_DE.UTF-8 ;;
    ja) echo ja_JP.UTF-8 ;;
    *) echo "screenshots: language '$1' is not one of en, de, ja" >&2; return 1 ;;
  esac
}
# Check every value before the first (slow) picture.
for l in ${langs//,/ }; do locale_of "$l" >/dev/null; done
for p in ${palettes//,/ }; do
  case "$p" in light|dark) ;; *) echo "screenshots: palette '$p' is not light or dark" >&2; exit 2 ;; esac
done
for s in ${sizes//,/ }; do
  [[ "$s" =~ ^[0-9]{3,4}x[0-9]{3,4}$ ]] || { echo "screenshots: size '$s' is not WIDTHxHEIGHT" >&2; exit 2; }
done

# A throw-away HOME, so saved layouts and recent files of the user do not change the pictures.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base="$work/base"
mkdir -p "$base"
# Three earlier days of the same service, run headless into that HOME's history and worklog
# folder, so the History tab and Past Worklogs page show what a user sees after a few runs.
for day in 1 2 3; do
  HOME="$base" "$binary" generate --count 2500 --seed "$day" --duration 24h \
    --start "$(date -u -d "$((4 - day)) days ago 00:00" +%Y-%m-%dT%H:%M:%SZ)" \
    --out "$base/day$day.json" >/dev/null
  HOME="$base" XDG_CONFIG_HOME="$base/.config" "$binary" run --input "$base/day$day.json" >/dev/null
done

# take DIR LANG [SIZE PALETTE]: one set, from a fresh copy of the prepared HOME.
take() {
  local dir=$1 lang=$2 size=${3:-} palette=${4:-} screen="1600x1000" extra=()
  local home="$work/home"
  rm -rf "$home" && cp -a "$base" "$home"
  mkdir -p "$dir"
  if [ -n "$size" ]; then
    # The screen a little larger than the window, so the window is never clipped to it.
    screen="$((${size%x*} + 80))x$((${size#*x} + 120))"
    extra=(--screenshot-size "$size" --screenshot-palette "$palette")
  fi
  HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="$lang" LANGUAGE= TZ=UTC \
    timeout 300 xvfb-run -a -s "-screen 0 ${screen}x24" \
    "$binary" --screenshot-dir "$dir" "${extra[@]}"
}

if ! $matrix; then
  take "$outdir" "${SCREENSHOT_LANG:-C.UTF-8}"
  ls -l "$outdir"/*.png
  exit 0
fi
for lang in $(echo "${langs:-en}" | tr ',' ' '); do
  for palette in $(echo "${palettes:-light}" | tr ',' ' '); do
    for size in $(echo "${sizes:-1280x720}" | tr ',' ' '); do
      dir="$outdir/$lang-$palette-$size"
      echo "screenshots: $dir" >&2
      take "$dir" "$(locale_of "$lang")" "$size" "$palette"
    done
  done
done
find "$outdir" -name '*.png' | sort
