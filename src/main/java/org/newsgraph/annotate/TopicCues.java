package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Topic;
import org.newsgraph.gazetteer.TopicCue;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The topic cues beyond fixed phrases ({@link TopicCue}: stem, pair and meeting cues) found in one
 * field, sentence by sentence, and the weights of the phrase cues. Words are compared by their
 * Snowball English (Porter2) stems, so a cue written "sell" finds "sells", "selling" and "sold"
 * only if the cue lists "sold" too (a stemmer does not undo irregular forms). Plain Java; safe
 * for the task threads that share one extractor (each thread stems with its own stemmer, the word
 * cache is concurrent).
 */
final class TopicCues {
  /** A cue found: {@code [start, end)} of the field, the topic entity, the cue kind, its weight. */
  record Hit(int start, int end, String entityId, String kind, double weight) {
  }

  /** A stem cue: its stems in order. */
  private record StemCue(String entityId, int[] words, double weight) {
  }

  /** A pair cue: one word of each set; a meeting cue: one word of {@code first}, {@code second} empty. */
  private record SetCue(String entityId, String kind, Set<Integer> first, Set<Integer> second, double weight) {
  }

  private static final int CACHE_LIMIT = 200_000;
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

  private final Map<String, Integer> stemIds = new HashMap<>(); // stem of a cue word -> id
  private final ConcurrentHashMap<String, Integer> wordIds = new ConcurrentHashMap<>(); // lower-case word -> stem id or -1
  private final Map<Integer, List<StemCue>> stemCuesByFirst = new HashMap<>();
  private final List<SetCue> setCues = new ArrayList<>();
  private final Map<String, Double> phraseWeights = new HashMap<>(); // topic entity + '\0' + phrase -> weight

  TopicCues(Gazetteer gazetteer) {
    for (Topic t : gazetteer.topics().values()) {
      for (TopicCue c : t.cues()) {
        switch (c.kind()) {
          case "phrase" -> phraseWeights.put(t.entityId() + "\u0000" + stripStar(c.cue()), c.weight());
          case "stem" -> {
            String[] words = c.words().toArray(String[]::new);
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
              ids[i] = cueWord(words[i]);
            }
            stemCuesByFirst.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(new StemCue(t.entityId(), ids, c.weight()));
          }
          default -> setCues.add(new SetCue(t.entityId(), c.kind(), ids(c.words()), ids(c.with()), c.weight()));
        }
      }
    }
    // longer stem cues first, so the longest one at a word wins
    stemCuesByFirst.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
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
    Double w = phraseWeights.get(topicEntityId + "\u0000" + phrase);
    return w == null ? 1.0 : w;
  }

  boolean hasCues() {
    return !stemCuesByFirst.isEmpty() || !setCues.isEmpty();
  }

  /** The id of a lower-case word's stem if some cue has it, else -1. */
  private int wordId(String lower) {
    Integer id = wordIds.get(lower);
    if (id == null) {
      Integer s = stemIds.get(stem(lower));
      id = s == null ? -1 : s;
      if (wordIds.size() < CACHE_LIMIT) {
        wordIds.put(lower, id);
      }
    }
    return id;
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
    // the words of the text: start, end and cue-word id (-1 for a word no cue has)
    List<int[]> words = new ArrayList<>();
    StringBuilder w = new StringBuilder(24);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      w.setLength(0);
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        w.append(Character.toLowerCase(text.charAt(i)));
        i++;
      }
      words.add(new int[] {start, i, wordId(w.toString())});
    }
    int sentence = 0;
    int from = 0;
    for (int k = 0; k <= words.size(); k++) {
      int nextSentence = k < words.size() ? SentenceSplitter.sentenceIndex(sentenceStarts, words.get(k)[0]) : -1;
      if (k == words.size() || nextSentence != sentence) {
        sentenceCues(words.subList(from, k), sentence < states.length ? states[sentence] : 0, out);
        from = k;
        sentence = nextSentence;
      }
    }
    return out;
  }

  /** The cues of one sentence's words. */
  private void sentenceCues(List<int[]> words, int states, List<Hit> out) {
    for (int k = 0; k < words.size(); k++) {
      List<StemCue> cands = stemCuesByFirst.get(words.get(k)[2]);
      if (cands == null) {
        continue;
      }
      for (StemCue c : cands) {
        if (k + c.words().length <= words.size() && matches(words, k, c.words())) {
          out.add(new Hit(words.get(k)[0], words.get(k + c.words().length - 1)[1], c.entityId(), "stem", c.weight()));
          k += c.words().length - 1;
          break;
        }
      }
    }
    for (SetCue c : setCues) {
      int[] a = null;
      int[] b = null;
      for (int[] word : words) {
        if (a == null && c.first().contains(word[2])) {
          a = word;
        } else if (b == null && c.second().contains(word[2])) {
          b = word;
        }
      }
      if (c.kind().equals("pair") && a != null && b != null) {
        out.add(new Hit(Math.min(a[0], b[0]), Math.max(a[1], b[1]), c.entityId(), "pair", c.weight()));
      } else if (c.kind().equals("meeting") && a != null && states >= 2) {
        out.add(new Hit(a[0], a[1], c.entityId(), "meeting", c.weight()));
      }
    }
  }

  private static boolean matches(List<int[]> words, int at, int[] cue) {
    for (int j = 0; j < cue.length; j++) {
      if (words.get(at + j)[2] != cue[j]) {
        return false;
      }
    }
    return true;
  }
}
