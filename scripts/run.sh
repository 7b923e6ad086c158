#!/usr/bin/env bash
# Sets up, builds (release) and runs pywalk: scripts/run.sh FILE.py [ARGS...]
# With no file, starts the interactive REPL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" release >&2
exec "$root/build/release/pywalk" "$@"
