#!/usr/bin/env python3
"""Memory is managed: a loop making a million closures (plain ones, and
self-referencing ones that only the cycle collector can free) must run in
flat memory. Runs the same program with 100,000 and 1,000,000 iterations and
checks that the peak RSS hardly grows (and stays small in absolute terms)."""
import os
import sys
import tempfile

PROGRAM = """
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

def make_recursive(n):
    def down(k):
        return 0 if k == 0 else down(k - 1) + 1
    return down

def make_pair():
    box = []
    def get():
        return box
    box.append(get)      # the list holds the closure that holds the list
    return get

total = 0
for i in range(N):
    c = make_counter()
    c()
    total += c()
    total += make_recursive(i)(2)
    total += len(make_pair()())
print(total)
"""


def peak_rss_kb(pywalk, n):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM.replace("N", str(n)))
        path = f.name
    try:
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execv(pywalk, [pywalk, path])
        _, status, usage = os.wait4(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            print(f"pywalk failed on the closure loop with N={n}")
            sys.exit(1)
        return usage.ru_maxrss
    finally:
        os.unlink(path)


def main():
    pywalk = sys.argv[1]
    small = peak_rss_kb(pywalk, 100_000)
    large = peak_rss_kb(pywalk, 1_000_000)
    print(f"peak RSS: {small} KiB for 100k iterations, {large} KiB for 1M")
    if large > small * 1.5 + 8192 or large > 200_000:
        print("memory grows with the number of closures: something leaks")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
