#!/usr/bin/env bash
# The F# compiler's own core tests (issue 17's 42 files) run with `fus run` as written, from a copy of the
# dotnet/fsharp repository (or a fork with the same paths) given as the argument; nothing of it is copied here.
#   bench/fsharp-core-tests.sh FSHARP_REPO [NAME_FILTER]
# Prints one line per file: PASS (exit status 0 and no check reported as failed), or FAIL with the first error
# (the first `error:` line fus printed, else the first failed check, else the exit status), then the count.
# Each file runs in a fresh temporary directory (some tests write test.ok) with a time limit of TIMEOUT seconds
# (default 120).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/fsharp-core-tests.sh FSHARP_REPO [NAME_FILTER]}"
filter="${2:-}"
limit="${TIMEOUT:-120}"
t="$repo/tests/fsharp"
files=()
for x in access apporder array array-no-dot comprehensions comprehensions-hw enum forexpression innerpoly int32 lazy \
    letrec lift longnames map math/numbers members/ctree members/factors members/incremental members/ops \
    nameof/preview nested patterns printf-interpolated recordResolution seq syntax tlr; do
  files+=("core/$x/test.fsx")
done
files+=(core/letrec-mutrec/test.fs core/letrec-mutrec2/test.fs
  core/large/conditionals/LargeConditionals-200.fs core/large/lets/LargeLets-500.fs core/large/lists/LargeList-500.fs
  core/large/matches/LargeMatches-200.fs core/large/mixed/LargeSequentialLet-500.fs
  core/large/sequential/LargeSequential-500.fs
  regression/OverloadResolution-bug/test.fsx regression/struct-tuple-bug-1/test.fsx
  optimize/analyses/tailcalls.fs optimize/analyses/effects.fs optimize/analyses/sizes.fs
  perf/computation-expressions/dependency_graph.fsx)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
total=0
for f in "${files[@]}"; do
  [[ -n "$filter" && "$f" != *"$filter"* ]] && continue
  total=$((total + 1))
  if [ ! -f "$t/$f" ]; then
    printf '%-52s FAIL  missing: %s\n' "$f" "$t/$f"
    continue
  fi
  dir="$tmp/$total"
  mkdir -p "$dir"
  # A .fs file runs as a script, its content unchanged: fus tells scripts by content, not by name.
  cp "$t/$f" "$dir/test.fsx"
  (cd "$dir" && timeout "$limit" "$here/bin/fus" run test.fsx > out.txt 2> err.txt < /dev/null)
  status=$?
  failed="$(grep -m1 -E 'FAIL|Test Failed|[Ff]ailure:|failed' "$dir/out.txt")"
  if [ $status = 0 ] && [ -z "$failed" ]; then
    passed=$((passed + 1))
    printf '%-52s PASS\n' "$f"
  else
    why="$(grep -m1 'error:' "$dir/err.txt" | sed 's/^test.fsx://')"
    [ -z "$why" ] && why="$failed"
    [ -z "$why" ] && [ $status = 124 ] && why="timed out after ${limit}s"
    [ -z "$why" ] && why="exit status $status: $(head -c 200 "$dir/err.txt" | tr '\n' ' ')"
    printf '%-52s FAIL  %s\n' "$f" "$why"
  fi
done
echo "$passed of $total pass"
