#!/usr/bin/env bash
# Builds the C libraries (and the one helper program) that the integration tests call, into the
# directory given as the only argument. integration-tests/pom.xml runs it at generate-resources
# on every build; gcc takes well under a second for all of them. By hand:
#   bash integration-tests/src/main/c/build.sh integration-tests/target/native
set -euo pipefail
out=$1
src=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"

# lib NAME SOURCE [GCC FLAGS...]: builds lib$NAME.so from $SOURCE with warnings as errors.
lib() {
  local name=$1 source=$2
  shift 2
  gcc -shared -fPIC -O2 -Wall -Werror "$@" -o "$out/lib$name.so" "$src/$source"
}

lib ffmbindtest ffmbindtest.c -fvisibility=default
lib ffmbindcb callbacks.c -pthread
lib ffmbindsafety safety.c -pthread
lib ffmbinddata datamodel.c
lib ffmbindpred predicate.c
lib ffmbindfixed fixedarrays.c
lib ffmbindptr ptrptr.c
lib ffmbindva variadic.c
lib ffmbindstructs structs.c
lib ffmbindshapes cbshapes.c -pthread
# Safety tests (docs/safety.md): a library with versioned symbols, a library that replaces the
# JVM's SIGSEGV handler, one that replaces SIGQUIT (warn-mode test), and a separate process that
# shares memory with the JVM.
lib ffmbindver safety_ver.c "-Wl,--version-script=$src/safety_ver.map"
lib ffmbindsegv safety_segv.c
lib ffmbindsigquit safety_segv.c -DTAKE_OVER=SIGQUIT
gcc -O2 -Wall -Werror -o "$out/ffmbind-peer" "$src/safety_peer.c"
# Crash isolation (docs/isolation.md): a library that crashes, hangs and breaks sandboxes.
lib ffmbindiso isolation.c
# Blocking calls from virtual threads (docs/virtual-threads.md).
lib ffmbindblock blocking.c
