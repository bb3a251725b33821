package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.annotate.TopicStages;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.NlpSettings;
import org.newsgraph.cooccur.KeywordStages;
import org.newsgraph.ingest.DateStages;

/**
 * The Spark NLP stages on a hand-written fixture of 12 short articles: six about football
 * transfers (f1-f6) and six about central banks and interest rates (r1-r6). Kept to one class:
 * Spark NLP pipelines are slow to start.
 */
class NlpStagesTest {
  static SparkSession spark;
  static Dataset<Row> articles;

  @BeforeAll
  static void read() {
    spark = SparkTestSession.get();
    StructType raw = new StructType().add("id", DataTypes.StringType).add("published", DataTypes.StringType)
        .add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    articles = spark.read().schema(raw).json("src/test/resources/fixtures/nlp-articles.jsonl")
        .select(functions.col("id").as("article_id"), functions.col("title"), functions.col("text"),
            functions.to_timestamp(functions.col("published")).as("published_at"),
            functions.when(functions.col("published").isNull(), "none").otherwise("metadata").as("date_source"),
            functions.lit(null).cast("string").as("duplicate_of"));
  }

  private static NlpSettings settings(Map<String, String> overrides) {
    return NewsgraphConfig.fromMap(overrides).nlp();
  }

  @Test
  void twoTopicsSeparateFootballFromInterestRates() {
    NlpSettings s = settings(Map.of("nlp.topics.k", "2", "nlp.topics.min_doc_freq", "2",
        "nlp.topics.iterations", "50"));
    Dataset<Row> terms = TopicStages.topicTerms(articles).cache();
    TopicStages.FittedTopics model = TopicStages.fit(terms, s);
    Dataset<Row> topics = TopicStages.topicRows(spark, terms, model, 8);
    Dataset<Row> articleTopics = TopicStages.articleTopics(terms, model, 0.5, topics);
    // each article's heaviest topic: all f* articles share one, all r* articles the other
    Map<String, Integer> top = new HashMap<>();
    for (Row r : articleTopics.filter("rank = 1").collectAsList()) {
      top.put(r.getString(r.fieldIndex("article_id")), r.getInt(r.fieldIndex("topic_id")));
    }
    assertEquals(12, top.size(), top.toString());
    int football = top.get("f1");
    int rates = top.get("r1");
    assertTrue(football != rates, top.toString());
    for (String id : List.of("f2", "f3", "f4", "f5", "f6")) {
      assertEquals(football, top.get(id), id + " " + top);
    }
    for (String id : List.of("r2", "r3", "r4", "r5", "r6")) {
      assertEquals(rates, top.get(id), id + " " + top);
    }
    // the top terms: words only one subject uses land in its topic, never in the other's
    Map<Integer, Set<String>> termsOf = new HashMap<>();
    for (Row r : topics.collectAsList()) {
      termsOf.put(r.getInt(0), new HashSet<>(r.getList(r.fieldIndex("terms"))));
      assertEquals("discovered_topic:" + r.getInt(0), r.getString(r.fieldIndex("entity_id")));
    }
    Set<String> footballWords = Set.of("club", "transfer", "striker", "season", "league", "manager");
    Set<String> rateWords = Set.of("inflation", "bank", "central", "governor", "rates", "interest");
    assertTrue(termsOf.get(football).stream().anyMatch(footballWords::contains), termsOf.toString());
    assertTrue(termsOf.get(rates).stream().anyMatch(rateWords::contains), termsOf.toString());
    assertTrue(termsOf.get(football).stream().noneMatch(rateWords::contains), termsOf.toString());
    assertTrue(termsOf.get(rates).stream().noneMatch(footballWords::contains), termsOf.toString());
    // the label is the three heaviest terms
    Row ft = topics.filter("topic_id = " + football).first();
    List<String> t = ft.getList(ft.fieldIndex("terms"));
    assertEquals(t.get(0) + " / " + t.get(1) + " / " + t.get(2), ft.getString(ft.fieldIndex("label")));
    terms.unpersist();
  }

  @Test
  void repeatedPhrasesAndHyphenatedWordsAreKeywords() {
    Dataset<Row> keywords = KeywordStages.articleKeywords(articles, 10).cache();
    List<String> r1 = keywords.filter("article_id = 'r1'").orderBy("rank")
        .select("keyword").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // r1 says "interest rates" three times
    assertTrue(r1.contains("interest rates"), r1.toString());
    List<String> r4 = keywords.filter("article_id = 'r4'")
        .select("keyword").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(r4.stream().anyMatch(k -> k.contains("rate-setting")), r4.toString());
    // the dateline of f6 ("MADRID, Sept. 1 (Reuters) -") is not read as keywords
    List<String> f6 = keywords.filter("article_id = 'f6'")
        .select("keyword").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(f6.stream().noneMatch(k -> k.contains("madrid") || k.contains("reuters")), f6.toString());
    // ranks are 1..n by score
    Row best = keywords.filter("article_id = 'r1' and rank = 1").first();
    double min = keywords.filter("article_id = 'r1'").agg(functions.min("score")).first().getDouble(0);
    assertEquals(min, best.getDouble(best.fieldIndex("score")), 0.0);
    keywords.unpersist();
  }

  @Test
  void undatedArticlesGetADateFromTheirText() {
    Dataset<Row> dated = DateStages.datesFromText(articles, null);
    Map<String, Row> byId = new HashMap<>();
    for (Row r : dated.collectAsList()) {
      byId.put(r.getString(r.fieldIndex("article_id")), r);
    }
    assertEquals(12, byId.size());
    // r5: "FRANKFURT, September 14, 2023 (Reuters) -"
    Row r5 = byId.get("r5");
    assertEquals(Timestamp.valueOf("2023-09-14 00:00:00"), r5.getTimestamp(r5.fieldIndex("published_at")));
    assertEquals("text", r5.getString(r5.fieldIndex("date_source")));
    // r6: "Economists said on 21 September 2023 that ..." in its lead
    Row r6 = byId.get("r6");
    assertEquals(Timestamp.valueOf("2023-09-21 00:00:00"), r6.getTimestamp(r6.fieldIndex("published_at")));
    assertEquals("text", r6.getString(r6.fieldIndex("date_source")));
    // f6: "MADRID, Sept. 1 (Reuters) -" has no year
    assertNull(byId.get("f6").get(byId.get("f6").fieldIndex("published_at")));
    assertEquals("none", byId.get("f6").getString(byId.get("f6").fieldIndex("date_source")));
    // dated articles are untouched
    assertEquals("metadata", byId.get("r1").getString(byId.get("r1").fieldIndex("date_source")));
    // with the dump's year given, f6's dateline resolves to 1 September of it
    Row f6 = DateStages.datesFromText(articles, 2023).filter("article_id = 'f6'").first();
    assertEquals(Timestamp.valueOf("2023-09-01 00:00:00"), f6.getTimestamp(f6.fieldIndex("published_at")));
  }
}
