package dev.ffmbind.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fixed-size array spellings: {@code T[N]} parses as a pointer to {@code T} that keeps N, also
 * through a typedef; what is not such an array does not parse.
 */
class CTypeExprArrayTest {

  private static CTypeExpr parse(String spelling) {
    return CTypeExpr.parse(spelling).orElseThrow();
  }

  @Test
  void anArrayDecaysToAPointerAndKeepsItsLength() {
    CTypeExpr t = parse("const unsigned char [ 16 ]");
    assertEquals("unsigned char", t.base());
    assertEquals(1, t.pointers());
    assertTrue(t.constPointee());
    assertEquals(16, t.arrayLength());
    assertEquals("const unsigned char[16]", t.canonical());
    assertEquals("const unsigned char out[16]", t.declaration("out"));
    assertEquals("char* names[4]", parse("char*[4]").declaration("names"));
    assertEquals("int* p", parse("int*").declaration("p"));
  }

  @Test
  void aTypedefToAnArrayExpandsToIt() {
    Map<String, String> typedefs = Map.of("uuid_t", "unsigned char[16]", "id", "uuid_t");
    CTypeExpr t = CTypes.expand(parse("id"), typedefs).orElseThrow();
    assertEquals("unsigned char", t.base());
    assertEquals(1, t.pointers());
    assertEquals(16, t.arrayLength());
    assertEquals(Optional.empty(), CTypes.expand(parse("uuid_t*"), typedefs));
  }

  @Test
  void badArraysDoNotParse() {
    for (String s : new String[] {"int[]", "int[0]", "int[2][3]", "void[4]", "int[99999999999]"}) {
      assertEquals(Optional.empty(), CTypeExpr.parse(s), s);
    }
    assertEquals(
        Optional.of("arrays of arrays are not supported"), CTypeExpr.arrayProblem("int[2][3]"));
    assertEquals(Optional.empty(), CTypeExpr.arrayProblem("int*"));
  }
}
