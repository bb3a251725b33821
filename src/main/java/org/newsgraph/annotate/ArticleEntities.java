package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.ResolutionData;

/**
 * How much an article is about each entity it mentions (the {@code article_entities} table), as
 * opposed to naming it in passing. One place for the statistic: the Spark stage and the evaluation
 * both call {@link #of}. Plain Java, no Spark.
 * <p>
 * {@code salience = min(1, (n_mentions + 3 * in_title + 3 * in_dateline) / 6)}, so one mention
 * scores 1/6, three mentions (or the title, or the dateline) 1/2, six mentions or the title and
 * three mentions 1. {@code focus = salience >= 1/2}: the entity is in the title or the dateline, or
 * mentioned at least {@link #MIN_MENTIONS} times. A text whose dateline comes after a first line
 * (a dump that puts the headline first in the text) has that line as its title. Wire archives label this (Reuters-21578 PLACES:
 * "the entity was required to be a focus of the news story"); the threshold was chosen on
 * Reuters-21578 (docs/evaluation.md: 2 mentions -> focus-country F1 0.889, 3 -> 0.901, 5 -> 0.902).
 */
public final class ArticleEntities {
  /** Mentions an entity needs to be a focus when neither the title nor the dateline names it. */
  public static final int MIN_MENTIONS = 3;
  /** What the title or the dateline weighs, in mentions. */
  static final int PLACE_WEIGHT = 3;

  /**
   * One entity of one article.
   *
   * @param firstField "title" when the title mentions it, else "text"
   * @param firstChar  offset of its first mention in that field
   * @param share      its mentions over all the article's mentions of entities
   */
  public record Entity(String entityId, String entityType, String entityName, int nMentions, String firstField,
                       int firstChar, boolean inTitle, boolean inDateline, double share, double salience,
                       boolean focus) {
  }

  private ArticleEntities() {
  }

  /**
   * What a topic cue in the text weighs more when the text is shorter than {@link #MIN_MENTIONS}
   * sentences: {@code 3 / sentences} (3 for one sentence, 1.5 for two, else 1). A text of one
   * sentence cannot name a topic three times; one cue is all it says of it, so it is a focus
   * topic at one cue weighing 1 (a headline and a one-sentence abstract). Names are not scaled.
   */
  public static double shortTextScale(int textSentences) {
    return (double) MIN_MENTIONS / Math.max(1, Math.min(MIN_MENTIONS, textSentences));
  }

  public static double salience(int nMentions, boolean inTitle, boolean inDateline) {
    return salience(nMentions, inTitle ? 1 : 0, inDateline);
  }

  /**
   * {@code weight}: the mentions' summed weights (their number, for names); {@code titleWeight}:
   * what the title counts for, 0 to 1 (1 for a name in the title, a weaker topic cue's weight).
   */
  static double salience(double weight, double titleWeight, boolean inDateline) {
    return Math.min(1.0, (weight + PLACE_WEIGHT * (titleWeight + (inDateline ? 1 : 0))) / (2.0 * PLACE_WEIGHT));
  }

  /**
   * The entities of one article's mentions, in order of first mention (title first). Unresolved
   * titles (entity type {@code title}) are no entities and are left out, of the share too. A
   * mention counts its {@link Mention#weight} towards the salience (1 for a name; a topic cue's
   * weight), and a title mention at most 1.
   */
  public static List<Entity> of(List<Mention> mentions) {
    Map<String, int[]> stats = new LinkedHashMap<>(); // entity -> n, in title, in dateline, first char
    Map<String, double[]> weights = new LinkedHashMap<>(); // entity -> summed weight, title weight
    Map<String, Mention> first = new LinkedHashMap<>();
    int total = 0;
    int headlineEnd = 0; // a dateline after the first line(s): what stands before it is the headline
    for (Mention m : mentions) {
      if (m.method().equals("dateline") && m.field().equals("text")) {
        headlineEnd = m.start();
      }
    }
    List<Mention> ordered = new ArrayList<>(mentions);
    ordered.sort(java.util.Comparator.comparing((Mention m) -> m.field().equals("text")).thenComparingInt(Mention::start));
    for (Mention m : ordered) {
      if (m.entityType().equals(ResolutionData.TITLE)) {
        continue;
      }
      total++;
      int[] s = stats.computeIfAbsent(m.entityId(), k -> new int[] {0, 0, 0, m.start()});
      double[] w = weights.computeIfAbsent(m.entityId(), k -> new double[2]);
      first.putIfAbsent(m.entityId(), m);
      s[0]++;
      w[0] += m.weight();
      boolean inTitle = m.field().equals("title") || m.start() < headlineEnd && m.field().equals("text");
      if (inTitle) {
        s[1] = 1;
        w[1] = Math.max(w[1], Math.min(1.0, m.weight()));
      }
      s[2] |= m.method().equals("dateline") ? 1 : 0;
    }
    List<Entity> out = new ArrayList<>(stats.size());
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      int[] s = e.getValue();
      double[] w = weights.get(e.getKey());
      Mention m = first.get(e.getKey());
      double salience = salience(w[0], w[1], s[2] == 1);
      out.add(new Entity(e.getKey(), m.entityType(), m.entityName(), s[0], m.field(), s[3], s[1] == 1, s[2] == 1,
          (double) s[0] / total, salience, salience >= 0.5));
    }
    return out;
  }

  /** The countries an article is about (focus). */
  public static Set<String> focusCountries(List<Mention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : of(mentions)) {
      if (e.focus() && e.entityType().equals(EntityIds.COUNTRY)) {
        out.add(e.entityId());
      }
    }
    return out;
  }
}
