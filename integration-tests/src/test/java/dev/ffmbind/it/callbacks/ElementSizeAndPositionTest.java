package dev.ffmbind.it.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.libc.SearchApi;
import dev.ffmbind.it.libc.SearchApi_Ffm;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * libc qsort and bsearch on Java arrays, from YAML ({@code Sort.qsortInts}, {@code
 * Sort.bsearchIndex}) and from annotations ({@code SearchApi}): the element size is passed for the
 * caller, and bsearch's pointer into the scratch copy of the array comes back as an index.
 */
class ElementSizeAndPositionTest {

  private static final Sort SORT = Sort.load();
  private static final SearchApi API = SearchApi_Ffm.load();
  private static final Sort.IntComparator ASCENDING =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));
  private static final SearchApi.IntOrder ORDER =
      (a, b) -> Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));

  @Test
  void qsortIsToldTheElementSize() {
    int[] values = new Random(7).ints(5_000).toArray();
    int[] expected = values.clone();
    Arrays.sort(expected);
    int[] annotated = values.clone();
    SORT.qsortInts(values, ASCENDING);
    API.qsort(annotated, ORDER);
    assertArrayEquals(expected, values);
    assertArrayEquals(expected, annotated);
  }

  @Test
  void bsearchReturnsTheIndexOfTheFoundElement() {
    int[] sorted = new Random(9).ints(1_000).sorted().distinct().toArray();
    for (int i = 0; i < sorted.length; i += 7) {
      assertEquals(i, SORT.bsearchIndex(new int[] {sorted[i]}, sorted, ASCENDING));
      assertEquals(i, API.bsearch(new int[] {sorted[i]}, sorted, ORDER));
    }
  }

  @Test
  void bsearchReturnsMinusOneForNull() {
    int[] odd = {1, 3, 5, 7, 9};
    assertEquals(-1, SORT.bsearchIndex(new int[] {4}, odd, ASCENDING));
    assertEquals(-1, API.bsearch(new int[] {4}, odd, ORDER));
    assertEquals(-1, SORT.bsearchIndex(new int[] {1}, new int[0], ASCENDING));
  }

  @Test
  void strchrReturnsTheByteOffsetInTheEncodedString() {
    assertEquals(2, API.strchr("hello", 'l'));
    assertEquals(-1, API.strchr("hello", 'z'));
    assertEquals(5, API.strchr("hello", 0)); // the terminator is part of the copy
    assertEquals(3, API.strchr("h\u00e9!", '!')); // UTF-8: é takes two bytes
  }

  @Test
  void aPointerOutsideTheNamedArgumentThrowsRatherThanEscaping() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> API.bsearchInKey(new int[] {5}, new int[] {1, 3, 5}, ORDER));
    assertTrue(
        e.getMessage().startsWith("bsearch returned a pointer outside its argument 'key'"),
        e.getMessage());
    // NULL is still -1: no pointer escaped.
    assertEquals(-1, API.bsearchInKey(new int[] {4}, new int[] {1, 3, 5}, ORDER));
  }
}
