#!/usr/bin/env python3
"""End-to-end checks of the command line: -c, stdin, exit statuses,
--version, the dumps, and a missing file. Each check compares with what
python3 (CPython 3.11) does where CPython has the same feature."""
import subprocess
import sys

failures = []


def run(args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=60)


def check(name, cond, detail=""):
    if not cond:
        failures.append(f"{name}: {detail}")


def same_as_python(pywalk, args, stdin=None, name=None):
    a = run([pywalk] + args, stdin)
    b = run([sys.executable] + args, stdin)
    check(name or " ".join(args), (a.stdout, a.stderr, a.returncode) == (b.stdout, b.stderr, b.returncode),
          f"pywalk {(a.stdout, a.stderr, a.returncode)!r} vs python3 {(b.stdout, b.stderr, b.returncode)!r}")


def main():
    pywalk = sys.argv[1]
    same_as_python(pywalk, ["-c", "print(6 * 7)"])
    same_as_python(pywalk, ["-c", "x = 1\nprint(x + 1)\n1/0"])
    same_as_python(pywalk, ["-"], stdin="def f(a):\n    return a * 2\nprint(f(21))\n", name="stdin with -")
    same_as_python(pywalk, [], stdin="print('from stdin')\nprint(undefined)\n", name="stdin, no file")
    same_as_python(pywalk, ["-c", "print('a'"], name="syntax error in -c")
    r = run([pywalk, "--version"])
    check("--version", r.returncode == 0 and r.stdout.startswith("pywalk "), repr(r.stdout))
    r = run([pywalk, "--no-such-flag"])
    check("usage error exits 2", r.returncode == 2, str(r.returncode))
    r = run([pywalk, "/nonexistent/file.py"])
    check("missing file exits 2", r.returncode == 2 and "can't open file" in r.stderr, r.stderr)
    r = run([pywalk, "--dump-tokens", "-c", "x = 1"])
    check("--dump-tokens", r.returncode == 0 and "NAME" in r.stdout and "'x'" in r.stdout, r.stdout + r.stderr)
    src = "def f(x):\n    return x + 1\n"
    r = run([pywalk, "--dump-ast", "-c", src])
    py = run([sys.executable, "-c", "import ast,sys; print(ast.dump(ast.parse(sys.argv[1]), indent=2))", src])
    check("--dump-ast matches ast.dump", r.stdout == py.stdout, r.stdout + r.stderr)
    r = run([pywalk, "--dump-scopes", "-c", "def f():\n    x = 1\n    def g():\n        return x\n"])
    check("--dump-scopes", r.returncode == 0 and "CELL" in r.stdout.upper() and "FREE" in r.stdout.upper(),
          r.stdout + r.stderr)
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
