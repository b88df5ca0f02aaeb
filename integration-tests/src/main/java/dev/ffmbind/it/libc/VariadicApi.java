package dev.ffmbind.it.libc;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.Variadic;
import dev.ffmbind.annotation.WithLength;

/**
 * Variadic C functions ({@code snprintf}, {@code open}, {@code fcntl}), each symbol bound by more
 * than one method with different variadic arguments. Generates {@code VariadicApi_Ffm}.
 */
@NativeLibrary("c")
public interface VariadicApi {

  /** {@code snprintf(buf, size, format, i, l, d, s)}: an int, a long, a double and a string. */
  @Symbol("snprintf")
  int format(
      @Out @WithLength(value = "size_t", name = "size") byte[] buf,
      String format,
      @Variadic int i,
      long l,
      double d,
      String s);

  /** {@code snprintf(buf, size, format, ...)} with the byte array as the variadic string. */
  @Symbol("snprintf")
  int formatBytes(
      @Out @WithLength(value = "size_t", name = "size") byte[] buf,
      String format,
      @Variadic @CType("const char*") byte[] text);

  /** {@code open(path, flags, mode)}: creates a file with these permissions. */
  @Symbol("open")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int create(String path, int flags, @Variadic @CType("unsigned int") int mode);

  /** {@code open(path, flags)}: no variadic argument. */
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int open(String path, int flags);

  /** {@code fcntl(fd, cmd)}, e.g. {@code F_GETFL}. */
  @Symbol("fcntl")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int getFlags(int fd, int cmd);

  /** {@code fcntl(fd, cmd, arg)}, e.g. {@code F_SETFL}. */
  @Symbol("fcntl")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int setFlags(int fd, int cmd, @Variadic int arg);

  /** {@code close(fd)}. */
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int close(int fd);
}
