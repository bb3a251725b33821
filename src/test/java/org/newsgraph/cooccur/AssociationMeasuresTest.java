package org.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssociationMeasuresTest {
  private static final double EPS = 1e-9;

  // The 2x2 table used below: n = 100 articles, a in 20, b in 10, both in 8.
  //            b     not b  | row
  //   a        8      12    |  20
  //   not a    2      78    |  80
  //   col     10      90    | 100
  // Expected counts E = row * col / n: 20*10/100 = 2, 20*90/100 = 18, 80*10/100 = 8, 80*90/100 = 72.

  @Test
  void pmiAndLift() {
    // p(a,b) / (p(a) p(b)) = 0.08 / (0.2 * 0.1) = 4
    assertEquals(4.0, AssociationMeasures.lift(8, 20, 10, 100), EPS);
    assertEquals(Math.log(4), AssociationMeasures.pmi(8, 20, 10, 100), EPS);
    assertEquals(1.3862943611, AssociationMeasures.pmi(8, 20, 10, 100), 1e-9);
  }

  @Test
  void npmi() {
    // ln 4 / -ln 0.08 = 1.3862944 / 2.5257286 = 0.5488691
    assertEquals(0.5488691, AssociationMeasures.npmi(8, 20, 10, 100), 1e-6);
  }

  @Test
  void npmiIsOneWhenThePairAlwaysCoOccurs() {
    // n_ab = n_a = n_b = 5 of 50: PMI = ln(5*50/(5*5)) = ln 10, -ln p(a,b) = -ln(5/50) = ln 10 -> 1
    assertEquals(1.0, AssociationMeasures.npmi(5, 5, 5, 50), EPS);
    // every unit has both: -ln 1 = 0 would divide by zero; by convention NPMI = 1
    assertEquals(1.0, AssociationMeasures.npmi(7, 7, 7, 7), EPS);
  }

  @Test
  void npmiIsNegativeForAPairSeenLessThanChance() {
    // n_ab=1, n_a=50, n_b=50, n=100: PMI = ln(1*100/2500) = ln 0.04 < 0
    assertTrue(AssociationMeasures.npmi(1, 50, 50, 100) < 0);
  }

  @Test
  void jaccard() {
    // 8 / (20 + 10 - 8) = 8 / 22
    assertEquals(8.0 / 22.0, AssociationMeasures.jaccard(8, 20, 10), EPS);
    assertEquals(0.3636363636, AssociationMeasures.jaccard(8, 20, 10), 1e-9);
  }

  @Test
  void g2() {
    // 2 * (8 ln(8/2) + 12 ln(12/18) + 2 ln(2/8) + 78 ln(78/72))
    // = 2 * (11.0903549 - 4.8655813 - 2.7725887 + 6.2433301) = 2 * 9.6955150 = 19.3910300
    assertEquals(19.3910300, AssociationMeasures.g2(8, 20, 10, 100), 1e-5);
  }

  @Test
  void g2WithZeroCells() {
    // n_ab = n_a = n_b = 5 of 50: O = [5, 0; 0, 45], E11 = 5*5/50 = 0.5, E22 = 45*45/50 = 40.5;
    // the zero cells add 0 (0 ln 0 = 0): 2 * (5 ln 10 + 45 ln(45/40.5)) = 2 * (11.5129255 + 4.7412225)
    assertEquals(32.5082960, AssociationMeasures.g2(5, 5, 5, 50), 1e-5);
    // independence: n_ab = n_a * n_b / n exactly (10 * 10 / 100 = 1) -> every O = E -> G2 = 0
    assertEquals(0.0, AssociationMeasures.g2(1, 10, 10, 100), EPS);
  }

  @Test
  void significanceNeedsEveryThreshold() {
    // min_sources 1 (the default) is off: n_sources 0 (an input without sources) passes
    assertTrue(AssociationMeasures.significant(19.39, 8, 0, 10.83, 5, 1));
    assertFalse(AssociationMeasures.significant(19.39, 4, 3, 10.83, 5, 1), "n_ab below 5");
    assertFalse(AssociationMeasures.significant(10.82, 8, 3, 10.83, 5, 1), "g2 below 10.83");
    // min_sources 3: 3 sources pass, 2 do not (8 articles from 2 outlets), nor 0
    assertTrue(AssociationMeasures.significant(19.39, 8, 3, 10.83, 5, 3));
    assertFalse(AssociationMeasures.significant(19.39, 8, 2, 10.83, 5, 3), "2 sources below 3");
    assertFalse(AssociationMeasures.significant(19.39, 8, 0, 10.83, 5, 3), "no source below 3");
  }
}
