#!/usr/bin/env python3
"""Golden tests: run Python programs and compare with CPython 3.11's recorded output.

Every tests/golden/<feature>/<name>.py has, next to it:
  <name>.out   its stdout under CPython 3.11 (always present once blessed)
  <name>.err   its stderr, only when non-empty
  <name>.code  its exit status, only when non-zero
  <name>.in    optional, fed to stdin (otherwise stdin is /dev/null)

Both interpreters run a program the same way: from the program's directory, with
the bare file name as the script argument, stdin from <name>.in or /dev/null, and
a fixed environment (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, LC_ALL=C.UTF-8, no
other PYTHON* variables). Two normalisations apply to both sides:
  * memory addresses in reprs (` at 0x7f...`) become ` at 0xADDR`;
  * the program's absolute directory (CPython prints `File "/abs/dir/name.py"`
    in tracebacks even though it was given `name.py`) becomes `$DIR`.

Usage:
  golden_runner.py --pywalk BINARY FILE.py        one program; unified diff on mismatch, exit 1
  golden_runner.py --pywalk BINARY DIR_OR_FILE... every program below; one line per failure, summary
  golden_runner.py --bless DIR_OR_FILE...         record CPython's output (scripts/bless.sh calls this)
Options: -j N (parallel programs, default 2), -v (diffs in directory mode), --timeout S (default 60),
--relative-paths-ok (diagnostic: accept `File "NAME.py"` where CPython prints `File "/abs/dir/NAME.py"`).
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import signal
import subprocess
import sys

ADDR = re.compile(rb"(?<= at )0x[0-9a-fA-F]+")
TIMEOUT = 60


def fixed_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    return env


def normalize(data, program, relative_paths=False):
    data = ADDR.sub(b"0xADDR", data)
    directory = os.path.dirname(os.path.abspath(program))
    for d in sorted({os.path.realpath(directory), directory}, key=len, reverse=True):
        data = data.replace(os.fsencode(d) + b"/", b"$DIR/")
    if relative_paths:  # diagnostic mode: accept the bare name where CPython prints the absolute path
        name = os.fsencode(os.path.basename(program))
        data = re.sub(rb'(^|\n)(  )?File "' + re.escape(name) + rb'"', rb'\1\2File "$DIR/' + name.replace(b"\\", b"\\\\") + b'"', data)
    return data


class Result:
    def __init__(self, stdout=b"", stderr=b"", code=0, problem=None):
        self.stdout, self.stderr, self.code, self.problem = stdout, stderr, code, problem


def run_program(interpreter, program, timeout, env_extra=None, relative_paths=False):
    """Runs `interpreter name.py` in the program's directory; returns a normalized Result."""
    program = os.path.abspath(program)
    directory, name = os.path.split(program)
    stdin_path = program[:-3] + ".in"
    env = fixed_env()
    if env_extra:
        env.update(env_extra)
    with open(stdin_path if os.path.exists(stdin_path) else os.devnull, "rb") as stdin:
        try:
            proc = subprocess.run([interpreter, name], cwd=directory, stdin=stdin, capture_output=True,
                                  env=env, timeout=timeout)
        except subprocess.TimeoutExpired as e:
            return Result(e.stdout or b"", e.stderr or b"", None, f"timed out after {timeout} s (hang?)")
        except OSError as e:
            return Result(problem=f"cannot run {interpreter}: {e}")
    problem = None
    if proc.returncode < 0:
        try:
            problem = f"killed by {signal.Signals(-proc.returncode).name}"
        except ValueError:
            problem = f"killed by signal {-proc.returncode}"
    return Result(normalize(proc.stdout, program), normalize(proc.stderr, program, relative_paths), proc.returncode,
                  problem)


def expected_files(program):
    base = program[:-3]
    return base + ".out", base + ".err", base + ".code"


def read_expected(program):
    out, err, code = expected_files(program)
    if not os.path.exists(out):
        return None
    with open(out, "rb") as f:
        stdout = f.read()
    stderr = b""
    if os.path.exists(err):
        with open(err, "rb") as f:
            stderr = f.read()
    status = 0
    if os.path.exists(code):
        with open(code) as f:
            status = int(f.read().strip())
    return Result(stdout, stderr, status)


def text(data):
    return data.decode("utf-8", errors="backslashreplace")


