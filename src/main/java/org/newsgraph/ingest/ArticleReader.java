package org.newsgraph.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one dump format into raw records of one shape, {@link #RAW_SCHEMA}: every record the
 * input holds, parsed or not. A record that could not be parsed has {@code parse_error} set and
 * keeps what was read in {@code raw}; it becomes a reject downstream, never an exception.
 */
public interface ArticleReader {

  StructType RAW_SCHEMA = new StructType()
      .add("source_file", StringType, false)
      .add("id", StringType)
      .add("title", StringType)
      .add("text", StringType)
      .add("url", StringType)
      .add("source", StringType)
      .add("published", StringType)
      .add("raw", StringType)
      .add("parse_error", StringType);

  /** The records of {@code paths}, in {@link #RAW_SCHEMA}. */
  Dataset<Row> read(SparkSession spark, List<String> paths);

  static ArticleReader forFormat(String format) {
    return switch (format) {
      case "jsonl" -> new JsonLinesReader();
      default -> throw new IllegalArgumentException("no reader for input.format '" + format + "'");
    };
  }
}
