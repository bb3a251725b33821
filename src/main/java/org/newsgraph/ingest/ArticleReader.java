package org.newsgraph.ingest;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.config.InputOptions;

/**
 * Reads one dump format into raw records of one shape, {@link #RAW_SCHEMA}: every record the
 * input holds, parsed or not. A record that could not be read has {@code parse_reason} (the
 * rejects reason) and {@code parse_error} set and keeps what was read in {@code raw}; it becomes a
 * reject downstream, never an exception. One implementation per format family: the stream formats
 * (JSON, CSV/TSV, text files, WARC) share {@link StreamArticleReader} with a {@link RecordParser}
 * each; Parquet is read by Spark ({@link ParquetArticleReader}).
 */
public interface ArticleReader {

  StructType RAW_SCHEMA = new StructType()
      .add("source_file", StringType, false)
      .add("source_line", LongType)
      .add("source_offset", LongType)
      .add("id", StringType)
      .add("title", StringType)
      .add("text", StringType)
      .add("url", StringType)
      .add("source", StringType)
      .add("published", StringType)
      .add("language", StringType)
      .add("raw", StringType)
      .add("parse_reason", StringType)
      .add("parse_error", StringType);

  /** The records of {@code files} (all of this reader's format), in {@link #RAW_SCHEMA}. */
  Dataset<Row> read(SparkSession spark, List<InputFiles.InputFile> files);

  /** Article field -> the input field it comes from, as found in the first file; for the log. */
  Map<String, String> mapping(SparkSession spark, List<InputFiles.InputFile> files);

  static ArticleReader forFormat(String format, InputOptions options) {
    FieldMapping mapping = new FieldMapping(options.fieldNames());
    int max = options.maxRecordBytes();
    return switch (format) {
      case "json", "jsonl" -> new StreamArticleReader(format,
          new JsonRecordParser(mapping, max, options.format().equals("jsonl")), mapping, options);
      case "csv" -> new StreamArticleReader(format, new DelimitedRecordParser(',', mapping, max), mapping, options);
      case "tsv" -> new StreamArticleReader(format, new DelimitedRecordParser('\t', mapping, max), mapping, options);
      case "text" -> new StreamArticleReader(format,
          new TextFileParser(mapping, options.titleFirstLine(), max), mapping, options);
      case "warc" -> new StreamArticleReader(format, new WarcRecordParser(max), mapping, options);
      case "parquet" -> new ParquetArticleReader(mapping);
      case InputFiles.UNKNOWN, InputFiles.NOT_READ ->
          new StreamArticleReader(format, new UnknownFormatParser(), mapping, options);
      default -> throw new IllegalArgumentException("no reader for input.format '" + format + "'");
    };
  }
}
