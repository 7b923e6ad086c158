#!/usr/bin/env python3
"""Runs the seed lesson (../shared/seed) through pywalk and compares its
output with the CPython output recorded next to it (addresses normalised)."""
import re
import subprocess
import sys

ADDR = re.compile(r"(?<= at )0x[0-9a-fA-F]+")


def main():
    pywalk, program, expected_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    proc = subprocess.run([pywalk, program], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    got = ADDR.sub("0xADDR", proc.stdout)
    ok = proc.returncode == 0 and got == expected and proc.stderr == ""
    if not ok:
        print(f"exit status {proc.returncode}\n--- expected\n{expected}--- got\n{got}--- stderr\n{proc.stderr}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
