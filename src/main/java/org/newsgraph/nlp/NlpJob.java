package org.newsgraph.nlp;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.cooccur.CooccurStages;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * The Spark NLP stages, each its own stage in the manifest (time and counts) and each switched
 * off by its nlp.*.enabled setting (the manifest then says enabled=false, and the stage's old
 * tables are removed so they cannot be mistaken for this run's):
 * <ul>
 *   <li>{@code dates} (after ingest): published_at from the text of undated articles; rewrites
 *       {@code articles};</li>
 *   <li>{@code topics} (after annotate): {@code topics}, {@code article_topics}; cooccur reads
 *       the latter and counts discovered topics as entities;</li>
 *   <li>{@code keywords} (after cooccur, since pair_keywords needs the significant pairs):
 *       {@code keywords}, {@code period_keywords}, {@code pair_keywords}.</li>
 * </ul>
 */
public final class NlpJob {
  private NlpJob() {
  }

  /** {@code dates}: fills published_at from the text where date_source is none. */
  public static void dates(SparkSession spark, NewsgraphConfig config, RunReport report) {
    String root = config.outputDir();
    if (!config.nlp().datesEnabled()) {
      report.count("dates", "enabled", false);
      return;
    }
    report.stage(spark, "dates", "dates from the text of undated articles (Spark NLP MultiDateMatcher + dateline rules)",
        () -> {
          report.count("dates", "enabled", true);
          Dataset<Row> articles = TableWriter.read(spark, Tables.ARTICLES, root);
          long undatedBefore = articles.filter(col("date_source").equalTo(DateStages.DATE_SOURCE_NONE)).count();
          replace(spark, DateStages.datesFromText(articles, config.nlp().datelineYear()), Tables.ARTICLES, root);
          Dataset<Row> after = TableWriter.read(spark, Tables.ARTICLES, root);
          long undatedAfter = after.filter(col("date_source").equalTo(DateStages.DATE_SOURCE_NONE)).count();
          report.count("dates", "articles_in", undatedBefore);
          report.count("dates", "dated_from_text", undatedBefore - undatedAfter);
          report.count("dates", "still_undated", after.filter(col("published_at").isNull()).count());
          return null;
        });
  }

  /** {@code topics}: LDA topics over the articles and each article's topics. */
  public static void topics(SparkSession spark, NewsgraphConfig config, RunReport report) {
    String root = config.outputDir();
    if (!config.nlp().topicsEnabled()) {
      report.count("topics", "enabled", false);
      remove(spark, root, Tables.TOPICS, Tables.ARTICLE_TOPICS);
      return;
    }
    NlpSettings s = config.nlp();
    report.stage(spark, "topics", "discover " + s.topicsK() + " topics (Spark NLP terms, LDA)", () -> {
      report.count("topics", "enabled", true);
      Dataset<Row> articles = TableWriter.read(spark, Tables.ARTICLES, root);
      Dataset<Row> terms = TopicStages.topicTerms(articles).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TopicStages.FittedTopics model = TopicStages.fit(terms, s);
        report.count("topics", "articles_in", terms.count());
        report.count("topics", "vocabulary", (long) model.vectorizer().vocabulary().length);
        if (model.lda() == null) {
          // too few articles for any stem to reach nlp.topics.min_doc_freq: no topics
          TableWriter.write(spark.createDataFrame(List.of(), Tables.ARTICLE_TOPICS.schema()), Tables.ARTICLE_TOPICS, root);
          TableWriter.write(spark.createDataFrame(List.of(), Tables.TOPICS.schema()), Tables.TOPICS, root);
          return null;
        }
        Dataset<Row> rows = TopicStages.topicRows(spark, terms, model, s.topicsTopTerms()).cache();
        TableWriter.write(TopicStages.articleTopics(terms, model, s.topicsMinWeight(), rows),
            Tables.ARTICLE_TOPICS, root);
        Dataset<Row> articleTopics = TableWriter.read(spark, Tables.ARTICLE_TOPICS, root);
        TableWriter.write(TopicStages.withArticleCounts(rows, articleTopics), Tables.TOPICS, root);
        report.count("topics", "article_topic_rows", articleTopics.count());
        report.count("topics", "articles_with_topic", articleTopics.select("article_id").distinct().count());
        rows.unpersist();
      } finally {
        terms.unpersist();
      }
      return null;
    });
  }

  /** {@code keywords}: YAKE keywords per article, ranked per period and per significant pair. */
  public static void keywords(SparkSession spark, NewsgraphConfig config, RunReport report) {
    String root = config.outputDir();
    if (!config.nlp().keywordsEnabled()) {
      report.count("keywords", "enabled", false);
      remove(spark, root, Tables.KEYWORDS, Tables.PERIOD_KEYWORDS, Tables.PAIR_KEYWORDS);
      return;
    }
    NlpSettings s = config.nlp();
    report.stage(spark, "keywords", "YAKE keywords per article, per period and per significant pair", () -> {
      report.count("keywords", "enabled", true);
      Dataset<Row> articles = TableWriter.read(spark, Tables.ARTICLES, root);
      TableWriter.write(KeywordStages.articleKeywords(articles, s.keywordsPerArticle()), Tables.KEYWORDS, root);
      Dataset<Row> keywords = TableWriter.read(spark, Tables.KEYWORDS, root);
      Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.granularities())
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TableWriter.write(KeywordStages.periodKeywords(keywords, periods, s.keywordsTop()),
            Tables.PERIOD_KEYWORDS, root);
        Dataset<Row> units = org.newsgraph.cooccur.Periods.explodePeriods(withDiscoveredTopics(spark, config,
            CooccurStages.unitEntities(TableWriter.read(spark, Tables.MENTIONS, root), articles,
                List.of(CooccurStages.WINDOW_ARTICLE)), articles), "published_at", config.granularities());
        TableWriter.write(KeywordStages.pairKeywords(keywords, units,
            TableWriter.read(spark, Tables.COOCCURRENCE, root), s.keywordsTop()), Tables.PAIR_KEYWORDS, root);
      } finally {
        periods.unpersist();
      }
      report.count("keywords", "articles_in", articles.filter(col("duplicate_of").isNull()).count());
      report.count("keywords", "keyword_rows", keywords.count());
      report.count("keywords", "period_keyword_rows", TableWriter.read(spark, Tables.PERIOD_KEYWORDS, root).count());
      report.count("keywords", "pair_keyword_rows", TableWriter.read(spark, Tables.PAIR_KEYWORDS, root).count());
      return null;
    });
  }

  /**
   * {@code units} plus the discovered topics of {@code article_topics} as article-window units,
   * when topics are enabled, the article window is counted and the table exists.
   */
  public static Dataset<Row> withDiscoveredTopics(SparkSession spark, NewsgraphConfig config, Dataset<Row> units,
                                                  Dataset<Row> articles) {
    if (!config.nlp().topicsEnabled() || !config.windows().contains(CooccurStages.WINDOW_ARTICLE)
        || !exists(spark, config.outputDir(), Tables.ARTICLE_TOPICS)) {
      return units;
    }
    return units.unionByName(CooccurStages.discoveredTopicUnits(
        TableWriter.read(spark, Tables.ARTICLE_TOPICS, config.outputDir()), articles));
  }

  private static FileSystem fs(SparkSession spark, Path p) throws IOException {
    return p.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  private static boolean exists(SparkSession spark, String root, TableSchema table) {
    try {
      Path p = new Path(TableWriter.path(root, table));
      return fs(spark, p).exists(p);
    } catch (IOException e) {
      throw new IllegalStateException("cannot check " + table.name() + " under " + root, e);
    }
  }

  private static void remove(SparkSession spark, String root, TableSchema... tables) {
    for (TableSchema t : tables) {
      try {
        Path p = new Path(TableWriter.path(root, t));
        org.newsgraph.tables.OutputRoot.deleteTable(fs(spark, p), p); // only our table under our output root
      } catch (IOException e) {
        throw new IllegalStateException("cannot remove " + t.name() + " under " + root, e);
      }
    }
  }

  /**
   * Replaces a table with a Dataset computed from it: written beside it under {@code _staging}
   * first, then swapped in (Spark cannot overwrite a folder it is reading).
   */
  private static void replace(SparkSession spark, Dataset<Row> df, TableSchema table, String root) {
    String staging = TableWriter.path(root, table).replaceAll("/$", "") + "._staging";
    try {
      Path target = new Path(TableWriter.path(root, table));
      Path stagingRoot = new Path(staging);
      FileSystem fs = fs(spark, target);
      fs.delete(stagingRoot, true);
      TableWriter.write(df, table, staging);
      fs.delete(target, true);
      if (!fs.rename(new Path(TableWriter.path(staging, table)), target)) {
        throw new IOException("rename to " + target + " failed");
      }
      fs.delete(stagingRoot, true);
    } catch (IOException e) {
      throw new IllegalStateException("cannot replace " + table.name() + " under " + root, e);
    }
  }
}
