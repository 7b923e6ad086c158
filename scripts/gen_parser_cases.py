#!/usr/bin/env python3
"""Generates the expected outputs of the parser unit tests from CPython 3.11.

For tests/unit/parser_cases/:
  NAME.py     -> NAME.ast  ast.dump(ast.parse(src), indent=2)
                 NAME.pos  the same with include_attributes=True, columns
                           converted from UTF-8 bytes to code points (pywalk's
                           spans count code points)
  NAME.cases  -> NAME.expected  one line per case: the SyntaxError CPython
                 raises when the case is run as a script file (file mode, as
                 pywalk runs scripts): type, msg, lineno, offset, end_lineno,
                 end_offset, text -- tab-separated, escaped like the cases --
                 or "OK" / "MemoryError".
  NAME.strcases -> NAME.strexpected  the same for `python3 -c` (string
                 mode: compile(src, '<string>', 'exec')), which counts EOF
                 columns and non-ASCII columns differently from file mode.
  NAME.warn   -> NAME.warnings  the SyntaxWarnings CPython's tokenizer prints
                 for each case (one per line, escaped, joined), compiled as
                 the file "case.py".
  depth.expected  the largest n for which CPython 3.11 still parses each
                 deeply nested construct of DEPTH_CASES (MemoryError past it).

A .cases file has one source per line, with \\n \\t \\r \\\\ escapes.
Never edit the generated files by hand: rerun this script.
"""
import ast
import os
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, '..', 'tests', 'unit', 'parser_cases')

HOOK = '''import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        print("\\x00".join(["SE", type(e).__name__, e.msg, str(e.lineno), str(e.offset), str(e.end_lineno),
                            str(e.end_offset), (e.text or "").rstrip("\\n")]))
    elif isinstance(e, MemoryError):
        print("\\x00".join(["MEM"]))
sys.excepthook = hook
'''

# name -> (prefix, repeated unit, suffix); n is the number of repetitions.
DEPTH_CASES = {
    'unary_minus': ('', '-', '1'),
    'not': ('', 'not ', '1'),
    'power': ('a', '**a', ''),
    'conditional': ('', 'a if b else ', '1'),
    'lambda': ('', 'lambda:', '1'),
    'minus_in_call': ('f(', '-', '1)'),
    'minus_in_fstring': ('f"{', '-', '1}"'),
    'minus_in_def': ('def f():\n  return ', '-', '1'),
}


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 'r': '\r', 't': '\t', '\\': '\\'}[n])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def positions_to_code_points(tree, src):
    lines = src.split('\n')

    def cp(line, col):
        if line is None or col is None or not 1 <= line <= len(lines):
            return col
        return len(lines[line - 1].encode('utf-8')[:col].decode('utf-8', errors='replace'))

    for node in ast.walk(tree):
        if getattr(node, 'col_offset', None) is not None:
            node.col_offset = cp(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = cp(node.end_lineno, node.end_col_offset)


def run_file_mode(src, hookdir, workdir):
    path = os.path.join(workdir, 'case.py')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(src)
    try:
        ast.parse(src)
        return 'OK'
    except SyntaxError:
        pass
    except MemoryError:
        return 'MemoryError'
    env = dict(os.environ, PYTHONPATH=hookdir)
    r = subprocess.run([sys.executable, path], env=env, capture_output=True, text=True)
    for line in r.stdout.splitlines():
        parts = line.split('\x00')
        if parts[0] == 'SE':
            return '\t'.join([parts[1], escape(parts[2])] + parts[3:7] + [escape(parts[7])])
        if parts[0] == 'MEM':
            return 'MemoryError'
    raise RuntimeError(f'no SyntaxError for {src!r}: {r.stderr}')


def run_string_mode(src):
    try:
        compile(src, '<string>', 'exec', ast.PyCF_ONLY_AST)
        return 'OK'
    except MemoryError:
        return 'MemoryError'
    except SyntaxError as e:
        return '\t'.join([type(e).__name__, escape(e.msg), str(e.lineno), str(e.offset), str(e.end_lineno),
                          str(e.end_offset), escape((e.text or '').rstrip('\n'))])


def warnings_of(src, workdir):
    with open(os.path.join(workdir, 'case.py'), 'w', encoding='utf-8', newline='') as f:
        f.write(src)
    code = "try:\n compile(open('case.py').read(), 'case.py', 'exec')\nexcept SyntaxError:\n pass\n"
    r = subprocess.run([sys.executable, '-c', code], cwd=workdir, capture_output=True, text=True)
    return r.stderr or 'none'


def parses(src):
    try:
        compile(src, 'f', 'exec')
        return True
    except MemoryError:  # the parser's nesting limit
        return False
    except RecursionError:  # the compiler's, after a successful parse
        return True


def largest_parsing(prefix, unit, suffix):
    lo, hi = 1, 7000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if parses(prefix + unit * mid + suffix):
            lo = mid
        else:
            hi = mid - 1
    return lo


def main():
    warnings.simplefilter('ignore', SyntaxWarning)
    with tempfile.TemporaryDirectory() as hookdir, tempfile.TemporaryDirectory() as workdir:
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        for name in sorted(os.listdir(CASES)):
            path = os.path.join(CASES, name)
            base, ext = os.path.splitext(path)
            if ext == '.py':
                with open(path, encoding='utf-8') as f:
                    src = f.read()
                tree = ast.parse(src)
                with open(base + '.ast', 'w', encoding='utf-8') as f:
                    f.write(ast.dump(tree, indent=2) + '\n')
                positions_to_code_points(tree, src)
                with open(base + '.pos', 'w', encoding='utf-8') as f:
                    f.write(ast.dump(tree, indent=2, include_attributes=True) + '\n')
            elif ext == '.strcases':
                with open(path, encoding='utf-8') as f:
                    cases = [unescape(line.rstrip('\n')) for line in f if line.strip()]
                with open(base + '.strexpected', 'w', encoding='utf-8') as f:
                    for src in cases:
                        f.write(run_string_mode(src) + '\n')
            elif ext == '.warn':
                with open(path, encoding='utf-8') as f:
                    cases = [unescape(line.rstrip('\n')) for line in f if line.strip()]
                with open(base + '.warnings', 'w', encoding='utf-8') as f:
                    for src in cases:
                        f.write(escape(warnings_of(src, workdir)) + '\n')
            elif ext == '.cases':
                with open(path, encoding='utf-8') as f:
                    cases = [unescape(line.rstrip('\n')) for line in f if line.strip()]
                with open(base + '.expected', 'w', encoding='utf-8') as f:
                    for src in cases:
                        f.write(run_file_mode(src, hookdir, workdir) + '\n')
        with open(os.path.join(CASES, 'depth.expected'), 'w', encoding='utf-8') as f:
            for name, (prefix, unit, suffix) in DEPTH_CASES.items():
                f.write(f'{name}\t{escape(prefix)}\t{escape(unit)}\t{escape(suffix)}\t'
                        f'{largest_parsing(prefix, unit, suffix)}\n')


if __name__ == '__main__':
    main()
