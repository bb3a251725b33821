package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/** {@code cooccur}: articles + mentions -> {@code entity_counts}, {@code cooccurrence}, {@code trends}. */
public final class CooccurJob {
  private CooccurJob() {
  }

  /**
   * Spark's setting for compressing the in-memory column batches of persisted Datasets. cooccur
   * turns it off for its own caches unless the user set it: they are long columns with few distinct
   * values per batch (kp, c, n_a, n_b), where the dictionary encoder's statistics (a boxed hash-map
   * lookup per value) cost more than they save; at 10,000 articles the stage took 16% less time
   * without them (bench/README.md). What does not fit in memory still goes to disk.
   */
  public static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    boolean userSet = spark.conf().contains(CACHE_COMPRESSED);
    if (!userSet) {
      spark.conf().set(CACHE_COMPRESSED, false);
    }
    try {
      count(spark, config, report);
    } finally {
      if (!userSet) {
        spark.conf().unset(CACHE_COMPRESSED);
      }
    }
  }

  private static void count(SparkSession spark, NewsgraphConfig config, RunReport report) {
    report.stage(spark, "cooccur", "count entities and pairs per " + config.windows() + " and "
        + config.granularities(), () -> {
          Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
          Dataset<Row> mentions = report.tables().read(Tables.MENTIONS);
          if (config.get(Settings.FOCUS_ONLY)) {
            mentions = CooccurStages.focusMentions(mentions,
                report.tables().read(Tables.ARTICLE_ENTITIES));
          }
          Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.granularities())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> totals = CooccurStages.periodTotals(periods, config.windows())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> units = org.newsgraph.nlp.NlpJob.withDiscoveredTopics(report.tables(), config,
                  CooccurStages.unitEntities(mentions, articles, config.windows()), articles)
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> codes = CooccurStages.entityCodes(units).persist(StorageLevel.MEMORY_AND_DISK());
          List<Dataset<Row>> persisted = new ArrayList<>();
          Dataset<Row> counts = CooccurStages.unitCounts(units, codes, config.granularities(),
              StorageLevel.MEMORY_AND_DISK(), persisted);
          try {
            // unitCounts has the rows of each folder of these two tables in one partition
            report.step("cooccur", "entity_counts", () -> report.tables().writeGathered(
                CooccurStages.entityCounts(counts, totals, codes), Tables.ENTITY_COUNTS));
            report.step("cooccur", "cooccurrence", () -> report.tables().writeGathered(CooccurStages.pairStatistics(counts,
                totals, codes, config.minPairCount(), config.significanceG2(),
                config.significanceMinCount()), Tables.COOCCURRENCE));
            report.step("cooccur", "trends", () -> report.tables().write(config.trends().trailing().isEmpty()
                    ? spark.createDataFrame(java.util.List.of(), Tables.TRENDS.schema())
                    : TrendStages.trends(counts, totals, codes, config.minPairCount(), config.trends()),
                Tables.TRENDS));
          } finally {
            persisted.forEach(Dataset::unpersist);
            codes.unpersist();
            units.unpersist();
            totals.unpersist();
            periods.unpersist();
          }
          Dataset<Row> pairs = report.tables().read(Tables.COOCCURRENCE);
          report.count("cooccur", "entity_period_rows", report.tables().read(Tables.ENTITY_COUNTS).count());
          report.count("cooccur", "pair_period_rows", pairs.count());
          report.count("cooccur", "significant_pair_period_rows", pairs.filter(col("significant")).count());
          Dataset<Row> trends = report.tables().read(Tables.TRENDS);
          report.count("cooccur", "trend_rows", trends.count());
          report.count("cooccur", "rising_rows", trends.filter(col("rising")).count());
          return null;
        });
  }
}
