package org.newsgraph.cooccur;

/**
 * Association measures of a pair (a, b) from its 2x2 contingency table, the one place where they
 * are computed. Natural logarithms throughout. Inputs: n_ab units with both, n_a with a, n_b with
 * b, n units in all; 0 &lt; n_ab &lt;= min(n_a, n_b), n_a + n_b - n_ab &lt;= n.
 */
public final class AssociationMeasures {
  private AssociationMeasures() {
  }

  /** PMI = ln( p(a,b) / (p(a) p(b)) ) = ln( n_ab * n / (n_a * n_b) ). */
  public static double pmi(long nab, long na, long nb, long n) {
    return Math.log((double) nab * n / ((double) na * nb));
  }

  /**
   * NPMI = PMI / -ln p(a,b), in [-1, 1]. When p(a,b) = 1 (every unit has both) the denominator is
   * 0; a and b then always co-occur and NPMI is 1 by convention.
   */
  public static double npmi(long nab, long na, long nb, long n) {
    if (nab == n) {
      return 1.0;
    }
    return pmi(nab, na, nb, n) / -Math.log((double) nab / n);
  }

  /** Lift = p(a,b) / (p(a) p(b)) = n_ab * n / (n_a * n_b). */
  public static double lift(long nab, long na, long nb, long n) {
    return (double) nab * n / ((double) na * nb);
  }

  /** Jaccard = |A and B| / |A or B| = n_ab / (n_a + n_b - n_ab). */
  public static double jaccard(long nab, long na, long nb) {
    return (double) nab / (na + nb - nab);
  }

  /**
   * Dunning's log-likelihood ratio G2 = 2 * sum O_ij ln(O_ij / E_ij) over the four cells
   * O11 = n_ab, O12 = n_a - n_ab, O21 = n_b - n_ab, O22 = n - n_a - n_b + n_ab, with
   * E_ij = row_i * col_j / n and 0 ln 0 = 0.
   */
  public static double g2(long nab, long na, long nb, long n) {
    long o11 = nab;
    long o12 = na - nab;
    long o21 = nb - nab;
    long o22 = n - na - nb + nab;
    long r1 = na;
    long r2 = n - na;
    long c1 = nb;
    long c2 = n - nb;
    double sum = term(o11, r1, c1, n) + term(o12, r1, c2, n) + term(o21, r2, c1, n) + term(o22, r2, c2, n);
    return Math.max(0.0, 2.0 * sum);
  }

  private static double term(long observed, long row, long col, long n) {
    if (observed == 0) {
      return 0.0;
    }
    double expected = (double) row * col / n;
    return observed * Math.log(observed / expected);
  }

  /**
   * The significance rule: g2 at or above the threshold, at least {@code minCount} units, and at
   * least {@code minSources} distinct sources among their articles ({@code minSources} 1 switches
   * the last test off, so that an input without sources, n_sources 0, still has significant pairs).
   */
  public static boolean significant(double g2, long nab, long nSources, double g2Threshold, long minCount,
                                    long minSources) {
    return g2 >= g2Threshold && nab >= minCount && (minSources <= 1 || nSources >= minSources);
  }
}
