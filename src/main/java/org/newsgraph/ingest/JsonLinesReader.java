package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * JSON Lines (one object per line; .gz and .bz2 are decompressed by Hadoop's codecs). Read with an
 * explicit schema in PERMISSIVE mode: a line that is not a JSON object lands in the corrupt-record
 * column and comes out with {@code parse_error} set. Values of another JSON type are read as
 * their text (an id of {@code 42} becomes "42").
 */
public final class JsonLinesReader implements ArticleReader {
  static final String CORRUPT = "_corrupt_record";

  static final StructType JSON_SCHEMA = new StructType()
      .add("id", StringType)
      .add("title", StringType)
      .add("text", StringType)
      .add("url", StringType)
      .add("source", StringType)
      .add("published", StringType)
      .add(CORRUPT, StringType);

  @Override
  public Dataset<Row> read(SparkSession spark, List<String> paths) {
    Dataset<Row> json = spark.read()
        .schema(JSON_SCHEMA)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .json(paths.toArray(new String[0]));
    return json.select(
        input_file_name().as("source_file"),
        col("id"), col("title"), col("text"), col("url"), col("source"), col("published"),
        when(col(CORRUPT).isNotNull(), col(CORRUPT))
            .otherwise(to_json(struct(col("id"), col("title"), col("url"), col("source"),
                col("published"), col("text")))).as("raw"),
        when(col(CORRUPT).isNotNull(), lit("not a JSON object on one line")).as("parse_error"));
  }
}
