package golden.annotation_errno;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.RetryOnEintr;
import dev.ffmbind.annotation.WithLength;

/** The annotation front end: errno conventions, EINTR retry and an out array with its length. */
@NativeLibrary("c")
public interface Posix {
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int open(String path, int flags);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO) @RetryOnEintr @CType("ssize_t")
  long read(int fd, @Out @WithLength(value = "size_t", name = "count") byte[] buf);
}
