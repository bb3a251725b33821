package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cue of a topic ({@code topic_cues.tsv}): what in a sentence signals the topic, and how much
 * it weighs towards the topic's salience in an article (a name mention weighs 1).
 * <ul>
 *   <li>{@code phrase}: the weight of one of the topic's phrases in {@code topics.tsv}, as written
 *       there (a phrase without a cue row weighs 1);</li>
 *   <li>{@code stem}: words matched in any inflection (by their Snowball English stems), one after
 *       the other: {@code interest rate} finds "interest rates" and "interest-rate";</li>
 *   <li>{@code pair}: a word of each of two sets in one sentence, in either order:
 *       {@code sell|supply + missile|shell} finds "to sell Russia shells";</li>
 *   <li>{@code meeting}: a word of the set in a sentence that names two states (two countries, two
 *       leaders of different countries, or a leader and another country): {@code talks|summit}.</li>
 * </ul>
 *
 * @param words the words of a stem cue, the first set of a pair, the set of a meeting
 * @param with  the second set of a pair, else empty
 */
public record TopicCue(String kind, String cue, List<String> words, List<String> with, double weight)
    implements Serializable {
  public static final List<String> KINDS = List.of("phrase", "stem", "pair", "meeting");

  /** Parses a cue of {@code kind}; throws IllegalArgumentException saying what is wrong. */
  public static TopicCue parse(String kind, String cue, double weight) {
    String c = cue.strip().toLowerCase(Locale.ROOT);
    if (c.isEmpty()) {
      throw new IllegalArgumentException("empty cue");
    }
    if (!(weight > 0) || weight > 100) {
      throw new IllegalArgumentException("weight " + weight + " is not in (0, 100]");
    }
    return switch (kind) {
      case "phrase" -> new TopicCue(kind, c, List.of(c), List.of(), weight);
      case "stem" -> new TopicCue(kind, c, List.of(c.split("[\\s-]+")), List.of(), weight);
      case "pair" -> {
        String[] sides = c.split("\\+");
        if (sides.length != 2) {
          throw new IllegalArgumentException("a pair cue is 'a|b + c|d', not '" + cue + "'");
        }
        yield new TopicCue(kind, c, set(sides[0], cue), set(sides[1], cue), weight);
      }
      case "meeting" -> new TopicCue(kind, c, set(c, cue), List.of(), weight);
      default -> throw new IllegalArgumentException("kind '" + kind + "' is not one of " + KINDS);
    };
  }

  private static List<String> set(String side, String cue) {
    List<String> out = new ArrayList<>();
    for (String w : side.split("\\|")) {
      String t = w.strip();
      if (t.isEmpty() || t.contains(" ")) {
        throw new IllegalArgumentException("'" + cue + "': each alternative is one word");
      }
      out.add(t);
    }
    return List.copyOf(out);
  }
}
