package golden.annotation_callbacks_library_calls;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** Borrowed during a callback: C's fn_context. */
@Opaque("fn_context")
public final class Context extends NativeHandle {
  Context(MemorySegment address) {
    super(address);
  }
}
