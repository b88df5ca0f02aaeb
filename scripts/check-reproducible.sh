#!/usr/bin/env bash
# Builds the published artifacts (runtime and processor: jars, sources and Javadoc jars) twice,
# into two separate build folders, and checks that every jar is identical byte for byte
# (project.build.outputTimestamp in pom.xml fixes the times of jar entries). Extra arguments go
# to Maven, e.g. -o. Prints one line per jar and exits non-zero if any differs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
JAVA_HOME="$(ffmbind_find_jdk)"
[ -n "$JAVA_HOME" ] || { echo "check-reproducible: no JDK 25 or newer found" >&2; exit 1; }
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
ffmbind_plain_maven

for run in a b; do
  rm -rf runtime/target-repro-$run processor/target-repro-$run
  echo "check-reproducible: build $run ..." >&2
  mvn -B -q -pl runtime,processor -DskipTests -Dffmbind.format.skip=true \
    -Dffmbind.target=target-repro-$run "$@" package
  sleep 2 # a build that used the clock would now differ
done

status=0
count=0
for jar in runtime/target-repro-a/*.jar processor/target-repro-a/*.jar; do
  other=${jar/target-repro-a/target-repro-b}
  count=$((count + 1))
  if cmp -s "$jar" "$other"; then
    echo "identical: $(basename "$jar") $(sha256sum "$jar" | cut -c1-16)"
  else
    echo "DIFFERENT: $jar $other"
    status=1
  fi
done
[ "$count" -ge 6 ] || { echo "check-reproducible: expected at least 6 jars, found $count" >&2; exit 1; }
rm -rf runtime/target-repro-? processor/target-repro-?
exit $status
