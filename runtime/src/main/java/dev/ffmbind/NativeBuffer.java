package dev.ffmbind;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bytes a C function returned, with their size: what a binding method returns for a {@code
 * uint8_t*} (or {@code void*}) whose size is known, through an out-length parameter ({@code
 * uint8_t* f(..., size_t* out_len)}) or an input parameter ({@code void* xmalloc(size_t n)}). The
 * raw address never reaches the caller: only this view does.
 *
 * <h2>Lifecycle</h2>
 *
 * An <em>owned</em> buffer is bound to the C function that frees it (libc's {@code free}, or the
 * library's own deallocator): {@link #close()} calls it exactly once, however often and from
 * however many threads it is called. A <em>borrowed</em> buffer (the memory stays C's) is never
 * freed; closing it only ends the view.
 *
 * <p>{@link #segment()} is a segment of exactly {@link #byteSize()} bytes, so every read and write
 * through it is bounds-checked. It is valid until {@code close()}: then it, and every slice of it,
 * is invalidated before the memory is freed, so a use after close throws {@link
 * IllegalStateException} instead of reading freed memory. {@code segment()}, {@link #toArray()} and
 * {@link #asReadOnly()} on a closed buffer throw {@code IllegalStateException} naming the C
 * function that returned it.
 *
 * <p>Closing while another thread is accessing the segment fails with {@code IllegalStateException}
 * and frees nothing; the buffer stays open.
 */
public final class NativeBuffer implements AutoCloseable {

  /** Frees what a C function returned; generated code passes the deallocator's downcall. */
  @FunctionalInterface
  public interface Deallocator {
    /**
     * @param pointer the address C returned; called at most once per buffer
     * @throws Throwable what the downcall throws
     */
    void free(MemorySegment pointer) throws Throwable;
  }

  private final MemorySegment pointer;
  private final long size;
  private final Deallocator deallocator;
  private final String deallocatorName;
  private final String function;
  private final Arena arena;
  private final MemorySegment view;
  private final AtomicBoolean closed = new AtomicBoolean();

  private NativeBuffer(
      MemorySegment pointer,
      long size,
      Deallocator deallocator,
      String deallocatorName,
      String function) {
    this.pointer = pointer;
    this.size = size;
    this.deallocator = deallocator;
    this.deallocatorName = deallocatorName;
    this.function = function;
    this.arena = Arena.ofShared();
    this.view = reinterpret(pointer, size, arena);
  }

  @SuppressWarnings("restricted") // see package-info: callers enable native access
  private static MemorySegment reinterpret(MemorySegment pointer, long size, Arena arena) {
    return pointer.reinterpret(size, arena, null);
  }

  /**
   * A buffer the caller owns: {@link #close()} frees it with {@code deallocator}, exactly once.
   *
   * @param pointer the address C returned; {@code NULL} gives {@code null}
   * @param size its size in bytes, as C reported it
   * @param deallocator the downcall of the C function that frees it
   * @param deallocatorName that function's name ({@code free}, {@code tl_free}), for messages
   * @param function the C function that returned it, for messages
   * @return the buffer, or {@code null} for {@code NULL}
   * @throws NativeException if {@code size} is negative (more than {@code Long.MAX_VALUE} as an
   *     unsigned C value); the memory is freed first
   */
  public static NativeBuffer owned(
      MemorySegment pointer,
      long size,
      Deallocator deallocator,
      String deallocatorName,
      String function) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    if (size < 0) {
      try {
        deallocator.free(pointer);
      } catch (Throwable t) {
        // reported below with the size
      }
      throw badSize(function, size);
    }
    return new NativeBuffer(pointer, size, deallocator, deallocatorName, function);
  }

  /**
   * A buffer C keeps: closing it only ends the view, nothing is freed.
   *
   * @param pointer the address C returned; {@code NULL} gives {@code null}
   * @param size its size in bytes, as C reported it
   * @param function the C function that returned it, for messages
   * @return the buffer, or {@code null} for {@code NULL}
   * @throws NativeException if {@code size} is negative
   */
  public static NativeBuffer borrowed(MemorySegment pointer, long size, String function) {
    if (pointer == null || pointer.address() == 0) {
      return null;
    }
    if (size < 0) {
      throw badSize(function, size);
    }
    return new NativeBuffer(pointer, size, null, null, function);
  }

  private static NativeException badSize(String function, long size) {
    return new NativeException(
        function
            + " returned a buffer of size "
            + Long.toUnsignedString(size)
            + ", which is more than a Java segment can hold");
  }

  /**
   * @return the size in bytes (which may exceed {@code Integer.MAX_VALUE})
   */
  public long byteSize() {
    return size;
  }

  /**
   * @return the C function that returned this buffer
   */
  public String function() {
    return function;
  }

  /**
   * @return whether {@link #close()} frees the memory (with {@link #deallocator()})
   */
  public boolean isOwned() {
    return deallocator != null;
  }

  /**
   * @return the name of the C function that frees the memory, or {@code null} if borrowed
   */
  public String deallocator() {
    return deallocatorName;
  }

  /**
   * @return whether {@link #close()} has been called
   */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * @return the bytes, as a segment of exactly {@link #byteSize()} bytes, valid until {@link
   *     #close()}
   * @throws IllegalStateException if the buffer is closed
   */
  public MemorySegment segment() {
    checkOpen("segment");
    return view;
  }

  /**
   * @return a read-only view of the bytes, valid until {@link #close()}
   * @throws IllegalStateException if the buffer is closed
   */
  public MemorySegment asReadOnly() {
    checkOpen("asReadOnly");
    return view.asReadOnly();
  }

  /**
   * @return a copy of the bytes on the Java heap
   * @throws IllegalStateException if the buffer is closed, or larger than a Java array can be
   */
  public byte[] toArray() {
    checkOpen("toArray");
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          function
              + ": the buffer holds "
              + size
              + " bytes, more than a byte[] can; read it through segment()");
    }
    return view.toArray(ValueLayout.JAVA_BYTE);
  }

  /**
   * Ends the view and, for an owned buffer, frees the memory exactly once. Later calls do nothing.
   * The buffer counts as closed even if the deallocator throws (a retry could free twice); the
   * exception is passed on, checked ones wrapped in a {@link NativeException}.
   *
   * @throws IllegalStateException if another thread is accessing the segment right now; then
   *     nothing is freed and the buffer stays open
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      arena.close(); // invalidates segment() and its slices before the memory goes
    } catch (IllegalStateException inUse) {
      closed.set(false);
      throw inUse;
    }
    if (deallocator == null) {
      return;
    }
    try {
      deallocator.free(pointer);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new NativeException(
          function + ": freeing its buffer with " + deallocatorName + " failed: " + t, t);
    }
  }

  private void checkOpen(String method) {
    if (closed.get()) {
      throw new IllegalStateException(
          function
              + ": NativeBuffer."
              + method
              + "(): the buffer is closed"
              + (deallocator != null ? " (its memory was freed with " + deallocatorName + ")" : "")
              + "; a closed buffer cannot be used");
    }
  }

  /**
   * @return {@code NativeBuffer[function, n bytes]}, with {@code (closed)} once closed
   */
  @Override
  public String toString() {
    return "NativeBuffer["
        + function
        + ", "
        + size
        + " bytes"
        + (closed.get() ? ", closed" : "")
        + "]";
  }
}