def compare(program, pywalk, timeout, relative_paths=False):
    """Returns (ok, first differing line, full report)."""
    expected = read_expected(program)
    if expected is None:
        return False, "not blessed (no .out: run scripts/bless.sh)", ""
    got = run_program(pywalk, program, timeout, relative_paths=relative_paths)
    report, first = [], None
    if got.problem:
        first = got.problem
        report.append(got.problem)
    for stream, exp, act in (("stdout", expected.stdout, got.stdout), ("stderr", expected.stderr, got.stderr)):
        if exp == act:
            continue
        exp_lines, act_lines = text(exp).splitlines(keepends=True), text(act).splitlines(keepends=True)
        diff = list(difflib.unified_diff(exp_lines, act_lines, f"expected {stream}", f"pywalk {stream}"))
        report.append("".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                              for line in diff))
        if first is None:
            for i in range(max(len(exp_lines), len(act_lines))):
                e = exp_lines[i] if i < len(exp_lines) else "<end>"
                a = act_lines[i] if i < len(act_lines) else "<end>"
                if e != a:
                    first = f"{stream} line {i + 1}: expected {e.rstrip(chr(10))!r}, got {a.rstrip(chr(10))!r}"
                    break
    if got.code != expected.code and got.problem is None:
        report.append(f"exit status: expected {expected.code}, got {got.code}\n")
        if first is None:
            first = f"exit status: expected {expected.code}, got {got.code}"
    return first is None, first, "\n".join(report)


def collect(paths):
    programs = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                programs += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
        elif p.endswith(".py") and os.path.isfile(p):
            programs.append(p)
        elif p.endswith((".out", ".err", ".code", ".in")):
            continue  # expected files named by a shell glob such as dir/*
        else:
            sys.exit(f"golden_runner: not a .py file or directory: {p}")
    return programs


def check_cpython(python):
    try:
        out = subprocess.run([python, "-c", "import sys, platform; print(platform.python_implementation(), "
                              "*sys.version_info[:2])"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        out = ""
    if out.split() != ["CPython", "3", "11"]:
        sys.exit(f"golden_runner: {python} must be CPython 3.11 to bless (it reports: {out.strip() or 'nothing'})")


def bless(programs, python, timeout):
    status = 0
    for program in programs:
        r = run_program(python, program, timeout)
        # A second run with another str hash seed catches output that depends on
        # hash randomisation (set-of-str order, hash(), id()): such a program is not a golden test.
        again = run_program(python, program, timeout, {"PYTHONHASHSEED": "12345"})
        if r.problem:
            print(f"REFUSED {program}: {r.problem}")
            status = 1
            continue
        if (r.stdout, r.stderr, r.code) != (again.stdout, again.stderr, again.code):
            print(f"REFUSED {program}: its output is not deterministic (str hashing, id()?); change the program")
            status = 1
            continue
        out, err, code = expected_files(program)
        with open(out, "wb") as f:
            f.write(r.stdout)
        for path, content in ((err, r.stderr), (code, b"%d\n" % r.code if r.code else b"")):
            if content:
                with open(path, "wb") as f:
                    f.write(content)
            elif os.path.exists(path):
                os.remove(path)
        note = f" (exit {r.code})" if r.code else ""
        print(f"blessed {program}{note}")
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pywalk", help="the pywalk binary to test")
    ap.add_argument("--bless", action="store_true", help="record python3's output instead of testing")
    ap.add_argument("--python", default="python3", help="CPython 3.11 used by --bless")
    ap.add_argument("-j", type=int, default=2, help="programs run in parallel (directory mode)")
    ap.add_argument("-v", action="store_true", help="print diffs in directory mode too")
    ap.add_argument("--timeout", type=float, default=TIMEOUT)
    ap.add_argument("--relative-paths-ok", action="store_true",
                    help="diagnostic: accept File \"NAME.py\" where CPython prints the absolute path")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    programs = collect(args.paths)
    if args.bless:
        check_cpython(args.python)
        return bless(programs, args.python, args.timeout)
    if not args.pywalk:
        ap.error("--pywalk BINARY or --bless is required")
    pywalk = os.path.abspath(args.pywalk)
    if len(args.paths) == 1 and os.path.isfile(args.paths[0]):
        ok, first, report = compare(programs[0], pywalk, args.timeout, args.relative_paths_ok)
        if not ok:
            print(f"FAIL {programs[0]}: {first}")
            print(report)
        return 0 if ok else 1
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        results = pool.map(lambda p: (p, compare(p, pywalk, args.timeout, args.relative_paths_ok)), programs)
        for program, (ok, first, report) in results:
            if ok:
                continue
            failures.append(program)
            print(f"FAIL {os.path.relpath(program)}: {first}", flush=True)
            if args.v and report:
                print(report, flush=True)
    print(f"{len(programs) - len(failures)} passed, {len(failures)} failed, {len(programs)} programs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
