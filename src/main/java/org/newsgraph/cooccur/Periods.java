package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.newsgraph.config.Granularity;

/**
 * Periods in UTC (the session time zone is UTC), labelled as {@link Granularity} defines: day
 * 2023-09-12; week: ISO 8601, Monday start, labelled by ISO week-year, 2023-W37; month: 2023-09;
 * year: 2023; all: all. Written here with Spark's date functions (PeriodsTest checks them against
 * {@link Granularity#label} and {@link Granularity#startOf}). Undated rows belong only to "all".
 */
public final class Periods {
  private Periods() {
  }

  /** Label and first day of the period holding {@code ts}, for one granularity. */
  static Column periodOf(String granularity, Column ts) {
    Column day = to_date(ts);
    return switch (granularity) {
      case "day" -> struct(date_format(ts, "yyyy-MM-dd").as("period"), day.as("period_start"));
      case "week" -> {
        Column monday = to_date(date_trunc("week", ts));
        // the ISO week-year is the year of the week's Thursday
        Column isoYear = year(date_add(monday, 3));
        yield struct(functions.when(ts.isNotNull(), format_string("%d-W%02d", isoYear, weekofyear(ts)))
                .as("period"),
            monday.as("period_start"));
      }
      case "month" -> struct(date_format(ts, "yyyy-MM").as("period"),
          to_date(date_trunc("month", ts)).as("period_start"));
      case "year" -> struct(date_format(ts, "yyyy").as("period"),
          to_date(date_trunc("year", ts)).as("period_start"));
      case "all" -> struct(lit("all").as("period"), lit(null).cast("date").as("period_start"));
      default -> throw new IllegalArgumentException("unknown granularity '" + granularity + "'");
    };
  }

  /**
   * One row per input row and granularity, with {@code granularity}, {@code period},
   * {@code period_start}; rows whose {@code tsColumn} is null keep only the "all" row.
   */
  public static Dataset<Row> explodePeriods(Dataset<Row> in, String tsColumn, List<String> granularities) {
    List<Column> options = new ArrayList<>();
    for (String g : granularities) {
      Column p = periodOf(g, col(tsColumn));
      options.add(struct(lit(g).as("granularity"), p.getField("period").as("period"),
          p.getField("period_start").as("period_start"),
          bucketOf(g, p.getField("period_start")).as("bucket")));
    }
    return in.withColumn("_p", explode(array(options.toArray(new Column[0]))))
        .filter(col("_p.period").isNotNull())
        .withColumn("granularity", col("_p.granularity"))
        .withColumn("period", col("_p.period"))
        .withColumn("period_start", col("_p.period_start"))
        .withColumn("bucket", col("_p.bucket"))
        .drop("_p");
  }

  /** The period key of all-time ({@link #keyOf} of "all"). */
  static long allTimeKey() {
    return (long) Granularity.ALL.ordinal() << 32;
  }

  /** The {@link Granularity} ordinal of a period key column's granularity (see {@link #keyOf}). */
  static Column granularityIndex(Column periodKey) {
    return functions.shiftrightunsigned(periodKey, 32).cast("int");
  }

  /**
   * A period as one long, for aggregation ({@link CountKeys}): the granularity's
   * {@link Granularity} ordinal times 2^32 plus the period's first day (days since 1970-01-01, offset by
   * 2^31 so that earlier days stay positive; 0 for all-time). Null when {@code periodStart} is null
   * for a granularity other than all (an undated article).
   */
  static Column keyOf(Column granularity, Column periodStart) {
    Column index = functions.array_position(functions.array(Granularity.ids().stream().map(functions::lit)
        .toArray(Column[]::new)), granularity).minus(1);
    Column day = functions.unix_date(periodStart).cast("long").plus(lit(1L << 31));
    return index.cast("long").multiply(lit(1L << 32)).plus(functions.when(granularity.equalTo("all"), lit(0L))
        .otherwise(day));
  }

  /** {@link #keyOf(Column, Column)} of a granularity known when the plan is built. */
  static Column keyOf(String granularity, Column periodStart) {
    long base = (long) Granularity.of(granularity).ordinal() << 32;
    return granularity.equals("all") ? lit(base)
        : lit(base).plus(functions.unix_date(periodStart).cast("long").plus(lit(1L << 31)));
  }

  /**
   * The periods of {@code ts}, one struct per granularity: {@code key}, the period key
   * ({@link #keyOf}; null where it has none), and {@code folder}, the table partition folder its
   * rows are written to (granularity and {@link #bucketOf bucket}, e.g. "week/2023-09").
   */
  static Column keysOf(Column ts, List<String> granularities) {
    List<Column> keys = new ArrayList<>();
    for (String g : granularities) {
      Column start = periodOf(g, ts).getField("period_start");
      keys.add(struct(keyOf(g, start).as("key"), functions.concat_ws("/", lit(g), bucketOf(g, start))
          .as("folder")));
    }
    return array(keys.toArray(new Column[0]));
  }

  /**
   * The partition folder of a period, coarse enough to keep the file count low on a local file
   * system and fine enough that a notebook reading one month opens one folder: the month the
   * period starts in (yyyy-MM) under every granularity, so that it is one string type with one
   * meaning in every folder (DuckDB and pyarrow guess a partition column's type per folder), and
   * all for all-time. The Spark column form of {@link Granularity#bucketOf}, which the export reads
   * a period's folder with (PeriodsTest checks the two on every day of four years).
   */
  static Column bucketOf(String granularity, Column periodStart) {
    return granularity.equals("all") ? lit("all") : date_format(periodStart, "yyyy-MM");
  }
}
