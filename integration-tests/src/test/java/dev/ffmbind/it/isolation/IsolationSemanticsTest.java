package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.NativeBuffer;
import dev.ffmbind.Ref;
import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.it.isolation.Iso.IsoCounter;
import dev.ffmbind.it.isolation.Iso.IsoException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same end-to-end checks in both modes: {@code Iso.load()} in this JVM and {@code
 * Iso.load(Isolation.process())} in a helper process. Values, exceptions (types and messages),
 * copy-back, owned results and handles must behave alike.
 */
class IsolationSemanticsTest {

  enum Mode {
    IN_PROCESS,
    ISOLATED
  }

  private static final Map<Mode, Iso> BINDINGS = new ConcurrentHashMap<>();

  static Iso binding(Mode mode) {
    return BINDINGS.computeIfAbsent(
        mode, m -> m == Mode.IN_PROCESS ? Iso.load() : Iso.load(Isolation.process()));
  }

  @AfterAll
  static void stopHelpers() {
    BINDINGS.values().forEach(b -> Isolation.processOf(b).ifPresent(p -> p.close()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void runsWhereTheModeSays(Mode mode) {
    long pid = binding(mode).pid();
    if (mode == Mode.IN_PROCESS) {
      assertEquals(ProcessHandle.current().pid(), pid);
      assertTrue(Isolation.processOf(binding(mode)).isEmpty());
    } else {
      assertNotEquals(ProcessHandle.current().pid(), pid);
      assertEquals(pid, Isolation.processOf(binding(mode)).orElseThrow().pid());
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void scalars(Mode mode) {
    Iso iso = binding(mode);
    assertEquals(5, iso.add(2, 3));
    assertEquals(Integer.MIN_VALUE, iso.add(Integer.MAX_VALUE, 1), "C int wraps");
    assertEquals(7.5, iso.scale(2.5, 3));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(iso.scale(-0.0, 1)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void strings(Mode mode) {
    Iso iso = binding(mode);
    assertEquals(9, iso.strlen("h\u00e9llo\u20ac"), "UTF-8 bytes");
    assertEquals("HELLO!", iso.shout("hello"));
    IllegalArgumentException nul =
        assertThrows(IllegalArgumentException.class, () -> iso.strlen("ab\0cd"));
    assertEquals(
        "iso_strlen: parameter 's' contains a NUL character at index 2; C would truncate it there",
        nul.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> iso.strlen(null));
    assertTrue(npe.getMessage().contains("'s'"), npe.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void arraysInAndOut(Mode mode) {
    Iso iso = binding(mode);
    assertEquals(6_000_000_000L, iso.sum(new int[] {2_000_000_000, 2_000_000_000, 2_000_000_000}));
    byte[] out = new byte[5];
    iso.fill(out, (short) 250);
    assertArrayEquals(new byte[] {(byte) 250, (byte) 251, (byte) 252, (byte) 253, (byte) 254}, out);
    byte[] big = new byte[64 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 7);
    }
    assertEquals(binding(Mode.IN_PROCESS).checksum(big), iso.checksum(big));
    IllegalArgumentException range =
        assertThrows(IllegalArgumentException.class, () -> iso.fill(out, (short) 256));
    assertTrue(range.getMessage().contains("'seed'"), range.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void errnoAndStatusExceptions(Mode mode) {
    Iso iso = binding(mode);
    assertEquals(0, iso.failErrno(0, 0));
    ErrnoException e = assertThrows(ErrnoException.class, () -> iso.failErrno(1, 13));
    assertEquals(13, e.errno());
    assertTrue(e instanceof ErrnoException.PermissionDenied, e.getClass().getName());
    IsoException s = assertThrows(IsoException.class, () -> iso.status(22));
    assertEquals(22, s.code());
    assertTrue(s.getMessage().contains("ISO_EINVAL"), s.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void ownedHandlesAreDestroyedOnceAndRejectedAfterClose(Mode mode) {
    Iso iso = binding(mode);
    long created = iso.created();
    long destroyed = iso.destroyed();
    IsoCounter c = iso.counterNew(41);
    assertEquals(42, iso.counterNext(c));
    assertEquals(43, iso.counterNext(c));
    c.close();
    c.close();
    assertEquals(created + 1, iso.created());
    assertEquals(destroyed + 1, iso.destroyed(), "destroyed exactly once");
    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> iso.counterNext(c));
    assertTrue(closed.getMessage().startsWith("iso_counter_next: parameter 'c': IsoCounter@0x"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void handleOutParameters(Mode mode) {
    Iso iso = binding(mode);
    long destroyed = iso.destroyed();
    Ref<IsoCounter> out = new Ref<>();
    assertEquals(0, iso.counterOpen(9, out));
    try (IsoCounter c = out.get()) {
      assertEquals(10, iso.counterNext(c));
    }
    assertEquals(destroyed + 1, iso.destroyed());
    Ref<IsoCounter> none = new Ref<>();
    assertThrows(IsoException.class, () -> iso.counterOpen(-1, none));
    assertTrue(none.isEmpty(), "a failed call publishes no handle");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void ownedBuffers(Mode mode) {
    Iso iso = binding(mode);
    try (NativeBuffer b = iso.buffer(4)) {
      assertArrayEquals(new byte[] {0, 3, 6, 9}, b.toArray());
    }
  }
}
