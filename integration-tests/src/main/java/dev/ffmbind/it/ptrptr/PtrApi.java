package dev.ffmbind.it.ptrptr;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.PointsInto;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.WithLength;

/**
 * The annotated twin of {@code ptrptr.yaml}: pointers to pointers through the annotation front end.
 * The processor generates {@code PtrApi_Ffm}.
 */
@NativeLibrary("ffmbindptr")
public interface PtrApi {

  /** Fails for a non-zero code with an owned message. */
  @Symbol("pp_run")
  int run(int code, @Nullable @Owned(free = "pp_free") Ref<String> errmsg);

  /** The number of live allocations. */
  @Symbol("pp_live")
  int live();

  /** Lends a static string. */
  @Symbol("pp_name")
  void name(@CType("const char**") Ref<String> out);

  /** Where the first ',' of {@code s} is. */
  @Symbol("pp_field")
  void field(String s, @CType("const char**") @PointsInto("s") Ref<Long> end);

  /** Where {@code x} is in {@code values}. */
  @Symbol("pp_find")
  int find(
      @CType("const int*") @WithLength(name = "count") int[] values,
      int x,
      @CType("const int**") @PointsInto("values") Ref<Long> at);

  /** Counts the strings before the terminator. */
  @Symbol("pp_argc")
  int argc(@CType("char* const*") String[] argv);

  /** The total length of the strings. */
  @Symbol("pp_total")
  long total(@CType("const char* const*") @WithLength(name = "n") String[] parts);

  /** Writes {@code id} as a UUID string. */
  @Symbol("pp_unparse")
  void unparse(@CType("const unsigned char[16]") byte[] id, @CType("char[37]") Ref<String> out);
}
