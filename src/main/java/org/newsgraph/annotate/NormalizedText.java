package org.newsgraph.annotate;

import java.text.Normalizer;

/**
 * Text folded for matching: lower case, diacritics removed, hyphens and dashes as spaces, curly
 * apostrophes as {@code '}, runs of white space as one space. Keeps, for every folded character,
 * the offset of the original character it came from, so matches map back to exact offsets.
 */
public final class NormalizedText {
  private final String folded;
  private final int[] origin;
  private final int originalLength;

  private NormalizedText(String folded, int[] origin, int originalLength) {
    this.folded = folded;
    this.origin = origin;
    this.originalLength = originalLength;
  }

  public static NormalizedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() * 2 + 1];
    boolean lastSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String mapped = fold(c);
      for (int k = 0; k < mapped.length(); k++) {
        char m = mapped.charAt(k);
        if (m == ' ') {
          if (lastSpace) {
            continue;
          }
          lastSpace = true;
        } else {
          lastSpace = false;
        }
        if (out.length() == origin.length) {
          origin = java.util.Arrays.copyOf(origin, origin.length * 2);
        }
        origin[out.length()] = i;
        out.append(m);
      }
    }
    return new NormalizedText(out.toString(), origin, text.length());
  }

  /** Folds a gazetteer alias the same way as article text. */
  public static String fold(String alias) {
    return of(alias).folded().trim();
  }

  private static String fold(char c) {
    if (c < 128) {
      if (c == '-' || Character.isWhitespace(c)) {
        return " ";
      }
      return String.valueOf(Character.toLowerCase(c));
    }
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
    return folded;
  }

  /** Original offset of the folded character at {@code i}. */
  public int originalStart(int i) {
    return origin[i];
  }

  /** Original end offset (exclusive) of a folded span ending (exclusive) at {@code end}. */
  public int originalEnd(int end) {
    return end <= 0 ? 0 : origin[end - 1] + 1;
  }

  public int originalLength() {
    return originalLength;
  }
}
