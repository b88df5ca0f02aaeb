package dev.ffmbind.processor.model;

import java.util.Optional;

/**
 * Who frees a pointer returned by a C function.
 *
 * @param owned whether the caller owns the memory and must free it
 * @param freeFunction the C function that frees it ({@code free}, {@code sqlite3_free}); present
 *     exactly when {@code owned}
 */
public record Ownership(boolean owned, Optional<String> freeFunction) {

  public static final Ownership BORROWED = new Ownership(false, Optional.empty());

  public static Ownership owned(String freeFunction) {
    return new Ownership(true, Optional.of(freeFunction));
  }
}
