package dev.ffmbind.it.ownership;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.OptionalSymbol;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.Symbol;

/** Owned handles, a versioned-free optional symbol and wide strings through annotations. */
@NativeLibrary("ffmbindtest")
public interface CounterApi {

  @Owned
  @Symbol("tl_counter_new")
  AnnotatedCounter newCounter(int start);

  @Errors(ErrorConvention.NONZERO)
  @Symbol("tl_counter_open")
  int open(int start, @Owned Ref<AnnotatedCounter> out);

  @Symbol("tl_counter_next")
  int next(AnnotatedCounter c);

  @Symbol("tl_counter_live")
  @CType("long")
  long live();

  @OptionalSymbol
  @Symbol("ffmbind_not_here")
  int notHere();

  /** Overridden by the generated class. */
  default boolean hasNotHere() {
    return false;
  }
}
