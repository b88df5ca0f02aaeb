package dev.ffmbind.it.callbacks;

import dev.ffmbind.Registration;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.LengthFrom;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.OnException;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UserData;

/** The callbacks test library through the annotation front end: generates {@code CbApi_Ffm}. */
@NativeLibrary("ffmbindcb")
public interface CbApi {

  /** {@code int (*cb_tick_fn)(void* data, int i)}. */
  @Callback("cb_tick_fn")
  interface Tick {
    @OnException("-1")
    int tick(@UserData Object data, int i);
  }

  /** {@code void (*cb_words_fn)(void* data, const char* title, int n, const char** words)}. */
  @Callback("cb_words_fn")
  interface Words {
    void words(
        @UserData Object data,
        String title,
        int n,
        @LengthFrom("n") @CType("const char**") String[] words);
  }

  @Symbol("cb_each")
  int each(@Lifetime(CallbackLifetime.CALL) Tick cb, @UserData Object data, int n);

  @Symbol("cb_register")
  Registration register(@Lifetime(CallbackLifetime.REGISTERED) Tick cb, @UserData Object data);

  @Symbol("cb_fire")
  int fire(int i);

  @Symbol("cb_words")
  void words(@Lifetime(CallbackLifetime.CALL) Words cb, @UserData Object data);
}
