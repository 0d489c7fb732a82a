#!/usr/bin/env bash
# Translation completeness: runs lupdate over the sources into copies of translations/*.ts (the
# same sources and options as the update_translations target: widgets/, editor/src/, all of
# core/ and app/main.cpp) and fails when a tr() string of the sources is missing from a .ts
# file, when any message is unfinished, empty or left over, or when a translation drops a
# %1/%n placeholder or the & mnemonic of its source. It changes nothing; to update the files run
#   cmake --build build --target update_translations
# and translate what this script lists (translations/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate" /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
    [ -x "$candidate" ] && { lupdate=$candidate; break; }
  done
fi
[ -n "$lupdate" ] || { echo "translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in translations/loggardener_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # Keep in step with translations/CMakeLists.txt (sources and LUPDATE_OPTIONS).
  # -I .: includes name their library from the repository root; without it lupdate loses the
  # namespaces of the classes and files every message under another context.
  "$lupdate" -silent -no-obsolete -locations none -I . widgets editor/src core app/main.cpp -ts "$copy"
  python3 - "$copy" "$ts" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
problems, machine, total = [], 0, 0
# A message of the sources that the checked-in file lacks: lupdate added it to the copy.
def key(ctx, m):
    comment = m.find('comment')
    return (ctx, m.find('source').text or '', comment.text or '' if comment is not None else '')
def keys(file):
    return {key(c.find('name').text, m) for c in ET.parse(file).getroot().iter('context') for m in c.iter('message')}
for ctx, src, _ in sorted(keys(path) - keys(name)):
    problems.append(f'missing from {name}: {ctx}: "{src[:70]}"')
missing = len(problems)
def places(text):
    # %Ln is %n written in the locale's digits: the same placeholder.
    return sorted(set(p.replace('%Ln', '%n') for p in re.findall(r'%(?:L?n|L?\d+)', text or '')))
def mnemonic(text):
    return '&' in (text or '').replace('&&', '')
known = keys(name)
for context in ET.parse(path).getroot().iter('context'):
    ctx = context.find('name').text
    for m in context.iter('message'):
        total += 1
        src = m.find('source').text or ''
        tr = m.find('translation')
        where = f'{ctx}: "{src[:70]}"'
        kind = tr.get('type')
        texts = [f.text or '' for f in tr.iter('numerusform')] if m.get('numerus') == 'yes' else [tr.text or '']
        if key(ctx, m) not in known:
            continue  # reported above as missing
        if kind in ('unfinished', 'vanished', 'obsolete') or not all(t.strip() for t in texts):
            problems.append(f'untranslated ({kind or "empty"}) {where}')
            continue
        for t in texts:
            want = places(src)
            if m.get('numerus') == 'yes' and '%n' not in want:
                want = sorted(set(want) | {'%n'})
            if places(t) != want:
                problems.append(f'placeholders {places(t)} instead of {want} in {where}')
            if mnemonic(src) != mnemonic(t):
                problems.append(f'mnemonic & {"missing" if mnemonic(src) else "added"} in {where}')
        tc = m.find('translatorcomment')
        if tc is not None and 'Machine translation' in (tc.text or ''):
            machine += 1
print(f'translations: {name}: {total} messages, {missing} missing, {len(problems) - missing} other problem(s), {machine} machine-made awaiting review')
for p in problems:
    print(f'  {p}')
sys.exit(1 if problems else 0)
PY
done
[ $status -eq 0 ] || echo "translations: run 'cmake --build build --target update_translations', then translate the listed messages (translations/README.md)" >&2
exit $status
