package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.InputOptions;

class IngestStagesTest {
  @TempDir
  static Path dir;
  static Dataset<Row> articles;
  static Dataset<Row> rejects;
  static long read;

  @BeforeAll
  static void ingestFixture() throws Exception {
    // 11 lines: 4 become articles, 7 are rejects (4 + 7 = 11).
    List<String> lines = List.of(
        "{\"id\":\"a1\",\"published\":\"2023-09-12T10:30:00+02:00\",\"title\":\"T\",\"text\":\"Kim Jong Un met Vladimir Putin.\",\"url\":\"u\",\"source\":\"s\"}",
        "{\"id\":\"a2\",\"published\":\"garbage\",\"text\":\"Same text here.\",\"url\":\"https://x.test/2021/02/03/x\"}",
        "{\"id\":\"a3\",\"text\":\"  Same   TEXT here. \"}",
        "{\"id\":\"a1\",\"text\":\"other text, same id\"}",
        "{\"id\":\"a4\",\"text\":\"\"}",
        "{\"id\":\"a5\",\"text\":\"   \\n  \"}",
        "{\"id\":\"a6\"}",
        "{\"id\": \"a7\", \"text\": \"Putin said",
        "this line is not JSON at all",
        "{\"text\":\"No id here.\",\"published\":1595030400}",
        "{\"id\":\"a8\",\"text\":\"" + "x".repeat(60) + "\"}");
    Path file = dir.resolve("fixture.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> raw = ArticleInputs.read(spark, InputOptions.defaults("auto"), List.of(file.toString())).raw();
    Dataset<Row> classified = IngestStages.classifyRecords(raw, 50).cache();
    read = classified.count();
    articles = IngestStages.toArticles(classified).cache();
    rejects = IngestStages.toRejects(classified).cache();
  }

  @Test
  void everyRecordLandsInExactlyOneTable() {
    assertEquals(11, read);
    assertEquals(4, articles.count());
    assertEquals(7, rejects.count());
  }

  @Test
  void rejectReasons() {
    Map<String, Long> byReason = new TreeMap<>(rejects.collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getString(r.fieldIndex("reason")), Collectors.counting())));
    // duplicate a1 (1), a4 empty + a5 white space + a6 missing (3 no_text), truncated + not JSON (2), a8 (1)
    assertEquals(Map.of("duplicate_id", 1L, "no_text", 3L, "malformed_json", 2L, "oversize", 1L), byReason);
    Row dup = rejects.filter("reason = 'duplicate_id'").first();
    assertEquals("a1", dup.getString(dup.fieldIndex("record_id")));
    assertTrue(dup.getString(dup.fieldIndex("raw")).contains("other text, same id"));
  }

  private static Row article(String id) {
    return articles.filter(articles.col("article_id").equalTo(id)).first();
  }

  @Test
  void datesComeFromMetadataThenUrl() {
    Row a1 = article("a1");
    // 10:30 at +02:00 = 08:30 UTC
    assertEquals(Timestamp.from(Instant.parse("2023-09-12T08:30:00Z")), a1.getTimestamp(a1.fieldIndex("published_at")));
    assertEquals("metadata", a1.getString(a1.fieldIndex("date_source")));
    Row a2 = article("a2");
    assertEquals(Timestamp.from(Instant.parse("2021-02-03T00:00:00Z")), a2.getTimestamp(a2.fieldIndex("published_at")));
    assertEquals("url", a2.getString(a2.fieldIndex("date_source")));
    Row a3 = article("a3");
    assertNull(a3.get(a3.fieldIndex("published_at")));
    assertEquals("none", a3.getString(a3.fieldIndex("date_source")));
  }

  @Test
  void exactDuplicatesPointToTheEarliestCopy() {
    // a2 and a3 have the same text once lower-cased with white space folded; a2 is dated, so first
    assertEquals("a2", article("a3").getString(article("a3").fieldIndex("duplicate_of")));
    assertNull(article("a2").get(article("a2").fieldIndex("duplicate_of")));
  }

  @Test
  void missingIdIsDerivedFromTheText() {
    Row derived = articles.filter("id_derived").first();
    String id = derived.getString(derived.fieldIndex("article_id"));
    assertTrue(id.matches("sha256:[0-9a-f]{16}"), id);
    // an epoch-seconds date given as a JSON number is read as its text: 1595030400 = 2020-07-18
    assertEquals(Timestamp.from(Instant.parse("2020-07-18T00:00:00Z")),
        derived.getTimestamp(derived.fieldIndex("published_at")));
  }

  @Test
  void sentencesOfTitleAndTextAreCounted() {
    // a1: title "T" (1) + one sentence of text (1); a2: no title, "Same text here." (1)
    assertEquals(2, article("a1").getInt(article("a1").fieldIndex("n_sentences")));
    assertEquals(1, article("a2").getInt(article("a2").fieldIndex("n_sentences")));
    StructType schema = new StructType().add("id", DataTypes.StringType)
        .add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = List.of(
        // title: 2 sentences; text: "Dr." is an abbreviation (no end), "Then" starts the 2nd, the
        // blank line the 3rd: 2 + 3
        RowFactory.create("many", "Putin meets Kim. Talks end.", "Dr. Smith spoke. Then he left.\n\nnew paragraph"),
        RowFactory.create("blank", "  ", "One."), // a blank title has no sentence
        RowFactory.create("none", null, "One. Two."));
    Map<String, Integer> n = IngestStages.withSentenceCount(SparkTestSession.get().createDataFrame(rows, schema))
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getInt(r.fieldIndex("n_sentences"))));
    assertEquals(Map.of("many", 5, "blank", 1, "none", 2), n);
  }
}
