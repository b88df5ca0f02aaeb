package dev.ffmbind.it.shapes;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.Symbol;
import dev.ffmbind.annotation.UserData;

/**
 * The parser and registry of cbshapes through annotations: handlers set on a handle with user data
 * in a separate call, several callbacks with a user-data destructor.
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
}
