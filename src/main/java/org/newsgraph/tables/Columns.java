package org.newsgraph.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The input check every stage makes first (as Spark ML's transformSchema does). */
public final class Columns {
  private Columns() {
  }

  /** Fails naming the stage and the missing column when {@code in} lacks one of {@code columns}. */
  public static void require(Dataset<Row> in, String stage, String... columns) {
    List<String> have = Arrays.asList(in.columns());
    for (String c : columns) {
      if (!have.contains(c)) {
        throw new IllegalArgumentException(stage + " needs column '" + c + "'; the input has " + have);
      }
    }
  }
}
