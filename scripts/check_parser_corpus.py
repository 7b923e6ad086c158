#!/usr/bin/env python3
"""Compares pywalk's parser with CPython 3.11 over a corpus of Python files.

    scripts/check_parser_corpus.py PYWALK [GLOB] [--positions]

For every file matching GLOB (default: the top level of this python3's
standard library) that CPython parses, `PYWALK --dump-ast FILE` must print
exactly ast.dump(ast.parse(src), indent=2). Files using constructs pywalk
reports as unsupported (yield, await, match, except*, async with) are
counted, not compared. Prints the mismatching files and a summary; exit
status 1 if any file differs.
"""
import ast
import glob
import os
import subprocess
import sys
import sysconfig


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not args:
        print(__doc__)
        return 2
    pywalk = args[0]
    pattern = args[1] if len(args) > 1 else os.path.join(sysconfig.get_paths()['stdlib'], '*.py')
    ok = bad = unsupported = 0
    for path in sorted(glob.glob(pattern, recursive=True)):
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            src = f.read()
        try:
            expected = ast.dump(ast.parse(src), indent=2)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        r = subprocess.run([pywalk, '--dump-ast', path], capture_output=True, text=True, errors='replace')
        if 'NotImplementedError: pywalk does not support' in r.stderr:
            unsupported += 1
        elif r.stdout.rstrip('\n') == expected:
            ok += 1
        else:
            bad += 1
            print('MISMATCH', path, r.stderr[-300:])
    print(f'{ok} identical, {bad} different, {unsupported} with unsupported constructs')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
