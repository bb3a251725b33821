package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Topic;
import org.newsgraph.gazetteer.TopicCue;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The topic cues beyond fixed phrases ({@link TopicCue}: stem, pair and meeting cues) found in one
 * field, sentence by sentence, and the weights of the phrase cues. Words are compared by their
 * Snowball English (Porter2) stems, so a cue written "sell" finds "sells", "selling" and "sold"
 * only if the cue lists "sold" too (a stemmer does not undo irregular forms). Plain Java; safe
 * for the task threads that share one extractor (each thread stems with its own stemmer and keeps
 * its own word cache and scratch arrays). One pass over a field's words keeps only the cue words,
 * so a sentence costs a look-up per word plus the cues its cue words index.
 */
final class TopicCues {
  /** A cue found: {@code [start, end)} of the field, the topic entity, the cue kind, its weight. */
  record Hit(int start, int end, String entityId, String kind, double weight) {
  }

  /** A stem cue: its stems in order. */
  private record StemCue(String entityId, int[] words, double weight) {
  }

  /** A pair cue: one word of each set; a meeting cue: one word of {@code first}, {@code second} empty. */
  private record SetCue(String entityId, boolean pair, Set<Integer> first, Set<Integer> second, double weight) {
  }

  private static final int CACHE_LIMIT = 200_000; // words per thread
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
  private static final StemCue[] NO_STEM_CUES = new StemCue[0];
  private static final int[] NO_SET_CUES = new int[0];

  private final Map<String, Integer> stemIds = new HashMap<>(); // stem of a cue word -> id
  private final Map<String, Map<String, Double>> phraseWeights = new HashMap<>(); // topic entity -> phrase -> weight
  private final List<SetCue> setCues = new ArrayList<>();
  /** By stem id: the stem cues that start with it, longest first. */
  private final StemCue[][] stemCuesByFirst;
  /** By stem id: the set cues that have it, as {@code cue index << 2 | 1 (in first) | 2 (in second)}. */
  private final int[][] setCuesByWord;
  /** Per task thread: its word cache and scratch arrays (the cues are shared by the threads). */
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  TopicCues(Gazetteer gazetteer) {
    Map<Integer, List<StemCue>> byFirst = new HashMap<>();
    for (Topic t : gazetteer.topics().values()) {
      for (TopicCue c : t.cues()) {
        switch (c.kind()) {
          case "phrase" -> phraseWeights.computeIfAbsent(t.entityId(), k -> new HashMap<>())
              .put(stripStar(c.cue()), c.weight());
          case "stem" -> {
            String[] words = c.words().toArray(String[]::new);
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
              ids[i] = cueWord(words[i]);
            }
            byFirst.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(new StemCue(t.entityId(), ids, c.weight()));
          }
          default -> setCues.add(new SetCue(t.entityId(), c.kind().equals("pair"), ids(c.words()), ids(c.with()),
              c.weight()));
        }
      }
    }
    int stems = stemIds.size();
    stemCuesByFirst = new StemCue[stems][];
    for (int id = 0; id < stems; id++) {
      List<StemCue> l = byFirst.getOrDefault(id, List.of());
      StemCue[] a = l.toArray(NO_STEM_CUES);
      // longer stem cues first, so the longest one at a word wins (a stable sort keeps the file's order)
      java.util.Arrays.sort(a, (x, y) -> y.words().length - x.words().length);
      stemCuesByFirst[id] = a;
    }
    setCuesByWord = new int[stems][];
    for (int id = 0; id < stems; id++) {
      List<Integer> roles = new ArrayList<>();
      for (int c = 0; c < setCues.size(); c++) {
        int role = (setCues.get(c).first().contains(id) ? 1 : 0) | (setCues.get(c).second().contains(id) ? 2 : 0);
        if (role != 0) {
          roles.add(c << 2 | role);
        }
      }
      setCuesByWord[id] = roles.isEmpty() ? NO_SET_CUES : roles.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static String stripStar(String phrase) {
    return phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }

  private Set<Integer> ids(List<String> words) {
    Set<Integer> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(cueWord(w));
    }
    return out;
  }

