package golden.annotation_callbacks_library_calls;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** Borrowed during a callback: C's fn_value. */
@Opaque("fn_value")
public final class Value extends NativeHandle {
  Value(MemorySegment address) {
    super(address);
  }
}
