# Shell helpers shared by test.sh, demo.sh (through test.sh) and benchmarks/run.sh.
# Source it; it defines functions only.

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

ffmbind_plain_maven() {
  # When the output is not a terminal (CI, a log file, a pipe), makes Maven print plain text.
  # -B alone leaves colour escapes behind: Maven 3.8's console library (Jansi) writes a reset
  # sequence when it starts and stops, which jansi.noreset turns off; style.color=never covers
  # Maven's own styling. On a terminal nothing changes.
  if [ ! -t 1 ] || [ ! -t 2 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true -Dstyle.color=never"
  fi
}
