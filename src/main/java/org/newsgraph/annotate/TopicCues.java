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
 * its own word cache and scratch arrays). The cue words are picked out during the alias matcher's
 * pass over a field's folded words ({@link CueWords}), by the hash that pass computes anyway, so a
 * field costs a table look-up per word plus the cues its cue words index, and no second reading.
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
  /** Reads a text's words for {@link #find(String, int[], int[])}: a matcher of no aliases. */
  private static final AliasMatcher WORDS_ONLY = new AliasMatcher(List.of());
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
   * A sink for the alias matcher's pass over one field's words ({@link AliasMatcher#find(String,
   * boolean, AliasMatcher.WordSink)}), which keeps the cue words; null when there are no cues. One
   * per field, used by the thread that made it.
   */
  CueWords words() {
    return hasCues() ? new CueWords(scratch.get().words) : null;
  }

  /** The cues of one text on its own: its words read by a matcher of no aliases. */
  List<Hit> find(String text, int[] sentenceStarts, int[] states) {
    CueWords words = words();
    if (words == null || text == null) {
      return new ArrayList<>();
    }
    WORDS_ONLY.find(text, false, words);
    return find(words, sentenceStarts, states);
  }

  /**
   * The cues of one field from its cue words. {@code states}: per sentence (by index), how many
   * distinct states the sentence names (the meeting cues need two).
   */
  List<Hit> find(CueWords w, int[] sentenceStarts, int[] states) {
    List<Hit> out = new ArrayList<>();
    if (w == null) {
      return out;
    }
    Scratch s = scratch.get();
    int sentence = 0;
    for (int k = 0; k < w.size; k++) {
      while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= w.start[k]) {
        sentence++;
      }
      w.sentence[k] = sentence;
    }
    for (int from = 0; from < w.size; ) {
      int to = from + 1;
      while (to < w.size && w.sentence[to] == w.sentence[from]) {
        to++;
      }
      int sent = w.sentence[from];
      sentenceCues(w, s, from, to, sent < states.length ? states[sent] : 0, out);
      from = to;
    }
    return out;
  }

  /** The cues of one sentence's cue words, {@code [from, to)} of the field's cue words. */
  private void sentenceCues(CueWords w, Scratch s, int from, int to, int states, List<Hit> out) {
    for (int k = from; k < to; k++) {
      for (StemCue c : stemCuesByFirst[w.id[k]]) {
        int len = c.words().length;
        if (k + len <= to && matches(w, k, c.words())) {
          out.add(new Hit(w.start[k], w.end[k + len - 1], c.entityId(), "stem", c.weight()));
          k += len - 1;
          break;
        }
      }
    }
    // per set cue its first word of each role in the sentence, as in a scan of the words in order
    int touched = 0;
    for (int k = from; k < to; k++) {
      for (int entry : setCuesByWord[w.id[k]]) {
        int c = entry >>> 2;
        if (s.firstWord[c] < 0 && s.secondWord[c] < 0) {
          s.touched = grow(s.touched, touched + 1);
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
        out.add(new Hit(Math.min(w.start[a], w.start[b]), Math.max(w.end[a], w.end[b]), cue.entityId(), "pair",
            cue.weight()));
      } else if (!cue.pair() && a >= 0 && states >= 2) {
        out.add(new Hit(w.start[a], w.end[a], cue.entityId(), "meeting", cue.weight()));
      }
      s.firstWord[c] = -1;
      s.secondWord[c] = -1;
    }
  }

  private static boolean matches(CueWords w, int at, int[] cue) {
    for (int j = 0; j < cue.length; j++) {
      if (w.id[at + j] != cue[j] || w.ordinal[at + j] != w.ordinal[at] + j) {
        return false;
      }
    }
    return true;
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(needed, a.length * 2));
  }

  /**
   * The cue words of one field, in parallel arrays: offsets in the original text, stem id, place in
   * the sequence of all the field's words (a stem cue of several words needs them adjacent) and
   * sentence (set by {@link #find(CueWords, int[], int[])}). A word is looked up in the thread's
   * word table by the hash the matcher computed; only a word not seen before is stemmed.
   */
  final class CueWords implements AliasMatcher.WordSink {
    private final WordTable table;
    private NormalizedText text;
    private int words; // the field's words so far
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    int[] id = new int[16];
    int[] ordinal = new int[16];
    int[] sentence = new int[16];

    private CueWords(WordTable table) {
      this.table = table;
    }

    @Override
    public void begin(NormalizedText folded) {
      text = folded;
      words = 0;
      size = 0;
    }

    @Override
    public void word(char[] folded, int from, int to, long hash) {
      int wordId = table.lookup(folded, from, to, hash);
      if (wordId == WordTable.UNKNOWN) {
        Integer known = stemIds.get(stem(new String(folded, from, to - from)));
        wordId = known == null ? -1 : known;
        table.put(folded, from, to, hash, wordId);
      }
      if (wordId >= 0) {
        if (size == start.length) {
          start = grow(start, size + 1);
          end = grow(end, size + 1);
          id = grow(id, size + 1);
          ordinal = grow(ordinal, size + 1);
          sentence = grow(sentence, size + 1);
        }
        start[size] = text.originalStart(from);
        end[size] = text.originalEnd(to);
        id[size] = wordId;
        ordinal[size] = words;
        size++;
      }
      words++;
    }
  }

  /** One thread's word table and the scratch arrays of the set cues. */
  private final class Scratch {
    final WordTable words = new WordTable(CACHE_LIMIT);
    int[] touched = new int[16];
    final int[] firstWord = filled(setCues.size());
    final int[] secondWord = filled(setCues.size());

    private static int[] filled(int n) {
      int[] a = new int[n];
      java.util.Arrays.fill(a, -1);
      return a;
    }
  }

  /**
   * Folded words to their cue stem id or -1, looked up by the hash the alias matcher computed and
   * the characters straight from the folded text, so that a known word costs no String and no second
   * hash; open addressing, at most {@code limit} words.
   */
  static final class WordTable {
    static final int UNKNOWN = Integer.MIN_VALUE;

    private final int limit;
    private char[][] keys = new char[1024][];
    private long[] hashes = new long[1024];
    private int[] values = new int[1024];
    private int size;

    WordTable(int limit) {
      this.limit = limit;
    }

    /** The slot a hash starts probing at: its top bits after a Fibonacci multiply. */
    private static int home(long hash, int mask) {
      return (int) ((hash * 0x9e3779b97f4a7c15L) >>> 32) & mask;
    }

    /** The value of the word {@code folded[start, end)} of hash {@code hash}, or {@link #UNKNOWN}. */
    int lookup(char[] folded, int start, int end, long hash) {
      int mask = keys.length - 1;
      for (int slot = home(hash, mask); ; slot = (slot + 1) & mask) {
        char[] key = keys[slot];
        if (key == null) {
          return UNKNOWN;
        }
        if (hashes[slot] == hash && java.util.Arrays.equals(key, 0, key.length, folded, start, end)) {
          return values[slot];
        }
      }
    }

    void put(char[] folded, int start, int end, long hash, int value) {
      if (size >= limit) {
        return;
      }
      if (2 * (size + 1) > keys.length) {
        rehash();
      }
      int mask = keys.length - 1;
      int slot = home(hash, mask);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      keys[slot] = java.util.Arrays.copyOfRange(folded, start, end);
      values[slot] = value;
      size++;
    }

    private void rehash() {
      char[][] oldKeys = keys;
      long[] oldHashes = hashes;
      int[] oldValues = values;
      keys = new char[oldKeys.length * 2][];
      hashes = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          int slot = home(oldHashes[k], mask);
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
