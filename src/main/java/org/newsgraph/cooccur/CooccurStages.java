package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * mentions + articles -> per-period entity counts and pair statistics, with the article as the
 * window: an entity or pair counts once per article. Exact duplicates (articles.duplicate_of set)
 * are left out everywhere. Measures come from {@link AssociationMeasures} only.
 */
public final class CooccurStages {
  public static final String WINDOW_ARTICLE = "article";

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

  private CooccurStages() {
  }

  static void require(Dataset<Row> in, String stage, String... columns) {
    List<String> have = Arrays.asList(in.columns());
    for (String c : columns) {
      if (!have.contains(c)) {
        throw new IllegalArgumentException(stage + " needs column '" + c + "'; the input has " + have);
      }
    }
  }

  /** Non-duplicate articles with their periods: the units that make up n. */
  public static Dataset<Row> articlePeriods(Dataset<Row> articles, List<String> granularities) {
    require(articles, "articlePeriods", "article_id", "published_at", "duplicate_of");
    return Periods.explodePeriods(articles.filter(col("duplicate_of").isNull())
        .select("article_id", "published_at"), "published_at", granularities);
  }

  /** n per (granularity, period). */
  public static Dataset<Row> periodTotals(Dataset<Row> articlePeriods) {
    return articlePeriods.groupBy("granularity", "period", "period_start").agg(count(lit(1)).as("n"));
  }

  /** Distinct (article, entity) for non-duplicate articles, with each article's periods. */
  public static Dataset<Row> articleEntities(Dataset<Row> mentions, Dataset<Row> articlePeriods) {
    require(mentions, "articleEntities", "article_id", "entity_id", "entity_type", "entity_name");
    Dataset<Row> distinct = mentions.filter(col("entity_type").notEqual("title")) // unresolved titles name no entity
        .select("article_id", "entity_id", "entity_type", "entity_name").distinct();
    return distinct.join(articlePeriods, "article_id");
  }

  /** entity_counts: n_a, n and share per (granularity, period, entity). */
  public static Dataset<Row> entityCounts(Dataset<Row> articleEntities, Dataset<Row> totals) {
    return articleEntities
        .groupBy("granularity", "period", "period_start", "entity_id", "entity_type", "entity_name")
        .agg(count(lit(1)).as("n_a"))
        .join(totals.select(col("granularity").as("tg"), col("period").as("tp"), col("n")),
            col("granularity").equalTo(col("tg")).and(col("period").equalTo(col("tp"))))
        .drop("tg", "tp")
        .withColumn("share", col("n_a").divide(col("n")))
        .withColumn("window", lit(WINDOW_ARTICLE));
  }

  /**
   * cooccurrence: every unordered pair (entity_a &lt; entity_b) of entities of one article, counted
   * once per article, per period, with n_a, n_b, n and the measures.
   */
  public static Dataset<Row> pairStatistics(Dataset<Row> articleEntities, Dataset<Row> entityCounts,
                                            int minPairCount, double g2Threshold, int minCount) {
    Dataset<Row> a = articleEntities.select(col("article_id"), col("granularity"), col("period"),
        col("period_start"), col("entity_id").as("entity_a"), col("entity_type").as("type_a"),
        col("entity_name").as("name_a"));
    Dataset<Row> b = articleEntities.select(col("article_id").as("b_article"),
        col("granularity").as("b_granularity"), col("period").as("b_period"),
        col("entity_id").as("entity_b"), col("entity_type").as("type_b"), col("entity_name").as("name_b"));
    Dataset<Row> pairs = a.join(b, col("article_id").equalTo(col("b_article"))
            .and(col("granularity").equalTo(col("b_granularity")))
            .and(col("period").equalTo(col("b_period")))
            .and(col("entity_a").lt(col("entity_b"))))
        .groupBy("granularity", "period", "period_start", "entity_a", "entity_b", "type_a", "type_b",
            "name_a", "name_b")
        .agg(count(lit(1)).as("n_ab"))
        .filter(col("n_ab").geq(minPairCount));
    Dataset<Row> countsA = entityCounts.select(col("granularity").as("ga"), col("period").as("pa"),
        col("entity_id").as("ea"), col("n_a"), col("n"));
    Dataset<Row> countsB = entityCounts.select(col("granularity").as("gb"), col("period").as("pb"),
        col("entity_id").as("eb"), col("n_a").as("n_b"));
    return pairs
        .join(countsA, col("granularity").equalTo(col("ga")).and(col("period").equalTo(col("pa")))
            .and(col("entity_a").equalTo(col("ea"))))
        .join(countsB, col("granularity").equalTo(col("gb")).and(col("period").equalTo(col("pb")))
            .and(col("entity_b").equalTo(col("eb"))))
        .drop("ga", "pa", "ea", "gb", "pb", "eb")
        .withColumn("pmi", PMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("npmi", NPMI.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("g2", G2.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("lift", LIFT.apply(col("n_ab"), col("n_a"), col("n_b"), col("n")))
        .withColumn("jaccard", JACCARD.apply(col("n_ab"), col("n_a"), col("n_b")))
        .withColumn("significant", functions.udf((UDF2<Double, Long, Boolean>) (g2, nab) ->
            AssociationMeasures.significant(g2, nab, g2Threshold, minCount), DataTypes.BooleanType)
            .apply(col("g2"), col("n_ab")))
        .withColumn("window", lit(WINDOW_ARTICLE));
  }
}
