#!/usr/bin/env python3
"""Rewrites the project's #include "…" lines to name their library from the repository root.

  #include "rules.h"          in core/triage/   ->  #include "core/triage/rules.h"
  #include "gcp/profile.h"    in widgets/gcp/   ->  #include "core/gcp/profile.h"
  #include "drafteditor.h"    in editor/tests/  ->  #include "editor/src/drafteditor.h"

Each include is resolved to its file the way the compiler finds it for that file's target (the
including file's folder first, then the target's include folders in CMake's order), so a
rewritten include names the very file the old one did. Includes that resolve to no file in the
tree (generated headers: ui_*.h, *.moc, the build's own) are left alone. Running it twice
changes nothing the second time. Run clang-format afterwards: it re-sorts the include blocks.

  python3 scripts/fix-includes.py            rewrite core/ widgets/ editor/ app/ tests/ in place
  python3 scripts/fix-includes.py --dry-run  list what would change
  python3 scripts/fix-includes.py --root DIR work on another checkout (e.g. a scratch copy)
  python3 scripts/fix-includes.py --verify build
        rewrites a scratch copy of the tracked files and proves, with the compiler's own
        dependency lists (-MM) for every file of build/compile_commands.json, that each file
        includes exactly the same headers as before; changes nothing here
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"(.*)$')
FOLDERS = ('core', 'widgets', 'editor', 'app', 'tests')
SKIP = ('tests/data', 'tests/corpus', 'tests/conformance')

# The include folders each part of the tree is compiled with, in the order CMake passes them
# (the target's own, then those of the libraries it links, in link order). Keep in step with
# the CMakeLists when a library's include folders change.
SEARCH = [
    ('core/', ['core']),
    ('app/cli/', ['app', 'core']),
    ('app/', ['widgets', 'core', 'editor/src', 'app']),
    ('widgets/', ['widgets', 'core', 'editor/src']),
    ('editor/', ['editor/src']),
    ('tests/widgets/', ['tests/common', 'core', 'app', 'widgets', 'editor/src']),
    ('tests/', ['tests/common', 'core', 'app', 'widgets', 'editor/src']),
]


def search_dirs(rel):
    for prefix, dirs in SEARCH:
        if rel.startswith(prefix):
            return dirs
    return []


def resolve(root, rel, name):
    """(file relative to root, other files it could have meant) or (None, [])."""
    own = os.path.dirname(os.path.join(root, rel))
    candidates = [own] + [os.path.join(root, d) for d in search_dirs(rel)] + [root]
    found = []
    for base in candidates:
        path = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(path):
            found.append(os.path.relpath(path, root))
    if not found:
        return None, []
    return found[0], sorted(set(found[1:]) - {found[0]})


def sources(root):
    for top in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root)
            if any(rel_dir == s or rel_dir.startswith(s + os.sep) for s in SKIP):
                continue
            for filename in sorted(filenames):
                if filename.endswith(('.h', '.cpp', '.hpp', '.cc')):
                    yield os.path.join(rel_dir, filename)


def rewrite(root, rel, notes):
    path = os.path.join(root, rel)
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.readlines()
    changed = 0
    for i, line in enumerate(lines):
        match = INCLUDE.match(line.rstrip('\r\n'))
        if not match:
            continue
        name = match.group(2)
        target, others = resolve(root, rel, name)
        if target is None:
            continue
        if others:
            notes.append(f'{rel}:{i + 1}: "{name}" is {target} (the compiler\'s choice); '
                         f'it could also mean {", ".join(others)}')
        new_name = target.replace(os.sep, '/')
        if new_name == name:
            continue
        ending = line[len(line.rstrip('\r\n')):]
        lines[i] = f'{match.group(1)}"{new_name}"{match.group(3)}{ending}'
        changed += 1
    return lines, changed


def dependencies(entry, root, build):
    """The headers one compile command reads, as paths relative to `root` (or absolute)."""
    args = shlex.split(entry['command'])
    out = []
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ('-o', '-c'):
            skip = a == '-o'
            continue
        out.append(a)
    run = subprocess.run([args[0], '-MM', '-MG'] + out, cwd=entry['directory'],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[:3]
    text = run.stdout.replace('\\\n', ' ')
    deps = text.split(':', 1)[1].split() if ':' in text else []
    result = set()
    for d in deps:
        full = os.path.realpath(os.path.join(entry['directory'], d))
        result.add(os.path.relpath(full, root) if full.startswith(root + os.sep) and
                   not full.startswith(build + os.sep) else full)
    return result, []


def verify(source_root, build):
    build = os.path.realpath(build)
    with open(os.path.join(build, 'compile_commands.json'), encoding='utf-8') as f:
        commands = [c for c in json.load(f)
                    if not os.path.realpath(c['file']).startswith(build + os.sep)]
    files = subprocess.run(['git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd=source_root, capture_output=True,
                           check=True).stdout.decode().split('\0')
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, 'tree')
        for rel in filter(None, files):
            src = os.path.join(source_root, rel)
            if os.path.isfile(src):
                os.makedirs(os.path.dirname(os.path.join(copy, rel)), exist_ok=True)
                with open(src, 'rb') as a, open(os.path.join(copy, rel), 'wb') as b:
                    b.write(a.read())
        subprocess.run([sys.executable, os.path.abspath(__file__), '--root', copy], check=True)
        pattern = re.compile(re.escape(source_root) + r'(?=/|\s|$)(?!/' +
                             re.escape(os.path.relpath(build, source_root)) + r'(/|\s|$))')

        def both(entry):
            moved = {k: pattern.sub(copy, v) if k != 'directory' else v for k, v in entry.items()}
            before, err1 = dependencies(entry, source_root, build)
            after, err2 = dependencies(moved, copy, build)
            return entry['file'], before, after, err1 + err2

        problems = 0
        with ThreadPoolExecutor(max_workers=2) as pool:
            for name, before, after, errors in pool.map(both, commands):
                if before is None or after is None:
                    problems += 1
                    print(f'{name}: does not preprocess: {errors}', file=sys.stderr)
                elif before != after:
                    problems += 1
                    print(f'{name}: now includes {sorted(after - before)} instead of '
                          f'{sorted(before - after)}', file=sys.stderr)
    print(f'fix-includes --verify: {len(commands)} files preprocessed before and after, '
          f'{problems} difference(s)')
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--root', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    parser.add_argument('--dry-run', action='store_true')
    parser.add_argument('--verify', metavar='BUILD_DIR')
    args = parser.parse_args()
    root = os.path.realpath(args.root)
    if args.verify:
        return verify(root, args.verify)
    files = lines_changed = 0
    notes = []
    for rel in sources(root):
        lines, changed = rewrite(root, rel, notes)
        if not changed:
            continue
        files += 1
        lines_changed += changed
        if args.dry_run:
            print(f'{rel}: {changed} include(s)')
        else:
            with open(os.path.join(root, rel), 'w', encoding='utf-8', newline='') as f:
                f.writelines(lines)
    for note in notes:
        print(f'note: {note}', file=sys.stderr)
    verb = 'would rewrite' if args.dry_run else 'rewrote'
    print(f'fix-includes: {verb} {lines_changed} include(s) in {files} file(s)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
