package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** n_sources of entity_counts and cooccurrence, and cooccur.significance.min_sources. */
class SourceDiversityTest {
  static final String KIM = "leader:Q56226";
  static final String PUTIN = "leader:Q7747";
  static final String RUS = "country:RUS";
  static final String CHN = "country:CHN";
  static Dataset<Row> unitCounts;
  static Dataset<Row> totals;
  static Dataset<Row> codes;
  static Dataset<Row> entities;
  static Dataset<Row> pairs;

  // Articles (UTC), source, and the entities per sentence of the text:
  //   B1 2023-09-05  "Alpha"   s0: Putin, Kim   s1: Russia
  //   B2 2023-09-06  "Beta"    s0: Putin, Kim
  //   B3 2023-09-07  "Beta"    s0: Putin, Kim   s1: Russia
  //   B4 2023-10-02  "Beta "   s0: Putin        s1: Kim      (trimmed: the same outlet as B2, B3)
  //   B5 2023-09-08  null      s0: Putin, Kim, China         (adds no source)
  //   B6 2023-09-09  "Gamma"   duplicate_of B1, as B1        (not counted: Gamma is no source of anything)
  // Beta prints Kim-Putin three times (B2, B3, B4).
  @BeforeAll
  static void compute() {
    SparkSession spark = SparkTestSession.get();
    StructType articleSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("published_at", DataTypes.TimestampType).add("duplicate_of", DataTypes.StringType)
        .add("n_sentences", DataTypes.IntegerType).add("source", DataTypes.StringType);
    List<Row> articles = List.of(
        RowFactory.create("B1", ts("2023-09-05T12:00:00Z"), null, 2, "Alpha"),
        RowFactory.create("B2", ts("2023-09-06T12:00:00Z"), null, 1, "Beta"),
        RowFactory.create("B3", ts("2023-09-07T12:00:00Z"), null, 2, "Beta"),
        RowFactory.create("B4", ts("2023-10-02T12:00:00Z"), null, 2, "Beta "),
        RowFactory.create("B5", ts("2023-09-08T12:00:00Z"), null, 1, null),
        RowFactory.create("B6", ts("2023-09-09T12:00:00Z"), "B1", 2, "Gamma"));
    StructType mentionSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("field", DataTypes.StringType).add("sentence_index", DataTypes.IntegerType)
        .add("entity_id", DataTypes.StringType).add("entity_type", DataTypes.StringType)
        .add("entity_name", DataTypes.StringType);
    List<Row> mentions = new ArrayList<>();
    for (Object[] m : new Object[][] {{"B1", 0, PUTIN}, {"B1", 0, KIM}, {"B1", 1, RUS},
        {"B2", 0, PUTIN}, {"B2", 0, KIM}, {"B3", 0, PUTIN}, {"B3", 0, KIM}, {"B3", 1, RUS},
        {"B4", 0, PUTIN}, {"B4", 1, KIM}, {"B5", 0, PUTIN}, {"B5", 0, KIM}, {"B5", 0, CHN},
        {"B6", 0, PUTIN}, {"B6", 0, KIM}, {"B6", 1, RUS}}) {
      String id = (String) m[2];
      mentions.add(RowFactory.create(m[0], "text", m[1], id, id.substring(0, id.indexOf(':')), id));
    }
    List<String> windows = List.of("article", "sentence");
    List<String> granularities = List.of("month", "all");
    Dataset<Row> articleRows = spark.createDataFrame(articles, articleSchema);
    Dataset<Row> units = CooccurStages.unitEntities(spark.createDataFrame(mentions, mentionSchema),
        articleRows, windows);
    totals = CooccurStages.periodTotals(CooccurStages.articlePeriods(articleRows, granularities), windows).cache();
    codes = CooccurStages.entityCodes(units).cache();
    unitCounts = CooccurStages.unitCounts(units, codes, granularities, StorageLevel.MEMORY_ONLY(),
        new ArrayList<>());
    entities = CooccurStages.entityCounts(unitCounts, totals, codes).cache();
    pairs = CooccurStages.pairStatistics(unitCounts, totals, codes, 1,
        new CooccurStages.Significance(10.83, 5, 1)).cache();
  }

