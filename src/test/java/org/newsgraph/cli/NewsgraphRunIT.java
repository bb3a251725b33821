package org.newsgraph.cli;

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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.cooccur.CooccurJob;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/** The whole job on a small hand-written fixture with the bundled gazetteer. */
class NewsgraphRunIT {
  static final Path OUT = Path.of("target/it-out/fixture");
  static SparkSession spark;
  static NewsgraphConfig config;

  @BeforeAll
  static void runTheJob() {
    spark = SparkTestSession.get();
    config = NewsgraphConfig.fromMap(Map.of(
        "input.paths", "src/test/resources/fixtures/it-articles.jsonl",
        "output.dir", OUT.toString(),
        "cooccur.granularities", "week,month,all",
        "trends.min_total", "2",
        // the optional Spark NLP stages too, so that every table of Tables.ALL is written
        "nlp.topics.enabled", "true",
        "nlp.keywords.enabled", "true",
        // every pair significant, so pair_keywords has rows on this small fixture
        "cooccur.significance.min_count", "1",
        "cooccur.significance.g2", "0"));
    NewsgraphCli.execute(spark, "run", config);
  }

  static Dataset<Row> table(TableSchema t) {
    return TableWriter.read(spark, t, OUT.toString());
  }

  @Test
  void everyTableMatchesItsDeclaredSchemaWithComments() {
    for (TableSchema t : Tables.ALL) {
      // read without a schema: what the Parquet footers (and partition folders) say
      Dataset<Row> written = spark.read().parquet(TableWriter.path(OUT.toString(), t));
      for (StructField declared : t.schema().fields()) {
        StructField actual = written.schema().apply(declared.name());
        assertEquals(declared.dataType(), actual.dataType(), t.name() + "." + declared.name());
        if (!t.partitionBy().contains(declared.name())) {
          // partition columns live in folder names; every other column's comment is in the footer
          assertEquals(TableSchema.comment(declared), TableSchema.comment(actual), t.name() + "." + declared.name());
        }
        if (!declared.nullable()) {
          assertEquals(0, written.filter(written.col(declared.name()).isNull()).count(),
              t.name() + "." + declared.name() + " is declared non-null");
        }
      }
      assertEquals(t.schema().fields().length, written.schema().fields().length, t.name());
    }
  }

  @Test
  void manifestReconcilesTheCounts() throws Exception {
    JsonNode m = new ObjectMapper().readTree(Files.readString(OUT.resolve("_manifest.json")));
    JsonNode ingest = m.path("stages").path("ingest").path("counts");
    // 8 lines: it-1..it-5, the id-less Tokyo article = 6 articles; the truncated line and the
    // blank text = 2 rejects
    assertEquals(8, ingest.path("records_read").asLong());
    assertEquals(6, ingest.path("articles").asLong());
    assertEquals(2, ingest.path("rejects").asLong());
    assertTrue(m.path("reconciliation").path("balanced").asBoolean());
    assertEquals(1, ingest.path("rejects_by_reason").path("malformed_json").asLong());
    assertEquals(1, ingest.path("rejects_by_reason").path("no_text").asLong());
    // it-4 has an unparseable date and a URL without one
    assertEquals(1, ingest.path("undated").asLong());
    assertEquals(1, ingest.path("exact_duplicates").asLong());
    assertEquals(config.outputDir(), m.path("config").path("output.dir").asText());
    assertFalse(m.path("gazetteer_version").asText().isEmpty());
    assertTrue(m.path("stages").path("cooccur").path("seconds").isNumber());
    assertEquals(1, m.path("inputs").size());
  }

  @Test
  void kimPutinArticleHasBothLeadersAndCountriesAtTheRightOffsets() {
    Dataset<Row> m = table(Tables.MENTIONS).filter("article_id = 'it-1' and field = 'text'")
        .orderBy("char_start");
    List<String> got = m.selectExpr("concat(char_start, '-', char_end, ' ', surface, ' ', entity_id, ' ', method)")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // "Kim Jong Un " (12) + "arrived " (8) + "in " (3) = 23 -> Russia 23..29;
    // " for talks with President " is 26 characters -> Vladimir Putin 55..69; ". " -> Pyongyang 71..80
    assertTrue(got.contains("0-11 Kim Jong Un leader:Q56226 alias"), got.toString());
    assertTrue(got.contains("23-29 Russia country:RUS alias"), got.toString());
    assertTrue(got.contains("55-69 Vladimir Putin leader:Q7747 alias"), got.toString());
    assertTrue(got.contains("71-80 Pyongyang country:PRK capital"), got.toString());
    Row kim = m.filter("entity_id = 'leader:Q56226'").first();
    assertEquals("country:PRK", kim.getString(kim.fieldIndex("country_of")));
  }

  @Test
  void monthlyPairCountsAndNpmi() {
    Row kp = table(Tables.COOCCURRENCE)
        .filter("unit = 'article' and granularity = 'month' and period = '2023-09'"
            + " and entity_a = 'leader:Q56226' and entity_b = 'leader:Q7747'")
        .first();
    // September 2023, duplicates left out: it-1, it-2, the Tokyo article (it-5 copies it-2) -> n = 3.
    // Kim: it-1, it-2; Putin: it-1, it-2 -> n_ab = n_a = n_b = 2.
    // NPMI = ln(2*3/(2*2)) / -ln(2/3) = ln 1.5 / ln 1.5 = 1
    assertEquals(List.of(2L, 2L, 2L, 3L), List.of(kp.getLong(kp.fieldIndex("n_ab")),
        kp.getLong(kp.fieldIndex("n_a")), kp.getLong(kp.fieldIndex("n_b")), kp.getLong(kp.fieldIndex("n"))));
    assertEquals(1.0, kp.getDouble(kp.fieldIndex("npmi")), 1e-12);
  }

