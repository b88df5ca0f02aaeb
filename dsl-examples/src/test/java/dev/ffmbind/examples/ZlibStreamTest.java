package dev.ffmbind.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zlib's streaming API through a resident {@code z_stream}: zlib keeps a pointer to the struct
 * between calls, so the binding passes the view's own memory, never a copy. 10 MB go through {@code
 * deflate} and {@code inflate} in 64 KB chunks, checked against {@code java.util.zip}.
 */
class ZlibStreamTest {

  private static final int CHUNK = 64 * 1024;
  private static final int SIZE = 10 * 1024 * 1024;
  private static final int Z_NO_FLUSH = 0;
  private static final int Z_FINISH = 4;
  private static final int Z_OK = 0;
  private static final int Z_STREAM_END = 1;

  private final Zlib zlib = Zlib.load();

  /** 10 MB of text-like data: compressible, but not trivially. */
  private static byte[] input() {
    String[] words = {"resident ", "struct ", "z_stream ", "deflate ", "chunk ", "arena ", "\n"};
    Random random = new Random(10);
    byte[] out = new byte[SIZE];
    int at = 0;
    while (at < SIZE) {
      byte[] w = words[random.nextInt(words.length)].getBytes(StandardCharsets.US_ASCII);
      int n = Math.min(w.length, SIZE - at);
      System.arraycopy(w, 0, out, at, n);
      at += n;
      if (random.nextInt(50) == 0 && at < SIZE) {
        out[at++] = (byte) random.nextInt(256); // some noise
      }
    }
    return out;
  }

  private int streamSize() {
    return (int) Zlib.ZStream.LAYOUT.byteSize();
  }

