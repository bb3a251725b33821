package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;

/** One test per resolution rule, each on a realistic sentence; expectations derived by hand. */
class ResolutionRulesTest {
  private final MentionExtractor extractor = new MentionExtractor(TestGazetteers.small(), 40);
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 13);
  private static final LocalDate MARCH_1987 = LocalDate.of(1987, 3, 3);

  private List<Mention> text(String text, LocalDate date) {
    return extractor.extract(null, text, date);
  }

  private static List<String> ids(List<Mention> ms) {
    return ms.stream().map(Mention::entityId).toList();
  }

  private static List<String> methods(List<Mention> ms) {
    return ms.stream().map(Mention::method).toList();
  }

  // --- title + date -> person ---

  @Test
  void demonymAndTitleResolveThroughTheDate() {
    // Putin holds the only RUS president role on 2023-09-13.
    List<Mention> ms = text("The Russian president met the envoys on Tuesday.", SEPT_2023);
    assertEquals(List.of("country:RUS", "leader:Q7747"), ids(ms));
    assertEquals("Russian president", ms.get(1).surface());
    assertEquals("title", ms.get(1).method());
    assertEquals("country:RUS", ms.get(1).countryOf());
  }

  @Test
  void titleOfCountryResolves() {
    List<Mention> ms = text("He held talks with the President of Russia in Sochi.", SEPT_2023);
    assertEquals(List.of("leader:Q7747", "country:RUS"), ids(ms));
    assertEquals("President of Russia", ms.get(0).surface());
  }

  @Test
  void possessiveTitleResolves() {
    assertEquals(List.of("country:RUS", "leader:Q7747"),
        ids(text("Russia's president said the talks were useful.", SEPT_2023)));
  }

  @Test
  void britishPrimeMinisterIn1987IsThatcher() {
    // GBR prime_minister on 1987-03-03: Thatcher (1979-05-04 .. 1990-11-28).
    assertEquals(List.of("country:GBR", "leader:Q7416"),
        ids(text("The British prime minister flew to Moscow on Monday.", MARCH_1987)).subList(0, 2));
  }

  @Test
  void chinesePremierIsThePremierNotThePresident() {
    // CHN on 2023-09-13: Xi holds "president", Li Qiang "premier"; "premier" tries premier first.
    assertEquals(List.of("country:CHN", "leader:Q1056"),
        ids(text("The Chinese premier opened the fair.", SEPT_2023)));
  }

  @Test
  void secretaryOfStateResolvesOnlyWhereTheGazetteerHasTheOffice() {
    // The test gazetteer has Blinken as USA secretary_of_state 2021-01-26 .. 2025-01-20.
    assertEquals(List.of("country:USA", "leader:Q1058"),
        ids(text("The U.S. secretary of state arrived in Kyiv.", SEPT_2023)));
    // No GBR secretary_of_state role exists: the phrase yields nothing beyond the country.
    assertEquals(List.of("country:GBR"), ids(text("The British secretary of state arrived.", SEPT_2023)));
  }

  @Test
  void leaderMeansTheDeFactoOfficeOrTheOnlyNonMonarch() {
    // SUN 1987: Gorbachev is general secretary, a de facto office.
    assertEquals(List.of("country:SUN", "leader:Q30487"), ids(text("The Soviet leader spoke.", MARCH_1987)));
    // GBR 1987: the queen is a monarch, so the only other office holder, Thatcher, is the leader.
    assertEquals(List.of("country:GBR", "leader:Q7416"), ids(text("The British leader spoke.", MARCH_1987)));
  }

  @Test
  void titleWithSeveralPossibleHoldersIsKeptUnresolved() {
    // FRA 1987: Mitterrand (president) and Chirac (prime minister): "leader" cannot choose.
    List<Mention> ms = text("The French leader spoke.", MARCH_1987);
    assertEquals(List.of("country:FRA", "title:FRA:leader"), ids(ms));
    assertEquals("title", ms.get(1).entityType());
    assertEquals("country:FRA", ms.get(1).countryOf());
    assertNull(ms.get(1).inOffice());
  }

  @Test
  void undatedTitleResolvesOnlyWithOneHolderEver() {
    // USA presidents in the test gazetteer: Biden, Trump, Reagan -> unresolved without a date.
    assertEquals(List.of("country:USA", "title:USA:president"),
        ids(text("The American president spoke.", null)));
    // Putin is the only RUS president ever recorded -> resolved even undated.
    assertEquals(List.of("country:RUS", "leader:Q7747"), ids(text("The Russian president spoke.", null)));
  }

  @Test
  void formerOrNamedTitlesYieldNoTitleMention() {
    assertEquals(List.of("country:SUN"), ids(text("The former Soviet leader spoke.", SEPT_2023)));
    // The name carries the mention; the title before it adds nothing.
    List<Mention> ms = text("Soviet leader Mikhail Gorbachev spoke.", MARCH_1987);
    assertEquals(List.of("country:SUN", "leader:Q30487"), ids(ms));
    assertEquals("alias", ms.get(1).method());
  }

  @Test
  void titleBeforeAnAmbiguousSurnamePicksTheHolder() {
    // "Chun" is marked ambiguous; "President" + KOR president role on 1987-03-03 picks Chun Doo-hwan.
    assertEquals(List.of("leader:Q14362"), ids(text("President Chun said reforms would wait.", MARCH_1987)));
    assertEquals(List.of(), ids(text("Chun said reforms would wait.", MARCH_1987)));
  }

  // --- coreference ---

  @Test
  void shortFormsAfterTheFullNameAreCoreference() {
    List<Mention> ms = text("Xi Jinping arrived in Moscow. Mr. Xi said ties were strong.", SEPT_2023);
    assertEquals(List.of("leader:Q15031", "country:RUS", "leader:Q15031"), ids(ms));
    assertEquals(List.of("alias", "capital", "coreference"), methods(ms));
  }

  @Test
  void leadersImplyTheirCountryOnlyInCountryOf() {
    List<Mention> ms = text("Vladimir Putin spoke on television.", SEPT_2023);
    assertEquals(List.of("leader:Q7747"), ids(ms));
    assertEquals("country:RUS", ms.get(0).countryOf());
  }

  // --- datelines and cities ---

  @Test
  void agencyDatelineNamesTheCountry() {
    List<Mention> ms = text("MOSCOW (Reuters) - The talks went on.", SEPT_2023);
    assertEquals(List.of("country:RUS"), ids(ms));
    assertEquals(List.of("dateline", 0, 6), List.of(ms.get(0).method(), ms.get(0).start(), ms.get(0).end()));
  }

  @Test
  void datedDatelineResolvesAnAmbiguousCapital() {
    // "Washington" alone needs support, but a dateline names the place the story was filed from.
    assertEquals(List.of("country:USA"), ids(text("WASHINGTON, Feb 26 - Officials met.", MARCH_1987)));
    assertEquals(List.of("dateline"), methods(text("NEW YORK, March 3 - Shares rose.", MARCH_1987)));
  }

  @Test
  void datelineRegionDecidesForAnUnknownTown() {
    assertEquals(List.of("country:USA"), ids(text("GREENWICH, Conn., March 2 - The company said.", MARCH_1987)));
  }

  @Test
  void cityMentionNamesItsCountry() {
    List<Mention> ms = text("The refinery near Houston will close.", MARCH_1987);
    assertEquals(List.of("country:USA"), ids(ms));
    assertEquals("city", ms.get(0).method());
  }

  @Test
  void countriesAreDated() {
    // Moscow names both the Soviet Union and Russia: in 1987 only the Soviet Union existed.
    assertEquals(List.of("country:SUN"), ids(text("Officials in Moscow said.", MARCH_1987)));
    assertEquals(List.of("country:RUS"), ids(text("Officials in Moscow said.", SEPT_2023)));
    // "Russian" names only Russia, which did not exist in 1987: its predecessor is meant.
    assertEquals(List.of("country:SUN"), ids(text("A Russian delegation said.", MARCH_1987)));
  }

  // --- ambiguity with context and case ---

  @Test
  void georgiaTheCompanyIsNotTheCountry() {
    assertEquals(List.of(), ids(text("Shares of Georgia Power rose.", SEPT_2023)));
  }

  @Test
  void jordanThePlayerIsNotTheCountryButJordanTheBuyerIs() {
    assertEquals(List.of(), ids(text("Fans cheered as Michael Jordan scored 40 points.", SEPT_2023)));
    // capitalised, mid-sentence, after a lower-case word, no name-like neighbour: the country
    assertEquals(List.of("country:JOR"), ids(text("The trade house sold Jordan two cargoes of sugar.", SEPT_2023)));
    // at the start of a sentence without support it could be a first name: not resolved
    assertEquals(List.of(), ids(text("Jordan said he would stay.", SEPT_2023)));
  }

  @Test
  void chadTheFirstNameIsNotTheCountry() {
    assertEquals(List.of(), ids(text("Officials said Chad Smith resigned.", SEPT_2023)));
    assertEquals(List.of("country:TCD"), ids(text("Forces pulled out of Chad on Monday.", SEPT_2023)));
  }

  @Test
  void turkeyTheBirdIsNotTheCountry() {
    assertEquals(List.of(), ids(text("Shoppers bought turkey and ham.", SEPT_2023)));
    assertEquals(List.of(), ids(text("Turkey prices rose before the holiday.", SEPT_2023)));
    assertEquals(List.of("country:TUR"), ids(text("Exports to Turkey rose.", SEPT_2023)));
  }

  @Test
  void nigerIsNotNigeriaAndTheNigerDeltaIsInNigeria() {
    assertEquals(List.of("country:NGA"), ids(text("Nigeria raised its oil output.", SEPT_2023)));
    assertEquals(List.of("country:NGA"), ids(text("Attacks in the Niger Delta cut output.", SEPT_2023)));
  }

  @Test
  void guineaLosesToTheLongestMatch() {
    assertEquals(List.of("country:PNG"), ids(text("Papua New Guinea signed the deal.", SEPT_2023)));
  }

  @Test
  void koreaAloneNeedsSupport() {
    assertEquals(List.of(), ids(text("Korea exports rose.", SEPT_2023)));
    assertEquals(List.of("country:KOR", "country:KOR"), ids(text("Korea exports rose, Seoul said.", SEPT_2023)));
  }

  @Test
  void washingtonThePersonOrTheStateIsNotTheCapital() {
    assertEquals(List.of(), ids(text("A portrait of George Washington hung there.", SEPT_2023)));
    assertEquals(List.of(), ids(text("Apple growers in Washington state were hit.", SEPT_2023)));
    assertEquals(List.of("country:USA", "country:USA"),
        ids(text("Washington said on Monday the U.S. would act.", SEPT_2023)));
  }

  @Test
  void usInCapitalsIsTheCountryInAHeadline() {
    assertEquals(List.of(), ids(text("Let us know.", SEPT_2023)));
    assertEquals(List.of("country:USA"), ids(extractor.extract("US TO CUT RATES AGAIN", null, SEPT_2023)));
  }

  @Test
  void tickerSymbolsAreNotCountries() {
    assertEquals(List.of(), ids(extractor.extract("ROCKWELL <ROK> GETS CONTRACT", null, SEPT_2023)));
  }

  @Test
  void indianOceanAndNewMexicoHideTheirCountries() {
    assertEquals(List.of("country:IND"), ids(text("India sent ships to the Indian Ocean.", SEPT_2023)));
    assertEquals(List.of(), ids(text("Ranchers in New Mexico sold cattle.", SEPT_2023)));
  }

  @Test
  void atlantaGeorgiaIsTheUsState() {
    // Atlanta (a US city) then a comma: the state, even with Georgia the country supported by Tbilisi.
    assertEquals(List.of("country:USA", "country:GEO"),
        ids(text("Voters in Atlanta, Georgia queued; Tbilisi said nothing.", SEPT_2023)));
  }
}
