package dev.ffmbind.it.ownership;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.NativeBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Returned buffers from generated code (buffers.yaml and {@link BufferApi}): a sized,
 * bounds-checked view, freed exactly once by the declared deallocator (counted in C), safe to close
 * twice, unusable after close, and never a raw address.
 */
class NativeBufferTest {

  private static final Buffers B = Buffers.load();
  private static final BufferApi A = BufferApi_Ffm.load();

  @Test
  void anOutLengthSizesTheBuffer() {
    try (NativeBuffer buf = B.make(300)) {
      assertEquals(300, buf.byteSize());
      assertEquals(300, buf.segment().byteSize());
      assertTrue(buf.isOwned());
      assertEquals("safety_buf_free", buf.deallocator());
      byte[] bytes = buf.toArray();
      for (int i = 0; i < 300; i++) {
        assertEquals((byte) i, bytes[i]);
      }
    }
  }

  @Test
  void eachBufferIsFreedExactlyOnceOverManyCalls() {
    long allocs = B.allocs();
    long frees = B.frees();
    for (int i = 0; i < 2000; i++) {
      try (NativeBuffer buf = B.make(i % 64)) {
        assertEquals(i % 64, buf.byteSize());
      }
    }
    assertEquals(allocs + 2000, B.allocs());
    assertEquals(frees + 2000, B.frees());
  }

  @Test
  void closingTwiceFreesOnce() {
    long frees = B.frees();
    NativeBuffer buf = B.make(8);
    buf.close();
    buf.close();
    assertTrue(buf.isClosed());
    assertEquals(frees + 1, B.frees());
  }

  @Test
  void concurrentClosesFreeOnce() throws Exception {
    long frees = B.frees();
    List<NativeBuffer> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(B.make(16));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> all.forEach(NativeBuffer::close)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(frees + 200, B.frees());
  }

  @Test
  void useAfterCloseThrowsNamingTheFunction() {
    NativeBuffer buf = B.make(16);
    MemorySegment kept = buf.segment();
    MemorySegment slice = kept.asSlice(4, 4);
    buf.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, buf::segment);
    assertEquals(
        "safety_buf_make: NativeBuffer.segment(): the buffer is closed (its memory was freed with"
            + " safety_buf_free); a closed buffer cannot be used",
        e.getMessage());
    assertTrue(
        assertThrows(IllegalStateException.class, buf::toArray)
            .getMessage()
            .startsWith("safety_buf_make: NativeBuffer.toArray(): the buffer is closed"));
    // A segment obtained before close is invalidated with it: no read of freed memory.
    assertThrows(IllegalStateException.class, () -> kept.get(ValueLayout.JAVA_BYTE, 0));
    assertThrows(IllegalStateException.class, () -> slice.get(ValueLayout.JAVA_BYTE, 0));
  }

  @Test
  void readsAreBoundsChecked() {
    try (NativeBuffer buf = B.make(10)) {
      assertEquals(9, buf.segment().get(ValueLayout.JAVA_BYTE, 9));
      assertThrows(
          IndexOutOfBoundsException.class, () -> buf.segment().get(ValueLayout.JAVA_BYTE, 10));
      assertThrows(
          IndexOutOfBoundsException.class, () -> buf.segment().get(ValueLayout.JAVA_INT, 8));
    }
  }

  @Test
  void aReadOnlyViewRejectsWrites() {
    try (NativeBuffer buf = B.make(4)) {
      MemorySegment ro = buf.asReadOnly();
      assertTrue(ro.isReadOnly());
      assertThrows(
          IllegalArgumentException.class, () -> ro.set(ValueLayout.JAVA_BYTE, 0, (byte) 1));
      buf.segment().set(ValueLayout.JAVA_BYTE, 0, (byte) 42); // the buffer itself is writable
      assertEquals(42, ro.get(ValueLayout.JAVA_BYTE, 0));
    }
  }

  @Test
  void nullIsTheErrorConvention() {
    ErrnoException e = assertThrows(ErrnoException.class, () -> B.make(-1));
    assertEquals(22, e.errno()); // EINVAL
  }

  @Test
  void anInputSizeSizesTheBufferFreedWithLibcFree() {
    for (int i = 0; i < 1000; i++) {
      try (NativeBuffer buf = B.xmalloc(100)) {
        assertEquals(100, buf.byteSize());
        assertEquals((byte) 0xAB, buf.segment().get(ValueLayout.JAVA_BYTE, 99));
        assertEquals("free", buf.deallocator());
      }
    }
  }

  @Test
  void aBorrowedBufferIsNeverFreed() {
    long frees = B.frees();
    NativeBuffer buf = B.borrowed();
    assertFalse(buf.isOwned());
    assertNull(buf.deallocator());
    assertEquals("borrowed", new String(buf.toArray(), java.nio.charset.StandardCharsets.US_ASCII));
    buf.close();
    buf.close();
    assertEquals(frees, B.frees());
    assertTrue(
        assertThrows(IllegalStateException.class, buf::segment)
            .getMessage()
            .equals(
                "safety_buf_borrowed: NativeBuffer.segment(): the buffer is closed; a closed buffer cannot be used"));
    // C's bytes are still there: a second view reads them.
    try (NativeBuffer again = B.borrowed()) {
      assertEquals('b', again.segment().get(ValueLayout.JAVA_BYTE, 0));
    }
  }

  @Test
  void aSizeLargerThanAnInt() {
    long frees = B.frees();
    try (NativeBuffer buf = B.huge()) {
      long size = (1L << 31) + 4096;
      assertEquals(size, buf.byteSize());
      assertEquals(7, buf.segment().get(ValueLayout.JAVA_BYTE, size - 1));
      assertThrows(
          IndexOutOfBoundsException.class, () -> buf.segment().get(ValueLayout.JAVA_BYTE, size));
      IllegalStateException e = assertThrows(IllegalStateException.class, buf::toArray);
      assertEquals(
          "safety_buf_huge: the buffer holds 2147487744 bytes, more than a byte[] can; read it through"
              + " segment()",
          e.getMessage());
    }
    assertEquals(frees + 1, B.frees());
  }

  @Test
  void theAnnotatedInterfaceBindsTheSameWay() {
    long frees = A.frees();
    try (NativeBuffer buf = A.make(5)) {
      assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, buf.toArray());
    }
    assertEquals(frees + 1, A.frees());
    assertThrows(ErrnoException.class, () -> A.make(-1));
    try (NativeBuffer buf = A.xmalloc(3)) {
      assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xAB, (byte) 0xAB}, buf.toArray());
    }
    try (NativeBuffer buf = A.borrowed()) {
      assertEquals(8, buf.byteSize());
      assertFalse(buf.isOwned());
    }
  }
}