  /** Streams {@code input} through zlib's deflate, 64 KB in and at most 64 KB out per call. */
  private byte[] deflate(byte[] input) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (Arena arena = Arena.ofConfined()) {
      Zlib.ZStreamView strm = Zlib.ZStreamView.allocate(arena);
      zlib.deflateInit_(strm, 6, zlib.zlibVersion(), streamSize());
      assertTrue(strm.state().address() != 0, "zlib set its state through our pointer");
      MemorySegment in = arena.allocate(CHUNK);
      MemorySegment out = arena.allocate(CHUNK);
      int rc = Z_OK;
      int calls = 0;
      for (int off = 0; off < input.length; off += CHUNK) {
        int n = Math.min(CHUNK, input.length - off);
        MemorySegment.copy(input, off, in, ValueLayout.JAVA_BYTE, 0, n);
        strm.nextIn(in).availIn(n);
        int flush = off + n == input.length ? Z_FINISH : Z_NO_FLUSH;
        do {
          strm.nextOut(out).availOut(CHUNK);
          rc = zlib.deflate(strm, flush);
          calls++;
          assertTrue(rc == Z_OK || rc == Z_STREAM_END || rc == -5, "deflate returned " + rc);
          int have = CHUNK - (int) strm.availOut();
          compressed.write(out.toArray(ValueLayout.JAVA_BYTE), 0, have);
        } while (strm.availOut() == 0);
        assertEquals(0, strm.availIn(), "deflate consumed the whole chunk");
      }
      assertEquals(Z_STREAM_END, rc);
      assertTrue(calls >= input.length / CHUNK, "one call per chunk at least: " + calls);
      assertEquals(input.length, strm.totalIn(), "zlib counted in the struct we own");
      assertEquals(compressed.size(), strm.totalOut());
      assertEquals(Z_OK, zlib.deflateEnd(strm));
    }
    return compressed.toByteArray();
  }

  /** Streams {@code compressed} through zlib's inflate, 64 KB chunks in and out. */
  private byte[] inflate(byte[] compressed) {
    ByteArrayOutputStream restored = new ByteArrayOutputStream();
    try (Arena arena = Arena.ofConfined()) {
      Zlib.ZStreamView strm = Zlib.ZStreamView.allocate(arena);
      zlib.inflateInit_(strm, zlib.zlibVersion(), streamSize());
      MemorySegment in = arena.allocate(CHUNK);
      MemorySegment out = arena.allocate(CHUNK);
      int rc = Z_OK;
      for (int off = 0; off < compressed.length && rc != Z_STREAM_END; off += CHUNK) {
        int n = Math.min(CHUNK, compressed.length - off);
        MemorySegment.copy(compressed, off, in, ValueLayout.JAVA_BYTE, 0, n);
        strm.nextIn(in).availIn(n);
        do {
          strm.nextOut(out).availOut(CHUNK);
          rc = zlib.inflate(strm, Z_NO_FLUSH);
          assertTrue(rc == Z_OK || rc == Z_STREAM_END, "inflate returned " + rc);
          restored.write(out.toArray(ValueLayout.JAVA_BYTE), 0, CHUNK - (int) strm.availOut());
        } while (strm.availOut() == 0 && rc != Z_STREAM_END);
      }
      assertEquals(Z_STREAM_END, rc);
      assertEquals(compressed.length, strm.totalIn());
      assertEquals(Z_OK, zlib.inflateEnd(strm));
    }
    return restored.toByteArray();
  }

  @Test
  void tenMegabytesDeflatedInChunksInflateWithJavaUtilZip() throws DataFormatException {
    byte[] input = input();
    byte[] compressed = deflate(input);
    assertTrue(compressed.length < input.length / 3, "compressed to " + compressed.length);
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    byte[] restored = new byte[input.length + 1];
    int n = inflater.inflate(restored);
    assertTrue(inflater.finished());
    inflater.end();
    assertEquals(input.length, n);
    assertArrayEquals(input, java.util.Arrays.copyOf(restored, n));
  }

  @Test
  void javaUtilZipDeflaterOutputInflatesInChunks() {
    byte[] input = input();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    deflater.setInput(input);
    deflater.finish();
    byte[] buffer = new byte[input.length];
    int n = deflater.deflate(buffer);
    assertTrue(deflater.finished());
    deflater.end();
    byte[] compressed = java.util.Arrays.copyOf(buffer, n);
    assertTrue(compressed.length > 3 * CHUNK, "several input chunks: " + compressed.length);
    assertArrayEquals(input, inflate(compressed));
  }

  @Test
  void aViewIsUsableOnlyWhileItsArenaIsOpen() {
    Zlib.ZStreamView strm;
    try (Arena arena = Arena.ofConfined()) {
      strm = Zlib.ZStreamView.allocate(arena);
      zlib.deflateInit_(strm, 1, zlib.zlibVersion(), streamSize());
      assertEquals(Z_OK, zlib.deflateEnd(strm));
    }
    Zlib.ZStreamView closed = strm;
    assertThrows(IllegalStateException.class, closed::availIn);
    assertThrows(IllegalStateException.class, () -> closed.availOut(1));
    assertThrows(IllegalStateException.class, closed::toValue);
    // C never sees the freed memory: FFM refuses the argument before the call.
    assertThrows(IllegalStateException.class, () -> zlib.deflate(closed, Z_NO_FLUSH));
    assertThrows(IllegalStateException.class, () -> zlib.inflateEnd(closed));
    // The JVM is alive and zlib still works.
    try (Arena arena = Arena.ofConfined()) {
      Zlib.ZStreamView fresh = Zlib.ZStreamView.allocate(arena);
      zlib.deflateInit_(fresh, 1, zlib.zlibVersion(), streamSize());
      assertEquals(Z_OK, zlib.deflateEnd(fresh));
    }
  }

  @Test
  void aNullStreamIsRefusedBeforeZlibRuns() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> zlib.deflate(null, Z_NO_FLUSH));
    assertTrue(
        e.getMessage().contains("deflate") && e.getMessage().contains("strm"), e::getMessage);
    assertThrows(NullPointerException.class, () -> Zlib.ZStreamView.of(null));
    assertThrows(IllegalArgumentException.class, () -> Zlib.ZStreamView.of(MemorySegment.NULL));
    try (Arena arena = Arena.ofConfined()) {
      IllegalArgumentException small =
          assertThrows(
              IllegalArgumentException.class, () -> Zlib.ZStreamView.of(arena.allocate(16)));
      assertTrue(small.getMessage().contains("struct z_stream"), small::getMessage);
    }
  }

  @Test
  void theViewAndTheValueAreTheSameBytes() {
    try (Arena arena = Arena.ofConfined()) {
      Zlib.ZStreamView strm = Zlib.ZStreamView.allocate(arena);
      strm.availIn(7).totalOut(1L << 40).dataType(2);
      Zlib.ZStream value = strm.toValue();
      assertEquals(7, value.availIn());
      assertEquals(1L << 40, value.totalOut());
      assertEquals(2, value.dataType());
      Zlib.ZStreamView copy = Zlib.ZStreamView.allocate(arena).set(value);
      assertEquals(
          strm.segment().mismatch(copy.segment()), -1L, "set(toValue()) copies every byte");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> strm.availIn(-1));
      assertTrue(e.getMessage().contains("avail_in"), e::getMessage);
    }
  }

  /** The generated LAYOUT against gcc's sizeof and offsetof from the installed zlib.h. */
  @Test
  void theLayoutIsGccsFromZlibH(@TempDir Path dir) throws IOException, InterruptedException {
    List<String> fields = new ArrayList<>();
    for (MemoryLayout member : Zlib.ZStream.LAYOUT.memberLayouts()) {
      if (!(member instanceof PaddingLayout)) {
        fields.add(member.name().orElseThrow());
      }
    }
    assertEquals(14, fields.size());
    StringBuilder c =
        new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include <zlib.h>\n");
    c.append("int main(void) {\n");
    c.append("  printf(\"%zu %zu\\n\", sizeof(z_stream), _Alignof(z_stream));\n");
    for (String f : fields) {
      c.append("  printf(\"%zu\\n\", offsetof(z_stream, ").append(f).append("));\n");
    }
    c.append("  return 0;\n}\n");
    Path source = dir.resolve("layout.c");
    Files.writeString(source, c);
    Path exe = dir.resolve("layout");
    run(dir, "gcc", "-o", exe.toString(), source.toString());
    List<String> lines = run(dir, exe.toString());
    String[] size = lines.get(0).split(" ");
    assertEquals(Long.parseLong(size[0]), Zlib.ZStream.LAYOUT.byteSize(), "sizeof(z_stream)");
    assertEquals(Long.parseLong(size[1]), Zlib.ZStream.LAYOUT.byteAlignment(), "_Alignof");
    for (int i = 0; i < fields.size(); i++) {
      long offset =
          Zlib.ZStream.LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(fields.get(i)));
      assertEquals(Long.parseLong(lines.get(i + 1)), offset, "offsetof " + fields.get(i));
    }
  }

  private static List<String> run(Path dir, String... command)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
    return out.lines().toList();
  }
}
