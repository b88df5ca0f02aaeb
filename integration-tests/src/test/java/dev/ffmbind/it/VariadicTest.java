package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.it.libc.VariadicApi;
import dev.ffmbind.it.libc.VariadicApi_Ffm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variadic functions of the real C library, linked with {@code firstVariadicArg}. */
class VariadicTest {

  private static final VariadicApi API = VariadicApi_Ffm.load();

  // Linux values (asm-generic/fcntl.h).
  private static final int O_RDONLY = 0;
  private static final int O_WRONLY = 1;
  private static final int O_CREAT = 0100;
  private static final int O_NONBLOCK = 04000;
  private static final int F_GETFL = 3;
  private static final int F_SETFL = 4;

  @TempDir Path dir;

  private static String text(byte[] buf, int length) {
    return new String(buf, 0, length, StandardCharsets.UTF_8);
  }

  @Test
  void snprintfFormatsIntLongDoubleAndString() {
    byte[] buf = new byte[64];
    int n = API.format(buf, "%d|%ld|%.2f|%s", -42, 1L << 40, 3.25, "héllo");
    String expected = "-42|1099511627776|3.25|héllo";
    assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, n);
    assertEquals(expected, text(buf, n));
    assertEquals(0, buf[n]);
  }

  @Test
  void snprintfTruncatesToTheArrayLength() {
    byte[] buf = new byte[4];
    int n = API.format(buf, "%d-%ld-%g-%s", 12345, 6L, 0.5, "x");
    assertEquals("12345-6-0.5-x".length(), n);
    assertEquals("123", text(buf, 3));
    assertEquals(0, buf[3]);
  }

  @Test
  void anArrayIsAVariadicArgument() {
    byte[] buf = new byte[16];
    int n = API.formatBytes(buf, "[%s]", "abc\0".getBytes(StandardCharsets.US_ASCII));
    assertEquals("[abc]", text(buf, n));
  }

  @Test
  void openCreatesAFileWithTheVariadicMode() throws IOException {
    Path file = dir.resolve("created");
    int fd = API.create(file.toString(), O_CREAT | O_WRONLY, 0600);
    try {
      assertTrue(fd >= 0);
    } finally {
      API.close(fd);
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    // A umask clears bits but never adds them; 022 and 077 leave 0600 as it is.
    assertTrue(
        PosixFilePermissions.fromString("rw-------").containsAll(permissions), "" + permissions);
    assertTrue(permissions.contains(PosixFilePermission.OWNER_READ));
    assertTrue(permissions.contains(PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void errnoIsCapturedForAVariadicCall() {
    String missing = dir.resolve("no").resolve("such").toString();
    ErrnoException e =
        assertThrows(ErrnoException.class, () -> API.create(missing, O_CREAT | O_WRONLY, 0600));
    assertEquals(2, e.errno()); // ENOENT
  }

  @Test
  void fcntlGetsAndSetsFlagsThroughOneSymbol() throws IOException {
    Path file = Files.createFile(dir.resolve("flags"));
    int fd = API.open(file.toString(), O_RDONLY);
    try {
      int flags = API.getFlags(fd, F_GETFL);
      assertEquals(0, flags & O_NONBLOCK);
      assertEquals(0, API.setFlags(fd, F_SETFL, flags | O_NONBLOCK));
      assertEquals(O_NONBLOCK, API.getFlags(fd, F_GETFL) & O_NONBLOCK);
    } finally {
      API.close(fd);
    }
  }
}
