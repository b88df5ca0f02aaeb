package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.StatusException;
import dev.ffmbind.it.predicate.PredicateApi;
import dev.ffmbind.it.predicate.PredicateApi_Ffm;
import dev.ffmbind.it.predicate.PredicateLib;
import org.junit.jupiter.api.Test;

/**
 * The {@code predicate} convention against real C ({@code predicate.c}, zstd style): the library's
 * own predicate decides what a failure is, its message function says what it was; both front ends.
 */
class PredicateErrorsTest {

  private static final PredicateLib YAML = PredicateLib.load();
  private static final PredicateApi ANNOTATED = PredicateApi_Ffm.load();

  @Test
  void successReturnsTheValue() {
    assertEquals(0, YAML.op(0));
    assertEquals(420, YAML.op(42));
    assertEquals(420, YAML.opQuiet(42));
    assertEquals(70, ANNOTATED.op(7));
  }

  @Test
  void aFailureCarriesTheFunctionTheCallTheCodeAndTheMessage() {
    StatusException e = assertThrows(StatusException.class, () -> YAML.op(-2));
    assertSame(StatusException.class, e.getClass());
    assertEquals("lib_op", e.function());
    assertEquals("lib_op(-2)", e.call());
    // (size_t) -2: the result's bits, which a Java long reads as -2.
    assertEquals(-2, e.code());
    assertNull(e.codeName());
    assertEquals("Parameter is out of bound", e.detail());
    assertEquals("lib_op(-2) failed: status -2 (Parameter is out of bound)", e.getMessage());
  }

  @Test
  void withoutAMessageFunctionTheDetailIsEmpty() {
    StatusException e = assertThrows(StatusException.class, () -> YAML.opQuiet(-1));
    assertEquals(-1, e.code());
    assertNull(e.detail());
    assertEquals("lib_op(-1) failed: status -1", e.getMessage());
  }

  @Test
  void theAnnotatedTwinThrowsTheSame() {
    StatusException e = assertThrows(StatusException.class, () -> ANNOTATED.op(-9));
    assertSame(StatusException.class, e.getClass());
    assertEquals(-3, e.code());
    assertEquals("Unknown error code", e.detail());
    assertEquals("lib_op(-9) failed: status -3 (Unknown error code)", e.getMessage());
  }

  @Test
  void thePredicateAndMessageFunctionAreMethodsToo() {
    assertEquals(0, YAML.isError(5));
    assertEquals(1, YAML.isError(-1));
    assertEquals("No error detected", YAML.errorName(5));
  }
}
