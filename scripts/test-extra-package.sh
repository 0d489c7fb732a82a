#!/usr/bin/env bash
# Packaging checks: validators for the desktop entry and AppStream metainfo, then build the
# Debian package, unpack it into a throw-away root and start the installed binary.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

desktop-file-validate packaging/linux/app.loggardener.LogGardener.desktop
appstreamcli validate --no-net packaging/linux/app.loggardener.LogGardener.metainfo.xml

(cd build && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)
deb=$(ls -t build/loggardener_*.deb | head -n 1)
echo "package: $deb"
# Read once into a variable: `dpkg-deb | grep -q` under pipefail fails whenever grep quits
# before dpkg-deb has written everything (SIGPIPE), whatever the package holds.
info=$(dpkg-deb --info "$deb")
sed -n 's/^ Depends:/  depends:/p' <<<"$info"
grep -q "Depends:.*libqt6core6" <<<"$info" || { echo "package: computed dependencies are missing" >&2; exit 1; }

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
dpkg-deb -x "$deb" "$dest"
for f in usr/bin/loggardener \
         usr/share/applications/app.loggardener.LogGardener.desktop \
         usr/share/metainfo/app.loggardener.LogGardener.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/app.loggardener.LogGardener.svg \
         usr/share/doc/loggardener/LICENSE; do
  [ -e "$dest/$f" ] || { echo "package: $f is missing" >&2; exit 1; }
done

bin="$dest/usr/bin/loggardener"
"$bin" --version | grep -q "Log Gardener" || { echo "package: --version failed" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen HOME="$dest/home"
mkdir -p "$HOME"
"$bin" inspect --demo --format json >"$dest/inspect.json"
grep -q '"entries"' "$dest/inspect.json" || { echo "package: inspect --demo printed no summary" >&2; exit 1; }
"$bin" --demo --smoke-test | tee "$dest/smoke.txt"
grep -q "^smoke: 3000 entries in" "$dest/smoke.txt" || { echo "package: the app did not load the demo" >&2; exit 1; }
echo "package: installed binary runs (version, demo summary, the app on the demo data)"
