package golden.annotation_variadic;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.Variadic;
import dev.ffmbind.annotation.WithLength;

/** The annotation front end: variadic arguments, two methods binding one symbol. */
@NativeLibrary("c")
public interface Posix {
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int open(String path, int flags);

  @Symbol("open") @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int create(String path, int flags, @Variadic @CType("unsigned int") int mode);

  @Symbol("snprintf")
  int format(
      @Out @WithLength(value = "size_t", name = "size") byte[] buf,
      String format,
      @Variadic double d,
      String s);
}
