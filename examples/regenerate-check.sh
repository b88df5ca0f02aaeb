#!/usr/bin/env bash
# Run by this module's pom after maven-invoker-plugin built examples/consumer. Checks, on a fresh
# copy of the consumer and with the same Maven, JDK, settings and local repository:
#  1. the invoker's build ran the consumer's tests, on the JDK given for Maven;
#  2. editing only the YAML spec regenerates its class in an incremental build (no clean, no Java
#     file touched), and a build with no edit recompiles nothing;
#  3. a mistake in the spec fails the build, reported at the spec's path:line:col.
# Arguments: the consumer project, the JDK Maven runs on, the settings file, the local repository,
# the invoker's clone of the consumer (for its build.log), a work folder.
set -euo pipefail
project=$1 jdk=$2 settings=$3 repo=$4 built=$5 work=$6

fail() { echo "regenerate-check: FAILED: $*" >&2; exit 1; }

report=$built/target/surefire-reports/TEST-com.example.libc.LibcTest.xml
[ -f "$report" ] || fail "the consumer's tests did not run ($report is missing)"
grep -q 'tests="2"' "$report" && grep -q 'failures="0"' "$report" && grep -q 'errors="0"' "$report" \
  || fail "the consumer's tests did not all pass: $report"
maven_java=$(sed -n 's/^Java version: \([0-9.]*\).*/\1/p' "$built/build.log" | head -1)
[ -n "$maven_java" ] || fail "no 'Java version' line in $built/build.log"
expected=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\)".*/\1/p' "$jdk/release")
[ "$maven_java" = "$expected" ] || fail "the consumer's Maven ran on Java $maven_java, not $expected"
echo "regenerate-check: the consumer built and passed its tests with Maven on Java $maven_java"

rm -rf "$work"
mkdir -p "$work"
cp -R "$project/." "$work/"
rm -rf "$work/target"
cd "$work"
spec=src/main/resources/com/example/libc/libc.yaml
generated=target/generated-sources/annotations/com/example/libc/Libc.java
compiled=target/classes/com/example/libc/Libc.class

build() {
  # -o: the invoker's run has put everything the consumer needs into $repo.
  JAVA_HOME=$jdk MAVEN_OPTS="-Djansi.noreset=true -Dstyle.color=never" \
    mvn -B -o -s "$settings" "-Dmaven.repo.local=$repo" -Daether.offline.protocols=file \
    compile >build.log 2>&1 || { cat build.log >&2; fail "mvn compile failed"; }
}

build
grep -q 'public long strlen(' "$generated" || fail "first build: no strlen in $generated"

stamp=$(stat -c %y "$compiled")
build
grep -q 'Nothing to compile' build.log || fail "a build without edits recompiled: $(grep -i compil build.log)"
[ "$(stat -c %y "$compiled")" = "$stamp" ] \
  || fail "a build without edits rewrote $compiled"

sleep 1 # file times of a fast edit could otherwise equal the classes' times
sed -i 's/name: strlen$/name: length/' "$spec"
grep -q 'name: length$' "$spec" || fail "could not edit $spec"
build
grep -q 'Recompiling the module' build.log || fail "editing the spec did not recompile"
grep -q 'public long length(' "$generated" || fail "editing the spec did not regenerate $generated"
! grep -q 'public long strlen(' "$generated" || fail "$generated still has strlen"

stamp=$(stat -c %y "$compiled")
build
grep -q 'Nothing to compile' build.log || fail "a second build after the edit recompiled"
[ "$(stat -c %y "$compiled")" = "$stamp" ] \
  || fail "a second build after the edit rewrote $compiled"
echo "regenerate-check: editing only the spec regenerated Libc; builds without edits compiled nothing"

# 3. A mistake in the spec fails the build with the spec's own path, line and column first on
#    Maven's line, where consoles link it.
sed -i 's/    c_symbol: open$/    c_symbl: open/' "$spec"
grep -q 'c_symbl: open' "$spec" || fail "could not edit $spec"
line=$(grep -n 'c_symbl: open' "$spec" | cut -d: -f1)
if JAVA_HOME=$jdk MAVEN_OPTS="-Djansi.noreset=true -Dstyle.color=never" \
    mvn -B -o -s "$settings" "-Dmaven.repo.local=$repo" -Daether.offline.protocols=file \
    compile >build.log 2>&1; then
  fail "a spec with an unknown key compiled"
fi
# Forked javac (a toolchain) prints "error: " before the message; in-process javac does not.
expected="$PWD/$spec:$line:5: [ffmbind.yaml.unknown-key] unknown key 'c_symbl'"
grep -F "$expected" build.log | grep -qE '^\[ERROR\] (error: )?/' \
  || { grep ERROR build.log >&2; fail "no [ERROR] line with: $expected"; }
echo "regenerate-check: a spec error is reported as: $(grep -F "$expected" build.log | head -1)"
