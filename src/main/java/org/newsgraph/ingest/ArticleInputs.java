package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.config.ConfigException;
import org.newsgraph.config.InputOptions;

/**
 * All input of a run as raw records: lists the files, reads each format's files with its reader
 * and unions them. Reports the field mapping each format used (from its first file).
 */
public final class ArticleInputs {

  /** The raw records and, per format, article field -> input field. */
  public record Read(Dataset<Row> raw, List<InputFiles.InputFile> files, Map<String, Map<String, String>> mappings) {
  }

  private ArticleInputs() {
  }

  public static Read read(SparkSession spark, InputOptions options, List<String> paths) {
    List<InputFiles.InputFile> files = InputFiles.list(spark.sparkContext().hadoopConfiguration(), paths,
        options.format(), options.textManifest());
    Map<String, List<InputFiles.InputFile>> byFormat = new TreeMap<>();
    for (InputFiles.InputFile f : files) {
      byFormat.computeIfAbsent(f.format(), k -> new ArrayList<>()).add(f);
    }
    Dataset<Row> raw = null;
    Map<String, Map<String, String>> mappings = new LinkedHashMap<>();
    for (Map.Entry<String, List<InputFiles.InputFile>> e : byFormat.entrySet()) {
      ArticleReader reader = ArticleReader.forFormat(e.getKey(), options);
      Map<String, String> mapping = reader.mapping(spark, e.getValue());
      if (e.getKey().equals("csv") || e.getKey().equals("tsv") || e.getKey().equals("parquet")) {
        checkConfiguredNames(options, mapping, e.getKey(), e.getValue().get(0).path());
      }
      if (!e.getKey().equals(InputFiles.UNKNOWN) && !e.getKey().equals(InputFiles.NOT_READ)) {
        mappings.put(e.getKey(), mapping);
      }
      Dataset<Row> part = reader.read(spark, e.getValue());
      raw = raw == null ? part : raw.unionByName(part);
    }
    if (raw == null) {
      raw = spark.createDataFrame(List.of(), ArticleReader.RAW_SCHEMA);
    }
    return new Read(raw, files, mappings);
  }

  /** A configured field name that the first file's header or schema lacks is a config error. */
  private static void checkConfiguredNames(InputOptions options, Map<String, String> resolved, String format,
                                           String file) {
    options.fieldNames().forEach((field, name) -> {
      if (!resolved.containsKey(field)) {
        throw new ConfigException("setting '" + InputOptions.fieldSetting(field).key() + "' names '" + name
            + "', which the " + format + " file " + file + " does not have");
      }
    });
  }
}
