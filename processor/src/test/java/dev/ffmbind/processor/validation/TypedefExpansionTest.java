package dev.ffmbind.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Typedefs expanded once give what {@link CTypes#expand} gives when it walks the chain each time.
 */
class TypedefExpansionTest {

  private static final Map<String, String> TYPEDEFS =
      Map.ofEntries(
          Map.entry("Bytef", "unsigned char"),
          Map.entry("voidpf", "void*"),
          Map.entry("cstr", "const char*"),
          Map.entry("cstr_list", "cstr*"),
          Map.entry("handle_ref", "handle*"),
          Map.entry("handle", "struct_t*"),
          Map.entry("loop_a", "loop_b*"),
          Map.entry("loop_b", "const loop_a"),
          Map.entry("into_loop", "loop_a"),
          Map.entry("broken", "char * oops"),
          Map.entry("into_broken", "broken*"));

  @Test
  void everyTypeExpandsAsTheChainWalkSays() {
    TypedefExpansion expansion = new TypedefExpansion(TYPEDEFS);
    List<String> spellings =
        List.of(
            "int",
            "Bytef",
            "Bytef*",
            "const Bytef*",
            "voidpf",
            "voidpf*",
            "cstr",
            "cstr_list",
            "const cstr_list*",
            "handle_ref",
            "handle",
            "struct_t",
            "loop_a",
            "loop_b*",
            "into_loop",
            "broken",
            "into_broken*",
            "unknown_t**");
    for (String spelling : spellings) {
      CTypeExpr type = CTypeExpr.parse(spelling).orElseThrow();
      assertEquals(CTypes.expand(type, TYPEDEFS), expansion.expand(type), spelling);
    }
  }

  @Test
  void pointersAndConstAddUpAlongTheChain() {
    CTypeExpr type = CTypeExpr.parse("const cstr_list*").orElseThrow();
    assertEquals(
        Optional.of(new CTypeExpr("const cstr_list*", "char", 3, true)),
        new TypedefExpansion(TYPEDEFS).expand(type));
  }

  @Test
  void aTypedefExpandsUnlessItIsMalformedOrLeadsIntoACycle() {
    TypedefExpansion expansion = new TypedefExpansion(TYPEDEFS);
    assertTrue(expansion.expands("handle_ref"));
    assertFalse(expansion.expands("loop_b"));
    assertFalse(expansion.expands("into_loop"));
    assertFalse(expansion.expands("into_broken"));
  }

  @Test
  void aChainOfTenThousandTypedefsNeedsNoDeepStack() {
    Map<String, String> chain = new HashMap<>();
    chain.put("t0", "int*");
    for (int i = 1; i < 10_000; i++) {
      chain.put("t" + i, "t" + (i - 1) + "*");
    }
    CTypeExpr type = CTypeExpr.parse("t9999").orElseThrow();
    assertEquals(
        Optional.of(new CTypeExpr("t9999", "int", 10_000, false)),
        new TypedefExpansion(chain).expand(type));
  }
}
