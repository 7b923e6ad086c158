#!/usr/bin/env bash
# Sets up, builds (release) and runs pywalk: scripts/run.sh FILE.py [ARGS...]
# With no file, starts pywalk without one (the REPL once it exists).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" release >&2
exec "$root/build/release/pywalk" "$@"
