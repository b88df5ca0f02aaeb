package dev.ffmbind.it.annotated;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A user-written handle class for the C type {@code counter}. */
@Opaque("counter")
public final class Counter extends NativeHandle {

  Counter(MemorySegment address) {
    super(address);
  }
}
