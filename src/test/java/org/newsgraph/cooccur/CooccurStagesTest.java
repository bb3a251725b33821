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
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;

class CooccurStagesTest {
  static final String KIM = "leader:Q56226";
  static final String PUTIN = "leader:Q7747";
  static final String RUS = "country:RUS";
  static Dataset<Row> counts;
  static Dataset<Row> pairs;

  // Articles (UTC), their sentences, and the entities mentioned per sentence (s0, s1, ...):
  //   A1 2023-09-10 12:00  2 sentences   s0: Putin, Kim   s1: Russia
  //   A2 2023-09-20 12:00  1 sentence    s0: Putin, Putin, Russia
  //   A3 2023-09-25 12:00  3 sentences   s2: Kim
  //   A4 2023-09-30 23:30  1 sentence    none
  //   A5 2023-10-01 00:10  1 sentence    s0: Putin, Kim
  //   A6 2023-09-11, duplicate of A1 (left out everywhere), as A1
  //   A7 undated           2 sentences   s0: Putin   s1: Kim     (only in "all")
  @BeforeAll
  static void compute() {
    SparkSession spark = SparkTestSession.get();
    StructType articleSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("published_at", DataTypes.TimestampType).add("duplicate_of", DataTypes.StringType)
        .add("n_sentences", DataTypes.IntegerType);
    List<Row> articles = List.of(
        RowFactory.create("A1", ts("2023-09-10T12:00:00Z"), null, 2),
        RowFactory.create("A2", ts("2023-09-20T12:00:00Z"), null, 1),
        RowFactory.create("A3", ts("2023-09-25T12:00:00Z"), null, 3),
        RowFactory.create("A4", ts("2023-09-30T23:30:00Z"), null, 1),
        RowFactory.create("A5", ts("2023-10-01T00:10:00Z"), null, 1),
        RowFactory.create("A6", ts("2023-09-11T12:00:00Z"), "A1", 2),
        RowFactory.create("A7", null, null, 2));
    StructType mentionSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("field", DataTypes.StringType).add("sentence_index", DataTypes.IntegerType)
        .add("entity_id", DataTypes.StringType).add("entity_type", DataTypes.StringType)
        .add("entity_name", DataTypes.StringType);
    List<Row> mentions = new ArrayList<>();
    for (Object[] m : new Object[][] {{"A1", 0, PUTIN}, {"A1", 0, KIM}, {"A1", 1, RUS},
        {"A2", 0, PUTIN}, {"A2", 0, PUTIN}, {"A2", 0, RUS}, {"A3", 2, KIM}, {"A5", 0, PUTIN},
        {"A5", 0, KIM}, {"A6", 0, PUTIN}, {"A6", 0, KIM}, {"A6", 1, RUS}, {"A7", 0, PUTIN},
        {"A7", 1, KIM}}) {
      String id = (String) m[2];
      mentions.add(RowFactory.create(m[0], "text", m[1], id, id.substring(0, id.indexOf(':')), id));
    }
    List<String> windows = List.of("article", "sentence");
    List<String> granularities = List.of("month", "all");
    Dataset<Row> articleRows = spark.createDataFrame(articles, articleSchema);
    Dataset<Row> periods = CooccurStages.articlePeriods(articleRows, granularities);
    Dataset<Row> units = CooccurStages.unitEntities(spark.createDataFrame(mentions, mentionSchema),
        articleRows, windows);
    Dataset<Row> totals = CooccurStages.periodTotals(periods, windows);
    Dataset<Row> codes = CooccurStages.entityCodes(units);
    Dataset<Row> unitCounts = CooccurStages.unitCounts(units, codes, granularities,
        StorageLevel.MEMORY_ONLY(), new ArrayList<>());
    counts = CooccurStages.entityCounts(unitCounts, totals, codes).cache();
    pairs = CooccurStages.pairStatistics(unitCounts, totals, codes, 1,
        new CooccurStages.Significance(10.83, 5, 1)).cache();
  }

