package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;

/**
 * Leaders named by an ambiguous surname alone, and titles without a country, on invented sentences;
 * expectations derived by hand from the test gazetteer (Li Qiang: China's premier from 2023-03-11,
 * surname "Li" marked ambiguous; Jacques Chirac: France's prime minister 1986-03-20 .. 1988-05-10).
 */
class LeaderRulesTest {
  private final MentionExtractor extractor = new MentionExtractor(TestGazetteers.small(), 40);
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 13);
  private static final LocalDate MARCH_1987 = LocalDate.of(1987, 3, 3);

  private List<String> ids(String text, LocalDate date) {
    return extractor.extract(null, text, date).stream().map(Mention::entityId).toList();
  }

  @Test
  void anAmbiguousSurnameOfTheOneLeaderInOfficeNeedsTheirCountryInTheArticle() {
    assertEquals(List.of("country:CHN", "leader:Q1056"),
        ids("China cut its lending rate on Monday. Li said the economy was stable.", SEPT_2023));
    // without China named, "Li" is anyone
    assertEquals(List.of(), ids("Li said the economy was stable.", SEPT_2023));
    // before 2023-03-11 no Li was in office
    assertEquals(List.of("country:CHN"), ids("China cut its lending rate. Li said the economy was stable.",
        LocalDate.of(2020, 1, 1)));
  }

  @Test
  void anotherPersonOfThatSurnameBlocksTheBareSurname() {
    // "Li Na" names another Li (Na is no part of Li Qiang's names): no bare "Li" is the premier
    assertEquals(List.of("country:CHN"),
        ids("China hosted the final. Li Na won in three sets, and Li said she was tired.", SEPT_2023));
  }

  @Test
  void theCapitalisedTitleAloneIsTheLeaderOfTheCountryTheStoryIsAbout() {
    // France and French: FRA twice, the only country, so the story is about France; its prime
    // minister on 1987-03-03 is Chirac
    assertEquals(List.of("country:FRA", "country:FRA", "leader:Q2105"),
        ids("France cut taxes. French unions protested, and the Prime Minister said he would not yield.", MARCH_1987));
    // "the president" in lower case may be a company's; "the Prime Minister of" names its own country
    assertEquals(List.of("country:FRA", "country:FRA"),
        ids("France cut taxes. French unions protested, and the president said he would not yield.", MARCH_1987));
    // one mention of France is not enough to say what the story is about
    assertEquals(List.of("country:FRA"),
        ids("France cut taxes, and the Prime Minister said he would not yield.", MARCH_1987));
  }
}
