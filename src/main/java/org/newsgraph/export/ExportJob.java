package org.newsgraph.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.Settings;
import org.newsgraph.export.Network.Attribute;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Node;
import org.newsgraph.export.Network.Type;
import org.newsgraph.tables.OutputTables;
import org.newsgraph.tables.RunReport;
import org.newsgraph.tables.TableSchema;
import org.newsgraph.tables.Tables;

/**
 * {@code newsgraph export}: one period's co-occurrence network from the tables of a finished run,
 * written by {@link NetworkWriter}. Reads the snapshot the run's manifest names (as every reader
 * does, {@link RunReport#snapshot}), takes no lock and writes nothing under the output root; a
 * run writing there meanwhile does not change what the export reads.
 *
 * <p>The network: the pairs of {@code cooccurrence} of the granularity, period and unit (or only
 * its significant ones), and as nodes the entities those pairs connect (an entity of the period
 * without a pair in the export is left out). A node's {@code n_a} is its {@code entity_counts} row
 * of the period and unit; a leader's {@code country} is the {@code mentions.country_of} of most of
 * the articles of the period that mention them (ties: the first id), the country they led then.
 * One period is small (its pairs are at most the entities squared), so its rows are collected.
 */
public final class ExportJob {
  private ExportJob() {
  }

  /** What an export wrote. */
  public record Result(List<Path> files, int nodes, int edges, long pairsInPeriod, ExportRequest request) {
    /** The closing line of the command. */
    public String summary() {
      ExportRequest r = request;
      return "[newsgraph] export    wrote " + String.join(", ", files.stream().map(Path::toString).toList()) + ": "
          + nodes + " nodes, " + edges + " edges (" + r.granularity() + " " + r.period() + ", unit " + r.unit()
          + (r.significantOnly() ? ", the significant of " + pairsInPeriod + " pairs" : "") + ") from "
          + r.tables() + "\n";
    }
  }

