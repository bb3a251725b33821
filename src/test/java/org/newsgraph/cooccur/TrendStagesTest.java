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
    TrendSettings settings = new TrendSettings(Map.of("week", 4), .05, 3, minTotal);
    return TrendStages.trends(unitCounts, totalsWithKey, codes, 1, settings).collectAsList();
  }

  private static Double dbl(Row r, String column) {
    return r.isNullAt(r.fieldIndex(column)) ? null : r.getDouble(r.fieldIndex(column));
  }

  private static Double p(String week) {
    return dbl(byPeriod.get(week), "p_value");
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
    // W05, pair (0, 1): 1 of 10 articles; trailing W01..W04: 4 of 40. expected 10 * 4 / 40 = 1,
    // ratio 1; p = P(binomial(1 + 4, 10 / 50) >= 1) = 1 - .8^5 = .67232
    Row w5 = pairRows.stream().filter(r -> r.getString(r.fieldIndex("period")).equals("2024-W05")
            && r.getString(r.fieldIndex("entity_b")).equals("country:AAA")).findFirst()
        .orElseThrow();
    assertEquals(1.0, dbl(w5, "expected"), 1e-12);
    assertEquals(1.0, dbl(w5, "ratio"), 1e-12);
    assertEquals(.67232, dbl(w5, "p_value"), 1e-9);
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
  void noTestWithoutATrailingArticle() {
    // W01 has no earlier week: no expectation, no p-value, not rising, not counted by the correction
    Row w1 = byPeriod.get("2024-W01");
    assertEquals(List.of(0L, 0L, 0L), List.of(w1.getLong(w1.fieldIndex("n_baseline")),
        w1.getLong(w1.fieldIndex("baseline_subject")), w1.getLong(w1.fieldIndex("baseline_n"))));
    assertNull(dbl(w1, "expected"));
    assertNull(p("2024-W01"));
    assertNull(dbl(w1, "q_value"));
    assertFalse(rising("2024-W01"));
    // W02 against W01 alone (1 of 10): expected 1, p = P(binomial(1 + 1, 10 / 20) >= 1) = 1 - .5^2 = .75
    assertEquals(1L, byPeriod.get("2024-W02").getLong(byPeriod.get("2024-W02").fieldIndex("n_baseline")));
    assertEquals(1.0, dbl(byPeriod.get("2024-W02"), "expected"), 1e-12);
    assertEquals(.75, p("2024-W02"), 1e-12);
  }

  @Test
  void aDoubledRateOnTwoArticlesIsNoSurprise() {
    // W03: 2 of 10 against W01, W02: 2 of 20; expected 10 * 2 / 20 = 1, ratio 2;
    // p = P(binomial(4, 10 / 30) >= 2) = 1 - (2/3)^4 - 4 (1/3)(2/3)^3 = 1 - 16/81 - 32/81 = 33/81
    Row w3 = byPeriod.get("2024-W03");
    assertEquals(2.0, dbl(w3, "ratio"), 1e-12);
    assertEquals(33.0 / 81, p("2024-W03"), 1e-12);
    assertFalse(rising("2024-W03"));
    // W04: 2 of 10 against 4 of 30: expected 4/3, ratio 1.5;
    // p = P(binomial(6, 1/4) >= 2) = 1 - (3/4)^6 - 6 (1/4)(3/4)^5 = (4096 - 729 - 1458) / 4096 = 1909/4096
    assertEquals(4.0 / 3, dbl(byPeriod.get("2024-W04"), "expected"), 1e-12);
    assertEquals(1909.0 / 4096, p("2024-W04"), 1e-12);
  }

  @Test
  void spikeAgainstFourTrailingWeeksIsRisingAfterTheCorrection() {
    // W05: 6 of 10 against W01..W04: 1 + 1 + 2 + 2 = 6 of 40; expected 10 * 6 / 40 = 1.5, ratio 4;
    // p = P(binomial(12, 10 / 50) >= 6) = sum over k = 6..12 of C(12, k) .2^k .8^(12-k)
    //   = .0155022 + .0033219 + .0005190 + .0000577 + .0000043 + .0000002 + .0000000 = .0194053
    // W05 has two rows with a p-value: the entity and the pair (0, 1) (p .67232, above). BH, m = 2:
    // ranks 1, 2: 2 * .0194053 / 1 = .0388106, 2 * .67232 / 2 = .67232; q = .0388106 <= .05, and
    // n_subject 6 >= trends.min_count 3: rising. The pair: q = .67232, not rising.
    Row w5 = byPeriod.get("2024-W05");
    assertEquals(List.of(6L, 40L), List.of(w5.getLong(w5.fieldIndex("baseline_subject")),
        w5.getLong(w5.fieldIndex("baseline_n"))));
    assertEquals(1.5, dbl(w5, "expected"), 1e-12);
    assertEquals(4.0, dbl(w5, "ratio"), 1e-12);
    assertEquals(.0194053, p("2024-W05"), 1e-7);
    assertEquals(.0388106, dbl(w5, "q_value"), 1e-7);
    assertTrue(dbl(w5, "ratio_lower") > 1.0);
    assertTrue(rising("2024-W05"));
  }

  @Test
  void absentWeeksAddNothingAndEmptyWeeksAreSkipped() {
    // W08 (Mon 2024-02-19): the trailing 28 days reach back to Mon 2024-01-22, i.e. W04, W05, W07
    // (W06 had no articles, so it is no period; in W07 the entity is absent): 3 periods,
    // 2 + 6 + 0 = 8 of 30 articles. expected 10 * 8 / 30 = 2.6666667, ratio 4 / 2.6666667 = 1.5;
    // p = P(binomial(12, 10 / 40) >= 4) = 1 - sum over k = 0..3 of C(12, k) .25^k .75^(12-k)
    //   = 1 - (.0316764 + .1267054 + .2322932 + .2581036) = .3512214; alone in W08 (m = 1): q = p
    Row w8 = byPeriod.get("2024-W08");
    assertEquals(List.of(4L, 3L, 8L, 30L), List.of(w8.getLong(w8.fieldIndex("n_subject")),
        w8.getLong(w8.fieldIndex("n_baseline")), w8.getLong(w8.fieldIndex("baseline_subject")),
        w8.getLong(w8.fieldIndex("baseline_n"))));
    assertEquals(8.0 / 3, dbl(w8, "expected"), 1e-9);
    assertEquals(1.5, dbl(w8, "ratio"), 1e-9);
    assertEquals(.3512214, p("2024-W08"), 1e-6);
    assertEquals(p("2024-W08"), dbl(w8, "q_value"), 1e-15);
    assertFalse(rising("2024-W08"));
  }

  @Test
  void countTestFormulas() {
    // 6 of 20 against 4 of 80: expected 20 * 4 / 80 = 1, ratio 6;
    // p = P(binomial(10, 20 / 100) >= 6) = C(10,6) .2^6 .8^4 + C(10,7) .2^7 .8^3 + C(10,8) .2^8 .8^2
    //     + C(10,9) .2^9 .8 + .2^10 = .0055050 + .0007864 + .0000737 + .0000041 + .0000001 = .0063694
    assertEquals(1.0, TrendMath.expected(20, 4, 80), 1e-12);
    assertEquals(6.0, TrendMath.ratio(6, 1.0), 1e-12);
    assertEquals(.0063694, TrendMath.pValue(6, 20, 4, 80), 1e-7);
    // its lower bound: pl solves P(binomial(10, pl) >= 6) = .05 (by bisection of that sum: pl = .3035372);
    // ratio_lower = .3035372 / .6964628 * 80 / 20 = 1.7433076
    assertEquals(1.7433076, TrendMath.ratioLower(6, 20, 4, 80), 1e-6);
    // a subject new to the window (0 of 30 before, 3 of 10 now): p = (10 / 40)^3 = 1/64; no ratio;
    // lower bound: the 5% quantile of beta(3, 1) solves t^3 = .05, t = .3684031;
    // ratio_lower = t / (1 - t) * 30 / 10 = .3684031 / .6315969 * 3 = 1.7498654
    assertEquals(1.0 / 64, TrendMath.pValue(3, 10, 0, 30), 1e-12);
    assertNull(TrendMath.ratio(3, TrendMath.expected(10, 0, 30)));
    assertEquals(1.7498654, TrendMath.ratioLower(3, 10, 0, 30), 1e-6);
    // no trailing article: nothing to test against
    assertNull(TrendMath.pValue(3, 10, 0, 0));
    assertNull(TrendMath.expected(10, 0, 0));
    assertNull(TrendMath.ratioLower(3, 10, 0, 0));
    assertTrue(TrendMath.rising(.05, 3, .05, 3));
    assertFalse(TrendMath.rising(.0501, 30, .05, 3));
    assertFalse(TrendMath.rising(.001, 2, .05, 3));
    assertFalse(TrendMath.rising(null, 30, .05, 3));
  }

  @Test
  void theLowerBoundExceedsOneExactlyWhenTheOneSidedTestRejectsAtFivePercent() {
    // the bound and the test invert the same binomial: p < .05 <=> ratio_lower > 1
    for (long x = 1; x <= 12; x++) {
      for (long xb : new long[] {0, 1, 3, 10, 40}) {
        for (long n : new long[] {5, 20, 100}) {
          double p = TrendMath.pValue(x, n, xb, 60);
          double lower = TrendMath.ratioLower(x, n, xb, 60);
          if (Math.abs(p - .05) > 1e-6) {
            assertEquals(p < .05, lower > 1.0, "x " + x + " xb " + xb + " n " + n + ": p " + p + " lower " + lower);
          }
        }
      }
    }
  }

  @Test
  void benjaminiHochbergWithinEachPeriod() {
    // period 1: p .01, .04, .04, .5 and one row without a p-value; m = 4.
    //   ranks 1..4: 4 * .01 / 1 = .04, 4 * .04 / 2 = .08, 4 * .04 / 3 = .0533333, 4 * .5 / 4 = .5;
    //   q = the minimum from the row to the largest p: .04; both ties min(.08, .0533333, .5) = .0533333; .5
    // period 2: one p .03, m = 1: q = .03 (the other period's rows do not count)
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("kp", DataTypes.LongType).add("id", DataTypes.StringType)
        .add("p_value", DataTypes.DoubleType);
    List<Row> rows = List.of(RowFactory.create(1L, "a", .01), RowFactory.create(1L, "b", .04),
        RowFactory.create(1L, "c", .04), RowFactory.create(1L, "d", .5), RowFactory.create(1L, "e", null),
        RowFactory.create(2L, "f", .03));
    Map<String, Double> q = new java.util.HashMap<>();
    for (Row r : TrendStages.withQValues(spark.createDataFrame(rows, schema)).collectAsList()) {
      q.put(r.getString(1), r.isNullAt(r.fieldIndex("q_value")) ? null : r.getDouble(r.fieldIndex("q_value")));
    }
    assertEquals(.04, q.get("a"), 1e-12);
    assertEquals(.16 / 3, q.get("b"), 1e-12);
    assertEquals(.16 / 3, q.get("c"), 1e-12);
    assertEquals(.5, q.get("d"), 1e-12);
    assertNull(q.get("e"));
    assertEquals(.03, q.get("f"), 1e-12);
  }

  @Test
  void plantedSurgesAreFoundAndStableSubjectsAreNot() {
    // 60 entities over 16 weeks of 400 articles each; entity e appears in each article with
    // probability 1% + e * .05% (seeded binomial draws: a stable rate, nothing rising). In week 12,
    // three of them (codes 5, 20, 40) appear at four times their rate. With 4 trailing weeks, the
    // planted weeks are far above expectation (e.g. code 5: rate 1.25%, expected about 5 of 400,
    // planted about 20); the stable ones vary around theirs. The correction keeps the false flags to
    // a small share of all flags: at fdr .05 with the 3 planted found, at most ceil(.05 * 4) = 1 more.
    SparkSession spark = SparkTestSession.get();
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261207L);
    StructType totalsSchema = new StructType().add("unit", DataTypes.StringType)
        .add("granularity", DataTypes.StringType).add("bucket", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("period_start", DataTypes.DateType)
        .add("n", DataTypes.LongType);
    List<Row> totals = new ArrayList<>();
    List<Row> counts = new ArrayList<>();
    List<Row> names = new ArrayList<>();
    java.util.Set<Integer> planted = java.util.Set.of(5, 20, 40);
    for (int e = 0; e < 60; e++) {
      names.add(RowFactory.create("topic:t" + e, "topic", "T" + e, e));
    }
    java.time.LocalDate monday = java.time.LocalDate.of(2024, 1, 1);
    for (int w = 0; w < 16; w++) {
      java.time.LocalDate start = monday.plusWeeks(w);
      String period = String.format("2024-W%02d", w + 1);
      totals.add(RowFactory.create("article", "week", start.toString().substring(0, 7), period,
          Date.valueOf(start), 400L));
      for (int e = 0; e < 60; e++) {
        double rate = (0.01 + e * 0.0005) * (w == 11 && planted.contains(e) ? 4 : 1);
        long c = 0;
        for (int i = 0; i < 400; i++) {
          c += random.nextDouble() < rate ? 1 : 0;
        }
        if (c > 0) {
          counts.add(RowFactory.create(period, CountKeys.kab(e, e), c));
        }
      }
    }
    Dataset<Row> t = spark.createDataFrame(totals, totalsSchema)
        .withColumn("kp", Periods.keyOf(functions.col("granularity"), functions.col("period_start")).multiply(2));
    Dataset<Row> u = spark.createDataFrame(counts, new StructType().add("period", DataTypes.StringType)
            .add("kab", DataTypes.LongType).add("c", DataTypes.LongType))
        .join(t.select("period", "kp"), "period").select("kp", "kab", "c");
    Dataset<Row> c = spark.createDataFrame(names, new StructType().add("entity_id", DataTypes.StringType)
        .add("entity_type", DataTypes.StringType).add("entity_name", DataTypes.StringType)
        .add("code", DataTypes.IntegerType));
    List<String> found = new ArrayList<>();
    List<String> falseFlags = new ArrayList<>();
    for (Row r : TrendStages.trends(u, t, c, 1, new TrendSettings(Map.of("week", 4), .05, 3, 1)).collectAsList()) {
      if (r.getBoolean(r.fieldIndex("rising"))) {
        String id = r.getString(r.fieldIndex("entity_a")) + " " + r.getString(r.fieldIndex("period"));
        (id.endsWith("2024-W12") && planted.contains(Integer.parseInt(id.substring(7, id.indexOf(' '))))
            ? found : falseFlags).add(id);
      }
    }
    java.util.Collections.sort(found);
    assertEquals(List.of("topic:t20 2024-W12", "topic:t40 2024-W12", "topic:t5 2024-W12"), found);
    assertTrue(falseFlags.size() <= 1, "false flags: " + falseFlags);
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
        new TrendSettings(Map.of("week", 4, "month", 3), .05, 3, 1));
    assertEquals(List.of(Map.of("granularity", "month", "bucket", "2024-12"),
        Map.of("granularity", "month", "bucket", "2025-01"), Map.of("granularity", "week", "bucket", "2024-12"),
        Map.of("granularity", "week", "bucket", "2025-01")), r.folders());
    assertEquals(Map.of("week", java.time.LocalDate.of(2024, 11, 4), "month", java.time.LocalDate.of(2024, 8, 30)),
        r.readFrom());
  }
}
