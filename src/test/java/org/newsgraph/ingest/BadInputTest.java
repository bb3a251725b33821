package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SparkTestSession;
import org.newsgraph.cli.NewsgraphCli;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * The bad-input corpus through the ingest job: every record lands in articles or rejects with a
 * reason, file and offset; the manifest reconciles; reruns give the same tables.
 */
class BadInputTest {
  @TempDir
  static Path dir;
  static Path in;
  static Path out;
  static SparkSession spark;
  static NewsgraphConfig config;
  static Dataset<Row> articles;
  static Dataset<Row> rejects;
  /** Articles read from the truncated gzip before it breaks off (1 <= k < 300). */
  static long k;

  static String line(String json) {
    return json + "\n";
  }

  @BeforeAll
  static void ingestTheCorpus() throws IOException {
    in = dir.resolve("in");
    out = dir.resolve("out");
    Files.createDirectories(in.resolve("texts"));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (String l : List.of(
        "{\"id\":\"ok1\",\"text\":\"WASHINGTON, March 3 (Reuters) - First good article.\",\"url\":\"https://x.test/a\"}",
        "{\"id\":\"ok2\",\"text\":\"Second good article.\",\"published\":\"3000-01-01T00:00:00Z\"}",
        "{\"id\":\"ok1\",\"text\":\"WASHINGTON, March 3 (Reuters) - First good article.\",\"url\":\"https://x.test/a\"}",
        "{\"id\":\"ok2\",\"text\":\"A different text under the same id.\"}",
        "{\"text\":\"No id in this one.\"}",
        "{\"id\":\"e1\",\"text\":\"\"}",
        "{\"id\":\"e2\",\"text\":\"  \\t \\n \"}",
        "{\"id\":5,\"title\":7,\"text\":{\"html\":\"<p>x</p>\"}}",
        "{\"id\":\"t1\",\"text\":[\"para one\",\"para two\"],\"published\":20200718}")) {
      lines.write(line(l).getBytes(StandardCharsets.UTF_8));
    }
    lines.write("{\"id\":\"u1\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    lines.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    lines.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("lines.jsonl"), lines.toByteArray());

    // a 20 MB article, made here rather than committed
    try (OutputStream o = Files.newOutputStream(in.resolve("big.jsonl"))) {
      o.write("{\"id\":\"big1\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 20; i++) {
        o.write(chunk);
      }
      o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    // a gzip cut at 60% of its bytes
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 300; i++) {
        o.write(line("{\"id\":\"tz-" + (1000 + i) + "\",\"text\":\"Truncated file line " + i + " of " + (i * 7919 % 1013)
            + " about the summit in " + Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i) + ".\"}")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length * 6 / 10));

    Files.writeString(in.resolve("texts/ok.txt"), "Plain text article.");
    Files.write(in.resolve("texts/blob.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, (byte) 0xFF, 0});
    Files.write(in.resolve("texts/empty.txt"), new byte[0]);
    Files.writeString(in.resolve("texts/long1.txt"), "word ".repeat(400_000)); // one 2,000,000-byte line
    Files.write(in.resolve("texts/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    Files.writeString(in.resolve("broken.csv"), "id,text\ncsv1,Fine one\ncsv2,\"Broken quote\ncsv3,Fine three\n");
    ArticleFormatsTest.writeWarc(in.resolve("crawl.warc.gz"));

    spark = SparkTestSession.get();
    config = NewsgraphConfig.fromMap(Map.of("input.paths", in.toString(), "output.dir", out.toString(),
        "ingest.max_text_chars", "3000000"));
    NewsgraphCli.execute(spark, "ingest", config);
    articles = TableWriter.read(spark, Tables.ARTICLES, out.toString()).cache();
    rejects = TableWriter.read(spark, Tables.REJECTS, out.toString()).cache();
    k = articles.filter("article_id like 'tz-%'").count();
  }

  static Map<String, Long> reasons() {
    return new TreeMap<>(rejects.collectAsList().stream().collect(Collectors.groupingBy(
        r -> r.getString(r.fieldIndex("reason")), Collectors.counting())));
  }

  @Test
  void everyBadRecordHasItsReason() {
    Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("duplicate_id", 2L),       // ok1 again (same text), ok2 again (different text)
        Map.entry("no_text", 3L),            // e1 "", e2 white space, texts/empty.txt
        Map.entry("wrong_type", 1L),         // text is an object
        Map.entry("undecodable_bytes", 1L),  // u1: C3 28 is not UTF-8
        Map.entry("oversize", 1L),           // big1: 20,971,520 characters > 3,000,000
        Map.entry("truncated_file", 1L),     // truncated.jsonl.gz
        Map.entry("binary_file", 1L),        // texts/blob.txt
        Map.entry("unknown_format", 1L),     // texts/photo.jpg
        Map.entry("malformed_csv", 1L),      // csv2's quote never closes
        Map.entry("not_html", 1L),           // the PNG response
        Map.entry("not_a_response", 1L)));   // the request record
    assertEquals(expected, reasons());
    assertEquals(0, rejects.filter("source_file is null or source_offset is null or detail is null").count());
    Row dupSame = rejects.filter("reason = 'duplicate_id' and record_id = 'ok1'").first();
    assertTrue(dupSame.getString(dupSame.fieldIndex("detail")).endsWith("(same text)"));
    Row dupOther = rejects.filter("reason = 'duplicate_id' and record_id = 'ok2'").first();
    assertTrue(dupOther.getString(dupOther.fieldIndex("detail")).endsWith("(different text)"));
    // the duplicates are lines 3 and 4 of lines.jsonl; the first copies stay articles
    assertEquals(List.of(3L, 4L), rejects.filter("reason = 'duplicate_id'").orderBy("source_line")
        .select("source_line").as(org.apache.spark.sql.Encoders.LONG()).collectAsList());
  }

  @Test
  void goodRecordsAroundTheBadOnesAreArticles() {
    List<String> ids = articles.filter("article_id not like 'tz-%'").orderBy("article_id")
        .select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // lines.jsonl: ok1, ok2, the id-less one, t1; texts: ok, long1; csv1, csv3; 3 WARC pages
    assertEquals(11, ids.size(), ids.toString());
    assertTrue(ids.containsAll(List.of("ok1", "ok2", "t1", "ok", "long1", "csv1", "csv3")), ids.toString());
    Row derived = articles.filter("id_derived").first();
    assertTrue(derived.getString(derived.fieldIndex("article_id")).matches("sha256:[0-9a-f]{16}"));
    Row ok2 = articles.filter("article_id = 'ok2'").first();
    // the year 3000 is not a date: kept, undated, the raw value shown
    assertEquals("none", ok2.getString(ok2.fieldIndex("date_source")));
    assertEquals("3000-01-01T00:00:00Z", ok2.getString(ok2.fieldIndex("published_raw")));
    Row long1 = articles.filter("article_id = 'long1'").first();
    assertEquals(2_000_000, long1.getInt(long1.fieldIndex("n_chars")));
    Row t1 = articles.filter("article_id = 't1'").first();
    assertEquals("para one\npara two", t1.getString(t1.fieldIndex("text")));
    // a dateline without a year and no year in the path: no date rather than a guessed one
    Row ok1 = articles.filter("article_id = 'ok1'").first();
    assertEquals("none", ok1.getString(ok1.fieldIndex("date_source")));
  }

  @Test
  void aTruncatedGzipKeepsWhatCouldBeRead() {
    assertTrue(k >= 1 && k < 300, "articles from the truncated file: " + k);
    // what was read is the beginning of the file: tz-1000 .. tz-(1000 + k - 1)
    Row last = articles.filter("article_id like 'tz-%'").orderBy(org.apache.spark.sql.functions.desc("article_id")).first();
    assertEquals("tz-" + (1000 + k - 1), last.getString(last.fieldIndex("article_id")));
    Row cut = rejects.filter("reason = 'truncated_file'").first();
    assertTrue(cut.getString(cut.fieldIndex("source_file")).endsWith("truncated.jsonl.gz"));
  }

  @Test
  void manifestReconciles() throws IOException {
    JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("_manifest.json")));
    JsonNode c = m.path("stages").path("ingest").path("counts");
    // articles 11 + k; rejects 14 (see everyBadRecordHasItsReason); read = 25 + k
    assertEquals(25 + k, c.path("records_read").asLong());
    assertEquals(11 + k, c.path("articles").asLong());
    assertEquals(14, c.path("rejects").asLong());
    assertTrue(m.path("reconciliation").path("balanced").asBoolean());
    assertEquals("id", c.path("field_mapping").path("json").path("id").asText());
    assertEquals("WARC-Target-URI", c.path("field_mapping").path("warc").path("id").asText());
  }

  @Test
  void badConfigAndMissingPathsFailNamingThem() {
    ConfigException missing = assertThrows(ConfigException.class, () -> NewsgraphCli.execute(spark, "ingest",
        NewsgraphConfig.fromMap(Map.of("input.paths", dir.resolve("nope").toString(), "output.dir", out.toString()))));
    assertTrue(missing.getMessage().contains("input.paths") && missing.getMessage().contains("nope"), missing.getMessage());
    ConfigException format = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("input.format", "xml")));
    assertTrue(format.getMessage().contains("input.format"), format.getMessage());
    ConfigException flag = assertThrows(ConfigException.class,
        () -> NewsgraphConfig.fromMap(Map.of("input.text.title_first_line", "maybe")));
    assertTrue(flag.getMessage().contains("input.text.title_first_line"), flag.getMessage());
  }

  @Test
  void rerunsGiveTheSameTablesAndClearAKilledRun() throws IOException {
    Path out2 = dir.resolve("out2");
    NewsgraphConfig second = NewsgraphConfig.fromMap(Map.of("input.paths", in.toString(), "output.dir",
        out2.toString(), "ingest.max_text_chars", "3000000"));
    // a killed run left a task's attempt under _temporary and a stray part file in the table
    Path articlesDir = out2.resolve("articles");
    Path realPart;
    try (Stream<Path> parts = Files.list(out.resolve("articles"))) {
      realPart = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
    }
    Files.createDirectories(articlesDir.resolve("_temporary/0/_temporary/attempt_1"));
    // the killed run had claimed the folder first (the marker is written before any table)
    Files.writeString(out2.resolve(org.newsgraph.tables.OutputRoot.MARKER), "{}");
    Files.copy(realPart, articlesDir.resolve("_temporary/0/_temporary/attempt_1/part-99999.snappy.parquet"));
    Files.copy(realPart, articlesDir.resolve("part-99998-stale.snappy.parquet"));
    NewsgraphCli.execute(spark, "ingest", second);
    assertFalse(Files.exists(articlesDir.resolve("_temporary")));
    for (var table : List.of(Tables.ARTICLES, Tables.REJECTS)) {
      Dataset<Row> a = TableWriter.read(spark, table, out.toString());
      Dataset<Row> b = TableWriter.read(spark, table, out2.toString());
      assertEquals(a.count(), b.count(), table.name());
      assertEquals(0, a.exceptAll(b).count(), table.name());
      assertEquals(0, b.exceptAll(a).count(), table.name());
    }
  }
}
