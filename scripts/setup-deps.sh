#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Log Gardener needs.
# Idempotent: it installs only what is missing and says what that is.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev python3
  # format and static checks (scripts/check-format.sh, scripts/check-tidy.sh)
  clang-format clang-tidy
  # Qt 6 and the libraries the app links
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qtkeychain-qt6-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-networkauth-dev libqt6opengl6-dev libqt6sql6-sqlite
  libqt6svg6
  qt6-qpa-plugins qt6-translations-l10n libxkbcommon-dev libgl-dev
  libsimdjson-dev libexpected-dev zlib1g-dev libssl-dev
  # the draft editor's second build: Qt 5.15 with KSyntaxHighlighting
  qtbase5-dev libkf5syntaxhighlighting-dev
  # headless display, screenshots and a real Secret Service for tests
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
  # a CJK font, so Japanese screenshots (SCREENSHOT_LANG=ja_JP.UTF-8) show no empty boxes
  fonts-droid-fallback
  # GitHub-flavoured Markdown renderer the worklog and draft tests render with
  cmark-gfm
  # the fake BigQuery's SQLite functions
  libsqlite3-dev
  # packaging checks
  desktop-file-utils appstream dpkg-dev file
)

# The official clients' conformance run (scripts/test-extra-conformance.sh) needs node and
# npm; Debian's packages only when no other Node.js (which brings its own npm) is installed.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  PACKAGES+=(nodejs npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#PACKAGES[@]} packages are installed."
  exit 0
fi

echo "setup-deps: installing ${#missing[@]} package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup-deps: run as root or install sudo" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup-deps: done."
