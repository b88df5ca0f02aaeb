package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.it.libc.Libc;
import dev.ffmbind.it.libc.LibcApi;
import dev.ffmbind.it.libc.LibcApi_Ffm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C library ({@code library: c}) through the YAML binding {@link Libc} and {@link LibcApi}. */
class LibcTest {

  private static final Libc LIBC = Libc.load();
  private static final LibcApi API = LibcApi_Ffm.load();

  @TempDir Path dir;

  @Test
  void getpid() {
    assertEquals(ProcessHandle.current().pid(), LIBC.getpid());
    assertEquals(ProcessHandle.current().pid(), API.getpid());
  }

  @Test
  void strlen() {
    assertEquals(18L, LIBC.strlen(StringsTest.GREETING));
    assertEquals(3L, API.strlen("abc"));
  }

  @Test
  void openReadClose() throws Exception {
    Path file = dir.resolve("data.txt");
    byte[] content = "hello from ffmbind\n".getBytes(StandardCharsets.UTF_8);
    Files.write(file, content);

    int fd = LIBC.open(file.toString(), 0 /* O_RDONLY */);
    assertTrue(fd >= 0);
    byte[] buf = new byte[64];
    long n = LIBC.read(fd, buf, buf.length);
    assertEquals(content.length, n);
    assertArrayEquals(content, Arrays.copyOf(buf, (int) n));
    assertEquals(0L, LIBC.read(fd, buf, buf.length), "end of file");
    assertEquals(0, LIBC.close(fd));

    ErrnoException closed = assertThrows(ErrnoException.class, () -> LIBC.close(fd));
    assertInstanceOf(ErrnoException.BadDescriptor.class, closed);
    assertEquals("close(" + fd + ") failed: EBADF (Bad file descriptor)", closed.getMessage());
  }

  @Test
  void readBoundsAreChecked() {
    assertThrows(IndexOutOfBoundsException.class, () -> LIBC.read(0, new byte[4], 5));
  }

  @Test
  void openOfAMissingFile() {
    ErrnoException.NotFound e =
        assertThrows(ErrnoException.NotFound.class, () -> LIBC.open("/nope/missing", 0));
    assertEquals(
        "open(\"/nope/missing\", 0) failed: ENOENT (No such file or directory)", e.getMessage());
    assertEquals(2, e.errno());

    ErrnoException.NotFound viaInterface =
        assertThrows(ErrnoException.NotFound.class, () -> API.open("/nope/missing", 0));
    assertEquals(
        "open(\"/nope/missing\", 0) failed: ENOENT (No such file or directory)",
        viaInterface.getMessage());
  }

  @Test
  void openOfADirectoryForWriting() {
    ErrnoException e = assertThrows(ErrnoException.class, () -> LIBC.open(dir.toString(), 1));
    assertInstanceOf(ErrnoException.IsADirectory.class, e);
    assertEquals("open(\"" + dir + "\", 1) failed: EISDIR (Is a directory)", e.getMessage());
  }

  @Test
  void strerror() {
    assertEquals("No such file or directory", LIBC.strerror(2));
    assertEquals("Permission denied", API.strerror(13));
  }
}
