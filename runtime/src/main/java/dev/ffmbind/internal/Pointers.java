package dev.ffmbind.internal;

import java.lang.foreign.MemorySegment;

/**
 * Turns a pointer C returned into a position within the argument it points into. The argument was
 * copied into per-call scratch memory that is gone once the call returns, so generated code returns
 * the position instead of the pointer; a pointer anywhere else is refused rather than handed out as
 * a wild value.
 */
public final class Pointers {

  private Pointers() {}

  /**
   * The element index (or, with {@code elementBytes} 1, the byte offset) of {@code pointer} within
   * {@code argument}; -1 for {@code NULL}.
   *
   * @param pointer what C returned
   * @param argument the native memory passed for the argument during the call
   * @param elementBytes the size of one element of the argument, 1 for a byte offset
   * @param function the C function, for the message
   * @param parameter the argument's name, for the message
   * @throws IllegalStateException {@code <function> returned a pointer outside its argument
   *     '<parameter>' ...} when the pointer is neither {@code NULL} nor at an element of the
   *     argument
   */
  public static long position(
      MemorySegment pointer,
      MemorySegment argument,
      long elementBytes,
      String function,
      String parameter) {
    long address = pointer.address();
    if (address == 0) {
      return -1;
    }
    long offset = address - argument.address();
    if (offset < 0 || offset >= argument.byteSize()) {
      throw new IllegalStateException(
          function
              + " returned a pointer outside its argument '"
              + parameter
              + "': 0x"
              + Long.toHexString(address)
              + " is not within the "
              + argument.byteSize()
              + " bytes at 0x"
              + Long.toHexString(argument.address()));
    }
    if (offset % elementBytes != 0) {
      throw new IllegalStateException(
          function
              + " returned a pointer into its argument '"
              + parameter
              + "' that is not at an element: byte offset "
              + offset
              + " with elements of "
              + elementBytes
              + " bytes");
    }
    return offset / elementBytes;
  }
}
