package dev.ffmbind.it.ownership;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A user-written handle class whose C type has a destructor. */
@Opaque(value = "counter", destructor = "tl_counter_free")
public final class AnnotatedCounter extends NativeHandle {
  AnnotatedCounter(MemorySegment address) {
    super(address);
  }

  AnnotatedCounter(MemorySegment address, Destructor destructor) {
    super(address, destructor);
  }
}
