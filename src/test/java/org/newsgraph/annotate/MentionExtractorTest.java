package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;

class MentionExtractorTest {
  private final MentionExtractor extractor = new MentionExtractor(TestGazetteers.small(), 40);
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 13);

  private List<Mention> text(String text, LocalDate date) {
    return extractor.extract(null, text, date);
  }

  private static List<String> ids(List<Mention> ms) {
    return ms.stream().map(Mention::entityId).toList();
  }

  @Test
  void kimPutinArticleHasBothLeadersAndBothCountriesWithOffsets() {
    String t = "Kim Jong Un arrived in Russia for talks with President Vladimir Putin. "
        + "Putin's hosts showed the North Korean leader the cosmodrome, and Pyongyang wants satellites.";
    List<Mention> ms = text(t, SEPT_2023);
    // Offsets counted by hand: "Kim Jong Un" is characters 0..11 (3+1+4+1+2);
    // "Kim Jong Un arrived in " is 23 characters, so "Russia" is 23..29;
    // "...talks with President " ends at 55, "Vladimir Putin" (14 chars) is 55..69;
    // the first sentence ends with ". " at 69-70, so "Putin" of "Putin's" is 71..76.
    assertEquals(new Mention("text", 0, 0, 11, "Kim Jong Un", ms.get(0).snippet(), "leader:Q56226",
        "leader", "Kim Jong Un", "alias", "country:PRK", true), ms.get(0));
    assertEquals(List.of(23, 29, "country:RUS", "alias"),
        List.of(ms.get(1).start(), ms.get(1).end(), ms.get(1).entityId(), ms.get(1).method()));
    assertEquals(List.of(55, 69, "leader:Q7747", "alias"),
        List.of(ms.get(2).start(), ms.get(2).end(), ms.get(2).entityId(), ms.get(2).method()));
    Mention shortForm = ms.get(3);
    assertEquals(List.of(71, 76, "Putin", "leader:Q7747", "coreference", 1),
        List.of(shortForm.start(), shortForm.end(), shortForm.surface(), shortForm.entityId(),
            shortForm.method(), shortForm.sentenceIndex()));
    assertEquals("country:RUS", shortForm.countryOf());
    // "the North Korean leader" is also a title: North Korea's supreme leader on 2023-09-13 is Kim
    // Jong Un (the only holder), so a title mention of him follows the demonym's country mention.
    assertEquals(List.of("leader:Q56226", "country:RUS", "leader:Q7747", "leader:Q7747", "country:PRK",
        "leader:Q56226", "topic:space", "country:PRK", "topic:space"), ids(ms));
    assertEquals(List.of("North Korean leader", "title"), List.of(ms.get(5).surface(), ms.get(5).method()));
    Mention demonym = ms.get(4);
    assertEquals("North Korean", demonym.surface());
    assertEquals("demonym", demonym.method());
    Mention satellites = ms.get(8);
    assertEquals("satellites", satellites.surface(), "the prefix phrase satellite* takes the whole word");
    assertEquals(t.indexOf("satellites"), satellites.start());
  }

  @Test
  void longestMatchWins() {
    // "Papua New Guinea" (16 chars) overlaps "Guinea" (6 chars); the longer one is kept.
    List<Mention> ms = text("Officials from Papua New Guinea met in Port Moresby.", SEPT_2023);
    assertEquals(List.of("country:PNG"), ids(ms));
    assertEquals("Papua New Guinea", ms.get(0).surface());
  }

  @Test
  void caseSensitiveAliasesNeedTheirCapitals() {
    assertEquals(List.of(), ids(text("Let us know what the collectors paid for the china vase.", SEPT_2023)));
    assertEquals(List.of("country:USA", "country:CHN"),
        ids(text("The US said China must act.", SEPT_2023)));
  }

  @Test
  void ambiguousAliasNeedsSupportInTheArticle() {
    // Atlanta is a US city; "Atlanta, Georgia" is the US state, never the country.
    assertEquals(List.of("country:USA"), ids(text("Voters in Atlanta, Georgia queued for hours.", SEPT_2023)));
    assertEquals(List.of("country:GEO", "country:GEO"),
        ids(text("Georgia said troops in Tbilisi were on alert.", SEPT_2023)));
    // "Congo" names two countries; the Kinshasa mention decides for the DRC.
    assertEquals(List.of("country:COD", "country:COD"),
        ids(text("Fighting in eastern Congo worried officials in Kinshasa.", SEPT_2023)));
    assertEquals(List.of(), ids(text("Fighting in Congo continued.", SEPT_2023)));
  }

  @Test
  void bareSurnamesFollowTheRules() {
    // "Kim" is an ambiguous surname (two leaders named Kim): never guessed without an antecedent.
    assertEquals(List.of(), ids(text("Kim inspected a factory.", SEPT_2023)));
    // "Putin" is unambiguous and he was in office on the date.
    List<Mention> putin = text("Putin spoke on Tuesday.", SEPT_2023);
    assertEquals(List.of("leader:Q7747"), ids(putin));
    assertEquals("surname", putin.get(0).method());
    // "Biden" was not in office in 2010, so the bare surname is not resolved on that date.
    assertEquals(List.of(), ids(text("Biden spoke on Tuesday.", LocalDate.of(2010, 1, 1))));
    // lower-case "kim" is never the surname, even after the full name
    assertEquals(List.of("leader:Q56226"), ids(text("Kim Jong Un met kim officials.", SEPT_2023)));
  }

  @Test
  void titleIsAnAntecedentForTheText() {
    List<Mention> ms = extractor.extract("Kim Jong-un visits Russia", "Kim arrived by train.", SEPT_2023);
    assertEquals(List.of("title", "title", "text"), ms.stream().map(Mention::field).toList());
    assertEquals("coreference", ms.get(2).method());
    assertEquals("leader:Q56226", ms.get(2).entityId());
    assertEquals(0, ms.get(2).start());
  }

  @Test
  void countryOfFollowsTheDate() {
    // 2010: Putin was prime minister (2008-05-08 .. 2012-05-07): still Russia, in office.
    Mention pm = text("Vladimir Putin visited Paris.", LocalDate.of(2010, 3, 1)).get(0);
    assertEquals("country:RUS", pm.countryOf());
    assertTrue(pm.inOffice());
    // 2023: Trump held no office, but only ever led the US.
    Mention out = text("Donald Trump held a rally.", LocalDate.of(2023, 6, 1)).get(0);
    assertEquals("country:USA", out.countryOf());
    assertFalse(out.inOffice());
    // undated: in_office unknown
    assertNull(text("Donald Trump held a rally.", null).get(0).inOffice());
  }

  @Test
  void possessivesCurlyApostrophesHyphensAndCaseAreFolded() {
    List<Mention> ms = text("KIM JONG-UN\u2019s envoy met Putin\u2019s aide in moscow.", SEPT_2023);
    assertEquals(List.of("leader:Q56226", "leader:Q7747", "country:RUS"), ids(ms));
    assertEquals("KIM JONG-UN", ms.get(0).surface());
    assertEquals("Putin", ms.get(1).surface());
  }

  @Test
  void snippetShowsContext() {
    List<Mention> ms = text("In a long statement on Monday the Kremlin said talks would continue next week.", SEPT_2023);
    assertEquals(1, ms.size());
    assertTrue(ms.get(0).snippet().contains("the Kremlin said"), ms.get(0).snippet());
  }

  @Test
  void snippetCollapsesWhiteSpaceRunsAndMarksCutEnds() {
    String text = "ab \t\n cd\r\n\nef g";
    // [0, 15) is the whole text: three runs of white space become single spaces, no ellipsis
    assertEquals("ab cd ef g", MentionExtractor.snippetOf(text, 0, text.length(), false, false));
    // [3, 12) = "\t\n cd\r\n\ne": the leading run is one space too; cut on both sides
    assertEquals("\u2026 cd e\u2026", MentionExtractor.snippetOf(text, 3, 12, true, true));
    // an empty span is just its ellipses
    assertEquals("\u2026", MentionExtractor.snippetOf(text, 5, 5, false, true));
  }
}
