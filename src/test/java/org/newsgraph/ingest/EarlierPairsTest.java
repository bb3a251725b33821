package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The pairs of one LSH bucket (no SparkSession: rows are plain objects here). */
class EarlierPairsTest {
  /** n members (undated, published_at, article_id) sorted earliest first: m0, m1, ... */
  private static List<Row> members(int n) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(RowFactory.create(0, new Timestamp(1_000L * i), String.format("m%03d", i)));
    }
    return out;
  }

  private static List<String> pairs(List<Row> members) {
    List<String> out = new ArrayList<>();
    new Duplicates.EarlierPairs(members).forEachRemaining(r -> out.add(r.getString(0) + ">" + r.getString(1)));
    return out;
  }

  @Test
  void everyMemberIsPairedWithEachEarlierOne() {
    // 4 members: 4 * 3 / 2 = 6 pairs, each (later, earlier)
    assertEquals(List.of("m001>m000", "m002>m000", "m002>m001", "m003>m000", "m003>m001", "m003>m002"),
        pairs(members(4)));
    Row first = new Duplicates.EarlierPairs(members(2)).next();
    assertEquals(new Timestamp(0L), first.get(2)); // other_at is the earlier member's time
  }

  @Test
  void aSingleMemberHasNoPairs() {
    assertEquals(List.of(), pairs(members(1)));
    assertEquals(List.of(), pairs(members(0)));
  }

  @Test
  void aGiantBucketComparesWithItsEarliestMembersOnly() {
    assertEquals(100, Duplicates.MAX_BUCKET_COMPARISONS);
    // 103 members: member j (1..102) is paired with min(j, 100) earlier ones:
    // (1 + 2 + ... + 100) + 100 + 100 = 5050 + 200 = 5250 (instead of 103 * 102 / 2 = 5253)
    List<String> p = pairs(members(103));
    assertEquals(5250, p.size());
    assertEquals(100, p.stream().filter(s -> s.startsWith("m102>")).count());
    assertEquals(0, p.stream().filter(s -> s.endsWith(">m100") || s.endsWith(">m101")).count());
  }
}
