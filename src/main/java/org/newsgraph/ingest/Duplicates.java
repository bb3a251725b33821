package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.Columns;

/**
 * Near-duplicate syndicated copies: Spark ML MinHash LSH over hashed word 3-shingles of the
 * lower-cased text. Two articles whose shingle sets have Jaccard similarity &gt;= the threshold are
 * near-duplicates; every article that has a near-duplicate published earlier (earliest
 * published_at, then smallest article_id; undated last) gets {@code duplicate_of} = the earliest
 * of them, with {@code duplicate_kind} = near. Exact duplicates (same content_hash, marked by
 * {@link IngestStages#toArticles}) keep kind exact and are not compared again.
 */
public final class Duplicates {
  static final int SHINGLE_WORDS = 3;
  static final int HASH_FEATURES = 1 << 20;
  static final int HASH_TABLES = 5;
  static final long SEED = 20240917L;

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
        .select(col("article_id"), col("published_at"),
            array_remove(split(lower(col("text")), "[^\\p{L}\\p{N}]+"), "").as("_words"));
    Dataset<Row> shingled = new NGram().setN(SHINGLE_WORDS).setInputCol("_words").setOutputCol("_shingles")
        .transform(originals)
        .filter(size(col("_shingles")).gt(0));
    Dataset<Row> hashed = new HashingTF().setInputCol("_shingles").setOutputCol("_features")
        .setNumFeatures(HASH_FEATURES).setBinary(true).transform(shingled)
        .select("article_id", "published_at", "_features");
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(SEED)
        .setInputCol("_features").setOutputCol("_hashes").fit(hashed);
    // Pairs within Jaccard distance 1 - jaccard; keep, for each article, the earliest other one.
    Dataset<Row> pairs = lsh.approxSimilarityJoin(hashed, hashed, 1.0 - jaccard, "_distance")
        .select(col("datasetA.article_id").as("article_id"),
            col("datasetB.article_id").as("other_id"),
            col("datasetA.published_at").as("a_at"),
            col("datasetB.published_at").as("other_at"))
        .filter(col("article_id").notEqual(col("other_id")))
        .filter(earlier(col("other_at"), col("other_id"), col("a_at"), col("article_id")));
    Dataset<Row> firstCopy = pairs
        .groupBy("article_id")
        .agg(min(struct(when(col("other_at").isNull(), lit(1)).otherwise(lit(0)).as("undated"),
            col("other_at"), col("other_id"))).getField("other_id").as("_near_of"))
        .withColumnRenamed("article_id", "_near_id");
    return exact.join(firstCopy, exact.col("article_id").equalTo(firstCopy.col("_near_id")), "left")
        .withColumn("duplicate_kind", when(col("duplicate_of").isNotNull(), col("duplicate_kind"))
            .when(col("_near_of").isNotNull(), lit("near")))
        .withColumn("duplicate_of", when(col("duplicate_of").isNotNull(), col("duplicate_of"))
            .otherwise(col("_near_of")))
        .drop("_near_id", "_near_of");
  }

  /** (atB, idB) comes before (atA, idA): earlier time, undated last, ties by id. */
  private static org.apache.spark.sql.Column earlier(org.apache.spark.sql.Column atB,
      org.apache.spark.sql.Column idB, org.apache.spark.sql.Column atA, org.apache.spark.sql.Column idA) {
    return when(atB.isNull().and(atA.isNull()), idB.lt(idA))
        .when(atB.isNull(), lit(false))
        .when(atA.isNull(), lit(true))
        .otherwise(atB.lt(atA).or(atB.equalTo(atA).and(idB.lt(idA))));
  }
}