  private static Timestamp ts(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  private static Row pair(String window, String period, String a, String b) {
    List<Row> rows = pairs.filter(pairs.col("unit").equalTo(window).and(pairs.col("period").equalTo(period))
        .and(pairs.col("entity_a").equalTo(a)).and(pairs.col("entity_b").equalTo(b))).collectAsList();
    assertEquals(1, rows.size(), window + " " + period + " " + a + " " + b);
    return rows.get(0);
  }

  private static List<Long> counts(Row r) {
    return List.of(r.getLong(r.fieldIndex("n_ab")), r.getLong(r.fieldIndex("n_a")),
        r.getLong(r.fieldIndex("n_b")), r.getLong(r.fieldIndex("n")));
  }

  private static double d(Row r, String c) {
    return r.getDouble(r.fieldIndex(c));
  }

  @Test
  void september2023ArticleWindow() {
    // n = A1..A4 = 4 (A4 has no mentions but counts; A6 is a duplicate)
    // Putin: A1, A2 -> 2; Russia: A1, A2 -> 2; n_ab = 2 = n_a = n_b: NPMI = ln(2*4/4) / -ln(2/4) = 1
    Row putinRussia = pair("article", "2023-09", RUS, PUTIN);
    assertEquals(List.of(2L, 2L, 2L, 4L), counts(putinRussia));
    assertEquals(1.0, d(putinRussia, "npmi"), 1e-12);
    // Kim: A1, A3 -> 2; Kim & Putin only A1 -> 1: PMI = ln(1*4/(2*2)) = 0, NPMI = 0
    Row kimPutin = pair("article", "2023-09", KIM, PUTIN);
    assertEquals(List.of(1L, 2L, 2L, 4L), counts(kimPutin));
    assertEquals(0.0, d(kimPutin, "npmi"), 1e-12);
    // 1 / (2 + 2 - 1)
    assertEquals(1.0 / 3.0, d(kimPutin, "jaccard"), 1e-12);
    assertFalse(kimPutin.getBoolean(kimPutin.fieldIndex("significant")));
  }

  @Test
  void september2023SentenceWindow() {
    // n = sentences of A1..A4 = 2 + 1 + 3 + 1 = 7
    // Putin: A1/s0, A2/s0 -> 2; Kim: A1/s0, A3/s2 -> 2; both: A1/s0 -> 1
    // PMI = ln(1 * 7 / (2 * 2)) = ln 1.75
    Row kimPutin = pair("sentence", "2023-09", KIM, PUTIN);
    assertEquals(List.of(1L, 2L, 2L, 7L), counts(kimPutin));
    assertEquals(Math.log(1.75), d(kimPutin, "pmi"), 1e-12);
    // Russia: A1/s1, A2/s0; with Putin only in A2/s0 (in A1 they are in different sentences)
    assertEquals(List.of(1L, 2L, 2L, 7L), counts(pair("sentence", "2023-09", RUS, PUTIN)));
    // Kim and Russia never share a sentence
    assertEquals(0, pairs.filter("unit = 'sentence' and entity_a = '" + RUS + "' and entity_b = '" + KIM + "'").count());
  }

  @Test
  void sundayJustAfterMidnightUtcStartsOctober() {
    // A4 (Sept 30, 23:30 UTC) is in September's n; A5 (Oct 1, 00:10 UTC) alone makes October:
    // n = 1, n_ab = n_a = n_b = 1 -> NPMI = 1 by the p(a,b) = 1 convention
    Row oct = pair("article", "2023-10", KIM, PUTIN);
    assertEquals(List.of(1L, 1L, 1L, 1L), counts(oct));
    assertEquals(1.0, d(oct, "npmi"), 1e-12);
  }

  @Test
  void allTimeIncludesUndatedButNotDuplicates() {
    // n = A1, A2, A3, A4, A5, A7 = 6; Putin: A1, A2, A5, A7 = 4; Kim: A1, A3, A5, A7 = 4; both: A1, A5, A7 = 3
    Row all = pair("article", "all", KIM, PUTIN);
    assertEquals(List.of(3L, 4L, 4L, 6L), counts(all));
    // PMI = ln(3 * 6 / (4 * 4)) = ln 1.125; lift = 18 / 16
    assertEquals(Math.log(1.125), d(all, "pmi"), 1e-12);
    assertEquals(1.125, d(all, "lift"), 1e-12);
    // sentences: 2 + 1 + 3 + 1 + 1 + 2 = 10; both in one sentence: A1/s0, A5/s0 = 2 (A7 has them apart)
    assertEquals(List.of(2L, 4L, 4L, 10L), counts(pair("sentence", "all", KIM, PUTIN)));
  }

  @Test
  void entityCountsSharesAndRowCounts() {
    Row putinSept = counts.filter("unit = 'article' and period = '2023-09' and entity_id = '" + PUTIN + "'").first();
    // 2 of 4 articles
    assertEquals(2L, putinSept.getLong(putinSept.fieldIndex("n_a")));
    assertEquals(0.5, d(putinSept, "share"), 1e-12);
    // the month the period starts in, under every granularity
    assertEquals("2023-09", putinSept.getString(putinSept.fieldIndex("bucket")));
    // per window: September {Putin, Kim, Russia} + October {Putin, Kim} + all {the three} = 8; two windows = 16
    assertEquals(16, counts.count());
    // article: Sept {Kim-Putin, Kim-Russia, Putin-Russia}, Oct {Kim-Putin}, all {the three} = 7
    // sentence: Sept {Kim-Putin, Putin-Russia}, Oct {Kim-Putin}, all {Kim-Putin, Putin-Russia} = 5
    assertEquals(12, pairs.count());
    assertEquals(0, pairs.filter("entity_a >= entity_b").count(), "canonical order, no self pairs");
  }
}
