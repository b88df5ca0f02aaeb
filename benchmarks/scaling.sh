#!/usr/bin/env bash
# Measures how ffmbind scales to a large binding: javac time with and without the processor, the
# processor's own time, and load() + first-call latency. Plain bash + JDK 25 + gcc.
#
#   benchmarks/scaling.sh                 # 1 000 functions, 3 javac runs and 5 JVM runs per cell
#   benchmarks/scaling.sh 2000            # another size
#   RUNS=5 JVM_RUNS=5 benchmarks/scaling.sh
#   FRONT_ENDS=ann benchmarks/scaling.sh  # only the annotated interface (or: yaml)
#
# Generates, under benchmarks/target-scaling/ (SCALING_DIR overrides), a C library of N functions
# in a mix of eight shapes (two-int scalar, double/long scalar, const char* in, minus-one errno,
# int* out-parameter, byte[] + length, an opaque handle, a status code), plus a constructor of the
# handle, and the same functions bound twice: an annotated interface (Mix.java + Thing.java) and a
# YAML spec (mix.yaml + package-info.java). For each front end it measures
#   user        javac of the user sources alone (-proc:none)
#   processor   javac of the user sources with the processor (what a build pays)
#   generated   javac of the generated sources alone (-proc:none, user classes on the class path)
#   own         the processor's own time, from its -Affmbind.timing=true note: the CPU time of
#               the javac process while the processor ran (JIT and GC included), and wall time
# and, in fresh JVMs, class initialization + load(), the first call (links part 0 of the handles),
# the first call into another part, and a second function of an already linked part. Each cell is
# the median of the runs; javac cells give CPU time (user + sys of the process and its children,
# steadier on a shared machine) and wall time. javac runs with -Xlint:all -Werror, as in a build.
#
# Uses runtime/target and processor/target jars (built with Maven if missing; JARS_REBUILD=1
# rebuilds them; RT_JAR and PROC_JAR name other jars, e.g. saved ones to compare two versions). Results: $SCALING_DIR/results.md (also printed).
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh

N=${1:-1000}
RUNS=${RUNS:-3}
JVM_RUNS=${JVM_RUNS:-5}
read -r -a front_ends <<<"${FRONT_ENDS:-ann yaml}"
dir=${SCALING_DIR:-$PWD/benchmarks/target-scaling}
jdk=$(ffmbind_find_jdk)
if [ -z "$jdk" ]; then
  echo "scaling.sh: no JDK 25 or newer found" >&2
  exit 1
fi
command -v gcc >/dev/null || { echo "scaling.sh: gcc is needed" >&2; exit 1; }

