package golden.annotation_arrays;

import dev.ffmbind.annotation.BoundedBy;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Critical;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Out;
import java.nio.ByteBuffer;

/** The annotation front end: a critical call on a heap array, a ByteBuffer C writes. */
@NativeLibrary("c")
public interface Memory {
  // memset returns dst, passed in place by a critical call: the result is dropped.
  @Critical void memset(@CType("void*") @Out byte[] dst, int c,
      @CType("size_t") @BoundedBy("dst") long n);

  @CType("char*") String strncpy(@CType("char*") @Out ByteBuffer dst, @Nullable String src,
      @CType("size_t") @BoundedBy("dst") long n);
}
