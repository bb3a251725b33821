package org.newsgraph.cooccur;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Counts the keys of the units of one period-window key at a time, in plain Java. The input is one
 * row per unit and period: (kp, entity codes sorted ascending without repeats, and optionally the
 * unit's source: its article's publisher, null when it has none), with all rows of a kp in one
 * partition and sorted by kp. Each unit's keys ({@link CountKeys#forEachKey}) go into an
 * open-addressing table of the current kp; when the kp changes, its counts are emitted as
 * (kp, kab, c, n_a, n_b) and the table is cleared. c is n_ab for a pair (a &lt; b) and n_a for an
 * entity (a == b); n_a and n_b are the counts of a and b in the same kp, looked up in the same table
 * (a unit that counts a pair counts both its entities), so that a pair meets its margins without a
 * join. Memory: the distinct keys of one kp (bounded by the entities mentioned in that period and
 * their pairs, not by the number of units).
 *
 * <p>n_sources is the number of distinct sources among the units that count a key: each source is
 * given an int code (per partition; codes only need to tell sources apart within one kp), and a
 * second table holds the (key's entry, source) pairs seen in the current kp, so that a key's
 * n_sources grows when one of its units brings a source not seen with it before. A unit without a
 * source adds none. Cost: one more hash probe per key of a unit with a source; memory: the
 * distinct (key, source) pairs of one kp.
 *
 * <p>This replaces a Spark hash aggregation over one row per key (p x (k + k(k-1)/2) rows per unit
 * of k entities in p periods), which shuffled and spilled those rows at a million articles.
 */
final class PeriodCounter implements MapPartitionsFunction<Row, Row> {
  static final StructType SCHEMA = new StructType()
      .add("kp", DataTypes.LongType, false)
      .add("kab", DataTypes.LongType, false)
      .add("c", DataTypes.LongType, false)
      .add("n_a", DataTypes.LongType, false)
      .add("n_b", DataTypes.LongType, false)
      .add("n_sources", DataTypes.LongType, false);

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private final KeyCounts counts = new KeyCounts();
      private final LongSet keySources = new LongSet();
      private final HashMap<String, Integer> sourceCodes = new HashMap<>();
      /** The source code of the unit being added. */
      private long source;
      private final LongConsumer increment = counts::increment;
      private final LongConsumer incrementWithSource = key -> {
        int e = counts.increment(key);
        if (keySources.add((long) e << 32 | source)) {
          counts.addSource(e);
        }
      };
      private int[] codes = new int[16];
      /** The first row of the next kp, read while finishing the current one. */
      private Row held;
      private long kp;
      private int emitted;

      @Override
      public boolean hasNext() {
        while (emitted == counts.size()) {
          counts.clear();
          keySources.clear();
          emitted = 0;
          if (held == null) {
            if (!rows.hasNext()) {
              return false;
            }
            held = rows.next();
          }
          kp = held.getLong(0);
          add(held);
          held = null;
          while (rows.hasNext()) {
            Row r = rows.next();
            if (r.getLong(0) != kp) {
              held = r;
              break;
            }
            add(r);
          }
        }
        return true;
      }

      private void add(Row r) {
        List<Integer> list = r.getList(1);
        int n = list.size();
        if (n > codes.length) {
          codes = new int[Math.max(n, codes.length * 2)];
        }
        for (int i = 0; i < n; i++) {
          int c = list.get(i);
          if (i > 0 && c <= codes[i - 1]) {
            throw new IllegalStateException("entity codes of a unit in period-window key " + kp
                + " are not sorted ascending without repeats: " + list);
          }
          codes[i] = c;
        }
        String s = r.size() > 2 ? r.getString(2) : null;
        if (s == null) {
          CountKeys.forEachKey(codes, n, increment);
        } else {
          source = sourceCodes.computeIfAbsent(s, k -> sourceCodes.size());
          CountKeys.forEachKey(codes, n, incrementWithSource);
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long kab = counts.key(emitted);
        int a = CountKeys.a(kab);
        int b = CountKeys.b(kab);
        long c = counts.count(emitted);
        long sources = counts.sources(emitted);
        Row r = a == b ? RowFactory.create(kp, kab, c, c, c, sources)
            : RowFactory.create(kp, kab, c, counts.get(CountKeys.kab(a, a)), counts.get(CountKeys.kab(b, b)), sources);
        emitted++;
        return r;
      }
    };
  }

  /**
   * kab -> count, open addressing with linear probing; kab is never negative (entity codes are
   * below 2^31), so -1 marks a free slot. Entries are listed in insertion order, and clearing
   * touches only the used slots, so a large period does not make the small ones after it slow.
   */
  static final class KeyCounts {
    private long[] slots = new long[1 << 10];
    private int[] entry = new int[1 << 10];
    private long[] keys = new long[1 << 9];
    private long[] values = new long[1 << 9];
    private long[] sources = new long[1 << 9];
    private int size;

    KeyCounts() {
      Arrays.fill(slots, -1);
    }

    int size() {
      return size;
    }

    long key(int i) {
      return keys[i];
    }

    long count(int i) {
      return values[i];
    }

    /** The distinct sources counted for entry i ({@link #addSource}). */
    long sources(int i) {
      return sources[i];
    }

    void addSource(int i) {
      sources[i]++;
    }

    /** The count of a key that was incremented since the last {@link #clear}. */
    long get(long key) {
      int mask = slots.length - 1;
      int i = slot(key, mask);
      while (slots[i] != key) {
        if (slots[i] == -1) {
          throw new IllegalStateException("no count for key " + key);
        }
        i = (i + 1) & mask;
      }
      return values[entry[i]];
    }

    /** Adds 1 to the count of key; returns its entry index (insertion order). */
    int increment(long key) {
      int mask = slots.length - 1;
      int i = slot(key, mask);
      while (true) {
        long k = slots[i];
        if (k == key) {
          values[entry[i]]++;
          return entry[i];
        }
        if (k == -1) {
          break;
        }
        i = (i + 1) & mask;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
        sources = Arrays.copyOf(sources, size * 2);
      }
      int e = size++;
      keys[e] = key;
      values[e] = 1;
      sources[e] = 0;
      slots[i] = key;
      entry[i] = e;
      if (size * 2 > slots.length) {
        rehash(slots.length * 2);
      }
      return e;
    }

    void clear() {
      int mask = slots.length - 1;
      for (int e = 0; e < size; e++) {
        int i = slot(keys[e], mask);
        while (slots[i] != keys[e]) {
          i = (i + 1) & mask;
        }
        slots[i] = -1;
      }
      size = 0;
    }

    private void rehash(int capacity) {
      slots = new long[capacity];
      entry = new int[capacity];
      Arrays.fill(slots, -1);
      int mask = capacity - 1;
      for (int e = 0; e < size; e++) {
        int i = slot(keys[e], mask);
        while (slots[i] != -1) {
          i = (i + 1) & mask;
        }
        slots[i] = keys[e];
        entry[i] = e;
      }
    }

    private static int slot(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
  }

  /**
   * A set of non-negative longs, open addressing with linear probing (-1 marks a free slot);
   * clearing touches only the used slots, as in {@link KeyCounts}.
   */
  static final class LongSet {
    private long[] slots = new long[1 << 10];
    private long[] used = new long[1 << 9];
    private int size;

    LongSet() {
      Arrays.fill(slots, -1);
    }

    /** Adds v; true when it was not in the set. */
    boolean add(long v) {
      int mask = slots.length - 1;
      int i = KeyCounts.slot(v, mask);
      while (true) {
        long k = slots[i];
        if (k == v) {
          return false;
        }
        if (k == -1) {
          break;
        }
        i = (i + 1) & mask;
      }
      slots[i] = v;
      if (size == used.length) {
        used = Arrays.copyOf(used, size * 2);
      }
      used[size++] = v;
      if (size * 2 > slots.length) {
        slots = new long[slots.length * 2];
        Arrays.fill(slots, -1);
        int m = slots.length - 1;
        for (int e = 0; e < size; e++) {
          int j = KeyCounts.slot(used[e], m);
          while (slots[j] != -1) {
            j = (j + 1) & m;
          }
          slots[j] = used[e];
        }
      }
      return true;
    }

    void clear() {
      int mask = slots.length - 1;
      for (int e = 0; e < size; e++) {
        int i = KeyCounts.slot(used[e], mask);
        while (slots[i] != used[e]) {
          i = (i + 1) & mask;
        }
        slots[i] = -1;
      }
      size = 0;
    }
  }
}
