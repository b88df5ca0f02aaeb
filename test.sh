#!/usr/bin/env bash
# The test command: builds ffmbind and runs every test with `mvn -B verify` — unit tests, the
# integration tests against a real C library (compiled with gcc during the build) and the
# examples against libc, zlib and SQLite, and the format check. Extra arguments go to Maven, e.g.
#   ./test.sh -pl integration-tests -am
# First checks the prerequisites: gcc, zlib (libz.so.1), SQLite (libsqlite3.so.0), Maven and a
# JDK >= 25, and for the ABI check and header import the zlib, SQLite, bzip2 and uuid headers and
# clang. As root with apt-get, missing Debian packages are installed; otherwise each missing
# thing is named in one line. `./test.sh --check-prereqs` only checks (demo.sh uses it).
set -euo pipefail
cd "$(dirname "$0")"

. scripts/lib.sh

# clang under any of the names Debian gives it (header import finds it the same way).
ffmbind_find_clang() {
  local c
  for c in "${CLANG:-}" clang clang-{25..11}; do
    if [ -n "$c" ] && command -v "$c" >/dev/null 2>&1; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

ffmbind_check_prereqs() {
  local missing_pkgs=() problems=()
  command -v gcc >/dev/null 2>&1 || missing_pkgs+=(gcc)
  ldconfig -p 2>/dev/null | grep -q 'libz\.so\.1 ' || missing_pkgs+=(zlib1g)
  ldconfig -p 2>/dev/null | grep -q 'libsqlite3\.so\.0 ' || missing_pkgs+=(libsqlite3-0)
  command -v mvn >/dev/null 2>&1 || missing_pkgs+=(maven)
  # The ABI check compiles the example specs against their headers; header import reads headers
  # with clang (its tests import zlib.h, bzlib.h, sqlite3.h and uuid/uuid.h).
  [ -f /usr/include/zlib.h ] || missing_pkgs+=(zlib1g-dev)
  [ -f /usr/include/sqlite3.h ] || missing_pkgs+=(libsqlite3-dev)
  [ -f /usr/include/bzlib.h ] || missing_pkgs+=(libbz2-dev)
  [ -f /usr/include/uuid/uuid.h ] || missing_pkgs+=(uuid-dev)
  ffmbind_find_clang >/dev/null 2>&1 || missing_pkgs+=(clang)

  if [ ${#missing_pkgs[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "ffmbind: installing missing Debian packages: ${missing_pkgs[*]}" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_pkgs[@]}" >&2 \
        || problems+=("could not install ${missing_pkgs[*]} with apt-get")
    else
      problems+=("missing: ${missing_pkgs[*]} (Debian/Ubuntu: sudo apt-get install ${missing_pkgs[*]})")
    fi
  fi

  if [ -z "$(ffmbind_find_jdk)" ]; then
    problems+=("no JDK 25 or newer found in JAVA_HOME or /usr/lib/jvm: install one (e.g. Temurin 25) or set JAVA25_HOME to it")
  fi

  if [ ${#problems[@]} -gt 0 ]; then
    local p
    for p in "${problems[@]}"; do
      echo "ffmbind: $p" >&2
    done
    return 1
  fi
}

ffmbind_check_prereqs
if [ "${1:-}" = "--check-prereqs" ]; then
  exit 0
fi
# Maven itself runs on the JDK 25 too (javac, Surefire and exec get it through toolchains either
# way): the format check (google-java-format, root pom profile `format`) must parse Java 25.
JAVA_HOME="$(ffmbind_find_jdk)"
export JAVA_HOME
# Maven 3.8's own Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every run.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
ffmbind_plain_maven
exec mvn -B verify "$@"
