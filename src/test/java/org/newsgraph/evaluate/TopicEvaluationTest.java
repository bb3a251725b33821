package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Mention;
import org.newsgraph.gazetteer.EntityIds;

/** The topic scorer on invented articles whose mentions are given, so every count is derived by hand. */
class TopicEvaluationTest {
  private static final Map<String, String> LABELS = Map.of("crude", "oil", "trade", "trade");

  private static Mention topic(String field, int start, String topic) {
    return new Mention(field, 0, start, start + 3, topic, "", EntityIds.topic(topic), EntityIds.TOPIC, topic,
        "alias", null, null);
  }

  @Test
  void focusAndMentionedTopicsAgainstMappedLabels() {
    Map<String, List<Mention>> mentions = new HashMap<>();
    List<TopicEvaluation.Labelled> as = new ArrayList<>();
    // a1 [crude]: oil in the title -> focus oil (right); a mention of sport is outside the map, not scored
    as.add(new TopicEvaluation.Labelled("a1", "t", "x", null, List.of("crude")));
    mentions.put("a1", List.of(topic("title", 0, "oil"), topic("text", 5, "sport")));
    // a2 [earn]: trade once in the text -> mentioned (wrong), not focus
    as.add(new TopicEvaluation.Labelled("a2", "t", "x", null, List.of("earn")));
    mentions.put("a2", List.of(topic("text", 9, "trade")));
    // a3 [trade, crude]: oil three times in the text -> focus oil (right); trade missed
    as.add(new TopicEvaluation.Labelled("a3", "t", "x", null, List.of("trade", "crude")));
    mentions.put("a3", List.of(topic("text", 1, "oil"), topic("text", 20, "oil"), topic("text", 40, "oil")));
    // a4: no label at all -> left out, whatever it mentions
    as.add(new TopicEvaluation.Labelled("a4", "t", "x", null, List.of()));
    mentions.put("a4", List.of(topic("title", 0, "trade")));

    GoldScores s = TopicEvaluation.score("g", a -> mentions.get(a.id()), as, LABELS, false);
    Map<String, GoldScores.Figure> f = s.figures();
    assertEquals(3, s.articles());
    // labelled: oil a1, a3; trade a3 = 3. focus predicted: oil a1, a3 = 2, both right
    assertEquals(GoldScores.Figure.of(4, 5), f.get("focus_micro_f1"));
    assertEquals(GoldScores.Figure.of(2, 2), f.get("focus_precision"));
    assertEquals(GoldScores.Figure.of(2, 3), f.get("focus_recall"));
    // mentioned adds trade in a2 (wrong): predicted 3, right 2
    assertEquals(GoldScores.Figure.of(4, 6), f.get("mentioned_micro_f1"));
    assertEquals(GoldScores.Figure.of(2, 3), f.get("mentioned_precision"));
    // per topic focus F1: oil 2*2/(2+2) = 1, trade 0 (labelled once, never focus) -> mean 0.5
    assertEquals(0.5, f.get("focus_macro_f1").value(), 1e-12);
    // mentioned: oil 1, trade 2*0/(1+1) = 0 -> 0.5
    assertEquals(0.5, f.get("mentioned_macro_f1").value(), 1e-12);
    assertEquals(1L, s.errorTotal(TopicEvaluation.MISSED));
  }

  @Test
  void onlyLabelledLeavesOutArticlesOfUnmappedCategories() {
    List<TopicEvaluation.Labelled> as = List.of(
        new TopicEvaluation.Labelled("p", "t", "x", null, List.of("POLITICS")),
        new TopicEvaluation.Labelled("c", "t", "x", null, List.of("crude")));
    Map<String, List<Mention>> mentions = Map.of("p", List.of(topic("title", 0, "oil")), "c", List.of());
    GoldScores s = TopicEvaluation.score("g", a -> mentions.get(a.id()), as, LABELS, true);
    // p is left out, so its oil is not wrong; c's oil is missed
    assertEquals(1, s.articles());
    assertEquals(GoldScores.Figure.of(0, 0), s.figures().get("focus_precision"));
    assertEquals(GoldScores.Figure.of(0, 1), s.figures().get("focus_recall"));
  }

  @Test
  void theBundledMappingNamesTenReutersTopicsAndTheLabelsWithinThem() {
    Map<String, String> m = TopicEvaluation.mapping("reuters21578-topics", true);
    assertEquals(10, m.size());
    assertEquals("oil", m.get("crude"));
    assertEquals(null, m.get("sugar"));
    Map<String, String> all = TopicEvaluation.mapping("reuters21578-topics");
    assertEquals("agriculture", all.get("sugar"));
    assertEquals("finance_markets", all.get("dlr"));
    assertEquals("interest_rates", all.get("money-supply"));
    assertEquals(null, all.get("earn"));
    assertEquals("health", TopicEvaluation.mapping("huffpost").get("WELLNESS"));
  }

  @Test
  void bothReadingsOfTheBundledReutersMapping() {
    // s1 [sugar]: agriculture in the title. sugar is within agriculture: right with every label;
    // with the same-kind labels only, s1 has no gold topic, so its agriculture is wrong.
    // g1 [grain]: agriculture in the title, right in both readings.
    List<TopicEvaluation.Labelled> as = List.of(
        new TopicEvaluation.Labelled("s1", "t", "x", null, List.of("sugar")),
        new TopicEvaluation.Labelled("g1", "t", "x", null, List.of("grain")));
    int[] calls = {0};
    GoldScores s = TopicEvaluation.scoreBothReadings("reuters21578-topics", a -> {
      calls[0]++;
      return List.of(topic("title", 0, "agriculture"));
    }, as, false);
    Map<String, GoldScores.Figure> f = s.figures();
    // every label: labelled 2, predicted 2, right 2
    assertEquals(GoldScores.Figure.of(4, 4), f.get("focus_micro_f1"));
    // same labels only: labelled 1 (g1), predicted 2, right 1 -> P 1/2, R 1/1, F1 2/3
    assertEquals(GoldScores.Figure.of(1, 2), f.get("same_labels_focus_precision"));
    assertEquals(GoldScores.Figure.of(1, 1), f.get("same_labels_focus_recall"));
    assertEquals(GoldScores.Figure.of(2, 3), f.get("same_labels_focus_micro_f1"));
    assertEquals(2, calls[0], "each article is extracted once");
  }
}
