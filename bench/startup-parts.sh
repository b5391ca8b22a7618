#!/usr/bin/env bash
# What each start-up measure of bin/fus is worth: `fus run hello.fzb` as bin/fus runs it (without the shell), then with
# one measure undone at a time, against a bare JVM hello world; interleaved runs, medians in ms and ratios to the bare
# JVM. The AOT caches for the variants are trained here, in a temporary directory. Usage: bench/startup-parts.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-21}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello from Fusabi!"); } }\n' > "$tmp/Hello.java"
"${java%/java}/javac" -d "$tmp" "$tmp/Hello.java"
"$here/bin/fus" grind "$here/examples/hello.fsx" -o "$tmp/hello.fzb" > /dev/null
lib="$here/cli/target/lib"
image="$here/cli/target/fusabi-cli.jar:$(echo "$lib"/fusabi-vm-register-*.jar):$(echo "$lib"/fusabi-mmap-loader-*.jar)"
full="$here/cli/target/fusabi-cli.jar"
for j in "$lib"/*.jar; do full="$full:$j"; done
base=(-XX:+UseSerialGC --enable-native-access=ALL-UNNAMED)
train() { # train CACHE CLASSPATH [OPTIONS...]
  local cache="$1" cp="$2"; shift 2
  "$java" "${base[@]}" "$@" -XX:AOTCacheOutput="$cache" -cp "$cp" org.fusabi.cli.Main run "$tmp/hello.fzb" > /dev/null 2>&1
}
noprofiles=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
train "$tmp/image.aot" "$image" "${noprofiles[@]}"
train "$tmp/profiles.aot" "$image"
train "$tmp/full.aot" "$full" "${noprofiles[@]}"
fixed=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
run="org.fusabi.cli.Main run $tmp/hello.fzb"
declare -A cmds=(
  [bare-jvm]="$java -XX:+UseSerialGC -Xshare:auto -XX:TieredStopAtLevel=1 -cp $tmp Hello"
  [fus-image]="$java ${base[*]} -XX:-UsePerfData ${fixed[*]} -XX:AOTCache=$tmp/image.aot -cp $image $run"
  [relocated-cache]="$java ${base[*]} -XX:-UsePerfData -XX:AOTCache=$tmp/image.aot -cp $image $run"
  [cache-with-profiles]="$java ${base[*]} -XX:-UsePerfData ${fixed[*]} -XX:AOTCache=$tmp/profiles.aot -cp $image $run"
  [with-perf-data]="$java ${base[*]} ${fixed[*]} -XX:AOTCache=$tmp/image.aot -cp $image $run"
  [full-class-path]="$java ${base[*]} -XX:-UsePerfData ${fixed[*]} -XX:AOTCache=$tmp/full.aot -cp $full $run"
  [bin/fus]="$here/bin/fus run $tmp/hello.fzb"
)
order=(bare-jvm fus-image relocated-cache cache-with-profiles with-perf-data full-class-path bin/fus)
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
for n in sys.argv[2:]:
    m = statistics.median(t[n])
    print(f"{n:20} median {m:7.1f} ms  {m / base:.2f}x")
PY
