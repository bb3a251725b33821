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
   * Distinct (window, unit, entity) of the non-duplicate articles, with the article's
   * published_at (periods are attached later, by {@link Periods#explodePeriods}, so that pairs are
   * formed once per unit and not once per granularity). The unit is the article, or the article's
   * field and sentence index.
   */
  public static Dataset<Row> unitEntities(Dataset<Row> mentions, Dataset<Row> articles, List<String> windows) {
    Columns.require(mentions, "unitEntities", "article_id", "field", "sentence_index", "entity_id",
        "entity_type", "entity_name");
    Columns.require(articles, "unitEntities", "article_id", "published_at", "duplicate_of");
    List<Dataset<Row>> parts = new ArrayList<>();
    Dataset<Row> entities = mentions.filter(col("entity_type").notEqual("title")); // unresolved titles name no entity
    for (String w : windows) {
      parts.add(entities.select(lit(w).as("window"),
          (w.equals(WINDOW_ARTICLE) ? col("article_id")
              : concat_ws("/", col("article_id"), col("field"), col("sentence_index"))).as("unit_id"),
          col("article_id"), col("entity_id"), col("entity_type"), col("entity_name")));
    }
    Dataset<Row> units = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      units = units.unionByName(parts.get(i));
    }
    return units.join(originals(articles), "article_id").distinct();
  }

  /** The non-duplicate articles' ids and publication times. */
  private static Dataset<Row> originals(Dataset<Row> articles) {
    return articles.filter(col("duplicate_of").isNull()).select("article_id", "published_at");
  }

  /**
   * Discovered topics as units of the article window, in the columns of {@link #unitEntities}:
   * an article counts as mentioning each topic in {@code articleTopics} (article_id, entity_id,
   * label; weights at or above the threshold). The sentence window has no discovered topics.
   */
  public static Dataset<Row> discoveredTopicUnits(Dataset<Row> articleTopics, Dataset<Row> articles) {
    Columns.require(articleTopics, "discoveredTopicUnits", "article_id", "entity_id", "label");
    return articleTopics.select(lit(WINDOW_ARTICLE).as("window"), col("article_id").as("unit_id"),
            col("article_id"), col("entity_id"), lit("discovered_topic").as("entity_type"),
            col("label").as("entity_name"))
        .join(originals(articles), "article_id");
  }

  /** entity_counts: n_a, n and share per (window, granularity, period, entity). */
  public static Dataset<Row> entityCounts(Dataset<Row> unitEntities, Dataset<Row> totals, List<String> granularities) {
    return Periods.explodePeriods(unitEntities, "published_at", granularities)
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
   * Every unordered pair (entity_a &lt; entity_b) of the entities of one unit, once per unit:
   * (window, article_id, published_at, entity_a, entity_b). Formed per unit from its sorted
   * entity set (no self-join), before periods are attached.
   */
  static Dataset<Row> unitPairs(Dataset<Row> unitEntities) {
    // article_id is among the keys so the grouping can reuse the partitioning of the join by
    // article_id in unitEntities instead of shuffling again.
    return unitEntities.groupBy("article_id", "window", "unit_id", "published_at")
        .agg(functions.array_sort(functions.collect_set(col("entity_id"))).as("_e"))
        .filter(functions.size(col("_e")).geq(2))
        .select(col("window"), col("published_at"), col("_e"), functions.explode(col("_e")).as("entity_a"))
        .select(col("window"), col("published_at"), col("entity_a"), functions.explode(col("_e")).as("entity_b"))
        .filter(col("entity_a").lt(col("entity_b")));
  }

  /**
   * cooccurrence: every unordered pair (entity_a &lt; entity_b) of entities of one unit, counted
   * once per unit, per window and period, with n_a, n_b, n and the measures. Types and names come
   * from {@code entityCounts}.
   */
  public static Dataset<Row> pairStatistics(Dataset<Row> unitEntities, Dataset<Row> entityCounts,
                                            List<String> granularities, int minPairCount,
                                            double g2Threshold, int minCount) {
    Dataset<Row> pairs = Periods.explodePeriods(unitPairs(unitEntities), "published_at", granularities)
        .groupBy("window", "granularity", "bucket", "period", "period_start", "entity_a", "entity_b")
        .agg(count(lit(1)).as("n_ab"))
        .filter(col("n_ab").geq(minPairCount));
    Dataset<Row> countsA = entityCounts.select(col("window").as("wa"), col("granularity").as("ga"),
        col("period").as("pa"), col("entity_id").as("ea"), col("entity_type").as("type_a"),
        col("entity_name").as("name_a"), col("n_a"), col("n"));
    Dataset<Row> countsB = entityCounts.select(col("window").as("wb"), col("granularity").as("gb"),
        col("period").as("pb"), col("entity_id").as("eb"), col("entity_type").as("type_b"),
        col("entity_name").as("name_b"), col("n_a").as("n_b"));
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
