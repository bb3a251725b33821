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
  static Dataset<Row> unitCounts;
  static Dataset<Row> totalsWithKey;
  static Dataset<Row> codes;

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
      // the pair (0, 1) in 1 article of each of W01..W05, the pair (0, 2) only in W01..W04
      if (i < 5) {
        entity.add(RowFactory.create(weeks[i], CountKeys.kab(0, 1), 1L));
      }
      if (i < 4) {
        entity.add(RowFactory.create(weeks[i], CountKeys.kab(0, 2), 1L));
      }
    }
    // the packed form of cooccur: kp as the job gives it to totals (article window: period key * 2),
    // the entity (code 0) as kab = (0, 0), its count as c
    totalsWithKey = spark.createDataFrame(totals, totalsSchema)
        .withColumn("kp", Periods.keyOf(functions.col("granularity"), functions.col("period_start")).multiply(2));
    unitCounts = spark.createDataFrame(entity, new StructType().add("period", DataTypes.StringType)
            .add("kab", DataTypes.LongType).add("c", DataTypes.LongType))
        .join(totalsWithKey.select("period", "kp"), "period")
        .select("kp", "kab", "c");
    codes = spark.createDataFrame(List.of(RowFactory.create("leader:Q1", "leader", "X", 0),
            RowFactory.create("country:AAA", "country", "Y", 1), RowFactory.create("country:BBB", "country", "Z", 2)),
        new StructType().add("entity_id", DataTypes.StringType).add("entity_type", DataTypes.StringType)
            .add("entity_name", DataTypes.StringType).add("code", DataTypes.IntegerType));
    // trends.min_total 1: every period where a subject appears has a row
    for (Row r : trends(1)) {
      if (r.getString(r.fieldIndex("subject")).equals("entity")) {
        byPeriod.put(r.getString(r.fieldIndex("period")), r);
      } else {
        pairRows.add(r);
      }
    }
  }

  private static List<Row> trends(int minTotal) {
    TrendSettings settings = new TrendSettings(Map.of("week", 4), 2.0, 3, 0.01, minTotal);
    return TrendStages.trends(unitCounts, totalsWithKey, codes, 1, settings).collectAsList();
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
    // (0, 1): W01..W05 = 5 rows; (0, 2): W01..W04 = 4 rows
    assertEquals(9, pairRows.size());
    assertEquals(5, pairRows.stream().filter(r -> r.getString(r.fieldIndex("entity_b")).equals("country:AAA")).count());
    for (Row r : pairRows) {
      boolean aaa = r.getString(r.fieldIndex("entity_b")).equals("country:AAA");
      assertEquals(List.of("leader:Q1", aaa ? "country:AAA" : "country:BBB", "leader", "country", "X", aaa ? "Y" : "Z"),
          List.of(r.getString(r.fieldIndex("entity_a")), r.getString(r.fieldIndex("entity_b")),
              r.getString(r.fieldIndex("type_a")), r.getString(r.fieldIndex("type_b")),
              r.getString(r.fieldIndex("name_a")), r.getString(r.fieldIndex("name_b"))));
    }
    // W05: share 1/10 against .1, .1, .1, .1: sd 0 -> floor .01, z = (.1 - .1) / .01 = 0
    Row w5 = pairRows.stream().filter(r -> r.getString(r.fieldIndex("period")).equals("2024-W05")
            && r.getString(r.fieldIndex("entity_b")).equals("country:AAA")).findFirst()
        .orElseThrow();
    assertEquals(0.0, w5.getDouble(w5.fieldIndex("z")), 1e-9);
    Row e = byPeriod.get("2024-W05");
    assertTrue(e.isNullAt(e.fieldIndex("entity_b")));
    assertEquals("leader:Q1", e.getString(e.fieldIndex("entity_a")));
    assertEquals("X", e.getString(e.fieldIndex("name_a")));
  }

  @Test
  void minTotalCountsThePeriodAndItsTrailingWeeks() {
    // trends.min_total 3: a row needs 3 articles in its week and the 4 weeks before it together.
    //   entity: W01 1, W02 1+1 = 2: none; W03 2+1+1 = 4, W04 2+2+1+1 = 6, W05 6+6 = 12,
    //           W08 4 + (W04 2 + W05 6 + W07 0) = 12: rows
    //   (0, 1): W01 1, W02 2: none; W03 3, W04 4, W05 5 (W01..W04 + itself): rows
    //   (0, 2): W01 1, W02 2: none; W03 3, W04 4: rows
    java.util.Set<String> got = new java.util.TreeSet<>();
    for (Row r : trends(3)) {
      got.add((r.isNullAt(r.fieldIndex("entity_b")) ? "entity" : r.getString(r.fieldIndex("entity_b")))
          + " " + r.getString(r.fieldIndex("period")));
    }
    assertEquals(new java.util.TreeSet<>(List.of("entity 2024-W03", "entity 2024-W04", "entity 2024-W05",
        "entity 2024-W08", "country:AAA 2024-W03", "country:AAA 2024-W04", "country:AAA 2024-W05",
        "country:BBB 2024-W03", "country:BBB 2024-W04")), got);
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

  private static Row period(String granularity, String start) {
    return RowFactory.create(granularity, start.substring(0, 7), Date.valueOf(start));
  }

  @Test
  void anAppendRecomputesTheFoldersWhoseTrailingWindowsReachATouchedPeriod() {
    // weeks (trailing 4 = 28 days): touched 2024-12-09. Reached: itself, 12-16, 12-23, 12-30 and
    // 2025-01-06 (01-06 - 28 days = 12-09, inside); 2025-01-13 reaches back to 12-16 only.
    // Folders: week 2024-12, 2025-01; the earliest period in them is 2024-12-02, whose window
    // starts 28 days before: 2024-11-04.
    // months (trailing 3 = 93 days): touched 2024-12-01; 2025-01-01 - 93 days = 2024-09-30 reaches
    // it, 2025-04-01 - 93 = 2024-12-29 does not. Folders: month 2024-12, 2025-01; read from
    // 2024-12-01 - 93 days = 2024-08-30. The touched year has no trailing setting: no folder.
    List<Row> periods = new ArrayList<>();
    for (String d : List.of("2024-11-04", "2024-11-11", "2024-11-18", "2024-11-25", "2024-12-02", "2024-12-09",
        "2024-12-16", "2024-12-23", "2024-12-30", "2025-01-06", "2025-01-13")) {
      periods.add(period("week", d));
    }
    for (String d : List.of("2024-09-01", "2024-10-01", "2024-11-01", "2024-12-01", "2025-01-01", "2025-04-01")) {
      periods.add(period("month", d));
    }
    periods.add(period("year", "2024-01-01"));
    List<Row> touched = List.of(period("week", "2024-12-09"), period("month", "2024-12-01"),
        period("year", "2024-01-01"));
    TrendStages.Recompute r = TrendStages.affectedFolders(periods, touched,
        new TrendSettings(Map.of("week", 4, "month", 3), 2.0, 3, 0.01, 1));
    assertEquals(List.of(Map.of("granularity", "month", "bucket", "2024-12"),
        Map.of("granularity", "month", "bucket", "2025-01"), Map.of("granularity", "week", "bucket", "2024-12"),
        Map.of("granularity", "week", "bucket", "2025-01")), r.folders());
    assertEquals(Map.of("week", java.time.LocalDate.of(2024, 11, 4), "month", java.time.LocalDate.of(2024, 8, 30)),
        r.readFrom());
  }
}