  @Test
  void weeklyTrendOfPutin() {
    // Weeks with articles (UTC): W37 it-1 (Putin), W38 it-2 (Putin; it-5 is its copy), W39 Tokyo,
    // W40 it-3 ("Oct 2 2023"). Putin appears in W37 and W38 only (absent in W39 and W40). A row
    // needs trends.min_total = 2 articles in its week and the 28 days before: W37 has 1 (no row),
    // W38 has 1 + W37's 1 = 2 (a row).
    // W38: 1 of its 1 article; the trailing 28 days with articles = W37 alone, 1 of 1: n_baseline 1,
    // expected 1 * 1 / 1 = 1, ratio 1, p = P(binomial(1 + 1, 1 / 2) >= 1) = .75: not rising.
    Dataset<Row> putin = table(Tables.TRENDS).filter("granularity = 'week' and subject = 'entity'"
        + " and entity_a = 'leader:Q7747'");
    assertEquals(List.of("2023-W38"), putin.orderBy("period").select("period")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Row w38 = putin.filter("period = '2023-W38'").first();
    assertEquals(1.0, w38.getDouble(w38.fieldIndex("share")), 1e-12);
    assertEquals(1L, w38.getLong(w38.fieldIndex("n_baseline")));
    assertEquals(List.of(1L, 1L), List.of(w38.getLong(w38.fieldIndex("baseline_subject")),
        w38.getLong(w38.fieldIndex("baseline_n"))));
    assertEquals(1.0, w38.getDouble(w38.fieldIndex("expected")), 1e-12);
    assertEquals(.75, w38.getDouble(w38.fieldIndex("p_value")), 1e-12);
    assertFalse(w38.getBoolean(w38.fieldIndex("rising")));
  }

  @Test
  void entitiesCountMentionsAndDistinctOriginalArticles() {
    Row putin = table(Tables.ENTITIES).filter("entity_id = 'leader:Q7747'").first();
    // mentions: it-1 title "Putin" + text "Vladimir Putin", it-2 1, it-5 1, it-4 "Putin" = 5;
    // articles without duplicates: it-1, it-2, it-4 = 3
    assertEquals(5L, putin.getLong(putin.fieldIndex("n_mentions")));
    assertEquals(3L, putin.getLong(putin.fieldIndex("n_articles")));
  }

  @Test
  void rerunReplacesRatherThanAppends() {
    long articles = table(Tables.ARTICLES).count();
    long pairs = table(Tables.COOCCURRENCE).count();
    NewsgraphCli.execute(spark, "cooccur", config);
    assertEquals(pairs, table(Tables.COOCCURRENCE).count());
    // a new ingest makes the stages after it rerun (their tables were made from the old articles)
    NewsgraphCli.execute(spark, "ingest", config);
    NewsgraphCli.execute(spark, "annotate", config);
    NewsgraphCli.execute(spark, "cooccur", config);
    assertEquals(articles, table(Tables.ARTICLES).count());
    assertEquals(pairs, table(Tables.COOCCURRENCE).count());
  }

  @Test
  void cooccurLeavesSparksCacheCompressionSettingAsItFoundIt() {
    // cooccur turns the compression of its caches off only while it runs, and only when the user
    // has not chosen: after the run in runTheJob the setting is unset again
    assertFalse(spark.conf().contains(CooccurJob.CACHE_COMPRESSED));
    long pairs = table(Tables.COOCCURRENCE).count();
    spark.conf().set(CooccurJob.CACHE_COMPRESSED, "true");
    try {
      NewsgraphCli.execute(spark, "cooccur", config);
      assertEquals("true", spark.conf().get(CooccurJob.CACHE_COMPRESSED));
      assertEquals(pairs, table(Tables.COOCCURRENCE).count());
    } finally {
      spark.conf().unset(CooccurJob.CACHE_COMPRESSED);
    }
  }

  @Test
  void eachPartitionFolderOfTheTimeSeriesTablesHoldsOneFile() throws Exception {
    // entity_counts and cooccurrence are written without a shuffle of their own (their rows come
    // gathered by folder from the counting); trends through TableWriter's shuffle by folder. Either
    // way a folder (granularity=.../bucket=...) gets its rows from one task: one data file.
    for (TableSchema t : List.of(Tables.ENTITY_COUNTS, Tables.COOCCURRENCE, Tables.TRENDS)) {
      Path root = Path.of(TableWriter.path(OUT.toString(), t));
      List<Path> folders;
      try (var walk = Files.walk(root)) {
        // folders with data files (a vacuum leaves the emptied folders of an earlier layout behind)
        folders = walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("bucket=")
            && hasParquet(p)).toList();
      }
      // the fixture's dated articles fall in September 2023 and on 2 October 2023 (a Monday): an
      // entity counted in both gets week/2023-09, week/2023-10, month/2023-09, month/2023-10 and
      // all/all (a bucket is the month its period starts in); trends have no all-time folder, and
      // pairs need two entities in one article of the month
      if (t == Tables.ENTITY_COUNTS) {
        assertEquals(5, folders.size(), t.name() + ": " + folders);
      } else {
        assertTrue(folders.size() >= 2, t.name() + ": " + folders);
      }
      for (Path f : folders) {
        try (var files = Files.list(f)) {
          assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count(),
              t.name() + " " + root.relativize(f));
        }
      }
    }
  }

  private static boolean hasParquet(Path folder) {
    try (var files = Files.list(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
