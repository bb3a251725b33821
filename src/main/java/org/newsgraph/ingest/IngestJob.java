package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.InputOptions;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/** {@code ingest}: dumps -> {@code articles} + {@code rejects}. */
public final class IngestJob {
  private IngestJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    config.requireInputs();
    checkInputsExist(spark, config.inputPaths(), report);
    InputOptions options = config.inputOptions();
    report.stage(spark, "ingest", "read " + config.inputFormat() + " dumps into articles and rejects", () -> {
      ArticleInputs.Read input = ArticleInputs.read(spark, options, config.inputPaths());
      input.mappings().forEach((format, mapping) -> System.out.printf(Locale.ROOT,
          "[newsgraph] ingest    field mapping (%s): %s%n", format, FieldMapping.describe(mapping)));
      report.count("ingest", "files", (long) input.files().size());
      report.count("ingest", "field_mapping", input.mappings());
      Dataset<Row> classified = IngestStages.classifyRecords(input.raw(), config.maxTextChars())
          .persist(StorageLevel.MEMORY_AND_DISK());
      // near-duplicate detection reads the articles three times (bands, texts of candidate pairs,
      // final join); without the cache each read would redo the date parsing and content hashing
      Dataset<Row> toArticles = IngestStages.toArticles(classified);
      Dataset<Row> unmarked = config.nearDuplicates() ? toArticles.persist(StorageLevel.MEMORY_AND_DISK()) : toArticles;
      try {
        report.step("ingest", "articles", () -> report.tables().write(Duplicates.markDuplicates(
            unmarked, config.nearDuplicates(), config.nearDuplicateJaccard()), Tables.ARTICLES));
        report.step("ingest", "rejects", () -> report.tables().write(IngestStages.toRejects(classified),
            Tables.REJECTS));
        long read = classified.count();
        Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
        Dataset<Row> rejects = report.tables().read(Tables.REJECTS);
        report.count("ingest", "records_read", read);
        report.count("ingest", "articles", articles.count());
        report.count("ingest", "rejects", rejects.count());
        report.count("ingest", "undated", articles.filter(col("published_at").isNull()).count());
        report.count("ingest", "exact_duplicates", articles.filter(col("duplicate_kind").equalTo("exact")).count());
        report.count("ingest", "near_duplicates", articles.filter(col("duplicate_kind").equalTo("near")).count());
        java.util.Map<String, Long> byReason = new java.util.TreeMap<>();
        for (Row r : rejects.groupBy("reason").count().collectAsList()) {
          byReason.put(r.getString(0), r.getLong(1));
        }
        report.count("ingest", "rejects_by_reason", byReason);
      } finally {
        unmarked.unpersist();
        classified.unpersist();
      }
      return null;
    });
  }

  /** Records each input's size; an input that does not exist, cannot be listed or is a pipe fails naming it. */
  private static void checkInputsExist(SparkSession spark, List<String> paths, RunReport report) {
    InputFiles.sizes(spark.sparkContext().hadoopConfiguration(), paths).forEach(report::input);
  }
}
