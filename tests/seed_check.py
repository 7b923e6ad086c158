#!/usr/bin/env python3
"""Runs the seed lesson (../shared/seed/closures_lesson.py) through pywalk and compares
its output with the CPython output recorded next to it (../shared/seed/closures_lesson.out,
never copied into the project). Usage: seed_check.py PYWALK PROGRAM EXPECTED_OUT.
The program runs as golden programs do (tests/golden_runner.py): same environment,
addresses in reprs normalised to 0xADDR; it must exit 0 with an empty stderr."""
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_runner  # noqa: E402


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: seed_check.py PYWALK PROGRAM EXPECTED_OUT")
    pywalk, program, expected_path = sys.argv[1:4]
    with open(expected_path, "rb") as f:
        expected = f.read()
    got = golden_runner.run_program(os.path.abspath(pywalk), program, golden_runner.TIMEOUT)
    if got.problem is None and got.code == 0 and got.stdout == expected and got.stderr == b"":
        return 0
    print(f"FAIL {program}: {got.problem or f'output differs (exit status {got.code}, expected 0)'}")
    print("".join(difflib.unified_diff(golden_runner.text(expected).splitlines(True),
                                       golden_runner.text(got.stdout).splitlines(True),
                                       "expected stdout", "pywalk stdout")))
    if got.stderr:
        print("--- pywalk stderr\n" + golden_runner.text(got.stderr))
    return 1


if __name__ == "__main__":
    sys.exit(main())
