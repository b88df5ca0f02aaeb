package dev.ffmbind.it.shapes;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.OnException;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.Struct;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UserData;
import dev.ffmbind.annotation.Variadic;

/**
 * The parser, registry and easy handle of cbshapes through annotations: handlers set on a handle
 * with user data in a separate call, several callbacks with a user-data destructor, option setters
 * taking a callback through C's {@code ...}, a {@code void*} or a {@code long}, and structs passed
 * to callbacks.
 */
@NativeLibrary("ffmbindshapes")
public interface ShapesApi {

  /** {@code shp_start_fn}. */
  @Callback("shp_start_fn")
  interface Start {
    void start(@UserData Object data, @CType("const char*") String name, int depth);
  }

  /** {@code shp_end_fn}. */
  @Callback("shp_end_fn")
  interface End {
    void end(@UserData Object data, @CType("const char*") String name);
  }

  /** {@code shp_step_fn}. */
  @Callback("shp_step_fn")
  interface Step {
    @CType("long")
    long step(@UserData Object app, @CType("long") long acc, @CType("long") long x);
  }

  /** {@code shp_final_fn}. */
  @Callback("shp_final_fn")
  interface Final {
    @CType("long")
    long result(@UserData Object app, @CType("long") long acc);
  }

  /** {@code shp_write_fn}. */
  @Callback("shp_write_fn")
  interface Write {
    @CType("long")
    @OnException("-1")
    long write(@UserData Object data, @CType("const char*") String chunk, @CType("long") long len);
  }

  /** {@code struct shp_event}, received by {@link OnEvent} and {@link OnEventValue}. */
  @Struct("shp_event")
  record Event(int kind, double value, @CType("char[8]") String tag) {}

  /** {@code struct shp_cell}, kept by C: {@link OnCell} receives a view of it. */
  @Struct(value = "shp_cell", resident = true)
  record Cell(@CType("long") long count, double total) {}

  /** {@code shp_event_fn}: the event C points to, copied; null for {@code NULL}. */
  @Callback("shp_event_fn")
  interface OnEvent {
    void event(@UserData Object data, @CType("const struct shp_event*") ShapesApi_Ffm.Event ev);
  }

  /** {@code shp_event_value_fn}: the event by value, as its record. */
  @Callback("shp_event_value_fn")
  interface OnEventValue {
    double value(@UserData Object data, ShapesApi_Ffm.Event ev);
  }

  /** {@code shp_cell_fn}: a view of C's cell, usable only during the call. */
  @Callback("shp_cell_fn")
  interface OnCell {
    @OnException("1")
    int update(
        @UserData Object data, @CType("struct shp_cell*") ShapesApi_Ffm.CellView cell, int i);
  }

  /** {@code shp_destroy_fn}. */
  @Callback("shp_destroy_fn")
  interface Destroy {
    void destroyed(@UserData Object app);
  }

  @Owned
  @Symbol("shp_parser_create")
  ShapeParser parserCreate();

  @Symbol("shp_parser_free")
  void parserFree(ShapeParser p);

  @Symbol("shp_parser_set_handlers")
  void setHandlers(
      ShapeParser p,
      @Lifetime(value = CallbackLifetime.HANDLE, handle = "p") @Nullable Start start,
      @Lifetime(value = CallbackLifetime.HANDLE, handle = "p") @Nullable End end);

  @Symbol("shp_parser_set_user_data")
  void setUserData(ShapeParser p, @UserData(handle = "p") Object data);

  @Symbol("shp_parser_parse")
  int parse(ShapeParser p, String text);

  @Owned
  @Symbol("shp_registry_new")
  ShapeRegistry registryNew();

  @Symbol("shp_registry_free")
  void registryFree(ShapeRegistry r);

  @Symbol("shp_registry_add")
  @Errors(ErrorConvention.NONZERO)
  int add(
      ShapeRegistry r,
      @Nullable String name,
      @UserData Object app,
      @Lifetime(CallbackLifetime.REGISTERED) @Nullable Step step,
      @Lifetime(CallbackLifetime.REGISTERED) @Nullable Final finish,
      @Lifetime(CallbackLifetime.RELEASE) Destroy destroy);

  @Symbol("shp_registry_run")
  @CType("long")
  long run(ShapeRegistry r, String name, @CType("long") long n);

  @Owned
  @Symbol("shp_easy_init")
  ShapeEasy easyInit();

  @Symbol("shp_easy_cleanup")
  void easyCleanup(ShapeEasy h);

  @Symbol("shp_easy_setopt")
  @Errors(ErrorConvention.NONZERO)
  int setWriteFunction(
      ShapeEasy h,
      int option,
      @Lifetime(value = CallbackLifetime.HANDLE, handle = "h") @Variadic @Nullable Write fn);

  @Symbol("shp_easy_setopt")
  @Errors(ErrorConvention.NONZERO)
  int setWriteData(
      ShapeEasy h, int option, @UserData(handle = "h", slot = "write") @Variadic Object data);

  @Symbol("shp_easy_setopt_ptr")
  @Errors(ErrorConvention.NONZERO)
  int setWriteFunctionPtr(
      ShapeEasy h,
      int option,
      @Lifetime(value = CallbackLifetime.HANDLE, handle = "h") @Nullable Write fn);

  @Symbol("shp_easy_setopt_ptr")
  @Errors(ErrorConvention.NONZERO)
  int setWriteDataPtr(ShapeEasy h, int option, @UserData(handle = "h", slot = "write") Object data);

  @Symbol("shp_easy_setopt_long")
  @Errors(ErrorConvention.NONZERO)
  int setWriteFunctionLong(
      ShapeEasy h,
      int option,
      @Lifetime(value = CallbackLifetime.HANDLE, handle = "h") @Nullable Write fn);

  @Symbol("shp_easy_perform")
  @Errors(ErrorConvention.NONZERO)
  int perform(ShapeEasy h, int n);

  @Symbol("shp_emit")
  int emit(int n, @Lifetime(CallbackLifetime.CALL) OnEvent fn, @UserData Object data);

  @Symbol("shp_sum_events")
  double sumEvents(int n, @Lifetime(CallbackLifetime.CALL) OnEventValue fn, @UserData Object data);

  @Symbol("shp_fill_cell")
  @CType("long")
  long fillCell(int n, @Lifetime(CallbackLifetime.CALL) OnCell fn, @UserData Object data);
}
