package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SparkTestSession;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.config.Settings;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Node;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.Tables;

/**
 * The Spark part of the export on a hand-made run (a few rows per table, written as a run writes
 * them, manifest included): which rows make the network of a period and unit, where n_a comes from,
 * and the country of a leader in the period, at its boundary.
 */
class ExportJobTest {
  @TempDir
  static Path dir;
  static String root;

  private static final Date SEPT = Date.valueOf("2023-09-01");
  private static final Date OCT = Date.valueOf("2023-10-01");

  private static Row pair(String unit, String period, Date start, String a, String b, String typeA, String typeB,
                          long nab, boolean significant) {
    // n_sources is n_ab - 1 (so it differs from it); n_a, n_b, n and the measures are not what this
    // test is about: fixed values
    return RowFactory.create(unit, period, start, a, b, typeA, typeB, a + " name", b + " name", nab, nab - 1, 5L, 4L, 10L,
        0.5, 0.25, significant ? 12.0 : 1.0, 1.5, 0.3, significant, "month", period);
  }

  private static Row count(String unit, String period, Date start, String id, String type, long na) {
    // n_sources: one less than n_a
    return RowFactory.create(unit, period, start, id, type, id + " name", na, na - 1, 10L, na / 10.0, "month", period);
  }

  private static Row mention(String article, String at, String leader, String country) {
    return RowFactory.create(article, Timestamp.from(Instant.parse(at)), "text", 0, 0, 4, "Name", "Name ...", leader,
        "leader", leader + " name", "alias", country, true, 1.0);
  }

  private static Row entity(String id, String name) {
    return RowFactory.create(id, "country", name, null, List.of(name), 1L, 1L);
  }

  @BeforeAll
  static void writeRun() {
    SparkSession spark = SparkTestSession.get();
    root = dir.resolve("out").toString();
    NewsgraphConfig config = NewsgraphConfig.fromMap(Map.of(Settings.OUTPUT_DIR.key(), root));
    RunReport report = new RunReport("cooccur", config);
    report.open(spark);
    write(spark, report, Tables.COOCCURRENCE, List.of(
        pair("article", "2023-09", SEPT, "country:FRA", "leader:Q1", "country", "leader", 3, true),
        pair("article", "2023-09", SEPT, "country:FRA", "topic:x", "country", "topic", 1, false),
        // another month, another unit: not in the network of article 2023-09
        pair("article", "2023-10", OCT, "country:FRA", "leader:Q2", "country", "leader", 2, true),
        pair("sentence", "2023-09", SEPT, "country:DEU", "country:FRA", "country", "country", 2, true)));
    write(spark, report, Tables.ENTITY_COUNTS, List.of(
        count("article", "2023-09", SEPT, "country:FRA", "country", 5),
        count("sentence", "2023-09", SEPT, "country:FRA", "country", 9),
        count("article", "2023-09", SEPT, "leader:Q1", "leader", 3),
        count("article", "2023-09", SEPT, "topic:x", "topic", 2),
        count("article", "2023-10", OCT, "topic:x", "topic", 7)));
    write(spark, report, Tables.MENTIONS, List.of(
        // September: Q1 led France in a1 and a2 (two mentions in a1 count once), Germany in a3 at
        // 23:30 UTC on its last day; October's three Germany articles are outside the month
        mention("a1", "2023-09-10T08:00:00Z", "leader:Q1", "country:FRA"),
        mention("a1", "2023-09-10T08:00:00Z", "leader:Q1", "country:FRA"),
        mention("a2", "2023-09-11T08:00:00Z", "leader:Q1", "country:FRA"),
        mention("a3", "2023-09-30T23:30:00Z", "leader:Q1", "country:DEU"),
        mention("a4", "2023-10-01T00:30:00Z", "leader:Q1", "country:DEU"),
        mention("a5", "2023-10-02T00:30:00Z", "leader:Q1", "country:DEU"),
        mention("a6", "2023-10-03T00:30:00Z", "leader:Q1", "country:DEU")));
    write(spark, report, Tables.ENTITIES, List.of(entity("country:FRA", "France"), entity("country:DEU", "Germany")));
    report.writeManifest(spark);
  }

