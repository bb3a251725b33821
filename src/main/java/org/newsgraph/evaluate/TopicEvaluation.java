package org.newsgraph.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.annotate.ArticleEntities;
import org.newsgraph.annotate.Mention;
import org.newsgraph.gazetteer.EntityIds;

/**
 * Scores the topics the job finds per article against an editor's subject labels (Reuters-21578
 * TOPICS, HuffPost categories), mapped to topic ids by {@link #LABELS}. Two predictions are scored:
 * every topic the article mentions, and its focus topics ({@code article_entities.focus}). Only the
 * mapped topics count: a topic outside the map is neither right nor wrong here. Plain Java, no Spark.
 */
final class TopicEvaluation {
  static final String LABELS = "/evaluation/topic_labels.tsv";
  static final String MISSED = "labelled topics not found as focus";
  static final String WRONG = "focus topics without the label";

  /** One labelled article as a dump would hold it. {@code labels} are the gold's own labels. */
  record Labelled(String id, String title, String text, LocalDate date, List<String> labels) {
  }

  /** Per topic: articles labelled with it, predicted with it, and both. */
  private static final class Tally {
    long gold;
    long predicted;
    long both;

    double f1() {
      return gold + predicted == 0 ? 0 : 2.0 * both / (gold + predicted);
    }
  }

  private TopicEvaluation() {
  }

  /** label -> topic id of one gold set, from {@link #LABELS}: every row, {@code same} and {@code within}. */
  static Map<String, String> mapping(String gold) {
    return mapping(gold, false);
  }