  /**
   * Checks before Spark starts that {@code request.tables()} holds a finished run (its
   * {@code _manifest.json}) and that the file is not inside one of its table folders; throws
   * {@link ConfigException} naming the folder and what to do.
   */
  public static void checkTables(Configuration conf, ExportRequest request) {
    String root = request.tables();
    if (!root.contains("://") || root.startsWith("file:")) {
      // a file in a table's folder would make the next run refuse the folder (it holds only Spark files)
      Path local = Path.of(root.startsWith("file:") ? java.net.URI.create(root).getPath() : root).toAbsolutePath()
          .normalize();
      for (Path file : request.files()) {
        Path f = file.toAbsolutePath().normalize();
        for (TableSchema table : Tables.ALL) {
          if (f.startsWith(local.resolve(table.name()))) {
            throw new ConfigException("export: --to '" + file + "' is inside the folder of table '" + table.name()
                + "', which must hold only the table's files: write it elsewhere");
          }
        }
      }
    }
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(root);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        throw new ConfigException("export: no tables at '" + root + "' (it does not exist): give --tables DIR, the "
            + "--output of a finished `newsgraph run` (setting " + Settings.OUTPUT_DIR.key() + ")");
      }
      if (!fs.exists(new org.apache.hadoop.fs.Path(p, RunReport.MANIFEST))) {
        throw new ConfigException("export: '" + root + "' holds no finished newsgraph run (no " + RunReport.MANIFEST
            + "): give --tables DIR, the --output of a finished `newsgraph run`");
      }
    } catch (IOException e) {
      throw new ConfigException("export: cannot read the tables at '" + root + "': " + e.getMessage());
    }
  }

  /** Reads the network of {@code request} and writes its file(s). */
  public static Result run(SparkSession spark, ExportRequest request) throws IOException {
    spark.sparkContext().setJobGroup("newsgraph-export", "newsgraph export: the network of " + request.granularity()
        + " " + request.period() + " (" + request.unit() + ")", false);
    try {
      Read read = read(spark, request);
      List<Path> files = NetworkWriter.write(read.network(), request.format(), request.file());
      return new Result(files, read.network().nodes().size(), read.network().edges().size(), read.pairsInPeriod(),
          request);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** The network and how many pairs its period has (before --significant-only). */
  record Read(Network network, long pairsInPeriod) {
  }

  /** The network of {@code request} from the snapshot of the tables under {@code request.tables()}. */
  static Read read(SparkSession spark, ExportRequest request) {
    OutputTables tables = RunReport.snapshot(spark, request.tables());
    Dataset<Row> cooccurrence = tables.read(Tables.COOCCURRENCE);
    Column ofPeriod = col("granularity").equalTo(request.granularity()).and(col("bucket").equalTo(request.bucket()))
        .and(col("period").equalTo(request.period())).and(col("unit").equalTo(request.unit()));
    boolean pairSources = Arrays.asList(cooccurrence.columns()).contains("n_sources");
    List<Row> pairs = cooccurrence.filter(ofPeriod).orderBy("entity_a", "entity_b").collectAsList();
    if (pairs.isEmpty()) {
      throw new ConfigException(noRows(cooccurrence, request));
    }

    List<Attribute> edgeAttributes = new ArrayList<>(List.of(new Attribute("n_ab", Type.LONG),
        new Attribute("npmi", Type.DOUBLE), new Attribute("g2", Type.DOUBLE), new Attribute("significant", Type.BOOLEAN)));
    if (pairSources) {
      edgeAttributes.add(new Attribute("n_sources", Type.LONG));
    }
    List<Edge> edges = new ArrayList<>();
    Map<String, String[]> typeAndName = new TreeMap<>(); // entity_id -> {type, name} of the pairs kept
    for (Row r : pairs) {
      if (request.significantOnly() && !r.<Boolean>getAs("significant")) {
        continue;
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("n_ab", r.<Long>getAs("n_ab"));
      v.put("npmi", r.<Double>getAs("npmi"));
      v.put("g2", r.<Double>getAs("g2"));
      v.put("significant", r.<Boolean>getAs("significant"));
      if (pairSources) {
        v.put("n_sources", longOrNull(r.getAs("n_sources")));
      }
      edges.add(new Edge(r.getAs("entity_a"), r.getAs("entity_b"), r.<Long>getAs("n_ab").doubleValue(), v));
      typeAndName.put(r.getAs("entity_a"), new String[] {r.getAs("type_a"), r.getAs("name_a")});
      typeAndName.put(r.getAs("entity_b"), new String[] {r.getAs("type_b"), r.getAs("name_b")});
    }
    long n = pairs.get(0).<Long>getAs("n");
    List<Object> ids = new ArrayList<>(typeAndName.keySet());

    // n_a (and n_sources) of the nodes: entity_counts of the period and unit
    Dataset<Row> counts = tables.read(Tables.ENTITY_COUNTS);
    boolean nodeSources = Arrays.asList(counts.columns()).contains("n_sources");
    Map<String, Row> countOf = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Row r : counts.filter(ofPeriod.and(col("entity_id").isin(ids.toArray()))).collectAsList()) {
        countOf.put(r.getAs("entity_id"), r);
      }
    }

    List<String> leaders = typeAndName.entrySet().stream().filter(e -> "leader".equals(e.getValue()[0]))
        .map(Map.Entry::getKey).toList();
    Map<String, String> countryOf = leaders.isEmpty() ? Map.of() : leaderCountries(tables, request, leaders);
    Map<String, String> countryName = countryNames(tables, new TreeSet<>(countryOf.values()));

    List<Attribute> nodeAttributes = new ArrayList<>(List.of(new Attribute("type", Type.STRING),
        new Attribute("n_a", Type.LONG)));
    if (nodeSources) {
      nodeAttributes.add(new Attribute("n_sources", Type.LONG));
    }
    nodeAttributes.add(new Attribute("country", Type.STRING));
    nodeAttributes.add(new Attribute("country_name", Type.STRING));
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<String, String[]> e : typeAndName.entrySet()) {
      String id = e.getKey();
      Row c = countOf.get(id);
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("type", e.getValue()[0]);
      v.put("n_a", c == null ? nodeCountFromPairs(pairs, id) : c.<Long>getAs("n_a"));
      if (nodeSources) {
        v.put("n_sources", c == null ? null : longOrNull(c.getAs("n_sources")));
      }
      v.put("country", countryOf.get(id));
      v.put("country_name", countryOf.containsKey(id) ? countryName.get(countryOf.get(id)) : null);
      nodes.add(new Node(id, e.getValue()[1], v));
    }

    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("granularity", request.granularity());
    graph.put("period", request.period());
    graph.put("unit", request.unit());
    graph.put("n", n);
    graph.put("significant_only", request.significantOnly());
    String description = "newsgraph co-occurrence network of " + request.granularity() + " " + request.period()
        + ", unit " + request.unit() + " (n = " + n + " " + request.unit() + "s), "
        + (request.significantOnly() ? "significant pairs only" : "all pairs") + ", from the tables at "
        + request.tables();
    return new Read(new Network(description, graph, nodeAttributes, nodes, edgeAttributes, edges), pairs.size());
  }

  /**
   * The country each leader led in the period: the {@code country_of} of most of the period's
   * articles that mention them (mentions as the table holds them, duplicates included; all-time:
   * every mention, undated ones too), ties to the smallest id.
   */
  static Map<String, String> leaderCountries(OutputTables tables, ExportRequest request, List<String> leaders) {
    if (!tables.has(Tables.MENTIONS)) {
      return Map.of();
    }
    Dataset<Row> m = tables.read(Tables.MENTIONS)
        .filter(col("entity_type").equalTo("leader").and(col("entity_id").isin(leaders.toArray()))
            .and(col("country_of").isNotNull()));
    if (request.start() != null) {
      Column day = to_date(col("published_at")); // the session time zone is UTC
      m = m.filter(day.geq(lit(request.start().toString()).cast("date"))
          .and(day.lt(lit(request.end().toString()).cast("date"))));
    }
    Map<String, String> best = new TreeMap<>();
    Map<String, Long> bestCount = new HashMap<>();
    List<Row> rows = m.groupBy("entity_id", "country_of").agg(countDistinct("article_id").as("articles"))
        .orderBy("entity_id", "country_of").collectAsList();
    for (Row r : rows) {
      String leader = r.getString(0);
      long articles = r.getLong(2);
      if (articles > bestCount.getOrDefault(leader, 0L)) {
        best.put(leader, r.getString(1));
        bestCount.put(leader, articles);
      }
    }
    return best;
  }

  /** The names of the countries {@code ids} (entities.name). */
  private static Map<String, String> countryNames(OutputTables tables, TreeSet<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty() || !tables.has(Tables.ENTITIES)) {
      return names;
    }
    for (Row r : tables.read(Tables.ENTITIES).filter(col("entity_id").isin(ids.toArray()))
        .select("entity_id", "name").collectAsList()) {
      names.put(r.getString(0), r.getString(1));
    }
    return names;
  }

  /** A node without its entity_counts row (not expected): its n_a as the pairs carry it. */
  private static Long nodeCountFromPairs(List<Row> pairs, String id) {
    for (Row r : pairs) {
      if (id.equals(r.getAs("entity_a"))) {
        return r.getAs("n_a");
      }
      if (id.equals(r.getAs("entity_b"))) {
        return r.getAs("n_b");
      }
    }
    return null;
  }

  private static Long longOrNull(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  /**
   * Why the period has no rows, in one line: no such unit, no such granularity, or the periods of
   * that granularity nearest to it that have rows.
   */
  static String noRows(Dataset<Row> cooccurrence, ExportRequest r) {
    String what = "export: no cooccurrence rows for " + r.granularity() + " " + r.period() + " (unit " + r.unit()
        + ") in " + r.tables();
    List<String> units = distinct(cooccurrence, "unit");
    if (!units.contains(r.unit())) {
      return what + "; the run counted units " + units + " (" + Settings.WINDOW.key() + ")";
    }
    Dataset<Row> ofUnit = cooccurrence.filter(col("unit").equalTo(r.unit()));
    List<String> granularities = distinct(ofUnit, "granularity");
    if (!granularities.contains(r.granularity())) {
      return what + "; the run counted the granularities " + granularities + " (" + Settings.GRANULARITY.key() + ")";
    }
    List<String> periods = distinct(ofUnit.filter(col("granularity").equalTo(r.granularity())), "period");
    return what + "; " + nearest(periods, r.period());
  }

  /** The periods with rows nearest to {@code period} (before and after it; labels sort by time within a granularity). */
  static String nearest(List<String> periods, String period) {
    String before = null;
    String after = null;
    for (String p : periods) {
      if (p.compareTo(period) < 0) {
        before = p;
      } else if (after == null && p.compareTo(period) > 0) {
        after = p;
      }
    }
    if (before == null && after == null) {
      return "no period of that granularity has rows";
    }
    List<String> near = new ArrayList<>();
    if (before != null) {
      near.add(before);
    }
    if (after != null) {
      near.add(after);
    }
    return "nearest periods with rows: " + String.join(", ", near) + " (" + periods.size() + " periods from "
        + periods.get(0) + " to " + periods.get(periods.size() - 1) + ")";
  }

  private static List<String> distinct(Dataset<Row> df, String column) {
    return df.select(column).distinct().orderBy(column).collectAsList().stream().map(x -> x.getString(0)).toList();
  }
}
