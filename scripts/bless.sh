#!/usr/bin/env bash
# Records the expected output of golden programs from CPython 3.11:
#   scripts/bless.sh tests/golden/closures/late_binding.py ...   (files or directories)
# Writes NAME.out (stdout), and NAME.err / NAME.code only when stderr is non-empty /
# the exit status is non-zero (stale ones are removed). The program runs exactly as
# tests/golden_runner.py runs pywalk: from its directory, as `python3 NAME.py`, stdin
# from NAME.in or /dev/null, a fixed environment, addresses and its directory normalized.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ $# -eq 0 ]]; then
  echo "usage: scripts/bless.sh FILE.py|DIR..." >&2
  exit 2
fi
version=$(python3 -c 'import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])' 2>/dev/null || true)
if [[ $version != "CPython 3 11" ]]; then
  echo "bless.sh: python3 must be CPython 3.11 (it is: ${version:-missing}); refusing to bless" >&2
  exit 1
fi
exec python3 "$root/tests/golden_runner.py" --bless --python python3 "$@"
