package dev.ffmbind;

/**
 * A mutable holder for a handle out-parameter: C writes a pointer through a {@code T**} and the
 * generated stub stores the handle (or {@code null} for a C {@code NULL}) here.
 *
 * <pre>{@code
 * Ref<Sqlite3> db = new Ref<>();
 * sqlite.open("test.db", db);
 * try (Sqlite3 handle = db.get()) { ... }
 * }</pre>
 *
 * <p>Not thread-safe, like a local variable.
 *
 * @param <T> the handle type
 */
public final class Ref<T> {

  private T value;

  /** An empty holder. */
  public Ref() {}

  /**
   * @return the value, or {@code null} if none was set or C wrote {@code NULL}
   */
  public T get() {
    return value;
  }

  /**
   * @param value the new value, may be {@code null}
   */
  public void set(T value) {
    this.value = value;
  }

  /**
   * @return whether the value is {@code null}
   */
  public boolean isEmpty() {
    return value == null;
  }

  @Override
  public String toString() {
    return value == null ? "Ref[empty]" : "Ref[" + value + "]";
  }
}
