#!/usr/bin/env bash
# Runs the benchmark comparison (org.fusabi.bench.Compare) on the already-built bench module:
#   mvn -B -q -pl bench -am package -DskipTests    # once, puts the jar and bench/target/lib in place
#   bench/run.sh [--warmup N] [--iterations N] [--programs fib,sieve] [--runtimes fusabi,luaj,...] [--out DIR]
# Builds nothing itself, so that a run measures exactly what was last built.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/fusabi-bench.jar"
if [[ ! -f "$jar" || ! -d "$here/target/lib" ]]; then
  echo "bench is not built: run  mvn -B -q -pl bench -am package -DskipTests  first" >&2
  exit 2
fi

# The project needs JDK 25; the machine's default java may be older.
source "$here/../bin/jdk.sh"

# -Xss: deep non-tail recursion in the interpreters runs on the Java stack. JAVA_OPTS may add to or override these.
exec "$java" -Xss16m --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} \
  -Dfusabi.bench.home="$here" \
  -cp "$jar:$here/target/lib/*" org.fusabi.bench.Compare "$@"
