#!/usr/bin/env python3
"""Fails on an #include in core/ that goes against the order written in core/LAYERS.

core/LAYERS lists core's folders lowest first, one layer a line. A file may include headers of
its own folder and of folders on lower lines; folders on one line are independent of each other.
Core never includes the app's code (widgets/, editor/, app/, tests/).

Both include styles are understood: the current one ("triage/rules.h" relative to core/, or a
name in the same folder) and the one naming the library from the repository root
("core/triage/rules.h"). Each include is resolved to its file the way the compiler finds it (the
including file's folder, then core/, then the repository root).

  python3 scripts/check-layers.py [--root DIR]   check the tree (exit 1 on a wrong include)
  python3 scripts/check-layers.py --self-test    check that a wrong include is caught
"""
import argparse
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
APP_FOLDERS = ('widgets', 'editor', 'app', 'tests')


def read_layers(root):
    path = os.path.join(root, 'core', 'LAYERS')
    layers = {}
    with open(path, encoding='utf-8') as f:
        level = 0
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            for folder in line.split():
                if folder in layers:
                    raise SystemExit(f'core/LAYERS: {folder} is listed twice')
                layers[folder] = level
            level += 1
    return layers


def resolve(root, source, name):
    """The file an include names, relative to root, or None (a generated or system header)."""
    for base in (os.path.dirname(source), os.path.join(root, 'core'), root):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return os.path.relpath(candidate, root)
    return None


def check(root):
    layers = read_layers(root)
    problems = []
    core = os.path.join(root, 'core')
    for folder in sorted(os.listdir(core)):
        if os.path.isdir(os.path.join(core, folder)) and folder not in layers:
            problems.append(f'core/{folder}/: not in core/LAYERS; add it on the line of the '
                            f'folders it may use, above them')
    for dirpath, dirnames, filenames in os.walk(core):
        dirnames.sort()
        for filename in sorted(filenames):
            if not filename.endswith(('.h', '.cpp')):
                continue
            source = os.path.join(dirpath, filename)
            rel = os.path.relpath(source, root)
            parts = rel.split(os.sep)
            if len(parts) < 3:
                continue  # a file directly in core/ belongs to no layer
            folder = parts[1]
            with open(source, encoding='utf-8', errors='replace') as f:
                for number, line in enumerate(f, 1):
                    match = INCLUDE.match(line)
                    if not match:
                        continue
                    target = resolve(root, source, match.group(1))
                    if target is None:
                        continue
                    tparts = target.split(os.sep)
                    if tparts[0] in APP_FOLDERS:
                        problems.append(f'{rel}:{number}: includes "{match.group(1)}" '
                                        f'({target}): core never includes the app\'s code')
                        continue
                    if tparts[0] != 'core' or len(tparts) < 3:
                        continue
                    used = tparts[1]
                    if used == folder or folder not in layers or used not in layers:
                        continue
                    if layers[used] >= layers[folder]:
                        way = 'sideways' if layers[used] == layers[folder] else 'up'
                        problems.append(
                            f'{rel}:{number}: includes "{match.group(1)}": {folder}/ '
                            f'(layer {layers[folder] + 1} of core/LAYERS) may not use {used}/ '
                            f'(layer {layers[used] + 1}), that goes {way}; move the piece to '
                            f'where it belongs or change core/LAYERS if the order itself is wrong')
    return problems


def self_test():
    def write(root, path, text):
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8') as f:
            f.write(text)

    failures = []
    with tempfile.TemporaryDirectory() as root:
        write(root, 'core/LAYERS', 'low\nhigh other\n')
        write(root, 'core/low/a.h', '#pragma once\n')
        write(root, 'core/high/b.h', '#include "low/a.h"\n#include "core/low/a.h"\n#include "b2.h"\n')
        write(root, 'core/high/b2.h', '#pragma once\n#include <vector>\n#include "generated.h"\n')
        write(root, 'core/other/c.h', '#pragma once\n')
        if check(root):
            failures.append(f'a clean tree was reported: {check(root)}')
        cases = {
            'core/low/up.cpp': ('#include "high/b.h"\n', 'core/low/up.cpp:1', 'goes up'),
            'core/low/up2.cpp': ('\n#include "core/high/b.h"\n', 'core/low/up2.cpp:2', 'goes up'),
            'core/high/side.cpp': ('#include "other/c.h"\n', 'core/high/side.cpp:1', 'sideways'),
            'core/low/app.cpp': ('#include "widgets/w.h"\n', 'core/low/app.cpp:1', 'app\'s code'),
        }
        write(root, 'widgets/w.h', '#pragma once\n')
        for path, (text, where, what) in cases.items():
            write(root, path, text)
            found = [p for p in check(root) if p.startswith(where)]
            if len(found) != 1 or what not in found[0]:
                failures.append(f'{path}: expected one problem at {where} saying "{what}", got {found}')
            os.remove(os.path.join(root, path))
        os.makedirs(os.path.join(root, 'core', 'unlisted'))
        if not any('core/unlisted/' in p for p in check(root)):
            failures.append('a folder missing from core/LAYERS was not reported')
    for f in failures:
        print(f'check-layers self-test: {f}', file=sys.stderr)
    print(f'check-layers self-test: {"FAILED" if failures else "passed"}')
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--root', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    parser.add_argument('--self-test', action='store_true')
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    root = os.path.abspath(args.root)
    problems = check(root)
    for p in problems:
        print(p, file=sys.stderr)
    print(f'check-layers: {len(problems)} include(s) against core/LAYERS')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
