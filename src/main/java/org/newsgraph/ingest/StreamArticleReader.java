package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.InputOptions;

/** A stream format: its {@link RecordParser} run over the files by {@link FileRecords}. */
final class StreamArticleReader implements ArticleReader {
  private final String format;
  private final RecordParser parser;
  private final FieldMapping mapping;
  private final InputOptions options;

  StreamArticleReader(String format, RecordParser parser, FieldMapping mapping, InputOptions options) {
    this.format = format;
    this.parser = parser;
    this.mapping = mapping;
    this.options = options;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, List<InputFiles.InputFile> files) {
    return FileRecords.read(spark, files, parser);
  }

  @Override
  public Map<String, String> mapping(SparkSession spark, List<InputFiles.InputFile> files) {
    Map<String, String> m = new LinkedHashMap<>();
    switch (format) {
      case "text" -> {
        m.put("id", "file name without extension (sidecar/manifest id wins)");
        m.put("text", options.titleFirstLine() ? "file content after the first line" : "file content");
        m.put("title", options.titleFirstLine() ? "first line (sidecar/manifest title wins)" : "sidecar/manifest");
        m.put("metadata", "sidecar NAME.json, else " + options.textManifest() + " of the folder, mapped like JSON");
        return m;
      }
      case "warc" -> {
        m.put("id", "WARC-Target-URI");
        m.put("url", "WARC-Target-URI");
        m.put("text", "main text of the HTML");
        m.put("title", "og:title, else <title>, else <h1>");
        m.put("published", "article:published_time, JSON-LD datePublished, other date meta, else WARC-Date");
        m.put("source", "og:site_name, else the URL's host");
        m.put("language", "<html lang>");
        return m;
      }
      case InputFiles.UNKNOWN, InputFiles.NOT_READ -> {
        return m;
      }
      default -> {
        // the first of the first few files that has a header or a JSON object
        for (InputFiles.InputFile f : files.subList(0, Math.min(files.size(), 5))) {
          Map<String, String> found = firstMapping(spark, f);
          if (found != null) {
            return found;
          }
        }
        return m;
      }
    }
  }

  private Map<String, String> firstMapping(SparkSession spark, InputFiles.InputFile file) {
    try (InputStream in = FileRecords.open(spark.sparkContext().hadoopConfiguration(), file.path(), true)) {
      if (parser instanceof DelimitedRecordParser d) {
        List<String> header = d.header(in);
        return header == null ? null : mapping.resolve(header);
      }
      return new JsonRecordParser(mapping, options.maxRecordBytes(), options.format().equals("jsonl"))
          .firstMapping(file, in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
