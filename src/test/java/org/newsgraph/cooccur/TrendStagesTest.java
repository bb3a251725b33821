package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.TrendSettings;

class TrendStagesTest {
  static Map<String, Row> byPeriod = new java.util.HashMap<>();
  static List<Row> pairRows = new ArrayList<>();

  // A constructed weekly series for one entity, 10 articles in every week that has articles:
  //   week     W01  W02  W03  W04  W05  (W06: no articles at all)  W07          W08
  //   n_a        1    1    2    2    6                               0 (absent)   4
  //   share     .1   .1   .2   .2   .6                              .0           .4
  @BeforeAll
  static void compute() {
    SparkSession spark = SparkTestSession.get();
    String[] weeks = {"2024-W01", "2024-W02", "2024-W03", "2024-W04", "2024-W05", "2024-W07", "2024-W08"};
    String[] mondays = {"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29", "2024-02-12",
        "2024-02-19"};
    long[] counts = {1, 1, 2, 2, 6, 0, 4};
    StructType totalsSchema = new StructType().add("unit", DataTypes.StringType)
        .add("granularity", DataTypes.StringType).add("bucket", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("period_start", DataTypes.DateType)
        .add("n", DataTypes.LongType);
    List<Row> totals = new ArrayList<>();
    List<Row> entity = new ArrayList<>();
    for (int i = 0; i < weeks.length; i++) {
      totals.add(RowFactory.create("article", "week", mondays[i].substring(0, 7), weeks[i],
          Date.valueOf(mondays[i]), 10L));
      if (counts[i] > 0) {
        entity.add(RowFactory.create(weeks[i], CountKeys.kab(0, 0), counts[i]));
      }
      // the pair (0, 1) in 1 article of each of W01..W05: total 5 = trends.min_total, so it has rows;
      // the pair (0, 2) only in W01..W04: total 4 < 5, no rows
      if (i < 5) {
        entity.add(RowFactory.create(weeks[i], CountKeys.kab(0, 1), 1L));
      }
      if (i < 4) {
        entity.add(RowFactory.create(weeks[i], CountKeys.kab(0, 2), 1L));
      }
    }
    // the packed form of cooccur: kp as the job gives it to totals (article window: period key * 2),
    // the entity (code 0) as kab = (0, 0), its count as c
    Dataset<Row> totalsWithKey = spark.createDataFrame(totals, totalsSchema)
        .withColumn("kp", Periods.keyOf(functions.col("granularity"), functions.col("period_start")).multiply(2));
    Dataset<Row> unitCounts = spark.createDataFrame(entity, new StructType().add("period", DataTypes.StringType)
            .add("kab", DataTypes.LongType).add("c", DataTypes.LongType))
        .join(totalsWithKey.select("period", "kp"), "period")
        .select("kp", "kab", "c");
    Dataset<Row> codes = spark.createDataFrame(List.of(RowFactory.create("leader:Q1", "leader", "X", 0),
            RowFactory.create("country:AAA", "country", "Y", 1), RowFactory.create("country:BBB", "country", "Z", 2)),
        new StructType().add("entity_id", DataTypes.StringType).add("entity_type", DataTypes.StringType)
            .add("entity_name", DataTypes.StringType).add("code", DataTypes.IntegerType));
    TrendSettings settings = new TrendSettings(Map.of("week", 4), 2.0, 3, 0.01, 5);
    for (Row r : TrendStages.trends(unitCounts, totalsWithKey, codes, 1, settings).collectAsList()) {
      if (r.getString(r.fieldIndex("subject")).equals("entity")) {
        byPeriod.put(r.getString(r.fieldIndex("period")), r);
      } else {
        pairRows.add(r);
      }
    }
  }

  private static Double z(String week) {
    Row r = byPeriod.get(week);
    return r.isNullAt(r.fieldIndex("z")) ? null : r.getDouble(r.fieldIndex("z"));
  }

  private static boolean rising(String week) {
    Row r = byPeriod.get(week);
    return r.getBoolean(r.fieldIndex("rising"));
  }

  @Test
  void everyWeekWhereTheEntityAppearsHasARow() {
    // W01..W05 and W08; not W07, where it is absent
    assertEquals(java.util.Set.of("2024-W01", "2024-W02", "2024-W03", "2024-W04", "2024-W05", "2024-W08"),
        byPeriod.keySet());
  }

  @Test
  void pairsGetTrendRowsWithTheirNamesAndEntitiesHaveNoSecondEntity() {
    // (0, 1): W01..W05 = 5 rows; (0, 2) has a total of 4 < 5: none
    assertEquals(5, pairRows.size());
    for (Row r : pairRows) {
      assertEquals(List.of("leader:Q1", "country:AAA", "leader", "country", "X", "Y"),
          List.of(r.getString(r.fieldIndex("entity_a")), r.getString(r.fieldIndex("entity_b")),
              r.getString(r.fieldIndex("type_a")), r.getString(r.fieldIndex("type_b")),
              r.getString(r.fieldIndex("name_a")), r.getString(r.fieldIndex("name_b"))));
    }
    // W05: share 1/10 against .1, .1, .1, .1: sd 0 -> floor .01, z = (.1 - .1) / .01 = 0
    Row w5 = pairRows.stream().filter(r -> r.getString(r.fieldIndex("period")).equals("2024-W05")).findFirst()
        .orElseThrow();
    assertEquals(0.0, w5.getDouble(w5.fieldIndex("z")), 1e-9);
    Row e = byPeriod.get("2024-W05");
    assertTrue(e.isNullAt(e.fieldIndex("entity_b")));
    assertEquals("leader:Q1", e.getString(e.fieldIndex("entity_a")));
    assertEquals("X", e.getString(e.fieldIndex("name_a")));
  }

  @Test
  void noZWithFewerThanTwoBaselineWeeks() {
    assertNull(z("2024-W01"));
    // W02's baseline is W01 only
    assertNull(z("2024-W02"));
    assertEquals(1L, byPeriod.get("2024-W02").getLong(byPeriod.get("2024-W02").fieldIndex("n_baseline")));
  }

  @Test
  void flatBaselineUsesTheSdFloor() {
    // W03: baseline W01, W02 = .1, .1 -> mean .1, sd 0 -> floor 0.01: z = (.2 - .1) / .01 = 10;
    // but n_a = 2 < trends.min_count 3, so not rising
    assertEquals(10.0, z("2024-W03"), 1e-9);
    assertFalse(rising("2024-W03"));
  }

  @Test
  void spikeAgainstFourTrailingWeeks() {
    // W05: baseline W01..W04 = .1, .1, .2, .2 -> mean .15;
    // sample sd = sqrt((4 * .05^2) / 3) = sqrt(.01 / 3) = .0577350
    // z = (.6 - .15) / .0577350 = 7.7942286; n_a = 6 >= 3 -> rising
    assertEquals(7.7942286, z("2024-W05"), 1e-6);
    assertTrue(rising("2024-W05"));
  }

  @Test
  void absentWeekCountsAsZeroAndEmptyWeeksAreSkipped() {
    // W08 (Mon 2024-02-19): the trailing 28 days reach back to Mon 2024-01-22, i.e. W04, W05, W07
    // (W06 had no articles, so it is no period; in W07 the entity is absent: share 0):
    // shares .2, .6, 0 -> mean .2666667;
    // sd = sqrt(((.2 - .2666667)^2 + (.6 - .2666667)^2 + (0 - .2666667)^2) / 2)
    //    = sqrt((.0044444 + .1111111 + .0711111) / 2) = sqrt(.0933333) = .3055050
    // z = (.4 - .2666667) / .3055050 = .4364358
    Row w8 = byPeriod.get("2024-W08");
    assertEquals(4L, w8.getLong(w8.fieldIndex("n_subject")));
    assertEquals(3L, w8.getLong(w8.fieldIndex("n_baseline")));
    assertEquals(0.2666667, w8.getDouble(w8.fieldIndex("baseline_mean")), 1e-6);
    assertEquals(0.4364358, z("2024-W08"), 1e-6);
  }

  @Test
  void baselineFromSums() {
    // shares .1, .1, .2, .2: sum .6, sum of squares .01 + .01 + .04 + .04 = .1, n = 4
    // mean .15; sd = sqrt((.1 - 4 * .0225) / 3) = sqrt(.01 / 3) = .0577350
    assertEquals(0.15, TrendMath.baselineMean(0.6, 4), 1e-12);
    assertEquals(0.0577350, TrendMath.baselineSd(0.6, 0.1, 4), 1e-6);
    assertNull(TrendMath.baselineSd(0.1, 0.01, 1));
    assertNull(TrendMath.baselineMean(0, 0));
  }

  @Test
  void zScoreFormula() {
    // (0.3 - 0.1) / max(0.05, 0.01) = 4
    assertEquals(4.0, TrendMath.z(0.3, 0.1, 0.05, 3, 0.01), 1e-12);
    assertNull(TrendMath.z(0.3, 0.1, null, 1, 0.01));
    assertTrue(TrendMath.rising(2.0, 3, 2.0, 3));
    assertFalse(TrendMath.rising(1.99, 30, 2.0, 3));
  }
}
