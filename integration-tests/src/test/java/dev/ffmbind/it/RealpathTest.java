package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ErrnoException;
import dev.ffmbind.it.libc.RealpathApi;
import dev.ffmbind.it.libc.RealpathApi_Ffm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nullable array without a length link ({@code realpath}'s buffer), null and not. */
class RealpathTest {

  private static final RealpathApi API = RealpathApi_Ffm.load();

  @TempDir Path dir;

  @Test
  void nullBufferIsPassedAsNull() throws IOException {
    Files.createDirectory(dir.resolve("sub"));
    String expected = dir.toRealPath().toString();
    assertEquals(expected, API.allocating(dir.resolve("sub").resolve("..").toString(), null));
  }

  @Test
  void cWritesIntoAGivenBuffer() throws IOException {
    byte[] resolved = new byte[4096];
    assertEquals(0, API.into(dir.resolve(".").toString(), resolved));
    int length = 0;
    while (resolved[length] != 0) {
      length++;
    }
    assertEquals(
        dir.toRealPath().toString(), new String(resolved, 0, length, StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyBufferIsRejectedBeforeC() {
    assertThrows(IllegalArgumentException.class, () -> API.into("/", new byte[0]));
  }

  @Test
  void failureThrowsErrno() {
    String missing = dir.resolve("missing").toString();
    assertThrows(ErrnoException.class, () -> API.allocating(missing, null));
  }
}
