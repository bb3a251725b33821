package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.config.Window;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/** {@code cooccur}: articles + mentions -> {@code entity_counts}, {@code cooccurrence}, {@code trends}. */
public final class CooccurJob {
  private CooccurJob() {
  }

  /**
   * Spark's setting for compressing the in-memory column batches of persisted Datasets. cooccur
   * turns it off for its own caches unless the user set it: they are long columns with few distinct
   * values per batch (kp, c, n_a, n_b), where the dictionary encoder's statistics (a boxed hash-map
   * lookup per value) cost more than they save (bench/README.md has the figures). What does not
   * fit in memory still goes to disk.
   */
  public static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    boolean userSet = spark.conf().contains(CACHE_COMPRESSED);
    if (!userSet) {
      spark.conf().set(CACHE_COMPRESSED, false);
    }
    try {
      String why = appendRefusal(config, report);
      if (config.get(Settings.APPEND) && why != null) {
        report.note("cooccur", "counts every period: " + why);
      }
      if (why == null) {
        countAdded(spark, config, report);
      } else {
        count(spark, config, report);
      }
    } finally {
      if (!userSet) {
        spark.conf().unset(CACHE_COMPRESSED);
      }
    }
  }

  /** cooccurrence.significant's settings. */
  static CooccurStages.Significance significance(NewsgraphConfig config) {
    return new CooccurStages.Significance(config.cooccur().significanceG2(), config.cooccur().significanceMinCount(),
        config.get(Settings.SIGNIFICANCE_MIN_SOURCES));
  }

  /**
   * {@code units} plus the discovered topics of {@code article_topics} (annotate's topics step) as
   * article-window units, when topics are enabled, the article window is counted and the table exists.
   */
  static Dataset<Row> withDiscoveredTopics(OutputTables tables, NewsgraphConfig config, Dataset<Row> units,
                                           Dataset<Row> articles) {
    if (!config.nlp().topicsEnabled() || !config.cooccur().windows().contains(Window.ARTICLE.id())
        || !tables.has(Tables.ARTICLE_TOPICS)) {
      return units;
    }
    return units.unionByName(CooccurStages.discoveredTopicUnits(tables.read(Tables.ARTICLE_TOPICS), articles));
  }

  /** {@code cooccur.topics = focus}: a topic counts only where it is a focus of its article. */
  private static boolean topicsFocus(NewsgraphConfig config) {
    return config.get(Settings.COOCCUR_TOPICS).equals("focus");
  }

  private static void count(SparkSession spark, NewsgraphConfig config, RunReport report) {
    report.stage(spark, "cooccur", "count entities and pairs per " + config.cooccur().windows() + " and "
        + config.cooccur().granularities(), () -> {
          Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
          Dataset<Row> mentions = CooccurStages.countedMentions(report.tables().read(Tables.MENTIONS),
              () -> report.tables().read(Tables.ARTICLE_ENTITIES), config.get(Settings.FOCUS_ONLY),
              topicsFocus(config));
          Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.cooccur().granularities())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> totals = CooccurStages.periodTotals(periods, config.cooccur().windows())
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> units = withDiscoveredTopics(report.tables(), config,
                  CooccurStages.unitEntities(mentions, articles, config.cooccur().windows()), articles)
              .persist(StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> codes = CooccurStages.entityCodes(units).persist(StorageLevel.MEMORY_AND_DISK());
          List<Dataset<Row>> persisted = new ArrayList<>();
          Dataset<Row> counts = CooccurStages.unitCounts(units, codes, config.cooccur().granularities(),
              StorageLevel.MEMORY_AND_DISK(), persisted);
          try {
            // unitCounts has the rows of each folder of these two tables in one partition
            report.step("cooccur", "entity_counts", () -> report.tables().writeGathered(
                CooccurStages.entityCounts(counts, totals, codes), Tables.ENTITY_COUNTS));
            report.step("cooccur", "cooccurrence", () -> report.tables().writeGathered(CooccurStages.pairStatistics(counts,
                totals, codes, config.cooccur().minPairCount(), significance(config)), Tables.COOCCURRENCE));
            report.step("cooccur", "periods", () -> report.tables().write(totals.drop("kp"), Tables.PERIODS));
            report.step("cooccur", "trends", () -> report.tables().write(config.trends().trailing().isEmpty()
                    ? spark.createDataFrame(java.util.List.of(), Tables.TRENDS.schema())
                    : TrendStages.trends(counts, totals, codes, config.cooccur().minPairCount(), config.trends()),
                Tables.TRENDS));
          } finally {
            persisted.forEach(Dataset::unpersist);
            codes.unpersist();
            units.unpersist();
            totals.unpersist();
            periods.unpersist();
          }
          countRows(report);
          return null;
        });
  }

  /** The manifest's counts of the tables cooccur wrote. */
  private static void countRows(RunReport report) {
    Dataset<Row> pairs = report.tables().read(Tables.COOCCURRENCE);
    report.count("cooccur", "entity_period_rows", report.tables().read(Tables.ENTITY_COUNTS).count());
    report.count("cooccur", "pair_period_rows", pairs.count());
    report.count("cooccur", "significant_pair_period_rows", pairs.filter(col("significant")).count());
    Dataset<Row> trends = report.tables().read(Tables.TRENDS);
    report.count("cooccur", "trend_rows", trends.count());
    report.count("cooccur", "rising_rows", trends.filter(col("rising")).count());
  }

  /**
   * Why this command cannot update only the periods of the articles it added (null when it can):
   * see {@link IncrementalCounts} for what makes the update exact.
   */
  static String appendRefusal(NewsgraphConfig config, RunReport report) {
    OutputTables t = report.tables();
    if (!config.get(Settings.APPEND)) {
      return "not appending";
    }
    for (var table : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ENTITY_COUNTS, Tables.COOCCURRENCE,
        Tables.PERIODS, Tables.TRENDS)) {
      if (!t.hadInitially(table)) {
        return "the output has no " + table.name() + " yet";
      }
    }
    String layout = t.otherLayout(List.of(Tables.ENTITY_COUNTS, Tables.COOCCURRENCE, Tables.PERIODS, Tables.TRENDS));
    if (layout != null) {
      return layout;
    }
    if (!t.extendsInitial(Tables.ARTICLES) || !t.extendsInitial(Tables.MENTIONS)
        || ((config.get(Settings.FOCUS_ONLY) || topicsFocus(config)) && !t.extendsInitial(Tables.ARTICLE_ENTITIES))) {
      return "the articles or their mentions were replaced, not added to";
    }
    for (var table : List.of(Tables.ENTITY_COUNTS, Tables.COOCCURRENCE, Tables.PERIODS)) {
      Map<String, String> from = t.initialSources(table);
      if (!String.valueOf(t.initialRunId(Tables.ARTICLES)).equals(from.get("articles"))
          || !String.valueOf(t.initialRunId(Tables.MENTIONS)).equals(from.get("mentions"))) {
        return "the stored " + table.name() + " were not counted from the stored articles and mentions";
      }
    }
    if (config.cooccur().minPairCount() > 1) {
      return Settings.MIN_PAIR_COUNT.key() + " > 1 (the stored table lacks the pairs below it)";
    }
    if (config.nlp().topicsEnabled()) {
      return "discovered topics (nlp.topics.enabled) are fitted on all articles";
    }
    List<String> changed = report.settingsChangedSincePrevious("cooccur.", "trends.", "nlp.topics.");
    return changed.isEmpty() ? null : "settings changed since the stored counts: " + changed;
  }

  /**
   * The appending run's cooccur: the counts of the articles that now count (new originals) are
   * added to the stored counts of their periods' folders, those of articles that no longer count
   * (stored originals that became duplicates of a new, earlier copy) subtracted
   * ({@link IncrementalCounts}); only those folders of entity_counts and cooccurrence are
   * replaced; periods is summed the same way, and trends recomputed for the folders whose periods
   * these counts reach ({@link TrendStages#affectedFolders}).
   */
  private static void countAdded(SparkSession spark, NewsgraphConfig config, RunReport report) {
    report.stage(spark, "cooccur", "add the new articles' counts to the periods they fall in", () -> {
      OutputTables t = report.tables();
      report.count("cooccur", "appended", true);
      Dataset<Row> now = t.read(Tables.ARTICLES);
      Dataset<Row> before = t.readInitial(Tables.ARTICLES);
      Dataset<Row> originalsNow = now.filter(col("duplicate_of").isNull()).select("article_id");
      Dataset<Row> originalsBefore = before.filter(col("duplicate_of").isNull()).select("article_id");
      Dataset<Row> plusArticles = now.join(originalsNow.join(originalsBefore, "article_id", "left_anti"),
          "article_id", "left_semi").persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> minusArticles = before.join(originalsBefore.join(originalsNow, "article_id", "left_anti"),
          "article_id", "left_semi").persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> mentionsNow = CooccurStages.countedMentions(t.read(Tables.MENTIONS),
          () -> t.read(Tables.ARTICLE_ENTITIES), config.get(Settings.FOCUS_ONLY), topicsFocus(config));
      Dataset<Row> mentionsBefore = CooccurStages.countedMentions(t.readInitial(Tables.MENTIONS),
          () -> t.readInitial(Tables.ARTICLE_ENTITIES), config.get(Settings.FOCUS_ONLY), topicsFocus(config));
      List<Dataset<Row>> persisted = new ArrayList<>(List.of(plusArticles, minusArticles));
      try {
        Counted plus = counted(plusArticles, mentionsNow.join(plusArticles.select("article_id"), "article_id",
            "left_semi"), config, persisted);
        Counted minus = counted(minusArticles, mentionsBefore.join(minusArticles.select("article_id"),
            "article_id", "left_semi"), config, persisted);
        report.count("cooccur", "articles_added", plusArticles.count());
        report.count("cooccur", "articles_removed", minusArticles.count());
        List<Map<String, String>> folders = new ArrayList<>(IncrementalCounts.folders(plus.totals()));
        for (Map<String, String> f : IncrementalCounts.folders(minus.totals())) {
          if (!folders.contains(f)) {
            folders.add(f);
          }
        }
        report.count("cooccur", "folders_updated", (long) folders.size());
        Dataset<Row> totals = IncrementalCounts.totals(t.readInitial(Tables.PERIODS), plus.totals(), minus.totals())
            .persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(totals);
        Counted sources = recountSources(now, mentionsNow, folders, totals, config, persisted);
        Dataset<Row> entities = IncrementalCounts.entityCounts(
                IncrementalCounts.inFolders(t.readInitial(Tables.ENTITY_COUNTS), folders),
                plus.entities(), minus.entities(), IncrementalCounts.inFolders(totals, folders), sources.entities())
            .persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(entities);
        report.step("cooccur", "entity_counts", () -> t.replaceFolders(
            TableWriter.gatherByFolder(entities, Tables.ENTITY_COUNTS), Tables.ENTITY_COUNTS, folders));
        report.step("cooccur", "cooccurrence", () -> t.replaceFolders(TableWriter.gatherByFolder(
            IncrementalCounts.pairs(IncrementalCounts.inFolders(t.readInitial(Tables.COOCCURRENCE), folders),
                plus.pairs(), minus.pairs(), entities, IncrementalCounts.inFolders(totals, folders),
                sources.pairs(), significance(config)), Tables.COOCCURRENCE),
            Tables.COOCCURRENCE, folders));
        report.step("cooccur", "periods", () -> t.write(totals, Tables.PERIODS));
        report.step("cooccur", "trends", () -> {
          if (config.trends().trailing().isEmpty()) {
            t.write(spark.createDataFrame(java.util.List.of(), Tables.TRENDS.schema()), Tables.TRENDS);
            return;
          }
          TrendStages.Recompute r = TrendStages.affectedFolders(periodRows(totals),
              periodRows(plus.totals().unionByName(minus.totals())), config.trends());
          report.count("cooccur", "trend_folders_updated", (long) r.folders().size());
          Dataset<Row> trends = TrendStages.fromTables(r.window(t.read(Tables.ENTITY_COUNTS)),
              r.window(t.read(Tables.COOCCURRENCE)), r.window(totals), config.cooccur().minPairCount(),
              config.trends());
          t.replaceFolders(TableWriter.gatherByFolder(IncrementalCounts.inFolders(trends, r.folders()), Tables.TRENDS),
              Tables.TRENDS, r.folders());
        });
      } finally {
        persisted.forEach(Dataset::unpersist);
      }
      countRows(report);
      return null;
    });
  }

  /** granularity, bucket, period_start of the article window's rows of a periods table (a few thousand). */
  private static List<Row> periodRows(Dataset<Row> periods) {
    return periods.filter(col("unit").equalTo(Window.ARTICLE.id()).and(col("period_start").isNotNull()))
        .select("granularity", "bucket", "period_start").distinct().collectAsList();
  }

  /**
   * n_sources of the rows of the replaced {@code folders}, counted again over every article that
   * now counts in them (entity_counts and cooccurrence rows; their other counts are not used).
   *
   * <p>Why a recount and not a stored per-(key, source) count that appends add to: such a table
   * would hold a row per key and source of every period (about the size of cooccurrence again) and
   * every full run would write it, for the appending runs' sake; the recount costs nothing in a
   * full run. Its price is paid by the appending run: it reads the mentions of every article with a
   * period in a replaced folder and counts their keys in those folders only. As the all-time folder
   * is replaced by every night, that is every stored article's mentions, and all-time keys of every
   * unit (plus those of the replaced weeks, months and years); still no write of anything beyond the
   * replaced folders.
   */
  private static Counted recountSources(Dataset<Row> articlesNow, Dataset<Row> mentionsNow,
                                        List<Map<String, String>> folders, Dataset<Row> totals,
                                        NewsgraphConfig config, List<Dataset<Row>> persisted) {
    List<String> keys = folders.stream().map(f -> f.get("granularity") + "/" + f.get("bucket")).toList();
    Dataset<Row> originals = articlesNow.filter(col("duplicate_of").isNull());
    Dataset<Row> articles = keys.contains("all/all") ? originals
        : originals.join(IncrementalCounts.inFolders(Periods.explodePeriods(originals.select("article_id",
            "published_at"), "published_at", config.cooccur().granularities()), folders).select("article_id"),
            "article_id", "left_semi");
    Dataset<Row> units = CooccurStages.unitEntities(mentionsNow.join(articles.select("article_id"),
            "article_id", "left_semi"), articles, config.cooccur().windows())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> codes = CooccurStages.entityCodes(units).persist(StorageLevel.MEMORY_AND_DISK());
    persisted.addAll(List.of(units, codes));
    Dataset<Row> counts = CooccurStages.unitCounts(units, codes, config.cooccur().granularities(), keys,
        StorageLevel.MEMORY_AND_DISK(), persisted);
    Dataset<Row> byKey = CooccurStages.withKp(IncrementalCounts.inFolders(totals, folders));
    return new Counted(CooccurStages.entityCounts(counts, byKey, codes)
            .select("unit", "granularity", "period", "entity_id", "n_sources"),
        CooccurStages.pairStatistics(counts, byKey, codes, 1, significance(config))
            .select("unit", "granularity", "period", "entity_a", "entity_b", "n_sources"),
        byKey);
  }

  /** The counts of some articles and their mentions, as rows of entity_counts, cooccurrence and periods. */
  private record Counted(Dataset<Row> entities, Dataset<Row> pairs, Dataset<Row> totals) {
  }

  private static Counted counted(Dataset<Row> articles, Dataset<Row> mentions, NewsgraphConfig config,
                                 List<Dataset<Row>> persisted) {
    Dataset<Row> totals = CooccurStages.periodTotals(CooccurStages.articlePeriods(articles, config.cooccur().granularities()),
        config.cooccur().windows()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> units = CooccurStages.unitEntities(mentions, articles, config.cooccur().windows())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> codes = CooccurStages.entityCodes(units).persist(StorageLevel.MEMORY_AND_DISK());
    persisted.addAll(List.of(totals, units, codes));
    Dataset<Row> counts = CooccurStages.unitCounts(units, codes, config.cooccur().granularities(),
        StorageLevel.MEMORY_AND_DISK(), persisted);
    return new Counted(CooccurStages.entityCounts(counts, totals, codes),
        CooccurStages.pairStatistics(counts, totals, codes, 1, significance(config)),
        totals);
  }
}
