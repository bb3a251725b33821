package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
      case InputFiles.UNKNOWN -> {
        return m;
      }
      default -> {
        List<String> names = firstNames(spark, files.get(0));
        return names == null ? m : mapping.resolve(names);
      }
    }
  }

  /** Column names of a CSV/TSV header or the keys of the first JSON record; null when unreadable. */
  private List<String> firstNames(SparkSession spark, InputFiles.InputFile file) {
    try (InputStream in = FileRecords.open(spark.sparkContext().hadoopConfiguration(), file.path(), true)) {
      if (parser instanceof DelimitedRecordParser d) {
        return d.header(in);
      }
      RecordParser.Cursor c = new JsonRecordParser(new FieldMapping(Map.of()), options.maxRecordBytes())
          .open(file, in, p -> null);
      for (int i = 0; i < 100; i++) {
        RawRecord r = c.next();
        if (r == null) {
          return null;
        }
        if (!r.failed() && r.raw != null) {
          try {
            JsonNode node = JsonRecordParser.JSON.readTree(r.raw);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
          } catch (IOException e) {
            // raw was cut: try the next record
          }
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
