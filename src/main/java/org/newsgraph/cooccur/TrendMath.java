package org.newsgraph.cooccur;

/**
 * The trend score of one period against its trailing baseline, the one place it is computed.
 * z = (share - baseline_mean) / max(baseline_sd, min_sd): min_sd keeps a flat baseline (sd = 0,
 * e.g. an entity never seen before) from making every first mention infinitely surprising.
 * No z without at least two baseline periods.
 */
public final class TrendMath {
  private TrendMath() {
  }

  public static Double z(double share, Double baselineMean, Double baselineSd, long nBaseline, double minSd) {
    if (nBaseline < 2 || baselineMean == null) {
      return null;
    }
    double sd = baselineSd == null ? 0.0 : baselineSd;
    return (share - baselineMean) / Math.max(sd, minSd);
  }

  /** Mean of the trailing shares; periods without the subject count as share 0 (absent from the sum). */
  public static Double baselineMean(double sumShares, long nBaseline) {
    return nBaseline == 0 ? null : sumShares / nBaseline;
  }

  /**
   * Sample standard deviation of the trailing shares from their sum and sum of squares (absent
   * periods add 0 to both): sqrt((sumSq - n * mean^2) / (n - 1)); null with fewer than 2.
   */
  public static Double baselineSd(double sumShares, double sumSquares, long nBaseline) {
    if (nBaseline < 2) {
      return null;
    }
    double mean = sumShares / nBaseline;
    return Math.sqrt(Math.max(0.0, (sumSquares - nBaseline * mean * mean) / (nBaseline - 1)));
  }

  public static boolean rising(Double z, long count, double risingZ, long minCount) {
    return z != null && z >= risingZ && count >= minCount;
  }
}
