package org.newsgraph.nlp;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.NlpSettings;
import org.newsgraph.config.Window;
import org.newsgraph.cooccur.CooccurStages;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.Tables;

/**
 * The Spark NLP stages after ingest (whose dates from the text, {@link DateStages}, are part of
 * ingest's one write of {@code articles}), each its own stage in the manifest (time and counts) and each switched
 * off by its nlp.*.enabled setting (the manifest then says enabled=false, and the stage's old
 * tables get an empty version so they cannot be mistaken for this run's):
 * <ul>
 *   <li>{@code topics} (after annotate): {@code topics}, {@code article_topics}; cooccur reads
 *       the latter and counts discovered topics as entities;</li>
 *   <li>{@code keywords} (after cooccur, since pair_keywords needs the significant pairs):
 *       {@code keywords}, {@code period_keywords}, {@code pair_keywords}.</li>
 * </ul>
 */
public final class NlpJob {
  private NlpJob() {
  }

  /** {@code topics}: LDA topics over the articles and each article's topics. */
  public static void topics(SparkSession spark, NewsgraphConfig config, RunReport report) {
    String root = config.outputDir();
    if (!config.nlp().topicsEnabled()) {
      report.count("topics", "enabled", false);
      empty(report.tables(), Tables.TOPICS, Tables.ARTICLE_TOPICS);
      return;
    }
    NlpSettings s = config.nlp();
    report.stage(spark, "topics", "discover " + s.topicsK() + " topics (Spark NLP terms, LDA)", () -> {
      report.count("topics", "enabled", true);
      Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
      Dataset<Row> terms = TopicStages.topicTerms(articles).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TopicStages.FittedTopics model = TopicStages.fit(terms, s);
        report.count("topics", "articles_in", terms.count());
        report.count("topics", "vocabulary", (long) model.vectorizer().vocabulary().length);
        if (model.lda() == null) {
          // too few articles for any stem to reach nlp.topics.min_doc_freq: no topics
          report.tables().writeEmpty(Tables.ARTICLE_TOPICS);
          report.tables().writeEmpty(Tables.TOPICS);
          return null;
        }
        Dataset<Row> rows = TopicStages.topicRows(spark, terms, model, s.topicsTopTerms()).cache();
        report.tables().write(TopicStages.articleTopics(terms, model, s.topicsMinWeight(), rows),
            Tables.ARTICLE_TOPICS);
        Dataset<Row> articleTopics = report.tables().read(Tables.ARTICLE_TOPICS);
        report.tables().write(TopicStages.withArticleCounts(rows, articleTopics), Tables.TOPICS);
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
      empty(report.tables(), Tables.KEYWORDS, Tables.PERIOD_KEYWORDS, Tables.PAIR_KEYWORDS);
      return;
    }
    NlpSettings s = config.nlp();
    report.stage(spark, "keywords", "YAKE keywords per article, per period and per significant pair", () -> {
      report.count("keywords", "enabled", true);
      Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
      report.tables().write(KeywordStages.articleKeywords(articles, s.keywordsPerArticle()), Tables.KEYWORDS);
      Dataset<Row> keywords = report.tables().read(Tables.KEYWORDS);
      Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.granularities())
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        report.tables().write(KeywordStages.periodKeywords(keywords, periods, s.keywordsTop()),
            Tables.PERIOD_KEYWORDS);
        Dataset<Row> units = org.newsgraph.cooccur.Periods.explodePeriods(withDiscoveredTopics(report.tables(), config,
            CooccurStages.unitEntities(report.tables().read(Tables.MENTIONS), articles,
                List.of(Window.ARTICLE.id())), articles), "published_at", config.granularities());
        report.tables().write(KeywordStages.pairKeywords(keywords, units,
            report.tables().read(Tables.COOCCURRENCE), s.keywordsTop()), Tables.PAIR_KEYWORDS);
      } finally {
        periods.unpersist();
      }
      report.count("keywords", "articles_in", articles.filter(col("duplicate_of").isNull()).count());
      report.count("keywords", "keyword_rows", keywords.count());
      report.count("keywords", "period_keyword_rows", report.tables().read(Tables.PERIOD_KEYWORDS).count());
      report.count("keywords", "pair_keyword_rows", report.tables().read(Tables.PAIR_KEYWORDS).count());
      return null;
    });
  }

  /**
   * {@code units} plus the discovered topics of {@code article_topics} as article-window units,
   * when topics are enabled, the article window is counted and the table exists.
   */
  public static Dataset<Row> withDiscoveredTopics(OutputTables tables, NewsgraphConfig config, Dataset<Row> units,
                                                  Dataset<Row> articles) {
    if (!config.nlp().topicsEnabled() || !config.windows().contains(Window.ARTICLE.id())
        || !tables.has(Tables.ARTICLE_TOPICS)) {
      return units;
    }
    return units.unionByName(CooccurStages.discoveredTopicUnits(tables.read(Tables.ARTICLE_TOPICS), articles));
  }

  /**
   * A switched-off stage's tables, where an earlier run wrote them, get an empty version: the
   * snapshot then says what this run did, and nothing of the old rows is read as this run's.
   */
  private static void empty(OutputTables tables, TableSchema... schemas) {
    for (TableSchema t : schemas) {
      if (tables.has(t)) {
        tables.writeEmpty(t);
      }
    }
  }
}
