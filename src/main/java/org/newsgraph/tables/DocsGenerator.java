package org.newsgraph.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.newsgraph.config.Setting;
import org.newsgraph.config.Settings;

/**
 * Writes docs/tables.md from {@link Tables} and docs/options.md from {@link Settings}, so neither
 * can drift from the code. A test fails when the committed files differ from what this writes.
 */
public final class DocsGenerator {
  private DocsGenerator() {
  }

  public static String tablesMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Output tables\n\n");
    b.append("Generated from `org.newsgraph.tables.Tables` by `jobs/newsgraph docs`; do not edit by hand.\n");
    b.append("Every table is a Parquet folder under the output root; each column's comment is also\n");
    b.append("stored in the Parquet footer (Spark schema metadata). Times are UTC: a timestamp is written\n");
    b.append("as INT64 TIMESTAMP(MICROS) adjusted to UTC, which pyarrow, pandas, polars and DuckDB read as\n");
    b.append("zoned UTC times. Partition folders (`granularity`, `bucket`) are strings under every granularity.\n");
    b.append("`_manifest.json` beside the tables records the run: config, inputs, counts, timings, and\n");
    b.append("`schema_version`, the layout described here: version ").append(Tables.SCHEMA_VERSION)
        .append(" (per table, the version its files were\n");
    b.append("written with; version 1 had the column `window` for `unit`, `bucket` = yyyy under month and year,\n");
    b.append("and Spark's INT96 timestamps, which readers other than Spark take as zone-less).\n");
    for (TableSchema t : Tables.ALL) {
      b.append("\n## ").append(t.name()).append("\n\n");
      b.append("One row: ").append(t.grain()).append(".");
      if (!t.partitionBy().isEmpty()) {
        b.append(" Partitioned by ").append(String.join(", ", t.partitionBy().stream()
            .map(c -> "`" + c + "`").toList())).append(".");
      }
      b.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
      for (StructField f : t.schema().fields()) {
        b.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString())
            .append(" | ").append(f.nullable() ? "yes" : "no").append(" | ")
            .append(TableSchema.comment(f).replace("|", "\\|")).append(" |\n");
      }
    }
    return b.toString();
  }

  public static String optionsMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Settings\n\n");
    b.append("Generated from `org.newsgraph.config.Settings` by `jobs/newsgraph docs`; do not edit by hand.\n");
    b.append("Precedence: `--set key=value` and the named options > `--config FILE` > `jobs/newsgraph.properties` > default.\n\n");
    b.append("| setting | default | allowed | meaning |\n|---|---|---|---|\n");
    for (Setting<?> s : Settings.ALL) {
      b.append("| `").append(s.key()).append("` | ")
          .append(s.defaultValue().isEmpty() ? "(none)" : "`" + s.defaultValue() + "`").append(" | ")
          .append(s.allowed().replace("|", "\\|")).append(" | ")
          .append(s.description().replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }

  /** Writes both files under {@code docsDir}. */
  public static void write(Path docsDir) throws IOException {
    Files.createDirectories(docsDir);
    Files.writeString(docsDir.resolve("tables.md"), tablesMarkdown(), StandardCharsets.UTF_8);
    Files.writeString(docsDir.resolve("options.md"), optionsMarkdown(), StandardCharsets.UTF_8);
  }
}
