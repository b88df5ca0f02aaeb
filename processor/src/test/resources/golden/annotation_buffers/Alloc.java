package golden.annotation_buffers;

import dev.ffmbind.NativeBuffer;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.ReturnSize;
import dev.ffmbind.annotation.WithLength;

/** The annotation front end: an owned NativeBuffer, a string passed with its length. */
@NativeLibrary("c")
public interface Alloc {
  @Owned @ReturnSize("n") @Errors(ErrorConvention.NULL_ERRNO) @CType("void*")
  NativeBuffer malloc(@CType("size_t") long n);

  @CType("size_t") long strnlen(@WithLength("size_t") String s);
}
