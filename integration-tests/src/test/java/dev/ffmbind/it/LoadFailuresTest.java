package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.LibraryNotFoundException;
import dev.ffmbind.MissingSymbolsException;
import dev.ffmbind.it.missing.MissingLibrary;
import dev.ffmbind.it.missing.MissingSymbols;
import dev.ffmbind.it.missing.OverriddenLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bindings whose library or symbols are missing: {@code load()} reports everything at once. */
class LoadFailuresTest {

  @Test
  void missingLibrary() {
    LibraryNotFoundException e = assertThrows(LibraryNotFoundException.class, MissingLibrary::load);
    String prefix =
        "cannot load library 'ffmbind_no_such_library' for binding "
            + "dev.ffmbind.it.missing.MissingLibrary: tried ";
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertEquals("ffmbind_no_such_library", e.library());
    assertTrue(!e.attempts().isEmpty(), "attempts are listed");
    String dir = System.getProperty("ffmbind.library.path");
    assertTrue(
        e.getMessage().contains(dir + "/libffmbind_no_such_library.so"),
        "the ffmbind.library.path directory is one of the attempts: " + e.getMessage());
  }

  @Test
  void missingSymbolsAreAllListed() {
    MissingSymbolsException e = assertThrows(MissingSymbolsException.class, MissingSymbols::load);
    assertEquals(List.of("tl_does_not_exist", "tl_also_missing"), e.symbols());
    String prefix = "binding dev.ffmbind.it.missing.MissingSymbols: 2 symbols not found in ";
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertTrue(
        e.getMessage().endsWith("libffmbindtest.so: tl_does_not_exist, tl_also_missing"),
        e.getMessage());
  }

  @Test
  void libraryOverrideProperty() {
    // Loaded libraries are cached per name for the life of the JVM, so this test has a binding
    // (and a library name) of its own: ffmbindtest_renamed exists only through the override.
    String key = "ffmbind.library.ffmbindtest_renamed";
    System.setProperty(key, System.getProperty("ffmbind.library.path") + "/libffmbindtest.so");
    try {
      assertEquals(5, OverriddenLibrary.load().addInt(2, 3));
    } finally {
      System.clearProperty(key);
    }
  }
}
