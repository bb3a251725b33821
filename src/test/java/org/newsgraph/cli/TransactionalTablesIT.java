package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.TableWriter;
import org.newsgraph.tables.Tables;

/**
 * The tables as a transaction: a killed rerun leaves the previous snapshot readable and the next
 * rerun completes; a finished run leaves table folders that plain Parquet readers read as the
 * current version; a stage command refuses tables made from another run's inputs.
 */
class TransactionalTablesIT {
  static final Path ROOT = Path.of("target/it-out/transactional").toAbsolutePath();
  static final String SMALL = Path.of("src/test/resources/fixtures/it-articles.jsonl").toAbsolutePath().toString();
  static final String NIGHT = Path.of("src/test/resources/fixtures/nlp-articles.jsonl").toAbsolutePath().toString();
  static final String LARGER = SMALL + "," + NIGHT;
  static SparkSession spark;

  @BeforeAll
  static void clean() throws IOException {
    spark = SparkTestSession.get();
    ClusterIT.deleteRecursively(ROOT);
    Files.createDirectories(ROOT);
  }

  static NewsgraphConfig config(String inputs, Path out, String... more) {
    Map<String, String> m = new HashMap<>(Map.of("input.paths", inputs, "output.dir", out.toString(),
        "cooccur.granularities", "month,all", "nlp.dates.enabled", "false"));
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return NewsgraphConfig.fromMap(m);
  }

