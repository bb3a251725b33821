package org.newsgraph.cooccur;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * The trend test of one period against its trailing window, the one place it is computed.
 *
 * <p>A subject (an entity or a pair) is mentioned in {@code x} of the period's {@code n} articles
 * and in {@code xb} of the {@code nb} articles of the trailing window. The question is whether the
 * period's rate x / n is higher than the trailing rate xb / nb. Taking the two counts as Poisson
 * with means proportional to n and nb, the test conditions on their sum t = x + xb: under "same
 * rate", x is binomial(t, n / (n + nb)), so the one-sided p-value is the binomial upper tail
 * P(X >= x) = I_{n/(n+nb)}(x, xb + 1), the regularised incomplete beta function (the exact test of
 * two Poisson rates; for counts of articles, which are binomial, it is conservative: their
 * conditional spread is narrower). It needs no floor and no prior: a subject never seen before (xb =
 * 0) has p = (n / (n + nb))^x, small only when x is large against the window's size.
 *
 * <p>Effect size: expected = n * xb / nb, ratio = x / expected (the rate ratio), and its lower
 * one-sided 95% confidence bound from the same binomial (Clopper-Pearson): with pl the 5% quantile
 * of beta(x, xb + 1), ratio_lower = pl / (1 - pl) * nb / n. At the same level, p < 0.05 exactly when
 * ratio_lower > 1. Which rows are {@code rising} is decided over all subjects of a period at once
 * (Benjamini-Hochberg, {@link TrendStages}); {@link #rising} applies the level and minimum count.
 */
public final class TrendMath {
  /** One-sided level of {@link #ratioLower}: a 95% lower bound. */
  public static final double RATIO_BOUND_LEVEL = 0.05;

  private TrendMath() {
  }

  /** The count the trailing rate predicts for a period of {@code n} articles; null without a trailing article. */
  public static Double expected(long n, long baselineSubject, long baselineN) {
    return baselineN == 0 ? null : (double) n * baselineSubject / baselineN;
  }

  /** Observed over expected; null without an expectation, or when it is 0 (the subject is new to the window). */
  public static Double ratio(long x, Double expected) {
    return expected == null || expected == 0.0 ? null : x / expected;
  }

  /**
   * One-sided p-value that the rate of x in n exceeds that of xb in nb (see the class comment);
   * null without a trailing article (nb = 0), 1 when x = 0.
   */
  public static Double pValue(long x, long n, long xb, long nb) {
    if (nb == 0 || n == 0) {
      return null;
    }
    if (x == 0) {
      return 1.0;
    }
    double pi0 = (double) n / (n + nb);
    return Math.min(1.0, Math.max(0.0, Beta.regularizedBeta(pi0, x, xb + 1.0)));
  }

  /**
   * The lower one-sided 95% bound of the rate ratio (x / n) / (xb / nb); null without a trailing
   * article, 0 when x = 0.
   */
  public static Double ratioLower(long x, long n, long xb, long nb) {
    if (nb == 0 || n == 0) {
      return null;
    }
    if (x == 0) {
      return 0.0;
    }
    double pl = new BetaDistribution(null, x, xb + 1.0).inverseCumulativeProbability(RATIO_BOUND_LEVEL);
    return pl >= 1.0 ? Double.POSITIVE_INFINITY : pl / (1.0 - pl) * nb / n;
  }

  /** Rising: the Benjamini-Hochberg adjusted p-value is within {@code fdr} and the count is at least {@code minCount}. */
  public static boolean rising(Double q, long count, double fdr, long minCount) {
    return q != null && q <= fdr && count >= minCount;
  }
}
