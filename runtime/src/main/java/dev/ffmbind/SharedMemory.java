package dev.ffmbind;

import dev.ffmbind.internal.Errno;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * Zero-copy memory shared with C code and with other processes (docs/zero-copy.md): a mapped file,
 * an anonymous {@code memfd_create} region, or a POSIX shared-memory object ({@code /dev/shm}, what
 * {@code shm_open} uses on Linux). {@link #segment()} is an ordinary native {@link MemorySegment}:
 * any {@code MemorySegment} parameter of a binding accepts it as is, with no copy. Mapped read-only
 * ({@link #mapFile} with {@code READ_ONLY}), it is accepted by {@code const} parameters and
 * rejected by generated code for parameters C writes through, with an {@link
 * IllegalArgumentException} instead of the segfault plain FFM gives.
 *
 * <p>{@link #close()} unmaps the region (from a shared arena: other threads may use it until then)
 * and closes the descriptor. Closing while a downcall is using the segment fails with {@link
 * IllegalStateException} (FFM keeps the memory alive during the call).
 */
public final class SharedMemory implements AutoCloseable {

  private final Arena arena;
  private final MemorySegment segment;
  private final Path path;
  private final int fd;

  private SharedMemory(Arena arena, MemorySegment segment, Path path, int fd) {
    this.arena = arena;
    this.segment = segment;
    this.path = path;
    this.fd = fd;
  }

  /**
   * Maps part of a file; the mapping lives as long as {@code arena}.
   *
   * @param file the file
   * @param mode {@code READ_ONLY} (a read-only segment) or {@code READ_WRITE}
   * @param offset where the mapping starts
   * @param size its length; a {@code READ_WRITE} mapping grows the file to {@code offset + size}
   * @param arena the mapping's lifetime
   * @return the mapped segment ({@code isMapped()}, {@code isNative()})
   * @throws IOException if the file cannot be opened or mapped
   */
  public static MemorySegment mapFile(
      Path file, FileChannel.MapMode mode, long offset, long size, Arena arena) throws IOException {
    Set<StandardOpenOption> options =
        mode == FileChannel.MapMode.READ_ONLY
            ? EnumSet.of(StandardOpenOption.READ)
            : EnumSet.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
    try (FileChannel channel = FileChannel.open(file, options)) {
      return channel.map(mode, offset, size, arena);
    }
  }

  /**
   * An anonymous shared region ({@code memfd_create}): no file system name, freed when the last
   * mapping and descriptor are gone. Another process opens it through {@link #path()} ({@code
   * /proc/<pid>/fd/<fd>}, readable by the same user).
   *
   * @param name a name for debugging (shown in {@code /proc/<pid>/maps})
   * @param size the size in bytes, zero-filled
   * @return the region, mapped read-write
   * @throws IOException if it cannot be created or mapped
   */
  public static SharedMemory anonymous(String name, long size) throws IOException {
    int fd = Native.memfdCreate(name);
    try {
      Native.ftruncate(fd, size);
      Path self = Path.of("/proc/self/fd/" + fd);
      Arena arena = Arena.ofShared();
      MemorySegment segment;
      try (FileChannel channel =
          FileChannel.open(self, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        segment = channel.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
      } catch (IOException | RuntimeException e) {
        arena.close();
        throw e;
      }
      return new SharedMemory(
          arena, segment, Path.of("/proc/" + ProcessHandle.current().pid() + "/fd/" + fd), fd);
    } catch (IOException | RuntimeException e) {
      Native.close(fd);
      throw e;
    }
  }

  /**
   * A named POSIX shared-memory object: the file {@code /dev/shm/<name>} that {@code
   * shm_open("/<name>")} in another process opens too.
   *
   * @param name the object's name, without {@code /}
   * @param size its size; an existing smaller object is grown
   * @param create whether to create it if missing
   * @return the region, mapped read-write; {@link #unlink()} removes the name
   * @throws IOException if it cannot be opened or mapped
   */
  public static SharedMemory posix(String name, long size, boolean create) throws IOException {
    if (name.isEmpty() || name.indexOf('/') >= 0) {
      throw new IllegalArgumentException("a shared-memory name has no '/': " + name);
    }
    Path path = Path.of("/dev/shm", name);
    Set<StandardOpenOption> options =
        create
            ? EnumSet.of(
                StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE)
            : EnumSet.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
    Arena arena = Arena.ofShared();
    try (FileChannel channel = FileChannel.open(path, options)) {
      return new SharedMemory(
          arena, channel.map(FileChannel.MapMode.READ_WRITE, 0, size, arena), path, -1);
    } catch (IOException | RuntimeException e) {
      arena.close();
      throw e;
    }
  }

  /**
   * @return the mapped memory: pass it to any {@code MemorySegment} parameter, no copy
   */
  public MemorySegment segment() {
    return segment;
  }

  /**
   * @return a path another process can open and map ({@code open} + {@code mmap})
   */
  public Path path() {
    return path;
  }

  /**
   * @return the memfd descriptor, or {@code -1} for a POSIX object
   */
  public int fd() {
    return fd;
  }

  /**
   * Removes a POSIX object's name ({@code shm_unlink}); mappings stay valid.
   *
   * @throws IOException if it cannot be removed
   */
  public void unlink() throws IOException {
    if (fd < 0) {
      Files.deleteIfExists(path);
    }
  }

  /** Unmaps the region and closes the descriptor. */
  @Override
  public void close() {
    arena.close();
    if (fd >= 0) {
      Native.close(fd);
    }
  }

  @SuppressWarnings("restricted") // see dev.ffmbind.internal: callers enable native access
  private static final class Native {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MEMFD_CREATE =
        LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("memfd_create"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
            Errno.CAPTURE);
    private static final MethodHandle FTRUNCATE =
        LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("ftruncate"),
            FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
            Errno.CAPTURE);
    private static final MethodHandle CLOSE =
        LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("close"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final int MFD_CLOEXEC = 1;

    static int memfdCreate(String name) throws IOException {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment state = arena.allocate(Errno.CAPTURE_LAYOUT);
        int fd =
            (int)
                MEMFD_CREATE.invokeExact(
                    state, arena.allocateFrom(name, StandardCharsets.UTF_8), MFD_CLOEXEC);
        if (fd < 0) {
          throw new IOException("memfd_create(" + name + ") failed: errno " + Errno.read(state));
        }
        return fd;
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }

    static void ftruncate(int fd, long size) throws IOException {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment state = arena.allocate(Errno.CAPTURE_LAYOUT);
        if ((int) FTRUNCATE.invokeExact(state, fd, size) != 0) {
          throw new IOException(
              "ftruncate(" + fd + ", " + size + ") failed: errno " + Errno.read(state));
        }
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }

    static void close(int fd) {
      try {
        int ignored = (int) CLOSE.invokeExact(fd);
      } catch (Throwable t) {
        // nothing to do
      }
    }
  }
}
