package dev.ffmbind.bench.vthreads;

import dev.ffmbind.annotation.Blocking;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/** {@code libc-blocking.yaml}'s blocking functions through the annotation front end. */
@NativeLibrary("c")
public interface BlockingLibc {

  @Symbol("usleep")
  @Blocking
  int usleepBlocking(@CType("unsigned int") long usec);

  @Symbol("abs")
  @Blocking
  int absBlocking(int x);
}
