package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.ResolutionData;
import org.newsgraph.gazetteer.Topic;
import org.newsgraph.gazetteer.TopicCue;

/** Topic cues on invented sentences: each kind, the weights, and what makes a topic a focus. */
class TopicCuesTest {
  private static final LocalDate DAY = LocalDate.of(2023, 9, 13);
  /** Two sentences naming nothing: a text of three sentences or more weighs its cues as written. */
  private static final String PAD = " Nothing else happened. Nobody spoke.";

  private static final Gazetteer G = TestGazetteers.small(Map.of(
      "arms_trade", new Topic("arms_trade", "Arms trade", List.of("arms deal*"), List.of(
          TopicCue.parse("pair", "sell|sold|supply + missile|weapon|artillery", 3))),
      "summit_diplomacy", new Topic("summit_diplomacy", "Summits and diplomacy", List.of("state visit*"), List.of(
          TopicCue.parse("meeting", "talks|meet|summit", 2))),
      "interest_rates", new Topic("interest_rates", "Interest rates", List.of("central bank*"), List.of(
          TopicCue.parse("stem", "interest rate", 1.5), TopicCue.parse("phrase", "central bank*", 0.5))),
      "trade", new Topic("trade", "Trade", List.of("exports"), List.of())));

  private static final MentionExtractor X = new MentionExtractor(G, ResolutionData.loadBundled(), 20,
      EnumSet.allOf(MentionExtractor.Rule.class));

  private static List<Mention> topics(String title, String text) {
    return X.extract(title, text, DAY).stream().filter(m -> m.entityType().equals("topic")).toList();
  }

  private static Map<String, ArticleEntities.Entity> entities(String title, String text) {
    return ArticleEntities.of(X.extract(title, text, DAY)).stream()
        .collect(Collectors.toMap(ArticleEntities.Entity::entityId, e -> e));
  }

  @Test
  void aTransferWordWithAWeaponWordInOneSentenceIsArmsTrade() {
    List<Mention> ms = topics(null, "He would like them to sell his army missiles. Nobody sold anything." + PAD);
    assertEquals(1, ms.size());
    Mention m = ms.get(0);
    assertEquals("topic:arms_trade", m.entityId());
    assertEquals("pair", m.method());
    assertEquals(3.0, m.weight());
    assertEquals("sell his army missiles", m.surface()); // from the first word of the pair to the last
    // the words in two sentences are no pair
    assertTrue(topics(null, "They sold grain. The missiles stayed home.").isEmpty());
  }

  @Test
  void inflectedFormsMatchAStemCue() {
    // "interest-rate" and "interest rates" both stem to interest + rate
    List<Mention> ms = topics(null, "The interest-rate outlook changed. Interest rates fell.");
    assertEquals(List.of("stem", "stem"), ms.stream().map(Mention::method).toList());
    assertEquals(List.of("interest-rate", "Interest rates"), ms.stream().map(Mention::surface).toList());
  }

  @Test
  void cueWordsAreReadFromTheFoldedTextAndMappedBackToTheOriginal() {
    // capitals and a hyphen fold as in lower case; "ß" folds to two characters, so a cue after it
    // lies one character further on in the folded text than in the original
    String text = "Die Straße INTEREST-RATES rose. Interest rates fell." + PAD;
    List<Mention> ms = topics(null, text);
    assertEquals(List.of("INTEREST-RATES", "Interest rates"), ms.stream().map(Mention::surface).toList());
    assertEquals(text.indexOf("INTEREST"), ms.get(0).start());
    // read again, its words now known to the thread's word table: the same mentions
    assertEquals(ms, topics(null, text));
    // and the same as the cues of the text read on its own, without the gazetteer's aliases
    List<TopicCues.Hit> alone = new TopicCues(G).find(text, new int[] {0, text.indexOf("Interest")}, new int[2]);
    assertEquals(ms.stream().map(Mention::start).toList(), alone.stream().map(TopicCues.Hit::start).toList());
  }

  @Test
  void aMeetingWordNeedsTwoStatesInItsSentence() {
    // Putin (Russia) and Kim (North Korea): two states
    assertEquals(List.of("meeting"), topics(null, "Vladimir Putin and Kim Jong Un held talks in Vladivostok.")
        .stream().map(Mention::method).toList());
    // one state only: talks of a company
    assertTrue(topics(null, "Russia said the talks with the company went well.").isEmpty());
    // two states, but no meeting word
    assertTrue(topics(null, "Russia and North Korea share a border.").isEmpty());
  }