  static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(Files.readString(out.resolve("_manifest.json")));
  }

  static Map<String, Long> counts(Path out) {
    Map<String, Long> c = new HashMap<>();
    for (TableSchema t : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ENTITY_COUNTS, Tables.COOCCURRENCE,
        Tables.TRENDS)) {
      c.put(t.name(), TableWriter.read(spark, t, out.toString()).count());
    }
    return c;
  }

  @Test
  void aKilledRerunLeavesThePreviousSnapshotAndTheNextRerunCompletes() throws Exception {
    Path out = ROOT.resolve("killed");
    NewsgraphCli.execute(spark, "run", config(SMALL, out));
    String firstRun = manifest(out).path("run_id").asText();
    Map<String, Long> before = counts(out);

    // the rerun over more articles, in its own JVM, killed (-9) once its annotate committed mentions
    Path committed = out.resolve("mentions/_delta_log/00000000000000000001.json");
    Process p = launcher("run", "--input", LARGER.replace(",", " "), "--output", out.toString(),
        "--set", "cooccur.granularities=month,all", "--set", "nlp.dates.enabled=false");
    killOnceCommitted(p, committed);

    // new versions were committed, but no manifest names them: readers see the first run
    assertTrue(Files.exists(committed));
    assertEquals(firstRun, manifest(out).path("run_id").asText());
    assertEquals(before, counts(out));

    // the killed run's lock is stale: refused until the rerun is told to take it over
    RuntimeException locked = assertThrows(RuntimeException.class,
        () -> NewsgraphCli.execute(spark, "run", config(LARGER, out)));
    assertTrue(locked.getMessage().contains("stale"), locked.getMessage());
    NewsgraphCli.execute(spark, "run", config(LARGER, out, "output.break_stale_lock", "true"));
    assertNotEquals(firstRun, manifest(out).path("run_id").asText());
    assertSameTablesAsOneRun(out, LARGER, ROOT.resolve("fresh"));
    assertTrue(counts(out).get("articles") > before.get("articles"), "the rerun read more articles");
    // the killed run's files (committed or not) are gone too
    assertPlainParquetIsTheSnapshot(out);
  }

  @Test
  void aKilledAppendLeavesThePreviousSnapshotAndTheRetriedAppendAddsTheNightOnce() throws Exception {
    Path out = ROOT.resolve("killed-append");
    NewsgraphCli.execute(spark, "run", config(SMALL, out));
    String firstRun = manifest(out).path("run_id").asText();
    Map<String, Long> before = counts(out);

    // the night (the second fixture) appended in its own JVM, killed (-9) in the middle of cooccur:
    // articles merged, mentions appended and entity_counts' folders replaced, the rest not yet
    Path committed = out.resolve("entity_counts/_delta_log/00000000000000000001.json");
    Process p = launcher("run", "--append", "--input", NIGHT, "--output", out.toString(),
        "--set", "cooccur.granularities=month,all", "--set", "nlp.dates.enabled=false");
    killOnceCommitted(p, committed);
    assertTrue(Files.exists(out.resolve("articles/_delta_log/00000000000000000001.json")), "articles were merged");
    assertEquals(firstRun, manifest(out).path("run_id").asText());
    assertEquals(before, counts(out));

    // the retry starts from the snapshot's versions (not from the killed run's commits), so the
    // night's articles are added once, and the tables equal one run over both inputs
    NewsgraphCli.execute(spark, "run", config(NIGHT, out, "output.append", "true", "output.break_stale_lock", "true"));
    JsonNode stages = manifest(out).path("stages");
    assertTrue(stages.path("cooccur").path("counts").path("appended").asBoolean(), stages.toString());
    assertEquals(0, stages.path("ingest").path("counts").path("already_stored_ids").asLong(), stages.toString());
    assertSameTablesAsOneRun(out, LARGER, ROOT.resolve("append-once"));
    assertPlainParquetIsTheSnapshot(out);
  }

  @Test
  void afterAFinishedRunAPlainParquetReaderReadsExactlyTheCurrentVersion() throws IOException {
    Path out = ROOT.resolve("plain");
    NewsgraphCli.execute(spark, "run", config(LARGER, out));
    // what a failed task attempt leaves: a data file no version references, in a partition folder
    Path folder;
    try (Stream<Path> dirs = Files.list(out.resolve("entity_counts"))) {
      folder = dirs.filter(d -> d.getFileName().toString().startsWith("granularity=")).findFirst().orElseThrow();
    }
    Files.write(folder.resolve("part-99999-orphan.c000.snappy.parquet"), new byte[] {1, 2, 3});
    NewsgraphCli.execute(spark, "run", config(SMALL, out));
    assertPlainParquetIsTheSnapshot(out);
    // an appending run (merged articles, replaced partition folders) leaves the same
    NewsgraphCli.execute(spark, "run", config(NIGHT, out, "output.append", "true"));
    assertPlainParquetIsTheSnapshot(out);
  }

  /**
   * Every table of the manifest read as plain Parquet files from its folder equals the snapshot's
   * version (rows both ways, and the manifest's row count); no checksum files, no Parquet in the log.
   */
  static void assertPlainParquetIsTheSnapshot(Path out) throws IOException {
    JsonNode tables = manifest(out).path("tables");
    for (TableSchema t : Tables.ALL) {
      if (!tables.has(t.name())) {
        continue;
      }
      Dataset<Row> snapshot = TableWriter.read(spark, t, out.toString());
      Dataset<Row> plain = spark.read().schema(t.schema()).parquet(out.resolve(t.name()).toString())
          .select(Stream.of(snapshot.columns()).map(org.apache.spark.sql.functions::col)
              .toArray(org.apache.spark.sql.Column[]::new));
      assertEquals(0, snapshot.exceptAll(plain).count(), t.name());
      assertEquals(0, plain.exceptAll(snapshot).count(), t.name());
      assertEquals(tables.path(t.name()).path("rows").asLong(), plain.count(), t.name() + " rows in the manifest");
      try (Stream<Path> files = Files.walk(out.resolve(t.name()))) {
        List<String> stray = files.map(Path::toString)
            .filter(f -> f.endsWith(".crc") && !f.contains("_delta_log") || f.contains("_delta_log") && f.endsWith(".parquet"))
            .toList();
        assertEquals(List.of(), stray, t.name() + ": no checksum files beside the data, no Parquet checkpoints in the log");
      }
    }
  }

  @Test
  void keepingVersionsLetsAnEarlierRunBeReadByItsVersion() throws IOException {
    Path out = ROOT.resolve("retained");
    NewsgraphCli.execute(spark, "run", config(LARGER, out, "output.retain_hours", "24"));
    long firstVersion = manifest(out).path("tables").path("articles").path("version").asLong();
    long firstArticles = TableWriter.read(spark, Tables.ARTICLES, out.toString()).count();
    NewsgraphCli.execute(spark, "run", config(SMALL, out, "output.retain_hours", "24"));
    long older = spark.read().format("delta").option("versionAsOf", firstVersion)
        .load(out.resolve("articles").toString()).count();
    assertEquals(firstArticles, older);
    assertTrue(TableWriter.read(spark, Tables.ARTICLES, out.toString()).count() < older);
  }

  @Test
  void cooccurRefusesMentionsMadeFromTheArticlesOfAnotherRun() {
    Path out = ROOT.resolve("stale");
    NewsgraphCli.execute(spark, "ingest", config(SMALL, out));
    NewsgraphCli.execute(spark, "annotate", config(SMALL, out));
    NewsgraphCli.execute(spark, "cooccur", config(SMALL, out));
    NewsgraphCli.execute(spark, "ingest", config(LARGER, out));
    ConfigException e = assertThrows(ConfigException.class,
        () -> NewsgraphCli.execute(spark, "cooccur", config(LARGER, out)));
    assertTrue(e.getMessage().contains("rerun `annotate`"), e.getMessage());
    // after annotate, cooccur counts the new articles
    NewsgraphCli.execute(spark, "annotate", config(LARGER, out));
    NewsgraphCli.execute(spark, "cooccur", config(LARGER, out));
    assertFalse(TableWriter.read(spark, Tables.COOCCURRENCE, out.toString()).isEmpty());
  }

  /** Waits (5 minutes at most) until {@code committed} exists, then kills -9 the process and its children. */
  static void killOnceCommitted(Process p, Path committed) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!Files.exists(committed) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(log()));
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly().waitFor();
  }

  /** Every table of {@code out} equals (EXCEPT ALL both ways) that of one run over {@code inputs} into {@code fresh}. */
  static void assertSameTablesAsOneRun(Path out, String inputs, Path fresh) {
    NewsgraphCli.execute(spark, "run", config(inputs, fresh));
    for (TableSchema t : Tables.ALL) {
      if (!Files.isDirectory(fresh.resolve(t.name()))) {
        continue; // an optional stage, off here
      }
      Dataset<Row> a = TableWriter.read(spark, t, out.toString());
      Dataset<Row> b = TableWriter.read(spark, t, fresh.toString());
      assertEquals(0, a.exceptAll(b).count(), t.name());
      assertEquals(0, b.exceptAll(a).count(), t.name());
    }
  }

  static Path log() {
    return ROOT.resolve("killed-rerun.log");
  }

  /** {@code jobs/newsgraph ARGS} in its own process, output to {@link #log()}. */
  static Process launcher(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("jobs/newsgraph"));
    for (String a : args) {
      cmd.addAll(List.of(a.split(" ")));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log().toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

}
