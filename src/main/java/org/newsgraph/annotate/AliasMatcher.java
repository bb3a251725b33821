package org.newsgraph.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.newsgraph.gazetteer.Alias;

/**
 * Finds every gazetteer alias in a text: one Aho-Corasick automaton over the folded aliases
 * ({@link NormalizedText}), whole words only (a possessive "'s" is a word boundary), case checked
 * for case-sensitive aliases, and overlaps settled by longest match, then leftmost
 * ("Papua New Guinea" over "Guinea"). Plain Java, no Spark: one instance per executor JVM.
 */
public final class AliasMatcher {

  /** A span of the original text and the aliases that can name it. */
  public record Candidate(int start, int end, String surface, List<Alias> aliases) {
  }

  private final Map<String, List<Alias>> byFolded = new HashMap<>();
  private final Trie trie;

  public AliasMatcher(List<Alias> aliases) {
    Trie.TrieBuilder builder = Trie.builder();
    for (Alias a : aliases) {
      String key = NormalizedText.fold(a.text());
      if (key.length() < 2) {
        continue;
      }
      byFolded.computeIfAbsent(key, k -> {
        builder.addKeyword(k);
        return new ArrayList<>();
      }).add(a);
    }
    this.trie = builder.build();
  }

  public List<Candidate> find(String text) {
    return find(text, false);
  }

  /**
   * As {@link #find(String)}; with {@code ignoreCase} the case check of case-sensitive aliases is
   * skipped (a headline in capitals carries no case information).
   */
  public List<Candidate> find(String text, boolean ignoreCase) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    NormalizedText norm = NormalizedText.of(text);
    String folded = norm.folded();
    List<Candidate> candidates = new ArrayList<>();
    for (Emit emit : trie.parseText(folded)) {
      int start = emit.getStart();
      int end = emit.getEnd() + 1;
      if (start > 0 && isWordChar(folded.charAt(start - 1))) {
        continue;
      }
      boolean rightBoundary = end >= folded.length() || !isWordChar(folded.charAt(end));
      List<Alias> exact = new ArrayList<>();
      List<Alias> prefixed = new ArrayList<>();
      for (Alias a : byFolded.get(emit.getKeyword())) {
        if (a.prefix() && !rightBoundary) {
          prefixed.add(a);
        } else if (rightBoundary) {
          exact.add(a);
        }
      }
      if (!exact.isEmpty()) {
        addCandidate(candidates, norm, text, start, end, exact, ignoreCase);
      }
      if (!prefixed.isEmpty()) {
        int wordEnd = end;
        while (wordEnd < folded.length() && isWordChar(folded.charAt(wordEnd))) {
          wordEnd++;
        }
        addCandidate(candidates, norm, text, start, wordEnd, prefixed, ignoreCase);
      }
    }
    return longestLeftmost(candidates);
  }

  private static void addCandidate(List<Candidate> out, NormalizedText norm, String text,
                                   int foldedStart, int foldedEnd, List<Alias> aliases,
                                   boolean ignoreCase) {
    int start = norm.originalStart(foldedStart);
    int end = norm.originalEnd(foldedEnd);
    String surface = text.substring(start, end);
    List<Alias> kept = new ArrayList<>(aliases.size());
    String surfaceKey = null;
    for (Alias a : aliases) {
      if (a.caseSensitive() && !ignoreCase) {
        if (surfaceKey == null) {
          surfaceKey = caseKey(surface);
        }
        if (!surfaceKey.equals(caseKey(a.text()))) {
          continue;
        }
      }
      kept.add(a);
    }
    if (!kept.isEmpty()) {
      out.add(new Candidate(start, end, surface, kept));
    }
  }

  /** Keeps the longest candidates, then the leftmost, such that none overlap; sorted by start. */
  static List<Candidate> longestLeftmost(List<Candidate> candidates) {
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
        .thenComparingInt(Candidate::start));
    // Kept spans are disjoint, so the kept span starting last before c's end is the only one
    // that needs checking for an overlap with c.
    java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();
    for (Candidate c : candidates) {
      Map.Entry<Integer, Candidate> before = kept.lowerEntry(c.end());
      if (before == null || before.getValue().end() <= c.start()) {
        kept.put(c.start(), c);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /** Case-preserving key: diacritics removed, hyphens as spaces, white space folded. */
  static String caseKey(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    return d.replaceAll("[\\s\\-\u2010-\u2015]+", " ").replace('\u2019', '\'').trim();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