  private static void write(SparkSession spark, RunReport report, TableSchema table, List<Row> rows) {
    report.tables().write(spark.createDataFrame(rows, table.schema()), table);
  }

  private static ExportJob.Read read(String period, String unit, boolean significantOnly) {
    return ExportJob.read(SparkTestSession.get(),
        ExportRequest.of(root, NetworkWriter.Format.GEXF, null, period, unit, significantOnly, Path.of("/x/n.gexf")));
  }

  private static Map<String, Node> nodes(Network n) {
    Map<String, Node> m = new TreeMap<>();
    n.nodes().forEach(x -> m.put(x.id(), x));
    return m;
  }

  @Test
  void theNetworkOfAMonthAndUnitHasItsPairsAndTheEntitiesTheyConnect() {
    ExportJob.Read r = read("2023-09", "article", false);
    Network n = r.network();
    assertEquals(2, r.pairsInPeriod());
    assertEquals(List.of("country:FRA -- leader:Q1", "country:FRA -- topic:x"),
        n.edges().stream().map(e -> e.source() + " -- " + e.target()).toList());
    Edge first = n.edges().get(0);
    assertEquals(3.0, first.weight());
    assertEquals(3L, first.values().get("n_ab"));
    assertEquals(true, first.values().get("significant"));
    assertEquals(List.of("n_ab", "npmi", "g2", "significant", "n_sources"),
        n.edgeAttributes().stream().map(a -> a.name()).toList());
    assertEquals(2L, first.values().get("n_sources")); // its row's n_ab 3 - 1
    Map<String, Node> nodes = nodes(n);
    assertEquals(List.of("country:FRA", "leader:Q1", "topic:x"), List.copyOf(nodes.keySet()));
    // n_a from entity_counts of article 2023-09 (not the sentence row's 9, not October's 7)
    assertEquals(5L, nodes.get("country:FRA").values().get("n_a"));
    assertEquals(2L, nodes.get("topic:x").values().get("n_a"));
    assertEquals(4L, nodes.get("country:FRA").values().get("n_sources")); // its n_a 5 - 1
    assertEquals("topic:x name", nodes.get("topic:x").label());
    // Q1 in September: France in 2 articles (a1, a2), Germany in 1 (a3, the month's last half
    // hour); with October's a4-a6 Germany would have 4
    assertEquals("country:FRA", nodes.get("leader:Q1").values().get("country"));
    assertEquals("France", nodes.get("leader:Q1").values().get("country_name"));
    assertNull(nodes.get("country:FRA").values().get("country"));
    assertEquals(10L, n.graphValues().get("n"));
  }

  @Test
  void significantOnlyKeepsTheSignificantPairsAndTheirEnds() {
    ExportJob.Read r = read("2023-09", "article", true);
    assertEquals(2, r.pairsInPeriod());
    assertEquals(1, r.network().edges().size());
    assertEquals(List.of("country:FRA", "leader:Q1"), List.copyOf(nodes(r.network()).keySet()));
    // the sentence window of the month: its own pair and counts
    Network sentence = read("2023-09", "sentence", false).network();
    assertEquals(List.of("country:DEU", "country:FRA"), List.copyOf(nodes(sentence).keySet()));
    assertEquals(9L, nodes(sentence).get("country:FRA").values().get("n_a"));
    // October's leader Q2 has no mention with a country: no country, rather than a guess
    Network october = read("2023-10", "article", false).network();
    assertNull(nodes(october).get("leader:Q2").values().get("country"));
  }

  @Test
  void aPeriodWithoutRowsNamesTheNearestOnes() {
    String m = assertThrows(ConfigException.class, () -> read("2023-12", "article", false)).getMessage();
    assertTrue(m.contains("no cooccurrence rows for month 2023-12 (unit article)")
        && m.contains("nearest periods with rows: 2023-10 (2 periods from 2023-09 to 2023-10)"), m);
    String w = assertThrows(ConfigException.class, () -> read("2023-W37", "article", false)).getMessage();
    assertTrue(w.contains("granularities [month]"), w);
  }
}
