#!/usr/bin/env bash
# Builds pywalk: scripts/build.sh [release|debug|asan] (default release).
# Output goes to build/<kind>/; the binary is build/<kind>/pywalk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-release}
case $kind in
  release) flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  debug) flags=(-DCMAKE_BUILD_TYPE=Debug) ;;
  asan) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPYWALK_SANITIZE=ON) ;;
  *) echo "usage: scripts/build.sh [release|debug|asan]" >&2; exit 2 ;;
esac
"$root/scripts/setup.sh"
dir="$root/build/$kind"
if [[ ! -f $dir/build.ninja ]]; then
  # ccache speeds up rebuilds where it is installed (it is optional).
  if command -v ccache >/dev/null 2>&1; then flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -S "$root" -B "$dir" -G Ninja "${flags[@]}" >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc)"
