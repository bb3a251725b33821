package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShingleMinHashTest {
  /** "w0 w1 ... w{n-1}": n distinct words. */
  private static String words(int n, String prefix) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(prefix).append(i);
    }
    return b.toString();
  }

  @Test
  void identicalTextsHaveJaccardOne() {
    String text = words(100, "w");
    assertEquals(1.0, ShingleMinHash.textJaccard(text, text));
    // case and punctuation do not matter: the words are the same
    assertEquals(1.0, ShingleMinHash.textJaccard("The Minister, said: \"no\".", "the minister said no"));
  }

  @Test
  void shinglesAreTheDistinctWordTriples() {
    // 100 distinct words -> 100 - 2 = 98 shingles, all distinct
    assertEquals(98, ShingleMinHash.shingles(words(100, "w")).length);
    // "a b a b a b": triples (a b a), (b a b), (a b a), (b a b) -> 2 distinct
    assertEquals(2, ShingleMinHash.shingles("a b a b a b").length);
    // fewer than 3 words: no shingles; null and empty too
    assertEquals(0, ShingleMinHash.shingles("two words").length);
    assertEquals(0, ShingleMinHash.shingles(null).length);
    assertEquals(0, ShingleMinHash.shingles(" ... ").length);
    // word order matters: (a b c) != (c b a)
    assertEquals(0.0, ShingleMinHash.textJaccard("a b c", "c b a"));
    // letters and digits of any script are word characters: "über 2024 café" is 3 words, 1 shingle
    assertEquals(1, ShingleMinHash.shingles("Über-2024 café!").length);
    long[] s = ShingleMinHash.shingles(words(50, "x"));
    long[] sorted = s.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, s);
  }

  @Test
  void oneWordChangedInAHundredWordText() {
    String[] w = words(100, "w").split(" ");
    String original = String.join(" ", w);
    // change word 50 (not within 2 of either end): the shingles starting at words 48, 49, 50
    // contain it, so 3 of the 98 shingles are replaced by 3 new ones.
    // |A ∩ B| = 98 - 3 = 95, |A ∪ B| = 98 + 3 = 101, J = 95 / 101 = 0.940594...
    w[50] = "changed";
    assertEquals(95.0 / 101.0, ShingleMinHash.textJaccard(original, String.join(" ", w)), 1e-12);
    // changing the first word touches only shingle 0: J = 97 / 99
    String[] v = words(100, "w").split(" ");
    v[0] = "changed";
    assertEquals(97.0 / 99.0, ShingleMinHash.textJaccard(original, String.join(" ", v)), 1e-12);
  }

  @Test
  void jaccardIsAMergeOfSortedSets() {
    // {1,3,5,7} and {3,4,5}: common {3,5} = 2, union 4 + 3 - 2 = 5 -> 0.4
    assertEquals(0.4, ShingleMinHash.jaccard(new long[] {1, 3, 5, 7}, new long[] {3, 4, 5}), 1e-12);
    assertEquals(0.0, ShingleMinHash.jaccard(new long[] {-5, 2}, new long[] {-4, 3}));
    assertEquals(0.0, ShingleMinHash.jaccard(new long[0], new long[0]));
  }

  @Test
  void bandingForTheDefaultThresholdIsSixteenBandsOfEightRows() {
    ShingleMinHash lsh = ShingleMinHash.forThreshold(0.9);
    assertEquals(8, lsh.rows());
    assertEquals(16, lsh.bands());
    // J = 0.9: 0.9^8 = 0.43046721; 1 - 0.43046721 = 0.56953279; ^16 = e^(16 ln 0.56953279)
    //   = e^(16 * -0.562940) = e^(-9.00704) = 1.2231e-4 -> P = 0.999878
    assertEquals(0.999878, ShingleMinHash.candidateProbability(0.9, 8, 16), 1e-6);
    // 9 rows leave 14 bands: 0.9^9 = 0.38742049; 0.61257951^14 = e^(14 * -0.490068) = 0.0010466
    //   -> P = 0.998953 < 0.999, so 8 is the most rows that keep recall >= 0.999
    assertEquals(0.998953, ShingleMinHash.candidateProbability(0.9, 9, 14), 1e-6);
    // J = 0.5: 0.5^8 = 1/256; (255/256)^16 = e^(16 * -0.00391390) = e^(-0.0626224)
    //   = 1 - 0.0626224 + 0.0019608 - 0.0000409 + 0.0000006 = 0.939298 -> P = 0.060702
    assertEquals(0.060702, ShingleMinHash.candidateProbability(0.5, 8, 16), 1e-6);
    // a lower threshold needs shorter bands: J = 0.8, R = 5, B = 25: 0.8^5 = 0.32768;
    //   0.67232^25 = e^(25 * -0.397013) = 4.91e-5 -> P = 0.99995; R = 6, B = 21:
    //   0.8^6 = 0.262144; 0.737856^21 = e^(21 * -0.304000) = 0.001693 -> P = 0.99831 < 0.999
    ShingleMinHash low = ShingleMinHash.forThreshold(0.8);
    assertEquals(5, low.rows());
    assertEquals(25, low.bands());
  }

  @Test
  void signaturesAreDeterministicAndEstimateJaccard() {
    ShingleMinHash lsh = ShingleMinHash.forThreshold(0.9);
    long[] a = ShingleMinHash.shingles(words(400, "w"));
    // a fresh instance (as on another executor) gives the same signature and bands
    assertArrayEquals(lsh.signature(a), new ShingleMinHash(8, 16).signature(a));
    assertArrayEquals(lsh.bandHashes(lsh.signature(a)), new ShingleMinHash(8, 16).bandHashesOf(words(400, "w")));
    assertEquals(128, lsh.signature(a).length);
    assertEquals(16, lsh.bandHashes(lsh.signature(a)).length);
    // texts w0..w399 and w200..w599 (398 shingles each) share words w200..w399: A's shingles
    // start at w0..w397, B's at w200..w597, common starts w200..w397 = 198;
    // union = 398 + 398 - 198 = 598; J = 198 / 598 = 0.331
    String[] b = new String[400];
    for (int i = 0; i < 400; i++) {
      b[i] = "w" + (200 + i);
    }
    long[] bs = ShingleMinHash.shingles(String.join(" ", b));
    assertEquals(198.0 / 598.0, ShingleMinHash.jaccard(a, bs), 1e-12);
    // the fraction of equal min-hashes estimates J: sd = sqrt(0.331 * 0.669 / 128) = 0.042, allow 4 sd
    long[] sa = lsh.signature(a);
    long[] sb = lsh.signature(bs);
    int equal = 0;
    for (int i = 0; i < sa.length; i++) {
      equal += sa[i] == sb[i] ? 1 : 0;
    }
    assertEquals(198.0 / 598.0, equal / 128.0, 4 * 0.042);
  }

  @Test
  void nearCopiesShareABandAndUnrelatedTextsDoNot() {
    ShingleMinHash lsh = ShingleMinHash.forThreshold(0.9);
    String[] w = words(100, "w").split(" ");
    long[] original = lsh.bandHashesOf(String.join(" ", w));
    w[50] = "changed"; // J = 95/101 = 0.94: P(share a band) = 1 - (1 - 0.94^8)^16 > 0.9999
    long[] copy = lsh.bandHashesOf(String.join(" ", w));
    long[] unrelated = lsh.bandHashesOf(words(100, "z")); // J = 0
    assertTrue(sharesBand(original, copy));
    assertTrue(!sharesBand(original, unrelated));
    assertNotEquals(original[0], original[1]); // the band index is part of the hash
    assertEquals(0, lsh.bandHashesOf("too short").length);
  }

  private static boolean sharesBand(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void rejectsImpossibleBandings() {
    assertThrows(IllegalArgumentException.class, () -> new ShingleMinHash(8, 17));
    assertThrows(IllegalArgumentException.class, () -> new ShingleMinHash(0, 16));
    assertThrows(IllegalArgumentException.class, () -> ShingleMinHash.forThreshold(0));
    assertThrows(IllegalArgumentException.class,
        () -> ShingleMinHash.forThreshold(0.9).signature(new long[0]));
  }
}
