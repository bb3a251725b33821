package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsgraph.nlp.NlpPipelines;
import org.newsgraph.tables.Columns;

/**
 * Keywords: YAKE per non-duplicate article ({@code keywords}), then ranked per period
 * ({@code period_keywords}) and per significant pair and period ({@code pair_keywords}). Ranking
 * everywhere: more articles first, then the lower (better) mean YAKE score, then the keyword.
 */
public final class KeywordStages {
  /**
   * A dateline opening the text ("WASHINGTON, March 3 (Reuters) - "): removed before keyword
   * extraction, or the city and month would be every wire story's best keywords.
   */
  static final String DATELINE_PREFIX =
      "^\\s*[A-Z][A-Z.'\\- ]{1,40}(?:,[^\\n\u2013\u2014-]{0,40}?)?(?:\\s*\\([^)]{1,30}\\))?\\s*[-\u2013\u2014]+\\s+";

  /**
   * YAKE drops tokens with a hyphen ("anti-tank" is not a candidate), so an in-word hyphen is
   * replaced by this letter (U+01C2, a letter no English text uses) before extraction and put
   * back in the keywords.
   */
  static final String HYPHEN_STANDIN = "\u01C2";

  private KeywordStages() {
  }

  /** keywords: the best {@code perArticle} keywords of each non-duplicate article, ranked. */
  public static Dataset<Row> articleKeywords(Dataset<Row> articles, int perArticle) {
    Columns.require(articles, "articleKeywords", "article_id", "duplicate_of", "title", "text");
    Dataset<Row> docs = articles.filter(col("duplicate_of").isNull())
        .select(col("article_id"), concat_ws("\n", coalesce(col("title"), lit("")),
            regexp_replace(col("text"), DATELINE_PREFIX, "")).as("_doc"))
        .withColumn("_doc", regexp_replace(col("_doc"), "(?<=\\p{L})-(?=\\p{L})", HYPHEN_STANDIN));
    return NlpPipelines.keywords("_doc", perArticle).fit(docs).transform(docs)
        .select(col("article_id"), explode(col(NlpPipelines.KEYWORDS)).as("_k"))
        .select(col("article_id"), trim(regexp_replace(col("_k.result"), HYPHEN_STANDIN, "-")).as("keyword"),
            col("_k.metadata").getItem("score").cast("double").as("score"))
        .filter(col("keyword").notEqual("").and(col("score").isNotNull()))
        .groupBy("article_id", "keyword").agg(min("score").as("score"))
        .withColumn("rank", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("score"), col("keyword"))));
  }

  /**
   * period_keywords: per (granularity, period) the {@code top} keywords by articles.
   * {@code articlePeriods} are the non-duplicate articles with their periods
   * (CooccurStages.articlePeriods).
   */
  public static Dataset<Row> periodKeywords(Dataset<Row> keywords, Dataset<Row> articlePeriods, int top) {
    Columns.require(articlePeriods, "periodKeywords", "article_id", "granularity", "bucket", "period",
        "period_start");
    Dataset<Row> n = articlePeriods.groupBy("granularity", "period").agg(count(lit(1)).as("n"));
    return keywords.join(articlePeriods.select("article_id", "granularity", "bucket", "period", "period_start"),
            "article_id")
        .groupBy("granularity", "bucket", "period", "period_start", "keyword")
        .agg(count(lit(1)).as("n_articles"), avg("score").as("mean_score"))
        .join(n, new String[] {"granularity", "period"})
        .withColumn("rank", row_number().over(Window.partitionBy("granularity", "period")
            .orderBy(col("n_articles").desc(), col("mean_score"), col("keyword"))))
        .filter(col("rank").leq(top));
  }

  /**
   * pair_keywords: for each significant pair of the article window in {@code cooccurrence}, the
   * {@code top} keywords of the articles of the period that mention both. {@code units} are the
   * article-window units with periods (CooccurStages.unitEntities plus discovered topics, through
   * Periods.explodePeriods).
   */
  public static Dataset<Row> pairKeywords(Dataset<Row> keywords, Dataset<Row> units, Dataset<Row> cooccurrence,
                                          int top) {
    Columns.require(units, "pairKeywords", "unit", "article_id", "entity_id", "granularity", "bucket",
        "period", "period_start");
    Columns.require(cooccurrence, "pairKeywords", "unit", "significant", "granularity", "period",
        "entity_a", "entity_b", "name_a", "name_b", "n_ab");
    Dataset<Row> pairs = cooccurrence
        .filter(col("unit").equalTo("article").and(col("significant")))
        .select("granularity", "period", "entity_a", "entity_b", "name_a", "name_b", "n_ab");
    Dataset<Row> article = units.filter(col("unit").equalTo("article"))
        .select("article_id", "entity_id", "granularity", "bucket", "period", "period_start").distinct();
    Dataset<Row> withA = pairs.join(article.withColumnRenamed("entity_id", "entity_a"),
        new String[] {"granularity", "period", "entity_a"});
    Dataset<Row> both = withA.join(article.select(col("article_id"), col("entity_id").as("entity_b"),
            col("granularity"), col("period")),
        new String[] {"granularity", "period", "entity_b", "article_id"});
    return both.join(keywords.select("article_id", "keyword", "score"), "article_id")
        .groupBy("granularity", "bucket", "period", "period_start", "entity_a", "entity_b", "name_a",
            "name_b", "n_ab", "keyword")
        .agg(count(lit(1)).as("n_articles"), avg("score").as("mean_score"))
        .withColumn("rank", row_number().over(Window.partitionBy("granularity", "period", "entity_a", "entity_b")
            .orderBy(col("n_articles").desc(), col("mean_score"), col("keyword"))))
        .filter(col("rank").leq(top));
  }
}
