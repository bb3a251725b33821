package org.newsgraph.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Rule-based sentence bounds for mention sentence indexes: a sentence ends at {@code .!?} (plus
 * closing quotes) followed by white space and an upper-case letter, digit or quote, unless the
 * word before is a known abbreviation or an initial; a blank line always ends one.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen",
      "lt", "col", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr", "vs", "no", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
      "inc", "corp", "co", "ltd", "e.g", "i.e", "etc", "rev", "hon", "pres", "adm", "maj", "mt");
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  private SentenceSplitter() {
  }

  /** Start offsets of the sentences of {@code text}; the first is always 0. */
  public static int[] sentenceStarts(String text) {
    int[] starts = new int[16];
    int count = 1; // starts[0] = 0
    int n = text.length();
    char[] cs = text.toCharArray(); // one bulk copy: array reads are cheaper than charAt in this loop
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c > '?') {
        continue; // letters and most punctuation: '\n', '.', '!' and '?' are all at or below '?'
      }
      if (c == '\n' && i + 1 < n && cs[i + 1] == '\n') {
        int j = skipSpace(text, i);
        if (j < n && j > starts[count - 1]) {
          starts = add(starts, count++, j);
        }
        i = j - 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n && (cs[end] == '"' || cs[end] == '\u201d'
          || cs[end] == '\'' || cs[end] == ')')) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(cs[end])) {
        continue;
      }
      int next = skipSpace(text, end);
      if (next >= n) {
        break;
      }
      char nc = cs[next];
      if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '"' || nc == '\u201c')) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      if (next > starts[count - 1]) {
        starts = add(starts, count++, next);
      }
      i = next - 1;
    }
    return Arrays.copyOf(starts, count);
  }

  private static int[] add(int[] starts, int at, int start) {
    int[] out = at < starts.length ? starts : Arrays.copyOf(starts, starts.length * 2);
    out[at] = start;
    return out;
  }

  /** Index of the sentence holding offset {@code pos}. */
  public static int sentenceIndex(int[] starts, int pos) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    if (dot - s > LONGEST_ABBREVIATION) {
      return false; // no abbreviation or initial is this long (lower-casing never shortens a word)
    }
    String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // an initial: "George W. Bush"
    }
    return ABBREVIATIONS.contains(word);
  }
}
