package dev.ffmbind.it.libc;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.PointsInto;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UncheckedSize;

/**
 * {@code realpath(3)}, whose buffer is nullable and has no length parameter: a binding the
 * generator used to crash on. Generates {@code RealpathApi_Ffm}.
 */
@NativeLibrary("c")
public interface RealpathApi {

  /** {@code realpath(path, NULL)}: C allocates the result, freed once it is copied. */
  @Owned(free = "free")
  @Symbol("realpath")
  @Errors(ErrorConvention.NULL_ERRNO)
  @CType("char*")
  String allocating(String path, @CType("char*") @Nullable @Out @UncheckedSize byte[] resolved);

  /**
   * {@code realpath(path, resolved)}: C writes the path into {@code resolved}, up to PATH_MAX
   * bytes, and takes no length: the caller must pass at least PATH_MAX bytes
   * ({@code @UncheckedSize}). C returns {@code resolved}, whose scratch copy is gone when the call
   * returns: the method returns the position of that pointer in it, 0.
   */
  @Symbol("realpath")
  @Errors(ErrorConvention.NULL_ERRNO)
  @CType("char*")
  @PointsInto("resolved")
  long into(String path, @CType("char*") @Nullable @Out @UncheckedSize byte[] resolved);
}
