package golden.annotation_callbacks_structs;

import dev.ffmbind.annotation.Callback;
import dev.ffmbind.annotation.CallbackLifetime;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.Lifetime;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Struct;
import java.lang.foreign.MemorySegment;

/**
 * The annotated twin of the callbacks_structs golden: a callback receives a const T* as a copied
 * record, a struct by value as its record, a resident struct's pointer as its view, and a writable
 * pointer to a value struct as a segment; methods name the types the processor generates
 * (Events_Ffm.Event, Events_Ffm.CellView).
 */
@NativeLibrary("demo")
public interface Events {

  @Struct("event")
  record Event(int kind, double value) {}

  @Struct(value = "cell", resident = true)
  record Cell(@CType("long") long count) {}

  @Callback("event_fn")
  interface OnEvent {
    void invoke(
        @CType("const struct event*") Events_Ffm.Event ev,
        Events_Ffm.Event copy,
        @CType("struct event*") MemorySegment raw);
  }

  @Callback("cell_fn")
  interface OnCell {
    int invoke(@CType("struct cell*") Events_Ffm.CellView cell);
  }

  void emit(@Lifetime(CallbackLifetime.CALL) OnEvent fn);

  int fill(@Lifetime(CallbackLifetime.CALL) OnCell fn);
}
