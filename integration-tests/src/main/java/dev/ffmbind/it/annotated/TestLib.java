package dev.ffmbind.it.annotated;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.BoundedBy;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Encoding;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.InOut;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Out;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.RetryOnEintr;
import dev.ffmbind.annotation.StatusCode;
import dev.ffmbind.annotation.StatusTable;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UncheckedSize;
import dev.ffmbind.annotation.WithLength;

/**
 * The annotation front end over the same C functions the YAML specs bind, so both front ends are
 * proven against real C. The processor generates {@code TestLib_Ffm}.
 */
@NativeLibrary(
    value = "ffmbindtest",
    statusTables =
        @StatusTable(
            name = "tl",
            exception = "TlException",
            messageFunction = "tl_strerror",
            codes = {
              @StatusCode(name = "TL_OK", value = 0, success = true, description = "no error"),
              @StatusCode(name = "TL_EINVAL", value = 1, description = "invalid argument"),
              @StatusCode(name = "TL_ENOMEM", value = 2, description = "out of memory"),
              @StatusCode(name = "TL_EBUSY", value = 5, description = "busy"),
              @StatusCode(name = "TL_DONE", value = 100, success = true, description = "done")
            }))
public interface TestLib {

  // ---- scalars ----
  @Symbol("tl_id_i8")
  @CType("int8_t")
  byte idI8(@CType("int8_t") byte v);

  @Symbol("tl_id_u8")
  @CType("uint8_t")
  short idU8(@CType("uint8_t") short v);

  @Symbol("tl_id_u16")
  @CType("uint16_t")
  int idU16(@CType("uint16_t") int v);

  @Symbol("tl_id_u32")
  @CType("uint32_t")
  long idU32(@CType("uint32_t") long v);

  @Symbol("tl_id_i64")
  long idI64(long v);

  @Symbol("tl_id_u64")
  @CType("uint64_t")
  long idU64(@CType("uint64_t") long v);

  @Symbol("tl_id_size")
  @CType("size_t")
  long idSize(@CType("size_t") long v);

  @Symbol("tl_id_float")
  float idFloat(float v);

  @Symbol("tl_id_double")
  double idDouble(double v);

  @Symbol("tl_id_bool")
  boolean idBool(boolean v);

  @Symbol("tl_add_int")
  int addInt(int a, int b);

  // ---- strings ----
  @Symbol("tl_strlen")
  @CType("size_t")
  long strlen(String s);

  @Symbol("tl_strdup_owned")
  @CType("char*")
  @Owned(free = "tl_free")
  String strdupOwned(String s);

  @Symbol("tl_static_greeting")
  String staticGreeting();

  @Symbol("tl_null_string")
  String nullString();

  @Symbol("tl_is_null")
  int isNull(@Nullable String s);

  @Symbol("tl_bytes_len16")
  @CType("size_t")
  long utf16Length(@Encoding("UTF-16LE") String text);

  @Symbol("tl_alloc_count")
  long allocCount();

  @Symbol("tl_free_count")
  long freeCount();

  @Symbol("tl_reset_counts")
  void resetCounts();

  // ---- arrays ----
  @Symbol("tl_sum_bytes")
  @CType("uint64_t")
  long sumBytes(@CType("const uint8_t*") @WithLength("size_t") byte[] buf);

  @Symbol("tl_fill")
  void fill(
      @CType("uint8_t*") @Out @WithLength("size_t") byte[] buf, @CType("uint8_t") short value);

  @Symbol("tl_increment")
  void increment(@CType("uint8_t*") @InOut @WithLength("size_t") byte[] buf);

  @Symbol("tl_copy")
  int copy(
      @CType("uint8_t*") @Out byte[] dst,
      @CType("const uint8_t*") byte[] src,
      @BoundedBy("dst") int n);

  @Symbol("tl_call_count")
  long callCount();

  @Symbol("tl_out_int")
  void outInt(@Out @UncheckedSize int[] out);

  // ---- errors ----
  @Symbol("tl_fail_errno")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int failErrno(int err);

  @Symbol("tl_negative_errno")
  @Errors(ErrorConvention.NEGATIVE_ERRNO)
  int negativeErrno(int err);

  @Symbol("tl_status")
  @Errors(value = ErrorConvention.STATUS, table = "tl")
  int status(int code);

  @Symbol("tl_strerror")
  String statusMessage(int code);

  @Symbol("tl_eintr_n_times")
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  @RetryOnEintr
  int eintrRetried(int n);

  @Symbol("tl_eintr_reset")
  void eintrReset();

  // ---- handles ----
  @Symbol("tl_counter_new")
  Counter newCounter(int start);

  @Symbol("tl_counter_next")
  int next(Counter c);

  @Symbol("tl_counter_free")
  void free(Counter c);

  @Symbol("tl_counter_open")
  @Errors(value = ErrorConvention.STATUS, table = "tl")
  int open(int start, Ref<Counter> out);

  @Symbol("tl_counter_live")
  long live();
}
