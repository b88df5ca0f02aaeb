package dev.ffmbind.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.Arrays;

/**
 * Per-thread, stack-disciplined memory for the temporaries of one native call (strings, arrays, the
 * errno capture segment). Generated stubs use it like this:
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
 * <p>Each thread (platform or virtual) owns a block of native memory, {@value #BLOCK_SIZE} bytes at
 * first, allocated on its first {@code enter()} and freed by the garbage collector after the thread
 * is gone. {@link #enter()} pushes a frame that remembers the bump offset; {@link #allocate} carves
 * aligned slices from the block; {@link #close()} pops the frame and restores the offset. Frames
 * nest (a callback that makes a downcall while a downcall is running), and must be closed in
 * reverse order.
 *
 * <p><b>Large requests.</b> A request that does not fit in the rest of the block:
 *
 * <ul>
 *   <li>on a <em>platform</em> thread, replaces the block with a larger one (at least twice the
 *       size, a power of two) of at most {@value #MAX_BLOCK_SIZE} bytes, which the thread then
 *       keeps: in steady state, repeated big copies allocate nothing. Slices already handed out
 *       stay in the old block, which is kept until the outermost frame pops. Memory per platform
 *       thread is therefore bounded by {@value #MAX_BLOCK_SIZE} bytes (plus, transiently, the
 *       blocks it outgrew during one outermost call);
 *   <li>on a <em>virtual</em> thread, never grows the block: there may be millions of them, and
 *       each would pin a large block for as long as it lives;
 *   <li>when it cannot grow (virtual thread, or a request above {@value #MAX_BLOCK_SIZE} bytes or
 *       aligned to more than 4096), goes to a confined {@link Arena} created for that frame and
 *       closed when the frame pops, so memory never grows without bound.
 * </ul>
 *
 * <p>Memory is <em>not</em> zeroed: stubs write every byte they pass to C, or pass the memory as an
 * output buffer. Slices stay addressable after the frame pops, but their bytes belong to the next
 * frame: a stub must not keep them past the call.
 *
 * <p>On the hot path (the request fits) entering, allocating and closing allocate nothing on the
 * Java heap (the frame objects of each depth are created once per thread and reused) and cost one
 * thread-local lookup at {@code enter()} plus a few compares.
 *
 * <p>A {@code Scratch} belongs to the thread that entered it; allocating from it or closing it on
 * another thread throws {@link WrongThreadException}.
 */
public final class Scratch implements SegmentAllocator, AutoCloseable {

  /** Bytes in each thread's first block. */
  public static final int BLOCK_SIZE = 16 * 1024;

  /** The largest block a platform thread grows to; larger requests use a per-frame arena. */
  public static final int MAX_BLOCK_SIZE = 1024 * 1024;

