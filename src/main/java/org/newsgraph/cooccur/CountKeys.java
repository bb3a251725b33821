package org.newsgraph.cooccur;

import java.util.function.LongConsumer;
import org.newsgraph.config.Window;

/**
 * The packed keys under which cooccur counts, so that Spark aggregates two longs instead of seven
 * string columns. A period key ({@link Periods#keyOf}) and a window code make the period-window
 * key {@code kp = periodKey * 2 + window}; two entity codes (0 .. 2^31-1, from
 * {@link CooccurStages#entityCodes}) make {@code kab = a << 32 | b}. A pair has a &lt; b; an entity
 * alone is counted under a == b, so that one aggregation gives n_ab and n_a.
 *
 * <p>{@link #forEachKey} is the per-unit work: every kab a unit counts once per period
 * ({@link PeriodCounter} counts them per kp).
 */
public final class CountKeys {
  /** Code of the article window in kp (its {@link Window} ordinal). */
  public static final int ARTICLE = Window.ARTICLE.ordinal();
  /** Code of the sentence window in kp. */
  public static final int SENTENCE = Window.SENTENCE.ordinal();

  private CountKeys() {
  }

  public static int windowCode(String window) {
    return Window.of(window).ordinal();
  }

  public static long kp(long periodKey, int window) {
    return periodKey * 2 + window;
  }

  public static long kab(int a, int b) {
    return (long) a << 32 | b;
  }

  public static int a(long kab) {
    return (int) (kab >>> 32);
  }

  public static int b(long kab) {
    return (int) kab;
  }

  /**
   * Every kab one unit counts in each of its periods: each entity (a == b) and each unordered pair
   * a &lt; b, in that order (1, 1-4, 1-7, 4, 4-7, 7). The first {@code k} of {@code entities} must
   * be sorted ascending without repeats. For k entities: k + k(k-1)/2 keys.
   */
  public static void forEachKey(int[] entities, int k, LongConsumer sink) {
    for (int i = 0; i < k; i++) {
      int a = entities[i];
      sink.accept(kab(a, a));
      for (int j = i + 1; j < k; j++) {
        sink.accept(kab(a, entities[j]));
      }
    }
  }
}
