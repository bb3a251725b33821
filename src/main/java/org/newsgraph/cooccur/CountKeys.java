package org.newsgraph.cooccur;

/**
 * The packed keys under which cooccur counts, so that Spark aggregates two longs instead of seven
 * string columns. A period key ({@link Periods#keyOf}) and a window code make the period-window
 * key {@code kp = periodKey * 2 + window}; two entity codes (0 .. 2^31-1, from
 * {@link CooccurStages#entityCodes}) make {@code kab = a << 32 | b}. A pair has a &lt; b; an entity
 * alone is counted under a == b, so that one aggregation gives n_ab and n_a.
 *
 * <p>{@link #forEachKey} is the per-unit work: every (kp, kab) a unit counts once.
 */
public final class CountKeys {
  /** Code of the article window in kp. */
  public static final int ARTICLE = 0;
  /** Code of the sentence window in kp. */
  public static final int SENTENCE = 1;

  private CountKeys() {
  }

  /** Receives the keys of one unit. */
  @FunctionalInterface
  public interface Sink {
    void accept(long kp, long kab);
  }

  public static int windowCode(String window) {
    return switch (window) {
      case CooccurStages.WINDOW_ARTICLE -> ARTICLE;
      case CooccurStages.WINDOW_SENTENCE -> SENTENCE;
      default -> throw new IllegalArgumentException("unknown window '" + window + "'");
    };
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
   * Every key one unit counts: for each of its periods, each entity (a == b) and each unordered pair
   * a &lt; b. {@code entities} must be sorted ascending without repeats; null period keys (an
   * undated article has no day, week, month or year) are skipped. For p periods and k entities:
   * p * (k + k(k-1)/2) keys.
   */
  public static void forEachKey(int window, Long[] periodKeys, int[] entities, Sink sink) {
    for (Long pk : periodKeys) {
      if (pk == null) {
        continue;
      }
      long kp = kp(pk, window);
      for (int i = 0; i < entities.length; i++) {
        int a = entities[i];
        sink.accept(kp, kab(a, a));
        for (int j = i + 1; j < entities.length; j++) {
          sink.accept(kp, kab(a, entities[j]));
        }
      }
    }
  }
}
