package org.newsgraph.cooccur;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Puts n_a and n_b beside each pair count in one pass, instead of two joins of the pairs with the
 * entity counts. The input is packed counts (kp, kab, c) with all rows of a kp in one partition,
 * sorted by kp, then the entity rows (a == b) before the pair rows, then kab: each entity's n is
 * then known before any pair of the same kp needs it. Output: (kp, ca, cb, n_ab, n_a, n_b) per pair.
 * Memory: one count per entity code of the current kp.
 */
final class PairMargins implements MapPartitionsFunction<Row, Row> {
  static final StructType SCHEMA = new StructType()
      .add("kp", DataTypes.LongType, false)
      .add("ca", DataTypes.IntegerType, false)
      .add("cb", DataTypes.IntegerType, false)
      .add("n_ab", DataTypes.LongType, false)
      .add("n_a", DataTypes.LongType, false)
      .add("n_b", DataTypes.LongType, false);

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private long[] counts = new long[256];
      /** counts[code] belongs to the current kp when seen[code] == generation. */
      private int[] seen = new int[256];
      private int generation;
      private long kp;
      private boolean started;
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row r = rows.next();
          long k = r.getLong(0);
          long kab = r.getLong(1);
          long c = r.getLong(2);
          if (!started || k != kp) {
            started = true;
            kp = k;
            generation++;
          }
          int a = CountKeys.a(kab);
          int b = CountKeys.b(kab);
          if (a == b) {
            if (a >= counts.length) {
              int size = Math.max(a + 1, counts.length * 2);
              counts = Arrays.copyOf(counts, size);
              seen = Arrays.copyOf(seen, size);
            }
            counts[a] = c;
            seen[a] = generation;
          } else {
            next = RowFactory.create(k, a, b, c, count(a, k), count(b, k));
          }
        }
        return next != null;
      }

      private long count(int code, long k) {
        if (code >= seen.length || seen[code] != generation) {
          throw new IllegalStateException("pair of entity code " + code + " in period-window key " + k
              + " comes before (or without) that entity's own count: input not grouped and sorted as required");
        }
        return counts[code];
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }
}
