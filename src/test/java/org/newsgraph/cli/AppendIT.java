package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Nightly increments: the bundled sample split into three "days" (line i goes to day i mod 3, so
 * every day has articles of every year, copies whose earliest version comes on a later day, and
 * malformed records), one run over the first day and two appending runs give tables equal, row for
 * row, to one run over the three days; the third night finds articles and counts of older table
 * layouts, writes the articles whole (counting the stored articles' sentences) and counts every
 * period again.
 */
class AppendIT {
  static final Path ROOT = Path.of("target/it-out/append").toAbsolutePath();
  static final Path SAMPLE = Path.of("src/main/resources/sample/articles.jsonl").toAbsolutePath();
  static final List<TableSchema> COMPARED = List.of(Tables.ARTICLES, Tables.REJECTS, Tables.MENTIONS,
      Tables.ARTICLE_ENTITIES, Tables.ENTITIES, Tables.ENTITY_COUNTS, Tables.COOCCURRENCE, Tables.PERIODS,
      Tables.TRENDS);
  static SparkSession spark;
  static List<Path> days = new ArrayList<>();

  @BeforeAll
  static void split() throws IOException {
    spark = SparkTestSession.get();
    ClusterIT.deleteRecursively(ROOT);
    Path in = Files.createDirectories(ROOT.resolve("in"));
    List<StringBuilder> parts = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      parts.get(i % 3).append(lines.get(i)).append('\n');
    }
    for (int d = 0; d < 3; d++) {
      Path f = in.resolve("day" + (d + 1) + ".jsonl");
      Files.writeString(f, parts.get(d), StandardCharsets.UTF_8);
      days.add(f);
    }
  }

  static NewsgraphConfig config(String inputs, Path out, boolean append) {
    Map<String, String> m = new HashMap<>(Map.of("input.paths", inputs, "output.dir", out.toString(),
        "output.append", String.valueOf(append)));
    return NewsgraphConfig.fromMap(m);
  }

  static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(Files.readString(out.resolve("_manifest.json")));
  }

  /** Removes schema_version from the manifest entry of entity_counts, as a build of layout 1 wrote it. */
  static void markCountsOfLayoutOne(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode m = json.readTree(Files.readString(out.resolve("_manifest.json")));
    ((com.fasterxml.jackson.databind.node.ObjectNode) m.path("tables").path("entity_counts")).remove("schema_version");
    Files.writeString(out.resolve("_manifest.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(m));
  }

  /**
   * Makes the stored articles look written by a build of layout 4: a new Delta version without
   * n_sentences, named in the manifest with schema_version 4 (run id and lineage unchanged).
   */
  static void markArticlesOfLayoutFour(Path out) throws IOException {
    String path = out.resolve("articles").toString();
    spark.read().format("delta").load(path).drop("n_sentences").write().format("delta")
        .mode(org.apache.spark.sql.SaveMode.Overwrite).option("overwriteSchema", "true").save(path);
    long version = io.delta.tables.DeltaTable.forPath(spark, path).history(1).select("version").head().getLong(0);
    ObjectMapper json = new ObjectMapper();
    JsonNode m = json.readTree(Files.readString(out.resolve("_manifest.json")));
    var entry = (com.fasterxml.jackson.databind.node.ObjectNode) m.path("tables").path("articles");
    entry.put("version", version);
    entry.put("schema_version", 4);
    Files.writeString(out.resolve("_manifest.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(m));
  }

  @Test
  void threeAppendingRunsEqualOneRunOverAllDays() throws IOException {
    Path whole = ROOT.resolve("whole");
    Path nightly = ROOT.resolve("nightly");
    NewsgraphCli.execute(spark, "run", config(days.get(0) + "," + days.get(1) + "," + days.get(2), whole, false));
    long read = 0;
    long articles = 0;
    long rejects = 0;
    for (int d = 0; d < 3; d++) {
      if (d == 2) {
        // before the third night the stored counts look written by a build of layout 1: that night
        // must count every period again (and still end equal to the one run)
        markCountsOfLayoutOne(nightly);
        markArticlesOfLayoutFour(nightly);
        // a stage command cannot count articles of the older layout: it names the stage to rerun
        ConfigException stale = assertThrows(ConfigException.class,
            () -> NewsgraphCli.execute(spark, "cooccur", config(days.get(2).toString(), nightly, true)));
        assertTrue(stale.getMessage().contains("'articles'") && stale.getMessage().contains("no column n_sentences")
            && stale.getMessage().contains("rerun `ingest`"), stale.getMessage());
      }
      // the first night appends to an output without tables: a full run
      NewsgraphCli.execute(spark, "run", config(days.get(d).toString(), nightly, true));
      JsonNode ingest = manifest(nightly).path("stages").path("ingest").path("counts");
      assertEquals(d > 0, ingest.path("appended").asBoolean(), "night " + (d + 1));
      assertTrue(manifest(nightly).path("reconciliation").path("balanced").asBoolean(), "night " + (d + 1));
      read += ingest.path("records_read").asLong();
      articles += ingest.path("articles").asLong();
      rejects += ingest.path("rejects").asLong();
      JsonNode cooccur = manifest(nightly).path("stages").path("cooccur").path("counts");
      assertEquals(d == 1, cooccur.path("appended").asBoolean(), "night " + (d + 1) + ": " + cooccur);
      if (d == 2) {
        assertTrue(ingest.path("note").asText().contains("articles have table schema version 4, this build writes "
            + Tables.SCHEMA_VERSION), ingest.toString());
        JsonNode annotate = manifest(nightly).path("stages").path("annotate").path("counts");
        assertTrue(annotate.path("note").asText().contains("ingest replaced the articles"), annotate.toString());
        assertTrue(cooccur.path("note").asText().contains("entity_counts have table schema version 1, this build writes "
            + Tables.SCHEMA_VERSION), cooccur.toString());
      }
      assertEquals(Tables.SCHEMA_VERSION, manifest(nightly).path("schema_version").asInt());
      assertEquals(Tables.SCHEMA_VERSION,
          manifest(nightly).path("tables").path("entity_counts").path("schema_version").asInt());
    }
    // every record of the three nights is an article or a reject, as in the one run
    JsonNode all = manifest(whole).path("stages").path("ingest").path("counts");
    assertEquals(all.path("records_read").asLong(), read);
    assertEquals(all.path("articles").asLong(), articles);
    assertEquals(all.path("rejects").asLong(), rejects);
    assertEquals(all.path("articles").asLong(),
        manifest(nightly).path("stages").path("ingest").path("counts").path("articles_stored").asLong());

    for (TableSchema t : COMPARED) {
      Dataset<Row> a = TableWriter.read(spark, t, whole.toString());
      Dataset<Row> b = TableWriter.read(spark, t, nightly.toString());
      assertTrue(a.count() > 0, t.name() + " is empty: the comparison would prove nothing");
      assertEquals(0, a.exceptAll(b).count(), t.name() + ": rows of the one run missing after the appends");
      assertEquals(0, b.exceptAll(a).count(), t.name() + ": rows after the appends not in the one run");
    }
  }
}
