package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class PairMarginsTest {
  private static Row entity(long kp, int code, long n) {
    return RowFactory.create(kp, CountKeys.kab(code, code), n);
  }

  private static Row pair(long kp, int a, int b, long n) {
    return RowFactory.create(kp, CountKeys.kab(a, b), n);
  }

  private static List<List<Long>> run(Row... rows) throws Exception {
    Iterator<Row> out = new PairMargins().call(List.of(rows).iterator());
    List<List<Long>> got = new ArrayList<>();
    while (out.hasNext()) {
      Row r = out.next();
      got.add(List.of(r.getLong(0), (long) r.getInt(1), (long) r.getInt(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    }
    return got;
  }

  @Test
  void eachPairGetsTheCountsOfItsTwoEntitiesInTheSamePeriodWindow() throws Exception {
    // kp 10: entities 1 (in 5 units), 3 (2), 300 (4; a code past the first array size); pairs
    // (1,3) in 2 units, (1,300) in 1, (3,300) in 2. kp 11: entity 1 now in 9 units, 2 in 1; pair (1,2) in 1.
    List<List<Long>> got = run(
        entity(10, 1, 5), entity(10, 3, 2), entity(10, 300, 4),
        pair(10, 1, 3, 2), pair(10, 1, 300, 1), pair(10, 3, 300, 2),
        entity(11, 1, 9), entity(11, 2, 1),
        pair(11, 1, 2, 1));
    // (kp, a, b, n_ab, n_a, n_b): n_a and n_b are those of the same kp (entity 1: 5 in kp 10, 9 in kp 11)
    assertEquals(List.of(
        List.of(10L, 1L, 3L, 2L, 5L, 2L),
        List.of(10L, 1L, 300L, 1L, 5L, 4L),
        List.of(10L, 3L, 300L, 2L, 2L, 4L),
        List.of(11L, 1L, 2L, 1L, 9L, 1L)), got);
  }

  @Test
  void entitiesOfAnEarlierPeriodWindowDoNotLeakIntoTheNext() {
    // entity 7 has a count in kp 10 only; a pair (1,7) in kp 11 has no n_b there: a broken input order
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(
        entity(10, 7, 3), entity(11, 1, 2), pair(11, 1, 7, 1)));
    assertTrue(e.getMessage().contains("entity code 7"), e.getMessage());
    assertTrue(e.getMessage().contains("key 11"), e.getMessage());
  }

  @Test
  void noPairsNoRows() throws Exception {
    assertEquals(List.of(), run(entity(4, 1, 1), entity(4, 2, 1)));
    assertEquals(List.of(), run());
  }
}
