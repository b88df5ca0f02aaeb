#!/usr/bin/env bash
# The test command: builds ffmbind and runs every test with `mvn -B verify` — unit tests, the
# integration tests against a real C library (compiled with gcc during the build) and the
# examples against libc, zlib and SQLite. Extra arguments go to Maven, e.g.
#   ./test.sh -pl integration-tests -am
# First checks the prerequisites: gcc, zlib (libz.so.1), SQLite (libsqlite3.so.0), Maven and a
# JDK >= 25. As root with apt-get, missing Debian packages are installed; otherwise each missing
# thing is named in one line. `./test.sh --check-prereqs` only checks (demo.sh uses it).
set -euo pipefail
cd "$(dirname "$0")"

ffmbind_find_jdk() {
  # Prints the home of an installed JDK >= 25, or nothing. Looks where maven-toolchains-plugin
  # looks: JAVA_HOME, JAVA*_HOME, /usr/lib/jvm and the other usual directories.
  local candidates=() dir version
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  while IFS='=' read -r name value; do
    case "$name" in JAVA*_HOME) candidates+=("$value") ;; esac
  done < <(env)
  for dir in /usr/lib/jvm/* /usr/jdk/* /usr/java/* /opt/java/* "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.m2/jdks/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -f "$dir/release" ] && [ -x "$dir/bin/java" ] || continue
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$dir/release")
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then
      echo "$dir"
      return 0
    fi
  done
  return 0
}

ffmbind_check_prereqs() {
  local missing_pkgs=() problems=()
  command -v gcc >/dev/null 2>&1 || missing_pkgs+=(gcc)
  ldconfig -p 2>/dev/null | grep -q 'libz\.so\.1 ' || missing_pkgs+=(zlib1g)
  ldconfig -p 2>/dev/null | grep -q 'libsqlite3\.so\.0 ' || missing_pkgs+=(libsqlite3-0)
  command -v mvn >/dev/null 2>&1 || missing_pkgs+=(maven)

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
exec mvn -B verify "$@"