rt=${RT_JAR:-}
proc=${PROC_JAR:-}
[ -n "$rt" ] || rt=$(ls runtime/target/ffmbind-runtime-*-SNAPSHOT.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
[ -n "$proc" ] || proc=$(ls processor/target/ffmbind-processor-*-SNAPSHOT.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [ -z "$rt" ] || [ -z "$proc" ] || [ "${JARS_REBUILD:-0}" = 1 ]; then
  echo "scaling.sh: building runtime and processor jars (mvn package -pl processor -am) ..." >&2
  ffmbind_plain_maven
  JAVA_HOME=$jdk MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -o -pl processor -am package -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -Dspotless.check.skip=true >&2
  rt=$(ls runtime/target/ffmbind-runtime-*-SNAPSHOT.jar | grep -v -e sources -e javadoc | head -1)
  proc=$(ls processor/target/ffmbind-processor-*-SNAPSHOT.jar | grep -v -e sources -e javadoc | head -1)
fi
rt=$(realpath "$rt")
proc=$(realpath "$proc")

rm -rf "$dir"
mkdir -p "$dir"/{c,native,ann/src/scaling/ann,yaml/src/scaling/yaml}

# ---- sources ------------------------------------------------------------------------------------

shapes=8
# Shape of function i: i % 8. Java names s<i>, d<i>, ...; C symbols are the same names.
cfile=$dir/c/mix.c
ann=$dir/ann/src/scaling/ann/Mix.java
spec=$dir/yaml/src/scaling/yaml/mix.yaml
{
  echo '#include <errno.h>'
  echo '#include <stdint.h>'
  echo '#include <stdlib.h>'
  echo '#include <string.h>'
  echo 'typedef struct thing { int n; } thing;'
  echo 'thing* thing_new(void) { return calloc(1, sizeof(thing)); }'
} >"$cfile"
cat >"$dir/ann/src/scaling/ann/Thing.java" <<'EOF'
package scaling.ann;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A {@code thing*}: a counter that lives in C. */
@Opaque("thing")
public final class Thing extends NativeHandle {
  Thing(MemorySegment address) {
    super(address);
  }
}
EOF
{
  cat <<'EOF'
package scaling.ann;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.In;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.StatusCode;
import dev.ffmbind.annotation.StatusTable;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UncheckedSize;
import dev.ffmbind.annotation.WithLength;

/** A large binding in a mix of shapes (benchmarks/scaling.sh). */
@NativeLibrary(value = "mix", statusTables = @StatusTable(name = "mix",
    codes = {@StatusCode(name = "MIX_OK", value = 0, success = true),
             @StatusCode(name = "MIX_BAD", value = 1, description = "bad input")}))
public interface Mix {
EOF
} >"$ann"
cat >"$dir/yaml/src/scaling/yaml/package-info.java" <<'EOF'
/** A large binding in a mix of shapes, from mix.yaml (benchmarks/scaling.sh). */
@BindingSpec("mix.yaml")
package scaling.yaml;

import dev.ffmbind.annotation.BindingSpec;
EOF
{
  echo 'library: mix'
  echo 'package: scaling.yaml'
  echo 'class: MixYaml'
  echo 'doc: "A large binding in a mix of shapes (benchmarks/scaling.sh)."'
  echo 'opaque_types:'
  echo '  - {c_name: thing, java_name: Thing, doc: "A counter that lives in C."}'
  echo 'status_tables:'
  echo '  - name: mix'
  echo '    codes:'
  echo '      - {name: MIX_OK, value: 0, success: true}'
  echo '      - {name: MIX_BAD, value: 1, doc: "bad input"}'
  echo 'functions:'
} >"$spec"

for ((i = 0; i < N; i++)); do
  case $((i % shapes)) in
    0)
      echo "int s$i(int a, int b) { return a + b + $i; }" >>"$cfile"
      printf '  /** Adds two ints (function %d). */\n  int s%d(int a, int b);\n\n' $i $i >>"$ann"
      printf '  - name: s%d\n    doc: "Adds two ints (function %d)."\n    params: [{name: a, type: int}, {name: b, type: int}]\n    returns: int\n' $i $i >>"$spec"
      ;;
    1)
      echo "double d$i(double x, long y) { return x + (double) y + $i; }" >>"$cfile"
      printf '  /** Adds a long to a double (function %d). */\n  double d%d(double x, @CType("long") long y);\n\n' $i $i >>"$ann"
      printf '  - name: d%d\n    doc: "Adds a long to a double (function %d)."\n    params: [{name: x, type: double}, {name: y, type: long}]\n    returns: double\n' $i $i >>"$spec"
      ;;
    2)
      echo "size_t str$i(const char* s) { return strlen(s) + $i; }" >>"$cfile"
      printf '  /** The length of a string (function %d). */\n  @CType("size_t")\n  long str%d(String s);\n\n' $i $i >>"$ann"
      printf '  - name: str%d\n    doc: "The length of a string (function %d)."\n    params: [{name: s, type: "const char*"}]\n    returns: size_t\n' $i $i >>"$spec"
      ;;
    3)
      echo "int errno$i(int fail) { if (fail) { errno = EINVAL; return -1; } return $i; }" >>"$cfile"
      printf '  /** Fails with EINVAL when asked to (function %d). */\n  @Errors(ErrorConvention.MINUS_ONE_ERRNO)\n  int errno%d(int fail);\n\n' $i $i >>"$ann"
      printf '  - name: errno%d\n    doc: "Fails with EINVAL when asked to (function %d)."\n    params: [{name: fail, type: int}]\n    returns: int\n    errors: minus-one-errno\n' $i $i >>"$spec"
      ;;
    4)
      echo "void out$i(int x, int* out) { *out = x + $i; }" >>"$cfile"
      printf '  /** Writes a number (function %d). */\n  void out%d(int x, @Out @UncheckedSize int[] out);\n\n' $i $i >>"$ann"
      printf '  - name: out%d\n    doc: "Writes a number (function %d)."\n    params: [{name: x, type: int}, {name: out, type: "int*", direction: out, size: unchecked}]\n    returns: void\n' $i $i >>"$spec"
      ;;
    5)
      echo "uint64_t bytes$i(const uint8_t* buf, size_t len) { uint64_t s = $i; for (size_t k = 0; k < len; k++) s += buf[k]; return s; }" >>"$cfile"
      printf '  /** Sums bytes (function %d). */\n  @CType("uint64_t")\n  long bytes%d(@CType("const uint8_t*") @In @WithLength("size_t") byte[] buf);\n\n' $i $i >>"$ann"
      printf '  - name: bytes%d\n    doc: "Sums bytes (function %d)."\n    params:\n      - {name: buf, type: "const uint8_t*"}\n      - {name: len, type: size_t, length_of: buf}\n    returns: uint64_t\n' $i $i >>"$spec"
      ;;
    6)
      echo "int handle$i(thing* t) { return ++t->n + $i; }" >>"$cfile"
      printf '  /** Steps a thing (function %d). */\n  int handle%d(Thing t);\n\n' $i $i >>"$ann"
      printf '  - name: handle%d\n    doc: "Steps a thing (function %d)."\n    params: [{name: t, type: "thing*"}]\n    returns: int\n' $i $i >>"$spec"
      ;;
    7)
      echo "int status$i(int code) { return code; }" >>"$cfile"
      printf '  /** Returns the status it is given (function %d). */\n  @Errors(value = ErrorConvention.STATUS, table = "mix")\n  int status%d(int code);\n\n' $i $i >>"$ann"
      printf '  - name: status%d\n    doc: "Returns the status it is given (function %d)."\n    params: [{name: code, type: int}]\n    returns: int\n    errors: {status: mix}\n' $i $i >>"$spec"
      ;;
  esac
