package org.newsgraph.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.gazetteer.Alias;

/**
 * Finds every gazetteer alias in a text: one trie over the folded aliases ({@link NormalizedText}),
 * walked from every word start, so whole words only (a possessive "'s" is a word boundary), case
 * checked for case-sensitive aliases, and overlaps settled by longest match, then leftmost
 * ("Papua New Guinea" over "Guinea"). Plain Java, no Spark: one instance per executor JVM, immutable
 * after construction and safe to share between threads.
 *
 * <p>The hot path allocates per text only the folded text, the candidates and the strings they
 * carry: the trie is one flat int array (no boxed characters), the case keys of the aliases are computed
 * once, and the alias lists of a candidate are shared, precomputed lists when no alias is refused.
 */
public final class AliasMatcher {

  /** A span of the original text and the aliases that can name it. */
  public record Candidate(int start, int end, String surface, List<Alias> aliases) {
  }

  private static final Comparator<Candidate> LONGEST_THEN_LEFTMOST =
      Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
          .thenComparingInt(Candidate::start);
  private static final Comparator<Candidate> BY_START = Comparator.comparingInt(Candidate::start);
  private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
    }
  }

  /** One folded alias text: every alias written so, and its case keys. */
  private record Keyword(List<Alias> all, List<Alias> prefixOnly, String[] caseKeys, boolean anyCaseSensitive) {
  }

  /*
   * The trie as one int array, so that a step from node to child reads one or two cache lines (the
   * walks from word starts are most of the matcher's time). Nodes are laid out breadth first (the
   * ones near the root, walked from nearly every word, lie together); a node at offset n is
   *   trie[n]     (index of its Keyword + 1) * 2, plus 1 when the keyword has prefix aliases; 0 when
   *               no alias ends there (so a walk passing a key mid-word reads no Keyword)
   *   trie[n + 1] its number of children k
   *   then, when k >= DENSE_CHILDREN, the offset of its row in denseChildren (child by ASCII character)
   *   then k pairs (character, child offset), sorted by character.
   * The root is at offset 0 and always has a dense row.
   */
  private static final int DENSE_CHILDREN = 8;
  private final int[] trie;
  private final int[] denseChildren; // rows of 128: child offset by ASCII character, or -1
  private final Keyword[] keywords;

  /*
   * A filter in front of the trie. Most word starts begin no alias, but the walk from them still
   * takes a few steps into the trie's deeper levels, which do not stay in the CPU cache (the trie is
   * ~1.4 MB). An alias can only match from a word whose whole text is the alias's first word (up to
   * its first character that is not a word character), or, for a one-word key with prefix aliases
   * ("tariff*"), whose text begins with that key. So the first words are bits of a small bit set
   * (2^FIRST_WORD_BITS bits, 16 KB: ~9,500 first words set ~7% of it) by a hash of their
   * characters, the first {@code prefixChars} characters of the one-word prefix keys are bits of a
   * second one, and the trie is walked only from a word with a bit set in either. A false positive
   * costs the walk that would have been taken anyway, never a match.
   */
  private static final int FIRST_WORD_BITS = 17;
  private static final int PREFIX_BITS = 12;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private final long[] firstWords = new long[1 << (FIRST_WORD_BITS - 6)];
  private final long[] prefixStarts = new long[1 << (PREFIX_BITS - 6)];
  private final int prefixChars; // length of the shortest one-word prefix key; 0 when there is none
  private final boolean nonWordStarts; // some key begins with a character that is not a word character

  public AliasMatcher(List<Alias> aliases) {
    Map<String, List<Alias>> byFolded = new HashMap<>();
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    children.add(new TreeMap<>());
    Map<Integer, String> keyAt = new HashMap<>();
    for (Alias a : aliases) {
      String key = NormalizedText.fold(a.text());
      if (key.length() < 2) {
        continue;
      }
      byFolded.computeIfAbsent(key, k -> {
        int node = 0;
        for (int i = 0; i < k.length(); i++) {
          Integer next = children.get(node).get(k.charAt(i));
          if (next == null) {
            next = children.size();
            children.add(new TreeMap<>());
            children.get(node).put(k.charAt(i), next);
          }
          node = next;
        }
        keyAt.put(node, k);
        return new ArrayList<>();
      }).add(a);
    }
    int nodes = children.size();
    List<Integer> order = new ArrayList<>(nodes); // node numbers, breadth first
    order.add(0);
    for (int next = 0; next < order.size(); next++) {
      order.addAll(children.get(order.get(next)).values());
    }
    int[] offset = new int[nodes]; // by node number
    int size = 0;
    int rows = 0;
    for (int node : order) {
      int k = children.get(node).size();
      boolean dense = node == 0 || k >= DENSE_CHILDREN;
      offset[node] = size;
      size += 2 + (dense ? 1 : 0) + 2 * k;
      rows += dense ? 1 : 0;
    }
    trie = new int[size];
    denseChildren = new int[128 * rows];
    Arrays.fill(denseChildren, -1);
    keywords = new Keyword[keyAt.size()];
    int keywordCount = 0;
    int row = 0;
    for (int node : order) {
      int n = offset[node];
      String key = keyAt.get(node);
      if (key != null) {
        Keyword kw = keyword(byFolded.get(key));
        keywords[keywordCount] = kw;
        trie[n] = ++keywordCount * 2 + (kw.prefixOnly().isEmpty() ? 0 : 1);
      }
      int k = children.get(node).size();
      trie[n + 1] = k;
      int e = n + 2;
      int denseAt = -1;
      if (node == 0 || k >= DENSE_CHILDREN) {
        denseAt = 128 * row++;
        trie[e++] = denseAt;
      }
      for (Map.Entry<Character, Integer> c : children.get(node).entrySet()) { // sorted by character
        trie[e++] = c.getKey();
        trie[e++] = offset[c.getValue()];
        if (denseAt >= 0 && c.getKey() < 128) {
          denseChildren[denseAt + c.getKey()] = offset[c.getValue()];
        }
      }
    }
    boolean nonWord = false;
    List<String> prefixKeys = new ArrayList<>();
    for (Map.Entry<String, List<Alias>> e : byFolded.entrySet()) {
      String key = e.getKey();
      int w = 0;
      while (w < key.length() && isWordChar(key.charAt(w))) {
        w++;
      }
      if (w == 0) {
        nonWord = true;
        continue;
      }
      set(firstWords, FIRST_WORD_BITS, hash(key, w));
      if (w == key.length() && e.getValue().stream().anyMatch(Alias::prefix)) {
        prefixKeys.add(key);
      }
    }
    nonWordStarts = nonWord;
    prefixChars = prefixKeys.stream().mapToInt(String::length).min().orElse(0);
    for (String key : prefixKeys) {
      set(prefixStarts, PREFIX_BITS, hash(key, prefixChars));
    }
  }

  /** FNV-1a over the first {@code length} characters of {@code s}, as {@link #find} hashes a word. */
  private static long hash(CharSequence s, int length) {
    long h = FNV_OFFSET;
    for (int i = 0; i < length; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** Bit {@code h}'s top {@code bits} bits after a Fibonacci multiply, set. */
  private static void set(long[] bitSet, int bits, long h) {
    int b = (int) ((h * 0x9e3779b97f4a7c15L) >>> (64 - bits));
    bitSet[b >>> 6] |= 1L << b;
  }

  private static boolean isSet(long[] bitSet, int bits, long h) {
    int b = (int) ((h * 0x9e3779b97f4a7c15L) >>> (64 - bits));
    return (bitSet[b >>> 6] & (1L << b)) != 0;
  }

  private static Keyword keyword(List<Alias> aliases) {
    String[] caseKeys = new String[aliases.size()];
    boolean anyCaseSensitive = false;
    List<Alias> prefixOnly = new ArrayList<>();
    for (int i = 0; i < aliases.size(); i++) {
      Alias a = aliases.get(i);
      if (a.caseSensitive()) {
        caseKeys[i] = caseKey(a.text());
        anyCaseSensitive = true;
      }
      if (a.prefix()) {
        prefixOnly.add(a);
      }
    }
    return new Keyword(List.copyOf(aliases), List.copyOf(prefixOnly), caseKeys, anyCaseSensitive);
  }

  /** The child of the trie node at offset {@code node} by character {@code c}, or -1. */
  private int child(int node, char c) {
    int k = trie[node + 1];
    if (k >= DENSE_CHILDREN || node == 0) {
      if (c < 128) {
        return denseChildren[trie[node + 2] + c];
      }
      return search(node + 3, k, c);
    }
    for (int e = node + 2; e < node + 2 + 2 * k; e += 2) {
      if (trie[e] == c) {
        return trie[e + 1];
      }
    }
    return -1;
  }

  /** Binary search of the {@code k} (character, child) pairs from offset {@code pairs}. */
  private int search(int pairs, int k, char c) {
    int lo = 0;
    int hi = k - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int m = trie[pairs + 2 * mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return trie[pairs + 2 * mid + 1];
      }
    }
    return -1;
  }

  /**
   * Told every word of a text while the matcher reads it, so that a second reader of the words (the
   * topic cues) needs no pass of its own: a word is a run of word characters of the folded text.
   */
  public interface WordSink {
    /** Before the first word: the folded text the words are offsets of. */
    void begin(NormalizedText text);

    /** The word {@code folded[start, end)}, with its FNV-1a hash (the one the first-word filter reads). */
    void word(char[] folded, int start, int end, long hash);
  }

  public List<Candidate> find(String text) {
    return find(text, false, null);
  }

  public List<Candidate> find(String text, boolean ignoreCase) {
    return find(text, ignoreCase, null);
  }

  /**
   * As {@link #find(String)}; with {@code ignoreCase} the case check of case-sensitive aliases is
   * skipped (a headline in capitals carries no case information); {@code words}, when not null, is
   * told every word of the text in order.
   */
  public List<Candidate> find(String text, boolean ignoreCase, WordSink words) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    NormalizedText norm = NormalizedText.of(text);
    if (words != null) {
      words.begin(norm);
    }
    char[] folded = norm.chars();
    int n = norm.length();
    List<Candidate> candidates = new ArrayList<>();
    int start = 0;
    while (start < n) { // every alias starts a word: at 0 or after a character that is not a word character
      if (!isWordChar(folded[start])) {
        if (nonWordStarts && (start == 0 || !isWordChar(folded[start - 1]))) {
          walk(folded, n, start, norm, text, ignoreCase, candidates);
        }
        start++;
        continue;
      }
      // a word starts here: hash it to its end, and its first prefixChars characters on the way
      int end = start;
      long h = FNV_OFFSET;
      boolean prefixHit = false;
      while (end < n && isWordChar(folded[end])) {
        h = (h ^ folded[end]) * FNV_PRIME;
        end++;
        if (end - start == prefixChars) {
          prefixHit = isSet(prefixStarts, PREFIX_BITS, h);
        }
      }
      if (words != null) {
        words.word(folded, start, end, h);
      }
      if (prefixHit || isSet(firstWords, FIRST_WORD_BITS, h)) {
        walk(folded, n, start, norm, text, ignoreCase, candidates);
      }
      start = end;
    }
    return longestLeftmost(candidates);
  }

  /** Walks the trie from {@code start}, adding a candidate for every key that ends on a word boundary there. */
  private void walk(char[] folded, int n, int start, NormalizedText norm, String text, boolean ignoreCase,
                    List<Candidate> candidates) {
    int node = 0;
    for (int p = start; p < n; p++) {
      node = child(node, folded[p]);
      if (node < 0) {
        break;
      }
      int key = trie[node];
      if (key == 0) {
        continue;
      }
      int end = p + 1;
      if (end >= n || !isWordChar(folded[end])) {
        Keyword k = keywords[(key >>> 1) - 1];
        addCandidate(candidates, norm, text, start, end, k, k.all(), ignoreCase);
      } else if ((key & 1) != 0) {
        Keyword k = keywords[(key >>> 1) - 1];
        int wordEnd = end;
        while (wordEnd < n && isWordChar(folded[wordEnd])) {
          wordEnd++;
        }
        addCandidate(candidates, norm, text, start, wordEnd, k, k.prefixOnly(), ignoreCase);
      }
    }
  }

  private static void addCandidate(List<Candidate> out, NormalizedText norm, String text,
                                   int foldedStart, int foldedEnd, Keyword k, List<Alias> aliases,
                                   boolean ignoreCase) {
    int start = norm.originalStart(foldedStart);
    int end = norm.originalEnd(foldedEnd);
    String surface = text.substring(start, end);
    if (ignoreCase || !k.anyCaseSensitive()) {
      out.add(new Candidate(start, end, surface, aliases));
      return;
    }
    String surfaceKey = caseKey(surface);
    List<Alias> kept = null; // null while every alias so far is kept
    for (int i = 0; i < aliases.size(); i++) {
      Alias a = aliases.get(i);
      boolean refused = a.caseSensitive() && !surfaceKey.equals(caseKeyOf(k, a));
      if (refused && kept == null) {
        kept = new ArrayList<>(aliases.subList(0, i));
      } else if (!refused && kept != null) {
        kept.add(a);
      }
    }
    if (kept == null) {
      out.add(new Candidate(start, end, surface, aliases));
    } else if (!kept.isEmpty()) {
      out.add(new Candidate(start, end, surface, kept));
    }
  }

  private static String caseKeyOf(Keyword k, Alias a) {
    List<Alias> all = k.all();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == a) {
        return k.caseKeys()[i];
      }
    }
    throw new IllegalStateException("alias not in its keyword: " + a);
  }

  /**
   * Keeps the longest candidates, then the leftmost, such that none overlap; sorted by start.
   * {@code candidates} come ordered by start, then by end: runs of overlapping candidates are
   * settled on their own (a candidate that overlaps nothing is simply kept), which keeps the same
   * ones as settling the whole list at once, since no candidate of one run overlaps another run.
   */
  private static List<Candidate> longestLeftmost(List<Candidate> candidates) {
    int n = candidates.size();
    List<Candidate> kept = null; // stays null while nothing overlaps
    int runStart = 0;
    int runEnd = -1;
    for (int i = 0; i <= n; i++) {
      Candidate c = i < n ? candidates.get(i) : null;
      if (c != null && c.start() < runEnd) {
        runEnd = Math.max(runEnd, c.end());
        continue;
      }
      if (i - runStart > 1 && kept == null) {
        kept = new ArrayList<>(candidates.subList(0, runStart));
      }
      if (kept != null) {
        settle(candidates.subList(runStart, i), kept);
      }
      runStart = i;
      runEnd = c == null ? -1 : c.end();
    }
    return kept == null ? candidates : kept;
  }

  /** Adds to {@code kept} the longest, then leftmost, candidates of {@code run} that do not overlap. */
  private static void settle(List<Candidate> run, List<Candidate> kept) {
    if (run.size() == 1) {
      kept.add(run.get(0));
      return;
    }
    List<Candidate> order = new ArrayList<>(run);
    order.sort(LONGEST_THEN_LEFTMOST); // stable: of equal spans, the first found wins
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : order) {
      boolean free = true;
      for (Candidate k : chosen) {
        free &= k.end() <= c.start() || c.end() <= k.start();
      }
      if (free) {
        chosen.add(c);
      }
    }
    chosen.sort(BY_START);
    kept.addAll(chosen);
  }

  /** Case-preserving key: diacritics removed, hyphens as spaces, white space folded. */
  static String caseKey(String s) {
    int n = s.length();
    boolean ascii = true;
    boolean changes = n > 0 && (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' '); // trim
    for (int i = 0; i < n && ascii; i++) {
      char c = s.charAt(i);
      ascii = c < 128;
      changes |= isCaseKeySeparator(c) && (c != ' ' || (i + 1 < n && isCaseKeySeparator(s.charAt(i + 1))));
    }
    if (ascii && !changes) {
      return s; // the common case: a name in plain ASCII with single spaces
    }
    if (ascii) {
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (!isCaseKeySeparator(c)) {
          b.append(c);
        } else if (i == 0 || !isCaseKeySeparator(s.charAt(i - 1))) {
          b.append(' ');
        }
      }
      return b.toString().trim();
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    return d.replaceAll("[\\s\\-\u2010-\u2015]+", " ").replace('\u2019', '\'').trim();
  }

  /** An ASCII white space character or hyphen (regex {@code [\s\-]}), which {@link #caseKey} folds to one space. */
  private static boolean isCaseKeySeparator(char c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
  }
}
