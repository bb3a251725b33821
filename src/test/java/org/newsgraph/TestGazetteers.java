package org.newsgraph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.gazetteer.Alias;
import org.newsgraph.gazetteer.Country;
import org.newsgraph.gazetteer.EntityIds;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Leader;
import org.newsgraph.gazetteer.LeaderRole;
import org.newsgraph.gazetteer.Topic;

/** A small hand-made gazetteer for unit tests, independent of the bundled data. */
public final class TestGazetteers {
  private TestGazetteers() {
  }

  public static Gazetteer small() {
    return small(Map.of());
  }

  /** {@link #small()} with {@code topics} added to its topics (replacing those of the same id). */
  public static Gazetteer small(Map<String, Topic> extraTopics) {
    Map<String, Country> countries = new LinkedHashMap<>();
    for (String[] c : new String[][] {
        {"RUS", "Russia"}, {"PRK", "North Korea"}, {"KOR", "South Korea"}, {"USA", "United States"},
        {"GIN", "Guinea"}, {"PNG", "Papua New Guinea"}, {"GEO", "Georgia"}, {"CHN", "China"},
        {"COG", "Republic of the Congo"}, {"COD", "Democratic Republic of the Congo"},
        {"JOR", "Jordan"}, {"TCD", "Chad"}, {"TUR", "Turkey"}, {"NER", "Niger"}, {"NGA", "Nigeria"},
        {"MEX", "Mexico"}, {"IND", "India"}, {"FRA", "France"}, {"GBR", "United Kingdom"}}) {
      countries.put(c[0], new Country(c[0], "", c[1], c[1], "country", null, null, List.of()));
    }
    // Russia exists from 1991-12-26; before that its names and Moscow belong to the Soviet Union.
    countries.put("RUS", new Country("RUS", "", "Russia", "Russian Federation", "country",
        LocalDate.parse("1991-12-26"), null, List.of()));
    countries.put("SUN", new Country("SUN", "", "Soviet Union", "Soviet Union", "historical",
        LocalDate.parse("1922-12-30"), LocalDate.parse("1991-12-26"), List.of("RUS")));
    List<Alias> aliases = List.of(
        countryAlias("RUS", "Russian", "demonym", false, false),
        countryAlias("RUS", "Kremlin", "seat", false, false),
        countryAlias("RUS", "Moscow", "capital", false, false),
        countryAlias("PRK", "North Korean", "demonym", false, false),
        countryAlias("PRK", "North Koreans", "demonym", false, false),
        countryAlias("PRK", "Pyongyang", "capital", false, false),
        countryAlias("KOR", "Korea", "alias", false, true),
        countryAlias("USA", "US", "abbreviation", true, false),
        countryAlias("USA", "U.S.", "abbreviation", false, false),
        countryAlias("USA", "Washington", "capital", false, true),
        countryAlias("CHN", "China", "alias", true, false),
        countryAlias("GEO", "Tbilisi", "capital", false, false),
        countryAlias("GEO", "Georgia", "alias", true, true),
        countryAlias("COG", "Congo", "alias", false, true),
        countryAlias("COD", "Congo", "alias", false, true),
        countryAlias("COD", "Kinshasa", "capital", false, false),
        countryAlias("SUN", "Soviet", "demonym", false, false),
        countryAlias("SUN", "Moscow", "capital", false, false),
        countryAlias("JOR", "Jordan", "alias", true, true),
        countryAlias("JOR", "Amman", "capital", false, false),
        countryAlias("TCD", "Chad", "alias", true, true),
        countryAlias("TUR", "Turkey", "alias", true, true),
        countryAlias("TUR", "Turkish", "demonym", false, false),
        countryAlias("NER", "Niger", "alias", true, true),
        countryAlias("IND", "Indian", "demonym", false, true),
        countryAlias("FRA", "French", "demonym", false, false),
        countryAlias("GBR", "British", "demonym", false, false),
        countryAlias("CHN", "Chinese", "demonym", false, false),
        countryAlias("USA", "American", "demonym", false, false),
        countryAlias("USA", "Atlanta", "city", false, false),
        countryAlias("USA", "Houston", "city", false, false),
        countryAlias("USA", "New York", "city", false, false),
        countryAlias("KOR", "Seoul", "capital", false, false),
        countryAlias("KOR", "ROK", "abbreviation", true, false));
    Map<String, Leader> leaders = new LinkedHashMap<>();
    leaders.put("Q7747", new Leader("Q7747", "Vladimir Putin", "Putin", List.of(), true));
    leaders.put("Q56226", new Leader("Q56226", "Kim Jong Un", "Kim", List.of("Kim Jong-un"), false));
    leaders.put("Q311471", new Leader("Q311471", "Kim Dae-jung", "Kim", List.of(), false));
    leaders.put("Q15031", new Leader("Q15031", "Xi Jinping", "Xi", List.of(), true));
    leaders.put("Q6279", new Leader("Q6279", "Joe Biden", "Biden", List.of(), true));
    leaders.put("Q22686", new Leader("Q22686", "Donald Trump", "Trump", List.of(), true));
    leaders.put("Q9960", new Leader("Q9960", "Ronald Reagan", "Reagan", List.of(), true));
    leaders.put("Q7416", new Leader("Q7416", "Margaret Thatcher", "Thatcher", List.of(), true));
    leaders.put("Q9682", new Leader("Q9682", "Elizabeth II", "Elizabeth", List.of(), false));
    leaders.put("Q30487", new Leader("Q30487", "Mikhail Gorbachev", "Gorbachev", List.of(), true));
    leaders.put("Q2038", new Leader("Q2038", "François Mitterrand", "Mitterrand", List.of(), true));
    leaders.put("Q2105", new Leader("Q2105", "Jacques Chirac", "Chirac", List.of(), true));
    leaders.put("Q14362", new Leader("Q14362", "Chun Doo-hwan", "Chun", List.of(), false));
    leaders.put("Q1056", new Leader("Q1056", "Li Qiang", "Li", List.of(), false));
    leaders.put("Q1058", new Leader("Q1058", "Antony Blinken", "Blinken", List.of(), true));
    List<LeaderRole> roles = List.of(
        role("Q7747", "RUS", "president", "2000-05-07", "2008-05-07"),
        role("Q7747", "RUS", "prime_minister", "2008-05-08", "2012-05-07"),
        role("Q7747", "RUS", "president", "2012-05-07", null),
        role("Q56226", "PRK", "supreme_leader", "2011-12-17", null),
        role("Q311471", "KOR", "president", "1998-02-25", "2003-02-24"),
        role("Q15031", "CHN", "president", "2013-03-14", null),
        role("Q6279", "USA", "president", "2021-01-20", "2025-01-20"),
        role("Q22686", "USA", "president", "2017-01-20", "2021-01-20"),
        role("Q22686", "USA", "president", "2025-01-20", null),
        role("Q9960", "USA", "president", "1981-01-20", "1989-01-20"),
        role("Q7416", "GBR", "prime_minister", "1979-05-04", "1990-11-28"),
        role("Q9682", "GBR", "queen", "1952-02-06", "2022-09-08"),
        role("Q30487", "SUN", "general_secretary", "1985-03-11", "1991-08-24"),
        role("Q2038", "FRA", "president", "1981-05-21", "1995-05-17"),
        role("Q2105", "FRA", "prime_minister", "1986-03-20", "1988-05-10"),
        role("Q14362", "KOR", "president", "1980-09-01", "1988-02-25"),
        role("Q1056", "CHN", "premier", "2023-03-11", null),
        // an official a user added: makes "the U.S. secretary of state" resolvable
        role("Q1058", "USA", "secretary_of_state", "2021-01-26", "2025-01-20"));
    Map<String, Topic> topics = new LinkedHashMap<>();
    topics.put("sanctions", new Topic("sanctions", "Sanctions", List.of("sanction*", "embargo")));
    topics.put("space", new Topic("space", "Space and satellites", List.of("satellite*", "cosmodrome")));
    topics.put("arms_trade", new Topic("arms_trade", "Arms trade",
        List.of("artillery shell*", "arms deal*", "anti tank missile*")));
    topics.putAll(extraTopics);
    return new Gazetteer(countries, leaders, roles, topics, aliases, "test");
  }

  private static Alias countryAlias(String id, String text, String method, boolean cs, boolean amb) {
    return new Alias(EntityIds.country(id), text, method, cs, amb, false);
  }

  private static LeaderRole role(String leader, String country, String office, String from, String to) {
    return new LeaderRole(leader, country, office, "head_of_state", LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to));
  }
}
