package com.example.libc;

import dev.ffmbind.annotation.*;

@NativeLibrary("c")
public interface LibcApi {

  int getpid();

  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int open(String path, int flags);

  @CType("size_t")
  long strlen(String s);
}
