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
      "spark.databricks.delta.properties.defaults.checkpointRetentionDuration", "interval 36500 days",
      // timestamps as INT64 TIMESTAMP(MICROS, adjusted to UTC), not Spark's legacy INT96, which
      // pandas, polars and DuckDB read as zone-less times (nanoseconds in pyarrow)
      "spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS",
      // plans of the widest tables (articles' 17 columns and more, joined) shown whole in logs and
      // the Spark UI, without the truncation warning of the default 25 fields
      "spark.sql.debug.maxToStringFields", "200",
      // a table's state (its files, from the JSON commits) is rebuilt in 2 tasks, not Delta's
      // default 50: newsgraph's tables have hundreds of files, and every read, write, history and
      // vacuum rebuilds a state, so 50 near-empty tasks each time cost seconds per table (the
      // figures are in bench/README.md)
      "spark.databricks.delta.snapshotPartitions", "2");

  /** The command of a snapshot opened to read a finished run (tests, tools): it reads what is there. */
  static final String READ_ONLY = "read";

  private final SparkSession spark;
  private final String root;
  private final String runId;
  private final String command;
  /** table name -> manifest entry (version, run_id, command, from, rows, files). */
  private final Map<String, Map<String, Object>> snapshot = new TreeMap<>();
  /** The snapshot as the command found it (the previous run's versions), for appending runs. */
  private final Map<String, Map<String, Object>> initial = new TreeMap<>();
  /** Tables this command wrote on top of their initial version (append, merge, partitions replaced). */
  private final java.util.Set<String> extended = new java.util.TreeSet<>();
  /** The operation metrics of this command's last commit to each table (Delta's history). */
  private final Map<String, Map<String, String>> lastMetrics = new TreeMap<>();
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
    previous.forEach((k, v) -> initial.put(k, new LinkedHashMap<>(v)));
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
   * no such table, when the table was made from another run of a table it was read from, or when
   * an older build wrote it without a column this build declares.
   */
  public Dataset<Row> read(TableSchema table) {
    return read(table, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #read}, for the table's own writer stage carrying a table of an older layout over:
   * {@code addMissing} derives the columns the stored version lacks (ingest counts the sentences
   * of stored articles written before {@code articles.n_sentences}).
   */
  public Dataset<Row> read(TableSchema table, java.util.function.UnaryOperator<Dataset<Row>> addMissing) {
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
    return TableWriter.readVersion(spark, table, root, ((Number) entry.get("version")).longValue(), addMissing);
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

  /**
   * A switched-off stage's tables, where an earlier run wrote them, get an empty version: the
   * snapshot then says what this run did, and nothing of the old rows is read as this run's.
   */
  public void writeEmptyWhereWritten(TableSchema... tables) {
    for (TableSchema t : tables) {
      if (has(t)) {
        writeEmpty(t);
      }
    }
  }

  /** Replaces {@code table} with an empty version (its stage is switched off in this run). */
  public void writeEmpty(TableSchema table) {
    write(spark.createDataFrame(java.util.List.of(), table.schema()), table);
  }

  private void commit(Dataset<Row> df, TableSchema table) {
    overwrite(df, table);
    recordVersion(table, null);
  }

  /** One Delta commit replacing {@code table}'s rows with {@code df} (conformed), tagged with the run id. */
  private void overwrite(Dataset<Row> df, TableSchema table) {
    DataFrameWriter<Row> writer = df.write().format("delta").mode(SaveMode.Overwrite)
        .option("overwriteSchema", "true")
        .option("userMetadata", runId);
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
    }
    writer.save(TableWriter.path(root, table));
  }

  /**
   * Adds {@code df}'s rows (declared columns, checked) to {@code table}: one Delta commit on top of
   * the snapshot's version, tagged with the run id. For a table the command has not written yet
   * and that the snapshot does not hold, the rows are its first version.
   */
  public void append(Dataset<Row> df, TableSchema table) {
    if (!has(table)) {
      write(df, table);
      return;
    }
    requireCurrent(table);
    DataFrameWriter<Row> writer = TableWriter.prepare(df, table).write().format("delta").mode(SaveMode.Append)
        .option("userMetadata", runId);
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(new String[0]));
    }
    writer.save(TableWriter.path(root, table));
    recordVersion(table, "append");
  }

  /**
   * Upserts {@code df} into {@code table} by {@code key}: rows whose key is in the table replace
   * them, the others are added. One Delta commit (MERGE), tagged with the run id.
   */
  public void merge(Dataset<Row> df, TableSchema table, String key) {
    if (!has(table)) {
      write(df, table);
      return;
    }
    requireCurrent(table);
    String path = TableWriter.path(root, table);
    withCommitMetadata(() -> DeltaTable.forPath(spark, path).as("t")
        .merge(TableWriter.conform(df, table).as("s"), "t." + key + " = s." + key)
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute());
    recordVersion(table, "merge");
  }

  /**
   * Replaces the partition folders of {@code table} named in {@code folders} (each a map from
   * partition column to value) with {@code df}, whose rows all lie in those folders and are
   * gathered by folder (as {@link #writeGathered}); the other folders keep their rows. One Delta
   * commit (overwrite with replaceWhere), tagged with the run id.
   */
  public void replaceFolders(Dataset<Row> df, TableSchema table, java.util.List<Map<String, String>> folders) {
    if (!has(table) || table.partitionBy().isEmpty()) {
      throw new IllegalStateException("replaceFolders needs the partitioned table " + table.name() + " in the snapshot");
    }
    if (folders.isEmpty()) {
      // nothing to replace: an empty commit still records that this run's inputs leave it as it is
      append(spark.createDataFrame(java.util.List.of(), table.schema()), table);
      return;
    }
    requireCurrent(table);
    StringBuilder where = new StringBuilder();
    for (Map<String, String> f : folders) {
      where.append(where.length() == 0 ? "(" : " OR (");
      StringBuilder one = new StringBuilder();
      for (String c : table.partitionBy()) {
        one.append(one.length() == 0 ? "" : " AND ").append(c).append(" = '")
            .append(f.get(c).replace("'", "''")).append('\'');
      }
      where.append(one).append(')');
    }
    TableWriter.conform(df, table).write().format("delta").mode(SaveMode.Overwrite)
        .option("replaceWhere", where.toString())
        .option("userMetadata", runId)
        .partitionBy(table.partitionBy().toArray(new String[0]))
        .save(TableWriter.path(root, table));
    recordVersion(table, "replace_folders");
  }

  /**
   * The version of {@code table} the command started from (the previous run's, as the manifest
   * named it), without lineage checks: what an appending run compares the new version with.
   */
  public Dataset<Row> readInitial(TableSchema table) {
    Map<String, Object> entry = initial.get(table.name());
    if (entry == null) {
      throw new IllegalStateException("the snapshot had no table " + table.name());
    }
    return TableWriter.readVersion(spark, table, root, ((Number) entry.get("version")).longValue());
  }

  /**
   * The {@link Tables#SCHEMA_VERSION} the initial version of {@code table} was written with (1 for
   * a manifest entry without one, written before versions were recorded), or 0 when the snapshot
   * had no such table.
   */
  public int initialSchemaVersion(TableSchema table) {
    Map<String, Object> entry = initial.get(table.name());
    return entry == null ? 0 : entry.get("schema_version") instanceof Number n ? n.intValue() : 1;
  }

  /**
   * Why the stored versions of {@code tables} cannot be added to (null when they can): the first
   * of them written with another {@link Tables#SCHEMA_VERSION} than this build's.
   */
  public String otherLayout(java.util.List<TableSchema> tables) {
    for (TableSchema table : tables) {
      if (initialSchemaVersion(table) != Tables.SCHEMA_VERSION) {
        return "the stored " + table.name() + " have table schema version " + initialSchemaVersion(table)
            + ", this build writes " + Tables.SCHEMA_VERSION;
      }
    }
    return null;
  }

  /** Whether the snapshot the command started from held {@code table}. */
  public boolean hadInitially(TableSchema table) {
    return initial.containsKey(table.name());
  }

  /** The run id of the snapshot's (initial) version of {@code table}, or null. */
  public String initialRunId(TableSchema table) {
    Map<String, Object> entry = initial.get(table.name());
    return entry == null ? null : String.valueOf(entry.get("run_id"));
  }

  /**
   * The runs the initial version of {@code table} was made from ({@code from} of its manifest
   * entry: table name -> run id).
   */
  public Map<String, String> initialSources(TableSchema table) {
    Map<String, String> out = new TreeMap<>();
    if (initial.get(table.name()) != null && initial.get(table.name()).get("from") instanceof Map<?, ?> from) {
      from.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }

  /**
   * Whether this command's version of {@code table} adds to its initial version (append, merge,
   * folders replaced) rather than replacing it, or the command left it as it was.
   */
  public boolean extendsInitial(TableSchema table) {
    return extended.contains(table.name()) || (hadInitially(table) && !written.containsKey(table.name()));
  }

  /** A metric of this command's last commit to {@code table} (e.g. numTargetRowsUpdated of a merge), 0 if none. */
  public long lastCommitMetric(TableSchema table, String metric) {
    return Long.parseLong(lastMetrics.getOrDefault(table.name(), Map.of()).getOrDefault(metric, "0"));
  }

  /** Appending to a table needs its files to be the snapshot's version (no later commit of another run). */
  private void requireCurrent(TableSchema table) {
    if (legacy) {
      throw new ConfigException("output '" + root + "' was written before tables were versioned: rerun `run`"
          + " without appending first");
    }
    long version = ((Number) snapshot.get(table.name()).get("version")).longValue();
    long latest = DeltaTable.forPath(spark, TableWriter.path(root, table)).history(1).select("version")
        .head().getLong(0);
    if (latest != version) {
      // a killed run committed a version no manifest names: start over from the snapshot's rows,
      // written again in a plain commit (Delta's RESTORE would also write a Parquet checkpoint
      // into the log, which a reader's glob 'out/<table>/**/*.parquet' would take for data)
      overwrite(TableWriter.prepare(TableWriter.readVersion(spark, table, root, version), table), table);
    }
  }

  /** Runs a Delta command (MERGE) with the run id as the commit's user metadata. */
  private void withCommitMetadata(Runnable body) {
    String key = "spark.databricks.delta.commitInfo.userMetadata";
    spark.conf().set(key, runId);
    try {
      body.run();
    } finally {
      spark.conf().unset(key);
    }
  }

  /** Records the version the command just committed to {@code table}, with its rows and files. */
  private void recordVersion(TableSchema table, String mode) {
    String path = TableWriter.path(root, table);
    Row last = DeltaTable.forPath(spark, path).history(1).select("version", "operationMetrics").head();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("version", last.getLong(0));
    entry.put("run_id", runId);
    entry.put("command", command);
    entry.put("schema_version", Tables.SCHEMA_VERSION);
    Map<String, String> metrics = last.getJavaMap(1);
    lastMetrics.put(table.name(), metrics == null ? Map.of() : new TreeMap<>(metrics));
    if (mode == null) {
      entry.put("rows", metrics == null ? null : Long.parseLong(metrics.getOrDefault("numOutputRows", "0")));
      entry.put("files", metrics == null ? null : Long.parseLong(metrics.getOrDefault("numFiles", "0")));
    } else {
      // the commit's metrics count what it changed: the table's totals come from its files' statistics
      Dataset<Row> files = DeltaTable.forPath(spark, path).detail().select("numFiles");
      entry.put("rows", spark.read().format("delta").option("versionAsOf", last.getLong(0)).load(path).count());
      entry.put("files", files.head().getLong(0));
      entry.put("mode", mode);
      extended.add(table.name());
    }
    Map<String, String> from = new TreeMap<>(read);
    from.remove(table.name());
    entry.put("from", from);
    snapshot.put(table.name(), entry);
    written.put(table.name(), true);
    if (read.containsKey(table.name())) {
      // what the command wrote after reading the table (rejects after the stored articles) goes with its new version
      read.put(table.name(), runId);
    }
  }

  /** The manifest's {@code tables}: every table of the snapshot with its version and lineage. */
  public Map<String, Map<String, Object>> manifestEntries() {
    return snapshot;
  }

  /**
   * After the manifest names this command's versions: removes the files of the versions they
   * replaced that are older than {@code retainHours} (0: all of them, so that a plain Parquet
   * reader of a table folder reads exactly the current version). With 0, the command deletes what
   * its tables' current versions do not reference itself ({@link #deleteUnreferenced}); with a
   * retention, Delta's VACUUM does, keeping the files of the versions within it.
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
        if (retainHours > 0 || !deleteUnreferenced(path)) {
          DeltaTable.forPath(spark, path).vacuum(retainHours);
        }
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

  /**
   * VACUUM without retention, listed and deleted by the driver: the data files under the table
   * folder that the table's current version does not reference (those of the versions it replaced,
   * of killed commands and of failed or speculative task attempts) are deleted, then the partition
   * folders left empty. Hidden entries (a name starting with {@code _} or {@code .}: the log) are
   * left alone. Delta's VACUUM does the same in several Spark jobs, which cost about a second per
   * table however small (bench/README.md). Returns false, deleting nothing, when a file the version
   * references is missing from the listing: the two lists would not compare, and the caller
   * leaves the work to Delta's VACUUM.
   */
  private boolean deleteUnreferenced(String tablePath) throws IOException {
    Path table = new Path(tablePath);
    FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
    table = fs.makeQualified(table);
    java.util.Set<String> live = new java.util.HashSet<>();
    for (String f : DeltaTable.forPath(spark, tablePath).toDF().inputFiles()) {
      live.add(fs.makeQualified(new Path(f)).toString());
    }
    java.util.List<Path> files = new java.util.ArrayList<>();
    java.util.List<Path> folders = new java.util.ArrayList<>();
    listVisible(fs, table, files, folders);
    long found = files.stream().filter(f -> live.contains(f.toString())).count();
    if (found != live.size()) {
      org.slf4j.LoggerFactory.getLogger(OutputTables.class).warn(
          "{}: {} of the {} files of the current version listed; Delta's VACUUM cleans the table", tablePath, found,
          live.size());
      return false;
    }
    for (Path f : files) {
      if (!live.contains(f.toString())) {
        fs.delete(f, false);
      }
    }
    for (int i = folders.size() - 1; i >= 0; i--) { // deepest first: a folder after its sub-folders
      if (fs.listStatus(folders.get(i)).length == 0) {
        fs.delete(folders.get(i), false);
      }
    }
    return true;
  }

  /** The files and the folders under {@code folder} whose names do not start with _ or . (parents before children). */
  private static void listVisible(FileSystem fs, Path folder, java.util.List<Path> files, java.util.List<Path> folders)
      throws IOException {
    for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(folder)) {
      String name = st.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (st.isDirectory()) {
        folders.add(st.getPath());
        listVisible(fs, st.getPath(), files, folders);
      } else {
        files.add(fs.makeQualified(st.getPath()));
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
