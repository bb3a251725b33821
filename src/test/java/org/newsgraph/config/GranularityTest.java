package org.newsgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GranularityTest {
  @Test
  void idsInTheOrderThePackedKeysHold() {
    // stored counts hold these ordinals (cooccur.Periods, CountKeys): day 0 .. all 4, article 0, sentence 1
    assertEquals(List.of("day", "week", "month", "year", "all"), Granularity.ids());
    assertEquals(4, Granularity.of("all").ordinal());
    assertEquals(List.of("article", "sentence"), Window.ids());
    assertEquals(1, Window.of("sentence").ordinal());
    // the settings accept exactly these names
    assertEquals(Granularity.ids(), Settings.GRANULARITIES);
    assertEquals(Window.ids(), Settings.WINDOWS);
  }

  @Test
  void anUnknownNameIsRefusedNamingTheAllowedOnes() {
    String m = assertThrows(IllegalArgumentException.class, () -> Granularity.of("quarter")).getMessage();
    assertTrue(m.contains("'quarter'") && m.contains("[day, week, month, year, all]"), m);
    String w = assertThrows(IllegalArgumentException.class, () -> Window.of("paragraph")).getMessage();
    assertTrue(w.contains("'paragraph'") && w.contains("[article, sentence]"), w);
  }
}
