package golden.annotation_owned_string;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.Symbol;

/** The annotation front end: an owned string freed by a named function, a renamed symbol. */
@NativeLibrary("c")
public interface Strings {
  @Owned(free = "free") @Symbol("strdup") @CType("char*") String duplicate(String s);
}
