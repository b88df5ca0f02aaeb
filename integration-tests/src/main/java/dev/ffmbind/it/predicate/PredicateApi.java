package dev.ffmbind.it.predicate;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/**
 * The annotated twin of {@code predicate.yaml}: the zstd-style library through the annotation front
 * end. The processor generates {@code PredicateApi_Ffm}.
 */
@NativeLibrary("ffmbindpred")
public interface PredicateApi {

  /** {@code x * 10}, or an error for a negative {@code x}. */
  @Symbol("lib_op")
  @CType("size_t")
  @Errors(
      value = ErrorConvention.PREDICATE,
      predicate = "lib_is_error",
      messageFunction = "errorName")
  long op(int x);

  /** Whether a result of {@code lib_op} is an error code. */
  @Symbol("lib_is_error")
  @CType("unsigned int")
  long isError(@CType("size_t") long result);

  /** The name of a result's error. */
  @Symbol("lib_error_name")
  String errorName(@CType("size_t") long result);
}
