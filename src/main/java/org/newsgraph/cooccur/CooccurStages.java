package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.Columns;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.annotate.SentenceSplitter;

/**
 * mentions + articles -> per-period entity counts and pair statistics, for two windows: the
 * article (an entity or pair counts once per article) and the sentence (once per sentence of the
 * title or text; n is then the number of sentences in the period). Duplicates
 * (articles.duplicate_of set) are left out everywhere. Measures come from
 * {@link AssociationMeasures} only.
 */
public final class CooccurStages {
  public static final String WINDOW_ARTICLE = "article";
  public static final String WINDOW_SENTENCE = "sentence";

  private static final UserDefinedFunction PMI = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::pmi, DataTypes.DoubleType);
  private static final UserDefinedFunction NPMI = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::npmi, DataTypes.DoubleType);
  private static final UserDefinedFunction G2 = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::g2, DataTypes.DoubleType);
  private static final UserDefinedFunction LIFT = functions.udf(
      (UDF4<Long, Long, Long, Long, Double>) AssociationMeasures::lift, DataTypes.DoubleType);
  private static final UserDefinedFunction JACCARD = functions.udf(
      (UDF3<Long, Long, Long, Double>) AssociationMeasures::jaccard, DataTypes.DoubleType);
  /** Sentences of an article: those of the title (when not blank) plus those of the text. */
  private static final UserDefinedFunction SENTENCES = functions.udf(
      (UDF2<String, String, Integer>) (title, text) -> sentenceCount(title) + sentenceCount(text),
      DataTypes.IntegerType);

  private CooccurStages() {
  }

  static int sentenceCount(String s) {
    return s == null || s.isBlank() ? 0 : SentenceSplitter.sentenceStarts(s).length;
  }


  /** Non-duplicate articles with their sentence count and periods: the units that make up n. */
  public static Dataset<Row> articlePeriods(Dataset<Row> articles, List<String> granularities) {
    Columns.require(articles, "articlePeriods", "article_id", "published_at", "duplicate_of", "title", "text");
    return Periods.explodePeriods(articles.filter(col("duplicate_of").isNull())
        .select(col("article_id"), col("published_at"),
            SENTENCES.apply(col("title"), col("text")).as("n_sentences")),
        "published_at", granularities);
  }

  /** n per (window, granularity, period): articles, or the sentences of those articles. */
  public static Dataset<Row> periodTotals(Dataset<Row> articlePeriods, List<String> windows) {
    Dataset<Row> out = null;
    for (String w : windows) {
      Dataset<Row> t = articlePeriods.groupBy("granularity", "bucket", "period", "period_start")
          .agg((w.equals(WINDOW_ARTICLE) ? count(lit(1)) : sum(col("n_sentences")).cast("long")).as("n"))
          .withColumn("window", lit(w));
      out = out == null ? t : out.unionByName(t);
    }
    return out;
  }

  /**
   * Distinct (window, unit, entity) for non-duplicate articles, with each article's periods. The
   * unit is the article, or the article's field and sentence index.
   */
  public static Dataset<Row> unitEntities(Dataset<Row> mentions, Dataset<Row> articlePeriods,
                                          List<String> windows) {
    Columns.require(mentions, "unitEntities", "article_id", "field", "sentence_index", "entity_id",
        "entity_type", "entity_name");
    List<Dataset<Row>> parts = new ArrayList<>();
    Dataset<Row> entities = mentions.filter(col("entity_type").notEqual("title")); // unresolved titles name no entity
    for (String w : windows) {
      parts.add(entities.select(lit(w).as("window"),
          (w.equals(WINDOW_ARTICLE) ? col("article_id")
              : concat_ws("/", col("article_id"), col("field"), col("sentence_index"))).as("unit_id"),
          col("article_id"), col("entity_id"), col("entity_type"), col("entity_name")).distinct());
    }
    Dataset<Row> units = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      units = units.unionByName(parts.get(i));
    }
    return units.join(articlePeriods.drop("published_at", "n_sentences"), "article_id");
  }

  /**
   * Discovered topics as units of the article window, in the columns of {@link #unitEntities}:
   * an article counts as mentioning each topic in {@code articleTopics} (article_id, entity_id,
   * label; weights at or above the threshold). The sentence window has no discovered topics.
   */
  public static Dataset<Row> discoveredTopicUnits(Dataset<Row> articleTopics, Dataset<Row> articlePeriods) {
    Columns.require(articleTopics, "discoveredTopicUnits", "article_id", "entity_id", "label");
    return articleTopics.select(lit(WINDOW_ARTICLE).as("window"), col("article_id").as("unit_id"),
            col("article_id"), col("entity_id"), lit("discovered_topic").as("entity_type"),
            col("label").as("entity_name"))
        .join(articlePeriods.drop("published_at", "n_sentences"), "article_id");
  }

  /** entity_counts: n_a, n and share per (window, granularity, period, entity). */
  public static Dataset<Row> entityCounts(Dataset<Row> unitEntities, Dataset<Row> totals) {
    return unitEntities
        .groupBy("window", "granularity", "bucket", "period", "period_start", "entity_id",
            "entity_type", "entity_name")
        .agg(count(lit(1)).as("n_a"))
        .join(totals.select(col("window").as("tw"), col("granularity").as("tg"),
                col("period").as("tp"), col("n")),
            col("window").equalTo(col("tw")).and(col("granularity").equalTo(col("tg")))
                .and(col("period").equalTo(col("tp"))))
        .drop("tw", "tg", "tp")
        .withColumn("share", col("n_a").divide(col("n")));
  }

  /**
   * cooccurrence: every unordered pair (entity_a &lt; entity_b) of entities of one unit, counted
   * once per unit, per window and period, with n_a, n_b, n and the measures.
   */
  public static Dataset<Row> pairStatistics(Dataset<Row> unitEntities, Dataset<Row> entityCounts,
                                            int minPairCount, double g2Threshold, int minCount) {
    Dataset<Row> a = unitEntities.select(col("window"), col("unit_id"), col("granularity"),
        col("bucket"), col("period"), col("period_start"), col("entity_id").as("entity_a"),
        col("entity_type").as("type_a"), col("entity_name").as("name_a"));
    Dataset<Row> b = unitEntities.select(col("window").as("b_window"), col("unit_id").as("b_unit"),
        col("granularity").as("b_granularity"), col("period").as("b_period"),
        col("entity_id").as("entity_b"), col("entity_type").as("type_b"), col("entity_name").as("name_b"));
    Dataset<Row> pairs = a.join(b, col("unit_id").equalTo(col("b_unit"))
            .and(col("window").equalTo(col("b_window")))
            .and(col("granularity").equalTo(col("b_granularity")))
            .and(col("period").equalTo(col("b_period")))
            .and(col("entity_a").lt(col("entity_b"))))
        .groupBy("window", "granularity", "bucket", "period", "period_start", "entity_a", "entity_b",
            "type_a", "type_b", "name_a", "name_b")
        .agg(count(lit(1)).as("n_ab"))
        .filter(col("n_ab").geq(minPairCount));
    Dataset<Row> countsA = entityCounts.select(col("window").as("wa"), col("granularity").as("ga"),
        col("period").as("pa"), col("entity_id").as("ea"), col("n_a"), col("n"));
    Dataset<Row> countsB = entityCounts.select(col("window").as("wb"), col("granularity").as("gb"),
        col("period").as("pb"), col("entity_id").as("eb"), col("n_a").as("n_b"));
    return pairs
        .join(countsA, col("window").equalTo(col("wa")).and(col("granularity").equalTo(col("ga")))
            .and(col("period").equalTo(col("pa"))).and(col("entity_a").equalTo(col("ea"))))
        .join(countsB, col("window").equalTo(col("wb")).and(col("granularity").equalTo(col("gb")))
            .and(col("period").equalTo(col("pb"))).and(col("entity_b").equalTo(col("eb"))))
        .drop("wa", "ga", "pa", "ea", "wb", "gb", "pb", "eb")
        .withColumn("pmi", PMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("npmi", NPMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("g2", G2.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("lift", LIFT.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("jaccard", JACCARD.apply(col("n_ab"), col("n_a"), col("n_b")))
        .withColumn("significant", functions.udf((UDF2<Double, Long, Boolean>) (g2, nab) ->
            AssociationMeasures.significant(g2, nab, g2Threshold, minCount), DataTypes.BooleanType)
            .apply(col("g2"), col("n_ab")));
  }
}
