package golden.annotation_basics;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;

/** The annotation front end: scalars, C types and unsigned widening. */
@NativeLibrary("c")
public interface Libc {
  /** Returns the process id. */
  int getpid();

  @CType("size_t") long strlen(String s);

  @CType("uint8_t") short toupper(@CType("uint8_t") short c);
}
