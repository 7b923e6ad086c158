#!/usr/bin/env bash
# Benchmarks pywalk against python3 on bench/*.py:
#   scripts/bench.sh [PYWALK_BINARY] [NAME...]
# Without a binary, builds the release one (scripts/build.sh release). Each program runs
# 3 times under each interpreter; the best wall time counts. Both must print the same
# output (a mismatch or a failed run is reported and makes the exit status 1).
# Prints a table (name, python3 s, pywalk s, ratio) and the geometric mean of the ratios.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${BENCH_RUNS:-3}
limit=${BENCH_TIMEOUT:-300}

if [[ $# -ge 1 && -x $1 && ! -d $1 ]]; then
  pywalk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  shift
else
  "$root/scripts/build.sh" release >&2
  pywalk=$root/build/release/pywalk
fi
python=""
if command -v python3 >/dev/null 2>&1; then
  python=$(command -v python3)
  version=$("$python" -c 'import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])')
  [[ $version == "CPython 3 11" ]] || echo "bench.sh: note: python3 is $version, not CPython 3.11" >&2
fi

programs=()
if [[ $# -gt 0 ]]; then
  for name in "$@"; do programs+=("$root/bench/${name%.py}.py"); done
else
  programs=("$root"/bench/*.py)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8

# best_time INTERPRETER PROGRAM OUTFILE: prints the best wall time in seconds, or
# "FAIL" if a run failed / timed out; the output of the last run goes to OUTFILE.
best_time() {
  local interp=$1 program=$2 out=$3 best="" start end t status
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    status=0
    (cd "$(dirname "$program")" && timeout "$limit" "$interp" "$(basename "$program")") >"$out" 2>"$out.err" </dev/null || status=$?
    end=$(date +%s.%N)
    if [[ $status -ne 0 ]]; then
      echo "FAIL(status $status)"
      return
    fi
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}

status=0
ratios=()
printf '%-20s %10s %10s %8s\n' benchmark "python3 s" "pywalk s" ratio
for program in "${programs[@]}"; do
  name=$(basename "$program" .py)
  if [[ ! -f $program ]]; then
    echo "FAIL $name: no such benchmark ($program)"
    status=1
    continue
  fi
  pw=$(best_time "$pywalk" "$program" "$tmp/$name.pywalk")
  py="-"
  if [[ -n $python ]]; then
    py=$(best_time "$python" "$program" "$tmp/$name.python")
  fi
  ratio="-"
  if [[ $pw == FAIL* ]]; then
    echo "FAIL $name: pywalk $pw: $(head -c 300 "$tmp/$name.pywalk.err" | tail -n 3)"
    status=1
  elif [[ $py == FAIL* ]]; then
    echo "FAIL $name: python3 $py"
    status=1
  elif [[ -n $python ]]; then
    if ! cmp -s "$tmp/$name.pywalk" "$tmp/$name.python"; then
      echo "FAIL $name: output differs (python3 vs pywalk):"
      diff "$tmp/$name.python" "$tmp/$name.pywalk" | head -n 6 || true
      status=1
    else
      ratio=$(awk -v a="$pw" -v b="$py" 'BEGIN { printf "%.2f", a / b }')
      ratios+=("$ratio")
    fi
  fi
  printf '%-20s %10s %10s %8s\n' "$name" "$py" "$pw" "$ratio"
done
if [[ ${#ratios[@]} -gt 0 ]]; then
  geo=$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%.2f", exp(s / n) }')
  max=$(printf '%s\n' "${ratios[@]}" | sort -g | tail -n 1)
  printf '%-20s %10s %10s %8s\n' "geometric mean" "" "" "$geo"
  echo "worst ratio: $max (issue bar: every ratio <= 2.0, geometric mean <= 1.3)"
fi
exit $status
