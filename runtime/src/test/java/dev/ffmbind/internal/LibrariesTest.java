package dev.ffmbind.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.LibraryNotFoundException;
import dev.ffmbind.MissingSymbolsException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("restricted") // tests bind C functions by hand
class LibrariesTest {

  private static final Path LIBZ = Path.of("/usr/lib/x86_64-linux-gnu/libz.so.1");

  @Test
  void loadsZlibAndCallsIt() throws Throwable {
    SymbolLookup z = Libraries.load("z", List.of(), "test.Zlib");
    MethodHandle version =
        Linker.nativeLinker()
            .downcallHandle(
                z.find("zlibVersion").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
    String v =
        NativeStrings.decode(
            (MemorySegment) version.invokeExact(), StandardCharsets.US_ASCII, "zlibVersion");
    assertTrue(v.matches("1\\.[0-9.]+"), v);
    String from = Libraries.loadedFrom(z);
    assertTrue(from.startsWith("/") && from.contains("libz.so"), from);
    assertSame(z, Libraries.load("z", List.of(), "test.Other"), "cached");
  }

  @Test
  void cLibrary() {
    SymbolLookup c = Libraries.load("c", List.of(), "test.Libc");
    assertSame(Linker.nativeLinker().defaultLookup().getClass(), c.getClass());
    assertTrue(c.find("strlen").isPresent());
    assertEquals("the C library", Libraries.loadedFrom(c));
    assertTrue(Libraries.load("libc", List.of(), "test.Libc").find("open").isPresent());
  }

  @Test
  void missingLibraryListsEveryAttempt() {
    LibraryNotFoundException e =
        assertThrows(
            LibraryNotFoundException.class,
            () -> Libraries.load("ffmbind_nope", List.of("/no/such/libx.so"), "test.Nope"));
    assertEquals("ffmbind_nope", e.library());
    List<String> attempts = e.attempts();
    assertEquals(3, attempts.size(), attempts.toString());
    assertEquals(
        "libffmbind_nope.so (cannot open shared object file: No such file or directory)",
        attempts.get(0));
    assertTrue(attempts.get(1).startsWith("libffmbind_nope.so.* (none in "), attempts.get(1));
    assertTrue(attempts.get(1).contains("/usr/lib"), attempts.get(1));
    assertEquals("/no/such/libx.so (no such file)", attempts.get(2));
    assertTrue(
        e.getMessage()
            .startsWith(
                "cannot load library 'ffmbind_nope' for binding test.Nope: tried libffmbind_nope.so"
                    + " (cannot open shared object file: No such file or directory), "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(", /no/such/libx.so (no such file)"), e.getMessage());
  }

  @Test
  void alternativesAreTriedInOrder() {
    SymbolLookup lookup =
        Libraries.load("ffmbind_nope", List.of("ffmbind_nope2", LIBZ.toString()), "test.Alt");
    assertTrue(lookup.find("crc32").isPresent());
    assertTrue(Libraries.loadedFrom(lookup).contains("libz.so"), Libraries.loadedFrom(lookup));
  }

  @Test
  void libraryPathPropertyAndVersionOrder(@TempDir Path dir) throws Exception {
    // Garbage files: loading fails, so the exception shows the order they were tried in.
    Files.writeString(dir.resolve("libffmbind_vers.so.2"), "not ELF");
    Files.writeString(dir.resolve("libffmbind_vers.so.10"), "not ELF");
    Files.writeString(dir.resolve("libffmbind_vers.so.1.5"), "not ELF");
    Files.writeString(dir.resolve("libffmbind_vers.so.old"), "ignored: not a version");
    System.setProperty("ffmbind.library.path", dir.toString());
    try {
      LibraryNotFoundException e =
          assertThrows(
              LibraryNotFoundException.class,
              () -> Libraries.load("ffmbind_vers", List.of(), "test.Vers"));
      List<String> attempts = e.attempts();
      assertTrue(
          attempts.get(0).startsWith(dir.resolve("libffmbind_vers.so.10") + " ("), attempts.get(0));
      assertTrue(
          attempts.get(1).startsWith(dir.resolve("libffmbind_vers.so.2") + " ("), attempts.get(1));
      assertTrue(
          attempts.get(2).startsWith(dir.resolve("libffmbind_vers.so.1.5") + " ("),
          attempts.get(2));
      assertTrue(
          attempts.get(0).contains("ELF") || attempts.get(0).contains("too short"),
          attempts.get(0));
      assertTrue(attempts.stream().noneMatch(a -> a.contains(".old")), attempts.toString());

      // A real library copied under another name is found through the same property.
      Files.copy(LIBZ, dir.resolve("libffmbind_copy.so.1"));
      SymbolLookup copy = Libraries.load("ffmbind_copy", List.of(), "test.Copy");
      assertTrue(copy.find("deflate").isPresent());
      assertEquals(
          dir.resolve("libffmbind_copy.so.1").toRealPath().toString(), Libraries.loadedFrom(copy));
    } finally {
      System.clearProperty("ffmbind.library.path");
    }
  }

  @Test
  void overrideProperty() {
    System.setProperty("ffmbind.library.ffmbind_over", LIBZ.toString());
    try {
      SymbolLookup lookup = Libraries.load("ffmbind_over", List.of(), "test.Over");
      assertTrue(lookup.find("inflate").isPresent());
    } finally {
      System.clearProperty("ffmbind.library.ffmbind_over");
    }
    System.setProperty("ffmbind.library.ffmbind_over2", "/nope/libover.so");
    try {
      LibraryNotFoundException e =
          assertThrows(
              LibraryNotFoundException.class,
              () -> Libraries.load("ffmbind_over2", List.of(), "test.Over"));
      assertEquals(
          "ffmbind.library.ffmbind_over2=/nope/libover.so (no such file)", e.attempts().get(0));
    } finally {
      System.clearProperty("ffmbind.library.ffmbind_over2");
    }
  }

  @Test
  void missingSymbolsAreAggregated() {
    SymbolLookup z = Libraries.load("z", List.of(), "test.Zlib");
    Libraries.requireSymbols(z, "z", "test.Zlib", List.of("crc32", "deflate"));
    MissingSymbolsException e =
        assertThrows(
            MissingSymbolsException.class,
            () ->
                Libraries.requireSymbols(
                    z, "z", "test.Zlib", List.of("zlibVersion", "nope_a", "crc32", "nope_b")));
    assertEquals(List.of("nope_a", "nope_b"), e.symbols());
    assertEquals(Libraries.loadedFrom(z), e.library());
    assertEquals(
        "binding test.Zlib: 2 symbols not found in " + Libraries.loadedFrom(z) + ": nope_a, nope_b",
        e.getMessage());
  }

  @Test
  void symbolListSplitsTheStringsOfALargeBindingInOrder() {
    assertEquals(
        List.of("f_0", "f_1", "f_2", "g@VER_1", "h"),
        Libraries.symbolList("f_0 f_1 ", "f_2 g@VER_1 h "));
    assertEquals(List.of(), Libraries.symbolList());
  }
}
