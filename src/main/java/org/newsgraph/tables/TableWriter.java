package org.newsgraph.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * Table paths and the checks between a stage's result and its table: a stage's result must have
 * exactly the declared columns and types, put in declared order with their comments. Writing and
 * reading go through {@link OutputTables}.
 */
public final class TableWriter {
  private TableWriter() {
  }

  public static String path(String root, TableSchema table) {
    return root.endsWith("/") ? root + table.name() : root + "/" + table.name();
  }

  /** Checks {@code df} against the declared schema and returns it in declared order, commented. */
  public static Dataset<Row> conform(Dataset<Row> df, TableSchema table) {
    List<String> have = Arrays.asList(df.columns());
    List<String> declared = new ArrayList<>();
    List<Column> select = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      declared.add(f.name());
      if (!have.contains(f.name())) {
        throw new IllegalStateException("table '" + table.name() + "': the stage produced no column '"
            + f.name() + "' (it produced " + have + ")");
      }
      StructField actual = df.schema().apply(f.name());
      if (!actual.dataType().sameType(f.dataType())) {
        throw new IllegalStateException("table '" + table.name() + "': column '" + f.name() + "' is "
            + actual.dataType().simpleString() + ", declared " + f.dataType().simpleString());
      }
      select.add(functions.col(f.name()).as(f.name(), f.metadata()));
    }
    for (String c : have) {
      if (!declared.contains(c)) {
        throw new IllegalStateException("table '" + table.name() + "': column '" + c + "' is not declared");
      }
    }
    return df.select(select.toArray(new Column[0]));
  }

  /** Rows for {@link OutputTables#write}: conformed, then gathered by partition folder. */
  static Dataset<Row> prepare(Dataset<Row> df, TableSchema table) {
    return gatherByFolder(conform(df, table), table);
  }

  /** {@code rows} shuffled so that all rows of one partition folder of {@code table} are in one Spark partition. */
  public static Dataset<Row> gatherByFolder(Dataset<Row> rows, TableSchema table) {
    return table.partitionBy().isEmpty() ? rows
        : rows.repartition(table.partitionBy().stream().map(functions::col).toArray(Column[]::new));
  }

  /** One version of a Delta table, in declared column order. */
  static Dataset<Row> readVersion(SparkSession spark, TableSchema table, String root, long version) {
    return readVersion(spark, table, root, version, java.util.function.UnaryOperator.identity());
  }

  /**
   * One version of a Delta table, in declared column order, after {@code addMissing} (the table's
   * writer deriving the columns an older layout lacks). Fails naming the command to rerun when a
   * declared column is still missing: the table was written by an older build.
   */
  static Dataset<Row> readVersion(SparkSession spark, TableSchema table, String root, long version,
                                  java.util.function.UnaryOperator<Dataset<Row>> addMissing) {
    Dataset<Row> df = addMissing.apply(
        spark.read().format("delta").option("versionAsOf", version).load(path(root, table)));
    List<String> have = Arrays.asList(df.columns());
    List<String> missing = Arrays.stream(table.schema().fieldNames()).filter(c -> !have.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new org.newsgraph.config.ConfigException("table '" + table.name() + "' at " + path(root, table)
          + " has no column " + String.join(", ", missing) + " of this build's layout (schema version "
          + Tables.SCHEMA_VERSION + "): an older newsgraph wrote it; rerun `" + Tables.command(table)
          + "` (or `run`) to write it again");
    }
    return df.select(Arrays.stream(table.schema().fieldNames()).map(functions::col).toArray(Column[]::new));
  }

  /**
   * Reads a table of a finished run: the version {@code _manifest.json} under {@code root} names
   * (for tests, evaluations and tools; a command reads through its {@link OutputTables}, which
   * also refuses tables made from another run's inputs).
   */
  public static Dataset<Row> read(SparkSession spark, TableSchema table, String root) {
    return RunReport.snapshot(spark, root).read(table);
  }
}
