package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/** {@code cooccur}: articles + mentions -> {@code entity_counts}, {@code cooccurrence}, {@code trends}. */
public final class CooccurJob {
  private CooccurJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    String root = config.outputDir();
    report.stage(spark, "cooccur", "count entities and pairs per " + config.windows() + " and "
        + config.granularities(), () -> {
          Dataset<Row> articles = TableWriter.read(spark, Tables.ARTICLES, root);
          Dataset<Row> mentions = TableWriter.read(spark, Tables.MENTIONS, root);
          Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.granularities())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> totals = CooccurStages.periodTotals(periods, config.windows())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> units = org.newsgraph.nlp.NlpJob.withDiscoveredTopics(spark, config,
                  CooccurStages.unitEntities(mentions, articles, config.windows()), articles)
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> codes = CooccurStages.entityCodes(units).persist(StorageLevel.MEMORY_AND_DISK());
          List<Dataset<Row>> persisted = new ArrayList<>();
          Dataset<Row> counts = CooccurStages.unitCounts(units, codes, config.granularities(),
              StorageLevel.MEMORY_AND_DISK(), persisted);
          try {
            // unitCounts has the rows of each folder of these two tables in one partition
            report.step("cooccur", "entity_counts", () -> TableWriter.writeGathered(
                CooccurStages.entityCounts(counts, totals, codes), Tables.ENTITY_COUNTS, root));
            report.step("cooccur", "cooccurrence", () -> TableWriter.writeGathered(CooccurStages.pairStatistics(counts,
                totals, codes, config.minPairCount(), config.significanceG2(),
                config.significanceMinCount()), Tables.COOCCURRENCE, root));
            report.step("cooccur", "trends", () -> TableWriter.write(config.trends().trailing().isEmpty()
                    ? spark.createDataFrame(java.util.List.of(), Tables.TRENDS.schema())
                    : TrendStages.trends(counts, totals, codes, config.minPairCount(), config.trends()),
                Tables.TRENDS, root));
          } finally {
            persisted.forEach(Dataset::unpersist);
            codes.unpersist();
            units.unpersist();
            totals.unpersist();
            periods.unpersist();
          }
          Dataset<Row> pairs = TableWriter.read(spark, Tables.COOCCURRENCE, root);
          report.count("cooccur", "entity_period_rows", TableWriter.read(spark, Tables.ENTITY_COUNTS, root).count());
          report.count("cooccur", "pair_period_rows", pairs.count());
          report.count("cooccur", "significant_pair_period_rows", pairs.filter(col("significant")).count());
          Dataset<Row> trends = TableWriter.read(spark, Tables.TRENDS, root);
          report.count("cooccur", "trend_rows", trends.count());
          report.count("cooccur", "rising_rows", trends.filter(col("rising")).count());
          return null;
        });
  }
}
