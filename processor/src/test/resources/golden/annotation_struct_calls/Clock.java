package golden.annotation_struct_calls;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.BoundedBy;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Struct;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.WithLength;
import java.lang.foreign.MemorySegment;

/**
 * The annotated twin of the struct_calls golden: structs by value both ways, const T* in, T* out
 * (a Ref), a returned T* copied out, arrays of structs with a length (in, inout, out with a
 * caller-given bound). Methods name the value types the processor generates (Clock_Ffm.Timeval).
 */
@NativeLibrary("c")
public interface Clock {

  @Struct("div_t")
  record DivT(int quot, int rem) {}

  @Struct("timeval")
  record Timeval(@CType("long") long tv_sec, @CType("long") long tv_usec) {}

  @Struct("pollfd")
  record Pollfd(int fd, @CType("short") short events, @CType("short") short revents) {}

  @Struct("tm")
  record Tm(int tm_sec, @CType("const char*") MemorySegment tm_zone) {}

  Clock_Ffm.DivT div(int numer, int denom);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int gettimeofday(
      @CType("struct timeval*") @Out Ref<Clock_Ffm.Timeval> tv,
      @CType("void*") @Nullable MemorySegment tz);

  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int settimeofday(
      @CType("const struct timeval*") @Nullable Clock_Ffm.Timeval tv,
      @CType("const void*") @Nullable MemorySegment tz);

  @Symbol("adjust_time")
  void adjust(@CType("struct timeval*") Ref<Clock_Ffm.Timeval> tv);

  @CType("struct tm*")
  Clock_Ffm.Tm localtime(@CType("const long*") long[] timep);

  int poll(
      @CType("struct pollfd*") @WithLength(value = "unsigned long", name = "nfds")
          Clock_Ffm.Pollfd[] fds,
      int timeout);

  @Symbol("count_watched")
  int watched(
      @CType("const struct pollfd*") @Nullable @WithLength(value = "int", name = "n")
          Clock_Ffm.Pollfd[] fds);

  @Symbol("fill_polls")
  void fillPolls(
      @CType("struct pollfd*") @Out Clock_Ffm.Pollfd[] out, @BoundedBy("out") int n);
}
