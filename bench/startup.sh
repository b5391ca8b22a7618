#!/usr/bin/env bash
# Whole-process start-up: interleaved runs of a bare JVM hello world and `fus run` of hello as image and source;
# prints the median wall time of each in ms and the ratio to the bare JVM. Usage: bench/startup.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-21}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello from Fusabi!"); } }\n' > "$tmp/Hello.java"
"${java%/java}/javac" -d "$tmp" "$tmp/Hello.java"
"$here/bin/fus" grind "$here/examples/hello.fsx" -o "$tmp/hello.fzb" > /dev/null
declare -A cmds=(
  [jvm-hello]="$java -XX:+UseSerialGC -Xshare:auto -XX:TieredStopAtLevel=1 -cp $tmp Hello"
  [fus-image]="$here/bin/fus run $tmp/hello.fzb"
  [fus-source]="$here/bin/fus run $here/examples/hello.fsx"
)
for i in $(seq "$runs"); do
  for name in jvm-hello fus-image fus-source; do
    s=$(date +%s%N); ${cmds[$name]} > /dev/null; e=$(date +%s%N)
    echo "$name $(( (e - s) / 1000 ))" >> "$tmp/times"
  done
done
python3 - "$tmp/times" <<'PY'
import sys, statistics
t = {}
for line in open(sys.argv[1]):
    n, us = line.split(); t.setdefault(n, []).append(int(us) / 1000)
base = statistics.median(t["jvm-hello"])
for n in ["jvm-hello", "fus-image", "fus-source"]:
    m = statistics.median(t[n])
    print(f"{n:12} median {m:7.1f} ms  (min {min(t[n]):.1f}, max {max(t[n]):.1f}, {len(t[n])} runs)  {m / base:.2f}x")
PY
