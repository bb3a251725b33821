package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/** {@code cooccur}: articles + mentions -> {@code entity_counts} and {@code cooccurrence}. */
public final class CooccurJob {
  private CooccurJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    report.stage(spark, "cooccur", "count entities and pairs per " + config.granularities(), () -> {
      Dataset<Row> articles = TableWriter.read(spark, Tables.ARTICLES, config.outputDir());
      Dataset<Row> mentions = TableWriter.read(spark, Tables.MENTIONS, config.outputDir());
      Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.granularities());
      Dataset<Row> totals = CooccurStages.periodTotals(periods);
      Dataset<Row> articleEntities = CooccurStages.articleEntities(mentions, periods)
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TableWriter.write(CooccurStages.entityCounts(articleEntities, totals), Tables.ENTITY_COUNTS,
            config.outputDir());
        Dataset<Row> entityCounts = TableWriter.read(spark, Tables.ENTITY_COUNTS, config.outputDir());
        TableWriter.write(CooccurStages.pairStatistics(articleEntities, entityCounts,
                config.minPairCount(), config.significanceG2(), config.significanceMinCount()),
            Tables.COOCCURRENCE, config.outputDir());
      } finally {
        articleEntities.unpersist();
      }
      Dataset<Row> pairs = TableWriter.read(spark, Tables.COOCCURRENCE, config.outputDir());
      report.count("cooccur", "entity_period_rows",
          TableWriter.read(spark, Tables.ENTITY_COUNTS, config.outputDir()).count());
      report.count("cooccur", "pair_period_rows", pairs.count());
      report.count("cooccur", "significant_pair_period_rows", pairs.filter(col("significant")).count());
      return null;
    });
  }
}
