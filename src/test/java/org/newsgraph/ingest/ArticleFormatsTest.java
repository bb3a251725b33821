package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;

/** Each input format from a small file to the articles (and rejects) it gives. */
class ArticleFormatsTest {
  @TempDir
  Path dir;

  /** Articles and rejects of {@code paths} under {@code settings}, keyed by article id / listed. */
  record Result(Map<String, Row> articles, List<Row> rejects, Map<String, Map<String, String>> mappings) {
    Row article(String id) {
      Row r = articles.get(id);
      if (r == null) {
        throw new AssertionError("no article " + id + " among " + articles.keySet() + "; rejects " + rejects);
      }
      return r;
    }

    Map<String, Long> reasons() {
      return new TreeMap<>(rejects.stream().collect(Collectors.groupingBy(
          r -> r.getString(r.fieldIndex("reason")), Collectors.counting())));
    }
  }

  static Result ingest(Map<String, String> settings, Path... paths) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("input.paths", java.util.Arrays.stream(paths).map(Path::toString).collect(Collectors.joining(",")));
    NewsgraphConfig config = NewsgraphConfig.fromMap(all);
    SparkSession spark = SparkTestSession.get();
    ArticleInputs.Read read = ArticleInputs.read(spark, config.ingest().input(), config.ingest().inputPaths());
    Dataset<Row> classified = IngestStages.classifyRecords(read.raw(), config.ingest().maxTextChars()).cache();
    Map<String, Row> articles = IngestStages.toArticles(classified).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("article_id")), r -> r));
    List<Row> rejects = IngestStages.toRejects(classified).collectAsList();
    classified.unpersist();
    return new Result(articles, rejects, read.mappings());
  }

  static String s(Row r, String column) {
    return r.getString(r.fieldIndex(column));
  }

  static Timestamp ts(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  static Timestamp published(Row r) {
    return r.getTimestamp(r.fieldIndex("published_at"));
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static final String LINES = "{\"id\":\"j1\",\"headline\":\"Summit\",\"body\":\"Kim met Putin.\",\"pubDate\":\"Tue, 12 Sep 2023 10:00:00 GMT\"}\n"
      + "{\"id\":\"j2\",\"headline\":\"Trade\",\"body\":\"Tariffs rise.\",\"pubDate\":\"18-Jul-20\"}\n";

  @Test
  void jsonLinesPlainGzipAndBzip2() throws IOException {
    write(dir.resolve("a.jsonl"), LINES);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
      out.write(LINES.replace("j1", "g1").replace("j2", "g2").getBytes(StandardCharsets.UTF_8));
    }
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(dir.resolve("c.json.bz2")))) {
      out.write(LINES.replace("j1", "z1").replace("j2", "z2").getBytes(StandardCharsets.UTF_8));
    }
    Result r = ingest(Map.of(), dir);
    // 3 files x 2 lines, all articles
    assertEquals(6, r.articles().size(), r.rejects().toString());
    for (String id : List.of("j1", "g1", "z1")) {
      assertEquals("Summit", s(r.article(id), "title"));
      assertEquals(ts("2023-09-12T10:00:00Z"), published(r.article(id)));
      assertEquals("metadata", s(r.article(id), "date_source"));
    }
    assertEquals(ts("2020-07-18T00:00:00Z"), published(r.article("z2")));
    // line 2 starts after line 1 and its newline
    assertEquals(2L, r.article("g2").getLong(r.article("g2").fieldIndex("source_line")));
    assertEquals((long) LINES.indexOf('\n') + 1, r.article("g2").getLong(r.article("g2").fieldIndex("source_offset")));
    assertEquals(Map.of("id", "id", "title", "headline", "text", "body", "published", "pubDate"), r.mappings().get("json"));
  }

  @Test
  void jsonArrayFile() throws IOException {
    write(dir.resolve("dump.json"), "[{\"guid\":\"r1\",\"content\":\"One.\",\"timestamp\":1595030400},\n"
        + " {\"guid\":\"r2\",\"content\":\"Two.\",\"timestamp\":\"1595030400000\"}]");
    Result r = ingest(Map.of("input.format", "json"), dir.resolve("dump.json"));
    assertEquals(2, r.articles().size());
    // 1595030400 s = 1595030400000 ms = 2020-07-18T00:00Z
    assertEquals(ts("2020-07-18T00:00:00Z"), published(r.article("r1")));
    assertEquals(ts("2020-07-18T00:00:00Z"), published(r.article("r2")));
  }

  @Test
  void csvWithMultiLineFieldsAndConfiguredColumns() throws IOException {
    write(dir.resolve("news.csv"), "story_id,Headline,story,when,permalink\n"
        + "s1,\"Kim, Putin\",\"First paragraph.\n\nSecond \"\"quoted\"\" paragraph.\",2023-09-12,https://x.test/a\n"
        + "s2,Other,No date here.,,https://x.test/2021/02/03/b\n");
    Result r = ingest(Map.of("input.field.id", "story_id", "input.field.text", "story",
        "input.field.published", "when"), dir);
    assertEquals(2, r.articles().size(), r.rejects().toString());
    assertEquals("First paragraph.\n\nSecond \"quoted\" paragraph.", s(r.article("s1"), "text"));
    assertEquals("Kim, Putin", s(r.article("s1"), "title"));
    assertEquals("https://x.test/a", s(r.article("s1"), "url"));
    assertEquals(ts("2021-02-03T00:00:00Z"), published(r.article("s2")));
    assertEquals("url", s(r.article("s2"), "date_source"));
    // a configured column the header does not have is a config error naming the setting
    ConfigException e = assertThrows(ConfigException.class,
        () -> ingest(Map.of("input.field.text", "bodytext"), dir));
    assertTrue(e.getMessage().contains("input.field.text") && e.getMessage().contains("bodytext"), e.getMessage());
  }

  @Test
  void tsv() throws IOException {
    write(dir.resolve("news.tsv"), "id\ttitle\ttext\tlang\nt1\tA\tTab separated text.\tde\n");
    Result r = ingest(Map.of(), dir);
    assertEquals("Tab separated text.", s(r.article("t1"), "text"));
    assertEquals("de", s(r.article("t1"), "language"));
  }

  @Test
  void parquetWithAnyColumnNames() {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("uid", DataTypes.LongType).add("heading", DataTypes.StringType)
        .add("words", DataTypes.StringType).add("stamp", DataTypes.TimestampType);
    spark.createDataFrame(List.of(
            RowFactory.create(7L, "H1", "Parquet text one.", ts("2023-09-12T08:30:00Z")),
            RowFactory.create(8L, "H2", "Parquet text two.", null)), schema)
        .coalesce(1).write().parquet(dir.resolve("pq").toString());
    Result r = ingest(Map.of("input.field.id", "uid", "input.field.text", "words", "input.field.published", "stamp"),
        dir.resolve("pq"));
    assertEquals(2, r.articles().size(), r.rejects().toString());
    assertEquals("H1", s(r.article("7"), "title"));
    assertEquals(ts("2023-09-12T08:30:00Z"), published(r.article("7")));
    assertEquals(1L, r.article("8").getLong(r.article("8").fieldIndex("source_offset")));
    assertEquals("none", s(r.article("8"), "date_source"));
  }

  @Test
  void folderOfTextFilesWithSidecarManifestAndPathDates() throws IOException {
    Path day = dir.resolve("texts/2023/09/12");
    write(day.resolve("a1.txt"), "Summit in the east\nKim Jong Un arrived in Russia.\n");
    write(day.resolve("a1.json"), "{\"source\":\"Wire\",\"published\":\"2023-09-13T10:00:00Z\",\"link\":\"https://x.test/a1\"}");
    write(day.resolve("b2.txt"), "Headline B\nText of b2.\n");
    write(day.resolve("manifest.csv"), "file,source,url\nb2.txt,Daily,https://x.test/b2\na1.txt,Ignored,\n");
    write(dir.resolve("texts/2022/misc/c3.txt"), "Undated headline\nTOKYO, Sept 14 (Reuters) - Japan said.\n");
    Result r = ingest(Map.of("input.text.title_first_line", "true"), dir.resolve("texts"));
    assertEquals(3, r.articles().size(), r.rejects().toString());
    Row a1 = r.article("a1");
    assertEquals("Summit in the east", s(a1, "title"));
    assertEquals("Kim Jong Un arrived in Russia.\n", s(a1, "text"));
    // the sidecar wins over the manifest
    assertEquals("Wire", s(a1, "source"));
    assertEquals(ts("2023-09-13T10:00:00Z"), published(a1));
    Row b2 = r.article("b2");
    assertEquals("Daily", s(b2, "source"));
    assertEquals("https://x.test/b2", s(b2, "url"));
    assertEquals(ts("2023-09-12T00:00:00Z"), published(b2));
    assertEquals("path", s(b2, "date_source"));
    // the dateline has no year; the path's 2022 gives it
    Row c3 = r.article("c3");
    assertEquals(ts("2022-09-14T00:00:00Z"), published(c3));
    assertEquals("text", s(c3, "date_source"));
  }

  /** A small WARC.gz as Common Crawl News writes them, made with jwarc. */
  static void writeWarc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(new Warcinfo.Builder().filename(file.getFileName().toString())
          .fields(Map.of("software", List.of("newsgraph test"))).build());
      w.write(page("https://news.example.test/world/kim", "2023-09-14T00:00:00Z",
          "<html lang='en'><head><title>Kim in Russia</title>"
              + "<meta property='article:published_time' content='2023-09-12T10:00:00+02:00'></head>"
              + "<body><nav>Home World</nav><article><p>Kim Jong Un arrived in Russia.</p>"
              + "<p>Putin greeted him.</p></article><footer>(c) News</footer></body></html>", "text/html; charset=utf-8"));
      w.write(page("https://news.example.test/x/ld", "2023-09-14T00:00:00Z",
          "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-10\"}"
              + "</script></head><body><div><p>Only JSON-LD gives the date of this one.</p></div></body></html>",
          "text/html"));
      w.write(page("https://news.example.test/x/nodate", "2023-09-14T06:00:00Z",
          "<html><body><p>No date in the page: the WARC date it is.</p></body></html>", "text/html"));
      w.write(page("https://news.example.test/logo.png", "2023-09-14T00:00:00Z", "\u0089PNG not html", "image/png"));
      w.write(new WarcRequest.Builder(URI.create("https://news.example.test/world/kim"))
          .date(Instant.parse("2023-09-14T00:00:00Z"))
          .body(new HttpRequest.Builder("GET", "/world/kim").build()).build());
    }
  }

  static WarcResponse page(String url, String warcDate, String body, String type) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(warcDate)).body(http).build();
  }

  @Test
  void warcResponsesOfHtml() throws IOException {
    Path warc = dir.resolve("CC-NEWS-test.warc.gz");
    writeWarc(warc);
    Result r = ingest(Map.of(), warc);
    assertEquals(3, r.articles().size(), r.rejects().toString());
    Row kim = r.article("https://news.example.test/world/kim");
    assertEquals("Kim Jong Un arrived in Russia.\n\nPutin greeted him.", s(kim, "text"));
    assertEquals("Kim in Russia", s(kim, "title"));
    // 10:00 at +02:00 = 08:00 UTC, from article:published_time rather than the WARC-Date
    assertEquals(ts("2023-09-12T08:00:00Z"), published(kim));
    assertEquals("en", s(kim, "language"));
    assertEquals("news.example.test", s(kim, "source"));
    assertEquals(ts("2023-09-10T00:00:00Z"), published(r.article("https://news.example.test/x/ld")));
    assertEquals(ts("2023-09-14T06:00:00Z"), published(r.article("https://news.example.test/x/nodate")));
    // the PNG response and the request record are rejects; the warcinfo header is no record
    assertEquals(Map.of("not_html", 1L, "not_a_response", 1L), r.reasons());
    assertTrue(r.rejects().stream().allMatch(x -> x.getLong(x.fieldIndex("source_offset")) > 0));
  }
}
