package dev.ffmbind.bench.annotated;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A {@code bench_counter*} for {@link BenchLib}. */
@Opaque("bench_counter")
public final class Counter extends NativeHandle {

  Counter(MemorySegment address) {
    super(address);
  }
}
