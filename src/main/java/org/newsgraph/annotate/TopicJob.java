package org.newsgraph.annotate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.NlpSettings;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/**
 * Annotate's Spark NLP step, the stage {@code topics} of the manifest (its own time and counts):
 * LDA topics discovered over the articles ({@code topics}) and each article's share of them
 * ({@code article_topics}), which cooccur reads and counts as entities. Switched off by
 * {@code nlp.topics.enabled} (the default): the manifest then says enabled=false, and tables an
 * earlier run wrote get an empty version so they cannot be mistaken for this run's.
 */
public final class TopicJob {
  private TopicJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    if (!config.nlp().topicsEnabled()) {
      report.count("topics", "enabled", false);
      report.tables().writeEmptyWhereWritten(Tables.TOPICS, Tables.ARTICLE_TOPICS);
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
}
