package dev.ffmbind.bench;

import dev.ffmbind.bench.yaml.BenchCallbacks;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Invoking a callback set on a handle ({@code lifetime: handle}): C's {@code bench_cbh_run} calls
 * it {@value #CALLS} times per operation, so the score is per callback invocation (plus 1/{@value
 * #CALLS} of a downcall). ffmbind's stub resolves the user-data handle to the handle's callback;
 * the hand-written baseline is a cached upcall stub of a static method (best practice), with no
 * dispatch at all; the naive one creates an upcall stub per operation (in a confined arena, closed
 * after it), as code that does not cache stubs does. Each returns the sum 0 + 1 + ... + 99.
 */
@State(Scope.Thread)
@SuppressWarnings("restricted") // the JVM runs with --enable-native-access=ALL-UNNAMED
public class HandleCallbackBench extends BenchDefaults {

  /** Callback invocations per operation. */
  public static final int CALLS = 100;

  private static final BenchCallbacks LIB = BenchCallbacks.load();

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup BENCH =
      SymbolLookup.libraryLookup(NativeDir.get().resolve("libbench.so"), Arena.global());
  private static final MethodHandle NEW =
      link("bench_cbh_new", FunctionDescriptor.of(ValueLayout.ADDRESS));
  private static final MethodHandle SET =
      link(
          "bench_cbh_set",
          FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
  private static final MethodHandle RUN =
      link(
          "bench_cbh_run",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
  private static final MethodHandle FREE =
      link("bench_cbh_free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
  private static final FunctionDescriptor TICK_DESCRIPTOR =
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT);
  private static final MethodHandle TICK;
  private static final MemorySegment HAND_STUB;

  static {
    try {
      TICK =
          MethodHandles.lookup()
              .findStatic(
                  HandleCallbackBench.class,
                  "handTick",
                  MethodType.methodType(int.class, MemorySegment.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    HAND_STUB = LINKER.upcallStub(TICK, TICK_DESCRIPTOR, Arena.global());
  }

  private static MethodHandle link(String name, FunctionDescriptor descriptor) {
    return LINKER.downcallHandle(BENCH.findOrThrow(name), descriptor);
  }

  private static int handTick(MemorySegment data, int i) {
    return i;
  }

  private BenchCallbacks.CallbackHandle handle;
  private MemorySegment handHandle;

  @Setup(Level.Trial)
  public void setUp() throws Throwable {
    handle = LIB.newHandle();
    LIB.set(handle, (data, i) -> i, null);
    handHandle = (MemorySegment) NEW.invokeExact();
    SET.invokeExact(handHandle, HAND_STUB, MemorySegment.NULL);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Throwable {
    handle.close();
    FREE.invokeExact(handHandle);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int ffmbindYaml() {
    return LIB.run(handle, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int ffmHand() throws Throwable {
    return (int) RUN.invokeExact(handHandle, CALLS);
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int ffmNaive() throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment stub = LINKER.upcallStub(TICK, TICK_DESCRIPTOR, arena);
      SET.invokeExact(handHandle, stub, MemorySegment.NULL);
      int sum = (int) RUN.invokeExact(handHandle, CALLS);
      SET.invokeExact(handHandle, HAND_STUB, MemorySegment.NULL);
      return sum;
    }
  }
}
