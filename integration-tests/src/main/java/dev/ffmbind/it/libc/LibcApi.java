package dev.ffmbind.it.libc;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;

/** The annotation front end for the C library: generates {@code LibcApi_Ffm}. */
@NativeLibrary("c")
public interface LibcApi {

  int getpid();

  @CType("size_t")
  long strlen(String s);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int open(String path, int flags);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int close(int fd);

  @CType("char*")
  String strerror(int errnum);
}
