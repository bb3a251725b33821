package org.newsgraph.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table: its name (the folder under the output root), what one row is, its columns
 * with a comment each (carried in the Parquet footer), and its partition columns.
 */
public record TableSchema(String name, String grain, StructType schema, List<String> partitionBy) {

  /** The comment of a column, as stored in the field metadata. */
  public static String comment(StructField f) {
    return f.metadata().contains("comment") ? f.metadata().getString("comment") : "";
  }

  static Builder table(String name, String grain) {
    return new Builder(name, grain);
  }

  static final class Builder {
    private final String name;
    private final String grain;
    private final List<StructField> fields = new ArrayList<>();
    private List<String> partitionBy = List.of();

    Builder(String name, String grain) {
      this.name = name;
      this.grain = grain;
    }

    Builder col(String column, DataType type, boolean nullable, String comment) {
      Metadata md = new MetadataBuilder().putString("comment", comment).build();
      fields.add(new StructField(column, type, nullable, md));
      return this;
    }

    Builder partitionBy(String... columns) {
      this.partitionBy = List.of(columns);
      return this;
    }

    TableSchema build() {
      return new TableSchema(name, grain, new StructType(fields.toArray(new StructField[0])), partitionBy);
    }
  }
}