  @Test
  void aPhraseCueIsCountedOnceAndWeighsWhatItsRowSays() {
    List<Mention> ms = topics(null, "The central bank spoke." + PAD);
    assertEquals(1, ms.size());
    assertEquals(0.5, ms.get(0).weight());
    // a phrase of topics.tsv without a cue row weighs 1
    assertEquals(1.0, topics(null, "Exports rose." + PAD).get(0).weight());
  }

  @Test
  void focusNeedsCuesWeighingThreeOrATitleCueWeighingOne() {
    // arms trade: one pair (3) -> salience (3 + 0) / 6 = 1/2 -> focus
    assertTrue(entities(null, "They agreed to supply artillery." + PAD).get("topic:arms_trade").focus());
    // diplomacy: one meeting (2) -> 2/6 -> not focus; two meetings (4) -> 4/6 -> focus
    String one = "Vladimir Putin and Kim Jong Un will meet.";
    assertFalse(entities(null, one + PAD).get("topic:summit_diplomacy").focus());
    assertTrue(entities(null, one + " Russia and North Korea held a summit." + PAD).get("topic:summit_diplomacy")
        .focus());
    // the central bank (0.5) in the title counts for 0.5 of the title's 3: (0.5 + 1.5) / 6 = 1/3 -> not focus
    // (a title is not scaled by its length)
    ArticleEntities.Entity bank = entities("Central bank speaks", "Nothing else.").get("topic:interest_rates");
    assertEquals(1.0 / 3, bank.salience(), 1e-12);
    assertFalse(bank.focus());
    // interest rates (1.5) in the title: (1.5 + 3) / 6 = 3/4 -> focus
    assertEquals(0.75, entities("Interest rates climb", "Nothing else.").get("topic:interest_rates").salience(), 1e-12);
  }

  @Test
  void aCueInATextOfOneOrTwoSentencesWeighsMore() {
    // one sentence: 0.5 x 3 / 1 = 1.5; two: 0.5 x 3 / 2 = 0.75; three: 0.5
    assertEquals(1.5, topics(null, "The central bank spoke.").get(0).weight(), 1e-12);
    assertEquals(0.75, topics(null, "The central bank spoke. Nobody listened.").get(0).weight(), 1e-12);
    assertEquals(0.5, topics(null, "The central bank spoke." + PAD).get(0).weight(), 1e-12);
    // so one meeting (2) in a one-sentence abstract is a focus: 2 x 3 = 6 -> salience 1
    assertTrue(entities(null, "Vladimir Putin and Kim Jong Un will meet.").get("topic:summit_diplomacy").focus());
    // names are not scaled
    assertEquals(1.0, X.extract(null, "Russia spoke.", DAY).get(0).weight());
  }

  @Test
  void theIssuesTrainJourneyFindsArmsTradeAndDiplomacy() {
    // invented sentences in the manner of the article of issue 20 (Kim Jong Un's 2023 journey to Putin)
    String text = "Kim Jong Un travelled by train to meet Vladimir Putin in Russia. Putin would like North Korea"
        + " to sell Russia artillery and anti-tank missiles. Washington warned that Russia and North Korea"
        + " should not hold talks on weapons.";
    Map<String, ArticleEntities.Entity> es = entities("Kim heads to Russia", text);
    assertTrue(es.get("topic:arms_trade").focus());
    // two meetings (meet, talks), each in a sentence naming both states: 2 + 2 = 4 -> focus
    assertTrue(es.get("topic:summit_diplomacy").focus());
  }

  @Test
  void aMalformedCueIsRefusedSayingWhy() {
    assertThrows(IllegalArgumentException.class, () -> TopicCue.parse("pair", "sell|supply", 1));
    assertThrows(IllegalArgumentException.class, () -> TopicCue.parse("meeting", "held talks", 1));
    assertThrows(IllegalArgumentException.class, () -> TopicCue.parse("stem", "rate", 0));
    assertThrows(IllegalArgumentException.class, () -> TopicCue.parse("word", "rate", 1));
  }
}
