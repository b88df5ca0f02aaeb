package dev.ffmbind.it.annotated;

import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/** A nested {@code @NativeLibrary} interface: the processor generates {@code Outer_Inner_Ffm}. */
public final class Outer {

  private Outer() {}

  @NativeLibrary("ffmbindtest")
  public interface Inner {
    @Symbol("tl_add_int")
    int add(int a, int b);
  }
}
