package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class ErrnoTest {

  @Test
  void names() {
    assertEquals("EPERM", Errno.name(1));
    assertEquals("ENOENT", Errno.name(Errno.ENOENT));
    assertEquals("EAGAIN", Errno.name(Errno.EWOULDBLOCK));
    assertEquals("EOPNOTSUPP", Errno.name(Errno.ENOTSUP));
    assertEquals("EHWPOISON", Errno.name(133));
    assertEquals("errno 41", Errno.name(41)); // unused on Linux
    assertEquals("errno 0", Errno.name(0));
    assertEquals("errno 9999", Errno.name(9999));
    assertEquals("errno -1", Errno.name(-1));
  }

  @Test
  void everyLinuxErrnoHasANameAndADescription() {
    for (int i = 1; i <= 133; i++) {
      if (i == 41 || i == 58) {
        continue;
      }
      assertTrue(Errno.name(i).matches("E[A-Z0-9]+"), Errno.name(i));
      assertFalse(Errno.describe(i).startsWith("Unknown error"), "errno " + i);
    }
  }

  @Test
  void describeUsesTheCLibrary() {
    assertEquals("No such file or directory", Errno.describe(2));
    assertEquals("Permission denied", Errno.describe(Errno.EACCES));
    assertEquals("Resource temporarily unavailable", Errno.describe(Errno.EAGAIN));
    assertEquals("Unknown error 9999", Errno.describe(9999));
  }

  @Test
  void readsTheCaptureSegment() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(Errno.CAPTURE_LAYOUT);
      long offset =
          Errno.CAPTURE_LAYOUT.byteOffset(
              java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
      state.set(ValueLayout.JAVA_INT, offset, 42);
      assertEquals(42, Errno.read(state));
    }
  }
}
