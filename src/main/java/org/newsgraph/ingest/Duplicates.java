package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.newsgraph.tables.Columns;

/**
 * Near-duplicate syndicated copies: banded MinHash LSH over hashed word 3-shingles of the
 * lower-cased text, verified by exact Jaccard. Two articles whose shingle sets have Jaccard
 * similarity &gt;= the threshold are near-duplicates; every article that has a near-duplicate
 * published earlier (earliest published_at, then smallest article_id; undated last) gets
 * {@code duplicate_of} = the earliest of them, with {@code duplicate_kind} = near. Exact duplicates
 * (same content_hash, marked by {@link IngestStages#toArticles}) keep kind exact and are not
 * compared again.
 *
 * <p>Steps (per-article work in {@link ShingleMinHash}, here only built-ins and two UDFs):
 * <ol>
 *   <li>bands: each original article with at least 3 words gives B rows (band index, band hash)
 *       of its MinHash signature (B = 16 bands of R = 8 rows for the default threshold 0.9, see
 *       {@link ShingleMinHash} for the 1 - (1 - J^R)^B arithmetic: a pair at Jaccard 0.9 becomes a
 *       candidate with probability 0.99988, one at 0.5 with 0.061);</li>
 *   <li>buckets: rows with the same (band, hash) form a bucket; singleton buckets are dropped and
 *       the members of each bucket are ranked by (undated, published_at, article_id), the same
 *       order that decides which copy is earliest;</li>
 *   <li>candidates: each member is paired with every earlier-ranked member among the first
 *       {@value #MAX_BUCKET_COMPARISONS} of its bucket. Ordinary buckets are far smaller; a giant
 *       bucket (thousands of boilerplate-only texts sharing a band) costs n * 
 *       {@value #MAX_BUCKET_COMPARISONS} comparisons instead of n^2 / 2, and its members are then
 *       only compared with its earliest {@value #MAX_BUCKET_COMPARISONS} members (a member whose
 *       only near-duplicates rank later in every shared bucket would be missed);</li>
 *   <li>verification: only the articles that appear in a candidate pair have their text joined
 *       back (semi-join on the candidate ids), and each distinct pair is kept when the exact
 *       Jaccard of its two shingle-hash sets reaches the threshold;</li>
 *   <li>each article takes the earliest of its verified earlier near-duplicates.</li>
 * </ol>
 * The cost is linear in the number of articles (one signature each, B shuffled rows each) plus
 * the candidate pairs, which are near-duplicates and the rare similar pairs.
 */
public final class Duplicates {
  /** In a bucket, each member is compared with at most this many earliest members. */
  static final int MAX_BUCKET_COMPARISONS = 100;

  private Duplicates() {
  }

  /** Adds {@code duplicate_kind} and, when {@code near}, fills duplicate_of for near-duplicates. */
  public static Dataset<Row> markDuplicates(Dataset<Row> articles, boolean near, double jaccard) {
    Columns.require(articles, "markDuplicates", "article_id", "text", "published_at", "duplicate_of");
    Dataset<Row> exact = articles.withColumn("duplicate_kind",
        when(col("duplicate_of").isNotNull(), lit("exact")));
    if (!near) {
      return exact;
    }
    Dataset<Row> originals = exact.filter(col("duplicate_of").isNull())
        .select("article_id", "published_at", "text");
    Dataset<Row> firstCopy = earliestNearCopies(originals, jaccard)
        .withColumnRenamed("article_id", "_near_id");
    return exact.join(firstCopy, exact.col("article_id").equalTo(firstCopy.col("_near_id")), "left")
        .withColumn("duplicate_kind", when(col("duplicate_of").isNotNull(), col("duplicate_kind"))
            .when(col("_near_of").isNotNull(), lit("near")))
        .withColumn("duplicate_of", when(col("duplicate_of").isNotNull(), col("duplicate_of"))
            .otherwise(col("_near_of")))
        .drop("_near_id", "_near_of");
  }

  /**
   * (article_id, _near_of): for each article of {@code originals} (article_id, published_at, text)
   * with an earlier near-duplicate, the earliest one.
   */
  static Dataset<Row> earliestNearCopies(Dataset<Row> originals, double jaccard) {
    Dataset<Row> verified = verifyPairs(candidatePairs(originals, ShingleMinHash.forThreshold(jaccard)),
        originals, jaccard);
    return verified.groupBy("article_id")
        .agg(min(struct(undated(col("other_at")).as("undated"), col("other_at"), col("other_id")))
            .getField("other_id").as("_near_of"));
  }

  /**
   * Distinct (article_id, other_id, other_at) where other ranks before article in some shared
   * LSH bucket (earlier published_at, undated last, ties by id).
   */
  static Dataset<Row> candidatePairs(Dataset<Row> originals, ShingleMinHash lsh) {
    UserDefinedFunction bandHashes = udf((UDF1<String, long[]>) lsh::bandHashesOf,
        DataTypes.createArrayType(DataTypes.LongType, false));
    WindowSpec bucket = Window.partitionBy("_band", "_bucket");
    Dataset<Row> ranked = originals
        .select(col("article_id"), col("published_at"),
            posexplode(bandHashes.apply(col("text"))).as(new String[] {"_band", "_bucket"}))
        .withColumn("_size", count(lit(1)).over(bucket))
        .withColumn("_rank", row_number().over(
            bucket.orderBy(undated(col("published_at")), col("published_at"), col("article_id"))))
        .filter(col("_size").gt(1));
    Dataset<Row> earliest = ranked.filter(col("_rank").leq(MAX_BUCKET_COMPARISONS))
        .select(col("_band").as("_o_band"), col("_bucket").as("_o_bucket"), col("_rank").as("_o_rank"),
            col("article_id").as("other_id"), col("published_at").as("other_at"));
    return ranked
        .join(earliest, col("_band").equalTo(col("_o_band")).and(col("_bucket").equalTo(col("_o_bucket")))
            .and(col("_o_rank").lt(col("_rank"))))
        .select("article_id", "other_id", "other_at")
        .distinct();
  }

  /** The candidate pairs whose shingle sets have exact Jaccard similarity >= {@code jaccard}. */
  static Dataset<Row> verifyPairs(Dataset<Row> pairs, Dataset<Row> originals, double jaccard) {
    Dataset<Row> ids = pairs.select("article_id")
        .union(pairs.select(col("other_id").as("article_id"))).distinct();
    Dataset<Row> texts = originals.select("article_id", "text").join(ids, "article_id", "left_semi");
    UserDefinedFunction similarity = udf((UDF2<String, String, Double>) ShingleMinHash::textJaccard,
        DataTypes.DoubleType);
    return pairs
        .join(texts.withColumnRenamed("text", "_text"), "article_id")
        .join(texts.select(col("article_id").as("other_id"), col("text").as("_other_text")), "other_id")
        .filter(similarity.apply(col("_text"), col("_other_text")).geq(jaccard))
        .select("article_id", "other_id", "other_at");
  }

  private static Column undated(Column at) {
    return when(at.isNull(), lit(1)).otherwise(lit(0));
  }
}
