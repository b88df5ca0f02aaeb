#!/usr/bin/env bash
# Runs the ffmbind benchmark suite and regenerates docs/performance.md from the results.
#
#   benchmarks/run.sh --quick            # ~8 minutes on 2 cores: 1 fork, 2 × 0.5 s warm-up, 3 × 1 s
#   benchmarks/run.sh                    # full: 3 forks, 3 × 1 s warm-up, 5 × 1 s (~45 minutes)
#   benchmarks/run.sh --quick 'Scalar'   # further arguments go to JMH (a regex selects benchmarks)
#
# Builds runtime, processor and benchmarks with Maven into target-bench/ (BENCH_TARGET overrides;
# a separate folder, so a concurrent `mvn verify` into target/ is not disturbed), runs the JMH
# uber-jar with -prof gc on a JDK >= 25 (JAVA_HOME, JAVA*_HOME or /usr/lib/jvm, as test.sh looks),
# writes benchmarks/$BENCH_TARGET/results/results.{json,csv} and rewrites docs/performance.md; a run of
# the whole suite also keeps its results in benchmarks/results/{quick,full}.{json,csv} (committed).
# BENCH_SKIP_AM=1 builds only the benchmarks module, against the runtime and processor last
# installed in ~/.m2 (`mvn install -pl runtime,processor`): for when those are mid-change.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
ffmbind_plain_maven

mode=full
jmh_opts=(-f 3 -wi 3 -w 1s -i 5 -r 1s)
if [ "${1:-}" = "--quick" ]; then
  mode=quick
  jmh_opts=(-f 1 -wi 2 -w 500ms -i 3 -r 1s)
  shift
fi

jdk=$(ffmbind_find_jdk)
if [ -z "$jdk" ]; then
  echo "run.sh: no JDK 25 or newer found in JAVA_HOME, JAVA*_HOME or /usr/lib/jvm" >&2
  exit 1
fi
command -v gcc >/dev/null || { echo "run.sh: gcc is needed to build the C libraries" >&2; exit 1; }

target=${BENCH_TARGET:-target-bench}
native=$PWD/benchmarks/$target/native
results=$PWD/benchmarks/$target/results
jar=$PWD/benchmarks/$target/benchmarks.jar

reactor=(-pl benchmarks -am)
[ "${BENCH_SKIP_AM:-0}" = 1 ] && reactor=(-pl benchmarks)
echo "run.sh: building (mvn ${reactor[*]} package, into $target/) ..." >&2
mvn -B -q -Dffmbind.target="$target" -Dbench.jni.jdk="$jdk" -DskipTests "${reactor[@]}" package

mkdir -p "$results"
jvm_flags=(
  --enable-native-access=ALL-UNNAMED
  --sun-misc-unsafe-memory-access=allow
  "-Dffmbind.library.path=$native"
  "-Djna.library.path=$native"
)
echo "run.sh: running the $mode suite on $("$jdk/bin/java" -version 2>&1 | head -1) ..." >&2
# JMH's forks inherit these JVM flags from this JVM.
"$jdk/bin/java" "${jvm_flags[@]}" -jar "$jar" "${jmh_opts[@]}" -prof gc \
  -rf json -rff "$results/results.json" "$@" | tee "$results/jmh.log"

# A copy outside target*/ (which `mvn clean` wipes), small enough to commit, so the report can be
# regenerated later: benchmarks/results/<mode>.{json,csv}, only for a run of the whole suite.
keep=$PWD/benchmarks/results
if [ $# -eq 0 ]; then
  mkdir -p "$keep"
  if command -v python3 >/dev/null; then
    # Only what the report reads: drop histograms and all secondary metrics but the allocation.
    python3 - "$results/results.json" "$keep/$mode.json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
for r in runs:
    r["secondaryMetrics"] = {k: v for k, v in r.get("secondaryMetrics", {}).items() if k == "gc.alloc.rate.norm"}
    for m in [r["primaryMetric"], *r["secondaryMetrics"].values()]:
        m.pop("rawDataHistogram", None)
json.dump(runs, open(sys.argv[2], "w"), separators=(",", ":"))
PY
  else
    cp "$results/results.json" "$keep/$mode.json"
  fi
fi

"$jdk/bin/java" -cp "$jar" dev.ffmbind.bench.report.PerformanceReport \
  --json "$results/results.json" --csv "$results/results.csv" \
  --analysis benchmarks/performance-analysis.md --mode "$mode" --out docs/performance.md
if [ $# -eq 0 ]; then
  cp "$results/results.csv" "$keep/$mode.csv"
fi
