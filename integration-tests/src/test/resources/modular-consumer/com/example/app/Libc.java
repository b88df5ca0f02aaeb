package com.example.app;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;

/** A few C library functions; the processor generates {@code Libc_Ffm} next to it. */
@NativeLibrary("c")
public interface Libc {

  int getpid();

  @CType("size_t")
  long strlen(String s);

  @CType("char*")
  String strerror(int errnum);
}