  private int cueWord(String word) {
    return stemIds.computeIfAbsent(stem(word.toLowerCase(Locale.ROOT)), k -> stemIds.size());
  }

  static String stem(String lowerCaseWord) {
    EnglishStemmer s = STEMMER.get();
    s.setCurrent(lowerCaseWord);
    s.stem();
    return s.getCurrent();
  }

  /** The weight of a topic mention found by one of the topic's phrases (1 unless a phrase cue says). */
  double phraseWeight(String topicEntityId, String phrase) {
    Map<String, Double> ofTopic = phraseWeights.get(topicEntityId);
    Double w = ofTopic == null ? null : ofTopic.get(phrase);
    return w == null ? 1.0 : w;
  }

  boolean hasCues() {
    return stemCuesByFirst.length > 0;
  }

  /**
   * The cues of one field. {@code states}: per sentence (by index), how many distinct states the
   * sentence names (the meeting cues need two).
   */
  List<Hit> find(String text, int[] sentenceStarts, int[] states) {
    List<Hit> out = new ArrayList<>();
    if (!hasCues() || text == null) {
      return out;
    }
    Scratch s = scratch.get();
    // one pass over the words; only those whose stem some cue has are kept, with their place in
    // the sequence of all words (a stem cue of several words needs them adjacent)
    s.size = 0;
    int n = text.length();
    int ordinal = 0;
    int sentence = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      int id = s.words.lookup(text, start, i);
      if (id == Scratch.UNKNOWN) {
        String lower = lowerCase(text, start, i);
        Integer known = stemIds.get(stem(lower));
        id = known == null ? -1 : known;
        s.words.put(text, start, i, id);
      }
      while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= start) {
        sentence++;
      }
      if (id >= 0) {
        s.add(start, i, id, ordinal, sentence);
      }
      ordinal++;
    }
    for (int from = 0; from < s.size; ) {
      int to = from + 1;
      while (to < s.size && s.sentence[to] == s.sentence[from]) {
        to++;
      }
      int sent = s.sentence[from];
      sentenceCues(s, from, to, sent < states.length ? states[sent] : 0, out);
      from = to;
    }
    return out;
  }

  private static String lowerCase(String text, int start, int end) {
    char[] c = new char[end - start];
    for (int k = start; k < end; k++) {
      c[k - start] = lower(text.charAt(k));
    }
    return new String(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, with the ASCII answer first (most news text). */
  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#toLowerCase(char)}, with the ASCII answer first. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** The cues of one sentence's cue words, {@code [from, to)} of the scratch arrays. */
  private void sentenceCues(Scratch s, int from, int to, int states, List<Hit> out) {
    for (int k = from; k < to; k++) {
      for (StemCue c : stemCuesByFirst[s.id[k]]) {
        int len = c.words().length;
        if (k + len <= to && matches(s, k, c.words())) {
          out.add(new Hit(s.start[k], s.end[k + len - 1], c.entityId(), "stem", c.weight()));
          k += len - 1;
          break;
        }
      }
    }
    // per set cue its first word of each role in the sentence, as in a scan of the words in order
    int touched = 0;
    for (int k = from; k < to; k++) {
      for (int entry : setCuesByWord[s.id[k]]) {
        int c = entry >>> 2;
        if (s.firstWord[c] < 0 && s.secondWord[c] < 0) {
          s.touched = Scratch.grow(s.touched, touched + 1);
          s.touched[touched++] = c;
        }
        if (s.firstWord[c] < 0 && (entry & 1) != 0) {
          s.firstWord[c] = k;
        } else if (s.secondWord[c] < 0 && (entry & 2) != 0) {
          s.secondWord[c] = k;
        }
      }
    }
    java.util.Arrays.sort(s.touched, 0, touched); // the cues' order in the gazetteer, as before
    for (int t = 0; t < touched; t++) {
      int c = s.touched[t];
      SetCue cue = setCues.get(c);
      int a = s.firstWord[c];
      int b = s.secondWord[c];
      if (cue.pair() && a >= 0 && b >= 0) {
        out.add(new Hit(Math.min(s.start[a], s.start[b]), Math.max(s.end[a], s.end[b]), cue.entityId(), "pair",
            cue.weight()));
      } else if (!cue.pair() && a >= 0 && states >= 2) {
        out.add(new Hit(s.start[a], s.end[a], cue.entityId(), "meeting", cue.weight()));
      }
      s.firstWord[c] = -1;
      s.secondWord[c] = -1;
    }
  }

  private static boolean matches(Scratch s, int at, int[] cue) {
    for (int j = 0; j < cue.length; j++) {
      if (s.id[at + j] != cue[j] || s.ordinal[at + j] != s.ordinal[at] + j) {
        return false;
      }
    }
    return true;
  }

  /** One thread's word cache and the cue words of the field in hand, in parallel arrays. */
  private final class Scratch {
    static final int UNKNOWN = Integer.MIN_VALUE;

    final WordTable words = new WordTable(CACHE_LIMIT);
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    int[] id = new int[64];
    int[] ordinal = new int[64];
    int[] sentence = new int[64];
    int[] touched = new int[16];
    final int[] firstWord = filled(setCues.size());
    final int[] secondWord = filled(setCues.size());

    private static int[] filled(int n) {
      int[] a = new int[n];
      java.util.Arrays.fill(a, -1);
      return a;
    }

    static int[] grow(int[] a, int needed) {
      return needed <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }

    void add(int s, int e, int wordId, int ord, int sent) {
      if (size == start.length) {
        start = grow(start, size + 1);
        end = grow(end, size + 1);
        id = grow(id, size + 1);
        ordinal = grow(ordinal, size + 1);
        sentence = grow(sentence, size + 1);
      }
      start[size] = s;
      end[size] = e;
      id[size] = wordId;
      ordinal[size] = ord;
      sentence[size] = sent;
      size++;
    }
  }

  /**
   * Lower-cased words (as {@code char[]}) to their cue stem id or -1, looked up straight from the
   * text so that a known word costs no String; open addressing, at most {@code limit} words.
   */
  static final class WordTable {
    private final int limit;
    private char[][] keys = new char[1024][];
    private int[] hashes = new int[1024];
    private int[] values = new int[1024];
    private int size;

    WordTable(int limit) {
      this.limit = limit;
    }

    private static int hash(String text, int start, int end) {
      int h = 0;
      for (int k = start; k < end; k++) {
        h = 31 * h + lower(text.charAt(k));
      }
      return h ^ (h >>> 16);
    }

    /** The value of the lower-cased word {@code text[start, end)}, or {@link Scratch#UNKNOWN}. */
    int lookup(String text, int start, int end) {
      int mask = keys.length - 1;
      int h = hash(text, start, end);
      for (int slot = h & mask; ; slot = (slot + 1) & mask) {
        char[] key = keys[slot];
        if (key == null) {
          return Scratch.UNKNOWN;
        }
        if (hashes[slot] == h && equal(key, text, start, end)) {
          return values[slot];
        }
      }
    }

    void put(String text, int start, int end, int value) {
      if (size >= limit) {
        return;
      }
      if (2 * (size + 1) > keys.length) {
        rehash();
      }
      int mask = keys.length - 1;
      int h = hash(text, start, end);
      int slot = h & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      char[] key = new char[end - start];
      for (int k = start; k < end; k++) {
        key[k - start] = lower(text.charAt(k));
      }
      keys[slot] = key;
      values[slot] = value;
      size++;
    }

    private static boolean equal(char[] key, String text, int start, int end) {
      if (key.length != end - start) {
        return false;
      }
      for (int k = 0; k < key.length; k++) {
        if (key[k] != lower(text.charAt(start + k))) {
          return false;
        }
      }
      return true;
    }

    private void rehash() {
      char[][] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldValues = values;
      keys = new char[oldKeys.length * 2][];
      hashes = new int[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          int slot = oldHashes[k] & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[k];
          hashes[slot] = oldHashes[k];
          values[slot] = oldValues[k];
        }
      }
    }
  }
}
