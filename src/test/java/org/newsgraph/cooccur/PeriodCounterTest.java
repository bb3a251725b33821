package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class PeriodCounterTest {
  /** A unit row as Spark hands it over: (kp, entity codes as a Scala sequence). */
  private static Row unit(long kp, Integer... codes) {
    return RowFactory.create(kp, JavaConverters.asScalaBufferConverter(List.of(codes)).asScala().toSeq());
  }

  /** "kp:a-b" -> c over everything the counter emits; fails on a key emitted twice. */
  private static Map<String, Long> count(List<Row> units) throws Exception {
    Map<String, Long> out = new HashMap<>();
    Iterator<Row> it = new PeriodCounter().call(units.iterator());
    while (it.hasNext()) {
      Row r = it.next();
      String key = r.getLong(0) + ":" + CountKeys.a(r.getLong(1)) + "-" + CountKeys.b(r.getLong(1));
      assertEquals(null, out.put(key, r.getLong(2)), "emitted twice: " + key);
    }
    return out;
  }

  @Test
  void countsEachKeyOncePerUnitWithinItsPeriodKey() throws Exception {
    // kp 10: units {1,4,7}, {1,4}, {4}
    //   {1,4,7} -> 1, 1-4, 1-7, 4, 4-7, 7;  {1,4} -> 1, 1-4, 4;  {4} -> 4
    //   so 1: 2, 1-4: 2, 1-7: 1, 4: 3, 4-7: 1, 7: 1
    // kp 11: unit {4} -> 4: 1 (entity 4 is counted apart from its 3 in kp 10)
    // kp 12: unit {1,7} -> 1: 1, 1-7: 1, 7: 1
    Map<String, Long> c = count(List.of(unit(10, 1, 4, 7), unit(10, 1, 4), unit(10, 4), unit(11, 4),
        unit(12, 1, 7)));
    Map<String, Long> expected = Map.of("10:1-1", 2L, "10:1-4", 2L, "10:1-7", 1L, "10:4-4", 3L,
        "10:4-7", 1L, "10:7-7", 1L, "11:4-4", 1L, "12:1-1", 1L, "12:1-7", 1L, "12:7-7", 1L);
    assertEquals(expected, c);
  }

  @Test
  void eachPairCarriesTheCountsOfItsTwoEntitiesInTheSamePeriodKey() throws Exception {
    // kp 10: units {1,3,300}, {1,3}, {1}, {300}: entity 1 in 3 units, 3 in 2, 300 in 2;
    //        pairs 1-3 in 2 units, 1-300 in 1, 3-300 in 1.
    // kp 11: units {1,2}, {1}: entity 1 in 2 (not its 3 of kp 10), 2 in 1; pair 1-2 in 1.
    Map<String, List<Long>> got = new HashMap<>();
    Iterator<Row> it = new PeriodCounter().call(List.of(unit(10, 1, 3, 300), unit(10, 1, 3), unit(10, 1),
        unit(10, 300), unit(11, 1, 2), unit(11, 1)).iterator());
    while (it.hasNext()) {
      Row r = it.next();
      got.put(r.getLong(0) + ":" + CountKeys.a(r.getLong(1)) + "-" + CountKeys.b(r.getLong(1)),
          List.of(r.getLong(2), r.getLong(3), r.getLong(4)));
    }
    // (c, n_a, n_b); an entity row has n_a = n_b = c
    Map<String, List<Long>> expected = Map.of(
        "10:1-1", List.of(3L, 3L, 3L), "10:3-3", List.of(2L, 2L, 2L), "10:300-300", List.of(2L, 2L, 2L),
        "10:1-3", List.of(2L, 3L, 2L), "10:1-300", List.of(1L, 3L, 2L), "10:3-300", List.of(1L, 2L, 2L),
        "11:1-1", List.of(2L, 2L, 2L), "11:2-2", List.of(1L, 1L, 1L), "11:1-2", List.of(1L, 2L, 1L));
    assertEquals(expected, got);
  }

  @Test
  void aLargePeriodKeyGrowsTheTableAndLeavesNothingBehindForTheNext() throws Exception {
    // kp 1: 3,000 units {i, i+1}, i = 0..2999: 3 keys each, 9,000 in all; distinct: entities 0..3000
    // (3,001) and pairs i-(i+1) (3,000) = 6,001, far beyond the table's first 1,024 slots.
    // Entity i (1 <= i <= 2999) is in units i-1 and i: count 2; entities 0 and 3000: count 1.
    // kp 2: one unit {0, 1}: 0: 1, 0-1: 1, 1: 1, however large kp 1's counts were.
    List<Row> units = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      units.add(unit(1, i, i + 1));
    }
    units.add(unit(2, 0, 1));
    Map<String, Long> c = count(units);
    assertEquals(6001 + 3, c.size());
    assertEquals(9000L, c.entrySet().stream().filter(e -> e.getKey().startsWith("1:"))
        .mapToLong(Map.Entry::getValue).sum());
    assertEquals(1L, c.get("1:0-0"));
    assertEquals(2L, c.get("1:1500-1500"));
    assertEquals(1L, c.get("1:1500-1501"));
    assertEquals(1L, c.get("1:3000-3000"));
    assertEquals(Map.of("2:0-0", 1L, "2:0-1", 1L, "2:1-1", 1L), Map.of("2:0-0", c.get("2:0-0"),
        "2:0-1", c.get("2:0-1"), "2:1-1", c.get("2:1-1")));
  }

  @Test
  void aUnitWithManyEntitiesAndNoInput() throws Exception {
    // 40 entities in one unit: 40 + 40 * 39 / 2 = 820 keys, each counted once
    Integer[] codes = new Integer[40];
    for (int i = 0; i < 40; i++) {
      codes[i] = 2 * i;
    }
    Map<String, Long> c = count(List.of(unit(7, codes)));
    assertEquals(820, c.size());
    assertTrue(c.values().stream().allMatch(v -> v == 1L));
    assertFalse(new PeriodCounter().call(List.<Row>of().iterator()).hasNext());
  }

  @Test
  void unsortedCodesAreRefusedWithTheirPeriodKey() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> count(List.of(unit(5, 4, 1))));
    assertTrue(e.getMessage().contains("period-window key 5"), e.getMessage());
  }

  /** A unit row with its source (null: the article has none). */
  private static Row unitOf(long kp, String source, Integer... codes) {
    return RowFactory.create(kp, JavaConverters.asScalaBufferConverter(List.of(codes)).asScala().toSeq(), source);
  }

  @Test
  void countsTheDistinctSourcesOfEachKey() throws Exception {
    // kp 10: {1,2} A, {1,2} A, {1,2} B, {1} no source, {2} C
    //   1: 4 units, sources A, B -> 2 (the unit without a source adds none)
    //   2: 4 units, sources A, B, C -> 3
    //   1-2: 3 units, sources A, A, B -> 2 (A printing it twice is one source)
    // kp 11: {1,2} A -> 1: 1/1, 2: 1/1, 1-2: 1/1 (A seen in kp 10 counts again in kp 11)
    // kp 12: {1} no source -> 1: c 1, n_sources 0
    Map<String, List<Long>> got = new HashMap<>();
    Iterator<Row> it = new PeriodCounter().call(List.of(unitOf(10, "A", 1, 2), unitOf(10, "A", 1, 2),
        unitOf(10, "B", 1, 2), unitOf(10, null, 1), unitOf(10, "C", 2), unitOf(11, "A", 1, 2),
        unitOf(12, null, 1)).iterator());
    while (it.hasNext()) {
      Row r = it.next();
      got.put(r.getLong(0) + ":" + CountKeys.a(r.getLong(1)) + "-" + CountKeys.b(r.getLong(1)),
          List.of(r.getLong(2), r.getLong(5)));
    }
    // (c, n_sources)
    Map<String, List<Long>> expected = Map.of(
        "10:1-1", List.of(4L, 2L), "10:2-2", List.of(4L, 3L), "10:1-2", List.of(3L, 2L),
        "11:1-1", List.of(1L, 1L), "11:2-2", List.of(1L, 1L), "11:1-2", List.of(1L, 1L),
        "12:1-1", List.of(1L, 0L));
    assertEquals(expected, got);
  }

  @Test
  void manySourcesOfOneKeyGrowTheSourceTable() throws Exception {
    // kp 1: 2,000 units {0, 1}, unit i from source "s" + (i % 1000): 1,000 sources, each twice;
    // the (key, source) table holds 3 keys x 1,000 sources = 3,000 pairs, beyond its first slots.
    // kp 2: {0, 1} from s0 -> 1 source each, whatever kp 1 left behind.
    List<Row> units = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      units.add(unitOf(1, "s" + (i % 1000), 0, 1));
    }
    units.add(unitOf(2, "s0", 0, 1));
    Iterator<Row> it = new PeriodCounter().call(units.iterator());
    Map<String, Long> sources = new HashMap<>();
    while (it.hasNext()) {
      Row r = it.next();
      sources.put(r.getLong(0) + ":" + CountKeys.a(r.getLong(1)) + "-" + CountKeys.b(r.getLong(1)),
          r.getLong(5));
    }
    assertEquals(Map.of("1:0-0", 1000L, "1:0-1", 1000L, "1:1-1", 1000L, "2:0-0", 1L, "2:0-1", 1L, "2:1-1", 1L),
        sources);
  }
}
