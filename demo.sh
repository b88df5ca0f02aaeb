#!/usr/bin/env bash
# Builds what the demo needs and runs it: SQLite, zlib and libc through YAML bindings
# (dsl-examples/src/main/resources/dev/ffmbind/examples/*.yaml, Demo.java).
# Checks prerequisites like test.sh. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
./test.sh --check-prereqs
. scripts/lib.sh
ffmbind_plain_maven
# One reactor build, nothing installed to ~/.m2: runtime and processor are packaged, then the
# `demo` profile runs dev.ffmbind.examples.Demo with the JDK 25 toolchain's java at the end of
# dsl-examples' package phase. (After `mvn install`, `mvn -pl dsl-examples validate exec:exec`
# runs it too.)
exec mvn -B -q -pl dsl-examples -am -DskipTests -Pdemo package "$@"
