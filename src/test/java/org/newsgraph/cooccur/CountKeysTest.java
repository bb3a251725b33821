package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountKeysTest {
  private static List<long[]> keys(int window, Long[] periods, int... entities) {
    List<long[]> out = new ArrayList<>();
    CountKeys.forEachKey(window, periods, entities, (kp, kab) -> out.add(new long[] {kp, kab}));
    return out;
  }

  @Test
  void everyEntityAndPairOncePerPeriod() {
    // 2 periods (the null one is skipped) x (3 entities + 3 pairs) = 12 keys
    List<long[]> k = keys(CountKeys.SENTENCE, new Long[] {10L, null, 20L}, 1, 4, 7);
    assertEquals(12, k.size());
    // first period 10, sentence window: kp = 10 * 2 + 1 = 21; order: 1, 1-4, 1-7, 4, 4-7, 7
    assertEquals(21L, k.get(0)[0]);
    long[][] expected = {{1, 1}, {1, 4}, {1, 7}, {4, 4}, {4, 7}, {7, 7}};
    for (int i = 0; i < 6; i++) {
      assertEquals(expected[i][0], CountKeys.a(k.get(i)[1]));
      assertEquals(expected[i][1], CountKeys.b(k.get(i)[1]));
    }
    // second period 20: kp = 41
    assertEquals(41L, k.get(6)[0]);
  }

  @Test
  void packingKeepsLargeCodesApart() {
    // the largest code (2^31 - 1) in either half does not leak into the other
    long kab = CountKeys.kab(Integer.MAX_VALUE, 5);
    assertEquals(Integer.MAX_VALUE, CountKeys.a(kab));
    assertEquals(5, CountKeys.b(kab));
    assertEquals(0, CountKeys.a(CountKeys.kab(0, Integer.MAX_VALUE)));
    // article window code 0: kp = 2 * period key
    assertEquals(2L * 123456789012L, CountKeys.kp(123456789012L, CountKeys.ARTICLE));
  }

  @Test
  void aUnitWithOneEntityCountsOnlyIt() {
    List<long[]> k = keys(CountKeys.ARTICLE, new Long[] {3L}, 9);
    assertEquals(1, k.size());
    assertEquals(CountKeys.kab(9, 9), k.get(0)[1]);
  }
}
