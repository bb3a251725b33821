package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Trends: for every entity and pair (article window), its share of the units of each period
 * against the same share over the trailing periods (by calendar: the previous 28 days for daily,
 * 4 weeks for weekly, 3 months for monthly, 3 years for yearly, configurable), as a z-score
 * ({@link TrendMath}) with a rising flag. Periods where a subject is absent count as share 0;
 * periods without any article are not periods. Subjects seen fewer than {@code minTotal} times in
 * a granularity get no trend rows (keeps the dense series small).
 */
public final class TrendStages {
  private TrendStages() {
  }

  /** The trend settings, resolved. {@code trailing} maps granularity to a number of periods. */
  public record TrendSettings(Map<String, Integer> trailing, double risingZ, int minCount,
                              double minSd, int minTotal) implements java.io.Serializable {
  }

  /** Days a trailing window of {@code periods} periods reaches back; only whole periods fit. */
  static int trailingDays(String granularity, int periods) {
    return switch (granularity) {
      case "day" -> periods;
      case "week" -> 7 * periods;
      case "month" -> 31 * periods; // k months back start 28k..31k days before; k+1 start >= 28(k+1)+... > 31k for k <= 3
      case "year" -> 366 * periods;
      default -> throw new IllegalArgumentException("no trend for granularity '" + granularity + "'");
    };
  }

  /** Entity trends from entity_counts (article window). */
  public static Dataset<Row> entityTrends(Dataset<Row> entityCounts, Dataset<Row> totals, TrendSettings s) {
    Dataset<Row> series = entityCounts.filter(col("window").equalTo(CooccurStages.WINDOW_ARTICLE))
        .select(col("window"), col("granularity"), col("period"), col("entity_id").as("entity_a"),
            lit(null).cast("string").as("entity_b"), col("entity_type").as("type_a"),
            lit(null).cast("string").as("type_b"), col("entity_name").as("name_a"),
            lit(null).cast("string").as("name_b"), col("n_a").as("n_subject"));
    return trends(series, totals, s).withColumn("subject", lit("entity"));
  }

  /** Pair trends from cooccurrence (article window). */
  public static Dataset<Row> pairTrends(Dataset<Row> cooccurrence, Dataset<Row> totals, TrendSettings s) {
    Dataset<Row> series = cooccurrence.filter(col("window").equalTo(CooccurStages.WINDOW_ARTICLE))
        .select(col("window"), col("granularity"), col("period"), col("entity_a"), col("entity_b"),
            col("type_a"), col("type_b"), col("name_a"), col("name_b"), col("n_ab").as("n_subject"));
    return trends(series, totals, s).withColumn("subject", lit("pair"));
  }

  private static Dataset<Row> trends(Dataset<Row> series, Dataset<Row> totals, TrendSettings s) {
    if (s.trailing().isEmpty()) {
      throw new IllegalArgumentException("trends need a granularity other than all");
    }
    Dataset<Row> periods = totals.filter(col("window").equalTo(CooccurStages.WINDOW_ARTICLE)
            .and(col("granularity").isin(s.trailing().keySet().toArray())))
        .select("window", "granularity", "bucket", "period", "period_start", "n");
    Dataset<Row> subjects = series.groupBy(col("window"), col("granularity"), col("entity_a"),
            col("entity_b"), col("type_a"), col("type_b"), col("name_a"), col("name_b"))
        .agg(sum(col("n_subject")).as("_total"))
        .filter(col("_total").geq(s.minTotal()))
        .drop("_total");
    // dense series: every subject in every period of its granularity, absent = 0
    Dataset<Row> dense = subjects
        .join(periods.withColumnRenamed("window", "pw").withColumnRenamed("granularity", "pg"),
            col("window").equalTo(col("pw")).and(col("granularity").equalTo(col("pg"))))
        .drop("pw", "pg")
        .join(series.select(col("window").as("sw"), col("granularity").as("sg"), col("period").as("sp"),
                col("entity_a").as("sa"), col("entity_b").as("sb"), col("n_subject")),
            col("window").equalTo(col("sw")).and(col("granularity").equalTo(col("sg")))
                .and(col("period").equalTo(col("sp"))).and(col("entity_a").equalTo(col("sa")))
                .and(col("entity_b").eqNullSafe(col("sb"))), "left")
        .drop("sw", "sg", "sp", "sa", "sb")
        .withColumn("n_subject", coalesce(col("n_subject"), lit(0L)))
        .withColumn("share", col("n_subject").divide(col("n")));
    Dataset<Row> withDay = dense.withColumn("_day", unix_date(col("period_start")).cast("long"));
    // One window per granularity: the range frame needs a literal bound, so trends are computed
    // per granularity and unioned.
    Dataset<Row> out = null;
    for (Map.Entry<String, Integer> e : s.trailing().entrySet()) {
      long days = trailingDays(e.getKey(), e.getValue());
      WindowSpec trailing = Window.partitionBy(col("window"), col("granularity"), col("entity_a"),
              col("entity_b")).orderBy(col("_day")).rangeBetween(-days, -1);
      Dataset<Row> g = withDay.filter(col("granularity").equalTo(e.getKey()))
          .withColumn("baseline_mean", avg(col("share")).over(trailing))
          .withColumn("baseline_sd", stddev_samp(col("share")).over(trailing))
          .withColumn("n_baseline", count(col("share")).over(trailing));
      out = out == null ? g : out.unionByName(g);
    }
    UserDefinedFunction z = functions.udf((UDF4<Double, Double, Double, Long, Double>) (share, mean, sd, nb) ->
        TrendMath.z(share, mean, sd, nb, s.minSd()), DataTypes.DoubleType);
    UserDefinedFunction rising = functions.udf((UDF2<Double, Long, Boolean>) (zz, cnt) ->
        TrendMath.rising(zz, cnt, s.risingZ(), s.minCount()), DataTypes.BooleanType);
    return out.drop("_day")
        .withColumn("z", z.apply(col("share"), col("baseline_mean"), col("baseline_sd"), col("n_baseline")))
        .withColumn("rising", rising.apply(col("z"), col("n_subject")));
  }

  /** Granularities that get trends: every configured one but all-time. */
  public static List<String> trendGranularities(List<String> granularities) {
    return granularities.stream().filter(g -> !g.equals("all")).toList();
  }
}
