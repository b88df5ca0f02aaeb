package dev.ffmbind.it.blocking;

import dev.ffmbind.annotation.Blocking;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/**
 * The blocking-call test library through the annotation front end: generates {@code BlockApi_Ffm}.
 */
@NativeLibrary("ffmbindblock")
public interface BlockApi {

  /** {@code int (*blk_tick_fn)(int i)}. */
  @Callback("blk_tick_fn")
  interface Tick {
    int tick(int i);
  }

  @Symbol("blk_inside")
  int inside();

  @Symbol("blk_sleep_ms")
  @Blocking
  int sleepMs(int ms);

  @Symbol("blk_sleep_ms")
  int sleepPinned(int ms);

  @Symbol("blk_fail_after")
  @Blocking
  @Errors(ErrorConvention.MINUS_ONE_ERRNO)
  int failAfter(int ms, int e);

  @Symbol("blk_strlen_after")
  @Blocking
  long strlenAfter(String s, int ms);

  @Symbol("blk_each")
  @Blocking
  int each(int n, int ms, @Lifetime(CallbackLifetime.CALL) Tick tick);
}