  private static Timestamp ts(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  private static Row one(Dataset<Row> rows, String what) {
    List<Row> list = rows.collectAsList();
    assertEquals(1, list.size(), what);
    return list.get(0);
  }

  /** (n_a, n_sources) of an entity in one unit and period. */
  private static List<Long> entity(String unit, String period, String id) {
    Row r = one(entities.filter(entities.col("unit").equalTo(unit).and(entities.col("period").equalTo(period))
        .and(entities.col("entity_id").equalTo(id))), unit + " " + period + " " + id);
    return List.of(r.getLong(r.fieldIndex("n_a")), r.getLong(r.fieldIndex("n_sources")));
  }

  private static Dataset<Row> pairRows(Dataset<Row> from, String unit, String period, String a, String b) {
    return from.filter(from.col("unit").equalTo(unit).and(from.col("period").equalTo(period))
        .and(from.col("entity_a").equalTo(a)).and(from.col("entity_b").equalTo(b)));
  }

  /** (n_ab, n_sources) of a pair in one unit and period. */
  private static List<Long> pair(String unit, String period, String a, String b) {
    Row r = one(pairRows(pairs, unit, period, a, b), unit + " " + period + " " + a + " " + b);
    return List.of(r.getLong(r.fieldIndex("n_ab")), r.getLong(r.fieldIndex("n_sources")));
  }

  @Test
  void articleWindowCountsOutletsNotArticles() {
    // 2023-09 counts B1, B2, B3, B5 (B4 is October, B6 a duplicate)
    // Putin and Kim: in all four -> n_a 4; sources Alpha (B1), Beta (B2, B3), none (B5) -> 2
    assertEquals(List.of(4L, 2L), entity("article", "2023-09", PUTIN));
    assertEquals(List.of(4L, 2L), entity("article", "2023-09", KIM));
    // Kim-Putin: n_ab 4, from 2 outlets (Beta's two copies are one source, Gamma's duplicate none)
    assertEquals(List.of(4L, 2L), pair("article", "2023-09", KIM, PUTIN));
    // Russia: B1 (Alpha), B3 (Beta) -> 2 articles, 2 sources; with Putin in both
    assertEquals(List.of(2L, 2L), entity("article", "2023-09", RUS));
    assertEquals(List.of(2L, 2L), pair("article", "2023-09", RUS, PUTIN));
    // China only in B5, which has no source: n_sources 0, for the entity and its pairs
    assertEquals(List.of(1L, 0L), entity("article", "2023-09", CHN));
    assertEquals(List.of(1L, 0L), pair("article", "2023-09", CHN, PUTIN));
    // 2023-10: B4 alone, Beta -> 1
    assertEquals(List.of(1L, 1L), pair("article", "2023-10", KIM, PUTIN));
  }

  @Test
  void allTimeIsNotTheSumOfTheMonths() {
    // all: B1..B5; Kim-Putin in all five; sources Alpha, Beta ("Beta " of B4 trimmed is Beta) -> 2,
    // where the months' n_sources sum to 2 + 1 = 3
    assertEquals(List.of(5L, 2L), pair("article", "all", KIM, PUTIN));
    assertEquals(List.of(5L, 2L), entity("article", "all", PUTIN));
    assertEquals(List.of(1L, 0L), entity("article", "all", CHN));
    // the pair keeps its n_a, n_b over all time (summed across the partitions the sources went to)
    Row r = one(pairRows(pairs, "article", "all", KIM, PUTIN), "all Kim-Putin");
    assertEquals(List.of(5L, 5L, 5L), List.of(r.getLong(r.fieldIndex("n_a")), r.getLong(r.fieldIndex("n_b")),
        r.getLong(r.fieldIndex("n"))));
  }

  @Test
  void sentenceWindowCountsTheSourcesOfTheCountedSentences() {
    // 2023-09 sentences with both Kim and Putin: B1/s0 (Alpha), B2/s0, B3/s0 (Beta), B5/s0 (none)
    // -> n_ab 4, n_sources 2
    assertEquals(List.of(4L, 2L), pair("sentence", "2023-09", KIM, PUTIN));
    // Russia: B1/s1 (Alpha), B3/s1 (Beta) -> 2, 2; never in a sentence with Putin: no pair row
    assertEquals(List.of(2L, 2L), entity("sentence", "2023-09", RUS));
    assertEquals(0, pairRows(pairs, "sentence", "2023-09", RUS, PUTIN).count());
    // 2023-10: B4 names Putin (s0) and Kim (s1) apart: each 1 sentence of Beta; no pair
    assertEquals(List.of(1L, 1L), entity("sentence", "2023-10", PUTIN));
    assertEquals(0, pairRows(pairs, "sentence", "2023-10", KIM, PUTIN).count());
    // all: Kim-Putin in B1/s0, B2/s0, B3/s0, B5/s0 -> 4 sentences, 2 sources;
    // Putin in those and B4/s0 -> 5 sentences, sources Alpha, Beta -> 2
    assertEquals(List.of(4L, 2L), pair("sentence", "all", KIM, PUTIN));
    assertEquals(List.of(5L, 2L), entity("sentence", "all", PUTIN));
  }

  private static boolean significant(int minSources, String period, String a, String b) {
    // g2 >= 0 and n_ab >= 1 always hold, so only min_sources decides
    Dataset<Row> rows = CooccurStages.pairStatistics(unitCounts, totals, codes, 1,
        new CooccurStages.Significance(0.0, 1, minSources));
    Row r = one(pairRows(rows, "article", period, a, b), period + " " + a + " " + b);
    return r.getBoolean(r.fieldIndex("significant"));
  }

  @Test
  void minSourcesDecidesSignificant() {
    // 2023-09 Kim-Putin has 2 sources: significant with min_sources 2, not with 3
    assertTrue(significant(2, "2023-09", KIM, PUTIN));
    assertFalse(significant(3, "2023-09", KIM, PUTIN));
    // China-Putin has 0 sources: min_sources 1 is off, so it passes; 2 fails
    assertTrue(significant(1, "2023-09", CHN, PUTIN));
    assertFalse(significant(2, "2023-09", CHN, PUTIN));
    // all-time Kim-Putin: 2 sources (not 3, the sum of the months): still not significant at 3
    assertFalse(significant(3, "all", KIM, PUTIN));
  }
}
