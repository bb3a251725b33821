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

  /** How the trends columns are computed (cooccur.TrendMath and TrendStages.withQValues). */
  private static final String TREND_TEST = """

      ### The trend test: what `rising` means

      A subject (an entity, or a pair) is mentioned in x = `n_subject` of the period's n = `n` articles,
      and in xb = `baseline_subject` of the nb = `baseline_n` articles of its trailing window (the
      periods with articles in the 28 days, 4 weeks, 3 months or 3 years before it).

      - `expected` = n * xb / nb, what the trailing rate predicts; `ratio` = x / expected.
      - `p_value`: if the subject's rate were the same in the period and in the window, then, taking the
        two counts as Poisson with means proportional to n and nb and given their sum t = x + xb, x is
        binomial(t, n / (n + nb)). p_value = P(X >= x), the exact conditional test of two Poisson
        rates. Article counts are binomial, whose conditional spread is narrower, so the test is
        conservative for them. No floor and no prior are needed: a subject new to the window (xb = 0)
        has p = (n / (n + nb))^x, small only when x is large against the window's size.
      - `ratio_lower`: the Clopper-Pearson lower 95% bound pl of the binomial's proportion (the 5% quantile
        of beta(x, xb + 1)) turned into a rate ratio, pl / (1 - pl) * nb / n. It is above 1 exactly when
        p_value < 0.05.
      - Multiple testing: every row of one granularity and period that has a p-value is one test
        (entities and pairs together; a row exists where the subject appears and has `trends.min_total`
        articles in the period and its window). `q_value` is the Benjamini-Hochberg adjusted p-value
        among them, and `rising` = q_value <= `trends.fdr` (0.05) and x >= `trends.min_count` (3). So
        among a period's rising rows, the expected share of false flags is at most `trends.fdr` (BH
        assumes independent or positively dependent tests, as counts of related subjects in one period
        mostly are). The first period of a series has no window: no test, not rising.

      Worked example (also a unit test): 6 of a week's 20 articles against 4 of the 80 articles in the
      4 weeks before. expected = 20 * 4 / 80 = 1, ratio = 6. t = 10, under "same rate" X is
      binomial(10, 20 / 100 = 0.2): p = P(X >= 6) = 0.0055050 + 0.0007864 + 0.0000737 + 0.0000041 +
      0.0000001 = 0.0063694. pl solves P(binomial(10, pl) >= 6) = 0.05: pl = 0.3035372, ratio_lower =
      0.3035372 / 0.6964628 * 80 / 20 = 1.743. If the week has four tests with p = 0.0063694, 0.02, 0.3
      and 0.8, then m = 4 and q = 4 * 0.0063694 / 1 = 0.0255, 4 * 0.02 / 2 = 0.04, 4 * 0.3 / 3 = 0.4,
      4 * 0.8 / 4 = 0.8 (each the smallest of its own and every larger p's value): the first two rows are rising.
      """;

  public static String tablesMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Output tables\n\n");
    b.append("Generated from `org.newsgraph.tables.Tables` by `jobs/newsgraph docs`; do not edit by hand.\n");
    b.append("Every table is a Parquet folder under the output root; each column's comment is also\n");
    b.append("stored in the Parquet footer (Spark schema metadata). Times are UTC: a timestamp is written\n");
    b.append("as INT64 TIMESTAMP(MICROS) adjusted to UTC, which pyarrow, pandas, polars and DuckDB read as\n");
    b.append("zoned UTC times. Partition folders (`granularity`, `bucket`) are strings under every granularity.\n");
    b.append("The column `null` says whether a column can be null. The Parquet footers mark every column\n");
    b.append("OPTIONAL all the same: Spark's Parquet writer writes every column as nullable, for compatibility\n");
    b.append("(SPARK-11360), and forcing REQUIRED would mean a writer of our own. A `no` here is a promise\n");
    b.append("checked instead: every run of the end-to-end test counts the nulls of each such column (none).\n");
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
      if (t == Tables.TRENDS) {
        b.append(TREND_TEST);
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
