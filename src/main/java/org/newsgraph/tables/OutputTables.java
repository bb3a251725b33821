package org.newsgraph.tables;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.ConfigException;

/**
 * The tables of one output root as one command sees them. Each table is a Delta Lake table: a
 * write commits a new version atomically, and what a reader sees is the snapshot the run manifest
 * names ({@code tables} in {@code _manifest.json}: version, run id and the runs of the tables it
 * was made from), plus what this command has committed itself. The manifest, written last, is the
 * commit point across tables: a killed or failed command leaves new versions that no manifest
 * names, and readers keep reading the previous consistent snapshot.
 *
 * <p>Lineage: a table records the run of every table the command had read before writing it. A
 * read refuses a table made from another run of one of those (the {@code articles} of a later
 * {@code ingest} under {@code mentions} of an earlier {@code annotate}), naming the command to
 * rerun; so {@code ingest} then {@code cooccur} cannot count new articles with old mentions.
 */
public final class OutputTables {
  /** The Spark session settings Delta Lake needs; every session that reads or writes tables uses them. */
  public static final Map<String, String> SESSION_CONFIG = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
      // the run vacuums with a retention it chooses (output.retain_hours), 0 by default
      "spark.databricks.delta.retentionDurationCheck.enabled", "false",
      // a vacuum is housekeeping, not a version: no VACUUM START/END commits in the history
      "spark.databricks.delta.vacuum.logging.enabled", "false",
      // no Parquet checkpoints in _delta_log: a glob 'out/<table>/**/*.parquet' must match data
      // files only (the log stays a list of small JSON commits, one per run)
      "spark.databricks.delta.properties.defaults.checkpointInterval", "1000000",
      "spark.databricks.delta.properties.defaults.checkpointRetentionDuration", "interval 36500 days");

  /** The command of a snapshot opened to read a finished run (tests, tools): it reads what is there. */
  static final String READ_ONLY = "read";

  private final SparkSession spark;
  private final String root;
  private final String runId;
  private final String command;
  /** table name -> manifest entry (version, run_id, command, from, rows, files). */
  private final Map<String, Map<String, Object>> snapshot = new TreeMap<>();
  private final Map<String, String> read = new TreeMap<>();
  private final Map<String, Boolean> written = new LinkedHashMap<>();
  /** No manifest names versions: an empty root, or one written before tables were versioned. */
  private final boolean legacy;

  /**
   * @param previous the {@code tables} of the manifest under {@code root} (empty for a new root or
   *     an output written before tables were versioned)
   */
  public OutputTables(SparkSession spark, String root, String runId, String command,
                      Map<String, Map<String, Object>> previous) {
    this.spark = spark;
    this.root = root;
    this.runId = runId;
    this.command = command;
    previous.forEach((k, v) -> snapshot.put(k, new LinkedHashMap<>(v)));
    this.legacy = previous.isEmpty();
    try {
      // no .crc file beside each data file on a local disk: readers that list a table folder
      // (polars) would take them for data (the cached file system is the one Spark writes through)
      new Path(root).getFileSystem(spark.sparkContext().hadoopConfiguration()).setWriteChecksum(false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the file system of " + root, e);
    }
  }

  /** {@code builder} with {@link #SESSION_CONFIG}. */
  public static SparkSession.Builder configure(SparkSession.Builder builder) {
    SparkSession.Builder b = builder;
    for (Map.Entry<String, String> e : SESSION_CONFIG.entrySet()) {
      b = b.config(e.getKey(), e.getValue());
    }
    return b;
  }

  /** Whether the snapshot holds {@code table} (this command wrote it, or the manifest names it). */
  public boolean has(TableSchema table) {
    return snapshot.containsKey(table.name()) || (legacy && legacyExists(table));
  }

  /**
   * The snapshot's version of {@code table}. Fails with the command to run when the snapshot has
   * no such table, or when the table was made from another run of a table it was read from.
   */
  public Dataset<Row> read(TableSchema table) {
    Map<String, Object> entry = snapshot.get(table.name());
    if (entry == null) {
      if (legacy && legacyExists(table)) {
        // an output root written before tables were versioned: its plain Parquet files
        return spark.read().schema(table.schema()).parquet(TableWriter.path(root, table));
      }
      throw new ConfigException("output '" + root + "' has no table '" + table.name() + "': run `"
          + Tables.command(table) + "` (or `run`) first");
    }
    if (!READ_ONLY.equals(command)) {
      checkLineage(table, entry);
    }
    read.put(table.name(), String.valueOf(entry.get("run_id")));
    return TableWriter.readVersion(spark, table, root, ((Number) entry.get("version")).longValue());
  }

  private void checkLineage(TableSchema table, Map<String, Object> entry) {
    if (!(entry.get("from") instanceof Map<?, ?> from)) {
      return;
    }
    for (Map.Entry<?, ?> f : from.entrySet()) {
      Map<String, Object> source = snapshot.get(String.valueOf(f.getKey()));
      String now = source == null ? null : String.valueOf(source.get("run_id"));
      if (now != null && !now.equals(String.valueOf(f.getValue()))) {
        throw new ConfigException("table '" + table.name() + "' was made from the " + f.getKey() + " of run "
            + f.getValue() + ", but " + f.getKey() + " is now from run " + now + " (" + source.get("command")
            + "): rerun `" + Tables.command(table) + "` (or `run`) first");
      }
    }
  }

  /**
   * Replaces {@code table} with {@code df} (declared columns, checked): one Delta commit, tagged
   * with the run id; the new version joins this command's snapshot. A partitioned table's rows are
   * first gathered by partition folder, so that each folder gets one file from one task instead of
   * one per task (notebooks open fewer files; bench/README.md has the figures).
   */
  public void write(Dataset<Row> df, TableSchema table) {
    commit(TableWriter.prepare(df, table), table);
  }

  /**
   * As {@link #write}, for rows already gathered by partition folder: the caller guarantees that all
   * rows of one folder are in one Spark partition (each folder then still gets one file), so no
   * shuffle is added.
   */
  public void writeGathered(Dataset<Row> df, TableSchema table) {
    commit(TableWriter.conform(df, table), table);
  }

  /** Replaces {@code table} with an empty version (its stage is switched off in this run). */
  public void writeEmpty(TableSchema table) {
    write(spark.createDataFrame(java.util.List.of(), table.schema()), table);
  }

  private void commit(Dataset<Row> df, TableSchema table) {
    DataFrameWriter<Row> writer = df.write().format("delta").mode(SaveMode.Overwrite)
        .option("overwriteSchema", "true")
        .option("userMetadata", runId);
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
    }
    String path = TableWriter.path(root, table);
    writer.save(path);
    Row last = DeltaTable.forPath(spark, path).history(1).select("version", "operationMetrics").head();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("version", last.getLong(0));
    entry.put("run_id", runId);
    entry.put("command", command);
    Map<String, String> metrics = last.getJavaMap(1);
    entry.put("rows", metrics == null ? null : Long.parseLong(metrics.getOrDefault("numOutputRows", "0")));
    entry.put("files", metrics == null ? null : Long.parseLong(metrics.getOrDefault("numFiles", "0")));
    Map<String, String> from = new TreeMap<>(read);
    from.remove(table.name());
    entry.put("from", from);
    snapshot.put(table.name(), entry);
    written.put(table.name(), true);
  }

  /** The manifest's {@code tables}: every table of the snapshot with its version and lineage. */
  public Map<String, Map<String, Object>> manifestEntries() {
    return snapshot;
  }

  /**
   * After the manifest names this command's versions: removes the files of the versions they
   * replaced that are older than {@code retainHours} (0: all of them, so that a plain Parquet
   * reader of a table folder reads exactly the current version).
   */
  public void vacuum(double retainHours) {
    // Delta prints a "Deleted N files" line per table to stdout; the console shows newsgraph's lines
    PrintStream console = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    // VACUUM lists a table's folders in as many tasks as this setting says (10,000 by default:
    // minutes of empty tasks on a small table); a table folder has at most a few hundred folders
    String listing = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
    String userListing = spark.conf().contains(listing) ? spark.conf().get(listing) : null;
    spark.conf().set(listing, Math.max(1, spark.sparkContext().defaultParallelism()));
    try {
      for (String name : written.keySet()) {
        String path = root.endsWith("/") ? root + name : root + "/" + name;
        DeltaTable.forPath(spark, path).vacuum(retainHours);
        // what a killed plain-Parquet write of an earlier version left (VACUUM skips _ folders)
        Path temporary = new Path(path, "_temporary");
        temporary.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(temporary, true);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot clean the tables under " + root, e);
    } finally {
      System.setOut(console);
      if (userListing == null) {
        spark.conf().unset(listing);
      } else {
        spark.conf().set(listing, userListing);
      }
    }
  }

  private boolean legacyExists(TableSchema table) {
    try {
      Path p = new Path(TableWriter.path(root, table));
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p) && !fs.exists(new Path(p, "_delta_log"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot check " + table.name() + " under " + root, e);
    }
  }
}
