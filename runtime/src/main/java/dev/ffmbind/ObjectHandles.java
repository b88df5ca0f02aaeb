package dev.ffmbind;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A process-wide table that maps Java objects to integer handles, so a Java object can travel
 * through C as an opaque {@code void*} (the idea of Go's {@code cgo.Handle}). Generated bindings
 * use it for {@code user_data} parameters; it is public for hand-written code that passes context
 * pointers itself.
 *
 * <ul>
 *   <li>{@link #create} returns a new handle, never {@code 0} (so it is never C's {@code NULL}),
 *       and never reused: a stale handle cannot resolve to a newer object.
 *   <li>{@link #resolve} returns the object; a released, forged or zero handle throws {@link
 *       IllegalStateException} naming the handle, it never returns a wrong object.
 *   <li>{@link #release} removes the entry, so the object can be garbage collected. Every handle
 *       must be released exactly once; {@link #liveCount()} helps find leaks.
 * </ul>
 *
 * <p>All methods are thread-safe and lock-free.
 */
public final class ObjectHandles {

  private static final ConcurrentHashMap<Long, Object> TABLE = new ConcurrentHashMap<>();
  private static final AtomicLong NEXT = new AtomicLong();

  private ObjectHandles() {}

  /**
   * Registers an object.
   *
   * @param object the object; not null
   * @return its handle, a positive number never returned before
   */
  public static long create(Object object) {
    if (object == null) {
      throw new NullPointerException("ObjectHandles.create: object must not be null");
    }
    long handle = NEXT.incrementAndGet();
    TABLE.put(handle, object);
    return handle;
  }

  /**
   * The object a handle stands for.
   *
   * @throws IllegalStateException if the handle was released, or was never created here
   */
  public static Object resolve(long handle) {
    Object object = handle == 0 ? null : TABLE.get(handle);
    if (object == null) {
      throw new IllegalStateException(notLive(handle));
    }
    return object;
  }

  /**
   * The object a handle stands for, as {@code type}.
   *
   * @throws IllegalStateException if the handle is not live
   * @throws ClassCastException if the object is not a {@code type}
   */
  public static <T> T resolve(long handle, Class<T> type) {
    return type.cast(resolve(handle));
  }

  /**
   * Removes a handle; its object is no longer reachable through it.
   *
   * @throws IllegalStateException if the handle was already released or never created here
   */
  public static void release(long handle) {
    if (handle == 0 || TABLE.remove(handle) == null) {
      throw new IllegalStateException(notLive(handle));
    }
  }

  /** Whether a handle is live (created and not yet released). */
  public static boolean isLive(long handle) {
    return handle != 0 && TABLE.containsKey(handle);
  }

  /** The handle as the {@code void*} C receives. */
  public static MemorySegment toPointer(long handle) {
    return MemorySegment.ofAddress(handle);
  }

  /** The handle in a {@code void*} C hands back. */
  public static long fromPointer(MemorySegment pointer) {
    return pointer == null ? 0 : pointer.address();
  }

  /** How many handles are live: for leak checks in tests. */
  public static int liveCount() {
    return TABLE.size();
  }

  private static String notLive(long handle) {
    return "object handle 0x"
        + Long.toHexString(handle)
        + (handle == 0
            ? " is NULL"
            : " is not live: it was released, or never created by ObjectHandles");
  }
}
