package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.cli.NewsgraphCli;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * The whole job with the Spark NLP stages on the football / interest-rates fixture (12 articles,
 * September 2023; r5, f6 and r6 without a date field). Every pair is made
 * significant so pair_keywords has rows on a fixture this small.
 */
class NlpRunIT {
  static final Path OUT = Path.of("target/it-out/nlp");
  static SparkSession spark;

  @BeforeAll
  static void runTheJob() {
    spark = SparkTestSession.get();
    NewsgraphConfig config = NewsgraphConfig.fromMap(mapOf(
        "input.paths", "src/test/resources/fixtures/nlp-articles.jsonl",
        "output.dir", OUT.toString(),
        "cooccur.granularities", "month,all",
        "cooccur.significance.min_count", "1",
        "cooccur.significance.g2", "0",
        "nlp.topics.enabled", "true",
        "nlp.keywords.enabled", "true",
        "nlp.topics.k", "2",
        "nlp.topics.min_doc_freq", "2",
        "nlp.topics.iterations", "50",
        "nlp.topics.min_weight", "0.5"));
    NewsgraphCli.execute(spark, "run", config);
  }

  /** Map.of stops at 10 pairs. */
  static Map<String, String> mapOf(String... keysAndValues) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static Dataset<Row> table(TableSchema t) {
    return TableWriter.read(spark, t, OUT.toString());
  }

  @Test
  void manifestRecordsEachNlpStepWithItsCounts() throws Exception {
    JsonNode stages = new ObjectMapper().readTree(Files.readString(OUT.resolve("_manifest.json"))).path("stages");
    for (String s : List.of("topics", "keywords")) {
      assertTrue(stages.path(s).path("seconds").isNumber(), s);
      assertTrue(stages.path(s).path("counts").path("enabled").asBoolean(), s);
    }
    // dating from the text is a step of ingest (before its one write of articles): its counts are
    // recorded under "dates", its time is ingest's
    assertTrue(stages.path("dates").path("counts").path("enabled").asBoolean());
    assertTrue(stages.path("ingest").path("seconds").isNumber());
    // three articles without a date field: r5's dateline has a year, so ingest dates it (date_source
    // text); the dates stage reads f6 (dateline without a year: stays undated) and r6 (a full date
    // in its lead: dated)
    assertEquals(2, stages.path("dates").path("counts").path("articles_in").asLong());
    assertEquals(1, stages.path("dates").path("counts").path("dated_from_text").asLong());
    assertEquals(1, stages.path("dates").path("counts").path("still_undated").asLong());
    assertEquals(2, table(Tables.ARTICLES).filter("date_source = 'text'").count());
  }

  @Test
  void twoTopicsAndDiscoveredTopicsInTheCounts() {
    List<Row> topics = table(Tables.TOPICS).orderBy("topic_id").collectAsList();
    assertEquals(2, topics.size());
    for (Row t : topics) {
      assertFalse(t.getString(t.fieldIndex("label")).isBlank());
    }
    // an article counts as mentioning its topics (weight >= 0.5: exactly one each) in the article window
    long all = table(Tables.ENTITY_COUNTS).filter("unit = 'article' and granularity = 'all'"
        + " and entity_type = 'discovered_topic'").agg(org.apache.spark.sql.functions.sum("n_a")).first().getLong(0);
    assertEquals(12, all);
    assertEquals(0, table(Tables.ENTITY_COUNTS).filter("unit = 'sentence' and entity_type = 'discovered_topic'").count());
  }

  @Test
  void pairKeywordsSayWhatIsSaidAroundGermanyAndFrance() throws Exception {
    // r2 (7 Sep) and r3 (8 Sep) both name Germany and France: n_ab = 2 in 2023-09
    Dataset<Row> pk = table(Tables.PAIR_KEYWORDS).filter("granularity = 'month' and period = '2023-09'"
        + " and entity_a = 'country:DEU' and entity_b = 'country:FRA'");
    assertEquals(2L, pk.first().getLong(pk.first().fieldIndex("n_ab")));
    // a keyword of both articles ranks before any keyword of one, and is in both texts
    Row first = pk.filter("rank = 1").first();
    assertEquals(2L, first.getLong(first.fieldIndex("n_articles")));
    String r2 = null;
    String r3 = null;
    for (String line : Files.readAllLines(Path.of("src/test/resources/fixtures/nlp-articles.jsonl"))) {
      JsonNode a = new ObjectMapper().readTree(line);
      String text = (a.path("title").asText() + " " + a.path("text").asText()).toLowerCase(java.util.Locale.ROOT);
      if (a.path("id").asText().equals("r2")) {
        r2 = text;
      } else if (a.path("id").asText().equals("r3")) {
        r3 = text;
      }
    }
    List<String> shared = pk.filter("n_articles = 2").select("keyword").as(Encoders.STRING()).collectAsList();
    for (String k : shared) {
      assertTrue(r2.contains(k) && r3.contains(k), k);
    }
    // both articles are about interest rates set by the central bank
    assertTrue(shared.stream().anyMatch(k -> List.of("rates", "interest rates", "bank", "central bank").contains(k)),
        shared.toString());
  }

  @Test
  void keywordsOfEveryArticle() {
    // 12 articles, no duplicates: each has keywords
    assertEquals(12, table(Tables.KEYWORDS).select("article_id").distinct().count());
    List<String> sept = table(Tables.PERIOD_KEYWORDS).filter("granularity = 'month' and period = '2023-09'")
        .orderBy("rank").select("keyword").as(Encoders.STRING()).collectAsList();
    assertTrue(sept.subList(0, 5).contains("inflation") || sept.subList(0, 5).contains("club"), sept.toString());
  }
}
