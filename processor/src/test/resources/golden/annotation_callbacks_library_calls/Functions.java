package golden.annotation_callbacks_library_calls;

import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.LengthFrom;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.OnExceptionCall;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UserData;
import dev.ffmbind.annotation.UserDataFrom;
import java.lang.foreign.MemorySegment;

/**
 * The annotation front end: a callback that asks the library for its user data, receives a counted
 * array of handles, and tells C of a Java exception through a call.
 */
@NativeLibrary("demo")
public interface Functions {

  /** An SQL-like function: C passes its context, not the user data. */
  @Callback("func_fn")
  interface ScalarFunction {
    @OnExceptionCall("fn_result_error(ctx, 1)")
    void invoke(
        @UserDataFrom("fn_user_data") Context ctx, int argc, @LengthFrom("argc") Value[] argv);
  }

  /** Called when C drops the user data. */
  @Callback("destroy_fn")
  interface Destroy {
    void invoke(@UserData Object app);
  }

  @Symbol("fn_create")
  @Errors(ErrorConvention.NONZERO)
  int create(
      String name,
      @UserData Object app,
      @Lifetime(CallbackLifetime.REGISTERED) ScalarFunction fn,
      @Lifetime(CallbackLifetime.RELEASE) @Nullable Destroy destroy);

  @Symbol("fn_user_data")
  MemorySegment userData(Context ctx);

  @Symbol("fn_result_error")
  void resultError(Context ctx, int code);

  @Symbol("fn_value_int")
  int valueInt(Value value);
}
