package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet, read by Spark (schemas of all files merged), any column names: the columns are mapped
 * with a {@link FieldMapping}. Values are read as text; timestamps as ISO-8601 in UTC, nested values
 * as JSON (a nested text column is a wrong_type reject). The source offset is the row's index in
 * its file.
 */
final class ParquetArticleReader implements ArticleReader {
  private final FieldMapping mapping;

  ParquetArticleReader(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /** The listed files, by their literal names: Spark's internal __globPaths__ off, so a[1].parquet is a name. */
  private static Dataset<Row> load(SparkSession spark, List<InputFiles.InputFile> files) {
    return spark.read().option("mergeSchema", "true").option("__globPaths__", "false")
        .parquet(files.stream().map(InputFiles.InputFile::path).toArray(String[]::new));
  }

  @Override
  public Map<String, String> mapping(SparkSession spark, List<InputFiles.InputFile> files) {
    return mapping.resolve(Arrays.asList(load(spark, files).columns()));
  }

  @Override
  public Dataset<Row> read(SparkSession spark, List<InputFiles.InputFile> files) {
    Dataset<Row> df = load(spark, files);
    Map<String, String> resolved = mapping.resolve(Arrays.asList(df.columns()));
    List<Column> select = new ArrayList<>();
    select.add(regexp_replace(col("_metadata.file_path"), "^file:///", "file:/").as("source_file"));
    select.add(lit(null).cast(DataTypes.LongType).as("source_line"));
    select.add(col("_metadata.row_index").as("source_offset"));
    Column wrongType = lit(null).cast(DataTypes.StringType);
    for (String field : List.of("id", "title", "text", "url", "source", "published", "language")) {
      String name = resolved.get(field);
      if (name == null) {
        select.add(lit(null).cast(DataTypes.StringType).as(field));
        continue;
      }
      DataType type = df.schema().apply(name).dataType();
      Column c = col("`" + name + "`");
      boolean nested = type instanceof StructType || type instanceof MapType
          || (type instanceof ArrayType a && !(a.elementType() instanceof org.apache.spark.sql.types.AtomicType));
      if (field.equals("text") && nested) {
        wrongType = when(c.isNotNull(), lit("column '" + name + "' holds " + type.simpleString() + ", not text"));
      }
      Column text;
      if (type.equals(DataTypes.TimestampType)) {
        text = date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
      } else if (type instanceof ArrayType a && a.elementType() instanceof org.apache.spark.sql.types.AtomicType) {
        text = org.apache.spark.sql.functions.array_join(c.cast("array<string>"), "\n");
      } else if (nested) {
        text = to_json(c);
      } else {
        text = c.cast(DataTypes.StringType);
      }
      select.add(text.as(field));
    }
    List<Column> mapped = new ArrayList<>();
    resolved.values().forEach(n -> mapped.add(col("`" + n + "`")));
    select.add(mapped.isEmpty() ? lit(null).cast(DataTypes.StringType).as("raw")
        : org.apache.spark.sql.functions.substring(to_json(struct(mapped.toArray(new Column[0]))), 1,
            RawRecord.RAW_KEEP_CHARS).as("raw"));
    select.add(when(wrongType.isNotNull(), lit(JsonRecordParser.WRONG_TYPE)).as("parse_reason"));
    select.add(wrongType.as("parse_error"));
    return df.select(select.toArray(new Column[0]));
  }
}
