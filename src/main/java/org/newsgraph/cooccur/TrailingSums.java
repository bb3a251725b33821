package org.newsgraph.cooccur;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A subject's trailing count in one pass, instead of Spark's window operator. Input rows
 * (kab, kp, granularity, day, n_subject, share) with all rows of a subject in one partition, sorted
 * by kab then kp (so by granularity, then by day within it). For each (subject, granularity) group,
 * a row comes out with the sum of n_subject over the group's rows of the previous
 * {@code trailingDays} days (day - D .. day - 1): baseline_subject, the articles of the trailing
 * window that mention the subject (periods where it is absent add 0), when the subject's
 * n_subject in the row's period and those trailing days add up to at least {@code minTotal}. That
 * rule looks only at the period and its trailing window, so an appending run that recomputes the
 * periods its articles reach gets the rows a run over everything gets. Memory: one group (at most one
 * row per period of a granularity).
 */
final class TrailingSums implements MapPartitionsFunction<Row, Row> {
  static final StructType SCHEMA = new StructType()
      .add("kab", DataTypes.LongType, false)
      .add("kp", DataTypes.LongType, false)
      .add("n_subject", DataTypes.LongType, false)
      .add("share", DataTypes.DoubleType, false)
      .add("baseline_subject", DataTypes.LongType, false);

  private final Map<String, Long> trailingDays;
  private final long minTotal;

  /** {@code trailingDays}: granularity -> days a trailing window reaches back. */
  TrailingSums(Map<String, Long> trailingDays, long minTotal) {
    this.trailingDays = new HashMap<>(trailingDays);
    this.minTotal = minTotal;
  }

  private record Entry(long kab, long kp, long day, long nSubject, double share) {
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private final List<Entry> group = new ArrayList<>();
      private final List<Row> out = new ArrayList<>();
      private int next;
      private Row pending;

      @Override
      public boolean hasNext() {
        while (next == out.size() && (pending != null || rows.hasNext())) {
          out.clear();
          next = 0;
          fillGroup();
        }
        return next < out.size();
      }

      /** Reads one (subject, granularity) group and puts its output rows in {@code out}. */
      private void fillGroup() {
        group.clear();
        Row first = pending != null ? pending : rows.next();
        pending = null;
        long kab = first.getLong(0);
        String granularity = first.getString(2);
        Long days = trailingDays.get(granularity);
        if (days == null) {
          throw new IllegalStateException("no trailing window for granularity '" + granularity + "'");
        }
        Row r = first;
        while (true) {
          Entry e = new Entry(r.getLong(0), r.getLong(1), r.getLong(3), r.getLong(4), r.getDouble(5));
          if (!group.isEmpty() && e.day() <= group.get(group.size() - 1).day()) {
            throw new IllegalStateException("subject " + kab + ": rows not sorted by day within " + granularity);
          }
          group.add(e);
          if (!rows.hasNext()) {
            break;
          }
          r = rows.next();
          if (r.getLong(0) != kab || !r.getString(2).equals(granularity)) {
            pending = r;
            break;
          }
        }
        int from = 0;
        for (int i = 0; i < group.size(); i++) {
          Entry e = group.get(i);
          while (group.get(from).day() < e.day() - days) {
            from++;
          }
          long trailing = 0;
          for (int j = from; j < i; j++) {
            trailing += group.get(j).nSubject();
          }
          if (e.nSubject() + trailing < minTotal) {
            continue;
          }
          out.add(RowFactory.create(e.kab(), e.kp(), e.nSubject(), e.share(), trailing));
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return out.get(next++);
      }
    };
  }
}
