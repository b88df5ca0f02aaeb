package dev.ffmbind.bench.ffm;

import dev.ffmbind.bench.NativeDir;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * The downcall handles hand-written FFM code uses, linked once into {@code static final} fields so
 * the JIT treats them as constants and inlines through {@code invokeExact}. Shared by {@link
 * HandFfm} and {@link NaiveFfm}: the two differ only in how they manage per-call memory.
 */
@SuppressWarnings("restricted") // the JVM runs with --enable-native-access=ALL-UNNAMED
public final class FfmHandles {

  private static final Linker LINKER = Linker.nativeLinker();

  private static final SymbolLookup BENCH =
      SymbolLookup.libraryLookup(NativeDir.get().resolve("libbench.so"), Arena.global());

  /** {@code int bench_add(int, int)}. */
  public static final MethodHandle ADD =
      link(
          "bench_add",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

  /** {@code bench_add} linked as a critical function (no thread-state transition). */
  public static final MethodHandle ADD_CRITICAL =
      link(
          "bench_add",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
          Linker.Option.critical(false));

  /** {@code size_t bench_strlen(const char*)}. */
  public static final MethodHandle STRLEN =
      link("bench_strlen", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));

  /** {@code char* bench_strdup(const char*)}. */
  public static final MethodHandle STRDUP =
      link("bench_strdup", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));

  /** {@code void bench_free(void*)}. */
  public static final MethodHandle FREE =
      link("bench_free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  private static final FunctionDescriptor SUM_DESCRIPTOR =
      FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);

  /** {@code uint64_t bench_sum(const uint8_t*, size_t)}. */
  public static final MethodHandle SUM = link("bench_sum", SUM_DESCRIPTOR);

  /** {@code bench_sum} with heap access: a heap segment over a {@code byte[]} goes in place. */
  public static final MethodHandle SUM_CRITICAL =
      link("bench_sum", SUM_DESCRIPTOR, Linker.Option.critical(true));

  /** {@code void bench_out(int*)}. */
  public static final MethodHandle OUT =
      link("bench_out", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  /** {@code struct bench_pair {int id; double value;}}: 4 bytes of padding after {@code id}. */
  public static final StructLayout PAIR_LAYOUT =
      MemoryLayout.structLayout(
          ValueLayout.JAVA_INT.withName("id"),
          MemoryLayout.paddingLayout(4),
          ValueLayout.JAVA_DOUBLE.withName("value"));

  /** {@code struct bench_pair bench_pair_make(int, double)}: a struct returned by value. */
  public static final MethodHandle PAIR_MAKE =
      link(
          "bench_pair_make",
          FunctionDescriptor.of(PAIR_LAYOUT, ValueLayout.JAVA_INT, ValueLayout.JAVA_DOUBLE));

  /** {@code struct bench_tv {long tv_sec; long tv_usec;}}. */
  public static final StructLayout TV_LAYOUT =
      MemoryLayout.structLayout(
          ValueLayout.JAVA_LONG.withName("tv_sec"), ValueLayout.JAVA_LONG.withName("tv_usec"));

  /** {@code int bench_fill_tv(struct bench_tv*)}. */
  public static final MethodHandle FILL_TV =
      link("bench_fill_tv", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

  /** {@code int bench_sum_va(int n, ...)} linked for three variadic ints. */
  public static final MethodHandle SUM_VA3 =
      link(
          "bench_sum_va",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT),
          Linker.Option.firstVariadicArg(1));

  /** The layout of the errno capture segment. */
  public static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();

  /** Reads errno from a capture segment: {@code (int) ERRNO.get(segment, 0L)}. */
  public static final VarHandle ERRNO =
      CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

  /** {@code int bench_errno(int)}, capturing errno; the capture segment is the first argument. */
  public static final MethodHandle ERRNO_CALL =
      link(
          "bench_errno",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
          Linker.Option.captureCallState("errno"));

  /** {@code bench_counter* bench_counter_new(void)}. */
  public static final MethodHandle COUNTER_NEW =
      link("bench_counter_new", FunctionDescriptor.of(ValueLayout.ADDRESS));

  /** {@code int bench_counter_step(bench_counter*)}. */
  public static final MethodHandle COUNTER_STEP =
      link("bench_counter_step", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

  /** {@code void bench_counter_free(bench_counter*)}. */
  public static final MethodHandle COUNTER_FREE =
      link("bench_counter_free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

  /**
   * The C library's {@code void qsort(void*, size_t, size_t, int (*)(const void*, const void*))}.
   */
  public static final MethodHandle QSORT =
      LINKER.downcallHandle(
          LINKER.defaultLookup().findOrThrow("qsort"),
          FunctionDescriptor.ofVoid(
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_LONG,
              ValueLayout.JAVA_LONG,
              ValueLayout.ADDRESS));

  /** The comparator's C signature: both pointers carry an {@code int} target layout. */
  public static final FunctionDescriptor COMPARE_DESCRIPTOR =
      FunctionDescriptor.of(
          ValueLayout.JAVA_INT,
          ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT),
          ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT));

  /** {@link #compareInts} as a method handle, for upcall stubs. */
  public static final MethodHandle COMPARE;

  /** The cached upcall stub (best practice: create once, reuse for every call). */
  public static final MemorySegment CACHED_COMPARATOR;

  static {
    try {
      COMPARE =
          MethodHandles.lookup()
              .findStatic(
                  FfmHandles.class,
                  "compareInts",
                  MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    CACHED_COMPARATOR = LINKER.upcallStub(COMPARE, COMPARE_DESCRIPTOR, Arena.global());
  }

  private FfmHandles() {}

  /**
   * The qsort comparator: compares the two {@code int}s the pointers point to.
   *
   * @param a pointer to the first int (a segment of 4 bytes, from the target layout)
   * @param b pointer to the second int
   * @return negative, zero or positive as {@code *a} is less than, equal to or greater than {@code
   *     *b}
   */
  public static int compareInts(MemorySegment a, MemorySegment b) {
    return Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));
  }

  private static MethodHandle link(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return LINKER.downcallHandle(BENCH.findOrThrow(name), descriptor, options);
  }
}
