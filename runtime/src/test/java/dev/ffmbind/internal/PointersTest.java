package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** A returned pointer as a position in the argument it points into. */
class PointersTest {

  @Test
  void aPointerIntoTheArgumentIsItsElementIndex() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ints = arena.allocate(40);
      assertEquals(0, Pointers.position(ints, ints, 4, "f", "a"));
      assertEquals(9, Pointers.position(ints.asSlice(36), ints, 4, "f", "a"));
      assertEquals(37, Pointers.position(ints.asSlice(37), ints, 1, "f", "a"));
    }
  }

  @Test
  void nullIsMinusOne() {
    try (Arena arena = Arena.ofConfined()) {
      assertEquals(-1, Pointers.position(MemorySegment.NULL, arena.allocate(8), 4, "f", "a"));
    }
  }

  @Test
  void aPointerElsewhereThrows() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ints = arena.allocate(40);
      IllegalStateException past =
          assertThrows(
              IllegalStateException.class,
              () -> Pointers.position(ints.asSlice(40), ints, 4, "bsearch", "base"));
      assertEquals(
          "bsearch returned a pointer outside its argument 'base': 0x"
              + Long.toHexString(ints.address() + 40)
              + " is not within the 40 bytes at 0x"
              + Long.toHexString(ints.address()),
          past.getMessage());
      assertThrows(
          IllegalStateException.class,
          () -> Pointers.position(MemorySegment.ofAddress(ints.address() - 4), ints, 4, "f", "a"));
      IllegalStateException between =
          assertThrows(
              IllegalStateException.class,
              () -> Pointers.position(ints.asSlice(6), ints, 4, "bsearch", "base"));
      assertEquals(
          "bsearch returned a pointer into its argument 'base' that is not at an"
              + " element: byte offset 6 with elements of 4 bytes",
          between.getMessage());
    }
  }
}
