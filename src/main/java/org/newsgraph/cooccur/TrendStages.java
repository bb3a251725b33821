package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_date;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.config.TrendSettings;

/**
 * Trends: for every entity and pair (article window), the articles of each period that mention it
 * against what its rate over the trailing periods (by calendar: the previous 28 days for daily,
 * 4 weeks for weekly, 3 months for monthly, 3 years for yearly, configurable) predicts for the
 * period's article total: expected count, ratio with a lower bound, and a one-sided p-value
 * ({@link TrendMath}); {@code rising} flags rows significant after a Benjamini-Hochberg correction
 * over all subjects of the period ({@link #withQValues}). A subject gets a row for each period it
 * appears in; its trailing count adds the trailing periods where it appears, and periods without
 * any article are not periods. A subject seen in fewer than {@code minTotal} articles in a period and its
 * trailing window together gets no row for that period: a rule local to the period and its window, so
 * the rows of a period depend only on the counts of that window (what lets an appending run
 * recompute only the periods its articles reach, {@link #affectedFolders}). No dense subject x period
 * grid is built, so the cost follows the rows that exist.
 */
public final class TrendStages {
  /** Trends count the article window. */
  private static final String ARTICLE = org.newsgraph.config.Window.ARTICLE.id();

  private TrendStages() {
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

  /**
   * Trends of entities and pairs (article window) from the packed counts of
   * {@link CooccurStages#unitCounts}: entities (a == b) and pairs seen in at least
   * {@code minPairCount} units of the period (the pairs of the cooccurrence table). The trailing
   * sums run over one long key per subject; names and types are joined back at the end from
   * {@code entityCodes}.
   */
  public static Dataset<Row> trends(Dataset<Row> unitCounts, Dataset<Row> totals, Dataset<Row> entityCodes,
                                    int minPairCount, TrendSettings s) {
    Column a = CooccurStages.codeA(col("kab"));
    Column b = CooccurStages.codeB(col("kab"));
    Dataset<Row> series = unitCounts.filter(a.equalTo(b).or(col("c").geq(minPairCount)))
        .select(col("kp"), col("kab"), col("c").as("n_subject"));
    Dataset<Row> names = entityCodes.select("code", "entity_id", "entity_type", "entity_name");
    return trends(series, totals, s)
        .withColumn("_a", a)
        .withColumn("_b", functions.when(a.notEqual(b), b))
        .join(functions.broadcast(names.toDF("_a", "entity_a", "type_a", "name_a")), "_a")
        .join(functions.broadcast(names.toDF("_b2", "entity_b", "type_b", "name_b")),
            col("_b").equalTo(col("_b2")), "left_outer")
        .withColumn("subject", functions.when(col("_b").isNull(), lit("entity")).otherwise(lit("pair")))
        .drop("_a", "_b", "_b2", "kab");
  }

  /**
   * The trends of the article window from the tables cooccur wrote: entity rows of
   * {@code entityCounts}, pair rows of {@code cooccurrence} and the totals of {@code periods},
   * packed as {@link CooccurStages#unitCounts} packs them (any code order gives the same rows) and
   * passed through {@link #trends(Dataset, Dataset, Dataset, int, TrendSettings)}: what an
   * appending run computes after it has updated the counts of the periods its articles touch.
   */
  public static Dataset<Row> fromTables(Dataset<Row> entityCounts, Dataset<Row> cooccurrence, Dataset<Row> periods,
                                        int minPairCount, TrendSettings s) {
    Column trendRows = col("unit").equalTo(ARTICLE)
        .and(col("granularity").isin(s.trailing().keySet().toArray()));
    Column kp = Periods.keyOf(col("granularity"), col("period_start")).multiply(2)
        .plus(CountKeys.windowCode(ARTICLE));
    Dataset<Row> entities = entityCounts.filter(trendRows);
    Dataset<Row> codes = CooccurStages.entityCodes(entities)
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> code = functions.broadcast(codes.select("entity_id", "code"));
    Dataset<Row> entitySeries = entities.join(code, "entity_id")
        .select(kp.as("kp"), packed(col("code"), col("code")).as("kab"), col("n_a").as("c"));
    Dataset<Row> pairSeries = cooccurrence.filter(trendRows)
        .join(code.toDF("entity_a", "_ca"), "entity_a")
        .join(code.toDF("entity_b", "_cb"), "entity_b")
        .select(kp.as("kp"), packed(col("_ca"), col("_cb")).as("kab"), col("n_ab").as("c"));
    Dataset<Row> totals = periods.filter(col("unit").equalTo(ARTICLE))
        .withColumn("kp", kp);
    return trends(entitySeries.unionByName(pairSeries), totals, codes, minPairCount, s);
  }

  /**
   * What an appending run recomputes of trends: the folders to replace, and per granularity the
   * first day whose counts that takes (the trailing window of the earliest period in those folders).
   */
  public record Recompute(List<Map<String, String>> folders, Map<String, LocalDate> readFrom) {
    /** The rows of a table of {@code unit}, {@code granularity}, {@code bucket}, {@code period_start} the recomputation reads. */
    public Dataset<Row> window(Dataset<Row> table) {
      Column keep = lit(false);
      for (Map.Entry<String, LocalDate> e : readFrom.entrySet()) {
        keep = keep.or(col("granularity").equalTo(e.getKey())
            .and(col("bucket").geq(e.getValue().toString().substring(0, 7))) // prunes folders: yyyy-MM sorts as time
            .and(col("period_start").geq(lit(java.sql.Date.valueOf(e.getValue())))));
      }
      return table.filter(keep);
    }
  }

  /**
   * The trend folders (granularity, bucket) whose rows change when the counts of the {@code touched}
   * periods change: per trend granularity, the touched periods' folders, and the folders of every
   * period of {@code periods} (the updated periods table's rows of the article window) whose trailing
   * window reaches a touched period. Every period of such a folder is recomputed, so the counts read
   * start at the trailing window of the folder's earliest period. Rows: granularity, bucket,
   * period_start (plain Java over the period rows, a few thousand).
   */
  public static Recompute affectedFolders(List<Row> periods, List<Row> touched, TrendSettings s) {
    java.util.TreeSet<String> folderKeys = new java.util.TreeSet<>();
    Map<String, LocalDate> readFrom = new java.util.TreeMap<>();
    for (Map.Entry<String, Integer> e : s.trailing().entrySet()) {
      String g = e.getKey();
      long back = trailingDays(g, e.getValue());
      java.util.TreeSet<Long> touchedDays = new java.util.TreeSet<>();
      java.util.Set<String> folders = new java.util.TreeSet<>();
      for (Row r : touched) {
        if (r.getString(0).equals(g)) {
          touchedDays.add(r.getDate(2).toLocalDate().toEpochDay());
          folders.add(r.getString(1));
        }
      }
      if (touchedDays.isEmpty()) {
        continue;
      }
      for (Row r : periods) {
        if (r.getString(0).equals(g)) {
          long day = r.getDate(2).toLocalDate().toEpochDay();
          Long reached = touchedDays.floor(day);
          if (reached != null && reached >= day - back) {
            folders.add(r.getString(1));
          }
        }
      }
      long earliest = touchedDays.first();
      for (Row r : periods) {
        if (r.getString(0).equals(g) && folders.contains(r.getString(1))) {
          earliest = Math.min(earliest, r.getDate(2).toLocalDate().toEpochDay());
        }
      }
      readFrom.put(g, LocalDate.ofEpochDay(earliest - back));
      folders.forEach(b -> folderKeys.add(g + "\u0000" + b));
    }
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (String k : folderKeys) {
      Map<String, String> f = new java.util.LinkedHashMap<>();
      f.put("granularity", k.substring(0, k.indexOf('\u0000')));
      f.put("bucket", k.substring(k.indexOf('\u0000') + 1));
      out.add(f);
    }
    return new Recompute(out, readFrom);
  }

  /** The packed pair key of two int code columns ({@link CountKeys#kab}). */
  private static Column packed(Column a, Column b) {
    return functions.shiftleft(a.cast("long"), 32).bitwiseOR(b.cast("long"));
  }

  /**
   * The trend rows of {@code series} (kp, kab, n_subject: a subject's count in one period of the
   * article window), with the period columns and n of {@code totals} (which carry kp).
   */
  static Dataset<Row> trends(Dataset<Row> series, Dataset<Row> totals, TrendSettings s) {
    if (s.trailing().isEmpty()) {
      throw new IllegalArgumentException("trends need a granularity other than all");
    }
    Dataset<Row> periods = totals.filter(col("unit").equalTo(ARTICLE)
            .and(col("granularity").isin(s.trailing().keySet().toArray())))
        .select("kp", "unit", "granularity", "bucket", "period", "period_start", "n")
        .withColumn("_day", unix_date(col("period_start")).cast("long"));
    // Only the periods where a subject appears get a row. Its baseline still counts the trailing
    // periods where it was absent (share 0): they add nothing to the sums of shares and squares,
    // and the number of trailing periods comes from totals.
    Dataset<Row> present = series.join(functions.broadcast(periods), "kp")
        .select(col("kab"), col("kp"), col("granularity"), col("_day"), col("n_subject"),
            col("n_subject").divide(col("n")).as("share"));
    Map<String, Long> days = new HashMap<>();
    Dataset<Row> baselines = null;
    for (Map.Entry<String, Integer> e : s.trailing().entrySet()) {
      long back = trailingDays(e.getKey(), e.getValue());
      days.put(e.getKey(), back);
      WindowSpec trailingPeriods = Window.partitionBy(col("granularity")).orderBy(col("_day"))
          .rangeBetween(-back, -1);
      // the granularity's periods with their trailing periods and articles: every period column
      // the trend rows get, in one table
      Dataset<Row> b = periods.filter(col("granularity").equalTo(e.getKey()))
          .withColumn("n_baseline", count(lit(1)).over(trailingPeriods))
          .withColumn("baseline_n", functions.coalesce(functions.sum(col("n")).over(trailingPeriods), lit(0L)))
          .drop("_day");
      baselines = baselines == null ? b : baselines.unionByName(b);
    }
    // One shuffle by the subject's long key; its trailing counts are then one sorted pass per
    // subject and granularity (TrailingSums).
    Dataset<Row> out = present.repartition(col("kab"))
        .sortWithinPartitions(col("kab"), col("kp"))
        .mapPartitions(new TrailingSums(days, s.minTotal()), Encoders.row(TrailingSums.SCHEMA))
        .join(functions.broadcast(baselines), "kp");
    UserDefinedFunction expected = functions.udf((UDF3<Long, Long, Long, Double>) TrendMath::expected,
        DataTypes.DoubleType);
    UserDefinedFunction ratio = functions.udf((UDF2<Long, Double, Double>) TrendMath::ratio, DataTypes.DoubleType);
    UserDefinedFunction pValue = functions.udf((UDF4<Long, Long, Long, Long, Double>) TrendMath::pValue,
        DataTypes.DoubleType);
    UserDefinedFunction ratioLower = functions.udf((UDF4<Long, Long, Long, Long, Double>) TrendMath::ratioLower,
        DataTypes.DoubleType);
    UserDefinedFunction rising = functions.udf((UDF2<Double, Long, Boolean>) (q, cnt) ->
        TrendMath.rising(q, cnt, s.fdr(), s.minCount()), DataTypes.BooleanType);
    Column[] test = {col("n_subject"), col("n"), col("baseline_subject"), col("baseline_n")};
    return withQValues(out
        .withColumn("expected", expected.apply(col("n"), col("baseline_subject"), col("baseline_n")))
        .withColumn("ratio", ratio.apply(col("n_subject"), col("expected")))
        .withColumn("ratio_lower", ratioLower.apply(test))
        .withColumn("p_value", pValue.apply(test)))
        .drop("kp")
        .withColumn("rising", rising.apply(col("q_value"), col("n_subject")));
  }

  /**
   * Benjamini-Hochberg adjusted p-values within each period (kp): the m rows of a period with a
   * p-value, ranked i = 1..m by ascending p, get q_(i) = min over j >= i of min(1, m * p_(j) / j).
   * Rows at q <= fdr keep the expected share of false discoveries among the period's flags at most
   * fdr. Tied p-values get the same q (the range frame takes every row with a p at least as large,
   * so the tie's largest rank). Rows without a p-value (no trailing article) get none and do not
   * count in m.
   */
  static Dataset<Row> withQValues(Dataset<Row> rows) {
    WindowSpec period = Window.partitionBy(col("kp"));
    Column m = count(col("p_value")).over(period);
    Column rank = functions.row_number().over(period.orderBy(col("p_value").asc_nulls_last()));
    Column fromLargest = functions.min(col("_bh")).over(period.orderBy(col("p_value").desc_nulls_first())
        .rangeBetween(Window.unboundedPreceding(), Window.currentRow()));
    return rows
        .withColumn("_bh", functions.least(lit(1.0), col("p_value").multiply(m).divide(rank)))
        .withColumn("q_value", functions.when(col("p_value").isNotNull(), fromLargest))
        .drop("_bh");
  }

  /** Granularities that get trends: every configured one but all-time. */
  public static List<String> trendGranularities(List<String> granularities) {
    return granularities.stream().filter(g -> !g.equals("all")).toList();
  }
}
