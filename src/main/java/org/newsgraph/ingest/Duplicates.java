package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 * <p>Steps (per-article work in {@link ShingleMinHash}; here built-ins, two UDFs and a flatMap):
 * <ol>
 *   <li>bands: each original article with at least 3 words gives B rows (band index, band hash)
 *       of its MinHash signature (B = 16 bands of R = 8 rows for the default threshold 0.9, see
 *       {@link ShingleMinHash} for the 1 - (1 - J^R)^B arithmetic: a pair at Jaccard 0.9 becomes a
 *       candidate with probability 0.99988, one at 0.5 with 0.061);</li>
 *   <li>buckets: rows with the same (band, hash) are grouped, singletons dropped, and the members
 *       of each bucket sorted by (undated, published_at, article_id), the order that decides which
 *       copy is the earliest;</li>
 *   <li>candidates: each member is paired with every earlier member among the first
 *       {@value #MAX_BUCKET_COMPARISONS} of its bucket ({@link EarlierPairs}), and the pairs made
 *       distinct (a near-duplicate pair usually shares several bands). Ordinary buckets are far
 *       smaller than the cap. A giant bucket (thousands of boilerplate-only texts sharing a band)
 *       costs n * {@value #MAX_BUCKET_COMPARISONS} pairs instead of n^2 / 2: its members are
 *       compared only with its {@value #MAX_BUCKET_COMPARISONS} earliest members, so a member
 *       whose earliest near-duplicate ranks later than that in every bucket they share is matched
 *       to a later copy or missed;</li>
 *   <li>verification: the texts of the articles in some candidate pair (only those) are joined to
 *       the pairs, and a pair is kept when the exact Jaccard of the two shingle-hash sets reaches
 *       the threshold (the signature's estimate is never used as the answer);</li>
 *   <li>each article takes the earliest of its verified earlier near-duplicates.</li>
 * </ol>
 * The cost is linear in the articles (one signature and B shuffled rows each) plus the candidate
 * pairs: the near-duplicates and the few pairs of similar articles. (The former Spark ML
 * MinHashLSH used one min-hash per hash table, an OR of 5 single hashes: a pair at Jaccard J was
 * a candidate with probability 1 - (1 - J)^5, 0.41 already at J = 0.1, so the candidates grew with
 * the square of the articles.)
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
   * Distinct (article_id, other_id, other_at) where other comes before article in some shared LSH
   * bucket (earlier published_at, undated last, ties by id) and is among its first
   * {@value #MAX_BUCKET_COMPARISONS} members.
   */
  static Dataset<Row> candidatePairs(Dataset<Row> originals, ShingleMinHash lsh) {
    UserDefinedFunction bandHashes = udf((UDF1<String, long[]>) lsh::bandHashesOf,
        DataTypes.createArrayType(DataTypes.LongType, false));
    Dataset<Row> buckets = originals
        .select(col("article_id"), col("published_at"),
            posexplode(bandHashes.apply(col("text"))).as(new String[] {"_band", "_bucket"}))
        .groupBy("_band", "_bucket")
        .agg(sort_array(collect_list(struct(undated(col("published_at")).as("undated"),
            col("published_at"), col("article_id")))).as("_members"))
        .filter(size(col("_members")).gt(1))
        .select("_members");
    return buckets.flatMap((FlatMapFunction<Row, Row>) bucket -> new EarlierPairs(bucket.getList(0)),
            Encoders.row(PAIR))
        .distinct();
  }

  private static final StructType PAIR = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("other_id", DataTypes.StringType, false)
      .add("other_at", DataTypes.TimestampType, true);

  /**
   * The pairs of a bucket whose members are sorted earliest first: (member j, member i) for every
   * i &lt; j with i &lt; {@value #MAX_BUCKET_COMPARISONS}; lazy, so a giant bucket never holds its
   * n * {@value #MAX_BUCKET_COMPARISONS} pairs in memory.
   */
  static final class EarlierPairs implements Iterator<Row> {
    private final List<Row> members;
    private int later = 1;
    private int earlier = 0;

    EarlierPairs(List<Row> members) {
      this.members = members;
    }

    @Override
    public boolean hasNext() {
      return later < members.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row a = members.get(later);
      Row o = members.get(earlier);
      Row pair = RowFactory.create(a.getString(2), o.getString(2), o.get(1));
      earlier++;
      if (earlier >= Math.min(later, MAX_BUCKET_COMPARISONS)) {
        later++;
        earlier = 0;
      }
      return pair;
    }
  }

  /**
   * The candidate pairs whose shingle sets have exact Jaccard similarity >= {@code jaccard}. Only
   * the texts of articles in some pair are joined (each pair is exploded into its two ends, joined
   * to the texts by id and put back together), and each pair's two shingle sets are computed and
   * merged in {@link ShingleMinHash#textJaccard}.
   */
  static Dataset<Row> verifyPairs(Dataset<Row> pairs, Dataset<Row> originals, double jaccard) {
    Dataset<Row> texts = originals.select(col("article_id").as("_end"), col("text").as("_end_text"));
    UserDefinedFunction similarity = udf((UDF2<String, String, Double>) ShingleMinHash::textJaccard,
        DataTypes.DoubleType);
    return pairs
        .withColumn("_end", explode(array(col("article_id"), col("other_id"))))
        .join(texts, "_end")
        .groupBy("article_id", "other_id", "other_at")
        .agg(max(when(col("_end").equalTo(col("article_id")), col("_end_text"))).as("_text"),
            max(when(col("_end").equalTo(col("other_id")), col("_end_text"))).as("_other_text"))
        .filter(similarity.apply(col("_text"), col("_other_text")).geq(jaccard))
        .select("article_id", "other_id", "other_at");
  }

  private static Column undated(Column at) {
    return when(at.isNull(), lit(1)).otherwise(lit(0));
  }
}
