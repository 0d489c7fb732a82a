#!/usr/bin/env bash
# Second build of the draft editor library: Qt 5.15 + KF5SyntaxHighlighting (Debian 12 has
# KSyntaxHighlighting only for Qt 5), so the KSyntaxHighlighting code path is really compiled
# and tested. The Qt 6 build of the same tests runs in the main ctest (label "editor").
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/editor-qt5

cmake -S editor -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DGARDENER_EDITOR_QT_MAJOR=5 -DGARDENER_EDITOR_TESTS=ON >/dev/null
if ! grep -q '^KF5SyntaxHighlighting_DIR:PATH=/' "$build/CMakeCache.txt"; then
  echo "test-extra-editor: KF5SyntaxHighlighting not found (apt-get install libkf5syntaxhighlighting-dev)" >&2
  exit 1
fi
cmake --build "$build" --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 300
