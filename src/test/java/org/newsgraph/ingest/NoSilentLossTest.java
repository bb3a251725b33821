package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SparkTestSession;
import org.newsgraph.cli.NewsgraphCli;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * Issue 21, no silent loss in the readers: inputs that used to lose records, crash or hang, each
 * through the ingest command. Every test checks the manifest's records_read = articles + rejects
 * and the exact rejects (file, line, reason), with the expected numbers worked out beside them.
 */
class NoSilentLossTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  /** One ingest run: articles by id, rejects as "file:line reason" sorted, the manifest's counts. */
  record Run(Map<String, Row> articles, List<String> rejects, List<Row> rejectRows, JsonNode counts) {
    Row article(String id) {
      Row r = articles.get(id);
      if (r == null) {
        throw new AssertionError("no article " + id + " among " + articles.keySet() + "; rejects " + rejects);
      }
      return r;
    }
  }

  static Run ingest(Path out, Path... inputs) throws IOException {
    NewsgraphConfig config = NewsgraphConfig.fromMap(Map.of(
        "input.paths", Arrays.stream(inputs).map(Path::toString).collect(Collectors.joining(",")),
        "output.dir", out.toString()));
    SparkSession spark = SparkTestSession.get();
    NewsgraphCli.execute(spark, "ingest", config);
    Map<String, Row> articles = new TreeMap<>();
    for (Row r : TableWriter.read(spark, Tables.ARTICLES, out.toString()).collectAsList()) {
      articles.put(r.getString(r.fieldIndex("article_id")), r);
    }
    List<Row> rejectRows = TableWriter.read(spark, Tables.REJECTS, out.toString()).collectAsList();
    List<String> rejects = rejectRows.stream().map(r -> {
      String file = r.getString(r.fieldIndex("source_file"));
      Object line = r.get(r.fieldIndex("source_line"));
      return file.substring(file.lastIndexOf('/') + 1) + ":" + line + " " + r.getString(r.fieldIndex("reason"));
    }).sorted().toList();
    JsonNode counts = new ObjectMapper().readTree(Files.readString(out.resolve("_manifest.json")))
        .path("stages").path("ingest").path("counts");
    assertEquals(counts.path("records_read").asLong(), counts.path("articles").asLong()
        + counts.path("rejects").asLong(), "records_read = articles + rejects: " + counts);
    assertEquals(articles.size(), counts.path("articles").asLong());
    assertEquals(rejects.size(), counts.path("rejects").asLong());
    return new Run(articles, rejects, rejectRows, counts);
  }

  static String json(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String s(Row r, String column) {
    return r.getString(r.fieldIndex(column));
  }

  static long n(Row r, String column) {
    return r.getLong(r.fieldIndex(column));
  }

  @Test
  void aJsonArrayIsOnlyAFileThatIsOneArrayAsAWhole() throws IOException {
    Path in = dir.resolve("in");
    // JSON Lines by name, line 1 an array: a reject, lines 2 and 3 articles
    write(in.resolve("a.jsonl"), "[" + json("a1", "In an array on a line.") + "]\n"
        + json("a2", "Second line.") + "\n" + json("a3", "Third line.") + "\n");
    // line 1 nested 1,500 deep, over Jackson's 1,000: a reject; line 2 an article
    write(in.resolve("deep.jsonl"), "[".repeat(1500) + "]".repeat(1500) + "\n" + json("d2", "After the deep line.") + "\n");
    // a .json file whose first line is a whole array with more lines after it: JSON Lines
    write(in.resolve("lines.json"), "[" + json("m1", "Mixed one.") + "]\n" + json("m2", "Mixed two.") + "\n");
    // whole-file arrays: pretty-printed over lines, and on one line
    write(in.resolve("pretty.json"), "[\n  " + json("p1", "Pretty one.") + ",\n  " + json("p2", "Pretty two.") + "\n]\n");
    write(in.resolve("oneline.json"), "[" + json("o1", "One.") + "," + json("o2", "Two.") + "]\n");
    // a multi-line array with a line after it: the line after is read too, as line 4
    write(in.resolve("tail.json"), "[\n" + json("t1", "Tail one.") + "\n]\n" + json("t2", "After the array.") + "\n");

    Run r = ingest(dir.resolve("out"), in);
    // articles: a2 a3 | d2 | m2 | p1 p2 | o1 o2 | t1 t2 = 10; rejects: one per file with an array line = 3
    assertEquals(List.of("a2", "a3", "d2", "m2", "o1", "o2", "p1", "p2", "t1", "t2"),
        List.copyOf(r.articles().keySet()), r.rejects().toString());
    assertEquals(List.of("a.jsonl:1 malformed_json", "deep.jsonl:1 malformed_json", "lines.json:1 malformed_json"),
        r.rejects());
    assertEquals(13, r.counts().path("records_read").asLong());
    assertEquals(4, n(r.article("t2"), "source_line"));
    for (Row reject : r.rejectRows()) {
      String detail = s(reject, "detail");
      assertTrue(s(reject, "source_file").endsWith("deep.jsonl")
          ? detail.contains("depth") : detail.contains("a JSON array, not an object"), detail);
    }
  }

  @Test
  void objectsSharingALineAndLoneCarriageReturnsAreRecordsEach() throws IOException {
    Path in = dir.resolve("in");
    String s1 = json("s1", "One.");
    write(in.resolve("two.jsonl"), s1 + " " + json("s2", "Two.") + "\n"
        + json("s3", "Three.") + json("s4", "Four.") + "\n"
        + json("s5", "Five.") + " trailing words\n");
    String c1 = json("c1", "Mac one.");
    String c2 = json("c2", "Mac two.");
    write(in.resolve("mac.jsonl"), c1 + "\r" + c2 + "\r" + json("c3", "Mac three."));
    write(in.resolve("dos.jsonl"), json("w1", "Dos one.") + "\r\n" + json("w2", "Dos two.") + "\r\n");
    write(in.resolve("mac.csv"), "id,text\rk1,Mac row one\rk2,Mac row two\r");

    Run r = ingest(dir.resolve("out"), in);
    // s1..s5 = 5, c1..c3 = 3, w1 w2 = 2, k1 k2 = 2: 12 articles; "trailing words" after s5: 1 reject
    assertEquals(12, r.articles().size(), r.articles().keySet() + " " + r.rejects());
    assertEquals(List.of("two.jsonl:3 malformed_json"), r.rejects());
    assertEquals(13, r.counts().path("records_read").asLong());
    // s2 starts after s1 and one space, on line 1
    assertEquals(s1.length() + 1, n(r.article("s2"), "source_offset"));
    assertEquals(1, n(r.article("s2"), "source_line"));
    assertEquals(2, n(r.article("s4"), "source_line"));
    // c3 is line 3, after two lines and their one-byte line ends
    assertEquals(3, n(r.article("c3"), "source_line"));
    assertEquals(c1.length() + 1 + c2.length() + 1, n(r.article("c3"), "source_offset"));
    assertEquals("Mac three.", s(r.article("c3"), "text"));
    assertEquals(2, n(r.article("w2"), "source_line"));
    assertEquals("Dos two.", s(r.article("w2"), "text"));
    assertEquals("Mac row two", s(r.article("k2"), "text"));
    // the reject keeps the part of line 3 that is not JSON
    assertTrue(s(r.rejectRows().get(0), "raw").startsWith("trailing"), s(r.rejectRows().get(0), "raw"));
  }

  @Test
  void fileNamesWithColonsBracketsAndBracesAreRead() throws IOException {
    Path names = dir.resolve("names");
    List<String> files = List.of("2023-09-13T10:00:00.jsonl", "a[1].jsonl", "{x}.jsonl", "star*.jsonl", "q?.jsonl",
        "pct%20 space.jsonl");
    for (int i = 0; i < files.size(); i++) {
      write(names.resolve(files.get(i)), json("n" + i, "Article from " + files.get(i) + ".") + "\n");
    }
    write(names.resolve("colon:in.txt"), "A text file with a colon in its name.");
    // a Parquet file named like a glob: Spark must take its name literally too
    SparkSession spark = SparkTestSession.get();
    spark.createDataFrame(List.of(RowFactory.create("pq1", "A Parquet row.")),
            new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType))
        .coalesce(1).write().parquet(dir.resolve("pq").toString());
    try (Stream<Path> parts = Files.list(dir.resolve("pq"))) {
      Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, names.resolve("p[1]{a,b}.parquet"));
    }

    // the folder: 6 JSON Lines files with one record each, 1 text file, 1 Parquet row = 8 articles
    Run folder = ingest(dir.resolve("out1"), names);
    assertEquals(List.of("colon:in", "n0", "n1", "n2", "n3", "n4", "n5", "pq1"),
        List.copyOf(folder.articles().keySet()), folder.rejectRows().toString());
    assertEquals(List.of(), folder.rejects());
    assertTrue(s(folder.article("n1"), "source_file").endsWith("/names/a[1].jsonl"));

    // named one by one: a glob (2023-*) and two literal names that are not valid or matching globs
    Run named = ingest(dir.resolve("out2"), names.resolve("2023-*.jsonl"), names.resolve("a[1].jsonl"),
        names.resolve("{x}.jsonl"));
    assertEquals(List.of("n0", "n1", "n2"), List.copyOf(named.articles().keySet()));
    assertEquals(List.of(), named.rejects());
  }

  static Path fifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
    return path;
  }

  @Test
  void aPipeIsRefusedAtStartOrRejectedUnopenedInAFolder() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.jsonl"));
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> assertThrows(ConfigException.class, () -> ingest(dir.resolve("out1"), pipe)));
    assertTrue(e.getMessage().contains("input.paths") && e.getMessage().contains(pipe.toString())
        && e.getMessage().contains("pipe"), e.getMessage());

    Path folder = dir.resolve("withpipe");
    write(folder.resolve("ok.jsonl"), json("ok", "Beside a pipe.") + "\n");
    fifo(folder.resolve("stream.jsonl"));
    // ok.jsonl: 1 article; the pipe: 1 unreadable_file reject, never opened (no line)
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ingest(dir.resolve("out2"), folder));
    assertEquals(List.of("ok"), List.copyOf(r.articles().keySet()));
    assertEquals(List.of("stream.jsonl:null unreadable_file"), r.rejects());
    assertTrue(s(r.rejectRows().get(0), "detail").contains("pipe"), s(r.rejectRows().get(0), "detail"));
  }

  @Test
  void symbolicLinkLoopsAreReadOnceAndDanglingLinksAreRejects() throws IOException {
    Path texts = dir.resolve("texts");
    write(texts.resolve("a.txt"), "Article A.");
    write(texts.resolve("sub/b.txt"), "Article B.");
    Files.createSymbolicLink(texts.resolve("sub/up"), Path.of(".."));       // back to texts: a loop
    Files.createSymbolicLink(texts.resolve("sub/self"), Path.of("."));      // sub itself
    Files.createSymbolicLink(texts.resolve("link-a.txt"), Path.of("a.txt")); // a second path to a.txt
    Files.createSymbolicLink(texts.resolve("gone.txt"), Path.of("missing.txt"));
    Files.createSymbolicLink(texts.resolve("loop1.txt"), Path.of("loop2.txt"));
    Files.createSymbolicLink(texts.resolve("loop2.txt"), Path.of("loop1.txt"));

    Run r = ingest(dir.resolve("out"), texts);
    // a.txt and sub/b.txt once each (link-a.txt, up and self reach them again): 2 articles;
    // gone.txt dangles, loop1/loop2 point at each other: 3 rejects; 5 records
    assertEquals(List.of("a", "b"), List.copyOf(r.articles().keySet()), r.rejects().toString());
    assertTrue(s(r.article("a"), "source_file").endsWith("/texts/a.txt"));
    assertEquals(List.of("gone.txt:null unreadable_file", "loop1.txt:null unreadable_file",
        "loop2.txt:null unreadable_file"), r.rejects());
    assertEquals(5, r.counts().path("records_read").asLong());
    for (Row reject : r.rejectRows()) {
      assertTrue(s(reject, "detail").contains("symbolic link"), s(reject, "detail"));
    }
  }

  @Test
  void byteOrderMarksBlankLinesCutLinesAndBadBytesAreEachAccountedFor() throws IOException {
    Path in = dir.resolve("in");
    ByteArrayOutputStream misc = new ByteArrayOutputStream();
    misc.write(BOM);
    misc.write((json("b1", "After a BOM.") + "\n\n   \t\n").getBytes(StandardCharsets.UTF_8));
    misc.write("{\"id\":\"u1\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    misc.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    misc.write(("\"}\n" + json("e1", "No line end after me.")).getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(in);
    Files.write(in.resolve("misc.jsonl"), misc.toByteArray());
    write(in.resolve("cut.jsonl"), json("k1", "Whole.") + "\n{\"id\":\"k2\",\"text\":\"Cut of");
    write(in.resolve("blank.jsonl"), "\n\n  \n\r\n");
    Files.write(in.resolve("bom.txt"), concat(BOM, "Text after a BOM."));
    Files.write(in.resolve("bom.csv"), concat(BOM, "id,text\nv1,Row after a BOM.\n"));
    Files.write(in.resolve("bomarray.json"), concat(BOM, "[" + json("r1", "Array after a BOM.") + "]"));

    Run r = ingest(dir.resolve("out"), in);
    // misc: b1 and e1 articles, lines 2 and 3 blank (no records), line 4 C3 28 is not UTF-8;
    // cut: k1, then k2 breaks off; blank.jsonl: no records; bom.txt, v1, r1: articles
    assertEquals(List.of("b1", "bom", "e1", "k1", "r1", "v1"), List.copyOf(r.articles().keySet()),
        r.rejects().toString());
    assertEquals(List.of("cut.jsonl:2 malformed_json", "misc.jsonl:4 undecodable_bytes"), r.rejects());
    assertEquals(8, r.counts().path("records_read").asLong());
    assertEquals("After a BOM.", s(r.article("b1"), "text"));
    assertEquals(3, n(r.article("b1"), "source_offset")); // after the 3 BOM bytes
    assertEquals("Text after a BOM.", s(r.article("bom"), "text"));
    assertEquals("No line end after me.", s(r.article("e1"), "text"));
    assertEquals(5, n(r.article("e1"), "source_line"));
  }

  static byte[] concat(byte[] head, String text) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(head, head.length + t.length);
    System.arraycopy(t, 0, out, head.length, t.length);
    return out;
  }
}
