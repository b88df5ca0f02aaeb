package golden.annotation_blocking;

import dev.ffmbind.annotation.Blocking;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.WithLength;

/** The annotation front end: blocking functions hand off from virtual threads. */
@NativeLibrary("c")
public interface Waits {
  @Errors(ErrorConvention.MINUS_ONE_ERRNO) @Blocking
  int usleep(@CType("unsigned int") int usec);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO) @Blocking @CType("ssize_t")
  long read(int fd, @Out @WithLength(value = "size_t", name = "count") byte[] buf);

  int getpid();
}
