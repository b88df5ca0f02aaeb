package golden.annotation_arrays;

import dev.ffmbind.annotation.BoundedBy;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Critical;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Out;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/** The annotation front end: a critical call on a heap array, a ByteBuffer C writes. */
@NativeLibrary("c")
public interface Memory {
  @Critical @CType("void*") MemorySegment memset(@CType("void*") @Out byte[] dst, int c,
      @CType("size_t") @BoundedBy("dst") long n);

  @CType("char*") String strncpy(@CType("char*") @Out ByteBuffer dst, @Nullable String src,
      @CType("size_t") @BoundedBy("dst") long n);
}
