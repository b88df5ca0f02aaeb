package dev.ffmbind.it.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.MissingSymbolsException;
import dev.ffmbind.SymbolUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versioned symbols bound through dlvsym, and optional symbols, from generated code. */
class SymbolsTest {

  private static final Versions V = Versions.load();

  @Test
  void twoMethodsBindTwoVersionsOfOneSymbol() {
    assertEquals(100, V.vfuncV1());
    assertEquals(200, V.vfuncV2());
    assertEquals(200, V.vfuncDefault()); // the plain name is the default version
    assertEquals(7, V.vplain());
  }

  @Test
  void aMissingOptionalSymbolThrowsOnlyWhenCalled() {
    assertFalse(V.hasMissing());
    SymbolUnavailableException e =
        assertThrows(SymbolUnavailableException.class, () -> V.missing(1));
    assertTrue(
        e.getMessage()
            .startsWith(
                "ffmbind_no_such_symbol: symbol ffmbind_no_such_symbol (optional) is not in /"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("libffmbindver.so (binding dev.ffmbind.it.ownership.Versions)"),
        e.getMessage());
    assertTrue(
        e instanceof dev.ffmbind.NativeException, "every binding failure is a NativeException");
  }

  @Test
  void aMissingOptionalVersionThrowsNamingTheVersion() {
    assertFalse(V.hasVfuncV3());
    SymbolUnavailableException e = assertThrows(SymbolUnavailableException.class, V::vfuncV3);
    assertTrue(
        e.getMessage().startsWith("vfunc: symbol vfunc@VER_3 (optional) is not in /"),
        e.getMessage());
  }

  @Test
  void aPresentOptionalSymbolIsCalled() {
    assertTrue(V.hasVplainIfAny());
    assertEquals(7, V.vplainIfAny());
  }

  @Test
  void aMissingRequiredSymbolStillFailsTheLoadWithTheWholeList() {
    MissingSymbolsException e = assertThrows(MissingSymbolsException.class, RequiredMissing::load);
    assertEquals(List.of("ffmbind_gone", "vfunc@VER_9"), e.symbols());
    assertFalse(e.getMessage().contains("ffmbind_maybe"), e.getMessage());
  }

  @Test
  void optionalMethodsAreReachableThroughAnAnnotatedInterface() {
    CounterApi api = CounterApi_Ffm.load();
    assertFalse(api.hasNotHere()); // the generated class overrides the interface's default
    assertThrows(SymbolUnavailableException.class, api::notHere);
  }
}
