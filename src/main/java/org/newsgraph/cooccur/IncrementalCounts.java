package org.newsgraph.cooccur;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The counts of an appending run: entity, pair and period counts are sums over articles, so the
 * counts over the stored and the new articles are the stored counts plus those of the articles
 * that now count (new originals) minus those of the articles that no longer count (stored
 * originals that a new, earlier copy made duplicates). Only the partition folders these articles
 * fall in change; their rows are the sums, with n, share and the measures computed again from
 * them exactly as a run over everything computes them. Exact when every pair is kept
 * ({@code cooccur.min_pair_count} = 1: the stored table then holds every pair's count).
 *
 * <p>n_sources is not a sum (a source already counted for a key adds nothing when it prints the
 * pair again), so it is not added: the caller recounts it over every article that now counts in
 * the replaced folders ({@code sources}, rows of {@link CooccurStages#unitCounts} restricted to
 * those folders) and it is joined to the summed rows by key.
 */
public final class IncrementalCounts {
  static final List<String> PERIOD_KEY = List.of("unit", "granularity", "bucket", "period", "period_start");
  private static final List<String> ENTITY_KEY = concat(PERIOD_KEY, "entity_id", "entity_type", "entity_name");
  private static final List<String> PAIR_KEY = concat(PERIOD_KEY, "entity_a", "entity_b", "type_a", "type_b",
      "name_a", "name_b");

  private IncrementalCounts() {
  }

  private static List<String> concat(List<String> a, String... b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(List.of(b));
    return out;
  }

  private static Dataset<Row> withValue(Dataset<Row> rows, List<String> keys, String value) {
    List<String> c = new ArrayList<>(keys);
    c.add(value);
    return rows.select(c.stream().map(functions::col).toArray(Column[]::new));
  }

  /** The period totals (columns of {@link #PERIOD_KEY} and n) of stored + plus - minus. */
  public static Dataset<Row> totals(Dataset<Row> stored, Dataset<Row> plus, Dataset<Row> minus) {
    return sum3(stored, plus, minus, PERIOD_KEY, "n");
  }

  private static Dataset<Row> sum3(Dataset<Row> stored, Dataset<Row> plus, Dataset<Row> minus, List<String> keys,
                                   String value) {
    Column[] cols = keys.stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> all = withValue(stored, keys, value)
        .unionByName(withValue(plus, keys, value))
        .unionByName(withValue(minus, keys, value).withColumn(value, col(value).multiply(-1)));
    return all.groupBy(cols).agg(sum(col(value)).as(value)).filter(col(value).gt(0));
  }

  /**
   * entity_counts rows (n_a, n, share) from stored + plus - minus entity rows and the new totals,
   * with n_sources from {@code sources} (entity_counts rows recounted over the replaced folders).
   */
  public static Dataset<Row> entityCounts(Dataset<Row> stored, Dataset<Row> plus, Dataset<Row> minus,
                                          Dataset<Row> totals, Dataset<Row> sources) {
    Dataset<Row> s = sources.select(col("unit").as("_w"), col("granularity").as("_g"), col("period").as("_p"),
        col("entity_id").as("_e"), col("n_sources"));
    return sum3(stored, plus, minus, ENTITY_KEY, "n_a")
        .join(s, col("unit").equalTo(col("_w")).and(col("granularity").equalTo(col("_g")))
            .and(col("period").equalTo(col("_p"))).and(col("entity_id").equalTo(col("_e"))), "left")
        .drop("_w", "_g", "_p", "_e")
        .join(functions.broadcast(totals.drop("bucket", "period_start")), scalaSeq(List.of("unit", "granularity", "period")))
        .withColumn("share", col("n_a").divide(col("n")));
  }

  /**
   * cooccurrence rows from stored + plus - minus pair rows (n_ab), the new entity rows (n_a, n_b),
   * the new totals (n) and n_sources from {@code sources} (cooccurrence rows recounted over the
   * replaced folders), with the measures and significant of {@link CooccurStages#withMeasures}.
   */
  public static Dataset<Row> pairs(Dataset<Row> stored, Dataset<Row> plus, Dataset<Row> minus,
                                   Dataset<Row> entityCounts, Dataset<Row> totals, Dataset<Row> sources,
                                   CooccurStages.Significance significance) {
    Dataset<Row> a = entityCounts.select(col("unit").as("_wa"), col("granularity").as("_ga"),
        col("period").as("_pa"), col("entity_id").as("_ea"), col("n_a"));
    Dataset<Row> b = entityCounts.select(col("unit").as("_wb"), col("granularity").as("_gb"),
        col("period").as("_pb"), col("entity_id").as("_eb"), col("n_a").as("n_b"));
    Dataset<Row> s = sources.select(col("unit").as("_ws"), col("granularity").as("_gs"), col("period").as("_ps"),
        col("entity_a").as("_as"), col("entity_b").as("_bs"), col("n_sources"));
    Dataset<Row> summed = sum3(stored, plus, minus, PAIR_KEY, "n_ab")
        .join(s, col("unit").equalTo(col("_ws")).and(col("granularity").equalTo(col("_gs")))
            .and(col("period").equalTo(col("_ps"))).and(col("entity_a").equalTo(col("_as")))
            .and(col("entity_b").equalTo(col("_bs"))), "left")
        .drop("_ws", "_gs", "_ps", "_as", "_bs");
    Dataset<Row> joined = summed
        .join(a, col("unit").equalTo(col("_wa")).and(col("granularity").equalTo(col("_ga")))
            .and(col("period").equalTo(col("_pa"))).and(col("entity_a").equalTo(col("_ea"))))
        .join(b, col("unit").equalTo(col("_wb")).and(col("granularity").equalTo(col("_gb")))
            .and(col("period").equalTo(col("_pb"))).and(col("entity_b").equalTo(col("_eb"))))
        .drop("_wa", "_ga", "_pa", "_ea", "_wb", "_gb", "_pb", "_eb")
        .join(functions.broadcast(totals.drop("bucket", "period_start")), scalaSeq(List.of("unit", "granularity", "period")));
    return CooccurStages.withMeasures(joined, significance);
  }

  /** The partition folders (granularity, bucket) the rows of {@code totals} fall in, as replaceWhere maps. */
  public static List<Map<String, String>> folders(Dataset<Row> totals) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Row r : totals.select("granularity", "bucket").distinct().orderBy("granularity", "bucket").collectAsList()) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("granularity", r.getString(0));
      f.put("bucket", r.getString(1));
      out.add(f);
    }
    return out;
  }

  /** The rows of {@code table} that lie in {@code folders} (a filter on the partition columns only). */
  public static Dataset<Row> inFolders(Dataset<Row> table, List<Map<String, String>> folders) {
    if (folders.isEmpty()) {
      return table.limit(0);
    }
    Object[] keys = folders.stream().map(f -> f.get("granularity") + "/" + f.get("bucket")).toArray();
    return table.filter(concat_ws("/", col("granularity"), col("bucket")).isin(keys));
  }

  private static scala.collection.Seq<String> scalaSeq(List<String> cols) {
    return scala.collection.JavaConverters.asScalaBuffer(cols).toSeq();
  }
}
