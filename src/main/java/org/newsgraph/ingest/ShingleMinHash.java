package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Per-article work of near-duplicate detection, without Spark: word 3-shingles hashed to 64 bits,
 * a MinHash signature of {@value #NUM_HASHES} values, its bands, and the exact Jaccard similarity
 * of two shingle sets.
 *
 * <ul>
 *   <li>Words are the maximal runs of letters ({@code \p{L}}) and digits ({@code \p{N}}) of the
 *       lower-cased text (Locale.ROOT), as {@code split(lower(text), "[^\\p{L}\\p{N}]+")} gives them.
 *       A word is hashed with 64-bit FNV-1a over its UTF-16 chars and finished with the murmur3
 *       64-bit mixer ({@link #mix}); a shingle of three consecutive words chains the three word
 *       hashes through the mixer, so word order matters. {@link #shingles} returns the distinct
 *       shingle hashes sorted ascending in a {@code long[]}; texts of fewer than three words have
 *       none and are never near-duplicates.</li>
 *   <li>Signature: for i in 0..{@value #NUM_HASHES}-1, {@code sig[i] = min over shingles s of
 *       (a_i * s + b_i) mod 2^64} (signed order), with odd a_i and b_i drawn from a SplitMix64
 *       stream seeded with {@link #SEED}: fixed, so signatures are the same in every run and
 *       on every executor.</li>
 *   <li>Banding: the first B*R signature values are cut into B bands of R rows; a band's hash
 *       chains its band index and R values through the mixer. Two articles become a candidate pair
 *       when any band hash is equal. For a pair at Jaccard J (each min-hash agrees with probability
 *       J) that happens with probability {@code P(J) = 1 - (1 - J^R)^B}
 *       ({@link #candidateProbability}). {@link #forThreshold} takes the largest R (with B =
 *       floor(128 / R)) for which P(threshold) &gt;= {@value #MIN_RECALL}; for the default threshold
 *       0.9 that is R = 8, B = 16 (B*R = 128):
 *       <pre>
 *       J = 0.9: 0.9^8 = 0.43047;  (1 - 0.43047)^16 = 0.56953^16 = e^(16 * -0.56293) = 1.22e-4
 *                P = 0.99988 (R = 9, B = 14 would give 1 - 0.61258^14 = 0.99895 &lt; 0.999)
 *       J = 0.5: 0.5^8 = 1/256;    (255/256)^16 = e^(16 * -0.0039139) = 0.9393;  P = 0.061
 *       J = 0.3: 0.3^8 = 6.56e-5;  P = 1 - (1 - 6.56e-5)^16 = 0.00105
 *       </pre>
 *       So at most one true near-duplicate pair in ~8,000 is missed, and a pair of merely related
 *       articles rarely reaches the (exact) verification.</li>
 *   <li>{@link #jaccard} is exact: the merge intersection of two sorted shingle arrays, not the
 *       signature's estimate (whose standard deviation with 128 hashes is ~0.02 near 0.9).</li>
 * </ul>
 * Everything works on primitive {@code long[]}: no boxed sets, one lower-cased copy of the text.
 */
public final class ShingleMinHash implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int SHINGLE_WORDS = 3;
  public static final int NUM_HASHES = 128;
  public static final double MIN_RECALL = 0.999;
  static final long SEED = 20240917L;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int rows;
  private final int bands;
  private final long[] multipliers = new long[NUM_HASHES];
  private final long[] addends = new long[NUM_HASHES];

  /** B bands of R rows each; B * R must be at most {@value #NUM_HASHES}. */
  public ShingleMinHash(int rows, int bands) {
    if (rows < 1 || bands < 1 || (long) rows * bands > NUM_HASHES) {
      throw new IllegalArgumentException("need rows >= 1, bands >= 1 and rows * bands <= " + NUM_HASHES
          + ", got rows " + rows + ", bands " + bands);
    }
    this.rows = rows;
    this.bands = bands;
    long state = SEED;
    for (int i = 0; i < NUM_HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      multipliers[i] = mix(state) | 1L;
      state += 0x9e3779b97f4a7c15L;
      addends[i] = mix(state);
    }
  }

  /** The banding with the most rows per band whose candidate probability at {@code jaccard} is >= 0.999. */
  public static ShingleMinHash forThreshold(double jaccard) {
    if (!(jaccard > 0 && jaccard <= 1)) {
      throw new IllegalArgumentException("Jaccard threshold must be in (0, 1], got " + jaccard);
    }
    int best = 1;
    for (int r = 1; r <= NUM_HASHES; r++) {
      if (candidateProbability(jaccard, r, NUM_HASHES / r) >= MIN_RECALL) {
        best = r;
      }
    }
    return new ShingleMinHash(best, NUM_HASHES / best);
  }

  /** 1 - (1 - J^R)^B: the chance that a pair at Jaccard J shares at least one of B bands of R rows. */
  public static double candidateProbability(double jaccard, int rows, int bands) {
    return 1.0 - Math.pow(1.0 - Math.pow(jaccard, rows), bands);
  }

  public int rows() {
    return rows;
  }

  public int bands() {
    return bands;
  }

  /** The murmur3 64-bit finaliser (fmix64): a bijection that spreads every input bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Distinct hashes of the word 3-shingles of {@code text}, sorted ascending; empty below 3 words. */
  public static long[] shingles(String text) {
    if (text == null || text.isEmpty()) {
      return new long[0];
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    long[] out = new long[Math.max(8, n / 6)];
    int size = 0;
    long w1 = 0;
    long w2 = 0;
    int words = 0;
    int i = 0;
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      long h = FNV_OFFSET;
      while (i < n) {
        cp = lower.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        int len = Character.charCount(cp);
        for (int k = 0; k < len; k++) {
          h = (h ^ lower.charAt(i + k)) * FNV_PRIME;
        }
        i += len;
      }
      long w3 = mix(h);
      words++;
      if (words >= SHINGLE_WORDS) {
        if (size == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = mix(mix(mix(SEED ^ w1) ^ w2) ^ w3);
      }
      w1 = w2;
      w2 = w3;
    }
    Arrays.sort(out, 0, size);
    int distinct = 0;
    for (int k = 0; k < size; k++) {
      if (distinct == 0 || out[k] != out[distinct - 1]) {
        out[distinct++] = out[k];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The {@value #NUM_HASHES} min-hashes of a non-empty shingle set. */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      throw new IllegalArgumentException("an empty shingle set has no MinHash signature");
    }
    int k = rows * bands;
    long[] sig = new long[k];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < k; i++) {
        long v = multipliers[i] * s + addends[i];
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** One hash per band of the signature (band index included), in band order. */
  public long[] bandHashes(long[] signature) {
    long[] out = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(SEED + b);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[b * rows + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** Band hashes of a text; empty when it has no shingles (fewer than 3 words). */
  public long[] bandHashesOf(String text) {
    long[] shingles = shingles(text);
    return shingles.length == 0 ? new long[0] : bandHashes(signature(shingles));
  }

  /** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct arrays; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /** Exact Jaccard similarity of the shingle sets of two texts. */
  public static double textJaccard(String a, String b) {
    return jaccard(shingles(a), shingles(b));
  }
}
