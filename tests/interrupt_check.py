#!/usr/bin/env python3
"""Ctrl-C end to end: each program runs under pywalk and under python3
(CPython 3.11); where it says so, SIGINT is sent once the program printed
"ready" (it is then sleeping, reading input or looping). stdout, stderr and
the exit status must be the same: an uncaught KeyboardInterrupt prints its
traceback and the process dies of SIGINT (status -2 here, 130 in a shell).
Usage: interrupt_check.py PYWALK"""
import os
import signal
import subprocess
import sys
import tempfile
import time

PROGRAMS = {
    # name: (source, send SIGINT after "ready"?, compare the whole stderr?)
    "raised_uncaught": ("""\
def task(n):
    for i in range(n):
        if i == 2:
            raise KeyboardInterrupt
        print("step", i)

try:
    task(5)
except KeyboardInterrupt:
    print("interrupted; cleaning up")
task(5)
""", False, True),
    "raised_with_message": ("raise KeyboardInterrupt('stop now')\n", False, True),
    "ctrl_c_in_sleep": ("""\
import time
print("ready", flush=True)
try:
    while True:
        time.sleep(0.05)
finally:
    print("finally runs")
""", True, True),
    "ctrl_c_in_input_caught": ("""\
print("ready", flush=True)
try:
    name = input("name? ")
except KeyboardInterrupt as e:
    print("caught", repr(e))
print("still running")
""", True, True),
    "ctrl_c_in_input_uncaught": ("""\
print("ready", flush=True)
input("name? ")
""", True, True),
    "ctrl_c_in_busy_loop_caught": ("""\
def spin():
    n = 0
    while True:
        n += 1

print("ready", flush=True)
try:
    spin()
except KeyboardInterrupt:
    print("stopped spinning")
""", True, True),
    # Where a busy loop notices the signal depends on timing: only the
    # first and last lines of the traceback are compared.
    "ctrl_c_in_busy_loop_uncaught": ("""\
print("ready", flush=True)
total = 0
for i in range(10 ** 12):
    total += i
""", True, False),
}


def run(interpreter, path, interrupt):
    # bufsize=0: readline() below must not read past "ready\n".
    p = subprocess.Popen([interpreter, os.path.basename(path)], cwd=os.path.dirname(path), bufsize=0,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = b""
    if interrupt:
        first = p.stdout.readline()
        time.sleep(0.3)
        p.send_signal(signal.SIGINT)
        time.sleep(0.2)  # let it handle the signal before its stdin closes
    try:
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return first + out, err + b"<timed out>", None
    return first + out, err, p.returncode


def main():
    pywalk = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory() as d:
        for name, (source, interrupt, whole) in PROGRAMS.items():
            path = os.path.join(d, name + ".py")
            with open(path, "w") as f:
                f.write(source)
            want = run(sys.executable, path, interrupt)
            got = run(pywalk, path, interrupt)
            if not whole:
                want = (want[0], want[1].splitlines()[:1] + want[1].splitlines()[-1:], want[2])
                got = (got[0], got[1].splitlines()[:1] + got[1].splitlines()[-1:], got[2])
            if want != got:
                failures.append(f"{name}:\n  python3: {want!r}\n  pywalk:  {got!r}")
    for f in failures:
        print("FAIL", f)
    print(f"{len(PROGRAMS) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
