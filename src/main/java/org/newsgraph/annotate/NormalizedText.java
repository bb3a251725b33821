package org.newsgraph.annotate;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text folded for matching: lower case, diacritics removed, hyphens and dashes as spaces, curly
 * apostrophes as {@code '}, runs of white space as one space. Keeps, for every folded character,
 * the offset of the original character it came from, so matches map back to exact offsets.
 * ASCII is folded through a table; only other characters go through {@link Normalizer}. The
 * offsets are kept as segments over which the folded and the original text advance together (a new
 * segment begins after each collapsed run of white space or expanded character), not one per character.
 */
public final class NormalizedText {
  /** The folding of each ASCII character: lower case, white space and '-' as a space. */
  private static final char[] ASCII_FOLD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FOLD[c] = c == '-' || Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
  }

  private final char[] chars;
  private final int length;
  // segment k starts at folded offset segmentStart[k]; there, original = folded + segmentShift[k]
  private final int[] segmentStart;
  private final int[] segmentShift;
  private final int segments;
  private final int originalLength;
  private String folded;

  private NormalizedText(Folding f, int originalLength) {
    this.chars = f.out;
    this.length = f.len;
    this.segmentStart = f.start;
    this.segmentShift = f.shift;
    this.segments = f.count;
    this.originalLength = originalLength;
  }

  /**
   * The folded text while it is written: its characters, a run of spaces kept as one, and the
   * offset segments (a new one whenever the original offset does not follow on).
   */
  private static final class Folding {
    char[] out;
    int len;
    boolean lastSpace;
    int[] start = new int[8];
    int[] shift = new int[8];
    int count;
    int lastOrigin = -2;

    Folding(int capacity) {
      out = new char[capacity];
    }

    /** Appends folded character {@code m}, which came from the original character at {@code originAt}. */
    void append(char m, int originAt) {
      if (m == ' ' && lastSpace) {
        return;
      }
      lastSpace = m == ' ';
      if (len == out.length) {
        out = Arrays.copyOf(out, len * 2);
      }
      if (originAt != lastOrigin + 1) {
        if (count == start.length) {
          start = Arrays.copyOf(start, count * 2);
          shift = Arrays.copyOf(shift, count * 2);
        }
        start[count] = len;
        shift[count++] = originAt - len;
      }
      lastOrigin = originAt;
      out[len++] = m;
    }
  }

  public static NormalizedText of(String text) {
    int n = text.length();
    // folding rarely lengthens a text (only "ß" -> "ss" and the like): grow when it does
    Folding f = new Folding(n + 16);
    char[] original = text.toCharArray(); // one bulk copy: array reads are cheaper than charAt in this loop
    for (int i = 0; i < n; i++) {
      char c = original[i];
      if (c < 128) {
        f.append(ASCII_FOLD[c], i); // ASCII folds to one char through the table, without a String
      } else {
        String mapped = fold(c);
        for (int k = 0; k < mapped.length(); k++) {
          f.append(mapped.charAt(k), i);
        }
      }
    }
    return new NormalizedText(f, n);
  }

  /** Folds a gazetteer alias the same way as article text. */
  public static String fold(String alias) {
    return of(alias).folded().trim();
  }

  /** The folding of one character outside ASCII. */
  private static String fold(char c) {
    switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u00a0', '\u2009', '\u202f':
        return " ";
      case '\u2018', '\u2019', '\u02bc', '\u00b4':
        return "'";
      case '\u201c', '\u201d':
        return "\"";
      case '\u00df':
        return "ss";
      case '\u0131':
        return "i";
      default:
        break;
    }
    if (Character.isWhitespace(c)) {
      return " ";
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char x = d.charAt(k);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        b.append(Character.toLowerCase(x));
      }
    }
    return b.toString();
  }

  public String folded() {
    if (folded == null) {
      folded = new String(chars, 0, length);
    }
    return folded;
  }

  /** Length of the folded text. */
  public int length() {
    return length;
  }

  /** The folded character at {@code i} (as {@code folded().charAt(i)}, without building the string). */
  public char charAt(int i) {
    if (i >= length) {
      throw new StringIndexOutOfBoundsException(i);
    }
    return chars[i];
  }

  /** The folded characters, valid up to {@link #length()}; for the matcher's loop, not to be changed. */
  char[] chars() {
    return chars;
  }

  /** Original offset of the folded character at {@code i}. */
  public int originalStart(int i) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException(i);
    }
    int lo = 0;
    int hi = segments - 1;
    while (lo < hi) { // the last segment starting at or before i
      int mid = (lo + hi + 1) >>> 1;
      if (segmentStart[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return i + segmentShift[lo];
  }

  /** Original end offset (exclusive) of a folded span ending (exclusive) at {@code end}. */
  public int originalEnd(int end) {
    return end <= 0 ? 0 : originalStart(end - 1) + 1;
  }

  public int originalLength() {
    return originalLength;
  }
}
