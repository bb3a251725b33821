package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.NlpSettings;
import org.newsgraph.config.Window;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.Tables;

/**
 * Cooccur's Spark NLP step, the stage {@code keywords} of the manifest (its own time and counts),
 * after the counts since {@code pair_keywords} needs the significant pairs: YAKE keywords per
 * article ({@code keywords}), ranked per period ({@code period_keywords}) and per significant pair
 * ({@code pair_keywords}). Switched off by {@code nlp.keywords.enabled}: the manifest then says
 * enabled=false, and tables an earlier run wrote get an empty version.
 */
public final class KeywordJob {
  private KeywordJob() {
  }

  public static void run(SparkSession spark, NewsgraphConfig config, RunReport report) {
    if (!config.nlp().keywordsEnabled()) {
      report.count("keywords", "enabled", false);
      report.tables().writeEmptyWhereWritten(Tables.KEYWORDS, Tables.PERIOD_KEYWORDS, Tables.PAIR_KEYWORDS);
      return;
    }
    NlpSettings s = config.nlp();
    report.stage(spark, "keywords", "YAKE keywords per article, per period and per significant pair", () -> {
      report.count("keywords", "enabled", true);
      Dataset<Row> articles = report.tables().read(Tables.ARTICLES);
      report.tables().write(KeywordStages.articleKeywords(articles, s.keywordsPerArticle()), Tables.KEYWORDS);
      Dataset<Row> keywords = report.tables().read(Tables.KEYWORDS);
      Dataset<Row> periods = CooccurStages.articlePeriods(articles, config.cooccur().granularities())
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        report.tables().write(KeywordStages.periodKeywords(keywords, periods, s.keywordsTop()),
            Tables.PERIOD_KEYWORDS);
        Dataset<Row> units = Periods.explodePeriods(CooccurJob.withDiscoveredTopics(report.tables(), config,
            CooccurStages.unitEntities(report.tables().read(Tables.MENTIONS), articles,
                List.of(Window.ARTICLE.id())), articles), "published_at", config.cooccur().granularities());
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
}