done
printf '  /** A new thing. */\n  @Symbol("thing_new")\n  Thing thingNew();\n}\n' >>"$ann"
printf '  - name: thingNew\n    c_symbol: thing_new\n    doc: "A new thing."\n    returns: "thing*"\n' >>"$spec"

gcc -O1 -shared -fPIC -o "$dir/native/libmix.so" "$cfile"

# The program that measures load() and first calls: s0 is in part 0; the last scalar function is
# in the last part (another part when N > 256); s8 is a second function of part 0.
last=$(((N - 1) / shapes * shapes))
for fe in "${front_ends[@]}"; do
  cls=Mix_Ffm
  iface=Mix
  [ $fe = yaml ] && cls=MixYaml && iface=MixYaml
  mkdir -p "$dir/$fe/main/scaling/$fe"
  cat >"$dir/$fe/main/scaling/$fe/Main.java" <<EOF
package scaling.$fe;

/** Prints microseconds: class initialization + load(), first call, another part, same part. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    $iface m = $cls.load();
    long t1 = System.nanoTime();
    int a = m.s0(1, 2);
    long t2 = System.nanoTime();
    int b = m.s$last(1, 2);
    long t3 = System.nanoTime();
    int c = m.s8(1, 2);
    long t4 = System.nanoTime();
    if (a != 3 || b != 3 + $last || c != 11) {
      throw new AssertionError(a + " " + b + " " + c);
    }
    System.out.println((t1 - t0) / 1000 + " " + (t2 - t1) / 1000 + " " + (t3 - t2) / 1000 + " "
        + (t4 - t3) / 1000);
  }
}
EOF
done

# ---- measuring ----------------------------------------------------------------------------------

javac=("$jdk/bin/javac" -Xlint:all -Werror -encoding UTF-8)

# Runs a command RUNS times; prints "median-cpu median-wall" in seconds. The command's output goes
# to $dir/last.log (its last run).
measure() {
  local runs=$1
  shift
  local cpus=() walls=() t
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -o "$dir/time.txt" -f '%U %S %e' "$@" >"$dir/last.log" 2>&1 || {
      cat "$dir/last.log" >&2
      echo "scaling.sh: failed: $*" >&2
      exit 1
    }
    read -r u s e < <(tail -1 "$dir/time.txt")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
    walls+=("$e")
  done
  echo "$(median "${cpus[@]}") $(median "${walls[@]}")"
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {printf "%.2f\n", a[int((NR + 1) / 2)]}'
}

results=$dir/results.md
{
  echo "# ffmbind scaling: $N functions (+1 constructor), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$("$jdk/bin/java" -version 2>&1 | head -1); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "javac: median of $RUNS runs, CPU (user + sys) and wall, seconds. Runtime: median of $JVM_RUNS JVMs, ms."
  echo
  echo "| front end | user sources (-proc:none) | with processor | processor's own time | generated alone | with processor / user | generated lines |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >"$results"

for fe in "${front_ends[@]}"; do
  src=$dir/$fe/src
  mapfile -t user < <(find "$src" -name '*.java' | sort)
  rm -rf "$dir/$fe/out-user" && mkdir -p "$dir/$fe/out-user"
  m=$(measure "$RUNS" "${javac[@]}" -proc:none -cp "$rt" -d "$dir/$fe/out-user" "${user[@]}")
  read -r user_cpu user_wall <<<"$m"
  own=() own_cpu=()
  cpus=() walls=()
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "$dir/$fe/out" "$dir/$fe/gen" && mkdir -p "$dir/$fe/out" "$dir/$fe/gen"
    m=$(measure 1 "${javac[@]}" -cp "$rt" --processor-path "$proc" -Affmbind.timing=true \
      -sourcepath "$src" -s "$dir/$fe/gen" -d "$dir/$fe/out" "${user[@]}")
    read -r c w <<<"$m"
    cpus+=("$c")
    walls+=("$w")
    # Note: [ffmbind] processor time: 1234 ms (...; 2345 ms CPU of all javac threads ...
    # (grep finds nothing in the note of an older processor without CPU time: 0.00)
    own+=("$( (grep -o 'processor time: [0-9]* ms' "$dir/last.log" || true) | awk '{s += $3} END {printf "%.2f", s / 1000}')")
    own_cpu+=("$( (grep -o '[0-9]* ms CPU of all javac' "$dir/last.log" || true) | awk '{s += $1} END {printf "%.2f", s / 1000}')")
  done
  proc_cpu=$(median "${cpus[@]}")
  proc_wall=$(median "${walls[@]}")
  own_med="$(median "${own_cpu[@]}") CPU ($(median "${own[@]}") wall)"
  mapfile -t gen < <(find "$dir/$fe/gen" -name '*.java' | sort)
  lines=$(cat "${gen[@]}" | wc -l)
  rm -rf "$dir/$fe/out-gen" && mkdir -p "$dir/$fe/out-gen"
  m=$(measure "$RUNS" "${javac[@]}" -proc:none -cp "$rt:$dir/$fe/out-user" \
    -d "$dir/$fe/out-gen" "${gen[@]}")
  read -r gen_cpu gen_wall <<<"$m"
  ratio=$(awk -v a="$proc_cpu" -v b="$user_cpu" 'BEGIN {printf "%.1f", a / b}')
  echo "| $fe | $user_cpu CPU ($user_wall wall) | $proc_cpu CPU ($proc_wall wall) | $own_med | $gen_cpu CPU ($gen_wall wall) | ${ratio}× | $lines |" >>"$results"

  # The measuring program, against the classes the processor run wrote.
  mkdir -p "$dir/$fe/out-main"
  "${javac[@]}" -proc:none -cp "$rt:$dir/$fe/out" -d "$dir/$fe/out-main" \
    "$dir/$fe/main/scaling/$fe/Main.java"
done

{
  echo
  echo "| front end | class init + load() | first call (links part 0) | first call into another part | second function of part 0 |"
  echo "|---|---:|---:|---:|---:|"
} >>"$results"
for fe in "${front_ends[@]}"; do
  loads=() firsts=() others=() sames=()
  for ((r = 0; r < JVM_RUNS; r++)); do
    m=$("$jdk/bin/java" --enable-native-access=ALL-UNNAMED \
      -Dffmbind.library.path="$dir/native" -cp "$rt:$dir/$fe/out:$dir/$fe/out-main" \
      "scaling.$fe.Main")
    read -r l f o s <<<"$m"
    loads+=("$l")
    firsts+=("$f")
    others+=("$o")
    sames+=("$s")
  done
  ms() { awk -v us="$1" 'BEGIN {printf "%.2f", us / 1000}'; }
  echo "| $fe | $(ms "$(median "${loads[@]}")") | $(ms "$(median "${firsts[@]}")") | $(ms "$(median "${others[@]}")") | $(ms "$(median "${sames[@]}")") |" >>"$results"
done

cat "$results"
