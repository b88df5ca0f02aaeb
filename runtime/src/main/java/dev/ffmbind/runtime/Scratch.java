package dev.ffmbind.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * Per-thread, stack-disciplined memory for the temporaries of one native call (strings, arrays,
 * the errno capture segment). Generated stubs use it like this:
 *
 * <pre>{@code
 * try (Scratch scratch = Scratch.enter()) {
 *   MemorySegment path = NativeStrings.encode(scratch, p, UTF_8, "open", "path");
 *   MemorySegment errno = scratch.allocate(Errno.CAPTURE_LAYOUT);
 *   int fd = (int) OPEN.invokeExact(errno, path, flags);
 *   ...
 * }
 * }</pre>
 *
 * <p>Each thread (platform or virtual) owns a fixed {@value #BLOCK_SIZE}-byte block, allocated
 * on its first {@code enter()} and freed by the garbage collector after the thread is gone.
 * {@link #enter()} pushes a frame that remembers the bump offset; {@link #allocate} carves
 * aligned slices from the block; {@link #close()} pops the frame and restores the offset. A
 * request that does not fit in the rest of the block goes to a confined {@link Arena} created
 * for that frame, which is closed when the frame pops, so memory never grows without bound.
 * Frames nest (a callback that makes a downcall while a downcall is running), and must be
 * closed in reverse order.
 *
 * <p>Memory is <em>not</em> zeroed: stubs write every byte they pass to C, or pass the memory
 * as an output buffer. Slices stay addressable after the frame pops, but their bytes belong to
 * the next frame: a stub must not keep them past the call.
 *
 * <p>On the hot path (nothing overflows) entering and closing a frame allocates nothing on the
 * Java heap: the frame objects of each depth are created once per thread and reused.
 *
 * <p>A {@code Scratch} belongs to the thread that entered it; using it from another thread
 * throws {@link WrongThreadException}.
 */
public final class Scratch implements SegmentAllocator, AutoCloseable {

  /** Bytes in each thread's block. */
  public static final int BLOCK_SIZE = 16 * 1024;

  // Alignment of the block's base; larger alignments are honoured by padding.
  private static final long BLOCK_ALIGNMENT = 16;

  private static final ThreadLocal<Pool> POOLS = ThreadLocal.withInitial(Pool::new);

  private final Pool pool;
  private final int depth;
  private long mark;
  private Arena overflow;

  private Scratch(Pool pool, int depth) {
    this.pool = pool;
    this.depth = depth;
  }

  /**
   * Pushes a frame on the current thread's pool.
   *
   * @return the frame; close it (try-with-resources) when the call is done
   */
  public static Scratch enter() {
    return POOLS.get().push();
  }

  /**
   * Returns {@code byteSize} bytes aligned to {@code byteAlignment}, valid until this frame is
   * closed. The contents are not zeroed.
   *
   * @throws IllegalArgumentException if {@code byteSize < 0} or {@code byteAlignment} is not a
   *     positive power of two
   * @throws IllegalStateException if this frame is closed or not the innermost open frame
   * @throws WrongThreadException if called from a thread other than the owner
   */
  @Override
  public MemorySegment allocate(long byteSize, long byteAlignment) {
    if (byteSize < 0) {
      throw new IllegalArgumentException("Invalid allocation size: " + byteSize);
    }
    if (byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
      throw new IllegalArgumentException("Invalid alignment: " + byteAlignment);
    }
    checkTop("allocate from");
    Pool p = pool;
    long base = p.block.address();
    long start = alignUp(base + p.offset, byteAlignment) - base;
    // start may exceed BLOCK_SIZE for huge alignments; compare without overflow.
    if (start <= BLOCK_SIZE && byteSize <= BLOCK_SIZE - start) {
      p.offset = start + byteSize;
      return p.block.asSlice(start, byteSize);
    }
    if (overflow == null) {
      overflow = Arena.ofConfined();
    }
    return overflow.allocate(byteSize, byteAlignment);
  }

  /**
   * Pops this frame: the block's offset goes back to where it was at {@link #enter()}, and the
   * overflow arena, if any, is closed.
   *
   * @throws IllegalStateException if this frame is already closed, or an inner frame is still
   *     open
   * @throws WrongThreadException if called from a thread other than the owner
   */
  @Override
  public void close() {
    checkTop("close");
    Pool p = pool;
    p.offset = mark;
    p.depth = depth;
    Arena arena = overflow;
    if (arena != null) {
      overflow = null;
      arena.close();
    }
  }

  /** @return the bytes of this thread's block in use (for tests and diagnostics) */
  public static long used() {
    return POOLS.get().offset;
  }

  /** @return the number of open frames on this thread (for tests and diagnostics) */
  public static int depth() {
    return POOLS.get().depth;
  }

  private void checkTop(String what) {
    Pool p = pool;
    if (Thread.currentThread() != p.owner) {
      throw new WrongThreadException(
          "Scratch frame belongs to " + p.owner + ", used from " + Thread.currentThread());
    }
    if (p.depth != depth + 1) {
      if (p.depth <= depth) {
        throw new IllegalStateException("Scratch frame " + depth + " is already closed");
      }
      throw new IllegalStateException(
          "Cannot "
              + what
              + " scratch frame "
              + depth
              + " while frame "
              + (p.depth - 1)
              + " is open: frames must be closed in reverse order of enter()");
    }
  }

  private static long alignUp(long address, long alignment) {
    return (address + alignment - 1) & -alignment;
  }

  /** One thread's block and frame stack. */
  private static final class Pool {

    final Thread owner = Thread.currentThread();
    // Auto arena: the block lives as long as the pool (or a slice of it) is reachable.
    final MemorySegment block = Arena.ofAuto().allocate(BLOCK_SIZE, BLOCK_ALIGNMENT);
    long offset;
    int depth;
    Scratch[] frames = new Scratch[8];

    Scratch push() {
      int d = depth;
      if (d == frames.length) {
        frames = java.util.Arrays.copyOf(frames, d * 2);
      }
      Scratch frame = frames[d];
      if (frame == null) {
        frame = new Scratch(this, d);
        frames[d] = frame;
      }
      frame.mark = offset;
      depth = d + 1;
      return frame;
    }
  }
}
