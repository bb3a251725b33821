package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FocusCountriesTest {
  private static Mention m(String field, String entity, String method) {
    return new Mention(field, 1, 0, 1, "x", "x", entity, entity.substring(0, entity.indexOf(':')), "x",
        method, null, null);
  }

  @Test
  void titleDatelineOrThreeMentions() {
    List<Mention> ms = List.of(
        m("title", "country:JPN", "alias"),      // in the title: focus
        m("text", "country:USA", "dateline"),    // the dateline: focus
        m("text", "country:FRA", "alias"),       // FRA three times: focus
        m("text", "country:FRA", "demonym"),
        m("text", "country:FRA", "capital"),
        m("text", "country:DEU", "alias"),       // DEU twice: named in passing
        m("text", "country:DEU", "alias"),
        m("text", "leader:Q7747", "alias"));     // leaders are not countries
    assertEquals(Set.of("country:JPN", "country:USA", "country:FRA"), FocusCountries.of(ms));
  }
}
