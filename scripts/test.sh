#!/usr/bin/env bash
# Sets up, builds and runs every test through ctest: the release build,
# then the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
status=0
for kind in release asan; do
  echo "== $kind build" >&2
  "$root/scripts/build.sh" "$kind" >&2
  echo "== $kind tests" >&2
  # ASan: fail on any report; leaks of immortal objects at exit are by design.
  if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
       ctest --test-dir "$root/build/$kind" --output-on-failure -j "$jobs" --timeout 120; then
    status=1
  fi
done
exit $status
