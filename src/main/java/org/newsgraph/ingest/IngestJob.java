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
import org.newsgraph.config.Settings;
import org.apache.spark.sql.functions;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/**
 * {@code ingest}: dumps -> {@code articles} + {@code rejects}; dates from the text of undated
 * articles (Spark NLP, {@code nlp.dates.enabled}) and duplicates are found before the one write of
 * {@code articles}.
 */
public final class IngestJob {
  private IngestJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    config.requireInputs();
    checkInputsExist(spark, config.ingest().inputPaths(), report);
    InputOptions options = config.ingest().input();
    report.stage(spark, "ingest", "read " + options.format() + " dumps into articles and rejects", () -> {
      ArticleInputs.Read input = ArticleInputs.read(spark, options, config.ingest().inputPaths());
      input.mappings().forEach((format, mapping) -> System.out.printf(Locale.ROOT,
          "[newsgraph] ingest    field mapping (%s): %s%n", format, FieldMapping.describe(mapping)));
      report.count("ingest", "files", (long) input.files().size());
      report.count("ingest", "field_mapping", input.mappings());
      boolean append = config.get(Settings.APPEND) && report.tables().has(Tables.ARTICLES);
      report.count("ingest", "appended", append);
      // stored articles of an older layout are carried over (their sentences counted) and the
      // table is written whole, which the later stages see as articles replaced, not added to
      String layout = append ? report.tables().otherLayout(List.of(Tables.ARTICLES)) : null;
      if (layout != null) {
        report.note("ingest", "writes the articles whole: " + layout);
      }
      Dataset<Row> stored = append ? report.tables().read(Tables.ARTICLES, IngestJob::withColumnsOfThisLayout) : null;
      Dataset<Row> records = IngestStages.classifyRecords(input.raw(), config.ingest().maxTextChars());
      Dataset<Row> classified = (append ? IngestStages.rejectStoredIds(records, stored) : records)
          .persist(StorageLevel.MEMORY_AND_DISK());
      // near-duplicate detection reads the articles three times (bands, texts of candidate pairs,
      // final join); without the cache each read would redo the date parsing and content hashing
      Dataset<Row> toArticles = IngestStages.toArticles(classified);
      // publication dates from the text of undated articles come before the duplicates, whose
      // earliest copy is chosen by date, and before the one write of articles
      Dataset<Row> dated = config.nlp().datesEnabled()
          ? IngestStages.markExactDuplicates(DateStages.datesFromText(toArticles, config.nlp().datelineYear()))
          : toArticles;
      Dataset<Row> unmarked = config.ingest().nearDuplicates() || config.nlp().datesEnabled()
          ? dated.persist(StorageLevel.MEMORY_AND_DISK()) : dated;
      try {
        if (!append) {
          report.step("ingest", "articles", () -> report.tables().write(Duplicates.markDuplicates(
              unmarked, config.ingest().nearDuplicates(), config.ingest().nearDuplicateJaccard()), Tables.ARTICLES));
        } else if (layout != null) {
          report.step("ingest", "articles", () -> report.tables().write(
              allArticles(stored, unmarked, config), Tables.ARTICLES));
        } else {
          report.step("ingest", "articles", () -> report.tables().merge(
              changedArticles(stored, unmarked, config), Tables.ARTICLES, "article_id"));
        }
        Dataset<Row> newRejects = IngestStages.toRejects(classified);
        report.step("ingest", "rejects", () -> {
          if (append) {
            report.tables().append(newRejects, Tables.REJECTS);
          } else {
            report.tables().write(newRejects, Tables.REJECTS);
          }
        });
        long read = classified.count();
        Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
        Dataset<Row> rejects = report.tables().read(Tables.REJECTS);
        long articlesBefore = append ? stored.count() : 0;
        long rejectsBefore = append && report.tables().hadInitially(Tables.REJECTS)
            ? report.tables().readInitial(Tables.REJECTS).count() : 0;
        long articlesNow = articles.count();
        long rejectsNow = rejects.count();
        report.count("ingest", "records_read", read);
        // this command's records, counted in the tables: the articles and rejects it added
        report.count("ingest", "articles", articlesNow - articlesBefore);
        report.count("ingest", "rejects", rejectsNow - rejectsBefore);
        if (append) {
          report.count("ingest", "articles_stored", articlesNow);
          report.count("ingest", "rejects_stored", rejectsNow);
          report.count("ingest", "already_stored_ids",
              classified.filter(col("reject_reason").equalTo(IngestStages.DUPLICATE_ID)).count()
                  - records.filter(col("reject_reason").equalTo(IngestStages.DUPLICATE_ID)).count());
          if (layout == null) {
            report.count("ingest", "stored_articles_remarked",
                report.tables().lastCommitMetric(Tables.ARTICLES, "numTargetRowsUpdated"));
          }
        }
        report.count("ingest", "undated", articles.filter(col("published_at").isNull()).count());
        report.count("ingest", "exact_duplicates", articles.filter(col("duplicate_kind").equalTo("exact")).count());
        report.count("ingest", "near_duplicates", articles.filter(col("duplicate_kind").equalTo("near")).count());
        java.util.Map<String, Long> byReason = new java.util.TreeMap<>();
        for (Row r : classified.filter(col("reject_reason").isNotNull()).groupBy("reject_reason").count().collectAsList()) {
          byReason.put(r.getString(0), r.getLong(1));
        }
        report.count("ingest", "rejects_by_reason", byReason);
        countDates(config, report, toArticles, unmarked);
      } finally {
        unmarked.unpersist();
        classified.unpersist();
      }
      return null;
    });
  }

  /**
   * For an appending run: the rows {@code articles} must change to equal a run over everything,
   * i.e. the new articles, and the stored ones whose duplicate marking changes because of them
   * (a new copy published earlier becomes the original). Duplicates are marked anew over the
   * stored and the new articles together, exactly as one run over all inputs marks them.
   */
  static Dataset<Row> changedArticles(Dataset<Row> stored, Dataset<Row> added, NewsgraphConfig config) {
    Dataset<Row> marked = allArticles(stored, added, config);
    Dataset<Row> before = stored.select(col("article_id").as("_was_id"), col("duplicate_of").as("_was_of"),
        col("duplicate_kind").as("_was_kind"));
    return marked.join(before, marked.col("article_id").equalTo(before.col("_was_id")), "left")
        .filter(col("_was_id").isNull().or(functions.not(col("duplicate_of").eqNullSafe(col("_was_of"))
            .and(col("duplicate_kind").eqNullSafe(col("_was_kind"))))))
        .drop("_was_id", "_was_of", "_was_kind");
  }

  /** The stored and the new articles together, duplicates marked anew over all of them. */
  static Dataset<Row> allArticles(Dataset<Row> stored, Dataset<Row> added, NewsgraphConfig config) {
    Dataset<Row> all = stored.select(java.util.Arrays.stream(added.columns()).map(
            org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
        .unionByName(added);
    return Duplicates.markDuplicates(IngestStages.markExactDuplicates(all),
        config.ingest().nearDuplicates(), config.ingest().nearDuplicateJaccard());
  }

  /**
   * Stored articles as this build's layout has them: those written before schema version 5 get
   * their {@code n_sentences} counted from their title and text.
   */
  static Dataset<Row> withColumnsOfThisLayout(Dataset<Row> stored) {
    return java.util.Arrays.asList(stored.columns()).contains("n_sentences") ? stored
        : IngestStages.withSentenceCount(stored);
  }

  /** The dates step's counts (stage {@code dates} of the manifest): undated before, dated from the text, still undated. */
  private static void countDates(NewsgraphConfig config, RunReport report, Dataset<Row> beforeDates,
                                 Dataset<Row> articles) {
    report.count("dates", "enabled", config.nlp().datesEnabled());
    if (!config.nlp().datesEnabled()) {
      return;
    }
    long undatedBefore = beforeDates.filter(col("date_source").equalTo(DateStages.DATE_SOURCE_NONE)).count();
    long undatedAfter = articles.filter(col("date_source").equalTo(DateStages.DATE_SOURCE_NONE)).count();
    report.count("dates", "articles_in", undatedBefore);
    report.count("dates", "dated_from_text", undatedBefore - undatedAfter);
    report.count("dates", "still_undated", articles.filter(col("published_at").isNull()).count());
  }

  /** Records each input's size; an input that does not exist, cannot be listed or is a pipe fails naming it. */
  private static void checkInputsExist(SparkSession spark, List<String> paths, RunReport report) {
    InputFiles.sizes(spark.sparkContext().hadoopConfiguration(), paths).forEach(report::input);
  }
}
