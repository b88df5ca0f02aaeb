package dev.ffmbind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Function;

/**
 * Struct pointers that C passes to a callback, for generated stubs: either a copy, or memory the
 * callback may use only until it returns (its segment belongs to an arena the stub closes then, so
 * a later use throws {@link IllegalStateException} instead of touching memory C may have freed).
 * Not API: used only by code ffmbind generates.
 */
public final class UpcallStructs {

  private UpcallStructs() {}

  /**
   * The {@code size} bytes at {@code pointer}, valid until {@code scope} closes; {@code null} for
   * {@code NULL}.
   */
  @SuppressWarnings("restricted")
  public static MemorySegment scoped(MemorySegment pointer, long size, Arena scope) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    return pointer.reinterpret(size, scope, null);
  }

  /**
   * A view over the {@code size} bytes at {@code pointer}, valid until {@code scope} closes; {@code
   * null} for {@code NULL}.
   */
  public static <V> V view(
      MemorySegment pointer, long size, Arena scope, Function<MemorySegment, V> of) {
    MemorySegment memory = scoped(pointer, size, scope);
    return memory == null ? null : of.apply(memory);
  }

  /** A copy of the struct at {@code pointer}; {@code null} for {@code NULL}. */
  @SuppressWarnings("restricted")
  public static <T> T read(MemorySegment pointer, long size, Function<MemorySegment, T> read) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    return read.apply(pointer.reinterpret(size));
  }

  /** A copy of a struct C passed by value, valid until {@code scope} closes. */
  public static MemorySegment copy(MemorySegment value, Arena scope) {
    return scope.allocate(value.byteSize(), 16).copyFrom(value);
  }
}
