package dev.ffmbind.internal.isolation;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory a binding and its helper both map: a file in {@code /dev/shm} (memory, not disk),
 * created by the calling process, mapped by both, and deleted as soon as the helper has mapped it,
 * so nothing is left behind whatever happens. Half of it carries large arrays to the helper, the
 * other half back; the pipe then carries only where they are. Messages in each direction strictly
 * alternate with an answer (the reader has consumed one before the writer starts the next), so each
 * message reuses its half from the start. Not API.
 */
final class SharedMemory {

  /** Bytes per direction; the file is sparse, so only what large calls touch uses memory. */
  static final long HALF = 16L << 20;

  private final Path file;
  private final MemorySegment toHelper;
  private final MemorySegment toParent;

  private SharedMemory(Path file, MemorySegment all) {
    this.file = file;
    this.toHelper = all.asSlice(0, HALF);
    this.toParent = all.asSlice(HALF, HALF);
  }

  /** Creates the file and maps it (the calling process). */
  static SharedMemory create() throws IOException {
    Path dir = Path.of("/dev/shm");
    Path file =
        Files.createTempFile(
            Files.isDirectory(dir) && Files.isWritable(dir)
                ? dir
                : Path.of(System.getProperty("java.io.tmpdir")),
            "ffmbind-helper-",
            ".mem");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(2 * HALF);
    }
    return new SharedMemory(file, map(file));
  }

  /** Maps the file the calling process created (the helper). */
  static SharedMemory open(Path file) throws IOException {
    return new SharedMemory(file, map(file));
  }

  private static MemorySegment map(Path file) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            file, java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
      // Unmapped when no longer reachable: a call still reading it can never see it vanish.
      return ch.map(FileChannel.MapMode.READ_WRITE, 0, 2 * HALF, Arena.ofAuto());
    }
  }

  Path file() {
    return file;
  }

  /** Deletes the file once both processes have mapped it; the mappings stay. */
  void unlink() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // /dev/shm is cleaned at reboot; nothing else depends on it
    }
  }

  /** What this side writes: the parent's half towards the helper, or the helper's back. */
  Out out(boolean parent, int threshold) {
    return new Out(parent ? toHelper : toParent, threshold);
  }

  /** What this side reads. */
  MemorySegment in(boolean parent) {
    return parent ? toParent : toHelper;
  }

  /** A primitive array as a segment. */
  static MemorySegment heap(Object array) {
    return switch (array) {
      case byte[] a -> MemorySegment.ofArray(a);
      case short[] a -> MemorySegment.ofArray(a);
      case char[] a -> MemorySegment.ofArray(a);
      case int[] a -> MemorySegment.ofArray(a);
      case long[] a -> MemorySegment.ofArray(a);
      case float[] a -> MemorySegment.ofArray(a);
      case double[] a -> MemorySegment.ofArray(a);
      default -> throw new IllegalArgumentException("not a primitive array: " + array);
    };
  }

  /** One side's writer: a bump allocator over its half, reset for each message. */
  static final class Out {
    private final MemorySegment region;
    private final int threshold;
    private long used;

    Out(MemorySegment region, int threshold) {
      this.region = region;
      this.threshold = threshold;
    }

    /** Starts a message: its arrays go from the start of the half again. */
    void reset() {
      used = 0;
    }

    /**
     * Copies a primitive array of {@code bytes} bytes in; returns its offset, or -1 if it is below
     * the threshold or does not fit (then it goes through the pipe).
     */
    long put(Object array, long bytes) {
      if (bytes < threshold || used + bytes > region.byteSize()) {
        return -1;
      }
      long at = used;
      MemorySegment.copy(heap(array), 0, region, at, bytes);
      used = (at + bytes + 7) & ~7L;
      return at;
    }
  }
}
