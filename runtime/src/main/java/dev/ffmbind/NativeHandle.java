package dev.ffmbind;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The base of generated handle classes: a typed wrapper around a C pointer to an opaque type
 * ({@code sqlite3*}, {@code FILE*}). A C {@code NULL} is never a handle: bindings represent it
 * by Java {@code null}, so every handle holds a real address.
 *
 * <p>Two handles are equal when they have the same class and the same address.
 */
public abstract class NativeHandle {

  private final MemorySegment segment;

  /**
   * @param address the C pointer
   * @throws IllegalArgumentException if {@code address} is {@code null} or {@code NULL}
   */
  protected NativeHandle(MemorySegment address) {
    if (address == null || address.address() == 0) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": a handle cannot wrap a NULL pointer (NULL is represented by Java null)");
    }
    this.segment = address;
  }

  /** @return the pointer, as given to the constructor */
  public final MemorySegment segment() {
    return segment;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((NativeHandle) other).segment.address() == segment.address();
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass(), segment.address());
  }

  /** @return {@code SimpleClassName@0x<hex address>} */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "@0x" + Long.toHexString(segment.address());
  }
}