  // Alignment of every block's base: offsets aligned to up to this are aligned addresses.
  private static final long BLOCK_ALIGNMENT = 4096;

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
    Pool p = pool;
    long start = (p.offset + byteAlignment - 1) & -byteAlignment;
    // One branch on the hot path; every failure is sorted out (and reported) in allocateSlow.
    if (p.depth == depth + 1
        & p.owner == Thread.currentThread()
        & byteSize >= 0
        & byteAlignment > 0
        & byteAlignment <= BLOCK_ALIGNMENT
        & (byteAlignment & (byteAlignment - 1)) == 0
        & byteSize <= p.capacity - start) {
      p.offset = start + byteSize;
      return p.block.asSlice(start, byteSize);
    }
    return allocateSlow(byteSize, byteAlignment);
  }

  private MemorySegment allocateSlow(long byteSize, long byteAlignment) {
    if (byteSize < 0) {
      throw new IllegalArgumentException("Invalid allocation size: " + byteSize);
    }
    if (byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
      throw new IllegalArgumentException("Invalid alignment: " + byteAlignment);
    }
    checkTop("allocate from");
    Pool p = pool;
    if (byteAlignment <= BLOCK_ALIGNMENT) {
      long start = (p.offset + byteAlignment - 1) & -byteAlignment;
      if (byteSize <= p.capacity - start) {
        p.offset = start + byteSize;
        return p.block.asSlice(start, byteSize);
      }
      if (p.canGrow && byteSize <= MAX_BLOCK_SIZE) {
        p.grow(byteSize);
        p.offset = byteSize;
        return p.block.asSlice(0, byteSize);
      }
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
   * @throws IllegalStateException if this frame is already closed, or an inner frame is still open
   * @throws WrongThreadException if called from a thread other than the owner
   */
  @Override
  public void close() {
    Pool p = pool;
    if (p.depth != depth + 1 | p.owner != Thread.currentThread()) {
      checkTop("close");
    }
    p.offset = mark;
    p.depth = depth;
    if (overflow != null | p.retired != null) {
      release(p);
    }
  }

  private void release(Pool p) {
    Arena arena = overflow;
    if (arena != null) {
      overflow = null;
      arena.close();
    }
    if (depth == 0) {
      p.retired = null; // no slice of an outgrown block is in use any more
    }
  }

  /**
   * Gives back the end of {@code segment}, the last allocation of this frame, keeping its first
   * {@code newSize} bytes.
   *
   * @return the first {@code newSize} bytes of {@code segment}
   */
  MemorySegment shrinkLast(MemorySegment segment, long newSize) {
    Pool p = pool;
    long start = segment.address() - p.block.address();
    if (p.depth == depth + 1 && start >= 0 && start + segment.byteSize() == p.offset) {
      p.offset = start + newSize;
    }
    return segment.asSlice(0, newSize);
  }

  /**
   * A heap array of at least {@code length} bytes owned by this thread, for the innermost frame
   * only (the next call may overwrite it). Arrays beyond {@value #MAX_BLOCK_SIZE} bytes (on a
   * virtual thread: beyond {@value #BLOCK_SIZE}, the size of its block) are not kept.
   */
  byte[] heapBytes(int length) {
    Pool p = pool;
    byte[] bytes = p.heap;
    if (bytes.length >= length) {
      return bytes;
    }
    int limit = p.canGrow ? MAX_BLOCK_SIZE : BLOCK_SIZE;
    if (length > limit) {
      return new byte[length];
    }
    bytes = new byte[Math.max(length, Math.min(limit, bytes.length * 2))];
    p.heap = bytes;
    p.heapSegment = MemorySegment.ofArray(bytes);
    return bytes;
  }

  /**
   * A heap segment over {@code bytes}, an array from {@link #heapBytes}: the one this thread keeps
   * when it is the kept array, so that comparing against it creates no segment object per call.
   */
  MemorySegment heapSegment(byte[] bytes) {
    MemorySegment kept = pool.heapSegment;
    return kept != null && bytes == pool.heap ? kept : MemorySegment.ofArray(bytes);
  }

  /**
   * Takes {@code byteSize} bytes (alignment 1) at the top of this frame <em>inside the thread's
   * block</em>, growing the block on a platform thread as {@link #allocate} does, and returns their
   * offset in {@link #block()}; returns -1 and takes nothing if they can only come from the
   * overflow arena. Unlike {@link #allocate} it creates no segment object: callers that write
   * through {@link #block()} and hand out one {@link #slice} allocate nothing on the Java heap even
   * where the JIT does not inline them into the stub.
   *
   * @throws IllegalArgumentException if {@code byteSize < 0}
   * @throws IllegalStateException if this frame is closed or not the innermost open frame
   * @throws WrongThreadException if called from a thread other than the owner
   */
  long reserve(long byteSize) {
    Pool p = pool;
    long start = p.offset;
    if (p.depth == depth + 1
        & p.owner == Thread.currentThread()
        & byteSize >= 0
        & byteSize <= p.capacity - start) {
      p.offset = start + byteSize;
      return start;
    }
    return reserveSlow(byteSize);
  }

  private long reserveSlow(long byteSize) {
    if (byteSize < 0) {
      throw new IllegalArgumentException("Invalid allocation size: " + byteSize);
    }
    checkTop("allocate from");
    Pool p = pool;
    long start = p.offset;
    if (byteSize <= p.capacity - start) {
      p.offset = start + byteSize;
      return start;
    }
    if (p.canGrow && byteSize <= MAX_BLOCK_SIZE) {
      p.grow(byteSize);
      p.offset = byteSize;
      return 0;
    }
    return -1;
  }

  /**
   * Moves the top of the block to {@code end}, an offset inside the last {@link #reserve} of this
   * frame: gives back the rest of it ({@code end} = its offset gives back all of it).
   */
  void trimTo(long end) {
    pool.offset = end;
  }

  /** The thread's current block, which {@link #reserve} offsets point into. */
  MemorySegment block() {
    return pool.block;
  }

  /** {@code byteSize} bytes of the block at {@code start}, an offset from {@link #reserve}. */
  MemorySegment slice(long start, long byteSize) {
    return pool.block.asSlice(start, byteSize);
  }

  /**
   * @return the bytes of this thread's block in use (for tests and diagnostics)
   */
  public static long used() {
    return POOLS.get().offset;
  }

  /**
   * @return the number of open frames on this thread (for tests and diagnostics)
   */
  public static int depth() {
    return POOLS.get().depth;
  }

  /**
   * @return the size of this thread's current block (for tests and diagnostics)
   */
  public static long blockSize() {
    return POOLS.get().capacity;
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

  /** One thread's block and frame stack. */
  private static final class Pool {

    final Thread owner = Thread.currentThread();
    final boolean canGrow = !owner.isVirtual();
    // Auto arena: a block lives as long as the pool (or a slice of it) is reachable.
    MemorySegment block = Arena.ofAuto().allocate(BLOCK_SIZE, BLOCK_ALIGNMENT);
    long capacity = BLOCK_SIZE;
    long offset;
    int depth;
    Scratch[] frames = new Scratch[8];
    // Blocks outgrown while frames were open: slices of them may still be in use.
    Object[] retired;
    byte[] heap = new byte[0];
    // A segment over heap, made when heap is replaced.
    MemorySegment heapSegment;

    Scratch push() {
      int d = depth;
      Scratch[] f = frames;
      Scratch frame;
      if (d < f.length && (frame = f[d]) != null) {
        frame.mark = offset;
        depth = d + 1;
        return frame;
      }
      return pushSlow(d);
    }

    private Scratch pushSlow(int d) {
      if (d == frames.length) {
        frames = Arrays.copyOf(frames, d * 2);
      }
      Scratch frame = new Scratch(this, d);
      frames[d] = frame;
      frame.mark = offset;
      depth = d + 1;
      return frame;
    }

    void grow(long needed) {
      long size = Math.max(capacity * 2, Long.highestOneBit(Math.max(needed - 1, 1)) << 1);
      size = Math.min(size, MAX_BLOCK_SIZE);
      retired = retired == null ? new Object[] {block} : append(retired, block);
      block = Arena.ofAuto().allocate(size, BLOCK_ALIGNMENT);
      capacity = size;
    }

    private static Object[] append(Object[] array, Object element) {
      Object[] copy = Arrays.copyOf(array, array.length + 1);
      copy[array.length] = element;
      return copy;
    }
  }
}
