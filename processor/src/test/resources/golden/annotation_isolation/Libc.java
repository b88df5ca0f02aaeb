package golden.annotation_isolation;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;

/** The annotation spelling of {@code isolation: allowed}: load(Isolation) returns the interface. */
@NativeLibrary(value = "c", isolation = true)
public interface Libc {
  /** Returns the process id. */
  int getpid();

  @CType("size_t") long strlen(String s);
}