  /**
   * label -> topic id of one gold set, from {@link #LABELS}; with {@code sameOnly}, only the labels
   * that mean the topic (kind {@code same}), without those that name a part of it ({@code within}).
   */
  static Map<String, String> mapping(String gold, boolean sameOnly) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] f : GoldSets.resourceRows(LABELS)) {
      if (f[0].equals(gold) && (!sameOnly || f[3].equals("same"))) {
        out.put(f[1], f[2]);
      }
    }
    return out;
  }

  /**
   * Scores {@code articles} with every mapped label ({@link #score}) and, when the gold set has
   * labels of kind {@code within}, adds the focus figures with only the labels of kind {@code same}
   * as {@code same_labels_*}: the stricter reading, in which a story labelled only sugar is scored
   * without agriculture. Each article is extracted once.
   */
  static GoldScores scoreBothReadings(String gold, Function<Labelled, List<Mention>> extractor,
                                      List<Labelled> articles, boolean onlyLabelled) {
    Map<String, List<Mention>> extracted = new java.util.HashMap<>();
    Function<Labelled, List<Mention>> once = a -> extracted.computeIfAbsent(a.id(), k -> extractor.apply(a));
    Map<String, String> all = mapping(gold);
    Map<String, String> same = mapping(gold, true);
    GoldScores s = score(gold, once, articles, all, onlyLabelled);
    if (same.size() < all.size()) {
      GoldScores strict = score(gold, once, articles, same, onlyLabelled);
      for (String f : List.of("focus_micro_f1", "focus_precision", "focus_recall", "mentioned_micro_f1")) {
        s.figure("same_labels_" + f, strict.description(f) + "; only the " + same.size()
            + " labels that mean a topic", strict.figures().get(f));
      }
    }
    return s;
  }

  /**
   * Scores {@code articles}. With {@code onlyLabelled}, an article none of whose labels is mapped is
   * left out (a single-label set such as HuffPost's, whose other categories say nothing about these
   * topics); otherwise such an article is scored with no gold topic (Reuters-21578, whose stories
   * carry every subject that applies).
   */
  static GoldScores score(String gold, Function<Labelled, List<Mention>> extractor, List<Labelled> articles,
                          Map<String, String> labelTopics, boolean onlyLabelled) {
    Set<String> scope = new TreeSet<>(labelTopics.values());
    Map<String, Tally> focus = new LinkedHashMap<>();
    Map<String, Tally> mentioned = new LinkedHashMap<>();
    for (String t : scope) {
      focus.put(t, new Tally());
      mentioned.put(t, new Tally());
    }
    List<Labelled> scored = new ArrayList<>();
    for (Labelled a : articles) {
      boolean mapped = a.labels().stream().anyMatch(labelTopics::containsKey);
      if (!a.labels().isEmpty() && (mapped || !onlyLabelled)) {
        scored.add(a);
      }
    }
    GoldScores s = new GoldScores(gold, scored.size());
    s.figure("focus_micro_f1", "micro-F1 of the focus topics: 2 x right / (predicted + labelled), over article x topic");
    s.figure("focus_precision", "focus topics that carry the article's label");
    s.figure("focus_recall", "labelled topics found as focus topics");
    s.figure("mentioned_micro_f1", "micro-F1 if every mentioned topic counted (one phrase = topic)");
    s.figure("mentioned_precision", "mentioned topics that carry the article's label");
    s.figure("mentioned_recall", "labelled topics mentioned at all");
    s.errorKind(MISSED, "the topic");
    s.errorKind(WRONG, "topic <- the phrases found");
    for (Labelled a : scored) {
      Set<String> goldTopics = new LinkedHashSet<>();
      a.labels().forEach(l -> {
        if (labelTopics.containsKey(l)) {
          goldTopics.add(labelTopics.get(l));
        }
      });
      List<Mention> ms = extractor.apply(a);
      Set<String> focusTopics = new LinkedHashSet<>();
      Set<String> mentionedTopics = new LinkedHashSet<>();
      for (ArticleEntities.Entity e : ArticleEntities.of(ms)) {
        if (!EntityIds.isOfType(e.entityId(), EntityIds.TOPIC)) {
          continue;
        }
        String topic = e.entityId().substring(EntityIds.TOPIC.length() + 1);
        if (!scope.contains(topic)) {
          continue;
        }
        mentionedTopics.add(topic);
        if (e.focus()) {
          focusTopics.add(topic);
        }
      }
      tally(focus, goldTopics, focusTopics);
      tally(mentioned, goldTopics, mentionedTopics);
      for (String t : goldTopics) {
        if (!focusTopics.contains(t)) {
          s.error(MISSED, t,
              a.id() + ": " + (a.title() == null ? "" : a.title()));
        }
      }
      for (String t : focusTopics) {
        if (!goldTopics.contains(t)) {
          Set<String> surfaces = new TreeSet<>();
          for (Mention m : ms) {
            if (m.entityId().equals(EntityIds.topic(t))) {
              surfaces.add(m.surface().toLowerCase(java.util.Locale.ROOT));
            }
          }
          s.error(WRONG, t + " <- " + String.join(", ", surfaces),
              a.id() + ": " + (a.title() == null ? "" : a.title()));
        }
      }
    }
    addFigures(s, "focus", focus);
    addFigures(s, "mentioned", mentioned);
    s.figure("focus_macro_f1", "mean over the mapped topics of each topic's focus F1",
        new GoldScores.Figure(macroF1(focus), "mean of " + focus.size()));
    s.figure("mentioned_macro_f1", "mean over the mapped topics of each topic's F1 with every mention counted",
        new GoldScores.Figure(macroF1(mentioned), "mean of " + mentioned.size()));
    String grid = "per topic: articles labelled, predicted and right, as focus and as mentioned";
    s.gridRow(grid, "topic", "labelled", "focus", "right", "focus F1", "mentioned", "right", "mentioned F1");
    for (String t : scope) {
      Tally f = focus.get(t);
      Tally m = mentioned.get(t);
      s.gridRow(grid, t, Long.toString(f.gold), Long.toString(f.predicted), Long.toString(f.both),
          String.format("%.3f", f.f1()), Long.toString(m.predicted), Long.toString(m.both),
          String.format("%.3f", m.f1()));
    }
    return s;
  }

  private static void tally(Map<String, Tally> tallies, Set<String> gold, Set<String> predicted) {
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      boolean g = gold.contains(e.getKey());
      boolean p = predicted.contains(e.getKey());
      e.getValue().gold += g ? 1 : 0;
      e.getValue().predicted += p ? 1 : 0;
      e.getValue().both += g && p ? 1 : 0;
    }
  }

  private static void addFigures(GoldScores s, String prefix, Map<String, Tally> tallies) {
    long gold = 0;
    long predicted = 0;
    long both = 0;
    for (Tally t : tallies.values()) {
      gold += t.gold;
      predicted += t.predicted;
      both += t.both;
    }
    s.count(prefix + "_micro_f1", 2 * both, gold + predicted);
    s.count(prefix + "_precision", both, predicted);
    s.count(prefix + "_recall", both, gold);
  }

  private static double macroF1(Map<String, Tally> tallies) {
    return tallies.values().stream().mapToDouble(Tally::f1).average().orElse(0);
  }
}
