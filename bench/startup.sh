#!/usr/bin/env bash
# Whole-process start-up: interleaved runs, the median wall time of each command in ms and its ratio to a bare JVM
# hello world on the same JDK.
#   bench/startup.sh [RUNS]          `fus run` of hello as image and as source
#   bench/startup.sh --against DIR [RUNS]
#                                    the same, and interleaved with it the bin/fus of another built copy of the
#                                    project in DIR (say, main before a change): its rows are named other-…
#   bench/startup.sh --commands [--against DIR] [RUNS]
#                                    also `fus --help` and `fus check` of hello, the commands that picocli reads
#   bench/startup.sh --parts [RUNS]  what each start-up measure of bin/fus is worth: the java command bin/fus runs
#                                    for hello.fzb (without the shell), then with one measure undone at a time; the
#                                    AOT caches of the variants are trained here, in a temporary directory
set -euo pipefail
parts=0
if [ "${1:-}" = --parts ]; then parts=1; shift; fi
commands=0
if [ "${1:-}" = --commands ]; then commands=1; shift; fi
other=
if [ "${1:-}" = --against ]; then other="$(cd "$2" && pwd)"; shift 2; fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-21}"
source "$here/bin/jdk.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello from Fusabi!"); } }\n' > "$tmp/Hello.java"
"$jdk/bin/javac" -d "$tmp" "$tmp/Hello.java"
"$here/bin/fus" grind "$here/examples/hello.fsx" -o "$tmp/hello.fzb" > /dev/null
# The bare JVM tuned for start-up as far as flags go (the ratios are to it), and as `java Hello` runs by default.
declare -A cmds=([bare-jvm]="$java -XX:+UseSerialGC -Xshare:auto -XX:TieredStopAtLevel=1 -cp $tmp Hello"
  [default-jvm]="$java -cp $tmp Hello")
if [ $parts = 0 ]; then
  cmds[fus-image]="$here/bin/fus run $tmp/hello.fzb"
  cmds[fus-source]="$here/bin/fus run $here/examples/hello.fsx"
  order=(bare-jvm default-jvm fus-image fus-source)
  if [ $commands = 1 ]; then
    cmds[fus-help]="$here/bin/fus --help"
    cmds[fus-check]="$here/bin/fus check $here/examples/hello.fsx"
    order+=(fus-help fus-check)
  fi
  if [ -n "$other" ]; then
    # Ground by that copy: the image format may differ between the two.
    "$other/bin/fus" grind "$here/examples/hello.fsx" -o "$tmp/other.fzb" > /dev/null
    cmds[other-image]="$other/bin/fus run $tmp/other.fzb"
    cmds[other-source]="$other/bin/fus run $other/examples/hello.fsx"
    order+=(other-image other-source)
    if [ $commands = 1 ]; then
      cmds[other-help]="$other/bin/fus --help"
      cmds[other-check]="$other/bin/fus check $other/examples/hello.fsx"
      order+=(other-help other-check)
    fi
  fi
else
  lib="$here/cli/target/lib"
  image="$here/cli/target/fusabi-cli.jar:$(echo "$lib"/fusabi-vm-register-*.jar):$(echo "$lib"/fusabi-mmap-loader-*.jar)"
  full="$here/cli/target/fusabi-cli.jar"
  for j in "$lib"/*.jar; do full="$full:$j"; done
  base="-XX:+UseSerialGC --enable-native-access=ALL-UNNAMED"
  noprofiles="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  fixed="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
  run="org.fusabi.cli.Main run $tmp/hello.fzb"
  # shellcheck disable=SC2086
  train() { "$java" $base ${3:+$noprofiles} -XX:AOTCacheOutput="$tmp/$1.aot" -cp "$2" $run > /dev/null 2>&1; }
  train image "$image" noprofiles
  train profiles "$image"
  train full "$full" noprofiles
  cmds[fus-image]="$java $base -XX:-UsePerfData $fixed -XX:AOTCache=$tmp/image.aot -cp $image $run"
  cmds[relocated-cache]="$java $base -XX:-UsePerfData -XX:AOTCache=$tmp/image.aot -cp $image $run"
  cmds[cache-with-profiles]="$java $base -XX:-UsePerfData $fixed -XX:AOTCache=$tmp/profiles.aot -cp $image $run"
  cmds[with-perf-data]="$java $base $fixed -XX:AOTCache=$tmp/image.aot -cp $image $run"
  cmds[full-class-path]="$java $base -XX:-UsePerfData $fixed -XX:AOTCache=$tmp/full.aot -cp $full $run"
  cmds[bin/fus]="$here/bin/fus run $tmp/hello.fzb"
  order=(bare-jvm fus-image relocated-cache cache-with-profiles with-perf-data full-class-path bin/fus)
fi
for i in $(seq "$runs"); do
  for name in "${order[@]}"; do
    s=$(date +%s%N); ${cmds[$name]} > /dev/null; e=$(date +%s%N)
    echo "$name $(( (e - s) / 1000 ))" >> "$tmp/times"
  done
done
python3 - "$tmp/times" "${order[@]}" <<'PY'
import sys, statistics
t = {}
for line in open(sys.argv[1]):
    n, us = line.split(); t.setdefault(n, []).append(int(us) / 1000)
base = statistics.median(t["bare-jvm"])
default = statistics.median(t["default-jvm"]) if "default-jvm" in t else None
for n in sys.argv[2:]:
    m = statistics.median(t[n])
    line = f"{n:20} median {m:7.1f} ms  (min {min(t[n]):.1f}, max {max(t[n]):.1f}, {len(t[n])} runs)  {m / base:.2f}x"
    print(line + (f"  ({m / default:.2f}x default-jvm)" if default else ""))
PY
