package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestGazetteers;
import org.newsgraph.text.Dateline;

/**
 * The rules that tell a place from a longer name it stands in (teams, companies, people), on
 * invented sentences of the kinds the gold sets of others showed; each expectation derived by hand
 * from the test gazetteer (Atlanta, Houston, New York: US cities; Moscow: Russia's capital;
 * British, French, Russian: demonyms; Chad, Niger, Guinea, Georgia, Jordan: ambiguous names).
 */
class PlaceNameRulesTest {
  private final MentionExtractor extractor = new MentionExtractor(TestGazetteers.small(), 40);
  private static final LocalDate SEPT_2023 = LocalDate.of(2023, 9, 13);

  private List<String> ids(String text) {
    return extractor.extract(null, text, SEPT_2023).stream().map(Mention::entityId).toList();
  }

  @Test
  void citiesInAResultsTableAreTeams() {
    // every city is followed by a score and then a capitalised word or the end of the line
    assertEquals(List.of(), ids("Results of games played on Sunday:\nAtlanta 5 Houston 3\nNew York 2"));
    assertEquals(List.of(), ids("Standings:\nHOUSTON 74 59 .556\nATLANTA 70 63 .526"));
    // a number followed by a lower-case word is no score: "Houston 3 people" is the city
    assertEquals(List.of("country:USA"), ids("Floods killed in Houston 3 people on Sunday."));
  }

  @Test
  void citiesInFixturesAndWithResultVerbsAreTeams() {
    assertEquals(List.of(), ids("Fixtures for Saturday: Houston v Atlanta, kick-off at noon."));
    assertEquals(List.of(), ids("On Sunday Atlanta beat the visitors by two runs."));
    // a city as a venue keeps its country
    assertEquals(List.of("country:USA"), ids("The final will be played in Atlanta next year."));
  }

  @Test
  void aCityInsideALongerProperNameIsNoMention() {
    assertEquals(List.of(), ids("Fans of Dynamo Moscow threw bottles at the referee."));
    assertEquals(List.of(), ids("He played six seasons for the Houston Rockets before retiring."));
    // a word that qualifies the place keeps it: the mayor of Moscow is about Russia
    assertEquals(List.of("country:RUS"), ids("The city said Moscow Mayor Sergei Sobyanin would open the line."));
    // the first word of a sentence is no name before it
    assertEquals(List.of("country:RUS"), ids("Talks ended. Moscow said it would reply."));
    // weekdays and months are no names
    assertEquals(List.of("country:RUS"), ids("Officials said in Moscow Tuesday that talks would resume."));
  }

  @Test
  void aCountryInsideAnOrganisationNameIsNoMention() {
    // "Airways" follows British; "Bank" precedes Russia across "of"; New York stays a city
    assertEquals(List.of("country:USA"), ids("British Airways cut its flights to New York in the winter."));
    assertEquals(List.of(), ids("The Central Bank of Russia raised its key rate on Friday."));
    assertEquals(List.of(), ids("Shares of Air France fell after the strike."));
    // a body of the state keeps the country, even next to an organisation word
    assertEquals(List.of("country:RUS"), ids("The Russian Foreign Ministry summoned the envoy."));
    assertEquals(List.of("country:FRA"), ids("French Air Force jets flew over the parade."));
  }

  @Test
  void aDemonymAfterAFirstNameIsAPersonsName() {
    // "Ellen French": a capitalised word before the demonym in running text
    assertEquals(List.of(), ids("The goal was scored by Ellen French in the second half."));
    // at a sentence start the capitalised word before is no first name
    assertEquals(List.of("country:FRA"), ids("Former French ministers met on Monday."));
  }

  @Test
  void aCityFollowedByAStateOrProvinceIsInThatCountry() {
    // Georgia after a comma is read as the US state only when it is no country's name here: Tbilisi
    // is Georgia's capital, so "Tbilisi, Georgia" stays Georgia (the dateline_regions file has Texas)
    assertEquals(List.of("country:USA"), ids("The fair opened in Moscow, Texas, on Monday."));
    assertEquals(List.of("country:GEO", "country:GEO"), ids("Protests went on in Tbilisi, Georgia, all week."));
  }

  @Test
  void anAmbiguousNameInAListOfCountriesIsTheCountry() {
    // Chad, Niger and Guinea are ambiguous and named nowhere else; the list has France and China
    assertEquals(List.of("country:FRA", "country:TCD", "country:CHN"),
        ids("Aid came from France, Chad and China, the agency said."));
    assertEquals(List.of("country:NER", "country:GIN", "country:FRA"),
        ids("Cases were reported in Niger, Guinea and France this week."));
  }

  @Test
  void multiWordRegionsHideTheNamesInsideThem() {
    // "British Columbia" is a Canadian province: no mention of the United Kingdom
    assertEquals(List.of(), ids("A cow in British Columbia tested positive."));
  }

  @Test
  void aDatelineAfterAHeadlineLineIsFound() {
    Dateline d = Dateline.parse("Storm hits the coast\nHOUSTON, Aug 30 (Reuters) - Winds rose.");
    assertNotNull(d);
    assertEquals("HOUSTON", d.place());
    assertEquals(21, d.placeStart()); // 20 characters of headline and the newline
    Dateline iso = Dateline.parse("RAIN STOPS PLAY\nA Byline\nATLANTA 1996-08-30\nThe game was off.");
    assertNotNull(iso);
    assertEquals("ATLANTA", iso.place());
    // a long first line is a paragraph: no dateline below it
    assertNull(Dateline.parse("x".repeat(201) + "\nHOUSTON, Aug 30 - Winds rose."));
    // the headline's own mentions stay mentions; the dateline's place yields the dateline mention
    List<Mention> ms = extractor.extract(null, "Moscow talks end\nHOUSTON, Aug 30 - Winds rose.", SEPT_2023);
    assertEquals(List.of("country:RUS", "country:USA"), ms.stream().map(Mention::entityId).toList());
    assertEquals("dateline", ms.get(1).method());
  }

  @Test
  void aCapitalForItsGovernmentNeedsNoOtherClue() {
    // Washington is an ambiguous capital in the test gazetteer: alone it needs the US named elsewhere
    assertEquals(List.of("country:PRK"), ids("North Korea fired a missile near Washington state."));
    assertEquals(List.of("country:PRK", "country:USA"),
        ids("North Korea ignored warnings from Washington on Tuesday."));
    assertEquals(List.of("country:PRK", "country:USA"), ids("North Korea fired a missile. Washington said it was a threat."));
    // the article writes Washington as a person's name: "Washington said" is that person
    assertEquals(List.of(), ids("The actor Denzel Washington arrived late. Washington said he was tired."));
  }

  @Test
  void aCountryNameWithAPluralVerbAtASentenceStartIsATeamOrACompany() {
    assertEquals(List.of(), ids("China have signed a new striker for the cup."));
    // the verb agrees with another subject: "cases in China have risen" is the country
    assertEquals(List.of("country:CHN"), ids("Cases in China have risen again."));
    assertEquals(List.of("country:CHN"), ids("China has signed a new trade deal."));
  }
}
