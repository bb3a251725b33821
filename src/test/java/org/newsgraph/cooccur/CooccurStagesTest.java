package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;

class CooccurStagesTest {
  static final String KIM = "leader:Q56226";
  static final String PUTIN = "leader:Q7747";
  static final String RUS = "country:RUS";
  static Dataset<Row> counts;
  static Dataset<Row> pairs;

  // Articles (UTC):                         entities
  //   A1 2023-09-10 12:00                   Putin, Kim, Russia
  //   A2 2023-09-20 12:00                   Putin, Russia (Putin mentioned twice)
  //   A3 2023-09-25 12:00                   Kim
  //   A4 2023-09-30 23:30                   none
  //   A5 2023-10-01 00:10                   Putin, Kim
  //   A6 2023-09-11, duplicate of A1        Putin, Kim, Russia  (left out everywhere)
  //   A7 undated                            Putin, Kim          (only in "all")
  @BeforeAll
  static void compute() {
    SparkSession spark = SparkTestSession.get();
    StructType articleSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("published_at", DataTypes.TimestampType).add("duplicate_of", DataTypes.StringType);
    List<Row> articles = List.of(
        RowFactory.create("A1", ts("2023-09-10T12:00:00Z"), null),
        RowFactory.create("A2", ts("2023-09-20T12:00:00Z"), null),
        RowFactory.create("A3", ts("2023-09-25T12:00:00Z"), null),
        RowFactory.create("A4", ts("2023-09-30T23:30:00Z"), null),
        RowFactory.create("A5", ts("2023-10-01T00:10:00Z"), null),
        RowFactory.create("A6", ts("2023-09-11T12:00:00Z"), "A1"),
        RowFactory.create("A7", null, null));
    StructType mentionSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("entity_id", DataTypes.StringType).add("entity_type", DataTypes.StringType)
        .add("entity_name", DataTypes.StringType);
    List<Row> mentions = new ArrayList<>();
    for (String[] m : new String[][] {{"A1", PUTIN}, {"A1", KIM}, {"A1", RUS}, {"A2", PUTIN},
        {"A2", PUTIN}, {"A2", RUS}, {"A3", KIM}, {"A5", PUTIN}, {"A5", KIM}, {"A6", PUTIN},
        {"A6", KIM}, {"A6", RUS}, {"A7", PUTIN}, {"A7", KIM}}) {
      String type = m[1].substring(0, m[1].indexOf(':'));
      mentions.add(RowFactory.create(m[0], m[1], type, m[1]));
    }
    Dataset<Row> periods = CooccurStages.articlePeriods(spark.createDataFrame(articles, articleSchema),
        List.of("month", "all"));
    Dataset<Row> ae = CooccurStages.articleEntities(spark.createDataFrame(mentions, mentionSchema), periods);
    counts = CooccurStages.entityCounts(ae, CooccurStages.periodTotals(periods)).cache();
    pairs = CooccurStages.pairStatistics(ae, counts, 1, 10.83, 5).cache();
  }

  private static Timestamp ts(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  private static Row pair(String period, String a, String b) {
    List<Row> rows = pairs.filter(pairs.col("period").equalTo(period)
        .and(pairs.col("entity_a").equalTo(a)).and(pairs.col("entity_b").equalTo(b))).collectAsList();
    assertEquals(1, rows.size(), period + " " + a + " " + b);
    return rows.get(0);
  }

  private static long l(Row r, String c) {
    return r.getLong(r.fieldIndex(c));
  }

  private static double d(Row r, String c) {
    return r.getDouble(r.fieldIndex(c));
  }

  @Test
  void september2023() {
    // n = A1..A4 = 4 (A4 has no mentions but counts; A6 is a duplicate)
    // Putin: A1, A2 -> 2; Russia: A1, A2 -> 2; so n_ab = 2 = n_a = n_b: NPMI = ln(2*4/4) / -ln(2/4) = 1
    Row putinRussia = pair("2023-09", RUS, PUTIN);
    assertEquals(List.of(2L, 2L, 2L, 4L),
        List.of(l(putinRussia, "n_ab"), l(putinRussia, "n_a"), l(putinRussia, "n_b"), l(putinRussia, "n")));
    assertEquals(1.0, d(putinRussia, "npmi"), 1e-12);
    // Kim: A1, A3 -> 2; Kim & Putin only A1 -> 1: PMI = ln(1*4/(2*2)) = 0, NPMI = 0
    Row kimPutin = pair("2023-09", KIM, PUTIN);
    assertEquals(List.of(1L, 2L, 2L, 4L),
        List.of(l(kimPutin, "n_ab"), l(kimPutin, "n_a"), l(kimPutin, "n_b"), l(kimPutin, "n")));
    assertEquals(0.0, d(kimPutin, "npmi"), 1e-12);
    assertEquals(0.0, d(kimPutin, "pmi"), 1e-12);
    // 1 / (2 + 2 - 1)
    assertEquals(1.0 / 3.0, d(kimPutin, "jaccard"), 1e-12);
    assertFalse(kimPutin.getBoolean(kimPutin.fieldIndex("significant")));
  }

  @Test
  void saturdayNightAndSundayJustAfterMidnightFallInTheirMonths() {
    // A4 (Sept 30, 23:30 UTC) is in September's n; A5 (Oct 1, 00:10 UTC) alone makes October:
    // n = 1, n_ab = n_a = n_b = 1 -> NPMI = 1 by the p(a,b) = 1 convention
    Row oct = pair("2023-10", KIM, PUTIN);
    assertEquals(List.of(1L, 1L, 1L, 1L), List.of(l(oct, "n_ab"), l(oct, "n_a"), l(oct, "n_b"), l(oct, "n")));
    assertEquals(1.0, d(oct, "npmi"), 1e-12);
  }

  @Test
  void allTimeIncludesUndatedButNotDuplicates() {
    // n = A1, A2, A3, A4, A5, A7 = 6; Putin: A1, A2, A5, A7 = 4; Kim: A1, A3, A5, A7 = 4; both: A1, A5, A7 = 3
    Row all = pair("all", KIM, PUTIN);
    assertEquals(List.of(3L, 4L, 4L, 6L), List.of(l(all, "n_ab"), l(all, "n_a"), l(all, "n_b"), l(all, "n")));
    // PMI = ln(3 * 6 / (4 * 4)) = ln 1.125
    assertEquals(Math.log(1.125), d(all, "pmi"), 1e-12);
    // lift = 18 / 16
    assertEquals(1.125, d(all, "lift"), 1e-12);
  }

  @Test
  void entityCountsAndShares() {
    Row putinSept = counts.filter("period = '2023-09' and entity_id = '" + PUTIN + "'").first();
    // 2 of 4 articles
    assertEquals(2L, l(putinSept, "n_a"));
    assertEquals(0.5, d(putinSept, "share"), 1e-12);
    // September: Putin, Kim, Russia; October: Putin, Kim; all: the three -> 3 + 2 + 3 = 8 rows
    assertEquals(8, counts.count());
    // pairs: Sept {Kim-Putin, Kim-Russia, Putin-Russia}, Oct {Kim-Putin}, all {the three} = 7 rows
    assertEquals(7, pairs.count());
  }
}
