package org.newsgraph.annotate;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.config.NlpSettings;
import org.newsgraph.nlp.NlpPipelines;
import org.newsgraph.tables.Columns;

/**
 * Topic discovery: articles -> Spark NLP terms (stems) -> Spark ML CountVectorizer -> LDA ->
 * {@code topics} and {@code article_topics}. The model is fitted on non-duplicate articles and
 * applied to all. {@link #fit} runs Spark jobs (fitting is an action); the other functions are
 * transformations, except {@link #topicRows}, which collects the k x top_terms description of
 * the model (small, never data-sized).
 */
public final class TopicStages {
  public static final String ENTITY_TYPE = "discovered_topic";
  static final int LABEL_TERMS = 3;
  private static final String TF = "_tf";
  static final int FIT_PARTITIONS = 4;
  private static final String DISTRIBUTION = "_topic_distribution";

  /** A fitted vectorizer and LDA model; lda is null when no stem reached the vocabulary. */
  public record FittedTopics(CountVectorizerModel vectorizer, LDAModel lda) {
  }

  private TopicStages() {
  }

  public static String entityId(int topicId) {
    return ENTITY_TYPE + ":" + topicId;
  }

  /** article_id, duplicate_of, nlp_words, nlp_stems (aligned arrays) of title + text. */
  public static Dataset<Row> topicTerms(Dataset<Row> articles) {
    Columns.require(articles, "topicTerms", "article_id", "duplicate_of", "title", "text");
    Dataset<Row> docs = articles.select(col("article_id"), col("duplicate_of"),
        concat_ws("\n", coalesce(col("title"), lit("")), col("text")).as("_doc"));
    return NlpPipelines.topicTerms("_doc").fit(docs).transform(docs)
        .select("article_id", "duplicate_of", NlpPipelines.WORDS, NlpPipelines.STEMS);
  }

  /**
   * Fits the vocabulary and LDA on the non-duplicate articles (Spark jobs run here). The result
   * does not depend on how the input is split (local mode, a cluster, a lost executor): the
   * training articles are hashed into {@link #FIT_PARTITIONS} partitions sorted by id (online
   * LDA samples its mini-batches per partition), and the vocabulary is sorted alphabetically
   * (CountVectorizer orders tied counts by arrival).
   */
  public static FittedTopics fit(Dataset<Row> terms, NlpSettings s) {
    Dataset<Row> training = terms.filter(col("duplicate_of").isNull())
        .repartition(FIT_PARTITIONS, col("article_id"))
        .sortWithinPartitions("article_id");
    String[] vocabulary = new CountVectorizer()
        .setInputCol(NlpPipelines.STEMS)
        .setVocabSize(s.topicsVocabularySize())
        .setMinDF(s.topicsMinDocFreq())
        .fit(training)
        .vocabulary()
        .clone();
    java.util.Arrays.sort(vocabulary);
    CountVectorizerModel vectorizer = new CountVectorizerModel(vocabulary)
        .setInputCol(NlpPipelines.STEMS)
        .setOutputCol(TF);
    if (vectorizer.vocabulary().length == 0) {
      return new FittedTopics(vectorizer, null);
    }
    LDAModel lda = new LDA()
        .setK(s.topicsK())
        .setMaxIter(s.topicsIterations())
        .setSeed(s.topicsSeed())
        .setOptimizer("online")
        .setFeaturesCol(TF)
        .setTopicDistributionCol(DISTRIBUTION)
        .fit(vectorizer.transform(training));
    return new FittedTopics(vectorizer, lda);
  }

  /**
   * The topics table without n_articles: each topic's heaviest terms with their weights, each
   * stem shown as its most frequent word form in {@code terms}.
   */
  public static Dataset<Row> topicRows(SparkSession spark, Dataset<Row> terms, FittedTopics model, int topTerms) {
    String[] vocabulary = model.vectorizer().vocabulary();
    List<Row> described = model.lda().describeTopics(topTerms).orderBy("topic").collectAsList();
    List<String> wanted = new ArrayList<>();
    for (Row r : described) {
      for (int i : r.<Integer>getList(1)) {
        wanted.add(vocabulary[i]);
      }
    }
    Map<String, String> shown = new HashMap<>();
    for (Row r : displayWords(terms, wanted).collectAsList()) {
      shown.put(r.getString(0), r.getString(1));
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : described) {
      int topic = r.getInt(0);
      List<Integer> indices = r.getList(1);
      List<Double> weights = r.getList(2);
      List<String> stems = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int i : indices) {
        stems.add(vocabulary[i]);
        words.add(shown.getOrDefault(vocabulary[i], vocabulary[i]));
      }
      rows.add(RowFactory.create(topic, entityId(topic),
          String.join(" / ", words.subList(0, Math.min(LABEL_TERMS, words.size()))),
          words.toArray(new String[0]), stems.toArray(new String[0]),
          weights.stream().map(w -> Math.round(w * 1e9) / 1e9).toArray(Double[]::new)));
    }
    StructType schema = new StructType()
        .add("topic_id", DataTypes.IntegerType, false)
        .add("entity_id", DataTypes.StringType, false)
        .add("label", DataTypes.StringType, false)
        .add("terms", DataTypes.createArrayType(DataTypes.StringType, true), false)
        .add("stems", DataTypes.createArrayType(DataTypes.StringType, true), false)
        .add("term_weights", DataTypes.createArrayType(DataTypes.DoubleType, true), false);
    return spark.createDataFrame(rows, schema);
  }

  /** (stem, word): the most frequent word form of each of {@code stems} (ties: the shorter, then a-z). */
  static Dataset<Row> displayWords(Dataset<Row> terms, List<String> stems) {
    return terms
        .select(explode(arrays_zip(col(NlpPipelines.STEMS), col(NlpPipelines.WORDS))).as("_z"))
        .select(col("_z." + NlpPipelines.STEMS).as("stem"), col("_z." + NlpPipelines.WORDS).as("word"))
        .filter(col("stem").isin(stems.toArray()))
        .groupBy("stem", "word").agg(count(lit(1)).as("_n"))
        .withColumn("_r", row_number().over(Window.partitionBy("stem")
            .orderBy(col("_n").desc(), length(col("word")), col("word"))))
        .filter(col("_r").equalTo(1))
        .select("stem", "word");
  }

  /**
   * article_topics: each article's topics with weight >= {@code minWeight}, ranked, labelled
   * from {@code topicRows}.
   */
  public static Dataset<Row> articleTopics(Dataset<Row> terms, FittedTopics model, double minWeight,
                                           Dataset<Row> topicRows) {
    Dataset<Row> weights = model.lda().transform(model.vectorizer().transform(terms))
        .select(col("article_id"), posexplode(functions.vector_to_array(col(DISTRIBUTION), "float64"))
            .as(new String[] {"topic_id", "weight"}))
        .filter(col("weight").geq(minWeight));
    return weights
        .withColumn("rank", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("weight").desc(), col("topic_id"))))
        .join(broadcast(topicRows.select("topic_id", "entity_id", "label")),
            "topic_id");
  }

  /** topics: {@code topicRows} with n_articles from {@code articleTopics}. */
  public static Dataset<Row> withArticleCounts(Dataset<Row> topicRows, Dataset<Row> articleTopics) {
    Dataset<Row> n = articleTopics.groupBy("topic_id").agg(count(lit(1)).as("n_articles"));
    return topicRows.join(n, topicRows.col("topic_id").equalTo(n.col("topic_id")), "left")
        .drop(n.col("topic_id"))
        .withColumn("n_articles", coalesce(col("n_articles"), lit(0L)));
  }
}
