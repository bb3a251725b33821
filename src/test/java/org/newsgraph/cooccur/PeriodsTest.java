package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.Granularity;

class PeriodsTest {

  private static List<String> periods(String iso) {
    StructType schema = new StructType().add("ts", DataTypes.TimestampType);
    Dataset<Row> in = SparkTestSession.get().createDataFrame(
        List.of(RowFactory.create(iso == null ? null : Timestamp.from(Instant.parse(iso)))), schema);
    return Periods.explodePeriods(in, "ts", List.of("day", "week", "month", "year", "all"))
        .selectExpr("concat(granularity, '=', period, '@', coalesce(cast(period_start as string), '-'))")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  @Test
  void sundayLateEveningUtcStaysInItsIsoWeek() {
    // 2023-10-01 is a Sunday; ISO weeks start on Monday, so it closes week 39 (Mon 2023-09-25)
    assertEquals(List.of("day=2023-10-01@2023-10-01", "week=2023-W39@2023-09-25",
        "month=2023-10@2023-10-01", "year=2023@2023-01-01", "all=all@-"), periods("2023-10-01T23:30:00Z"));
  }

  @Test
  void firstDaysOfAYearStartingOnFridayBelongToThePreviousIsoYear() {
    // 2021-01-01 is a Friday: its week holds only 3 days of 2021, so it is 2020-W53 (Mon 2020-12-28)
    assertEquals("week=2020-W53@2020-12-28", periods("2021-01-01T08:00:00Z").get(1));
    // Monday 2021-01-04 starts 2021-W01
    assertEquals("week=2021-W01@2021-01-04", periods("2021-01-04T00:00:00Z").get(1));
    // 2024-12-30 (Monday) is in ISO week 1 of 2025
    assertEquals("week=2025-W01@2024-12-30", periods("2024-12-30T12:00:00Z").get(1));
  }

  @Test
  void theLabelsAndFirstDaysAreThoseOfTheOneGrammarInGranularity() {
    // every day from 2020-12-20 to 2025-01-10 (ISO years of 52 and 53 weeks, a leap day, year ends
    // on every weekday), at noon UTC: Spark's label and first day, against Granularity's
    java.time.LocalDate first = java.time.LocalDate.of(2020, 12, 20);
    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, java.time.LocalDate.of(2025, 1, 11));
    StructType schema = new StructType().add("ts", DataTypes.TimestampType);
    List<Row> in = new java.util.ArrayList<>();
    for (int d = 0; d < days; d++) {
      in.add(RowFactory.create(Timestamp.from(first.plusDays(d).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC))));
    }
    List<Row> rows = Periods.explodePeriods(SparkTestSession.get().createDataFrame(in, schema), "ts",
            List.of("day", "week", "month", "year")).select("ts", "granularity", "period", "period_start", "bucket")
        .collectAsList();
    assertEquals(4 * days, rows.size());
    for (Row r : rows) {
      java.time.LocalDate day = r.getTimestamp(0).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      Granularity g = Granularity.of(r.getString(1));
      String label = r.getString(2);
      java.time.LocalDate start = r.getDate(3).toLocalDate();
      assertEquals(g.label(day), label, g + " of " + day);
      assertEquals(g.start(day), start, g + " of " + day);
      assertEquals(g, Granularity.ofLabel(label), label);
      assertEquals(start, g.startOf(label), label);
      assertEquals(true, !day.isBefore(start) && day.isBefore(g.endOf(start)), day + " in " + label);
      assertEquals(g.bucketOf(start), r.getString(4), label);
    }
  }

  @Test
  void undatedRowsOnlyGetAllTime() {
    assertEquals(List.of("all=all@-"), periods(null));
  }

  @Test
  void granularityIndexReadsBackTheGranularityOfAPeriodKeyAndOfAKp() {
    // keys of 2023-09-12 for day .. all, then kp = key * 2 + window for the sentence window (1):
    // the index is the granularity's place in day, week, month, year, all (0 .. 4) for both
    Dataset<Row> keys = SparkTestSession.get().sql("select to_date('2023-09-12') as d")
        .select(explode(array(Granularity.ids().stream().map(g -> Periods.keyOf(lit(g), col("d")))
            .toArray(Column[]::new))).as("key"));
    List<Row> rows = keys.select(Periods.granularityIndex(keys.col("key")),
        CooccurStages.granularityIndex(keys.col("key").multiply(2).plus(1))).collectAsList();
    for (int i = 0; i < 5; i++) {
      assertEquals(i, rows.get(i).getInt(0), "period key of " + Granularity.values()[i].id());
      assertEquals(i, rows.get(i).getInt(1), "kp of " + Granularity.values()[i].id());
    }
    // all-time has day 0: its key is exactly 4 << 32
    assertEquals(4L << 32, Periods.allTimeKey());
  }
}
