package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountKeysTest {
  private static List<Long> keys(int[] entities, int k) {
    List<Long> out = new ArrayList<>();
    CountKeys.forEachKey(entities, k, out::add);
    return out;
  }

  @Test
  void everyEntityAndPairOnce() {
    // 3 entities + 3 pairs = 6 keys, in the order 1, 1-4, 1-7, 4, 4-7, 7
    List<Long> k = keys(new int[] {1, 4, 7}, 3);
    int[][] expected = {{1, 1}, {1, 4}, {1, 7}, {4, 4}, {4, 7}, {7, 7}};
    assertEquals(expected.length, k.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], CountKeys.a(k.get(i)));
      assertEquals(expected[i][1], CountKeys.b(k.get(i)));
    }
  }

  @Test
  void onlyTheFirstKEntitiesCount() {
    // a reused buffer {2, 5, 99}: with k = 2 the stale 99 is not read; 2 entities + 1 pair = 3 keys
    assertEquals(List.of(CountKeys.kab(2, 2), CountKeys.kab(2, 5), CountKeys.kab(5, 5)),
        keys(new int[] {2, 5, 99}, 2));
  }

  @Test
  void packingKeepsLargeCodesApart() {
    // the largest code (2^31 - 1) in either half does not leak into the other
    long kab = CountKeys.kab(Integer.MAX_VALUE, 5);
    assertEquals(Integer.MAX_VALUE, CountKeys.a(kab));
    assertEquals(5, CountKeys.b(kab));
    assertEquals(0, CountKeys.a(CountKeys.kab(0, Integer.MAX_VALUE)));
    // article window code 0: kp = 2 * period key; sentence window 1: kp = 2 * 10 + 1 = 21
    assertEquals(2L * 123456789012L, CountKeys.kp(123456789012L, CountKeys.ARTICLE));
    assertEquals(21L, CountKeys.kp(10L, CountKeys.SENTENCE));
  }

  @Test
  void aUnitWithOneEntityCountsOnlyIt() {
    assertEquals(List.of(CountKeys.kab(9, 9)), keys(new int[] {9}, 1));
  }
}
