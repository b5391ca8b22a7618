#!/usr/bin/env bash
# Runs the JMH micro-benchmarks (org.fusabi.bench.jmh) of the already-built bench module:
#   mvn -B -q package -DskipTests                  # once: the bench jar (with JMH's generated code) and target/lib
#   bench/jmh.sh                                   # every benchmark, short settings for this 2-core machine
#   bench/jmh.sh CallsBenchmark -p kind=tail       # any JMH options instead of the defaults (bench/jmh.sh -h)
# JAVA_OPTS go to the launching JVM (e.g. -Djmh.ignoreLock=true). Results also go to bench/target/jmh/results.json. JMH forks JVMs with this classpath, so no shaded jar is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/fusabi-bench.jar"
if [[ ! -f "$jar" || ! -d "$here/target/lib" ]]; then
  echo "bench is not built: run  mvn -B -q package -DskipTests  first" >&2
  exit 2
fi
source "$here/../bin/jdk.sh"

mkdir -p "$here/target/jmh"
if [[ $# -eq 0 ]]; then
  # One fork, 3 x 1 s warm-up, 5 x 1 s measured: about 2 minutes for all, enough for ratios between variants.
  set -- -f 1 -wi 3 -w 1s -i 5 -r 1s
fi
exec "$java" ${JAVA_OPTS:-} -cp "$jar:$here/target/lib/*" org.openjdk.jmh.Main -rf json -rff "$here/target/jmh/results.json" "$@"
