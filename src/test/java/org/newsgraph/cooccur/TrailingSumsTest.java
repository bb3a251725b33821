package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class TrailingSumsTest {
  private static Row row(long kab, long kp, String granularity, long day, long n, double share) {
    return RowFactory.create(kab, kp, granularity, day, n, share);
  }

  private static List<Row> run(long minTotal, Row... rows) throws Exception {
    Iterator<Row> it = new TrailingSums(Map.of("week", 28L, "month", 93L), minTotal).call(List.of(rows).iterator());
    List<Row> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void sumsTheCountsOfTheTrailingDaysOnly() throws Exception {
    // one subject, weekly, days 0, 7, 14, 21, 28, 42 (no row at 35) with counts 1 1 2 2 6 4;
    // the window of day d is d-28 .. d-1:
    //   day 0: nothing -> 0
    //   day 7: {0} -> 1
    //   day 28: {0, 7, 14, 21} -> 1 + 1 + 2 + 2 = 6
    //   day 42: {14, 21, 28} (day 14 = 42-28 is inside) -> 2 + 2 + 6 = 10
    List<Row> out = run(1,
        row(5, 100, "week", 0, 1, .1), row(5, 101, "week", 7, 1, .1), row(5, 102, "week", 14, 2, .2),
        row(5, 103, "week", 21, 2, .2), row(5, 104, "week", 28, 6, .6), row(5, 106, "week", 42, 4, .4));
    assertEquals(6, out.size());
    assertEquals(0L, out.get(0).getLong(4));
    assertEquals(1L, out.get(1).getLong(4));
    assertEquals(6L, out.get(4).getLong(4));
    assertEquals(10L, out.get(5).getLong(4));
    // the row's own columns pass through: kab, kp, n_subject, share
    assertEquals(List.of(5L, 106L, 4L, .4), List.of(out.get(5).getLong(0), out.get(5).getLong(1),
        out.get(5).getLong(2), out.get(5).getDouble(3)));
  }

  @Test
  void minTotalCountsTheRowsPeriodAndItsTrailingDays() throws Exception {
    // minTotal 4. subject 1, week: day 0 n 2 (2 < 4: no row), day 7 n 1 (1 + 2 = 3: none),
    // day 35 n 3 (day 7 is 28 days back, day 0 is not: 3 + 1 = 4: a row, trailing 1);
    // month: day 0 n 3 (3: none). subject 2, week: day 0 n 3 (none), day 7 n 2 (2 + 3 = 5: a row,
    // trailing 3)
    List<Row> out = run(4,
        row(1, 10, "week", 0, 2, .2), row(1, 11, "week", 7, 1, .1), row(1, 15, "week", 35, 3, .3),
        row(1, 50, "month", 0, 3, .3),
        row(2, 10, "week", 0, 3, .5), row(2, 11, "week", 7, 2, .4));
    assertEquals(2, out.size());
    assertEquals(List.of(1L, 15L, 1L), List.of(out.get(0).getLong(0), out.get(0).getLong(1), out.get(0).getLong(4)));
    assertEquals(List.of(2L, 11L, 3L), List.of(out.get(1).getLong(0), out.get(1).getLong(1), out.get(1).getLong(4)));
  }

  @Test
  void unsortedInputIsAnError() {
    assertThrows(IllegalStateException.class, () -> run(1, row(1, 11, "week", 7, 1, .1), row(1, 10, "week", 0, 1, .1)));
    assertThrows(IllegalStateException.class, () -> run(1, row(1, 10, "day", 0, 1, .1)));
  }
}
